//! The words the content files and the app share, defined once: kinds of questionnaire
//! part, interest areas, result bands, each language's plural forms, the language file's
//! header and the facts of the results-link format that the end-to-end tests need. (Each
//! language declares its own guide keyword and number marks in `[language]` of its `ui.toml`.) (The parts themselves and the guide's
//! sections are a career's own data: `[[part]]` and `[guide]` in its `model.toml`.)
//!
//! Each list is in the app's order: the position of a key here is the index the app uses
//! (`Area::index`, `Band::index` in `src/core/model.rs`), and the second name is the Rust
//! variant the generated code writes. A variant that does not exist fails the app's build;
//! `tests/content_vocabulary.rs` checks the order against the app.

/// Kinds of questionnaire part (`kind` of a `[[part]]`): (key, `PartKind` variant).
///  interest   : exactly one part; its items are activities, each in a RIASEC area, scored
///               against the career's interest profile
///  statements : agree-scale statements keyed both ways, scored by their keying
///  unscored   : asked, never scored (candour claims: they feed a response-quality check)
pub const PART_KINDS: [(&str, &str); 3] =
    [("interest", "Interest"), ("statements", "Statements"), ("unscored", "Unscored")];

/// The six Holland (RIASEC) interest areas, in hexagon order; also the `Area` variants.
pub const AREAS: [&str; 6] = ["R", "I", "A", "S", "E", "C"];

/// Result bands: (key in content/<lang>/ui.toml, `Band` variant).
pub const BANDS: [(&str, &str); 7] = [
    ("strong", "Strong"),
    ("good", "Good"),
    ("mixed", "Mixed"),
    ("low", "Low"),
    ("unknown", "Unknown"),
    ("unclear", "Unclear"),
    ("obstacle", "Obstacle"),
];

/// Points on every answer scale (the app's `answers::MAX` is this minus 1).
pub const SCALE_POINTS: usize = 5;

/// O*NET Job Zones run from 1 to this.
pub const JOB_ZONES: u8 = 5;

/// The language every text key is defined in, compiled into the app; the others are loaded
/// when a visitor picks them (see `emit::language_file`).
pub const DEFAULT_LANGUAGE: &str = "en";

/// The CLDR plural categories of each language the app knows, for whole numbers
/// (`core::text::plural` implements each rule; `tests/plurals.rs` checks both against CLDR).
/// A message's `{n, plural, …}` gives exactly these forms. A new language needs its entry here
/// and its rule in `core::text::plural`.
pub const PLURAL_FORMS: &[(&str, &[&str])] = &[("en", &["one", "other"]), ("es", &["one", "many", "other"])];

/// The first line of a language file (`emit::language_file`, read by `core::language_file`),
/// followed by a space and the language tag.
pub const LANGUAGE_FILE_HEADER: &str = "MLT Fit language file 1";

/// The first line of a guide file (`guide_file`, read by `core::guide_file`), followed by a
/// space and the language tag.
pub const GUIDE_FILE_HEADER: &str = "MLT Fit guide file 1";

/// The paragraph that stands for the salary graphic in a guide, in every language.
pub const SALARY_CHART: &str = "[salary-chart]";

/// The facts of results-link format 1 (`src/core/link.rs`) that tests outside Rust need.
pub mod link {
    /// Byte 0 of every payload.
    pub const FORMAT_VERSION: u8 = 1;
    /// Format byte, item-set version (2 bytes), answer count.
    pub const HEADER_BYTES: usize = 4;
    /// Each answer takes this many bits, most significant bit first.
    pub const BITS_PER_ANSWER: usize = 3;
    /// The code of a skipped item (0..=4 are the answers).
    pub const SKIPPED_CODE: u8 = 5;
    /// CRC-16/CCITT-FALSE of everything before it, big-endian.
    pub const CRC_BYTES: usize = 2;
    /// base64url without padding.
    pub const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
}

/// The `PartKind` variant for a kind key.
pub fn part_kind_variant(key: &str) -> Option<&'static str> {
    PART_KINDS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The `Band` variant for a band key.
pub fn band_variant(key: &str) -> Option<&'static str> {
    BANDS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The band keys, in order.
pub fn band_keys() -> [&'static str; 7] {
    BANDS.map(|(k, _)| k)
}

/// The plural categories of a language, if the app knows its rule.
pub fn plural_forms(lang: &str) -> Option<&'static [&'static str]> {
    PLURAL_FORMS.iter().find(|(l, _)| *l == lang).map(|(_, f)| *f)
}

/// A text key or placeholder name: lower-case letters, digits and `_`, starting with a
/// letter, so it can be a Rust field name as it is (`[ui]` and `[class]` keys, `{name}`).
pub fn is_field_name(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_the_keys_in_rust_case() {
        for (key, variant) in PART_KINDS.iter().chain(BANDS.iter()) {
            let camel: String = key.split('_').map(|w| w[..1].to_uppercase() + &w[1..]).collect();
            assert_eq!(camel, *variant);
        }
    }

    #[test]
    fn look_ups_find_every_key_and_nothing_else() {
        assert_eq!(part_kind_variant("statements"), Some("Statements"));
        assert_eq!(part_kind_variant("unscored"), Some("Unscored"));
        assert_eq!(part_kind_variant("Interest"), None);
        assert_eq!(part_kind_variant("candour"), None);
        assert_eq!(band_variant("obstacle"), Some("Obstacle"));
        assert_eq!(band_variant("fair"), None);
        assert_eq!(band_keys()[0], "strong");
        assert_eq!(plural_forms("es"), Some(&["one", "many", "other"][..]));
        assert_eq!(plural_forms("xx"), None);
    }

    #[test]
    fn lists_hold_no_duplicates() {
        let mut areas = AREAS.to_vec();
        areas.sort_unstable();
        areas.dedup();
        assert_eq!(areas.len(), 6);
        assert_eq!(link::ALPHABET.len(), 64);
    }
}
