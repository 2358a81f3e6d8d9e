//! Hand-in codes (`core::hand_in`): the results payload in groups of four, read back with
//! whatever people type around it, and never misread: every mistyped character, look-alike
//! or wrong case is an error, never other results.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::hand_in::{
    self, format, groups, looks_like_code, parse, Separator, CASE_NOTE_KEY, CHECK_NOTE_KEY, GROUP_LEN, MAX_CODE_TEXT,
};
use mlt_fit::core::link::{self, encode, encode_named, is_payload_char, LinkError};
use mlt_fit::core::model::ItemSet;
use proptest::prelude::*;

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn current() -> ItemSet<'static> {
    MLT.current_item_set()
}

fn read(text: &str) -> Result<hand_in::HandIn, LinkError> {
    parse(text, MLT.item_sets, &current())
}

fn answers(values: impl Fn(usize) -> Option<u8>) -> Answers {
    Answers::from_values((0..MLT.questions()).map(values).collect()).unwrap_or_default()
}

/// A payload of today's question set with a spread of answers.
fn sample_payload() -> String {
    encode(&answers(|i| if i % 9 == 8 { None } else { Some((i * 7 % 5) as u8) }), &current())
}

/// Payloads of today's set that contain `-` (a payload character that is also a separator),
/// found deterministically.
fn payloads_with_dashes(n: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut seed: u64 = 1;
    while out.len() < n {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let s = seed;
        let p = encode(
            &answers(|i| {
                let v = (s >> (i % 60)) as u8 % 6;
                (v < 5).then_some(v)
            }),
            &current(),
        );
        if p.contains('-') {
            out.push(p);
        }
    }
    out
}

#[test]
fn the_code_is_the_payload_in_groups_of_four() {
    let p = sample_payload();
    let code = format(&p, Separator::Space);
    assert_eq!(code.replace(' ', ""), p);
    let g = groups(&p);
    assert!(g[..g.len() - 1].iter().all(|g| g.len() == GROUP_LEN));
    assert!((2..=GROUP_LEN).contains(&g[g.len() - 1].len()), "a payload is never 4k+1 long");
    assert_eq!(code.split(' ').collect::<Vec<_>>(), g);
    // Today's set: 59 answers, 39 characters, 10 groups.
    assert_eq!((p.len(), g.len()), (39, 10));
    assert_eq!(format(&p, Separator::Dash).replace('-', ""), p.replace('-', ""));
}

#[test]
fn the_readme_example_reads_back() {
    // README.md's results-link example, as a spoken-and-typed code.
    let payload = "AQACO5BBBBIIBIJAABBJIAAJIIIBABIJIAIAMQI";
    let code = format(payload, Separator::Space);
    assert_eq!(code, "AQAC O5BB BBII BIJA ABBJ IAAJ IIIB ABIJ IAIA MQI");
    let got = read(&code).expect("the README example decodes");
    assert_eq!(got.payload, payload);
    assert_eq!(got.shared, link::decode(payload, MLT.item_sets, &current()).unwrap());
}

#[test]
fn what_people_type_around_a_code_is_accepted() {
    let p = sample_payload();
    let spaced = format(&p, Separator::Space);
    let dashed = format(&p, Separator::Dash);
    let variants = [
        p.clone(),
        spaced.clone(),
        dashed.clone(),
        format!("{spaced}."),
        format!("  \"{spaced}\"  "),
        format!("({dashed})"),
        format!("Code: {spaced}"),
        format!("My code is: {dashed}!"),
        spaced.replace(' ', "\n"),
        spaced.replace(' ', "\r\n"),
        spaced.replace(' ', "\t"),
        spaced.replace(' ', "   "),
        spaced.replace(' ', " - "),
        spaced.replace(' ', "\u{00A0}"),
        spaced.replace(' ', "\u{2013}"), // en dash, as phones type it
        spaced.replace(' ', "\u{2014}"),
        spaced.replacen(' ', "", 3), // some groups run together
        format!("{}\n{}", &spaced[..14], &spaced[15..]),
    ];
    for v in &variants {
        let got = read(v).unwrap_or_else(|e| panic!("{v:?}: {e:?}"));
        assert_eq!(got.payload, p, "{v:?}");
    }
}

#[test]
fn dashes_inside_groups_are_payload_characters() {
    for p in payloads_with_dashes(40) {
        for sep in [Separator::Space, Separator::Dash] {
            let code = format(&p, sep);
            assert_eq!(read(&code).map(|h| h.payload), Ok(p.clone()), "{code}");
        }
        let lines = groups(&p).join("\n");
        assert_eq!(read(&lines).map(|h| h.payload), Ok(p.clone()), "{lines}");
        let mixed = groups(&p).join(" -\n");
        assert_eq!(read(&mixed).map(|h| h.payload), Ok(p.clone()), "{mixed}");
        assert_eq!(read(&p).map(|h| h.payload), Ok(p.clone()), "bare {p}");
    }
}

#[test]
fn every_mistyped_character_is_an_error_never_other_results() {
    let p = sample_payload();
    let code = format(&p, Separator::Space);
    let chars: Vec<char> = code.chars().collect();
    let mut checked = 0;
    for pos in (0..chars.len()).filter(|&i| chars[i] != ' ') {
        for c in ALPHABET.chars().filter(|&c| c != chars[pos]) {
            let mut v = chars.clone();
            v[pos] = c;
            let typed: String = v.into_iter().collect();
            let r = read(&typed);
            assert!(r.is_err(), "{typed:?} was accepted");
            checked += 1;
        }
    }
    assert!(checked > 2_000);
}

#[test]
fn look_alikes_and_wrong_case_are_errors() {
    let p = sample_payload();
    let look_alikes = [
        ('0', 'O'),
        ('O', '0'),
        ('1', 'l'),
        ('l', '1'),
        ('1', 'I'),
        ('I', '1'),
        ('I', 'l'),
        ('l', 'I'),
        ('5', 'S'),
        ('S', '5'),
        ('8', 'B'),
        ('B', '8'),
        ('2', 'Z'),
        ('Z', '2'),
    ];
    let mut tried = 0;
    for (i, c) in p.char_indices() {
        for (from, to) in look_alikes {
            if c == from {
                let typed = format!("{}{}{}", &p[..i], to, &p[i + 1..]);
                assert!(read(&format(&typed, Separator::Space)).is_err(), "{typed}");
                tried += 1;
            }
        }
        if c.is_ascii_alphabetic() {
            let swapped = if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            let typed = format!("{}{}{}", &p[..i], swapped, &p[i + 1..]);
            assert!(read(&typed).is_err(), "{typed}");
            tried += 1;
        }
    }
    assert!(tried > 20, "{tried}");
    // The whole code typed in small letters.
    assert!(read(&p.to_lowercase()).is_err());
}

#[test]
fn errors_are_the_link_codecs() {
    let p = sample_payload();
    assert_eq!(read(""), Err(LinkError::Empty));
    assert_eq!(read(" . "), Err(LinkError::Empty));
    assert_eq!(read(&"A".repeat(MAX_CODE_TEXT + 1)), Err(LinkError::TooLong));
    assert_eq!(read(&format(&p[..20], Separator::Space)), Err(LinkError::Checksum));
    assert_eq!(read(&p[..21]), Err(LinkError::Truncated));
    assert_eq!(read("AQAC O5B* BBII"), Err(LinkError::BadChars));
    let mut typo: Vec<char> = p.chars().collect();
    typo[10] = if typo[10] == 'x' { 'y' } else { 'x' };
    assert_eq!(read(&format(&typo.into_iter().collect::<String>(), Separator::Space)), Err(LinkError::Checksum));
}

#[test]
fn named_and_older_set_codes_read_back() {
    let a = answers(|i| Some((i % 5) as u8));
    let named = encode_named(&a, &current(), "Ana B.").unwrap();
    let got = read(&format(&named, Separator::Space)).unwrap();
    assert_eq!(got.shared.name.as_deref(), Some("Ana B."));
    assert_eq!(got.shared.answers, a);

    let old_set = MLT.item_sets[0];
    assert_ne!(old_set.version, current().version);
    let old = encode(&Answers::from_values(vec![Some(2); old_set.item_ids.len()]).unwrap(), &old_set);
    let got = read(&format(&old, Separator::Dash)).unwrap();
    assert_eq!(got.shared.from_version, old_set.version);
}

#[test]
fn ui_keys_are_distinct() {
    assert!(!CHECK_NOTE_KEY.is_empty() && !CASE_NOTE_KEY.is_empty());
    assert_ne!(CHECK_NOTE_KEY, CASE_NOTE_KEY);
}

#[test]
fn codes_look_like_codes_and_names_do_not() {
    let p = sample_payload();
    assert!(looks_like_code(&p));
    assert!(looks_like_code(&format(&p, Separator::Space)));
    assert!(looks_like_code(&format(&p, Separator::Dash)));
    // All in small letters: a mistyped code (an error message), not "not a result".
    assert!(looks_like_code(&format(&p.to_lowercase(), Separator::Space)));
    assert_eq!(read(&format(&p.to_lowercase(), Separator::Space)).map(|h| h.payload), Err(LinkError::Checksum));
    for text in
        ["Ana Lopez", "Name", "Results link", "https://example.org/", "María José", "12345678", "Anna-Maria Lopez"]
    {
        assert!(!looks_like_code(text), "{text}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Any text: no panic, and anything accepted is a payload the codec accepts as it is.
    #[test]
    fn any_text_never_panics(text in ".{0,300}") {
        if let Ok(got) = read(&text) {
            prop_assert!(got.payload.chars().all(is_payload_char));
            prop_assert_eq!(link::decode(&got.payload, MLT.item_sets, &current()), Ok(got.shared));
        }
        let _ = looks_like_code(&text);
        let _ = groups(&text);
    }

    /// Random answers: the code reads back whatever separators are put between groups.
    /// (Groups run together *and* dashes elsewhere is ambiguous when a group starts with `-`,
    /// so no empty separator here; `what_people_type_around_a_code_is_accepted` has them
    /// with spaces.)
    #[test]
    fn random_codes_round_trip(
        values in proptest::collection::vec(proptest::option::of(0u8..=4), 59),
        seps in proptest::collection::vec(prop_oneof![Just(" "), Just("-"), Just("\n"), Just("  "), Just(" - ")], 12),
    ) {
        let a = Answers::from_values(values).unwrap();
        let p = encode(&a, &current());
        let mut code = String::new();
        for (i, g) in groups(&p).iter().enumerate() {
            if i > 0 {
                code.push_str(seps[i % seps.len()]);
            }
            code.push_str(g);
        }
        let got = read(&code);
        prop_assert_eq!(got.map(|h| h.payload), Ok(p), "{:?}", code);
    }
}
