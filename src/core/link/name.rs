//! The optional name or initials a student can put into their results link (link format 2),
//! so a counselor collecting many links can tell them apart.
//!
//! The name is *in the link*: anyone who has the link can read it. The results screen must
//! say so where the name is typed, and it must never be required ([`NAME_IN_LINK_KEY`]).
//!
//! Rules, the same for the encoder and the decoder, so every accepted name has exactly one
//! form and a decoded link re-encodes to itself:
//! - surrounding whitespace is trimmed; an empty result means "no name" (a format 1 link);
//! - at most [`MAX_NAME_BYTES`] bytes of UTF-8 after trimming (24 bytes: 24 Latin letters,
//!   about 12 accented ones, 8 CJK characters), so the link and the hand-in code stay short;
//! - control characters and invisible formatting characters are refused: a name is shown in
//!   a counselor's table and written into a CSV file, where a line break, a tab or a
//!   right-to-left override would break the layout or disguise the text.

use std::fmt;

/// Longest name a link carries, in UTF-8 bytes, after trimming.
pub const MAX_NAME_BYTES: usize = 24;

/// UI text key: the sentence beside the name field saying that the name goes into the link
/// and is optional, e.g. "Optional. Your name or initials will be part of the link: anyone
/// with the link can see them."
pub const NAME_IN_LINK_KEY: &str = "hand_in_name_in_link";

/// Why a typed name cannot go into a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameError {
    /// More than [`MAX_NAME_BYTES`] bytes after trimming.
    TooLong,
    /// A control or invisible formatting character (line break, tab, zero-width space,
    /// direction override, ...).
    BadChar,
    /// The question set is so long that the link has no room for this name (possible only
    /// for sets of more than 189 items; today's sets have about 60).
    NoRoom,
}

impl NameError {
    /// Stable key for the UI's text (the UI holds the words in each language).
    pub fn key(self) -> &'static str {
        match self {
            NameError::TooLong => "name_too_long",
            NameError::BadChar => "name_bad_char",
            NameError::NoRoom => "name_no_room",
        }
    }
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NameError::TooLong => "the name is too long",
            NameError::BadChar => "the name contains a character that cannot be used",
            NameError::NoRoom => "this question set leaves no room for a name",
        })
    }
}

impl std::error::Error for NameError {}

/// The name as a link would carry it: trimmed; `Ok(None)` when nothing is left (no name is
/// fine, never an error). The UI can call this on every keystroke to show a message.
pub fn clean_name(input: &str) -> Result<Option<String>, NameError> {
    let name = input.trim();
    if name.is_empty() {
        return Ok(None);
    }
    // Characters first: a pasted paragraph with a line break says "bad character", which is
    // the more useful message.
    if name.chars().any(is_refused) {
        return Err(NameError::BadChar);
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(NameError::TooLong);
    }
    Ok(Some(name.to_string()))
}

/// The longest prefix of `input` (trimmed at the start) that fits [`MAX_NAME_BYTES`],
/// cut at a character boundary: for a text field that stops accepting characters at the
/// limit rather than showing an error.
pub fn fit_name(input: &str) -> &str {
    let s = input.trim_start();
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if i + c.len_utf8() > MAX_NAME_BYTES {
            break;
        }
        end = i + c.len_utf8();
    }
    s.get(..end).unwrap_or("")
}

/// Control characters (Unicode Cc: C0, DEL, C1) and the invisible format characters that
/// can hide or reorder text: soft hyphen, Arabic letter mark, Mongolian vowel separator,
/// zero-width characters, line and paragraph separators, bidirectional embeddings, overrides
/// and isolates, word joiner and invisible operators, the byte-order mark, interlinear
/// annotation marks, and tag characters.
pub(crate) fn is_refused(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_optional() {
        assert_eq!(clean_name(""), Ok(None));
        assert_eq!(clean_name("   "), Ok(None));
        assert_eq!(clean_name("  Ana B. "), Ok(Some("Ana B.".into())));
        assert_eq!(clean_name("José Núñez"), Ok(Some("José Núñez".into())));
    }

    #[test]
    fn limits_are_in_bytes_after_trimming() {
        assert_eq!(clean_name(&"a".repeat(24)), Ok(Some("a".repeat(24))));
        assert_eq!(clean_name(&format!("  {}  ", "a".repeat(24))), Ok(Some("a".repeat(24))));
        assert_eq!(clean_name(&"a".repeat(25)), Err(NameError::TooLong));
        assert_eq!(clean_name(&"é".repeat(12)), Ok(Some("é".repeat(12))));
        assert_eq!(clean_name(&"é".repeat(13)), Err(NameError::TooLong));
    }

    #[test]
    fn control_and_invisible_characters_are_refused() {
        for bad in [
            "Ana\nB",
            "Ana\tB",
            "A\u{0}",
            "A\u{7F}",
            "A\u{85}B",
            "A\u{200B}B",
            "A\u{202E}B",
            "A\u{FEFF}B",
            "A\u{2028}B",
        ] {
            assert_eq!(clean_name(bad), Err(NameError::BadChar), "{bad:?}");
        }
        // A name that is too long *and* has a bad character reports the character.
        assert_eq!(clean_name(&format!("{}\n{}", "a".repeat(20), "b".repeat(20))), Err(NameError::BadChar));
    }

    #[test]
    fn fit_name_cuts_at_a_character_boundary() {
        assert_eq!(fit_name("  Ana"), "Ana");
        assert_eq!(fit_name(&"é".repeat(20)), "é".repeat(12));
        assert_eq!(fit_name(&"a".repeat(30)), "a".repeat(24));
        assert_eq!(fit_name(&format!("{}€", "a".repeat(22))), "a".repeat(22));
    }
}
