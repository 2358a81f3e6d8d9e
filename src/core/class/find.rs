//! Finding one student's result in a piece of pasted text (a line, or one cell of a row):
//! a full results link from any host (`…#/r/<payload>`), a bare payload, or a hand-in code
//! in groups, possibly with a name or label before it (`Ana: AQAC O5BB …`, `Ana AQAC …`).
//!
//! It tells apart three outcomes, so the class view can say the right thing about a line:
//! a result; an attempt at one that the link codec refused (its error: "damaged or
//! mistyped", "incomplete", …); and text that is no attempt at all (a heading, a note).

use crate::core::hand_in::{self, looks_like_code};
use crate::core::link::{self, is_payload_char, LinkError, SharedAnswers};
use crate::core::model::ItemSet;

/// Where a results link's payload starts: the results route's fragment (`core::route`).
pub const LINK_MARKER: &str = "#/r/";

/// Longest name shown for a student from a pasted row, in characters (names inside a link
/// are held to 24 bytes by the codec; a spreadsheet's name column may be longer).
pub const MAX_DISPLAY_NAME: usize = 60;

/// Name or label prefixes tried before a code (`Ana Maria Lopez AQAC …`): a bounded number,
/// so a long line of words costs little.
const MAX_PREFIX_WORDS: usize = 4;

/// What a piece of text holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// A result: the canonical payload, what it decodes to, and a name written before it.
    Result { payload: String, shared: SharedAnswers, prefix: Option<String> },
    /// Something that looks like a link or a code, but the codec refused it.
    Attempt(LinkError),
    /// No link and nothing like a code.
    Nothing,
}

/// Looks for a results link first, then a hand-in code. Never panics; the work is linear in
/// the text's length (the caller bounds that).
pub fn find_result(text: &str, known_sets: &[ItemSet], current: &ItemSet) -> Found {
    if let Some(at) = text.find(LINK_MARKER) {
        let rest = text.get(at + LINK_MARKER.len()..).unwrap_or("");
        let end = rest.find(|c: char| !is_payload_char(c)).unwrap_or(rest.len());
        let payload = rest.get(..end).unwrap_or("");
        // The link is the whitespace-delimited word holding the marker; before it, a name.
        let before = text.get(..at).unwrap_or("");
        let word_start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        return match link::decode(payload, known_sets, current) {
            Ok(shared) => Found::Result {
                payload: payload.to_string(),
                shared,
                prefix: display_name(before.get(..word_start).unwrap_or("")),
            },
            Err(e) => Found::Attempt(e),
        };
    }
    find_code(text, known_sets, current)
}

/// A hand-in code or bare payload, after an optional label (`Ana:`) or a few words.
fn find_code(text: &str, known_sets: &[ItemSet], current: &ItemSet) -> Found {
    let mut attempt: Option<LinkError> = None;
    let mut tries: Vec<(&str, &str)> = Vec::with_capacity(MAX_PREFIX_WORDS + 2);
    if let Some((label, code)) = text.rsplit_once(':') {
        tries.push((label, code));
    }
    for start in word_starts(text).take(MAX_PREFIX_WORDS + 1) {
        tries.push((text.get(..start).unwrap_or(""), text.get(start..).unwrap_or("")));
    }
    for (prefix, code) in tries {
        if !looks_like_code(code) {
            continue;
        }
        match hand_in::parse(code, known_sets, current) {
            Ok(read) => {
                return Found::Result { payload: read.payload, shared: read.shared, prefix: display_name(prefix) };
            }
            Err(e) => {
                // The first reading that looked like a code is the one the counselor meant.
                attempt.get_or_insert(e);
            }
        }
    }
    attempt.map_or(Found::Nothing, Found::Attempt)
}

/// Byte offsets where whitespace-separated words start.
fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev_space = true;
    text.char_indices().filter_map(move |(i, c)| {
        let start = prev_space && !c.is_whitespace();
        prev_space = c.is_whitespace();
        start.then_some(i)
    })
}

/// A pasted name made safe to show and to write into a CSV file: control and invisible
/// characters become spaces, runs of spaces one space, separators and quotes around it go
/// (`Ana -`, `"Ana"`, the `'` our own CSV export puts before `= + - @`), and it is cut to
/// [`MAX_DISPLAY_NAME`] characters. `None` when nothing is left.
pub fn display_name(raw: &str) -> Option<String> {
    let mut out = String::new();
    for word in raw.split(|c: char| c.is_whitespace() || link::is_refused_in_name(c)) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let junk =
        |c: char| matches!(c, ':' | '-' | '–' | '—' | ',' | ';' | '|' | '"' | '\'' | '“' | '”' | '‘' | '’' | '<' | '>');
    // Quotes include the apostrophe our CSV export puts before `= + - @` (formula guard).
    let trimmed = out.trim_matches(|c: char| junk(c) || c.is_whitespace());
    let end = trimmed.char_indices().nth(MAX_DISPLAY_NAME).map_or(trimmed.len(), |(i, _)| i);
    let name = trimmed.get(..end).unwrap_or("").trim_end();
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_are_cleaned() {
        assert_eq!(display_name("  Ana   Lopez "), Some("Ana Lopez".into()));
        assert_eq!(display_name("Ana -"), Some("Ana".into()));
        assert_eq!(display_name("\"Ana\","), Some("Ana".into()));
        assert_eq!(display_name("Ana\u{202E}\tB"), Some("Ana B".into()));
        assert_eq!(display_name(" : - "), None);
        assert_eq!(display_name("'-Ana"), Some("Ana".into()));
        assert_eq!(display_name("O'Brien"), Some("O'Brien".into()));
        assert_eq!(display_name(""), None);
        assert_eq!(display_name(&"x".repeat(100)).map(|n| n.chars().count()), Some(MAX_DISPLAY_NAME));
    }

    #[test]
    fn word_starts_skip_runs_of_spaces() {
        assert_eq!(word_starts("ab  c d").collect::<Vec<_>>(), [0, 4, 6]);
        assert_eq!(word_starts("  x").collect::<Vec<_>>(), [2]);
    }
}
