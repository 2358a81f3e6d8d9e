// Talc instead of Rust's default allocator (dlmalloc): about 4 kB less WASM (gzip), as fast
// for the app's many small allocations. The WASM page has one thread, which `TalckWasm`
// assumes (it takes no lock).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(target_arch = "wasm32")]
fn main() {
    mlt_fit::ui::app::start();
}

// The binary only means something in the browser; natively, `cargo test` uses the library.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
