//! A target career as one value: everything compiled in for it (scoring model, question
//! sets, related careers, figures and languages). The app, the views and the scoring take a
//! `&Career` rather than reaching for globals, so a second career is a second value: the
//! content compiler writes each as `CAREER` (see `core::content`).

use crate::core::answers::Answers;
use crate::core::content::{LanguageEntry, Locale};
use crate::core::model::{CareerSpec, ItemSet, Model, SalaryFacts};
use crate::core::scoring::{score_with, FitResult};

/// Medical Laboratory Technician, compiled from `content/`: the app's career.
pub use crate::core::content::CAREER as MLT;

#[derive(Debug)]
pub struct Career {
    pub model: &'static Model,
    /// Every published question set, oldest first; the last is today's.
    pub item_sets: &'static [ItemSet<'static>],
    /// Careers the results can suggest.
    pub related: &'static [CareerSpec],
    pub salary: &'static SalaryFacts,
    /// The languages compiled in; the first (English, which the content compiler requires)
    /// is the default. Others are loaded on demand (`languages`, `core::language_file`).
    pub locales: &'static [&'static Locale],
    /// Every language offered, the default first; those with a `file` are loaded on demand.
    pub languages: &'static [LanguageEntry],
}

/// Careers are single statics: the same career is the same value.
impl PartialEq for Career {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Career {
    /// Today's question set, as results links store it.
    pub fn current_item_set(&self) -> ItemSet<'static> {
        self.item_sets.last().copied().unwrap_or(ItemSet { version: self.model.item_set, item_ids: &[] })
    }

    /// The compiled-in locale for a language tag such as `es` or `en-US`; the default when
    /// that language is not compiled in.
    pub fn locale(&self, tag: &str) -> &'static Locale {
        let primary = primary(tag);
        self.locales.iter().copied().find(|l| l.lang.eq_ignore_ascii_case(primary)).unwrap_or(self.locales[0])
    }

    /// The language offered for a tag such as `es` or `es-US`, if any.
    pub fn language(&self, tag: &str) -> Option<&'static LanguageEntry> {
        let primary = primary(tag);
        self.languages.iter().find(|l| l.lang.eq_ignore_ascii_case(primary))
    }

    /// The language to show: the embed option (`?lang=` / `data-lang`) when it is offered,
    /// else the first of the browser's preferred languages that is, else the default.
    pub fn pick_language(&self, option: Option<&str>, preferred: &[String]) -> Option<&'static LanguageEntry> {
        option
            .and_then(|tag| self.language(tag))
            .or_else(|| preferred.iter().find_map(|tag| self.language(tag)))
            .or(self.languages.first())
    }

    pub fn questions(&self) -> usize {
        self.model.items.len()
    }

    /// Scores answers (one slot per question) with this career's model and related careers.
    pub fn score(&self, answers: &Answers) -> FitResult {
        score_with(self.model, self.related, answers)
    }
}

/// The primary subtag of a language tag: `es-US` -> `es`.
fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or("")
}
