//! The class view module: `mount(element, lang, page_base)` renders the class view
//! (`mlt_fit::ui::class`) into an element of the app's `#/class` screen, `unmount()` removes
//! it. scripts/post-build appends the code that starts the module and hands these two to
//! the app (`ui::browser::load_kit`).
#![cfg(target_arch = "wasm32")]

use mlt_fit::core::career::MLT;
use mlt_fit::ui::class::mount;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn mount(root: web_sys::Element, lang: &str, page_base: &str) {
    mount::mount(root, &MLT, lang, page_base);
}

#[wasm_bindgen]
pub fn unmount() {
    mount::unmount();
}
