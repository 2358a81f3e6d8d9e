use yew::prelude::*;

use crate::core::route::Route;
use crate::ui::context::use_progress;
use crate::ui::screens::{class_screen, GuideScreen, HomeScreen, QuestionScreen, ResultsScreen};

/// Shows the screen the route names.
#[function_component(Screen)]
pub fn screen() -> Html {
    let progress = use_progress();
    match &progress.state.route {
        Route::Home => html! { <HomeScreen /> },
        Route::Guide(index) => html! { <GuideScreen index={*index} /> },
        Route::Quiz(index) => html! { <QuestionScreen index={*index} /> },
        Route::Results(_) => html! { <ResultsScreen /> },
        Route::Class => class_screen(&progress.state),
    }
}
