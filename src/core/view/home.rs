//! The start screen.

use crate::core::career::Career;
use crate::core::content::args;
use crate::core::route::Route;
use crate::core::session::{event_href, State, StorageStatus};
use crate::core::view::confirm::{confirm, ConfirmView};
use crate::core::view::Link;

#[derive(Clone, Debug, PartialEq)]
pub struct ResumeView {
    pub heading: &'static str,
    pub body: String,
    pub continue_label: &'static str,
    pub start_over_label: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HomeView {
    pub heading: &'static str,
    pub intro: &'static str,
    pub storage_notice: Option<&'static str>,
    /// Earlier answers were found: continue or start over, instead of the usual links.
    pub resume: Option<ResumeView>,
    /// "Start over" waits for a yes (`State::confirm`).
    pub confirm: Option<ConfirmView>,
    pub take_quiz: Link,
    /// `None` when the embedding page hides the guide.
    pub read_guide: Option<Link>,
    pub facts: String,
    pub disclaimer: &'static str,
}

pub fn home(career: &Career, state: &State) -> HomeView {
    let locale = state.locale();
    let ui = &locale.ui;
    let total = career.questions().to_string();
    HomeView {
        heading: ui.home_heading(),
        intro: ui.home_intro(),
        storage_notice: match state.storage {
            StorageStatus::Unavailable => Some(ui.storage_unavailable()),
            StorageStatus::Reset => Some(ui.storage_reset()),
            StorageStatus::Works => None,
        },
        resume: state.resume_offer.then(|| ResumeView {
            heading: ui.resume_heading(),
            body: locale.fill(
                &ui.resume_body(),
                args::ResumeBody { answered: &state.answers.answered().to_string(), total: &total },
            ),
            continue_label: ui.resume_continue(),
            start_over_label: ui.resume_start_over(),
        }),
        confirm: confirm(state),
        take_quiz: Link { label: ui.home_take_quiz(), href: event_href(career, locale, &Route::Quiz(0)) },
        read_guide: state
            .guide_shown()
            .then(|| Link { label: ui.home_read_guide(), href: event_href(career, locale, &Route::Guide(0)) }),
        facts: locale.fill(&ui.home_facts(), args::HomeFacts { count: career.questions() }),
        disclaimer: ui.home_disclaimer(),
    }
}
