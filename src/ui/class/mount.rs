//! Starting and stopping the class view inside the app's page: the app's `#/class` screen
//! gives it an element, and takes it away when the counselor leaves.
//!
//! **Two Yew apps on one page.** The class view is its own WASM module with its own copy of
//! Yew, rendering inside the app's element tree. Each Yew copy numbers its roots from the
//! same start, marks each root element with that number (`__yew_subtree_id`) and marks each
//! event with the number of the root that should handle it. With equal numbers, the app
//! takes the class view's events for its own and the class view's controls do nothing. So
//! before rendering, the class view uses up root numbers (small throwaway roots) until its
//! own is above every number already on the page. The app creates one root only (no
//! portals), so one pass at mount time is enough.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use yew::prelude::*;
use yew::AppHandle;

use crate::core::career::Career;
use crate::core::content::Locale;
use crate::core::language_file;
use crate::core::session::Lang;
use crate::ui::browser;
use crate::ui::class::{ClassApp, ClassAppProps};

thread_local! {
    static MOUNTED: RefCell<Option<AppHandle<ClassApp>>> = const { RefCell::new(None) };
}

/// Renders the class view into `root` (replacing one already shown), in language `lang`:
/// the default language at once, another once its language file is read (the same file the
/// app loaded, so the browser has it already); English if that file cannot be read.
pub fn mount(root: web_sys::Element, career: &'static Career, lang: &str, page_base: &str) {
    unmount();
    let page_base = page_base.to_string();
    match career.language(lang).and_then(|entry| entry.file.map(|file| (entry, file))) {
        None => render(root, career, career.default_locale(), page_base),
        Some((entry, file)) => browser::fetch_text(file, move |text| {
            let locale = text
                .and_then(|text| language_file::load(career, entry, text).ok())
                .unwrap_or_else(|| career.default_locale());
            render(root, career, locale, page_base);
        }),
    }
}

fn render(root: web_sys::Element, career: &'static Career, locale: &'static Locale, page_base: String) {
    unmount();
    skip_root_numbers_in_use(&root);
    let props = ClassAppProps { career, lang: Lang(locale), page_base: page_base.into() };
    let handle = yew::Renderer::<ClassApp>::with_root_and_props(root, props).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
}

/// Removes the class view, if shown.
pub fn unmount() {
    if let Some(handle) = MOUNTED.with(|m| m.borrow_mut().take()) {
        handle.destroy();
    }
}

#[function_component(Nothing)]
fn nothing() -> Html {
    Html::default()
}

/// The Yew root number an element is marked with (its own, or the nearest ancestor's).
fn root_number(mut el: Option<web_sys::Element>) -> f64 {
    let key = JsValue::from_str("__yew_subtree_id");
    while let Some(e) = el {
        if let Some(n) = js_sys::Reflect::get(&e, &key).ok().and_then(|v| v.as_f64()) {
            return n;
        }
        el = e.parent_element();
    }
    -1.0
}

/// Creates and drops empty roots until this module's next root number is above the number
/// of the app root `host` sits in.
fn skip_root_numbers_in_use(host: &web_sys::Element) {
    let taken = root_number(Some(host.clone()));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // Bounded: the app has one root, so this takes one or two turns.
    for _ in 0..64 {
        let Ok(scratch) = document.create_element("div") else {
            return;
        };
        let handle = yew::Renderer::<Nothing>::with_root(scratch.clone()).render();
        let used = root_number(Some(scratch));
        handle.destroy();
        if used >= taken {
            return;
        }
    }
}
