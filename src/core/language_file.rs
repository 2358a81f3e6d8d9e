//! A language loaded on demand: the text of its file (written by the content compiler,
//! `content-compiler/src/language_file.rs`, which documents the format: one text a line, in
//! `Locale` field order) turned into a `Locale` for the rest of the visit.
//!
//! The file is checked before it is trusted: its hash must be the one compiled into the app
//! (so a stale, cut-off or replaced file is refused whole: it is the very file the content
//! compiler checked, messages included), then its shape (header, counts, ids, the end line),
//! which only a file with a matching hash but another shape could fail. Nothing here panics; a bad file
//! is an `Err`, and the app stays in English with the language's own "could not load" note.
//! A good file is read once a visit and kept (leaked) as `&'static`, like the compiled-in
//! English: the text itself is leaked once and every string of the `Locale` points into it.

use crate::core::career::Career;
use crate::core::content::{
    AreaText, BandText, CareerText, GuideSection, LanguageEntry, Locale, NextStep, ObstacleText, ScaleText, Ui,
};
use crate::core::model::Band;

/// The first line of every language file, before the language tag (the content compiler's
/// `vocabulary::LANGUAGE_FILE_HEADER`; `tests/language_file.rs` checks they agree).
pub const HEADER: &str = "MLT Fit language file 1";

/// Why a language file was refused (for the console; the visitor is told plainly).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The download failed (no network, not found).
    NotLoaded,
    /// The text is not the file this build made (hash mismatch): cut off, stale or replaced.
    WrongFile,
    /// The text has the right hash but not the right shape, at this line (1-based).
    Damaged(usize),
}

impl LoadError {
    /// What became of the file, for the console: "the language file … {why}".
    pub fn why(self) -> &'static str {
        match self {
            LoadError::NotLoaded => "could not be downloaded",
            LoadError::WrongFile => "is not the file this version made",
            LoadError::Damaged(_) => "is damaged",
        }
    }
}

/// FNV-1a, 64 bits: the hash in a language file's name and in its `LanguageEntry`.
pub fn hash(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Reads a downloaded language file for `career`: checked against `entry`'s hash, then read
/// into a `Locale` that lives for the rest of the visit.
pub fn load(career: &Career, entry: &'static LanguageEntry, text: String) -> Result<&'static Locale, LoadError> {
    if hash(&text) != entry.hash {
        return Err(LoadError::WrongFile);
    }
    parse(career, entry.lang, Box::leak(text.into_boxed_str()), Some(career.default_locale().guide))
}

/// The default language, from its compiled-in text (which the content compiler wrote and
/// `tests/language_file.rs` reads). Should it ever not read, an empty `Locale` rather than a
/// panic: the page would be blank, never broken.
pub fn read_default(career: &Career) -> &'static Locale {
    let lang = career.languages.first().map_or("en", |l| l.lang);
    parse(career, lang, career.default_text, None).unwrap_or_else(|_| Box::leak(Box::new(empty(lang))))
}

fn empty(lang: &'static str) -> Locale {
    Locale {
        lang,
        name: "",
        thousands: ",",
        decimal: ".",
        ui: Ui([""; Ui::LEN]),
        scales: &[],
        parts: &[],
        areas: [AreaText { name: "", short: "" }; 6],
        items: &[],
        obstacles: &[],
        bands: [BandText { name: "", meaning: "" }; 7],
        job_zones: [""; 5],
        next_steps: &[],
        careers: &[],
        guide: &[],
    }
}

/// The lines of a file, counted for messages.
pub(crate) struct Lines {
    pub(crate) lines: std::str::Split<'static, char>,
    pub(crate) at: usize,
}

impl Lines {
    pub(crate) fn text(&mut self) -> Option<&'static str> {
        self.at += 1;
        self.lines.next()
    }

    pub(crate) fn count(&mut self) -> Option<usize> {
        self.text()?.parse().ok()
    }

    /// A count line that must be `expected`.
    pub(crate) fn expect(&mut self, expected: usize) -> Option<()> {
        (self.count()? == expected).then_some(())
    }

    /// The next lines into `out`, one a slot.
    fn fill(&mut self, out: &mut [&'static str]) -> Option<()> {
        for slot in out {
            *slot = self.text()?;
        }
        Some(())
    }

    pub(crate) fn texts<const N: usize>(&mut self) -> Option<[&'static str; N]> {
        let mut out = [""; N];
        self.fill(&mut out)?;
        Some(out)
    }

    pub(crate) fn list<T>(&mut self, n: usize, mut each: impl FnMut(&mut Lines) -> Option<T>) -> Option<&'static [T]> {
        let mut out = Vec::with_capacity(n.min(1000));
        for _ in 0..n {
            out.push(each(self)?);
        }
        Some(Vec::leak(out))
    }
}

/// The `Locale` in a file's text for `career` (a downloaded one already checked against its
/// hash). `default_guide`: the default language's guide, whose sections (by id, in order)
/// every other language has.
pub fn parse(
    career: &Career,
    lang: &str,
    text: &'static str,
    default_guide: Option<&[GuideSection]>,
) -> Result<&'static Locale, LoadError> {
    let mut lines = Lines { lines: text.split('\n'), at: 0 };
    read(career, lang, default_guide, &mut lines).map(|l| &*Box::leak(Box::new(l))).ok_or(LoadError::Damaged(lines.at))
}

fn read(career: &Career, lang: &str, default_guide: Option<&[GuideSection]>, r: &mut Lines) -> Option<Locale> {
    let header = r.text()?;
    let tag = header.strip_prefix(HEADER)?.strip_prefix(' ')?;
    if tag != lang {
        return None;
    }
    let [name, thousands, decimal, _unavailable] = r.texts::<4>()?;
    // The messages are not parsed again here: the content compiler checked each one (and
    // `tests/language_file.rs` checks them against `Ui::MESSAGES` with `text::check`), and the
    // hash proves this is that file. The formatter never panics on any text anyway.
    let ui = Ui(r.texts::<{ Ui::LEN }>()?);

    let scale_count = career.model.items.iter().map(|i| i.scale + 1).max().unwrap_or(0);
    r.expect(scale_count)?;
    let scales = r.list(scale_count, |r| {
        let prompt = r.text()?;
        Some(ScaleText { prompt, labels: r.texts::<5>()? })
    })?;
    r.expect(career.model.parts.len())?;
    let parts = r.list(career.model.parts.len(), Lines::text)?;
    let mut areas = [AreaText { name: "", short: "" }; 6];
    for area in &mut areas {
        let [name, short] = r.texts::<2>()?;
        *area = AreaText { name, short };
    }
    r.expect(career.model.items.len())?;
    let items = r.list(career.model.items.len(), Lines::text)?;
    r.expect(career.model.obstacles.len())?;
    let obstacles = r.list(career.model.obstacles.len(), |r| {
        let [name, text, open, disagree] = r.texts::<4>()?;
        Some(ObstacleText { name, text, open, disagree })
    })?;
    let mut bands = [BandText { name: "", meaning: "" }; 7];
    for band in &mut bands {
        let [name, meaning] = r.texts::<2>()?;
        *band = BandText { name, meaning };
    }
    let job_zones = r.texts::<5>()?;
    let steps = r.count()?;
    let next_steps = r.list(steps, |r| {
        let [text, guide, keys, related] = r.texts::<4>()?;
        // Bands as letters, `a` for `Band::index` 0 (`ab` = strong, good).
        let mut bands = Vec::new();
        for b in keys.bytes() {
            bands.push(*Band::ALL.get(usize::from(b.wrapping_sub(b'a')))?);
        }
        let related = match related {
            "1" => true,
            "0" => false,
            _ => return None,
        };
        Some(NextStep { text, guide: (!guide.is_empty()).then_some(guide), bands: Vec::leak(bands), related })
    })?;
    r.expect(career.related.len())?;
    let careers = r.list(career.related.len(), |r| {
        let [name, about] = r.texts::<2>()?;
        Some(CareerText { name, about })
    })?;
    let sections = r.count()?;
    let guide = r.list(sections, |r| {
        let [id, title] = r.texts::<2>()?;
        Some(GuideSection { id, title })
    })?;
    // The same sections, in the same order, as the default language (routes name them by id);
    // next steps link only to those.
    let same_sections =
        default_guide.is_none_or(|d| d.len() == guide.len() && guide.iter().zip(d).all(|(a, b)| a.id == b.id));
    if !same_sections || next_steps.iter().any(|s| s.guide.is_some_and(|g| !guide.iter().any(|x| x.id == g))) {
        return None;
    }
    // `end`, then only the final line break.
    if r.text()? != "end" || r.text()? != "" || r.text().is_some() {
        return None;
    }
    Some(Locale {
        lang: career.language(lang)?.lang,
        name,
        thousands,
        decimal,
        ui,
        scales,
        parts,
        areas,
        items,
        obstacles,
        bands,
        job_zones,
        next_steps,
        careers,
        guide,
    })
}
