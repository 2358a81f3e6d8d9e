//! A target career as one value: everything compiled in for it (scoring model, question
//! sets, related careers, figures and languages). The app, the views and the scoring take a
//! `&Career` rather than reaching for globals, so a second career is a second value: the
//! content compiler writes each as `CAREER` (see `core::content`).

use std::sync::OnceLock;

use crate::core::answers::Answers;
use crate::core::content::{LanguageEntry, Locale};
use crate::core::language_file;
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
    /// The default language (English, which the content compiler requires), compiled in as
    /// the text of its language file (`core::language_file`); read on first use.
    pub default_text: &'static str,
    pub default: OnceLock<&'static Locale>,
    /// Every language offered, the default first; those with a `file` are loaded on demand.
    pub languages: &'static [LanguageEntry],
    /// Natively (for tests): the other languages' files, compiled in, and read once.
    #[cfg(not(target_arch = "wasm32"))]
    pub other_texts: &'static [(&'static str, &'static str)],
    #[cfg(not(target_arch = "wasm32"))]
    pub others: OnceLock<Vec<&'static Locale>>,
    /// Natively (for tests): every language's guide file, compiled in.
    #[cfg(not(target_arch = "wasm32"))]
    pub guide_texts: &'static [(&'static str, &'static str)],
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

    /// The default language, read from its compiled-in text on first use.
    pub fn default_locale(&self) -> &'static Locale {
        self.default.get_or_init(|| language_file::read_default(self))
    }

    /// Natively (for tests): every language, the default first, the others read from their
    /// compiled-in files exactly as the app reads a downloaded one.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn all_locales(&self) -> Vec<&'static Locale> {
        let others = self.others.get_or_init(|| {
            self.other_texts
                .iter()
                .filter_map(|(lang, text)| {
                    let entry = self.language(lang)?;
                    language_file::load(self, entry, text.to_string()).ok()
                })
                .collect()
        });
        std::iter::once(self.default_locale()).chain(others.iter().copied()).collect()
    }

    /// Natively (for tests): the text of a language's guide file, as the app downloads it.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn guide_file_text(&self, lang: &str) -> Option<&'static str> {
        self.guide_texts.iter().find(|(l, _)| *l == lang).map(|(_, text)| *text)
    }

    /// Natively (for tests): a language's guide texts, read exactly as the app reads them.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn guide_text(&self, lang: &str) -> Option<&'static [crate::core::content::GuideText]> {
        let entry = self.language(lang)?;
        crate::core::guide_file::load(self, entry, self.guide_file_text(lang)?.to_string()).ok()
    }

    /// The language offered for a tag such as `es` or `es-US`, if any.
    pub fn language(&self, tag: &str) -> Option<&'static LanguageEntry> {
        self.languages.iter().find(|l| {
            let n = l.lang.len();
            tag.get(..n).is_some_and(|p| p.eq_ignore_ascii_case(l.lang))
                && matches!(tag.as_bytes().get(n), None | Some(b'-' | b'_'))
        })
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
