//! A results link that cannot be read: what went wrong, in plain words.

use crate::core::career::Career;
use crate::core::content::Ui;
use crate::core::link::LinkError;
use crate::core::route::Route;
use crate::core::session::{event_href, State};
use crate::core::view::Link;

#[derive(Clone, Debug, PartialEq)]
pub struct LinkErrorView {
    pub heading: &'static str,
    pub reason: &'static str,
    pub progress_kept: &'static str,
    pub start: Link,
}

pub fn link_error(career: &Career, state: &State, error: LinkError) -> LinkErrorView {
    let locale = state.locale();
    let ui = &locale.ui;
    LinkErrorView {
        heading: ui.link_error_heading(),
        reason: reason(ui, error),
        progress_kept: ui.link_error_progress_kept(),
        start: Link { label: ui.link_error_start(), href: event_href(career, locale, &Route::Quiz(state.position)) },
    }
}

/// Why a results link (or a hand-in code) could not be read, in plain words: the results
/// screen and the class view's list of unreadable lines say it the same way.
pub fn reason(ui: &Ui, error: LinkError) -> &'static str {
    match error {
        LinkError::Empty => ui.link_error_empty(),
        LinkError::TooLong => ui.link_error_too_long(),
        LinkError::BadChars => ui.link_error_bad_chars(),
        LinkError::Truncated => ui.link_error_truncated(),
        LinkError::Checksum => ui.link_error_checksum(),
        LinkError::UnknownFormat => ui.link_error_format(),
        LinkError::UnknownItemSet => ui.link_error_item_set(),
        LinkError::OutOfRange => ui.link_error_out_of_range(),
    }
}
