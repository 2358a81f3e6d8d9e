use yew::prelude::*;

use crate::core::route::Route;
use crate::ui::href;
use crate::ui::state::AppContext;

/// The widget's name and the section links, with the current one marked for assistive tech.
#[function_component(Header)]
pub fn header() -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let locale = app.locale();
    let ui = &locale.ui;
    let current = |is: bool| is.then_some("page");
    let route = &app.route;
    let quiz_route = Route::Quiz(app.position);
    html! {
        <header class="site-header">
            <a class="brand" href={href(locale, &Route::Home)} aria-current={current(*route == Route::Home)}>
                { ui.app_title }
            </a>
            <nav aria-label={ui.nav_label}>
                <ul>
                    if !app.options.hide_guide {
                        <li><a href={href(locale, &Route::Guide(0))} aria-current={current(matches!(route, Route::Guide(_)))}>{ ui.nav_guide }</a></li>
                    }
                    <li><a href={href(locale, &quiz_route)} aria-current={current(matches!(route, Route::Quiz(_)))}>{ ui.nav_quiz }</a></li>
                </ul>
            </nav>
        </header>
    }
}
