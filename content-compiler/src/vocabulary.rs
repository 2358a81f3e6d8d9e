//! The words the content files and the app share, defined once: questionnaire parts,
//! interest areas, result bands, guide sections, the guide's per-language keywords and the
//! facts of the results-link format that the end-to-end tests need.
//!
//! Each list is in the app's order: the position of a key here is the index the app uses
//! (`Part::index`, `Area::index`, `Band::index` in `src/core/model.rs`), and the second
//! name is the Rust variant the generated code writes. A variant that does not exist fails
//! the app's build; `tests/content_vocabulary.rs` checks the order against the app.

/// The scored parts of the questionnaire: (key in the content files, `Part` variant).
pub const PARTS: [(&str, &str); 4] =
    [("interest", "Interest"), ("work_style", "WorkStyle"), ("conditions", "Conditions"), ("practical", "Practical")];

/// Candour items are asked but never scored: they feed a response-quality check.
pub const CANDOUR: (&str, &str) = ("candour", "Candour");

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

/// Guide sections every language must have, in this order.
pub const GUIDE_SECTIONS: [&str; 10] =
    ["what", "duties", "settings", "education", "salary", "advancing", "certification", "online", "suits", "decision"];

/// Points on every answer scale (the app's `answers::MAX` is this minus 1).
pub const SCALE_POINTS: usize = 5;

/// O*NET Job Zones run from 1 to this.
pub const JOB_ZONES: u8 = 5;

/// How a guide paragraph that cites a source starts, per language. A language folder needs
/// an entry here before its guide can cite anything (e.g. `("es", "Fuente:")`).
pub const SOURCE_KEYWORDS: &[(&str, &str)] = &[("en", "Source:")];

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

/// The `Part` variant for a part key, candour included.
pub fn part_variant(key: &str) -> Option<&'static str> {
    PARTS.iter().chain([&CANDOUR]).find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The `Band` variant for a band key.
pub fn band_variant(key: &str) -> Option<&'static str> {
    BANDS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The band keys, in order.
pub fn band_keys() -> [&'static str; 7] {
    BANDS.map(|(k, _)| k)
}

/// The source keyword of a language, if it has one.
pub fn source_keyword(lang: &str) -> Option<&'static str> {
    SOURCE_KEYWORDS.iter().find(|(l, _)| *l == lang).map(|(_, k)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_the_keys_in_rust_case() {
        for (key, variant) in PARTS.iter().chain([&CANDOUR]).chain(BANDS.iter()) {
            let camel: String = key.split('_').map(|w| w[..1].to_uppercase() + &w[1..]).collect();
            assert_eq!(camel, *variant);
        }
    }

    #[test]
    fn look_ups_find_every_key_and_nothing_else() {
        assert_eq!(part_variant("work_style"), Some("WorkStyle"));
        assert_eq!(part_variant("candour"), Some("Candour"));
        assert_eq!(part_variant("Interest"), None);
        assert_eq!(band_variant("obstacle"), Some("Obstacle"));
        assert_eq!(band_variant("fair"), None);
        assert_eq!(band_keys()[0], "strong");
        assert_eq!(source_keyword("en"), Some("Source:"));
        assert_eq!(source_keyword("xx"), None);
    }

    #[test]
    fn lists_hold_no_duplicates() {
        let mut sections = GUIDE_SECTIONS.to_vec();
        sections.sort_unstable();
        sections.dedup();
        assert_eq!(sections.len(), GUIDE_SECTIONS.len());
        let mut areas = AREAS.to_vec();
        areas.sort_unstable();
        areas.dedup();
        assert_eq!(areas.len(), 6);
        assert_eq!(link::ALPHABET.len(), 64);
    }
}
