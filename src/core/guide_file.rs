//! A language's guide texts, loaded when a visitor first opens the guide (written by the
//! content compiler, `content-compiler/src/guide_file.rs`, which documents the format). The
//! sections' ids and titles are in the language file; this file holds what only the guide
//! screen shows, so a visit that never opens the guide never downloads it.
//!
//! Checked like a language file: first its hash against the one compiled into the app, then
//! its shape, with the sections (by id, in order) of the default language. Nothing here
//! panics; a good file is kept (leaked) for the rest of the visit.

use crate::core::career::Career;
use crate::core::content::{Block, GuideText, LanguageEntry};
use crate::core::language_file::{hash, Lines, LoadError};

/// The first line of every guide file, before the language tag (the content compiler's
/// `vocabulary::GUIDE_FILE_HEADER`; `tests/guide_file.rs` checks they agree).
pub const HEADER: &str = "MLT Fit guide file 1";

/// Reads a downloaded guide file of `entry`'s language: one `GuideText` a section of the
/// career's guide, in order.
pub fn load(career: &Career, entry: &LanguageEntry, text: String) -> Result<&'static [GuideText], LoadError> {
    if hash(&text) != entry.guide_hash {
        return Err(LoadError::WrongFile);
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let mut lines = Lines { lines: text.split('\n'), at: 0 };
    read(career, entry.lang, &mut lines).ok_or(LoadError::Damaged(lines.at))
}

fn read(career: &Career, lang: &str, r: &mut Lines) -> Option<&'static [GuideText]> {
    if r.text()?.strip_prefix(HEADER)?.strip_prefix(' ')? != lang {
        return None;
    }
    let sections = career.default_locale().guide;
    r.expect(sections.len())?;
    let mut ids = sections.iter().map(|s| s.id);
    let texts = r.list(sections.len(), |r| {
        let [id, lead] = r.texts::<2>()?;
        if ids.next() != Some(id) {
            return None;
        }
        let blocks = r.count()?;
        let blocks = r.list(blocks, |r| {
            let line = r.text()?;
            let rest = line.get(2..).unwrap_or("");
            Some(match (line.get(..2), line) {
                (Some("P "), _) => Block::Paragraph(rest),
                (Some("S "), _) => Block::Source(rest),
                (Some("L "), _) => Block::List(r.list(rest.parse().ok()?, Lines::text)?),
                (_, "C") => Block::SalaryChart,
                _ => return None,
            })
        })?;
        Some(GuideText { lead, blocks })
    })?;
    // `end`, then only the final line break.
    if r.text()? != "end" || r.text()? != "" || r.text().is_some() {
        return None;
    }
    Some(texts)
}
