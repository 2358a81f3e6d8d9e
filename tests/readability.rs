//! Reading level of the questions: every item is checked with the Flesch-Kincaid grade
//! formula (0.39 x words per sentence + 11.8 x syllables per word - 15.59), syllables
//! counted by vowel groups. The aim is grade 6-8 on average (the O*NET Interest Profiler
//! targets grade 8), with no single item above grade 10.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::career::MLT;

/// Syllables of an English word, by vowel groups, less a silent final "e".
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_ascii_alphabetic()).collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &w {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let n = w.len();
    if n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && !(w[n - 2] == 'l' && !vowel(w[n - 3])) {
        count -= 1;
    }
    count.max(1)
}

fn grade(text: &str) -> f64 {
    let words: Vec<&str> = text.split_whitespace().collect();
    let sentences = text.matches(['.', '?', '!']).count().max(1) as f64;
    let syl: usize = words.iter().map(|w| syllables(w)).sum();
    let n = words.len().max(1) as f64;
    0.39 * n / sentences + 11.8 * syl as f64 / n - 15.59
}

#[test]
fn syllable_counter_matches_hand_counts() {
    for (word, n) in [("microscope", 3), ("blood", 1), ("machine", 2), ("certification", 5), ("table", 2), ("care", 1)] {
        assert_eq!(syllables(word), n, "{word}");
    }
}

#[test]
fn questions_read_at_about_grade_6_to_8() {
    let items = MLT.default_locale().items;
    let grades: Vec<f64> = items.iter().map(|t| grade(t)).collect();
    let mean = grades.iter().sum::<f64>() / grades.len() as f64;
    eprintln!("mean Flesch-Kincaid grade of {} items: {mean:.1}", items.len());
    assert!(mean <= 8.0, "average grade {mean:.1}");
    for (t, g) in items.iter().zip(&grades) {
        assert!(*g <= 10.0, "grade {g:.1}: {t}");
    }
}
