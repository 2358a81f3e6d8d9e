//! Native timing of `Career::score` on a full answer set (run by scripts/bench):
//!
//!     cargo run --release --example bench_score [RUNS]
//!
//! Prints one line of `key=value` pairs that scripts/bench parses, e.g.
//! `items=48 runs=10000 mean_us=5.1 min_batch_us=4.9 max_batch_us=5.6 first_us=7.0`.
//! The answer set is the same as tests/bench/score-wasm (the in-browser measure).
use std::hint::black_box;
use std::time::Instant;

use mlt_fit::core::answers::{Answers, MAX};
use mlt_fit::core::career::MLT;

/// Every item answered, with a spread of values.
fn full_answers() -> Answers {
    let values = (0..MLT.model.items.len()).map(|i| Some(((i * 7 + 3) % (usize::from(MAX) + 1)) as u8)).collect();
    Answers::from_values(values).expect("values are on the scale")
}

fn main() {
    let runs: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000).max(20);
    let answers = full_answers();
    assert_eq!(answers.answered(), MLT.model.items.len(), "a full answer set");
    let result = MLT.score(&answers);
    assert!(result.overall.is_some(), "a full answer set has an overall score");

    // The first call in this process (nothing warmed up).
    let t0 = Instant::now();
    black_box(MLT.score(black_box(&answers)));
    let first_us = t0.elapsed().as_secs_f64() * 1e6;

    // `runs` calls in 20 batches: the mean over all, and the fastest and slowest batch.
    let batches = 20;
    let per_batch = runs / batches;
    let mut batch_us = Vec::new();
    let all = Instant::now();
    for _ in 0..batches {
        let t = Instant::now();
        for _ in 0..per_batch {
            black_box(MLT.score(black_box(&answers)));
        }
        batch_us.push(t.elapsed().as_secs_f64() * 1e6 / f64::from(per_batch));
    }
    let mean_us = all.elapsed().as_secs_f64() * 1e6 / f64::from(per_batch * batches);
    let min = batch_us.iter().copied().fold(f64::INFINITY, f64::min);
    let max = batch_us.iter().copied().fold(0.0, f64::max);
    println!(
        "items={} runs={} mean_us={mean_us:.2} min_batch_us={min:.2} max_batch_us={max:.2} first_us={first_us:.2}",
        MLT.model.items.len(),
        per_batch * batches
    );
}
