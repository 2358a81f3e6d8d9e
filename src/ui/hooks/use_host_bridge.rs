use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::ui::browser;

/// Id of the widget's root element, whose size the host frame follows.
pub const ROOT_ID: &str = "mlt-fit";

/// Keeps an embedding page's frame as tall as the widget: a ResizeObserver posts the
/// content height whenever it changes. Messages go only to the host origin the loader
/// named (`?host=`); without one, nothing is posted and the frame keeps its fixed height.
#[hook]
pub fn use_host_bridge(host_origin: Option<String>) {
    use_effect_with(host_origin, |origin| {
        let origin = origin.clone().filter(|_| browser::in_frame());
        let mut observer: Option<web_sys::ResizeObserver> = None;
        let mut callback: Option<Closure<dyn FnMut(JsValue)>> = None;
        if let Some(origin) = origin {
            let last = std::cell::Cell::new(0u32);
            let post = move |_: JsValue| {
                if let Some(height) = browser::content_height(ROOT_ID) {
                    if height != last.replace(height) {
                        let msg = browser::message("mlt-fit:height", &[("height", JsValue::from(height))]);
                        browser::post_to_host(&origin, &msg);
                    }
                }
            };
            let closure = Closure::<dyn FnMut(JsValue)>::new(post);
            observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(root)) = (&observer, browser::element_by_id(ROOT_ID)) {
                o.observe(&root);
            }
            callback = Some(closure);
        }
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
            drop(callback);
        }
    });
}
