//! The two contexts every component reads: the fixed content (career and language) and the
//! visitor's session. Each hook fails loudly in a development build when its provider is
//! missing (a wiring mistake), and falls back to a harmless default in a release build, so a
//! mistake can never blank a visitor's page.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::career::{Career, MLT};
use crate::core::content::Locale;
use crate::core::session::{start, Event, Startup, State};

/// The career and the language the widget shows.
#[derive(Clone, Copy, Debug)]
pub struct ContentContext {
    pub career: &'static Career,
    pub locale: &'static Locale,
}

impl PartialEq for ContentContext {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.career, other.career) && std::ptr::eq(self.locale, other.locale)
    }
}

/// The visitor's session: the state to render and where to send events.
#[derive(Clone)]
pub struct ProgressContext {
    pub state: Rc<State>,
    pub dispatch: Callback<Event>,
}

/// Every update makes a new state, so identity is equality (and far less code than a deep
/// comparison).
impl PartialEq for ProgressContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state) && self.dispatch == other.dispatch
    }
}

impl ProgressContext {
    /// A callback that sends `event` whatever the DOM event was.
    pub fn send<T>(&self, event: Event) -> Callback<T> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |_| dispatch.emit(event.clone()))
    }
}

#[hook]
pub fn use_content() -> ContentContext {
    let found = use_context::<ContentContext>();
    debug_assert!(found.is_some(), "use_content() needs a ContextProvider<ContentContext> above it");
    found.unwrap_or(ContentContext { career: &MLT, locale: MLT.default_locale() })
}

#[hook]
pub fn use_progress() -> ProgressContext {
    let found = use_context::<ProgressContext>();
    debug_assert!(found.is_some(), "use_progress() needs a ContextProvider<ProgressContext> above it");
    match found {
        Some(p) => p,
        None => ProgressContext { state: Rc::new(start(&MLT, &Startup::default()).0), dispatch: Callback::noop() },
    }
}
