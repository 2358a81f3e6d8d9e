//! The content, checked and compiled in at build time from `content/` (see build.rs):
//! `MODEL`, `ITEM_SETS`, `CAREERS`, `SALARY` and one `Locale` a language in `LOCALES`.

use crate::core::model::{
    Area, Band, BandLimits, CareerSpec, Coverage, ItemSet, ItemSpec, Keyed, Model, ObstacleSpec, Part,
    QualityLimits, SalaryFacts,
};

/// Everything a visitor reads, in one language.
#[derive(Debug)]
pub struct Locale {
    pub lang: &'static str,
    pub ui: Ui,
    /// Indexed by `ItemSpec::scale`.
    pub scales: &'static [ScaleText],
    /// Indexed by `Part::index`.
    pub parts: [&'static str; 4],
    /// Indexed by `Area::index`.
    pub areas: [AreaText; 6],
    /// Indexed like `MODEL.items`.
    pub items: &'static [&'static str],
    /// Indexed like `MODEL.obstacles`.
    pub obstacles: &'static [ObstacleText],
    /// Indexed by `Band::index`.
    pub bands: [BandText; 7],
    /// What each O*NET Job Zone means, Job Zone 1 first.
    pub job_zones: [&'static str; 5],
    pub next_steps: &'static [NextStep],
    /// Indexed like `CAREERS`.
    pub careers: &'static [CareerText],
    pub guide: &'static [GuideSection],
}

#[derive(Debug)]
pub struct ScaleText {
    pub prompt: &'static str,
    pub labels: [&'static str; 5],
}

#[derive(Debug)]
pub struct AreaText {
    pub name: &'static str,
    pub short: &'static str,
}

#[derive(Debug)]
pub struct ObstacleText {
    /// Short, to finish "Your interests fit, but ...".
    pub name: &'static str,
    /// Said when the visitor's answer is the obstacle.
    pub text: &'static str,
    /// Said when the visitor skipped every question about it.
    pub open: &'static str,
}

#[derive(Debug)]
pub struct BandText {
    pub name: &'static str,
    pub meaning: &'static str,
}

#[derive(Debug)]
pub struct NextStep {
    pub text: &'static str,
    /// Guide section id the step links to.
    pub guide: Option<&'static str>,
    pub bands: &'static [Band],
    /// The step is about the related careers: shown only when some are.
    pub related: bool,
}

#[derive(Debug)]
pub struct CareerText {
    pub name: &'static str,
    pub about: &'static str,
}

#[derive(Debug)]
pub struct GuideSection {
    pub id: &'static str,
    pub title: &'static str,
    /// One sentence for the table of contents.
    pub lead: &'static str,
    pub blocks: &'static [Block],
}

#[derive(Debug)]
pub enum Block {
    Paragraph(&'static str),
    List(&'static [&'static str]),
    /// The salary range graphic, drawn from `SALARY`.
    SalaryChart,
    /// A citation shown under the text.
    Source(&'static str),
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

impl Locale {
    /// The locale for a language tag such as `es` or `en-US`; English when unknown.
    pub fn for_lang(tag: &str) -> &'static Locale {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        LOCALES.iter().copied().find(|l| l.lang == primary).unwrap_or(LOCALES[0])
    }

    pub fn guide_index(&self, id: &str) -> Option<usize> {
        self.guide.iter().position(|s| s.id == id)
    }
}

/// The current question set, as results links store it.
pub fn current_item_set() -> ItemSet<'static> {
    // build.rs guarantees the last set is today's items.
    ITEM_SETS.last().copied().unwrap_or(ItemSet { version: MODEL.item_set, item_ids: &[] })
}
