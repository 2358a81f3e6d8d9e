//! The shapes of the content files, as serde reads them. Every struct refuses unknown
//! fields, so a misspelt key stops the build instead of being ignored.
//!
//! | file | shape |
//! |---|---|
//! | `content/model.toml` | [`ModelFile`] |
//! | `content/item_sets.toml` | [`ItemSetsFile`] |
//! | `content/careers.toml` | [`CareersFile`] |
//! | `content/facts.toml` | [`FactsFile`] |
//! | `content/<lang>/items.toml` | [`LocaleItemsFile`] |
//! | `content/<lang>/ui.toml` | [`LocaleUiFile`] (a second career's: [`CareerUiFile`]) |
//! | `content/<lang>/careers.toml` | [`LocaleCareersFile`] |
//!
//! (`content/<lang>/guide.md` is Markdown: see `guide.rs`.)

use serde::Deserialize;
use std::collections::BTreeMap;

use crate::Error;

/// Reads one TOML file; `label` names it in the error (e.g. `content/model.toml`).
pub fn parse<T: for<'de> Deserialize<'de>>(text: &str, label: &str) -> Result<T, Error> {
    toml::from_str(text).map_err(|e| Error::new(format!("{label}: {e}")))
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    pub item_set: u16,
    /// The questionnaire's parts, in the order results list them.
    pub part: Vec<PartFile>,
    pub guide: GuideFile,
    pub bands: BandsFile,
    /// The target career's interest profile: R I A S E C, each 1 to 7.
    pub career_profile: BTreeMap<String, f64>,
    pub interests: InterestsFile,
    pub coverage: CoverageFile,
    pub quality: QualityFile,
    pub obstacle: Vec<ObstacleFile>,
    pub item: Vec<ItemFile>,
}

/// One `[[part]]` of the questionnaire.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartFile {
    pub id: String,
    /// `interest`, `statements` or `unscored` (`vocabulary::PART_KINDS`).
    pub kind: String,
    /// Share of the overall score (scored parts; all add up to 100); none for unscored parts.
    pub weight: Option<f64>,
}

/// `[guide]`: the section ids every language's guide has, in order.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideFile {
    pub sections: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterestsFile {
    pub far_area_weight: f64,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoverageFile {
    pub part_share: f64,
    pub area_answers: usize,
    pub keyed_share: f64,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QualityFile {
    pub yes_saying_mean: f64,
    pub no_saying_mean: f64,
    pub straight_line_share: f64,
    pub straight_line_min_answers: usize,
    pub flat_profile_range: f64,
    pub candour_claims: usize,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObstacleFile {
    pub id: String,
    #[serde(default)]
    pub rules_out: bool,
    pub prefer_job_zone_at_most: Option<u8>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandsFile {
    pub strong: f64,
    pub good: f64,
    pub mixed: f64,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemFile {
    pub id: String,
    pub part: String,
    pub area: Option<String>,
    pub scale: String,
    pub keyed: String,
    pub weight: Option<f64>,
    pub obstacle: Option<String>,
    pub deal_breaker_at: Option<u8>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemSetsFile {
    pub set: Vec<ItemSetFile>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemSetFile {
    pub version: u16,
    pub items: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareersFile {
    pub career: Vec<CareerFile>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareerFile {
    pub id: String,
    pub soc: String,
    pub code: String,
    pub profile: BTreeMap<String, f64>,
    pub job_zone: u8,
    #[serde(default)]
    pub requires: Vec<String>,
    pub guide_link: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactsFile {
    pub salary: SalaryFile,
    pub salary_bls: BlsFile,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryFile {
    pub low: u32,
    pub median: u32,
    pub high: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlsFile {
    pub median: u32,
    pub year: u16,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleItemsFile {
    pub scales: BTreeMap<String, ScaleFile>,
    pub parts: BTreeMap<String, String>,
    pub areas: BTreeMap<String, AreaText>,
    pub items: BTreeMap<String, String>,
    pub obstacles: BTreeMap<String, ObstacleText>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObstacleText {
    pub name: String,
    pub text: String,
    pub open: String,
    /// Said instead of `text` when another of its questions was answered clearly the
    /// career's way: the two answers disagree.
    pub disagree: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleFile {
    pub prompt: String,
    pub labels: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaText {
    pub name: String,
    pub short: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleUiFile {
    pub language: LanguageFile,
    pub ui: BTreeMap<String, String>,
    pub bands: BTreeMap<String, BandText>,
    pub job_zones: Vec<String>,
    pub next_steps: Vec<NextStepFile>,
}

/// A second career's `<lang>/ui.toml`: only the texts whose words differ from the app's
/// (`compile_career` fills the rest from the app's `content/<lang>/ui.toml`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareerUiFile {
    pub language: Option<LanguageFile>,
    #[serde(default)]
    pub ui: BTreeMap<String, String>,
    #[serde(default)]
    pub bands: BTreeMap<String, BandText>,
    pub job_zones: Option<Vec<String>>,
    pub next_steps: Option<Vec<NextStepFile>>,
}

/// `[language]` of a `<lang>/ui.toml`: what the app needs to know about the language itself.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    /// The language's name in itself (`English`, `Español`): the language switch shows it.
    pub name: String,
    /// How a guide paragraph that cites a source starts (`Source:`).
    pub source_keyword: String,
    /// Digit grouping (`,` in 39,624) and decimal mark (`.` in 0.54).
    pub thousands: String,
    pub decimal: String,
    /// In this language: said when its texts cannot be loaded and the page stays in the
    /// default language. Every language but the default (English, compiled in) needs it.
    pub unavailable: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandText {
    pub name: String,
    pub meaning: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextStepFile {
    pub text: String,
    pub guide: Option<String>,
    pub bands: Vec<String>,
    #[serde(default)]
    pub related: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleCareersFile {
    pub careers: BTreeMap<String, CareerText>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareerText {
    pub name: String,
    pub about: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_key_is_refused_with_its_place() {
        let err = parse::<FactsFile>(
            "[salary]\nlow = 1\nmedian = 2\nhigh = 3\nmedain = 2\n[salary_bls]\nmedian = 4\nyear = 2023\n",
            "content/facts.toml",
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "content/facts.toml: TOML parse error at line 5, column 1\n  |\n5 | medain = 2\n  | ^^^^^^\n\
             unknown field `medain`, expected one of `low`, `median`, `high`\n"
        );
    }

    #[test]
    fn a_missing_key_is_named() {
        let err = parse::<BandText>("name = \"Strong fit\"\n", "content/en/ui.toml").unwrap_err();
        assert_eq!(
            err.to_string(),
            "content/en/ui.toml: TOML parse error at line 1, column 1\n  |\n1 | name = \"Strong fit\"\n  | ^^^^^^^^^^^^^^^^^^^\n\
             missing field `meaning`\n"
        );
    }

    #[test]
    fn a_wrong_type_is_refused() {
        let err = parse::<ItemSetFile>("version = \"two\"\nitems = []\n", "content/item_sets.toml").unwrap_err();
        assert!(err.to_string().starts_with("content/item_sets.toml: TOML parse error at line 1, column 11"), "{err}");
        assert!(err.to_string().contains("invalid type: string \"two\", expected u16"), "{err}");
    }

    #[test]
    fn optional_fields_take_their_defaults() {
        let o: ObstacleFile = parse("id = \"blood\"\n", "x").unwrap();
        assert!(!o.rules_out);
        assert_eq!(o.prefer_job_zone_at_most, None);
        let step: NextStepFile = parse("text = \"t\"\nbands = [\"good\"]\n", "x").unwrap();
        assert!(!step.related && step.guide.is_none());
    }
}
