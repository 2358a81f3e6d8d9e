//! Smaller pieces, one a file. Most are plain functions that render part of a view model
//! (no props to compare, so less code in the WASM); the header, footer and skip link are
//! components that read the contexts themselves.

mod confirm_box;
mod footer;
mod hand_in;
mod hand_in_qr;
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

pub use confirm_box::confirm_box;
pub use footer::Footer;
pub use hand_in::hand_in;
pub use hand_in_qr::hand_in_qr;
pub use header::Header;
pub use next_steps::next_steps;
pub use part_scores::part_scores;
pub use profile_chart::profile_chart;
pub use reasons::reasons;
pub use related_careers::related_careers;
pub use salary_chart::salary_chart;
pub use share_link::share_link;
pub use skip_link::SkipLink;
pub use verdict::verdict;
