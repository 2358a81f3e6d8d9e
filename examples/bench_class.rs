//! Native timing of the class view's core: reading a paste of 1,000 results links and
//! summarising the class (`core::class::paste::parse_paste` + `summary::summarize_class`):
//!
//!     cargo run --release --example bench_class [LINKS] [RUNS]
//!     cargo run --release --example bench_class --paste [LINKS]   prints the paste itself
//!
//! Prints one line of `key=value` pairs: `links runs mean_ms min_ms max_ms` for the whole,
//! `parse_ms` for reading the paste alone, then what the paste held. The browser budget is 200 ms for 1,000 links; the paste mixes
//! what a counselor collects: full links, hand-in codes in groups, CSV rows with a name,
//! named links, links from the older question set, and a few duplicates and bad lines.
use std::hint::black_box;
use std::time::Instant;

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::class::paste::parse_paste;
use mlt_fit::core::class::summary::summarize_class;
use mlt_fit::core::hand_in::{format, Separator};
use mlt_fit::core::link::{encode, encode_named};

/// Small deterministic PRNG (SplitMix64), so every run measures the same paste.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) % n
    }
}

fn paste_of(links: usize) -> String {
    let mut rng = Rng(2026);
    let current = MLT.current_item_set();
    let old = MLT.item_sets.first().copied().unwrap_or(current);
    let mut text = String::from("Name,Results link\n");
    for i in 0..links {
        // A person-like answer pattern: a level per student, a step either side, a few skips.
        let level = rng.below(5);
        let mut answer = |_| {
            let skip = rng.below(20) == 0;
            (!skip).then(|| (level as i64 + rng.below(3) as i64 - 1).clamp(0, 4) as u8)
        };
        let set = if i % 10 == 9 { old } else { current };
        let answers = Answers::from_values((0..set.item_ids.len()).map(&mut answer).collect()).unwrap_or_default();
        let line = match i % 5 {
            0 => format!("Student {i},https://school.example.org/mlt-fit/#/r/{}", encode(&answers, &set)),
            1 => format(&encode(&answers, &set), Separator::Space),
            2 => format!(
                "https://school.example.org/mlt-fit/#/r/{}",
                encode_named(&answers, &set, &format!("S{i}")).unwrap_or_default()
            ),
            3 if i % 50 == 3 => "a line that is not a result".to_string(),
            _ => format!("#/r/{}", encode(&answers, &set)),
        };
        text.push_str(&line);
        text.push('\n');
    }
    text
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    // `--paste N`: print the paste itself (scripts/bench pastes it into the class view).
    if args.peek().map(String::as_str) == Some("--paste") {
        let links: usize = args.nth(1).and_then(|a| a.parse().ok()).unwrap_or(1_000);
        print!("{}", paste_of(links));
        return;
    }
    let links: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000);
    let runs: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(20).max(1);
    let text = paste_of(links);

    // One run to check the paste is what it should be.
    let summary = summarize_class(&parse_paste(&text, &MLT), &MLT);
    assert!(summary.students() > links * 9 / 10, "most lines are students: {}", summary.students());

    let mut times = Vec::new();
    let mut parse_ms = 0.0;
    for _ in 0..runs {
        let t = Instant::now();
        let pasted = parse_paste(black_box(&text), &MLT);
        parse_ms += t.elapsed().as_secs_f64() * 1e3;
        black_box(summarize_class(&pasted, &MLT));
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let parse_ms = parse_ms / f64::from(runs);
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    let min = times.iter().copied().fold(f64::INFINITY, f64::min);
    let max = times.iter().copied().fold(0.0, f64::max);
    println!(
        "links={links} runs={runs} mean_ms={mean:.2} min_ms={min:.2} max_ms={max:.2} parse_ms={parse_ms:.2} students={} errors={} older_set={}",
        summary.students(),
        summary.errors,
        summary.older_set
    );
}
