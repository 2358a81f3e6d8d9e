//! The class view for counselors (`#/class`). Compiled into its own module, `kits/class`, that
//! the app loads on demand, so a student's download carries none of it. Same rules as the
//! rest of the UI: the core (`core::class::screen`, `core::view::class`) decides and words
//! everything; these components lay out its view model and send its events.

pub mod band_chart;
pub mod class_app;
pub mod effects;
pub mod mount;
pub mod paste_form;
pub mod student_table;
pub mod summary;
pub mod tally_list;

pub use class_app::{ClassApp, ClassAppProps};
