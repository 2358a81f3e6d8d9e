use gloo::events::EventListener;
use yew::prelude::*;

use crate::ui::state::{Action, AppContext};
use crate::ui::{browser, parse_route};

/// Follows the URL fragment: links, the back button and pasted results links all arrive
/// as `hashchange` events and become `Action::Route`.
#[hook]
pub fn use_hash_route(state: AppContext) {
    use_effect_with((), move |_| {
        let window = web_sys::window();
        let listener = window.map(|w| {
            EventListener::new(&w, "hashchange", move |_| {
                // The handle's state is from first render; the reducer ignores no-op routes.
                state.dispatch(Action::Route(parse_route(state.locale(), &browser::fragment())));
            })
        });
        move || drop(listener)
    });
}
