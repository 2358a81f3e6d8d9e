//! Results links: a visitor's answers packed into a short, URL-safe payload that goes in
//! the URL fragment (`#/r/<payload>`), so opening the link on any device rebuilds the same
//! results. Pure std, no dependencies; never panics on any input.
//!
//! # Byte layout (format version 1)
//!
//! ```text
//! byte 0          format version, currently 1
//! bytes 1..=2     item-set version (`ItemSet::version`), u16 big-endian
//! byte 3          answer count n: the number of items in that item set (0..=255)
//! next ⌈3n/8⌉     the answers, 3 bits each, in the set's item order, most significant bit
//!                 first: 0..=4 = the answer, 5 = skipped, 6 and 7 are invalid. The unused
//!                 low bits of the last answer byte must be zero.
//! last 2 bytes    CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final
//!                 xor) of every byte before it, big-endian
//! ```
//!
//! The bytes are then written as base64url (`A-Z a-z 0-9 - _`) without padding. 48 answers
//! take 4 + 18 + 2 = 24 bytes = 32 characters; the longest possible payload (255 answers)
//! is [`MAX_PAYLOAD_LEN`] = 136 characters.
//!
//! **Why 3 bits per answer.** An answer has six states (five scale points and "skipped"),
//! so it needs ⌈log₂ 6⌉ = 3 bits. Packing in base 6 would save about 14 % (2.58 bits per
//! answer) but needs big-number arithmetic and spreads every answer over the whole number;
//! with 3 bits each answer sits at a fixed bit position, so a local typo stays local and
//! the CRC guarantee below holds.
//!
//! **Why every single-character change is caught.** Each base64 character carries 6 bits at
//! a fixed position of the byte stream. Replacing it with another alphabet character flips a
//! non-empty set of bits, all within those 6 consecutive bits (a *burst* of length ≤ 6).
//! Message and CRC together form a codeword that the 16-bit generator polynomial divides;
//! an error of the form xⁱ·B(x) with B of degree < 16 and B(0) = 1 is never divisible by it
//! (the generator has a non-zero constant term), so every burst of up to 16 bits — in the
//! data or in the CRC itself — is detected. That covers any change confined to one character
//! or to two neighbouring characters (12 bits), e.g. swapped neighbours. If the changed bits
//! fall in the final character's unused bits, the strict decoder rejects the character
//! itself. A character outside the alphabet is rejected as [`LinkError::BadChars`]. A
//! truncated or lengthened link changes the byte count, which the structure checks (base64
//! length, minimum size, answer count vs. data length) reject independently of the CRC.
//!
//! **Strict decoding.** Only the 64 alphabet characters are accepted (no padding, no
//! whitespace, no `+` `/`); a length of 4k+1 characters is impossible; the unused trailing
//! bits of the last character must be zero. So every byte string has exactly one encoding
//! and no two payloads decode to the same answers.
//!
//! # Checks, in order
//!
//! 1. empty → [`LinkError::Empty`]
//! 2. longer than [`MAX_PAYLOAD_LEN`] bytes → [`LinkError::TooLong`] (before any other work)
//! 3. a character outside the alphabet, or non-zero unused bits in the last character →
//!    [`LinkError::BadChars`]
//! 4. impossible base64 length, or fewer than 6 bytes → [`LinkError::Truncated`]
//! 5. CRC mismatch → [`LinkError::Checksum`]
//! 6. format byte other than 1 → [`LinkError::UnknownFormat`]
//! 7. answer bytes shorter than the count needs → [`LinkError::Truncated`]; longer →
//!    [`LinkError::OutOfRange`]
//! 8. item-set version neither `current` nor in `known_sets` → [`LinkError::UnknownItemSet`]
//! 9. count different from that set's length, an answer value 6 or 7, or non-zero unused
//!    bits after the last answer → [`LinkError::OutOfRange`]
//!
//! # Item-set versions
//!
//! A link stores answers in the order of the item set it was made with. On decoding, that
//! set is looked up by version (`current` first, then `known_sets`), the answers are decoded
//! with its id list and then moved into `current` order by item id. Answered items whose id
//! `current` no longer has are counted in [`SharedAnswers::dropped`]; items of `current`
//! that the old set did not have are skipped and counted in [`SharedAnswers::missing`].
//! Item ids are expected to be unique within a set; if one repeats, its first occurrence is
//! used.

use std::fmt;

use crate::core::answers::{Answers, MAX};
use crate::core::model::ItemSet;

/// Format version written into byte 0.
pub const FORMAT_VERSION: u8 = 1;
/// Most items a link can carry (the count is one byte). Item sets must not be longer.
pub const MAX_ITEMS: usize = u8::MAX as usize;
/// Longest valid payload, in bytes (= characters, the alphabet being ASCII): the encoding
/// of [`MAX_ITEMS`] answers. Longer input is rejected before any decoding work.
pub const MAX_PAYLOAD_LEN: usize = base64_len(HEADER_LEN + packed_len(MAX_ITEMS) + CRC_LEN);

const HEADER_LEN: usize = 4;
const CRC_LEN: usize = 2;
const MIN_BYTES: usize = HEADER_LEN + CRC_LEN;
const BITS_PER_ANSWER: u32 = 3;
/// Code of a skipped item.
const SKIPPED: u8 = 5;
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Answers rebuilt from a link, in the order and length of the current item set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedAnswers {
    /// One slot per item of `current`, in `current` order.
    pub answers: Answers,
    /// Version of the item set the link was made with.
    pub from_version: u16,
    /// Answered items of the link's set that `current` no longer has (their answers are lost).
    pub dropped: usize,
    /// Items of `current` that the link's set did not have (they read as skipped).
    pub missing: usize,
}

/// Why a payload was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing to decode.
    Empty,
    /// Longer than [`MAX_PAYLOAD_LEN`].
    TooLong,
    /// A character outside base64url, or a final character no encoder produces.
    BadChars,
    /// Cut short: impossible length, or fewer bytes than the header and answers need.
    Truncated,
    /// The check value does not match: mistyped or altered.
    Checksum,
    /// Made by a newer (or unknown) version of the link format.
    UnknownFormat,
    /// Made with an item set this build does not know.
    UnknownItemSet,
    /// Well-formed but with impossible content: answer value 6 or 7, wrong answer count,
    /// extra bytes, or non-zero padding bits.
    OutOfRange,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LinkError::Empty => "the results link is empty",
            LinkError::TooLong => "the results link is too long",
            LinkError::BadChars => "the results link contains invalid characters",
            LinkError::Truncated => "the results link is incomplete",
            LinkError::Checksum => "the results link is damaged or mistyped",
            LinkError::UnknownFormat => "the results link was made by a newer version",
            LinkError::UnknownItemSet => "the results link was made with an unknown question set",
            LinkError::OutOfRange => "the results link contains invalid answers",
        })
    }
}

impl std::error::Error for LinkError {}

/// Packs `answers` for `set` into a payload.
///
/// One answer is written per item of `set`: if `answers` is shorter, the missing items are
/// written as skipped; if longer, the extra answers are ignored. A set with more than
/// [`MAX_ITEMS`] items cannot be represented: only its first [`MAX_ITEMS`] answers are
/// written, and [`decode`] rejects such a payload (count ≠ set length → `OutOfRange`)
/// rather than misreading it. Never panics.
pub fn encode(answers: &Answers, set: &ItemSet) -> String {
    let count = set.item_ids.len().min(MAX_ITEMS);
    let mut bytes = Vec::with_capacity(HEADER_LEN + packed_len(count) + CRC_LEN);
    bytes.push(FORMAT_VERSION);
    bytes.extend_from_slice(&set.version.to_be_bytes());
    bytes.push(u8::try_from(count).unwrap_or(u8::MAX));

    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    for i in 0..count {
        let code = match answers.get(i) {
            Some(v) => v.min(MAX),
            None => SKIPPED,
        };
        acc = (acc << BITS_PER_ANSWER) | u32::from(code);
        bits += BITS_PER_ANSWER;
        if bits >= 8 {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        bytes.push((acc << (8 - bits)) as u8);
    }

    let crc = crc16(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    base64_encode(&bytes)
}

/// Rebuilds answers from a payload made by [`encode`], in the order and length of
/// `current`. The link's item set is looked up by version in `current`, then `known_sets`.
/// See the module docs for the order of checks. Never panics.
pub fn decode(
    payload: &str,
    known_sets: &[ItemSet],
    current: &ItemSet,
) -> Result<SharedAnswers, LinkError> {
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_LEN {
        return Err(LinkError::TooLong);
    }
    let bytes = base64_decode(payload.as_bytes())?;

    if bytes.len() < MIN_BYTES {
        return Err(LinkError::Truncated);
    }
    let (body, crc) = bytes
        .split_last_chunk::<CRC_LEN>()
        .ok_or(LinkError::Truncated)?;
    if crc16(body) != u16::from_be_bytes(*crc) {
        return Err(LinkError::Checksum);
    }
    let (header, packed) = body
        .split_first_chunk::<HEADER_LEN>()
        .ok_or(LinkError::Truncated)?;
    let [format, v_hi, v_lo, count] = *header;
    if format != FORMAT_VERSION {
        return Err(LinkError::UnknownFormat);
    }
    let count = usize::from(count);
    let needed = packed_len(count);
    if packed.len() < needed {
        return Err(LinkError::Truncated);
    }
    if packed.len() > needed {
        return Err(LinkError::OutOfRange);
    }

    let version = u16::from_be_bytes([v_hi, v_lo]);
    let link_set = if current.version == version {
        current
    } else {
        known_sets
            .iter()
            .find(|s| s.version == version)
            .ok_or(LinkError::UnknownItemSet)?
    };
    if link_set.item_ids.len() != count {
        return Err(LinkError::OutOfRange);
    }

    let values = unpack(packed, count)?;
    Ok(remap(&values, link_set, current, version))
}

/// Reads `count` 3-bit answers; rejects codes 6-7 and non-zero padding bits.
fn unpack(packed: &[u8], count: usize) -> Result<Vec<Option<u8>>, LinkError> {
    let mut values = Vec::with_capacity(count);
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    for &byte in packed {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        while bits >= BITS_PER_ANSWER && values.len() < count {
            bits -= BITS_PER_ANSWER;
            let code = ((acc >> bits) & 0b111) as u8;
            acc &= (1 << bits) - 1;
            values.push(match code {
                0..=MAX => Some(code),
                SKIPPED => None,
                _ => return Err(LinkError::OutOfRange),
            });
        }
    }
    // Lengths were checked, so all `count` answers were read and `acc` holds only padding.
    if values.len() != count || acc != 0 {
        return Err(LinkError::OutOfRange);
    }
    Ok(values)
}

/// Moves answers given in `link_set` order into `current` order, by item id.
fn remap(
    values: &[Option<u8>],
    link_set: &ItemSet,
    current: &ItemSet,
    version: u16,
) -> SharedAnswers {
    // Linear look-ups: sets hold at most 255 items, and a hash map would cost the WASM
    // more bytes than it saves time. As before, an id's first occurrence wins.
    let pairs: Vec<(&str, Option<u8>)> =
        link_set.item_ids.iter().copied().zip(values.iter().copied()).collect();
    let first = |id: &str| pairs.iter().find(|(other, _)| *other == id).map(|(_, v)| *v);

    let mut missing = 0;
    let mapped: Vec<Option<u8>> = current
        .item_ids
        .iter()
        .map(|id| match first(id) {
            Some(value) => value,
            None => {
                missing += 1;
                None
            }
        })
        .collect();
    let dropped = pairs
        .iter()
        .enumerate()
        .filter(|(i, (id, value))| {
            let first_occurrence = !pairs[..*i].iter().any(|(other, _)| other == id);
            first_occurrence && value.is_some() && !current.item_ids.contains(id)
        })
        .count();

    SharedAnswers {
        // Every value came from `unpack`, which only yields 0..=MAX.
        answers: Answers::from_values(mapped).unwrap_or_default(),
        from_version: version,
        dropped,
        missing,
    }
}

/// Bytes needed for `count` 3-bit answers.
const fn packed_len(count: usize) -> usize {
    (count * BITS_PER_ANSWER as usize).div_ceil(8)
}

/// Unpadded base64 length of `bytes` bytes.
const fn base64_len(bytes: usize) -> usize {
    (bytes * 8).div_ceil(6)
}

/// CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, not reflected, no final xor.
fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(base64_len(bytes.len()));
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        while bits >= 6 {
            bits -= 6;
            out.push(sextet_char(acc >> bits));
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        out.push(sextet_char(acc << (6 - bits)));
    }
    out
}

fn sextet_char(sextet: u32) -> char {
    ALPHABET
        .get((sextet & 0x3F) as usize)
        .map_or('A', |&c| char::from(c))
}

fn sextet_value(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Strict unpadded base64url: alphabet only, no 4k+1 lengths, zero trailing bits.
fn base64_decode(text: &[u8]) -> Result<Vec<u8>, LinkError> {
    if text.iter().any(|&c| sextet_value(c).is_none()) {
        return Err(LinkError::BadChars);
    }
    if text.len() % 4 == 1 {
        return Err(LinkError::Truncated);
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    for &c in text {
        acc = (acc << 6) | sextet_value(c).ok_or(LinkError::BadChars)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // Left-over bits (2 or 4) are padding in the last character: an encoder writes zeros.
    if acc != 0 {
        return Err(LinkError::BadChars);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_ccitt_false_check_value() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
        assert_eq!(crc16(b""), 0xFFFF);
    }

    #[test]
    fn base64_matches_rfc4648_vectors() {
        // RFC 4648 §10 vectors, without padding.
        for (raw, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64_encode(raw.as_bytes()), enc);
            assert_eq!(base64_decode(enc.as_bytes()), Ok(raw.as_bytes().to_vec()));
        }
        // URL-safe alphabet: 0xFB 0xFF -> "-_8".
        assert_eq!(base64_encode(&[0xFB, 0xFF]), "-_8");
        assert_eq!(base64_decode(b"Zh"), Err(LinkError::BadChars));
        assert_eq!(base64_decode(b"Zm9"), Err(LinkError::BadChars));
        assert_eq!(base64_decode(b"Zm9vY"), Err(LinkError::Truncated));
    }

    #[test]
    fn max_payload_len_is_the_255_answer_length() {
        assert_eq!(MAX_PAYLOAD_LEN, 136);
    }
}
