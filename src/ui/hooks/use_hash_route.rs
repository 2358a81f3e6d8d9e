use gloo::events::EventListener;
use yew::prelude::*;

use crate::core::session::Event;
use crate::ui::browser;

/// Links, the back button and pasted results links all arrive as `hashchange`; each becomes
/// `Event::UrlChanged`, and the core decides what it means.
#[hook]
pub fn use_hash_route(dispatch: Callback<Event>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "hashchange", move |_| dispatch.emit(Event::UrlChanged(browser::fragment())))
        });
        move || drop(listener)
    });
}
