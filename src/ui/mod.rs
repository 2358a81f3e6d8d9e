//! The Yew front end: renders the core's data and sends visitors' actions to it.

pub mod app;
pub mod browser;
pub mod components;
pub mod hooks;
pub mod state;

use crate::core::content::Locale;
use crate::core::route::Route;

/// The URL fragment of a route, with guide sections named by their ids.
pub fn href(locale: &'static Locale, route: &Route) -> String {
    route.fragment(|i| locale.guide.get(i).map(|s| s.id))
}

/// Reads a fragment into a route.
pub fn parse_route(locale: &'static Locale, fragment: &str) -> Route {
    Route::parse(fragment, |id| locale.guide_index(id), crate::core::content::MODEL.items.len())
}

/// Mounts the app into the page's body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
