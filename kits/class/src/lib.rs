//! The class view module: `mount(element, lang, page_base)` renders the class view
//! (`mlt_fit::ui::class`) into an element of the app's `#/class` screen, `unmount()` removes
//! it. scripts/post-build appends the code that starts the module and hands these two to
//! the app (`ui::browser::load_kit`).
#![cfg(target_arch = "wasm32")]

// The app's allocator (see src/main.rs), which a module of its own must name again:
// dlmalloc, Rust's default, is about 4 kB (gzip) bigger. One thread, so no lock.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

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
