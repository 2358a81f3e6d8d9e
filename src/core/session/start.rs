//! The first state, from what the page holds when the widget opens.

use crate::core::answers::Answers;
use crate::core::career::Career;
use crate::core::options::{Options, Start};
use crate::core::progress::Progress;
use crate::core::route::Route;
use crate::core::session::event::{arrive, href, parse_route, request, want_qr};
use crate::core::session::{Effect, Lang, State, StorageStatus};

/// What the browser layer reads before the first render.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Startup {
    /// The widget URL's query string (embed options).
    pub query: String,
    /// The URL fragment (`#/quiz/3`, `#/r/…`).
    pub fragment: String,
    /// Whether storage can be written and read back.
    pub storage_works: bool,
    /// What storage holds under the progress key, if anything.
    pub stored: Option<String>,
    /// The page's address without its fragment (for full links and QR codes).
    pub page_base: String,
    /// The browser's preferred languages, most wanted first (`navigator.languages`).
    pub languages: Vec<String>,
}

/// The first state and the effects that set the page up. Stored text that is not valid
/// progress is cleared, and the visitor is told.
pub fn start(career: &'static Career, startup: &Startup) -> (State, Vec<Effect>) {
    let mut effects = Vec::new();
    let (options, warnings) = Options::parse(&startup.query);
    effects.extend(warnings.into_iter().map(Effect::Warn));
    // The language: the embed option when offered, else the browser's preferred languages.
    if let Some(tag) = options.lang.as_deref().filter(|t| career.language(t).is_none()) {
        effects.push(Effect::Warn(format!(
            "MLT Fit: no texts in language \"{tag}\"; choosing by the browser's languages"
        )));
    }
    let wanted = career.pick_language(options.lang.as_deref(), &startup.languages);
    let locale = career.default_locale();
    effects.push(Effect::SetDocumentLang(locale.lang));
    if let Some(accent) = &options.accent {
        effects.push(Effect::SetAccent(accent.clone()));
    }
    if options.compact {
        effects.push(Effect::UseCompactLayout);
    }

    let (saved, storage) = match (startup.storage_works, &startup.stored) {
        (false, _) => (None, StorageStatus::Unavailable),
        (true, None) => (None, StorageStatus::Works),
        (true, Some(text)) => match Progress::from_storage(career, text) {
            Some(p) => (Some(p), StorageStatus::Works),
            None => {
                effects.push(Effect::ClearProgress);
                (None, StorageStatus::Reset)
            }
        },
    };
    let resume_offer = saved.as_ref().is_some_and(|p| p.answers.answered() > 0);
    let (answers, position) = match saved {
        Some(p) => (p.answers, p.position),
        None => (Answers::skipped(career.questions()), 0),
    };

    let fragment = startup.fragment.as_str();
    let route = if fragment.trim_start_matches(['#', '/']).is_empty() {
        match options.start {
            Start::Home => Route::Home,
            Start::Guide => Route::Guide(0),
            Start::Quiz => Route::Quiz(0),
        }
    } else {
        parse_route(career, locale, fragment)
    };
    let state = State {
        lang: Lang(locale),
        loaded: Vec::new(),
        pending_lang: None,
        hold: false,
        lang_failed: None,
        query: startup.query.clone(),
        route: Route::Home,
        answers,
        position,
        storage,
        resume_offer,
        options,
        answer_needed: false,
        copy: crate::core::session::CopyStatus::Idle,
        print: crate::core::session::PrintStatus::Idle,
        results: None,
        hand_in_name: String::new(),
        page_base: startup.page_base.clone(),
        qr: None,
        class_view: crate::core::session::ModuleStatus::Loading,
        guides: Vec::new(),
        results_in_full: true,
        confirm: None,
    };
    // A language loaded on demand: asked for first (arriving may depend on it: the class
    // view opens in it), and the first screen waits for it.
    let mut state = state;
    let mut asked = Vec::new();
    if let Some(entry) = wanted.filter(|w| w.lang != locale.lang) {
        asked = request(&mut state, entry);
        state.hold = state.pending_lang.is_some();
    }
    // Arriving at the first screen: no focus move (it would scroll a host page to the widget).
    let (state, arrived) = arrive(career, state, route, false);
    effects.extend(arrived);
    let (mut state, qr) = want_qr(career, state);
    effects.extend(qr);
    let canonical = href(career, state.locale(), &state.route);
    if !fragment.is_empty() && fragment != canonical {
        effects.push(Effect::ReplaceFragment(canonical));
    }
    state.copy = crate::core::session::CopyStatus::Idle;
    effects.extend(asked);
    (state, effects)
}
