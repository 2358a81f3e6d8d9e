//! What the app remembers between events.

use std::rc::Rc;

use crate::core::answers::Answers;
use crate::core::career::Career;
use crate::core::content::{GuideText, Locale};
use crate::core::link::{self, LinkError, SharedAnswers};
use crate::core::options::Options;
use crate::core::progress::Progress;
use crate::core::route::Route;
use crate::core::scoring::{score_with, FitResult};

/// What happened to saved progress when the widget opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageStatus {
    Works,
    /// Storage is blocked: the quiz works, but progress is kept only while the page is open.
    Unavailable,
    /// Something unreadable was stored; it was cleared and the visitor starts fresh.
    Reset,
}

/// What became of "Copy link".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyStatus {
    Idle,
    Copied,
    /// The browser refused: the link field is selected for copying by hand.
    Failed,
}

/// The QR code of the results link. It is drawn by a module loaded on demand (`kits/qr`),
/// so it arrives after the results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QrDrawing {
    Waiting,
    Drawn {
        view_box: usize,
        path: String,
    },
    /// The module could not load (offline before it was ever cached), or the link is too long.
    Failed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrState {
    /// The full link the code is for.
    pub text: String,
    pub drawing: QrDrawing,
}

/// A module loaded on demand (the class view's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleStatus {
    Loading,
    Shown,
    Failed,
}

/// A language's guide texts (`core::guide_file`): downloaded when the guide is first opened.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GuideTexts {
    Loading,
    Loaded(&'static [GuideText]),
    /// The download failed (offline before the guide was ever opened) or the file was refused:
    /// the guide says so and offers to try again.
    Failed,
}

/// What became of "Print" (the results, or the one-page handout).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintStatus {
    Idle,
    /// Printing was asked for; the browser reports back with `Event::PrintDone`.
    Asked,
    /// The browser has no print dialog here (missing, or it did nothing): the results' status
    /// line says to use the browser's own print command.
    Unavailable,
}

/// The language in use; compared by identity, since each locale is a single static.
#[derive(Clone, Copy, Debug)]
pub struct Lang(pub &'static Locale);

impl PartialEq for Lang {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// A results link, read once when the route names it: decoded and scored.
#[derive(Debug, PartialEq)]
pub struct ResultsState {
    pub payload: String,
    pub outcome: Result<Outcome, LinkError>,
}

#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub shared: SharedAnswers,
    pub result: FitResult,
}

impl ResultsState {
    pub fn read(career: &Career, payload: &str) -> ResultsState {
        let outcome = link::decode(payload, career.item_sets, &career.current_item_set()).map(|shared| {
            let result = score_with(career.model, career.related, &shared.answers);
            Outcome { shared, result }
        });
        ResultsState { payload: payload.to_string(), outcome }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The language shown.
    pub lang: Lang,
    /// Languages loaded from their files during this visit (kept, so switching back is instant).
    pub loaded: Vec<Lang>,
    /// A language whose file is being fetched.
    pub pending_lang: Option<&'static str>,
    /// The first screen waits for its language's file: nothing is shown yet (no flash of
    /// English before Spanish).
    pub hold: bool,
    /// A language whose file could not be loaded: its own note says so, above the page.
    pub lang_failed: Option<&'static str>,
    /// The page's query string (`?lang=es&start=quiz`), for language links.
    pub query: String,
    pub route: Route,
    pub answers: Answers,
    /// The question the visitor last saw.
    pub position: usize,
    pub storage: StorageStatus,
    /// Earlier progress was found: the start screen offers to continue or start over.
    pub resume_offer: bool,
    pub options: Options,
    /// The visitor pressed Next without choosing: the question asks for an answer.
    pub answer_needed: bool,
    pub copy: CopyStatus,
    pub print: PrintStatus,
    /// The results link the route names, read once (shared by the screen and its title).
    pub results: Option<Rc<ResultsState>>,
    /// The name or initials a student typed to hand results in (optional; goes into the link).
    pub hand_in_name: String,
    /// The page's address without its fragment, for full links and QR codes.
    pub page_base: String,
    /// The QR code of the visitor's own results link, while those results are shown.
    pub qr: Option<QrState>,
    /// The class view's module, while `#/class` is shown.
    pub class_view: ModuleStatus,
    /// The guide texts asked for this visit, by language.
    pub guides: Vec<(&'static str, GuideTexts)>,
    /// The results screen shows everything (`false` until its first part has been painted).
    pub results_in_full: bool,
    /// An action that would clear answers found in no link waits for the visitor to confirm.
    pub confirm: Option<Confirm>,
}

/// What waits for confirmation: both would lose the visitor's own saved answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// "Start over" (the answers are cleared).
    StartOver,
    /// "Change my answers" on someone else's results (the link's answers replace them).
    ReplaceAnswers,
}

impl State {
    pub fn locale(&self) -> &'static Locale {
        self.lang.0
    }

    pub fn progress(&self) -> Progress {
        Progress { answers: self.answers.clone(), position: self.position }
    }

    /// The results on screen are the visitor's own (not someone else's opened from a link).
    /// Answers in this browser that no results link on screen holds: clearing or replacing
    /// them loses them, so it is confirmed first.
    pub fn answers_at_risk(&self) -> bool {
        self.answers.answered() > 0 && !self.results_are_own()
    }

    pub fn results_are_own(&self) -> bool {
        self.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).is_some_and(|o| o.shared.answers == self.answers)
    }

    /// The guide texts of `lang`, if asked for this visit.
    pub fn guide_texts(&self, lang: &str) -> Option<GuideTexts> {
        self.guides.iter().find(|(l, _)| *l == lang).map(|(_, texts)| *texts)
    }

    /// The guide is shown (the embedding page may hide it).
    pub fn guide_shown(&self) -> bool {
        !self.options.hide_guide
    }
}
