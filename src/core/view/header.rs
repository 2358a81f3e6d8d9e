//! The header: the widget's name and the section links, the current one marked.

use crate::core::career::Career;
use crate::core::route::Route;
use crate::core::session::{event_href, language_url, State};
use crate::core::view::Link;

#[derive(Clone, Debug, PartialEq)]
pub struct NavLink {
    pub link: Link,
    pub current: bool,
}

/// A link to the page in another language, named in that language (`lang` on the link).
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageLink {
    pub label: &'static str,
    pub lang: &'static str,
    pub href: String,
}

/// A language that could not be loaded: its own note, in that language.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageNotice {
    pub text: &'static str,
    pub lang: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HeaderView {
    pub brand: Link,
    pub brand_current: bool,
    pub nav_label: &'static str,
    pub links: Vec<NavLink>,
    pub skip_to_content: &'static str,
    pub footer: &'static str,
    /// The other languages, each a link to the same screen in it (answers kept).
    pub languages: Vec<LanguageLink>,
    pub language_notice: Option<LanguageNotice>,
}

pub fn header(career: &Career, state: &State) -> HeaderView {
    let locale = state.locale();
    let ui = &locale.ui;
    let route = &state.route;
    let mut links = Vec::new();
    if state.guide_shown() {
        links.push(NavLink {
            link: Link { label: ui.nav_guide(), href: event_href(career, locale, &Route::Guide(0)) },
            current: matches!(route, Route::Guide(_)),
        });
    }
    links.push(NavLink {
        link: Link { label: ui.nav_quiz(), href: event_href(career, locale, &Route::Quiz(state.position)) },
        current: matches!(route, Route::Quiz(_)),
    });
    HeaderView {
        brand: Link { label: ui.app_title(), href: event_href(career, locale, &Route::Home) },
        brand_current: *route == Route::Home,
        nav_label: ui.nav_label(),
        links,
        skip_to_content: ui.skip_to_content(),
        footer: ui.footer_privacy(),
        languages: career
            .languages
            .iter()
            .filter(|l| l.lang != locale.lang)
            .map(|l| LanguageLink { label: l.name, lang: l.lang, href: language_url(career, state, l.lang) })
            .collect(),
        language_notice: state
            .lang_failed
            .and_then(|lang| career.language(lang))
            .map(|l| LanguageNotice { text: l.unavailable, lang: l.lang }),
    }
}
