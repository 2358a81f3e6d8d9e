//! Everything that can happen, and what it does: the one place that decides routes, answers,
//! saving, focus and completion.

use std::rc::Rc;

use crate::core::answers::Answers;
use crate::core::career::Career;
use crate::core::content::{LanguageEntry, Locale};
use crate::core::guide_file;
use crate::core::language_file::{self, LoadError};
use crate::core::link;
use crate::core::options;
use crate::core::route::Route;
use crate::core::session::{
    Confirm, CopyStatus, Effect, FocusTarget, GuideTexts, Lang, ModuleStatus, PrintStatus, QrDrawing, QrState,
    ResultsState, State, StorageStatus,
};
use crate::core::view::title::document_title;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The URL fragment changed (a link, the back button, a pasted results link).
    UrlChanged(String),
    /// An answer was chosen for a question.
    Choose {
        item: usize,
        value: u8,
    },
    /// "Next" (or Enter) on the current question.
    Next,
    /// "Skip" on the current question: it stays unanswered.
    Skip,
    /// "Back" on the current question.
    Back,
    /// Keep the saved answers and go on where the visitor left off.
    Resume,
    /// Clear every answer and start at the first question.
    StartOver,
    /// Take the answers of the results on screen as the visitor's own and edit them.
    EditAnswers,
    /// "Yes" to the action waiting for confirmation (`State::confirm`).
    ConfirmYes,
    /// "Keep my answers": the waiting action is dropped.
    ConfirmNo,
    Print,
    /// The browser's print dialog opened (`true`), or printing is missing or did nothing.
    PrintDone(bool),
    CopyLink,
    /// The browser finished copying: `true` when it worked.
    CopyDone(bool),
    Share,
    /// The name or initials typed to hand results in.
    SetHandInName(String),
    /// Print the one-page handout of these results.
    PrintHandout,
    /// The QR module answered for `text`: `"<view box>|<path>"` (`core::qr::to_wire`), or
    /// `None` when it could not load or draw.
    QrDrawn {
        text: String,
        wire: Option<String>,
    },
    /// The class view's module is shown (`true`), or could not load.
    ClassViewOpened(bool),
    /// The visitor picked another language (the language switch).
    SwitchLanguage(&'static str),
    /// A language file arrived (`None`: the download failed).
    LanguageLoaded {
        lang: &'static str,
        text: Option<String>,
    },
    /// A guide file arrived (`None`: the download failed).
    GuideLoaded {
        lang: &'static str,
        text: Option<String>,
    },
    /// The guide could not be loaded and the visitor asks to try again.
    RetryGuide,
    /// The browser painted the screen (`Effect::AfterPaint`).
    Painted,
}

/// The URL fragment of a route, guide sections named by their ids.
pub fn href(_career: &Career, locale: &Locale, route: &Route) -> String {
    route.fragment(|i| locale.guide.get(i).map(|s| s.id))
}

/// The page's address in another language, relative to the page: its query with `lang`
/// set (other options kept) and the current screen's fragment, e.g. `?lang=es#/quiz/3`.
pub fn language_url(career: &Career, state: &State, lang: &str) -> String {
    format!("{}{}", options::with_lang(&state.query, lang), href(career, state.locale(), &state.route))
}

/// The locale of a language, if it is compiled in or was loaded this visit.
fn available(career: &Career, state: &State, lang: &str) -> Option<&'static Locale> {
    std::iter::once(career.default_locale()).chain(state.loaded.iter().map(|l| l.0)).find(|l| l.lang == lang)
}

/// Shows `locale`: the page's language and title follow.
fn show(career: &Career, next: &mut State, locale: &'static Locale) -> Vec<Effect> {
    next.lang = Lang(locale);
    let mut effects = vec![Effect::SetDocumentLang(locale.lang), Effect::SetTitle(document_title(career, next))];
    // The class view has its own copy of the texts: open it again in the new language.
    if next.route == Route::Class {
        next.class_view = ModuleStatus::Loading;
        effects.push(Effect::OpenClassView { lang: locale.lang, page_base: next.page_base.clone() });
    }
    effects.extend(want_guide(career, next));
    effects
}

/// Starts loading a language on demand, unless it is already on its way.
pub(crate) fn request(next: &mut State, entry: &'static LanguageEntry) -> Vec<Effect> {
    match entry.file {
        Some(file) if next.pending_lang != Some(entry.lang) => {
            next.pending_lang = Some(entry.lang);
            vec![Effect::LoadLanguage { lang: entry.lang, file }]
        }
        _ => Vec::new(),
    }
}

/// On a guide screen, asks for the guide texts of the language shown, or of the one on its
/// way (both files download side by side), unless they are here or on their way.
pub(crate) fn want_guide(career: &Career, next: &mut State) -> Vec<Effect> {
    if !matches!(next.route, Route::Guide(_)) {
        return Vec::new();
    }
    let lang = next.pending_lang.unwrap_or(next.locale().lang);
    match (next.guide_texts(lang), career.language(lang)) {
        (None, Some(entry)) => {
            next.guides.push((entry.lang, GuideTexts::Loading));
            vec![Effect::LoadGuide { lang: entry.lang, file: entry.guide_file }]
        }
        _ => Vec::new(),
    }
}

/// Reads a fragment into a route (unknown fragments are Home).
pub fn parse_route(career: &Career, locale: &Locale, fragment: &str) -> Route {
    Route::parse(fragment, |id| locale.guide_index(id), career.questions())
}

/// Enters `route`: applies the routing rules, reads a results link once, and returns the
/// effects of arriving (title, focus, completion).
pub(crate) fn arrive(career: &Career, mut state: State, route: Route, move_focus: bool) -> (State, Vec<Effect>) {
    // A question asked on one screen means nothing on the next.
    state.confirm = None;
    // A hidden guide stays hidden, even when a link names one of its sections.
    let route = match route {
        Route::Guide(_) if state.options.hide_guide => Route::Home,
        other => other,
    };
    state.results = match (&route, &state.results) {
        (Route::Results(p), Some(r)) if r.payload == *p => Some(r.clone()),
        (Route::Results(p), _) => Some(Rc::new(ResultsState::read(career, p))),
        _ => None,
    };
    if let Route::Quiz(i) = route {
        state.position = i;
    }
    // Results show in two steps: the heading, the score and what most needs saying first; the
    // reasons, part scores, chart, next steps and the rest once that has been painted (they
    // are most of the screen's elements, and a results link opened from a message should
    // show its score as soon as a first screen would).
    let is_results = matches!(route, Route::Results(_));
    if is_results && state.route != route {
        state.results_in_full = false;
    }
    state.answer_needed = false;
    state.copy = CopyStatus::Idle;
    let (was_class, is_class) = (state.route == Route::Class, route == Route::Class);
    state.print = PrintStatus::Idle;
    // Back at the start with answers given: offer to continue, as a fresh visit would (the
    // answers are kept either way; this says so, and takes the visitor back to where they were).
    if route == Route::Home && state.answers.answered() > 0 {
        state.resume_offer = true;
    }
    state.route = route;

    let mut effects = vec![Effect::SetTitle(document_title(career, &state))];
    if is_results && !state.results_in_full {
        effects.push(Effect::AfterPaint);
    }
    effects.extend(want_guide(career, &mut state));
    if move_focus {
        effects.push(Effect::Focus(FocusTarget::ScreenHeading));
    }
    if is_class && !was_class {
        state.class_view = ModuleStatus::Loading;
        // In the language the page is on its way to (a language file may still be loading: the
        // class view reads that file itself).
        let lang = state.pending_lang.unwrap_or(state.locale().lang);
        effects.push(Effect::OpenClassView { lang, page_base: state.page_base.clone() });
    } else if was_class && !is_class {
        effects.push(Effect::CloseClassView);
    }
    if let (Some(host), true) = (&state.options.host_origin, state.results_are_own()) {
        if let Some(outcome) = state.results.as_ref().and_then(|r| r.outcome.as_ref().ok()) {
            effects.push(Effect::AnnounceCompletion { host_origin: host.clone(), band: outcome.result.band.key() });
        }
    }
    (state, effects)
}

/// Moves to `route` from within the app: a new history entry plus arriving.
/// Holds a destructive action until the visitor confirms it (`Event::ConfirmYes`).
fn ask(mut state: State, action: Confirm) -> (State, Vec<Effect>) {
    state.confirm = Some(action);
    (state, vec![Effect::Focus(FocusTarget::Confirm)])
}

/// Clears every answer and starts at the first question.
fn start_over(career: &Career, mut state: State) -> (State, Vec<Effect>) {
    state.answers = Answers::skipped(career.questions());
    state.position = 0;
    state.resume_offer = false;
    go(career, state, Route::Quiz(0))
}

/// Takes the answers of the results on screen as the visitor's own, at the first question.
fn edit_answers(career: &Career, mut state: State) -> (State, Vec<Effect>) {
    let shared = state.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).map(|o| o.shared.answers.clone());
    match shared {
        Some(answers) => {
            state.answers = answers;
            state.position = 0;
            state.resume_offer = false;
            go(career, state, Route::Quiz(0))
        }
        None => (state, Vec::new()),
    }
}

fn go(career: &Career, state: State, route: Route) -> (State, Vec<Effect>) {
    let fragment = href(career, state.locale(), &route);
    let (state, mut effects) = arrive(career, state, route, true);
    effects.insert(0, Effect::Navigate(fragment));
    (state, effects)
}

/// The fragment of the results on screen as they are shared: with the hand-in name when one
/// was typed and fits in a link, else the plain results link.
pub fn share_fragment(career: &Career, state: &State) -> Option<String> {
    let outcome = state.results.as_ref()?.outcome.as_ref().ok()?;
    let set = career.current_item_set();
    let typed = if state.results_are_own() { state.hand_in_name.as_str() } else { "" };
    let name = if typed.trim().is_empty() { outcome.shared.name.as_deref().unwrap_or("") } else { typed };
    let payload = link::encode_named(&outcome.shared.answers, &set, name)
        .unwrap_or_else(|_| link::encode(&outcome.shared.answers, &set));
    Some(href(career, state.locale(), &Route::Results(payload)))
}

/// Keeps the QR code in step with the visitor's own results link: when that link appears or
/// changes (a typed hand-in name), asks for its code; when no own results are shown, drops it.
pub(crate) fn want_qr(career: &Career, mut state: State) -> (State, Vec<Effect>) {
    let wanted = match state.route {
        Route::Results(_) if state.results_are_own() => {
            share_fragment(career, &state).map(|fragment| format!("{}{fragment}", state.page_base))
        }
        _ => None,
    };
    match wanted {
        Some(text) if state.qr.as_ref().map(|q| &q.text) != Some(&text) => {
            state.qr = Some(QrState { text: text.clone(), drawing: QrDrawing::Waiting });
            (state, vec![Effect::DrawQr(text)])
        }
        Some(_) => (state, Vec::new()),
        None => {
            state.qr = None;
            (state, Vec::new())
        }
    }
}

/// After the current question: the next one, or the results for these answers.
fn onward(career: &Career, state: State, index: usize) -> (State, Vec<Effect>) {
    let route = if index + 1 < career.questions() {
        Route::Quiz(index + 1)
    } else {
        Route::Results(link::encode(&state.answers, &career.current_item_set()))
    };
    go(career, state, route)
}

pub fn update(career: &Career, state: &State, event: Event) -> (State, Vec<Effect>) {
    let mut next = state.clone();
    let (next, mut effects) = match event {
        Event::UrlChanged(fragment) => {
            let route = parse_route(career, state.locale(), &fragment);
            if route == state.route {
                return (next, Vec::new());
            }
            let (next, mut effects) = arrive(career, next, route, true);
            let canonical = href(career, next.locale(), &next.route);
            if canonical != fragment {
                effects.push(Effect::ReplaceFragment(canonical));
            }
            (next, effects)
        }
        Event::Choose { item, value } => {
            if item < career.questions() {
                next.answers.set(item, Some(value.min(crate::core::answers::MAX)));
                next.position = item;
                next.resume_offer = false;
                next.answer_needed = false;
            }
            (next, Vec::new())
        }
        Event::Next => match state.route {
            Route::Quiz(i) if state.answers.get(i).is_none() => {
                next.answer_needed = true;
                (next, vec![Effect::Focus(FocusTarget::AnswerNeeded)])
            }
            Route::Quiz(i) => onward(career, next, i),
            _ => (next, Vec::new()),
        },
        Event::Skip => match state.route {
            Route::Quiz(i) => {
                next.answers.set(i, None);
                next.resume_offer = false;
                onward(career, next, i)
            }
            _ => (next, Vec::new()),
        },
        Event::Back => match state.route {
            Route::Quiz(0) => go(career, next, Route::Home),
            Route::Quiz(i) => go(career, next, Route::Quiz(i - 1)),
            _ => (next, Vec::new()),
        },
        Event::Resume => {
            next.resume_offer = false;
            let position = next.position;
            go(career, next, Route::Quiz(position))
        }
        // Only "Yes" acts on answers at risk: pressing the button again (or the other one)
        // asks again.
        Event::StartOver if state.answers_at_risk() => ask(next, Confirm::StartOver),
        Event::StartOver => start_over(career, next),
        Event::EditAnswers if state.answers_at_risk() && state.results.as_ref().is_some_and(|r| r.outcome.is_ok()) => {
            ask(next, Confirm::ReplaceAnswers)
        }
        Event::EditAnswers => edit_answers(career, next),
        Event::ConfirmYes => match state.confirm {
            Some(Confirm::StartOver) => start_over(career, next),
            Some(Confirm::ReplaceAnswers) => edit_answers(career, next),
            None => (next, Vec::new()),
        },
        Event::ConfirmNo => {
            next.confirm = None;
            (next, vec![Effect::Focus(FocusTarget::Actions)])
        }
        Event::Print | Event::PrintHandout => {
            next.print = PrintStatus::Asked;
            next.copy = CopyStatus::Idle;
            (next, vec![if matches!(event, Event::Print) { Effect::Print } else { Effect::PrintHandout }])
        }
        Event::PrintDone(worked) => {
            // Where the browser has no print dialog, the status line says what to do instead.
            next.print =
                if state.print == PrintStatus::Asked && !worked { PrintStatus::Unavailable } else { PrintStatus::Idle };
            (next, Vec::new())
        }
        Event::SetHandInName(name) => {
            // Kept as typed (the view says when it cannot go into a link); bounded, so a
            // pasted novel cannot slow every render.
            next.hand_in_name = name.chars().take(64).collect();
            next.copy = CopyStatus::Idle;
            (next, Vec::new())
        }
        Event::CopyLink => {
            next.print = PrintStatus::Idle;
            let fragment = share_fragment(career, state).unwrap_or_else(|| href(career, state.locale(), &state.route));
            (next, vec![Effect::CopyLink(fragment)])
        }
        Event::CopyDone(worked) => {
            next.copy = if worked { CopyStatus::Copied } else { CopyStatus::Failed };
            let effects = if worked { Vec::new() } else { vec![Effect::Focus(FocusTarget::LinkField)] };
            (next, effects)
        }
        Event::SwitchLanguage(lang) => match career.language(lang) {
            Some(entry) => {
                next.lang_failed = None;
                next.query = options::with_lang(&state.query, entry.lang);
                next.page_base = format!("{}{}", state.page_base.split('?').next().unwrap_or_default(), next.query);
                let mut effects = vec![Effect::ReplaceUrl(language_url(career, state, entry.lang))];
                match available(career, state, entry.lang) {
                    Some(locale) => {
                        next.pending_lang = None;
                        effects.extend(show(career, &mut next, locale));
                    }
                    None => effects.extend(request(&mut next, entry)),
                }
                (next, effects)
            }
            None => (next, Vec::new()),
        },
        Event::LanguageLoaded { lang, text } => match career.language(lang) {
            Some(entry) if state.pending_lang == Some(lang) => {
                next.pending_lang = None;
                next.hold = false;
                let loaded = match text {
                    Some(text) => language_file::load(career, entry, text),
                    None => Err(LoadError::NotLoaded),
                };
                match loaded {
                    Ok(locale) => {
                        next.loaded.push(Lang(locale));
                        let effects = show(career, &mut next, locale);
                        (next, effects)
                    }
                    Err(error) => {
                        next.lang_failed = Some(entry.lang);
                        let (file, why) = (entry.file.unwrap_or_default(), error.why());
                        let mut effects = vec![
                            Effect::Warn(format!("MLT Fit: the language file {file} {why}; staying in English")),
                            Effect::SetTitle(document_title(career, &next)),
                        ];
                        // A guide screen now shows English: its texts, then.
                        effects.extend(want_guide(career, &mut next));
                        (next, effects)
                    }
                }
            }
            _ => (next, Vec::new()),
        },
        Event::GuideLoaded { lang, text } => match career.language(lang) {
            Some(entry) if state.guide_texts(lang) == Some(GuideTexts::Loading) => {
                let loaded = match text {
                    Some(text) => guide_file::load(career, entry, text),
                    None => Err(LoadError::NotLoaded),
                };
                let (texts, effects) = match loaded {
                    Ok(texts) => (GuideTexts::Loaded(texts), Vec::new()),
                    Err(error) => (
                        GuideTexts::Failed,
                        vec![Effect::Warn(format!("MLT Fit: the guide file {} {}", entry.guide_file, error.why()))],
                    ),
                };
                // The slot the request made (`want_guide`), as the guard above found it.
                if let Some(slot) = next.guides.iter_mut().find(|(l, _)| *l == lang) {
                    slot.1 = texts;
                }
                (next, effects)
            }
            _ => (next, Vec::new()),
        },
        Event::Painted => {
            next.results_in_full = true;
            (next, Vec::new())
        }
        Event::RetryGuide => {
            let lang = next.locale().lang;
            next.guides.retain(|(l, t)| *l != lang || *t != GuideTexts::Failed);
            let effects = want_guide(career, &mut next);
            (next, effects)
        }
        Event::Share => {
            let fragment = share_fragment(career, state).unwrap_or_else(|| href(career, state.locale(), &state.route));
            (next, vec![Effect::Share { title: state.locale().ui.results_share_title(), fragment }])
        }
        Event::QrDrawn { text, wire } => {
            if let Some(qr) = next.qr.as_mut().filter(|q| q.text == text) {
                qr.drawing = match wire.as_deref().and_then(crate::core::qr::from_wire) {
                    Some((view_box, path)) => QrDrawing::Drawn { view_box, path: path.to_string() },
                    None => QrDrawing::Failed,
                };
            }
            (next, Vec::new())
        }
        Event::ClassViewOpened(shown) => {
            if next.route == Route::Class {
                next.class_view = if shown { ModuleStatus::Shown } else { ModuleStatus::Failed };
            }
            (next, Vec::new())
        }
    };
    let (next, qr) = want_qr(career, next);
    effects.extend(qr);
    // Progress is saved whenever it changes, where storage works; an empty start leaves
    // nothing behind.
    if next.progress() != state.progress() && next.storage != StorageStatus::Unavailable {
        let progress = next.progress();
        effects.push(if progress.answers.answered() == 0 && progress.position == 0 {
            Effect::ClearProgress
        } else {
            Effect::SaveProgress(progress.to_storage(career))
        });
    }
    (next, effects)
}
