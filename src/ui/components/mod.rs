//! One small component a file. Screens read the shared state from context; smaller pieces
//! take what they show as props.

mod footer;
mod guide;
mod header;
mod home;
mod link_error;
mod profile_chart;
mod question;
mod results;
mod results_parts;
mod salary_chart;
mod screen;
mod share_link;
mod skip_link;

pub use footer::Footer;
pub use guide::GuideScreen;
pub use header::Header;
pub use home::Home;
pub use link_error::LinkErrorScreen;
pub use profile_chart::ProfileChart;
pub use question::QuestionScreen;
pub use results::ResultsScreen;
pub use results_parts::{NextSteps, PartScores, Reasons, RelatedCareers};
pub use salary_chart::SalaryChart;
pub use screen::Screen;
pub use share_link::ShareLink;
pub use skip_link::SkipLink;
