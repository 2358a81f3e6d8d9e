//! The root component: starts the session from the page, provides the two contexts, and
//! wires the hooks that keep the browser in step.

use yew::prelude::*;

use crate::core::career::{Career, MLT};
use crate::core::progress::STORAGE_KEY;
use crate::core::session::Startup;
use crate::ui::browser;
use crate::ui::context::{ContentContext, ProgressContext};
use crate::ui::hooks::{use_hash_route, use_host_bridge, use_session, ROOT_ID};
use crate::ui::screens::Screen;
use crate::ui::widgets::{Footer, Header, SkipLink};

/// What the page holds when the widget opens.
fn read_page() -> Startup {
    let storage_works = browser::storage_works();
    Startup {
        query: browser::query(),
        fragment: browser::fragment(),
        storage_works,
        stored: if storage_works { browser::load(STORAGE_KEY) } else { None },
        page_base: browser::url_with_fragment(""),
        languages: browser::preferred_languages(),
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    #[prop_or(&MLT)]
    pub career: &'static Career,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let (state, dispatch) = use_session(props.career, read_page);
    use_hash_route(dispatch.clone());
    use_host_bridge(state.options.host_origin.clone());
    let content = ContentContext { career: props.career, locale: state.locale() };
    if state.hold {
        // The visitor's language is on its way: show nothing rather than flash English.
        return html! { <div id={ROOT_ID} class="mlt-fit" aria-busy="true"></div> };
    }
    let progress = ProgressContext { state, dispatch };
    html! {
        <ContextProvider<ContentContext> context={content}>
            <ContextProvider<ProgressContext> context={progress}>
                <div id={ROOT_ID} class="mlt-fit">
                    <SkipLink />
                    <Header />
                    <main id="main-content" tabindex="-1">
                        <Screen />
                    </main>
                    <Footer />
                </div>
            </ContextProvider<ProgressContext>>
        </ContextProvider<ContentContext>>
    }
}

/// Mounts the app into the page's body.
pub fn start() {
    yew::Renderer::<App>::with_props(AppProps { career: &MLT }).render();
}
