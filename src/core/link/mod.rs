//! Results links: a visitor's answers packed into a short, URL-safe payload that goes in
//! the URL fragment (`#/r/<payload>`), so opening the link on any device rebuilds the same
//! results. Pure std, no dependencies; never panics on any input.
//!
//! # Byte layout (format version 1: no name)
//!
//! ```text
//! byte 0          format version, 1
//! bytes 1..=2     item-set version (`ItemSet::version`), u16 big-endian
//! byte 3          answer count n: the number of items in that item set (0..=255)
//! next ⌈3n/8⌉     the answers, 3 bits each, in the set's item order, most significant bit
//!                 first: 0..=4 = the answer, 5 = skipped, 6 and 7 are invalid. The unused
//!                 low bits of the last answer byte must be zero.
//! last 2 bytes    CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final
//!                 xor) of every byte before it, big-endian
//! ```
//!
//! # Byte layout (format version 2: format 1 plus a name)
//!
//! ```text
//! byte 0          format version, 2
//! bytes 1..=3     item-set version and answer count, as in format 1
//! byte 4          name length L in bytes, 1..=24 (`MAX_NAME_BYTES`)
//! next ⌈3n/8⌉     the answers, as in format 1
//! next L bytes    the name, UTF-8, following the rules of `name.rs` (trimmed, no control
//!                 or invisible characters)
//! last 2 bytes    CRC-16/CCITT-FALSE of every byte before it, so it covers the name too
//! ```
//!
//! Format 2 exists only with a name: a link without one is always format 1, byte for byte
//! what this codec wrote before names existed ([`encode`] is unchanged), so old links, the
//! README's example and every stored fixed vector still hold. The length sits in the
//! header, before the answers, so the header alone fixes the payload's exact length.
//!
//! The bytes are then written as base64url (`A-Z a-z 0-9 - _`) without padding. 48 answers
//! take 4 + 18 + 2 = 24 bytes = 32 characters; the longest possible payload (255 answers)
//! is [`MAX_PAYLOAD_LEN`] = 136 characters. That cap holds for both formats: a name that
//! would make a payload longer is refused by [`encode_named`] ([`NameError::NoRoom`]),
//! which cannot happen below 190 items (today's set has 59: 39 characters, at most 72 with
//! a 24-byte name).
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
//! itself (as [`LinkError::Checksum`]: to a visitor it is the same failed check). A character
//! outside the alphabet is rejected as [`LinkError::BadChars`]. A
//! truncated or lengthened link changes the byte count, which the structure checks (base64
//! length, minimum size, answer count vs. data length) reject independently of the CRC.
//!
//! The argument holds unchanged for format 2. It depends neither on the message's length
//! nor on what its bytes mean, only on each character owning 6 fixed bits of one codeword
//! that the CRC closes: the name length byte and the name's bytes are inside that codeword,
//! so a changed character there is a burst of ≤ 6 bits like any other, and the name is as
//! well protected as the answers. A change that turns byte 0 from 1 into 2 (or back) is such
//! a burst too, so a named link never reads as an unnamed one or the reverse. For length
//! changes, format 2's header fixes the exact length (count and name length), just as
//! format 1's count does: a character inserted or removed after the header makes the length
//! disagree with the header (every deletion or insertion moves the byte count by one, or to
//! an impossible base64 length), and one inside the header is left to the CRC. This is also
//! what makes a hand-in code (`core::hand_in`: the same payload, in groups) safe to read out
//! and type: a mistyped character, a look-alike (0/O, 1/l/I) or a wrong case, is an error
//! message, never someone else's results.
//!
//! **Strict decoding.** Only the 64 alphabet characters are accepted (no padding, no
//! whitespace, no `+` `/`); a length of 4k+1 characters is impossible; the unused trailing
//! bits of the last character must be zero; a name must be exactly what the encoder writes
//! (trimmed, allowed characters, 1 to 24 bytes; a format 2 link with an empty name is
//! refused, as its encoding is format 1). So every byte string has exactly one encoding
//! and no two payloads decode to the same answers and name.
//!
//! # Checks, in order
//!
//! 1. empty → [`LinkError::Empty`]
//! 2. longer than [`MAX_PAYLOAD_LEN`] bytes → [`LinkError::TooLong`] (before any other work)
//! 3. a character outside the alphabet → [`LinkError::BadChars`]
//! 4. impossible base64 length → [`LinkError::Truncated`]; non-zero unused bits in the last
//!    character (a changed last character, or a link cut after it) → [`LinkError::Checksum`];
//!    fewer than 6 bytes → [`LinkError::Truncated`]
//! 5. CRC mismatch → [`LinkError::Checksum`]
//! 6. format byte other than 1 or 2 → [`LinkError::UnknownFormat`]
//! 7. (format 2) no name-length byte → [`LinkError::Truncated`]; a name length of 0 or over
//!    24 → [`LinkError::OutOfRange`]
//! 8. answer (and name) bytes shorter than the header says → [`LinkError::Truncated`];
//!    longer → [`LinkError::OutOfRange`]
//! 9. item-set version neither `current` nor in `known_sets` → [`LinkError::UnknownItemSet`]
//! 10. count different from that set's length, an answer value 6 or 7, non-zero unused
//!     bits after the last answer, or (format 2) a name that is not valid UTF-8 or breaks the
//!     name rules → [`LinkError::OutOfRange`]
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

mod base64;
mod crc;
mod id_index;
mod name;

use std::fmt;

use crate::core::answers::{Answers, MAX};
use crate::core::model::ItemSet;

pub use base64::is_payload_char;
use base64::{base64_decode, base64_encode, base64_len};
use crc::crc16;
use id_index::IdIndex;
pub(crate) use name::is_refused as is_refused_in_name;
pub use name::{clean_name, fit_name, NameError, MAX_NAME_BYTES, NAME_IN_LINK_KEY};

/// Format version of a link without a name (byte 0). Links without a name are always this.
pub const FORMAT_VERSION: u8 = 1;
/// Format version of a link that carries a name.
pub const FORMAT_VERSION_NAMED: u8 = 2;
/// Most items a link can carry (the count is one byte). Item sets must not be longer.
pub const MAX_ITEMS: usize = u8::MAX as usize;
/// Longest valid payload, in bytes (= characters, the alphabet being ASCII): the encoding
/// of [`MAX_ITEMS`] answers. Longer input is rejected before any decoding work. Named
/// payloads are held to the same cap.
pub const MAX_PAYLOAD_LEN: usize = base64_len(HEADER_LEN + packed_len(MAX_ITEMS) + CRC_LEN);

const HEADER_LEN: usize = 4;
/// Format 2's header: format 1's and the name length.
const NAMED_HEADER_LEN: usize = HEADER_LEN + 1;
const CRC_LEN: usize = 2;
const MIN_BYTES: usize = HEADER_LEN + CRC_LEN;
/// Most bytes a valid payload can have (the base64 of [`MAX_PAYLOAD_LEN`] characters).
const MAX_BYTES: usize = MAX_PAYLOAD_LEN * 6 / 8;
const BITS_PER_ANSWER: u32 = 3;
/// Code of a skipped item.
const SKIPPED: u8 = 5;

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
    /// The name or initials the student put in the link (format 2); `None` for format 1.
    pub name: Option<String>,
}

/// Why a payload was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing to decode.
    Empty,
    /// Longer than [`MAX_PAYLOAD_LEN`].
    TooLong,
    /// A character outside base64url.
    BadChars,
    /// Cut short: impossible length, or fewer bytes than the header and answers need.
    Truncated,
    /// The check value does not match, or the last character has bits no encoder writes:
    /// mistyped, altered, or cut after a character.
    Checksum,
    /// Made by a newer (or unknown) version of the link format.
    UnknownFormat,
    /// Made with an item set this build does not know.
    UnknownItemSet,
    /// Well-formed but with impossible content: answer value 6 or 7, wrong answer count,
    /// extra bytes, non-zero padding bits, or a name no encoder writes.
    OutOfRange,
}

impl LinkError {
    /// Every error, in the order of the checks.
    pub const ALL: [LinkError; 8] = [
        LinkError::Empty,
        LinkError::TooLong,
        LinkError::BadChars,
        LinkError::Truncated,
        LinkError::Checksum,
        LinkError::UnknownFormat,
        LinkError::UnknownItemSet,
        LinkError::OutOfRange,
    ];

    /// Stable key (class view, CSV, tests): `empty`, `too_long`, `bad_chars`, ...
    pub fn key(self) -> &'static str {
        match self {
            LinkError::Empty => "empty",
            LinkError::TooLong => "too_long",
            LinkError::BadChars => "bad_chars",
            LinkError::Truncated => "truncated",
            LinkError::Checksum => "checksum",
            LinkError::UnknownFormat => "unknown_format",
            LinkError::UnknownItemSet => "unknown_item_set",
            LinkError::OutOfRange => "out_of_range",
        }
    }
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

/// Packs `answers` for `set` into a payload (format 1, no name).
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
    pack_into(&mut bytes, answers, count);
    finish(bytes)
}

/// Packs `answers` for `set` with an optional name or initials (see [`clean_name`] for the
/// rules). A name that is empty after trimming gives exactly [`encode`]'s format 1 payload;
/// otherwise format 2. The name is readable by anyone with the link: the UI must say so.
/// Never panics.
pub fn encode_named(answers: &Answers, set: &ItemSet, name: &str) -> Result<String, NameError> {
    let Some(name) = clean_name(name)? else {
        return Ok(encode(answers, set));
    };
    let count = set.item_ids.len().min(MAX_ITEMS);
    let total = NAMED_HEADER_LEN + packed_len(count) + name.len() + CRC_LEN;
    if total > MAX_BYTES {
        return Err(NameError::NoRoom);
    }
    let mut bytes = Vec::with_capacity(total);
    bytes.push(FORMAT_VERSION_NAMED);
    bytes.extend_from_slice(&set.version.to_be_bytes());
    bytes.push(u8::try_from(count).unwrap_or(u8::MAX));
    // `clean_name` guarantees 1..=MAX_NAME_BYTES bytes.
    bytes.push(u8::try_from(name.len()).map_err(|_| NameError::TooLong)?);
    pack_into(&mut bytes, answers, count);
    bytes.extend_from_slice(name.as_bytes());
    Ok(finish(bytes))
}

/// Appends `count` answers, 3 bits each, most significant bit first, zero-padded.
fn pack_into(bytes: &mut Vec<u8>, answers: &Answers, count: usize) {
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
}

/// Appends the CRC and writes the bytes as base64url.
fn finish(mut bytes: Vec<u8>) -> String {
    let crc = crc16(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    base64_encode(&bytes)
}

/// Rebuilds answers (and the name, if any) from a payload made by [`encode`] or
/// [`encode_named`], in the order and length of `current`. The link's item set is looked up
/// by version in `current`, then `known_sets`. See the module docs for the order of checks.
/// Never panics.
pub fn decode(payload: &str, known_sets: &[ItemSet], current: &ItemSet) -> Result<SharedAnswers, LinkError> {
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
    let (body, crc) = bytes.split_last_chunk::<CRC_LEN>().ok_or(LinkError::Truncated)?;
    if crc16(body) != u16::from_be_bytes(*crc) {
        return Err(LinkError::Checksum);
    }
    let (header, rest) = body.split_first_chunk::<HEADER_LEN>().ok_or(LinkError::Truncated)?;
    let [format, v_hi, v_lo, count] = *header;
    let (name_len, packed) = match format {
        FORMAT_VERSION => (0, rest),
        FORMAT_VERSION_NAMED => {
            let (&len, packed) = rest.split_first().ok_or(LinkError::Truncated)?;
            let len = usize::from(len);
            if len == 0 || len > MAX_NAME_BYTES {
                return Err(LinkError::OutOfRange);
            }
            (len, packed)
        }
        _ => return Err(LinkError::UnknownFormat),
    };
    let count = usize::from(count);
    let needed = packed_len(count) + name_len;
    if packed.len() < needed {
        return Err(LinkError::Truncated);
    }
    if packed.len() > needed {
        return Err(LinkError::OutOfRange);
    }
    let (packed, name_bytes) = packed.split_at(packed_len(count));

    let version = u16::from_be_bytes([v_hi, v_lo]);
    let link_set = if current.version == version {
        current
    } else {
        known_sets.iter().find(|s| s.version == version).ok_or(LinkError::UnknownItemSet)?
    };
    if link_set.item_ids.len() != count {
        return Err(LinkError::OutOfRange);
    }

    let values = unpack(packed, count)?;
    let name = if format == FORMAT_VERSION_NAMED { Some(read_name(name_bytes)?) } else { None };
    let mut shared = remap(&values, link_set, current, version);
    shared.name = name;
    Ok(shared)
}

/// A name exactly as [`encode_named`] writes it, or `OutOfRange`.
fn read_name(bytes: &[u8]) -> Result<String, LinkError> {
    let text = std::str::from_utf8(bytes).map_err(|_| LinkError::OutOfRange)?;
    match clean_name(text) {
        Ok(Some(clean)) if clean == text => Ok(clean),
        _ => Err(LinkError::OutOfRange),
    }
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
fn remap(values: &[Option<u8>], link_set: &ItemSet, current: &ItemSet, version: u16) -> SharedAnswers {
    // As before, an id's first occurrence wins. `values` has one answer per id of `link_set`
    // (`decode` checked the count).
    let link_ids = link_set.item_ids.get(..values.len()).unwrap_or(link_set.item_ids);
    let link_index = IdIndex::new(link_ids);

    let mut missing = 0;
    let mapped: Vec<Option<u8>> = current
        .item_ids
        .iter()
        .map(|id| match link_index.get(id) {
            Some(i) => values.get(i).copied().flatten(),
            None => {
                missing += 1;
                None
            }
        })
        .collect();
    // A link of today's set (the usual case) drops nothing: every id it has, today has.
    let dropped = if std::ptr::eq(link_ids, current.item_ids) {
        0
    } else {
        let current_index = IdIndex::new(current.item_ids);
        link_ids
            .iter()
            .zip(values)
            .enumerate()
            .filter(|(i, (id, value))| {
                link_index.get(id) == Some(*i) && value.is_some() && current_index.get(id).is_none()
            })
            .count()
    };

    SharedAnswers {
        // Every value came from `unpack`, which only yields 0..=MAX.
        answers: Answers::from_values(mapped).unwrap_or_default(),
        from_version: version,
        dropped,
        missing,
        name: None,
    }
}

/// Bytes needed for `count` 3-bit answers.
const fn packed_len(count: usize) -> usize {
    (count * BITS_PER_ANSWER as usize).div_ceil(8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_payload_len_is_the_255_answer_length() {
        assert_eq!(MAX_PAYLOAD_LEN, 136);
        assert_eq!(MAX_BYTES, 102);
        assert_eq!(base64_len(MAX_BYTES), MAX_PAYLOAD_LEN);
    }

    #[test]
    fn a_full_length_name_fits_sets_up_to_189_items() {
        let ids: Vec<String> = (0..190).map(|i| format!("q{i}")).collect();
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let name = "n".repeat(MAX_NAME_BYTES);
        let fits = ItemSet { version: 1, item_ids: &refs[..189] };
        let payload = encode_named(&Answers::skipped(189), &fits, &name).unwrap_or_default();
        assert!(payload.len() <= MAX_PAYLOAD_LEN);
        assert_eq!(decode(&payload, &[], &fits).map(|s| s.name), Ok(Some(name.clone())));
        let too_big = ItemSet { version: 1, item_ids: &refs };
        assert_eq!(encode_named(&Answers::skipped(190), &too_big, &name), Err(NameError::NoRoom));
        assert!(encode_named(&Answers::skipped(190), &too_big, "AB").is_ok());
    }
}
