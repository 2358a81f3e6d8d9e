//! One component a screen; `Screen` shows the one the route names.

mod class;
mod guide;
mod home;
mod link_error;
mod question;
mod results;
mod screen;

pub use class::{class_screen, CLASS_ROOT_ID};
pub use guide::GuideScreen;
pub use home::HomeScreen;
pub use link_error::LinkErrorScreen;
pub use question::QuestionScreen;
pub use results::ResultsScreen;
pub use screen::Screen;
