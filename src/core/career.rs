//! A target career as one value: everything compiled in for it (scoring model, question
//! sets, related careers, figures and languages). The app, the views and the scoring take a
//! `&Career` rather than reaching for globals, so a second career is a second value: the
//! content compiler writes each as `CAREER` (see `core::content`).

use crate::core::answers::Answers;
use crate::core::content::Locale;
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
    /// One a language; the first (English, which the content compiler requires) is the default.
    pub locales: &'static [&'static Locale],
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
        self.item_sets.last().copied().unwrap_or(ItemSet {
            version: self.model.item_set,
            item_ids: &[],
        })
    }

    /// The locale for a language tag such as `es` or `en-US`; the default when unknown.
    pub fn locale(&self, tag: &str) -> &'static Locale {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        self.locales
            .iter()
            .copied()
            .find(|l| l.lang == primary)
            .unwrap_or(self.locales[0])
    }

    pub fn questions(&self) -> usize {
        self.model.items.len()
    }

    /// Scores answers (one slot per question) with this career's model and related careers.
    pub fn score(&self, answers: &Answers) -> FitResult {
        score_with(self.model, self.related, answers)
    }
}
