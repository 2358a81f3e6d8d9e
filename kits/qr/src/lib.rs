//! The QR module: `qr_svg(link)` gives the QR code of a results link as
//! `"<view box>|<svg path>"` (`core::qr::to_wire`), or an empty string when none can be made.
//! Nothing else: no Yew, so the module stays a few kilobytes. scripts/post-build appends
//! the code that starts it and hands `qr_svg` to the app (`ui::browser::load_kit`).
#![cfg(target_arch = "wasm32")]

// The app's allocator (see src/main.rs), which a module of its own must name again:
// dlmalloc, Rust's default, is about 4 kB (gzip) bigger. One thread, so no lock.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

use mlt_fit::core::qr::{qr_svg as make, to_wire};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn qr_svg(text: &str) -> String {
    make(text).map(|qr| to_wire(&qr)).unwrap_or_default()
}
