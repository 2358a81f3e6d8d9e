#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the results-link codec (`core::link`).
//!
//! The file carries its own reference CRC-16/CCITT-FALSE and base64url encoder, written
//! independently of the module, to check the format byte for byte and to craft payloads
//! whose check value is valid but whose content is not.

use mlt_fit::core::answers::Answers;
use mlt_fit::core::link::*;
use mlt_fit::core::model::ItemSet;
use proptest::prelude::*;

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const NON_ALPHABET: &[char] = &['=', '+', '/', ' ', '.', '~', '%', '#', '\0', '\n', 'é', '€', '😀'];

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// Reference CRC-16/CCITT-FALSE (bit by bit, straight from the definition).
fn ref_crc(bytes: &[u8]) -> u16 {
    let mut crc: u32 = 0xFFFF;
    for &b in bytes {
        for i in (0..8).rev() {
            let bit = u32::from((b >> i) & 1);
            let top = (crc >> 15) & 1;
            crc = (crc << 1) & 0xFFFF;
            if top ^ bit == 1 {
                crc ^= 0x1021;
            }
        }
    }
    crc as u16
}

/// Reference base64url without padding (groups of three bytes).
fn ref_base64(bytes: &[u8]) -> String {
    let alpha = ALPHABET.as_bytes();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let mut n = [0u8; 3];
        n[..chunk.len()].copy_from_slice(chunk);
        let v = (u32::from(n[0]) << 16) | (u32::from(n[1]) << 8) | u32::from(n[2]);
        for k in 0..=chunk.len() {
            out.push(alpha[((v >> (18 - 6 * k)) & 63) as usize] as char);
        }
    }
    out
}

/// Payload for raw link bytes (header + answers), with a valid check value appended.
fn craft(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&ref_crc(body).to_be_bytes());
    ref_base64(&bytes)
}

/// Packs 3-bit codes MSB first (reference packing; codes may be invalid on purpose).
fn pack(codes: &[u8]) -> Vec<u8> {
    let mut bits: Vec<u8> = codes.iter().flat_map(|c| (0..3).rev().map(move |i| (c >> i) & 1)).collect();
    while !bits.len().is_multiple_of(8) {
        bits.push(0);
    }
    bits.chunks(8).map(|byte| byte.iter().fold(0u8, |acc, b| (acc << 1) | b)).collect()
}

fn body(format: u8, version: u16, count: u8, packed: &[u8]) -> Vec<u8> {
    let mut b = vec![format];
    b.extend_from_slice(&version.to_be_bytes());
    b.push(count);
    b.extend_from_slice(packed);
    b
}

fn ids(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}{i:02}")).collect()
}

fn refs(ids: &[String]) -> Vec<&str> {
    ids.iter().map(String::as_str).collect()
}

fn answers(values: &[Option<u8>]) -> Answers {
    Answers::from_values(values.to_vec()).expect("test answers are on the scale")
}

/// The 48-answer pattern used by the fixed vector: every seventh item skipped.
fn pattern48() -> Vec<Option<u8>> {
    (0..48).map(|i| if i % 7 == 6 { None } else { Some((i % 5) as u8) }).collect()
}

/// Small deterministic PRNG (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Every single-character substitution, adjacent swap, deletion, insertion and truncation
/// of `payload` must be rejected (the CRC catches in-place changes; structure catches
/// length changes). Returns the number of variants checked.
fn assert_all_corruptions_rejected(payload: &str, known: &[ItemSet], current: &ItemSet) -> usize {
    let original = decode(payload, known, current).expect("the valid payload decodes");
    let chars: Vec<char> = payload.chars().collect();
    let mut checked = 0;
    let check = |variant: String, what: &str, checked: &mut usize| {
        let result = decode(&variant, known, current);
        assert!(
            result.is_err(),
            "{what} {variant:?} of {payload:?} was accepted (same answers: {})",
            result.as_ref().is_ok_and(|r| *r == original)
        );
        *checked += 1;
        result
    };

    for pos in 0..chars.len() {
        // Substitutions by every other alphabet character: in-place, so CRC or strict
        // final-character check.
        for c in ALPHABET.chars().filter(|&c| c != chars[pos]) {
            let mut v = chars.clone();
            v[pos] = c;
            let r = check(v.into_iter().collect(), "substitution", &mut checked);
            assert!(matches!(r, Err(LinkError::Checksum | LinkError::BadChars)), "{r:?}");
        }
        for &c in NON_ALPHABET {
            let mut v = chars.clone();
            v[pos] = c;
            let r = check(v.into_iter().collect(), "bad-char substitution", &mut checked);
            assert_eq!(r, Err(LinkError::BadChars));
        }
        // Neighbours swapped (a change within 12 bits).
        if pos + 1 < chars.len() && chars[pos] != chars[pos + 1] {
            let mut v = chars.clone();
            v.swap(pos, pos + 1);
            let _ = check(v.into_iter().collect(), "swap", &mut checked);
        }
        // One character deleted.
        let mut v = chars.clone();
        v.remove(pos);
        let _ = check(v.into_iter().collect(), "deletion", &mut checked);
    }
    // One character inserted, anywhere.
    for pos in 0..=chars.len() {
        for c in ALPHABET.chars() {
            let mut v = chars.clone();
            v.insert(pos, c);
            let _ = check(v.into_iter().collect(), "insertion", &mut checked);
        }
    }
    // Every proper prefix.
    for len in 0..chars.len() {
        let r = check(chars[..len].iter().collect(), "truncation", &mut checked);
        if len == 0 {
            assert_eq!(r, Err(LinkError::Empty));
        }
    }
    checked
}

// ---------------------------------------------------------------------------------------
// Fixed vectors: the format must not drift silently
// ---------------------------------------------------------------------------------------

#[test]
fn fixed_vector_48_answers() {
    let ids = ids("q", 48);
    let set = ItemSet { version: 3, item_ids: &refs(&ids) };
    let a = answers(&pattern48());
    let payload = encode(&a, &set);
    // Computed independently (Python: struct + binascii.crc_hqx + urlsafe_b64encode).
    assert_eq!(payload, "AQADMAU4KnAVYCnKU4DXAU6CnBU4ChjF");
    assert_eq!(payload.len(), 32);
    assert!(payload.len() < 100);
    // Same bytes as the reference implementation in this file.
    let codes: Vec<u8> = pattern48().iter().map(|v| v.unwrap_or(5)).collect();
    assert_eq!(payload, craft(&body(1, 3, 48, &pack(&codes))));

    let shared = decode(&payload, &[], &set).unwrap();
    assert_eq!(shared, SharedAnswers { answers: a, from_version: 3, dropped: 0, missing: 0, name: None });
}

#[test]
fn fixed_vectors_small() {
    let ids5 = ["a", "b", "c", "d", "e"];
    let set5 = ItemSet { version: 2, item_ids: &ids5 };
    let a5 = answers(&[Some(0), Some(4), None, Some(2), Some(1)]);
    assert_eq!(encode(&a5, &set5), "AQACBRKivZE");
    assert_eq!(decode("AQACBRKivZE", &[], &set5).unwrap().answers, a5);

    let set0 = ItemSet { version: 1, item_ids: &[] };
    assert_eq!(encode(&Answers::skipped(0), &set0), "AQABAMFF");
    assert_eq!(decode("AQABAMFF", &[], &set0).unwrap().answers, Answers::skipped(0));
}

#[test]
fn payload_length_is_fixed_by_the_set_size() {
    let ids = ids("q", 48);
    let set = ItemSet { version: 7, item_ids: &refs(&ids) };
    for values in [vec![None; 48], vec![Some(4); 48], vec![Some(0); 48], pattern48()] {
        assert_eq!(encode(&answers(&values), &set).len(), 32);
    }
}

#[test]
fn largest_set_fits_max_payload_len_exactly() {
    let ids = ids("q", 255);
    let set = ItemSet { version: u16::MAX, item_ids: &refs(&ids) };
    let values: Vec<Option<u8>> = (0..255).map(|i| if i % 3 == 0 { None } else { Some((i % 5) as u8) }).collect();
    let payload = encode(&answers(&values), &set);
    assert_eq!(payload.len(), MAX_PAYLOAD_LEN);
    assert_eq!(decode(&payload, &[], &set).unwrap().answers, answers(&values));
    assert_eq!(decode(&format!("{payload}A"), &[], &set), Err(LinkError::TooLong));
}

// ---------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------

fn answer_values() -> impl Strategy<Value = Vec<Option<u8>>> {
    (0usize..=64).prop_flat_map(|n| {
        prop_oneof![
            proptest::collection::vec(proptest::option::of(0u8..=4), n),
            Just(vec![None; n]),
            proptest::collection::vec((0u8..=4).prop_map(Some), n),
        ]
    })
}

proptest! {
    #[test]
    fn round_trip(values in answer_values(), version in any::<u16>(), other in any::<u16>()) {
        let n = values.len();
        let ids = ids("item-", n);
        let set = ItemSet { version, item_ids: &refs(&ids) };
        let a = answers(&values);
        let payload = encode(&a, &set);

        prop_assert_eq!(payload.len(), (8 * (6 + (3 * n).div_ceil(8))).div_ceil(6));
        prop_assert!(payload.len() <= MAX_PAYLOAD_LEN);
        prop_assert!(payload.chars().all(|c| ALPHABET.contains(c)));
        // Byte for byte what the reference implementation produces.
        let codes: Vec<u8> = values.iter().map(|v| v.unwrap_or(5)).collect();
        prop_assert_eq!(&payload, &craft(&body(1, version, n as u8, &pack(&codes))));

        let expected = SharedAnswers { answers: a, from_version: version, dropped: 0, missing: 0, name: None };
        prop_assert_eq!(decode(&payload, &[], &set), Ok(expected.clone()));
        // Unrelated known sets do not interfere.
        let stale_ids = ["x"];
        let stale = ItemSet { version: other, item_ids: &stale_ids };
        if other != version {
            prop_assert_eq!(decode(&payload, &[stale, set], &set), Ok(expected));
        }
    }

    /// Answers follow their item ids into any newer set: kept, dropped, or new.
    #[test]
    fn remap_by_item_id(
        values in proptest::collection::vec(proptest::option::of(0u8..=4), 0..=40),
        keep in proptest::collection::vec(any::<bool>(), 40),
        added in 0usize..5,
        seed in any::<u64>(),
    ) {
        let old_ids = ids("old-", values.len());
        let old = ItemSet { version: 1, item_ids: &refs(&old_ids) };
        let mut new_ids: Vec<String> = old_ids.iter().zip(&keep).filter(|(_, k)| **k).map(|(id, _)| id.clone()).collect();
        new_ids.extend(ids("new-", added));
        // Shuffle deterministically from the seed.
        let mut rng = Rng(seed);
        for i in (1..new_ids.len()).rev() {
            new_ids.swap(i, rng.below(i as u64 + 1) as usize);
        }
        let current = ItemSet { version: 2, item_ids: &refs(&new_ids) };

        let payload = encode(&answers(&values), &old);
        let shared = decode(&payload, &[old, current], &current).unwrap();
        let value_of = |id: &str| old_ids.iter().position(|o| o == id).and_then(|i| values[i]);
        let expected: Vec<Option<u8>> = new_ids.iter().map(|id| value_of(id)).collect();
        let dropped = old_ids.iter().zip(&values).filter(|(id, v)| v.is_some() && !new_ids.contains(id)).count();

        prop_assert_eq!(shared.answers.values(), &expected[..]);
        prop_assert_eq!(shared.from_version, 1);
        prop_assert_eq!(shared.dropped, dropped);
        prop_assert_eq!(shared.missing, added);
    }
}

#[test]
fn encode_pads_short_and_truncates_long_answers() {
    let ids5 = ["a", "b", "c", "d", "e"];
    let set = ItemSet { version: 9, item_ids: &ids5 };
    let short = answers(&[Some(1), Some(2)]);
    let padded = answers(&[Some(1), Some(2), None, None, None]);
    assert_eq!(encode(&short, &set), encode(&padded, &set));
    assert_eq!(decode(&encode(&short, &set), &[], &set).unwrap().answers, padded);

    let long = answers(&[Some(0), Some(1), Some(2), Some(3), Some(4), Some(4), Some(4)]);
    let cut = answers(&[Some(0), Some(1), Some(2), Some(3), Some(4)]);
    assert_eq!(encode(&long, &set), encode(&cut, &set));
    assert_eq!(decode(&encode(&long, &set), &[], &set).unwrap().answers, cut);
}

#[test]
fn oversized_set_is_rejected_not_misread() {
    let ids = ids("q", 300);
    let set = ItemSet { version: 4, item_ids: &refs(&ids) };
    let payload = encode(&Answers::skipped(300), &set);
    assert!(payload.len() <= MAX_PAYLOAD_LEN);
    assert_eq!(decode(&payload, &[], &set), Err(LinkError::OutOfRange));
}

// ---------------------------------------------------------------------------------------
// Older item sets
// ---------------------------------------------------------------------------------------

#[test]
fn old_version_links_keep_decoding() {
    // v2 removed "b", added "f", and reordered.
    let v1_ids = ["a", "b", "c", "d", "e"];
    let v2_ids = ["e", "a", "c", "f", "d"];
    let v1 = ItemSet { version: 1, item_ids: &v1_ids };
    let v2 = ItemSet { version: 2, item_ids: &v2_ids };
    let known = [v1, v2];

    let old = answers(&[Some(0), Some(3), None, Some(4), Some(2)]);
    let payload = encode(&old, &v1);
    let shared = decode(&payload, &known, &v2).unwrap();
    assert_eq!(shared.answers, answers(&[Some(2), Some(0), None, None, Some(4)]));
    assert_eq!(shared.from_version, 1);
    assert_eq!(shared.dropped, 1, "b was answered and is gone");
    assert_eq!(shared.missing, 1, "f is new");

    // The removed item skipped: nothing lost.
    let old = answers(&[Some(1), None, Some(1), None, None]);
    let shared = decode(&encode(&old, &v1), &known, &v2).unwrap();
    assert_eq!(shared.answers, answers(&[None, Some(1), Some(1), None, None]));
    assert_eq!((shared.dropped, shared.missing), (0, 1));

    // Same link, opened where v1 is still current.
    let shared = decode(&payload, &known, &v1).unwrap();
    assert_eq!(shared.answers, answers(&[Some(0), Some(3), None, Some(4), Some(2)]));
    assert_eq!((shared.from_version, shared.dropped, shared.missing), (1, 0, 0));

    // A build that no longer knows v1.
    assert_eq!(decode(&payload, &[v2], &v2), Err(LinkError::UnknownItemSet));
    assert_eq!(decode(&payload, &[], &v2), Err(LinkError::UnknownItemSet));

    // A v2 link needs no known_sets at all, and the current set wins over a stale entry.
    let new = answers(&[Some(4), None, Some(3), Some(2), Some(1)]);
    let stale = ItemSet { version: 2, item_ids: &v1_ids };
    let shared = decode(&encode(&new, &v2), &[stale], &v2).unwrap();
    assert_eq!((shared.answers, shared.dropped, shared.missing), (new, 0, 0));
}

// ---------------------------------------------------------------------------------------
// Every error, from a realistic input
// ---------------------------------------------------------------------------------------

#[test]
fn each_error_variant_from_a_realistic_input() {
    let ids5 = ["a", "b", "c", "d", "e"];
    let set = ItemSet { version: 2, item_ids: &ids5 };
    let ids48 = ids("q", 48);
    let set48 = ItemSet { version: 3, item_ids: &refs(&ids48) };
    let good48 = "AQADMAU4KnAVYCnKU4DXAU6CnBU4ChjF";
    assert!(decode(good48, &[], &set48).is_ok());
    let valid5 = pack(&[0, 4, 5, 2, 1]);
    assert_eq!(craft(&body(1, 2, 5, &valid5)), "AQACBRKivZE");

    // Empty: the fragment was "#/r/" with nothing after it.
    assert_eq!(decode("", &[], &set), Err(LinkError::Empty));

    // TooLong: pasted garbage, a huge string, multi-byte characters (counted in bytes).
    assert_eq!(decode(&"A".repeat(MAX_PAYLOAD_LEN + 1), &[], &set), Err(LinkError::TooLong));
    assert_eq!(decode(&good48.repeat(100_000), &[], &set48), Err(LinkError::TooLong));
    assert_eq!(decode(&"é".repeat(70), &[], &set), Err(LinkError::TooLong));
    assert_eq!(decode(&"?".repeat(1000), &[], &set), Err(LinkError::TooLong), "length before characters");

    // BadChars: whitespace, padding, standard-base64 characters, percent-encoding, unicode.
    for bad in [
        "AQACBRKivZE ",
        " AQACBRKivZE",
        "AQAC BRKivZE",
        "AQACBRKivZE=",
        "AQACBRKi+ZE",
        "AQACBRKi/ZE",
        "AQACBRKi%2E",
        "AQACBRKivZé",
        "AQACBRKi=", // bad character wins over the impossible length (9 chars)
    ] {
        assert_eq!(decode(bad, &[], &set), Err(LinkError::BadChars), "{bad:?}");
    }

    // A final character whose unused bits are not zero: every character is a link
    // character, so it was changed or the link was cut after it; the visitor is told a
    // character was changed or lost (Checksum), not that the link has foreign characters.
    // 'E' = 000100 ends in the 2 unused bits 00; 'F' = 000101 does not.
    assert_eq!(decode("AQACBRKivZF", &[], &set), Err(LinkError::Checksum));

    // Truncated: cut to an impossible length, too short for a header, or a count that
    // needs more answer bytes than there are (with a valid CRC).
    assert_eq!(decode(&good48[..29], &[], &set48), Err(LinkError::Truncated));
    assert_eq!(decode("AQAC", &[], &set), Err(LinkError::Truncated));
    assert_eq!(decode("AQACBQ", &[], &set), Err(LinkError::Truncated));
    assert_eq!(decode(&craft(&body(1, 2, 5, &valid5[..1])), &[], &set), Err(LinkError::Truncated));

    // Checksum: one mistyped character, two swapped, a plausible edit.
    assert_eq!(decode("AQACBRKjvZE", &[], &set), Err(LinkError::Checksum));
    assert_eq!(decode("AQACBRiKvZE", &[], &set), Err(LinkError::Checksum));
    assert_eq!(decode(&good48.replacen('U', "V", 1), &[], &set48), Err(LinkError::Checksum));
    assert_eq!(decode(&good48[..28], &[], &set48), Err(LinkError::Checksum), "cut at a 3-byte boundary");

    // UnknownFormat: a link from a future format (valid CRC), even with an unknown set.
    // (Format 2 is a named link now: see `named_links_*` below.)
    for format in [0u8, 3, 255] {
        assert_eq!(decode(&craft(&body(format, 2, 5, &valid5)), &[], &set), Err(LinkError::UnknownFormat));
    }
    assert_eq!(decode(&craft(&body(3, 999, 5, &valid5)), &[], &set), Err(LinkError::UnknownFormat));

    // UnknownItemSet: a set version this build never had (valid CRC), even with bad answers.
    assert_eq!(decode(&craft(&body(1, 999, 5, &valid5)), &[set], &set), Err(LinkError::UnknownItemSet));
    assert_eq!(decode(&craft(&body(1, 999, 5, &pack(&[6; 5]))), &[], &set), Err(LinkError::UnknownItemSet));

    // OutOfRange: answer value 6 or 7 at every position (valid CRC).
    for pos in 0..5 {
        for code in [6u8, 7] {
            let mut codes = [0u8, 4, 5, 2, 1];
            codes[pos] = code;
            let payload = craft(&body(1, 2, 5, &pack(&codes)));
            assert_eq!(decode(&payload, &[], &set), Err(LinkError::OutOfRange), "{code} at {pos}");
        }
    }
    // OutOfRange: a count that does not match the set (valid CRC).
    assert_eq!(decode(&craft(&body(1, 2, 4, &pack(&[0, 4, 5, 2]))), &[], &set), Err(LinkError::OutOfRange));
    assert_eq!(decode(&craft(&body(1, 2, 6, &pack(&[0, 4, 5, 2, 1, 1]))), &[], &set), Err(LinkError::OutOfRange));
    // OutOfRange: an extra byte, or non-zero padding bits after the last answer (valid CRC).
    let mut extra = valid5.clone();
    extra.push(0);
    assert_eq!(decode(&craft(&body(1, 2, 5, &extra)), &[], &set), Err(LinkError::OutOfRange));
    let mut padded = valid5.clone();
    *padded.last_mut().unwrap() |= 1; // 15 answer bits in 16: the last bit is padding
    assert_eq!(decode(&craft(&body(1, 2, 5, &padded)), &[], &set), Err(LinkError::OutOfRange));
}

#[test]
fn errors_have_messages() {
    use LinkError::*;
    let all = [Empty, TooLong, BadChars, Truncated, Checksum, UnknownFormat, UnknownItemSet, OutOfRange];
    let messages: Vec<String> = all.iter().map(ToString::to_string).collect();
    for (i, m) in messages.iter().enumerate() {
        assert!(!m.is_empty());
        assert!(!messages[..i].contains(m), "duplicate message {m:?}");
    }
}

// ---------------------------------------------------------------------------------------
// Corruption: every single-character change and every truncation is rejected
// ---------------------------------------------------------------------------------------

#[test]
fn every_single_character_change_and_truncation_is_rejected() {
    let ids48 = ids("q", 48);
    let set48 = ItemSet { version: 3, item_ids: &refs(&ids48) };
    let ids5 = ["a", "b", "c", "d", "e"];
    let set5 = ItemSet { version: 2, item_ids: &ids5 };
    let ids1 = ["only"];
    let set1 = ItemSet { version: 513, item_ids: &ids1 };
    let set0 = ItemSet { version: 0, item_ids: &[] };
    let ids13 = ids("m", 13);
    let set13 = ItemSet { version: 60_000, item_ids: &refs(&ids13) };

    let mut payloads = vec![
        (encode(&answers(&pattern48()), &set48), set48),
        (encode(&Answers::skipped(48), &set48), set48),
        (encode(&answers(&[Some(4); 48]), &set48), set48),
        (encode(&answers(&[Some(0); 48]), &set48), set48),
        (encode(&answers(&[Some(0), Some(4), None, Some(2), Some(1)]), &set5), set5),
        (encode(&answers(&[Some(3)]), &set1), set1),
        (encode(&Answers::skipped(0), &set0), set0),
    ];
    // Lengths that leave 2 and 4 unused bits in the last character, too.
    let mut rng = Rng(7);
    for _ in 0..3 {
        let v: Vec<Option<u8>> =
            (0..13).map(|_| [None, Some(0), Some(1), Some(2), Some(3), Some(4)][rng.below(6) as usize]).collect();
        payloads.push((encode(&answers(&v), &set13), set13));
    }
    assert!(payloads.iter().any(|(p, _)| p.len() % 4 == 2));
    assert!(payloads.iter().any(|(p, _)| p.len() % 4 == 3));
    assert!(payloads.iter().any(|(p, _)| p.len() % 4 == 0));

    let mut checked = 0;
    for (payload, set) in &payloads {
        checked += assert_all_corruptions_rejected(payload, &[], set);
    }
    assert!(checked > 20_000, "only {checked} variants checked");
}

// ---------------------------------------------------------------------------------------
// Fuzzing: no input panics, and anything accepted is canonical
// ---------------------------------------------------------------------------------------

#[test]
fn fuzz_random_strings_never_panic() {
    const UNICODE: &[char] = &['é', 'ü', 'ß', '中', '😀', '\u{200B}', '\u{FEFF}', 'Ａ', '−', '\u{0}'];
    let ids48 = ids("q", 48);
    let set48 = ItemSet { version: 3, item_ids: &refs(&ids48) };
    let ids5 = ["a", "b", "c", "d", "e"];
    let set5 = ItemSet { version: 2, item_ids: &ids5 };
    let alphabet: Vec<char> = ALPHABET.chars().collect();
    let printable: Vec<char> = (0x20u8..0x7F).map(char::from).collect();

    let mut rng = Rng(0x00C0_FFEE);
    let mut seen = Vec::new();
    let mut s = String::new();
    for _ in 0..100_000 {
        s.clear();
        let len = rng.below(201);
        for _ in 0..len {
            let c = match rng.below(20) {
                0..=11 => alphabet[rng.below(64) as usize],
                12..=17 => printable[rng.below(printable.len() as u64) as usize],
                _ => UNICODE[rng.below(UNICODE.len() as u64) as usize],
            };
            s.push(c);
        }
        for (known, current) in [(&[set5][..], &set48), (&[][..], &set5)] {
            let result = decode(&s, known, current);
            if let Ok(shared) = &result {
                assert_eq!(shared.answers.len(), current.item_ids.len());
                if shared.from_version == current.version {
                    assert_eq!(encode(&shared.answers, current), s, "accepted a non-canonical payload");
                }
            }
            let kind = result.map(|_| None).unwrap_or_else(Some);
            if !seen.contains(&kind) {
                seen.push(kind);
            }
        }
    }
    for e in [LinkError::Empty, LinkError::TooLong, LinkError::BadChars, LinkError::Truncated, LinkError::Checksum] {
        assert!(seen.contains(&Some(e)), "fuzz never reached {e:?}");
    }
}

/// Random link bytes with a *valid* CRC, so decoding gets past the checksum into the
/// format, item-set and answer checks.
#[test]
fn fuzz_valid_checksum_payloads_never_panic() {
    let ids48 = ids("q", 48);
    let set48 = ItemSet { version: 3, item_ids: &refs(&ids48) };
    let ids5 = ["a", "b", "c", "d", "e"];
    let set5 = ItemSet { version: 2, item_ids: &ids5 };
    let ids0: [&str; 0] = [];
    let set0 = ItemSet { version: 1, item_ids: &ids0 };
    let known = [set0, set5, set48];

    let mut rng = Rng(42);
    let mut seen = Vec::new();
    let mut accepted = 0;
    for _ in 0..50_000 {
        let format = if rng.below(10) == 0 { rng.below(256) as u8 } else { 1 };
        let version = match rng.below(5) {
            0 => rng.below(65_536) as u16,
            v => v as u16, // 1..=4: 1, 2, 3 known, 4 unknown
        };
        let count = match rng.below(4) {
            0 => rng.below(256) as u8,
            1 => 0,
            2 => 5,
            _ => 48,
        };
        let needed = (3 * usize::from(count)).div_ceil(8);
        let len = match rng.below(6) {
            0 => rng.below(120) as usize,
            1 => needed.saturating_sub(1),
            2 => needed + 1,
            _ => needed,
        };
        let packed: Vec<u8> = if rng.below(2) == 0 {
            // Mostly valid codes, so some payloads are accepted.
            let codes: Vec<u8> = (0..len * 8 / 3)
                .map(|_| {
                    let range = if rng.below(8) == 0 { 8 } else { 6 };
                    rng.below(range) as u8
                })
                .collect();
            let mut p = pack(&codes);
            p.resize(len, 0);
            p
        } else {
            (0..len).map(|_| rng.below(256) as u8).collect()
        };
        let payload = craft(&body(format, version, count, &packed));
        let current = known[rng.below(3) as usize];
        let result = decode(&payload, &known, &current);
        if let Ok(shared) = &result {
            accepted += 1;
            assert_eq!(shared.answers.len(), current.item_ids.len());
            if shared.from_version == current.version {
                assert_eq!(encode(&shared.answers, &current), payload, "accepted a non-canonical payload");
            }
        }
        let kind = result.map(|_| None).unwrap_or_else(Some);
        if !seen.contains(&kind) {
            seen.push(kind);
        }
    }
    assert!(accepted > 100, "only {accepted} accepted");
    for e in [LinkError::Truncated, LinkError::UnknownFormat, LinkError::UnknownItemSet, LinkError::OutOfRange] {
        assert!(seen.contains(&Some(e)), "fuzz never reached {e:?}");
    }
}

// ---------------------------------------------------------------------------------------
// Format 2: format 1 plus an optional name, covered by the CRC
// ---------------------------------------------------------------------------------------

/// Format 2 body: header with the name length, answers, then the name.
fn named_body(version: u16, count: u8, packed: &[u8], name: &[u8]) -> Vec<u8> {
    let mut b = vec![2];
    b.extend_from_slice(&version.to_be_bytes());
    b.push(count);
    b.push(name.len() as u8);
    b.extend_from_slice(packed);
    b.extend_from_slice(name);
    b
}

#[test]
fn named_links_fixed_vector() {
    let ids5 = ["a", "b", "c", "d", "e"];
    let set5 = ItemSet { version: 2, item_ids: &ids5 };
    let a5 = answers(&[Some(0), Some(4), None, Some(2), Some(1)]);
    let payload = encode_named(&a5, &set5, "  Ana B. ").unwrap();
    // Byte for byte the reference layout, and the literal string, so the format cannot drift.
    assert_eq!(payload, craft(&named_body(2, 5, &pack(&[0, 4, 5, 2, 1]), b"Ana B.")));
    // Computed independently (Python: binascii.crc_hqx + urlsafe_b64encode).
    assert_eq!(payload, "AgACBQYSokFuYSBCLnMZ");
    let shared = decode(&payload, &[], &set5).unwrap();
    assert_eq!(
        shared,
        SharedAnswers { answers: a5.clone(), from_version: 2, dropped: 0, missing: 0, name: Some("Ana B.".into()) }
    );
    // UTF-8 names are carried as they are.
    let accented = encode_named(&a5, &set5, "José Núñez").unwrap();
    assert_eq!(decode(&accented, &[], &set5).unwrap().name.as_deref(), Some("José Núñez"));
}

#[test]
fn no_name_is_format_1_byte_for_byte() {
    let ids = ids("q", 48);
    let set = ItemSet { version: 3, item_ids: &refs(&ids) };
    let a = answers(&pattern48());
    for blank in ["", " ", "\t \n "] {
        assert_eq!(encode_named(&a, &set, blank).unwrap(), "AQADMAU4KnAVYCnKU4DXAU6CnBU4ChjF");
    }
    assert_eq!(decode("AQADMAU4KnAVYCnKU4DXAU6CnBU4ChjF", &[], &set).unwrap().name, None);
}

#[test]
fn named_links_refuse_bad_names_when_encoding() {
    let set = ItemSet { version: 1, item_ids: &["a"] };
    let a = answers(&[Some(1)]);
    assert_eq!(encode_named(&a, &set, &"x".repeat(25)), Err(NameError::TooLong));
    assert_eq!(encode_named(&a, &set, "Ana\nBen"), Err(NameError::BadChar));
    assert_eq!(encode_named(&a, &set, "A\u{202E}B"), Err(NameError::BadChar));
    assert!(encode_named(&a, &set, &"x".repeat(24)).is_ok());
}

#[test]
fn named_links_each_error_from_a_crafted_payload() {
    let ids5 = ["a", "b", "c", "d", "e"];
    let set = ItemSet { version: 2, item_ids: &ids5 };
    let valid5 = pack(&[0, 4, 5, 2, 1]);
    assert!(decode(&craft(&named_body(2, 5, &valid5, b"Li")), &[], &set).is_ok());

    // Format 2 with no name-length byte at all (only the 4-byte header, valid CRC).
    assert_eq!(decode(&craft(&[2, 0, 2, 0]), &[], &set), Err(LinkError::Truncated));
    // Name length 0 (the no-name encoding is format 1) or over the limit.
    assert_eq!(decode(&craft(&named_body(2, 5, &valid5, b"")), &[], &set), Err(LinkError::OutOfRange));
    let long = [b'x'; 25];
    assert_eq!(decode(&craft(&named_body(2, 5, &valid5, &long)), &[], &set), Err(LinkError::OutOfRange));
    // Name shorter or longer than its length byte says.
    let mut short = named_body(2, 5, &valid5, b"Lia");
    short.pop();
    assert_eq!(decode(&craft(&short), &[], &set), Err(LinkError::Truncated));
    let mut extra = named_body(2, 5, &valid5, b"Li");
    extra.push(b'a');
    assert_eq!(decode(&craft(&extra), &[], &set), Err(LinkError::OutOfRange));
    // Names no encoder writes: untrimmed, control or invisible characters, broken UTF-8.
    for bad in [&b" Li"[..], b"Li ", b"L\ni", b"L\x00i", "L\u{200B}i".as_bytes(), b"L\xC3", b"\xFF\xFE"] {
        assert_eq!(decode(&craft(&named_body(2, 5, &valid5, bad)), &[], &set), Err(LinkError::OutOfRange), "{bad:?}");
    }
    // The usual checks still apply to the answers of a named link.
    assert_eq!(decode(&craft(&named_body(999, 5, &valid5, b"Li")), &[], &set), Err(LinkError::UnknownItemSet));
    assert_eq!(
        decode(&craft(&named_body(2, 5, &pack(&[0, 4, 6, 2, 1]), b"Li")), &[], &set),
        Err(LinkError::OutOfRange)
    );
    assert_eq!(decode(&craft(&named_body(2, 4, &pack(&[0, 4, 5, 2]), b"Li")), &[], &set), Err(LinkError::OutOfRange));
}

#[test]
fn named_links_from_an_older_set_keep_the_name() {
    let v1_ids = ["a", "b", "c", "d", "e"];
    let v2_ids = ["e", "a", "c", "f", "d"];
    let v1 = ItemSet { version: 1, item_ids: &v1_ids };
    let v2 = ItemSet { version: 2, item_ids: &v2_ids };
    let old = answers(&[Some(0), Some(3), None, Some(4), Some(2)]);
    let shared = decode(&encode_named(&old, &v1, "MK").unwrap(), &[v1, v2], &v2).unwrap();
    assert_eq!(shared.answers, answers(&[Some(2), Some(0), None, None, Some(4)]));
    assert_eq!((shared.from_version, shared.dropped, shared.missing), (1, 1, 1));
    assert_eq!(shared.name.as_deref(), Some("MK"));
}

#[test]
fn named_links_every_single_character_change_and_truncation_is_rejected() {
    let ids48 = ids("q", 48);
    let set48 = ItemSet { version: 3, item_ids: &refs(&ids48) };
    let ids13 = ids("m", 13);
    let set13 = ItemSet { version: 60_000, item_ids: &refs(&ids13) };
    let mut payloads = Vec::new();
    for name in ["A", "MK", "Ana B.", "José Núñez", "xxxxxxxxxxxxxxxxxxxxxxxx", "李小龍", "Ō"] {
        payloads.push((encode_named(&answers(&pattern48()), &set48, name).unwrap(), set48));
        payloads.push((encode_named(&Answers::skipped(13), &set13, name).unwrap(), set13));
    }
    assert!(payloads.iter().any(|(p, _)| p.len() % 4 == 2));
    assert!(payloads.iter().any(|(p, _)| p.len() % 4 == 3));
    assert!(payloads.iter().any(|(p, _)| p.len() % 4 == 0));
    let mut checked = 0;
    for (payload, set) in &payloads {
        checked += assert_all_corruptions_rejected(payload, &[], set);
    }
    assert!(checked > 50_000, "only {checked} variants checked");
}

fn name_strategy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            proptest::char::range('a', 'z'),
            proptest::char::range('A', 'Z'),
            Just(' '),
            Just('.'),
            Just('é'),
            Just('ñ'),
            Just('中'),
            Just('\n'),
            Just('\u{200B}'),
        ],
        0..30,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    /// Any name: either refused by the encoder with the reason `clean_name` gives, or
    /// carried exactly (trimmed) beside the same answers.
    #[test]
    fn named_round_trip(values in answer_values(), version in any::<u16>(), name in name_strategy()) {
        let ids = ids("item-", values.len());
        let set = ItemSet { version, item_ids: &refs(&ids) };
        let a = answers(&values);
        match (encode_named(&a, &set, &name), clean_name(&name)) {
            (Ok(payload), Ok(clean)) => {
                prop_assert!(payload.len() <= MAX_PAYLOAD_LEN);
                if clean.is_none() {
                    prop_assert_eq!(&payload, &encode(&a, &set));
                }
                let shared = decode(&payload, &[], &set).unwrap();
                prop_assert_eq!(shared.answers, a);
                prop_assert_eq!(shared.name, clean);
            }
            (Err(e), Err(f)) => prop_assert_eq!(e, f),
            (got, want) => prop_assert!(false, "encode_named {:?} but clean_name {:?}", got, want),
        }
    }
}

/// Random named link bytes with a valid CRC: never a panic, and whatever is accepted is
/// canonical (re-encodes to the same payload).
#[test]
fn fuzz_valid_checksum_named_payloads_never_panic() {
    let ids5 = ["a", "b", "c", "d", "e"];
    let set5 = ItemSet { version: 2, item_ids: &ids5 };
    let pool: &[&[u8]] = &[b"A", b"Ana", b" ", b"\n", "é".as_bytes(), b"\xC3", b"\xFF", "\u{202E}".as_bytes(), b"zz"];
    let mut rng = Rng(2024);
    let mut accepted = 0;
    let mut seen = Vec::new();
    for _ in 0..20_000 {
        let mut name = Vec::new();
        for _ in 0..rng.below(10) {
            name.extend_from_slice(pool[rng.below(pool.len() as u64) as usize]);
        }
        let codes: Vec<u8> = (0..5)
            .map(|_| {
                let range = if rng.below(10) == 0 { 8 } else { 6 };
                rng.below(range) as u8
            })
            .collect();
        let mut b = named_body(2, 5, &pack(&codes), &name);
        if rng.below(8) == 0 {
            b[4] = rng.below(256) as u8;
        }
        let payload = craft(&b);
        let result = decode(&payload, &[], &set5);
        if let Ok(shared) = &result {
            accepted += 1;
            let name = shared.name.clone().unwrap_or_default();
            assert_eq!(encode_named(&shared.answers, &set5, &name).unwrap(), payload);
        }
        let kind = result.map(|_| None).unwrap_or_else(Some);
        if !seen.contains(&kind) {
            seen.push(kind);
        }
    }
    assert!(accepted > 100, "only {accepted} accepted");
    assert!(seen.contains(&Some(LinkError::OutOfRange)));
    assert!(seen.contains(&Some(LinkError::Truncated)));
}
