//! View models: each screen as ready-to-render data (text filled in, numbers formatted,
//! links resolved), made from the session `State`. Components only lay these out, so what a
//! visitor reads is tested natively.

pub mod class;
pub mod class_host;
pub mod confirm;
pub mod guide;
pub mod header;
pub mod home;
pub mod link_error;
pub mod profile_chart;
pub mod question;
pub mod results;
pub mod salary_chart;
pub mod title;

/// A link: its text and where it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub label: &'static str,
    pub href: String,
}
