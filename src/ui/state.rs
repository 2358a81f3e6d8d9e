//! The app's state and every change to it, as a pure reducer. Side effects (saving,
//! changing the URL) happen in hooks that watch this state, never in here.

use std::rc::Rc;
use yew::Reducible;

use crate::core::answers::Answers;
use crate::core::content::{Locale, MODEL};
use crate::core::options::Options;
use crate::core::progress::Progress;
use crate::core::route::Route;

/// What happened to saved progress when the widget opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageStatus {
    Works,
    /// Storage is blocked: the quiz works, but progress is kept only while the page is open.
    Unavailable,
    /// Something unreadable was stored; it was cleared and the visitor starts fresh.
    Reset,
}

/// The language in use; compared by identity, since each locale is a single static.
#[derive(Clone, Copy, Debug)]
pub struct Lang(pub &'static Locale);

impl PartialEq for Lang {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub route: Route,
    pub answers: Answers,
    /// The question the visitor last saw.
    pub position: usize,
    pub storage: StorageStatus,
    /// Earlier progress was found: the start screen offers to continue or start over.
    pub resume_offer: bool,
    pub options: Options,
}

impl AppState {
    pub fn new(lang: &'static Locale, route: Route, saved: Option<Progress>, storage: StorageStatus, options: Options) -> Self {
        let resume_offer = saved.as_ref().is_some_and(|p| p.answers.answered() > 0);
        let (answers, position) = match saved {
            Some(p) => (p.answers, p.position),
            None => (Answers::skipped(MODEL.items.len()), 0),
        };
        AppState { lang: Lang(lang), route, answers, position, storage, resume_offer, options }
    }

    pub fn locale(&self) -> &'static Locale {
        self.lang.0
    }

    pub fn progress(&self) -> Progress {
        Progress { answers: self.answers.clone(), position: self.position }
    }
}

pub enum Action {
    /// The URL changed (link opened, back button, navigation).
    Route(Route),
    /// An answer was chosen (`Some`) or skipped (`None`).
    Answer { item: usize, value: Option<u8> },
    /// Keep the saved answers and go on.
    Resume,
    /// Clear every answer.
    StartOver,
    /// Take these answers as the visitor's own (editing shared results).
    Adopt(Answers),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Route(route) => {
                if route == self.route {
                    return self;
                }
                // A hidden guide stays hidden, even when a link names one of its sections.
                let route = match route {
                    Route::Guide(_) if self.options.hide_guide => Route::Home,
                    other => other,
                };
                if let Route::Quiz(i) = route {
                    next.position = i;
                }
                next.route = route;
            }
            Action::Answer { item, value } => {
                next.answers.set(item, value);
                next.position = item;
                next.resume_offer = false;
            }
            Action::Resume => next.resume_offer = false,
            Action::StartOver => {
                next.answers = Answers::skipped(MODEL.items.len());
                next.position = 0;
                next.resume_offer = false;
            }
            Action::Adopt(answers) => {
                next.answers = answers;
                next.position = 0;
                next.resume_offer = false;
            }
        }
        Rc::new(next)
    }
}

pub type AppContext = yew::UseReducerHandle<AppState>;
