//! Times `mlt_fit::core::career::Career::score` on a full answer set, in the browser.
//! Shares the answer set with examples/bench_score.rs (native) via `full_answers`.
use std::hint::black_box;

use mlt_fit::core::answers::{Answers, MAX};
use mlt_fit::core::link;
use mlt_fit::core::career::MLT;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: milliseconds, coarsened by Chromium to 0.1 ms here.
    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;
}

/// Every item answered, with a spread of values (the same set as examples/bench_score.rs).
fn full_answers() -> Answers {
    let values = (0..MLT.model.items.len())
        .map(|i| Some(((i * 7 + 3) % (usize::from(MAX) + 1)) as u8))
        .collect();
    Answers::from_values(values).expect("values are on the scale")
}

/// Number of items in a full answer set.
#[wasm_bindgen]
pub fn items() -> usize {
    MLT.model.items.len()
}

/// The results-link payload of the full answer set (for `#/r/<payload>`).
#[wasm_bindgen]
pub fn full_payload() -> String {
    link::encode(&full_answers(), &MLT.current_item_set())
}

/// Milliseconds for one call of `score` on the full answer set, the very first in this
/// instance (clock resolution 0.1 ms: 0 means under it).
#[wasm_bindgen]
pub fn first_call_ms() -> f64 {
    let answers = full_answers();
    let t0 = now();
    black_box(MLT.score(black_box(&answers)));
    now() - t0
}

/// Runs `batches` batches of `per_batch` calls of `score` on the full answer set and returns
/// the per-call time of each batch in milliseconds.
#[wasm_bindgen]
pub fn per_call_ms(batches: u32, per_batch: u32) -> Vec<f64> {
    let answers = full_answers();
    (0..batches)
        .map(|_| {
            let t0 = now();
            for _ in 0..per_batch {
                black_box(MLT.score(black_box(&answers)));
            }
            (now() - t0) / f64::from(per_batch)
        })
        .collect()
}

/// Milliseconds to read a pasted class list and sum the class up (`core::class`: the class
/// view's work before it renders), once per run, for `scripts/bench`'s 1,000-link budget.
#[wasm_bindgen]
pub fn class_ms(paste: &str, runs: u32) -> Vec<f64> {
    use mlt_fit::core::class::paste::parse_paste;
    use mlt_fit::core::class::summary::summarize_class;
    (0..runs.max(1))
        .map(|_| {
            let t0 = now();
            let pasted = parse_paste(black_box(paste), &MLT);
            black_box(summarize_class(&pasted, &MLT));
            now() - t0
        })
        .collect()
}

/// Students found in a paste (checks the benchmark read what it should).
#[wasm_bindgen]
pub fn class_students(paste: &str) -> usize {
    use mlt_fit::core::class::paste::parse_paste;
    use mlt_fit::core::class::summary::summarize_class;
    summarize_class(&parse_paste(paste, &MLT), &MLT).students()
}
