//! Hand-in codes: a results payload (`core::link`) shown in groups of four characters, so a
//! student can read it aloud to a counselor or type it into a form, e.g.
//! `AQAC O5BB BBII BIJA ABBJ IAAJ IIIB ABIJ IAIA MQI`.
//!
//! The code *is* the payload: no second format, no look-up table, nothing stored anywhere.
//! Grouping only adds separators, which [`parse`] removes again.
//!
//! **Look-alike characters need no special alphabet.** Codes use base64url, which has
//! look-alikes (0/O, 1/l/I). That is safe because the payload ends with a CRC-16 that
//! catches every change confined to one character, or to two neighbouring ones (the proof
//! is in `core::link`): typing `O` for `0`, `l` for `1` or any other wrong character gives
//! an error message ("damaged or mistyped"), never someone else's results. The UI says so in
//! the sentence under [`CHECK_NOTE_KEY`]. [`parse`] never guesses a correction: trying
//! look-alike swaps until the check value fits could land on wrong results.
//!
//! **Case matters.** base64url is case-sensitive: `a` and `A` are different characters, so
//! a code must be typed exactly, capitals and small letters as shown ([`CASE_NOTE_KEY`]). A
//! wrong case is one more mistyped character, caught like any other.
//!
//! **What [`parse`] accepts around the code**: spaces, tabs, line breaks and dashes between
//! groups (typed, or broken across lines by an e-mail program), typographic dashes that
//! phones put in (– — ‑ −), a label before a colon (`Code: AQAC …`) and junk around it
//! (quotes, brackets, a trailing period). `-` is also a payload character, so a dash is read
//! as a separator only where a separator goes (after each full group of four); the CRC then
//! confirms the reading.

use crate::core::link::{decode, is_payload_char, LinkError, SharedAnswers, MAX_PAYLOAD_LEN};
use crate::core::model::ItemSet;

/// Characters per group.
pub const GROUP_LEN: usize = 4;

/// UI text key: the sentence that the code checks itself, e.g. "The code has a built-in
/// check: if a character is mistyped (say O for 0, or l for 1), you get an error message,
/// never someone else's results."
pub const CHECK_NOTE_KEY: &str = "hand_in_check_note";

/// UI text key: the sentence that case matters, e.g. "Type it exactly as shown: capital and
/// small letters are different."
pub const CASE_NOTE_KEY: &str = "hand_in_case_note";

/// Longest text [`parse`] looks at, in bytes: a grouped code of the longest payload with
/// generous junk around it. Longer text is refused as [`LinkError::TooLong`] before any work.
pub const MAX_CODE_TEXT: usize = 4 * MAX_PAYLOAD_LEN;

/// What goes between groups when a code is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Separator {
    /// `AQAC O5BB …`: the clearest to read aloud; the default.
    #[default]
    Space,
    /// `AQAC-O5BB-…`: for places that split text at spaces. A dash can also be part of a
    /// group (`-` is a payload character); [`parse`] tells them apart by position.
    Dash,
}

/// A code that was read: the payload as the link codec writes it, and what it decodes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandIn {
    /// The bare payload (no separators): the results link is `#/r/<payload>`.
    pub payload: String,
    pub shared: SharedAnswers,
}

/// The payload in groups of [`GROUP_LEN`] (the last may be shorter), for a UI that lays
/// groups out itself (one box each, monospace). Non-ASCII input is not a payload; it is
/// grouped by characters all the same, never split inside a character.
pub fn groups(payload: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(payload.len().div_ceil(GROUP_LEN));
    let mut start = 0;
    let mut count = 0;
    for (i, _) in payload.char_indices() {
        if count == GROUP_LEN {
            out.push(payload.get(start..i).unwrap_or(""));
            start = i;
            count = 0;
        }
        count += 1;
    }
    if start < payload.len() {
        out.push(payload.get(start..).unwrap_or(""));
    }
    out
}

/// The payload as a hand-in code: groups of four joined by `separator`.
pub fn format(payload: &str, separator: Separator) -> String {
    let sep = match separator {
        Separator::Space => " ",
        Separator::Dash => "-",
    };
    groups(payload).join(sep)
}

/// Reads a typed or pasted hand-in code (or a bare payload) and decodes it with the link
/// codec. Returns the codec's error when it cannot be read; never panics, and never looks
/// at more than [`MAX_CODE_TEXT`] bytes.
pub fn parse(text: &str, known_sets: &[ItemSet], current: &ItemSet) -> Result<HandIn, LinkError> {
    let (grouped, plain) = readings(text)?;
    let mut best: Option<LinkError> = None;
    for candidate in [grouped, Some(plain)].into_iter().flatten() {
        match decode(&candidate, known_sets, current) {
            Ok(shared) => return Ok(HandIn { payload: candidate, shared }),
            // Keep the error of the reading that got furthest through the codec's checks:
            // it is the likelier reading, and its message the more useful.
            Err(e) => {
                if best.is_none_or(|b| rank(e) > rank(b)) {
                    best = Some(e);
                }
            }
        }
    }
    Err(best.unwrap_or(LinkError::Empty))
}

/// Whether `text` looks like an attempt at a code (rather than a name, a heading or other
/// text), so that a class view can say "damaged or mistyped" for it and "not a result" for
/// the rest: inside the junk it starts with `A` (every payload does: byte 0, the format, is
/// below 4; or `a`, typed in small letters), has at least 8 payload characters and at most 2 others (typos such as `*`),
/// and is either one unbroken run or groups of at most [`GROUP_LEN`] characters.
pub fn looks_like_code(text: &str) -> bool {
    if text.len() > MAX_CODE_TEXT {
        return false;
    }
    let core = strip_junk(text);
    // Small `a` too: a code typed all in small letters is a mistyped code, and the counselor
    // should be told so rather than "not a result".
    if !core.starts_with(['A', 'a']) {
        return false;
    }
    let mut data = 0;
    let mut other = 0;
    let mut tokens = 0;
    let mut longest = 0;
    for token in core.split(is_separator_char).filter(|t| !t.is_empty()) {
        tokens += 1;
        for c in token.chars() {
            if is_payload_char(c) {
                data += 1;
            } else {
                other += 1;
            }
        }
        let runs = token.split(|c: char| c == '-' || !is_payload_char(c));
        longest = longest.max(runs.map(str::len).max().unwrap_or(0));
    }
    data >= 8 && other <= 2 && (tokens == 1 || longest <= GROUP_LEN)
}

/// The two ways to read `text`: with dashes at group boundaries taken as separators (only
/// when that differs from the plain reading), and with every `-` kept as a payload character.
fn readings(text: &str) -> Result<(Option<String>, String), LinkError> {
    if text.len() > MAX_CODE_TEXT {
        return Err(LinkError::TooLong);
    }
    let core = strip_junk(text);
    if core.is_empty() {
        return Err(LinkError::Empty);
    }
    let plain: String = core.chars().filter(|c| !is_separator_char(*c)).collect();
    let mut grouped = String::with_capacity(plain.len());
    for token in core.split(is_separator_char).filter(|t| !t.is_empty()) {
        if token == "-" {
            // A dash standing alone between groups: "AQAC - O5BB". Never a group: a payload
            // is never 4k+1 characters long, so its last group has at least two.
            continue;
        }
        let mut count = 0;
        for c in token.chars() {
            if c == '-' && count == GROUP_LEN {
                count = 0; // the separator after a full group
                continue;
            }
            if count == GROUP_LEN {
                count = 0;
            }
            grouped.push(c);
            count += 1;
        }
    }
    Ok(((grouped != plain).then_some(grouped), plain))
}

/// `text` without a label before a colon and without junk around the code.
fn strip_junk(text: &str) -> &str {
    // A colon is never part of a payload: whatever precedes the last one is a label.
    let after_label = text.rsplit(':').next().unwrap_or(text);
    after_label.trim_matches(|c: char| !is_payload_char(c))
}

/// Characters that can only be separators: whitespace and typographic dashes.
fn is_separator_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}')
}

/// Position of an error in the codec's order of checks: a later check means the text got
/// further as a payload.
fn rank(e: LinkError) -> usize {
    LinkError::ALL.iter().position(|x| *x == e).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_of_four_last_shorter() {
        assert_eq!(groups("AQACO5BBB"), ["AQAC", "O5BB", "B"]);
        assert_eq!(groups("AQAC"), ["AQAC"]);
        assert!(groups("").is_empty());
        assert_eq!(format("AQACO5BBB", Separator::Space), "AQAC O5BB B");
        assert_eq!(format("AQACO5BBB", Separator::Dash), "AQAC-O5BB-B");
        assert_eq!(groups("ééééé"), ["éééé", "é"]);
    }

    #[test]
    fn readings_take_dashes_as_separators_only_between_groups() {
        assert_eq!(readings("AQAC-O5-B-BBI").ok(), Some((Some("AQACO5-BBBI".into()), "AQAC-O5-B-BBI".into())));
        assert_eq!(readings("AQAC--O5B").ok(), Some((Some("AQAC-O5B".into()), "AQAC--O5B".into())));
        assert_eq!(readings("AQAC -O5B").ok(), Some((None, "AQAC-O5B".into())));
        assert_eq!(readings("AQAC - O5BB").ok(), Some((Some("AQACO5BB".into()), "AQAC-O5BB".into())));
        assert_eq!(readings(" Code: \"AQAC O5BB\". ").ok(), Some((None, "AQACO5BB".into())));
        assert_eq!(readings("..."), Err(LinkError::Empty));
    }

    #[test]
    fn code_like_text() {
        assert!(looks_like_code("AQAC O5BB BBII"));
        assert!(looks_like_code("AQACO5BBBBIIBIJAABBJ"));
        assert!(looks_like_code("AQAC-O5BB-BBII."));
        assert!(!looks_like_code("Ana Lopez"));
        assert!(!looks_like_code("Anna Maria Lopez"));
        assert!(!looks_like_code("AQAC"));
        assert!(!looks_like_code("Results link"));
        assert!(!looks_like_code("BQAC O5BB BBII"));
        assert!(looks_like_code("AQAC O5BB BB*I"));
        assert!(!looks_like_code("AQAC O5*B B**I"));
    }
}
