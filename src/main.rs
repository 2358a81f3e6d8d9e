#[cfg(target_arch = "wasm32")]
fn main() {
    mlt_fit::ui::app::start();
}

// The binary only means something in the browser; natively, `cargo test` uses the library.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
