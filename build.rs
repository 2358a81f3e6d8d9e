//! Compiles `content/` into `$OUT_DIR/content.rs` (included by `src/core/content.rs`),
//! `questionnaire.json` and the language files loaded on demand (`lang-es-<hash>.txt`), copied
//! to `target/content/` (and `target/content/lang/`) for the end-to-end tests and for
//! `scripts/post-build`, which puts the language files into `dist/`; the class view's texts
//! (`content/<lang>/class.toml`) into `$OUT_DIR/class_texts.rs`; and the test
//! career `tests/careers/dental-lab/` into `$OUT_DIR/test_career.rs` (included, in native
//! builds only, as `core::content::test_career`); and the embed help page (one a language)
//! and loader from the templates in `embed/` into `target/content/embed/`, which
//! `scripts/post-build` copies into the build. The work is done, and tested, in
//! `content-compiler/`; a broken rule stops the build with its message.

use std::path::{Path, PathBuf};

/// A second, small career that proves the core is not tied to one (see tests/second_career.rs).
const TEST_CAREER: &str = "tests/careers/dental-lab";

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=embed/embed.html");
    println!("cargo:rerun-if-changed=embed/embed.js");
    println!("cargo:rerun-if-changed=target/content/embed");
    println!("cargo:rerun-if-changed={TEST_CAREER}");
    // Also when the copy for the e2e tests is gone (it is rewritten only when it changes).
    println!("cargo:rerun-if-changed=target/content/questionnaire.json");
    println!("cargo:rerun-if-changed=target/content/lang");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let published = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/content");
    let result = content_compiler::compile(Path::new("content"), &out_dir)
        .and_then(|compiled| compiled.publish_description(&published))
        .and_then(|_| content_compiler::class_texts::compile(Path::new("content"), &out_dir.join("class_texts.rs")))
        .and_then(|_| {
            content_compiler::embed_files::compile(Path::new("content"), Path::new("embed"), &published.join("embed"))
        })
        .and_then(|_| {
            content_compiler::compile_career(
                Path::new(TEST_CAREER),
                Path::new("content"),
                &out_dir.join("test_career.rs"),
            )
        });
    if let Err(message) = result {
        eprintln!("\ncontent error: {message}\n");
        std::process::exit(1);
    }
}
