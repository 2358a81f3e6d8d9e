//! The class view's place in the app (`#/class`): what shows while its module loads on
//! demand, or when it cannot.

use crate::core::session::{ModuleStatus, State};

/// What the `#/class` screen says itself; `None` once the class view is shown.
pub fn class_host(state: &State) -> Option<(&'static str, bool)> {
    let ui = &state.locale().ui;
    match state.class_view {
        ModuleStatus::Loading => Some((ui.class_loading(), false)),
        ModuleStatus::Failed => Some((ui.class_load_failed(), true)),
        ModuleStatus::Shown => None,
    }
}
