//! MLT Fit: a career-fit questionnaire for the Medical Laboratory Technician career.
//!
//! `core` is plain Rust (content, scoring, results links); `ui` is the Yew front end and is
//! only compiled for the browser.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
