//! Smaller pieces, one component a file; each renders part of a view model given as props
//! (the header, footer and skip link read the contexts themselves).

mod footer;
mod header;
mod next_steps;
mod part_scores;
mod profile_chart;
mod reasons;
mod related_careers;
mod salary_chart;
mod share_link;
mod skip_link;
mod verdict;

pub use footer::Footer;
pub use header::Header;
pub use next_steps::NextSteps;
pub use part_scores::PartScores;
pub use profile_chart::ProfileChart;
pub use reasons::Reasons;
pub use related_careers::RelatedCareers;
pub use salary_chart::SalaryChart;
pub use share_link::ShareLink;
pub use skip_link::SkipLink;
pub use verdict::Verdict;
