//! The Yew front end: renders the core's view models and turns DOM events into the core's
//! events. Browser APIs are reached only through `browser` (calls) and `effects` (carrying
//! out what the core asks for).

pub mod app;
pub mod browser;
pub mod class;
pub mod context;
pub mod effects;
pub mod hooks;
pub mod screens;
pub mod widgets;
