use yew::prelude::*;

use crate::core::route::Route;
use crate::ui::browser;

/// The id every screen gives its main heading.
pub const SCREEN_HEADING: &str = "screen-heading";

/// After moving to another screen, puts focus on its heading so keyboard and screen-reader
/// users start at the top of the new content. Not on first load: grabbing focus then would
/// scroll a host page to an embedded widget.
#[hook]
pub fn use_focus_on_navigation(route: &Route) {
    let first = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        browser::focus(SCREEN_HEADING);
        browser::scroll_to_top();
    });
}
