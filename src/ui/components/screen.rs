use yew::prelude::*;

use crate::core::route::Route;
use crate::ui::components::{GuideScreen, Home, QuestionScreen, ResultsScreen};
use crate::ui::state::AppContext;

/// Shows the screen the route names.
#[function_component(Screen)]
pub fn screen() -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    match &app.route {
        Route::Home => html! { <Home /> },
        Route::Guide(index) => html! { <GuideScreen index={*index} /> },
        Route::Quiz(index) => html! { <QuestionScreen index={*index} /> },
        Route::Results(payload) => html! { <ResultsScreen payload={payload.clone()} /> },
    }
}
