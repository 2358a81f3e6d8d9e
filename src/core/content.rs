//! The content, checked and compiled in at build time from `content/` (see build.rs): one
//! value, `CAREER` (the model, item sets, related careers, salary facts, the default
//! language's texts and the list of languages; `crate::core::career::MLT` names it), `Ui`,
//! the interface texts' struct, and `args`, one struct a message with placeholders. Every
//! language's texts are a language file (`core::language_file`): the default's is compiled
//! in and read on first use, the others are fetched on demand (natively they are compiled in
//! too, for tests: `Career::all_locales`).
//! `test_career` (native builds only) is a second, small career compiled the same way from
//! `tests/careers/dental-lab/`.

use crate::core::career::Career;
use crate::core::model::{
    Area, Band, BandLimits, CareerSpec, Coverage, ItemSet, ItemSpec, Keyed, Model, ObstacleSpec, PartKind, PartSpec,
    QualityLimits, SalaryFacts,
};
use std::sync::OnceLock;

use crate::core::text::{self, Args, Message, NumberMarks};

/// A language the widget offers: compiled in (the default) or a file to load on demand.
#[derive(Debug, PartialEq, Eq)]
pub struct LanguageEntry {
    /// Its tag, e.g. `es`.
    pub lang: &'static str,
    /// Its name in itself, e.g. `Español`: what the language switch shows.
    pub name: &'static str,
    /// The language file (`lang-es-<hash>.txt`, beside the page); `None` when compiled in.
    pub file: Option<&'static str>,
    /// FNV-1a 64 of the file's text (`core::language_file::hash`).
    pub hash: u64,
    /// The guide's texts (`guide-es-<hash>.txt`, beside the page), loaded when the guide opens.
    pub guide_file: &'static str,
    pub guide_hash: u64,
    /// In this language: said when its file cannot be loaded and the page stays in English.
    pub unavailable: &'static str,
}

/// Everything a visitor reads, in one language: read from its language file
/// (`core::language_file`).
#[derive(Debug)]
pub struct Locale {
    pub lang: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    /// Digit grouping and decimal mark.
    pub thousands: &'static str,
    pub decimal: &'static str,
    pub ui: Ui,
    /// Indexed by `ItemSpec::scale`.
    pub scales: &'static [ScaleText],
    /// Part names, indexed like `Model::parts` (and `ItemSpec::part`).
    pub parts: &'static [&'static str],
    /// Indexed by `Area::index`.
    pub areas: [AreaText; 6],
    /// Indexed like `Model::items`.
    pub items: &'static [&'static str],
    /// Indexed like `Model::obstacles`.
    pub obstacles: &'static [ObstacleText],
    /// Indexed by `Band::index`.
    pub bands: [BandText; 7],
    /// What each O*NET Job Zone means, Job Zone 1 first.
    pub job_zones: [&'static str; 5],
    pub next_steps: &'static [NextStep],
    /// Indexed like `Career::related`.
    pub careers: &'static [CareerText],
    pub guide: &'static [GuideSection],
}

#[derive(Debug)]
pub struct ScaleText {
    pub prompt: &'static str,
    pub labels: [&'static str; 5],
}

#[derive(Clone, Copy, Debug)]
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
    /// Said when no question about it was answered clearly (skipped, or "Not sure").
    pub open: &'static str,
    /// Said instead of `text` when the visitor's answers about it disagree (one a
    /// deal-breaker, another clearly the career's way).
    pub disagree: &'static str,
}

#[derive(Clone, Copy, Debug)]
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

/// A guide section as the language file has it: what the contents, the pagers and the
/// results' next steps show. Its texts come with the guide file (`GuideText`).
#[derive(Debug)]
pub struct GuideSection {
    pub id: &'static str,
    pub title: &'static str,
}

/// A guide section's texts, from the language's guide file (`core::guide_file`), loaded when
/// the guide is first opened.
#[derive(Debug, PartialEq)]
pub struct GuideText {
    /// One sentence under the title.
    pub lead: &'static str,
    pub blocks: &'static [Block],
}

#[derive(Debug, PartialEq)]
pub enum Block {
    Paragraph(&'static str),
    List(&'static [&'static str]),
    /// The salary range graphic, drawn from the career's `SalaryFacts`.
    SalaryChart,
    /// A citation shown under the text.
    Source(&'static str),
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// A second, small career ("Dental Laboratory Technician", illustrative figures), compiled
/// by build.rs from `tests/careers/dental-lab/` with the same rules as `content/`, to prove
/// that nothing in the core is tied to one career (`tests/second_career.rs`). Native builds
/// only: it never reaches the WASM.
#[cfg(not(target_arch = "wasm32"))]
pub mod test_career {
    use super::*;

    include!(concat!(env!("OUT_DIR"), "/test_career.rs"));
}

impl Locale {
    pub fn guide_index(&self, id: &str) -> Option<usize> {
        self.guide.iter().position(|s| s.id == id)
    }

    /// How this language writes numbers.
    pub fn marks(&self) -> NumberMarks<'static> {
        NumberMarks { lang: self.lang, thousands: self.thousands, decimal: self.decimal }
    }

    /// A message filled with its own values, in this language (plural forms, numbers).
    pub fn fill<A: Args>(&self, message: &Message<A>, args: A::With<'_>) -> String {
        self.format(message.text, A::values(args).as_ref())
    }

    /// `fill` without the types: one copy in the WASM, not one a message.
    #[inline(never)]
    fn format(&self, text: &str, values: &[text::Value]) -> String {
        text::format(text, values, &self.marks())
    }

    /// A whole number with this language's digit grouping.
    pub fn number(&self, n: usize) -> String {
        text::grouped(n, &self.marks())
    }

    /// Whole dollars, this language's way (`money` in `ui.toml`: `$39,624`).
    pub fn money(&self, amount: u32) -> String {
        self.fill(&self.ui.money(), args::Money { amount: amount as usize })
    }

    /// Names joined with this language's comma and "and" (`A, B and C`).
    pub fn list(&self, items: &[&str]) -> String {
        text::list(self.lang, items, self.ui.results_list_comma(), self.ui.results_list_and())
    }
}
