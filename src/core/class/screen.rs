//! The class view's state machine, in the shape of the app's session (`core::session`):
//! `update(career, &state, event)` returns the next state and the effects for the browser
//! layer to carry out, as data. The view model (`core::view::class`) reads the state.
//!
//! **What is stored.** Nothing, unless the counselor ticks "keep this list on this computer":
//! then the list is written to local storage when ticked and each time the class is shown,
//! and removed when unticked or with "Remove the saved list". Opening the class view with a
//! kept list shows it at once.

use std::rc::Rc;

use crate::core::career::Career;
use crate::core::class::csv::{to_csv, CsvLabels, CsvOptions, CSV_MIME};
use crate::core::class::paste::{parse_paste, Pasted};
use crate::core::class::sort::{sorted_order, Direction, SortKey};
use crate::core::class::summary::{summarize_class, ClassSummary};
use crate::core::class::texts::ClassUi;
use crate::core::content::Locale;

/// Local storage key of a kept list.
pub const KEPT_LIST_KEY: &str = "mlt-fit-class-list";

/// Largest file read into the box, in bytes: a class list of 10,000 links is about 1 MB.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// What was read when the counselor asked to see the class.
#[derive(Debug, PartialEq)]
pub struct Shown {
    pub pasted: Pasted,
    pub summary: ClassSummary,
}

/// A message above the box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// "Show the class" with nothing in the box.
    Empty,
    FileFailed,
    FileTooBig,
    /// The kept list was removed.
    Forgotten,
    /// Keeping was asked for, but the browser lets nothing be stored.
    KeepFailed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassState {
    /// The box's text.
    pub text: String,
    pub shown: Option<Rc<Shown>>,
    /// The table's row order (indexes into the summary's rows) for the current sort.
    pub order: Vec<usize>,
    pub sort: SortKey,
    pub direction: Direction,
    /// Keep the list on this computer.
    pub keep: bool,
    pub storage_works: bool,
    pub notice: Option<Notice>,
    /// The page's address before its fragment: the CSV's links open from anywhere.
    pub page_base: String,
    /// The student whose results were opened last (`StudentRow::number`).
    pub opened: Option<usize>,
}

/// Why a file gave no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    Unreadable,
    TooBig,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassEvent {
    /// The box's text changed (typing, pasting).
    Edit(String),
    /// "Show the class".
    Show,
    /// A picked or dropped file was read: its text replaces the box's, and the class shows.
    FileRead(Result<String, FileProblem>),
    /// A column heading: the first click sorts ascending (scores: highest first), the next
    /// one flips the direction.
    Sort(SortKey),
    /// "Keep this list on this computer" ticked or unticked.
    SetKeep(bool),
    /// "Remove the saved list".
    Forget,
    /// "Empty the box".
    Clear,
    Download,
    Print,
    /// A student's name was followed to their results (`StudentRow::number`).
    OpenStudent(usize),
    /// The class view opened again as it was left (Back from a student's results).
    Returned,
}

/// Where focus goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassFocus {
    /// The summary's heading, once the class is shown.
    Summary,
    /// The notice above the box.
    Notice,
    /// The box.
    Box,
    /// A student's name in the table (`StudentRow::number`): the one last opened, when the
    /// counselor comes back from that student's results.
    Student(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassEffect {
    /// Write the list to local storage under [`KEPT_LIST_KEY`].
    Keep(String),
    /// Remove it.
    Unkeep,
    /// Offer a file made in the browser as a download.
    Download {
        file_name: &'static str,
        mime: &'static str,
        content: String,
    },
    Print,
    Focus(ClassFocus),
}

/// The class view as it opens: with the kept list shown, when there is one.
pub fn start(career: &Career, kept: Option<String>, storage_works: bool, page_base: String) -> ClassState {
    let state = ClassState {
        text: String::new(),
        shown: None,
        order: Vec::new(),
        sort: SortKey::Pasted,
        direction: Direction::Ascending,
        keep: false,
        storage_works,
        notice: None,
        page_base,
        opened: None,
    };
    match kept.filter(|t| !t.trim().is_empty()) {
        Some(text) => {
            let state = ClassState { keep: true, ..state };
            read(career, state, text)
        }
        None => state,
    }
}

/// The next state, and what the browser should do.
pub fn update(
    career: &Career,
    locale: &Locale,
    texts: &ClassUi,
    state: &ClassState,
    event: ClassEvent,
) -> (ClassState, Vec<ClassEffect>) {
    let mut next = state.clone();
    match event {
        ClassEvent::Edit(text) => {
            next.text = text;
            next.notice = None;
            (next, vec![])
        }
        ClassEvent::Show => {
            let text = next.text.clone();
            show(career, next, text)
        }
        ClassEvent::FileRead(Ok(text)) => show(career, next, text),
        ClassEvent::FileRead(Err(problem)) => {
            next.notice = Some(match problem {
                FileProblem::Unreadable => Notice::FileFailed,
                FileProblem::TooBig => Notice::FileTooBig,
            });
            (next, vec![ClassEffect::Focus(ClassFocus::Notice)])
        }
        ClassEvent::Sort(key) => {
            next.direction = if key == state.sort {
                state.direction.flipped()
            } else if key == SortKey::Score {
                // Highest score first is what a counselor looks for first.
                Direction::Descending
            } else {
                Direction::Ascending
            };
            next.sort = key;
            if let Some(shown) = &state.shown {
                next.order = sorted_order(&shown.summary.rows, next.sort, next.direction);
            }
            (next, vec![])
        }
        ClassEvent::SetKeep(true) if !state.storage_works => {
            next.keep = false;
            next.notice = Some(Notice::KeepFailed);
            (next, vec![ClassEffect::Focus(ClassFocus::Notice)])
        }
        ClassEvent::SetKeep(true) => {
            next.keep = true;
            next.notice = None;
            (next, vec![ClassEffect::Keep(state.text.clone())])
        }
        ClassEvent::SetKeep(false) => {
            next.keep = false;
            (next, vec![ClassEffect::Unkeep])
        }
        ClassEvent::Forget => {
            next.keep = false;
            next.notice = Some(Notice::Forgotten);
            (next, vec![ClassEffect::Unkeep, ClassEffect::Focus(ClassFocus::Notice)])
        }
        ClassEvent::Clear => {
            next.text = String::new();
            next.shown = None;
            next.order = Vec::new();
            next.notice = None;
            (next, vec![ClassEffect::Focus(ClassFocus::Box)])
        }
        ClassEvent::Download => match &state.shown {
            Some(shown) => (next, vec![download(locale, texts, state, shown)]),
            None => (next, vec![]),
        },
        ClassEvent::Print => (next, vec![ClassEffect::Print]),
        ClassEvent::OpenStudent(number) => {
            next.opened = Some(number);
            (next, vec![])
        }
        // Back where the counselor was: on the student just looked at, else the summary.
        ClassEvent::Returned => match (state.opened, &state.shown) {
            (Some(number), Some(_)) => (next, vec![ClassEffect::Focus(ClassFocus::Student(number))]),
            (None, Some(_)) => (next, vec![ClassEffect::Focus(ClassFocus::Summary)]),
            _ => (next, vec![]),
        },
    }
}

/// Reads `text` and shows the class, or says the box is empty.
fn show(career: &Career, state: ClassState, text: String) -> (ClassState, Vec<ClassEffect>) {
    if text.trim().is_empty() {
        let next = ClassState { text, shown: None, order: Vec::new(), notice: Some(Notice::Empty), ..state };
        return (next, vec![ClassEffect::Focus(ClassFocus::Notice)]);
    }
    let next = read(career, state, text);
    let mut effects = Vec::new();
    if next.keep {
        effects.push(ClassEffect::Keep(next.text.clone()));
    }
    effects.push(ClassEffect::Focus(ClassFocus::Summary));
    (next, effects)
}

fn read(career: &Career, state: ClassState, text: String) -> ClassState {
    let pasted = parse_paste(&text, career);
    let summary = summarize_class(&pasted, career);
    let order = sorted_order(&summary.rows, state.sort, state.direction);
    // A new list numbers its students anew: nothing was opened from it yet.
    ClassState { text, shown: Some(Rc::new(Shown { pasted, summary })), order, notice: None, opened: None, ..state }
}

/// The CSV of the table, in the order it is shown.
fn download(locale: &Locale, texts: &ClassUi, state: &ClassState, shown: &Shown) -> ClassEffect {
    let rows: Vec<_> = state.order.iter().filter_map(|&i| shown.summary.rows.get(i).cloned()).collect();
    let obstacles: Vec<&str> = locale.obstacles.iter().map(|o| o.name).collect();
    let labels = CsvLabels {
        headers: [
            texts.column_name,
            texts.column_score,
            texts.column_band,
            texts.csv_band_key,
            texts.column_top,
            texts.column_obstacles,
            texts.column_notes,
            texts.csv_question_set,
            texts.csv_link,
        ],
        unnamed: texts.unnamed,
        bands: locale.bands.each_ref().map(|b| b.name),
        areas: locale.areas.each_ref().map(|a| a.name),
        obstacles: &obstacles,
        quality: quality_names(texts),
        older_set: texts.csv_older,
        list_separator: texts.list_separator,
    };
    let options = CsvOptions { link_base: &state.page_base, ..CsvOptions::default() };
    ClassEffect::Download { file_name: texts.csv_file_name, mime: CSV_MIME, content: to_csv(&rows, &labels, &options) }
}

/// Short names of the response-quality notices, in `QualityFlag::ALL` order.
pub fn quality_names(texts: &ClassUi) -> [&'static str; 5] {
    [
        texts.quality_yes_saying,
        texts.quality_no_saying,
        texts.quality_straight_lining,
        texts.quality_flat_profile,
        texts.quality_candour,
    ]
}
