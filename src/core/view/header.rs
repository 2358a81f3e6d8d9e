//! The header: the widget's name and the section links, the current one marked.

use crate::core::career::Career;
use crate::core::route::Route;
use crate::core::session::event_href;
use crate::core::session::State;
use crate::core::view::Link;

#[derive(Clone, Debug, PartialEq)]
pub struct NavLink {
    pub link: Link,
    pub current: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HeaderView {
    pub brand: Link,
    pub brand_current: bool,
    pub nav_label: &'static str,
    pub links: Vec<NavLink>,
    pub skip_to_content: &'static str,
    pub footer: &'static str,
}

pub fn header(career: &Career, state: &State) -> HeaderView {
    let locale = state.locale();
    let ui = &locale.ui;
    let route = &state.route;
    let mut links = Vec::new();
    if state.guide_shown() {
        links.push(NavLink {
            link: Link {
                label: ui.nav_guide,
                href: event_href(career, locale, &Route::Guide(0)),
            },
            current: matches!(route, Route::Guide(_)),
        });
    }
    links.push(NavLink {
        link: Link {
            label: ui.nav_quiz,
            href: event_href(career, locale, &Route::Quiz(state.position)),
        },
        current: matches!(route, Route::Quiz(_)),
    });
    HeaderView {
        brand: Link {
            label: ui.app_title,
            href: event_href(career, locale, &Route::Home),
        },
        brand_current: *route == Route::Home,
        nav_label: ui.nav_label,
        links,
        skip_to_content: ui.skip_to_content,
        footer: ui.footer_privacy,
    }
}
