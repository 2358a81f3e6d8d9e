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
    for (word, n) in [("microscope", 3), ("blood", 1), ("machine", 2), ("certification", 5), ("table", 2), ("care", 1)]
    {
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

// ---------------------------------------------------------------------------------------
// Spanish: the Szigriszt-Pazos perspicuity index (the INFLESZ scale), Spanish's usual
// counterpart of Flesch reading ease: 206.835 - 62.3 x syllables per word - words per
// sentence. INFLESZ reads it as: below 40 very hard, 40-55 somewhat hard, 55-65 normal,
// 65-80 fairly easy, above 80 very easy. Plain language for teens aims at 55 or more.

/// Syllables of a Spanish word: vowel nuclei, where two strong vowels (a, e, o) side by
/// side, or an accented í or ú beside another vowel, are two syllables (hiatus: "po-e-ta",
/// "dí-a"), and a weak vowel (i, u, ü, final y) beside another vowel is one (diphthong:
/// "cie-lo", "muy").
fn sílabas(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    let vowel = |i: usize| {
        let c = w[i];
        "aeiouáéíóúü".contains(c) || (c == 'y' && i + 1 == w.len() && i > 0)
    };
    let strong = |c: char| "aeoáéó".contains(c);
    let stressed_weak = |c: char| "íú".contains(c);
    let mut count = 0;
    for i in 0..w.len() {
        if !vowel(i) {
            continue;
        }
        let new_nucleus = i == 0
            || !vowel(i - 1)
            || (strong(w[i]) && strong(w[i - 1]))
            || stressed_weak(w[i])
            || stressed_weak(w[i - 1]);
        if new_nucleus {
            count += 1;
        }
    }
    count.max(1)
}

fn inflesz(text: &str) -> f64 {
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).collect();
    let sentences = text.matches(['.', '?', '!', ':']).count().max(1) as f64;
    let n = words.len().max(1) as f64;
    let syl: usize = words.iter().map(|w| sílabas(w)).sum();
    206.835 - 62.3 * syl as f64 / n - n / sentences
}

fn spanish() -> &'static mlt_fit::core::content::Locale {
    MLT.all_locales().into_iter().find(|l| l.lang == "es").expect("Spanish")
}

#[test]
fn spanish_syllables_match_hand_counts() {
    for (word, n) in [
        ("laboratorio", 5),
        ("técnico", 3),
        ("día", 2),
        ("poeta", 3),
        ("muestra", 2),
        ("biología", 4),
        ("cuidado", 3),
        ("muy", 1),
        ("certificación", 5),
        ("sangre", 2),
        ("aún", 2),
        ("y", 1),
    ] {
        assert_eq!(sílabas(word), n, "{word}");
    }
}

#[test]
fn spanish_reads_fairly_easily() {
    let es = spanish();
    let mean = |texts: &[&str]| texts.iter().map(|t| inflesz(t)).sum::<f64>() / texts.len() as f64;
    let items = mean(es.items);
    let guide: Vec<&str> = mlt_fit::core::career::MLT
        .guide_text("es")
        .expect("the Spanish guide file reads")
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter_map(|b| if let mlt_fit::core::content::Block::Paragraph(t) = b { Some(*t) } else { None })
        .collect();
    let guide = mean(&guide);
    let interface: Vec<&str> = es.ui.0.iter().copied().filter(|t| t.split_whitespace().count() >= 6).collect();
    let interface = mean(&interface);
    eprintln!("INFLESZ (Szigriszt-Pazos) means: items {items:.0}, guide paragraphs {guide:.0}, interface sentences {interface:.0}");
    assert!(items >= 65.0, "items should be fairly easy (65+): {items:.0}");
    assert!(guide >= 55.0, "the guide should read normally or better (55+): {guide:.0}");
    assert!(interface >= 55.0, "the interface should read normally or better (55+): {interface:.0}");
    for t in es.items {
        assert!(inflesz(t) >= 40.0, "hard to read ({:.0}): {t}", inflesz(t));
    }
}
