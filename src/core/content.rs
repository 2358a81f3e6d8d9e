//! The content, checked and compiled in at build time from `content/` (see build.rs): one
//! value, `CAREER` (the model, item sets, related careers, salary facts and one `Locale` a
//! language; `crate::core::career::MLT` names it), and `Ui`, the interface texts' struct.
//! `test_career` (native builds only) is a second, small career compiled the same way from
//! `tests/careers/dental-lab/`.

use crate::core::career::Career;
use crate::core::model::{
    Area, Band, BandLimits, CareerSpec, Coverage, ItemSet, ItemSpec, Keyed, Model, ObstacleSpec,
    PartKind, PartSpec, QualityLimits, SalaryFacts,
};

/// Everything a visitor reads, in one language.
#[derive(Debug)]
pub struct Locale {
    pub lang: &'static str,
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
}
