//! The root component: reads the starting state from the URL and storage, provides it to
//! every screen, and wires the hooks that keep the browser in step.

use yew::prelude::*;

use crate::core::content::Locale;
use crate::core::options::{Options, Start};
use crate::core::progress::{Progress, STORAGE_KEY};
use crate::core::route::Route;
use crate::ui::components::{Footer, Header, Screen, SkipLink};
use crate::ui::hooks::{use_focus_on_navigation, use_hash_route, use_host_bridge, use_saved_progress, ROOT_ID};
use crate::ui::state::{AppState, StorageStatus};
use crate::ui::{browser, href, parse_route};

/// Everything the app needs from the page when it starts.
fn initial_state() -> AppState {
    let (options, warnings) = Options::parse(&browser::query());
    for w in &warnings {
        browser::warn(w);
    }
    let locale = Locale::for_lang(options.lang.as_deref().unwrap_or("en"));
    browser::set_document_lang(locale.lang);
    if let Some(accent) = &options.accent {
        browser::set_css_variable("--accent", accent);
    }
    if options.compact {
        browser::add_root_class("compact");
    }

    let (saved, storage) = if !browser::storage_works() {
        (None, StorageStatus::Unavailable)
    } else {
        match browser::load(STORAGE_KEY) {
            None => (None, StorageStatus::Works),
            Some(text) => match Progress::from_storage(&text) {
                Some(p) => (Some(p), StorageStatus::Works),
                None => {
                    browser::remove(STORAGE_KEY);
                    (None, StorageStatus::Reset)
                }
            },
        }
    };

    let fragment = browser::fragment();
    let mut route = parse_route(locale, &fragment);
    if fragment.trim_start_matches(['#', '/']).is_empty() {
        route = match options.start {
            Start::Home => Route::Home,
            Start::Guide => Route::Guide(0),
            Start::Quiz => Route::Quiz(0),
        };
    }
    if options.hide_guide && matches!(route, Route::Guide(_)) {
        route = Route::Home;
    }
    let canonical = href(locale, &route);
    if fragment != canonical && !fragment.is_empty() {
        browser::replace_fragment(&canonical);
    }
    AppState::new(locale, route, saved, storage, options)
}

/// Names the browser tab after the screen, so each screen has its own title (WCAG 2.4.2).
#[hook]
fn use_screen_title(locale: &'static Locale, route: &Route) {
    use_effect_with(route.clone(), move |route| {
        let ui = &locale.ui;
        let total = crate::core::content::MODEL.items.len().to_string();
        let screen = match route {
            Route::Home => ui.app_tagline.to_string(),
            Route::Guide(i) => locale.guide.get(*i).map(|s| s.title).unwrap_or(ui.guide_heading).to_string(),
            Route::Quiz(i) => crate::core::text::fill(ui.quiz_question_of, &[("n", &(i + 1).to_string()), ("total", &total)]),
            Route::Results(payload) => {
                let set = crate::core::content::current_item_set();
                match crate::core::link::decode(payload, crate::core::content::ITEM_SETS, &set) {
                    Ok(_) => ui.results_heading.to_string(),
                    Err(_) => ui.link_error_heading.to_string(),
                }
            }
        };
        browser::set_title(&crate::core::text::fill(ui.document_title, &[("screen", &screen)]));
    });
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    use_hash_route(state.clone());
    use_saved_progress(&state);
    use_focus_on_navigation(&state.route);
    use_host_bridge(state.options.host_origin.clone());
    use_screen_title(state.locale(), &state.route);

    html! {
        <ContextProvider<crate::ui::state::AppContext> context={state.clone()}>
            <div id={ROOT_ID} class="mlt-fit">
                <SkipLink />
                <Header />
                <main id="main-content" tabindex="-1">
                    <Screen />
                </main>
                <Footer />
            </div>
        </ContextProvider<crate::ui::state::AppContext>>
    }
}
