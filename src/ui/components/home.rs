use yew::prelude::*;

use crate::core::content::MODEL;
use crate::core::route::Route;
use crate::core::text::fill;
use crate::ui::hooks::SCREEN_HEADING;
use crate::ui::state::{Action, AppContext, StorageStatus};
use crate::ui::{browser, href};

/// The start screen: what the widget is, and the way into the guide or the questionnaire.
/// When earlier answers were found, it first asks whether to continue or start over.
#[function_component(Home)]
pub fn home() -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let locale = app.locale();
    let ui = &locale.ui;
    let total = MODEL.items.len();

    let storage_notice = match app.storage {
        StorageStatus::Unavailable => Some(ui.storage_unavailable),
        StorageStatus::Reset => Some(ui.storage_reset),
        StorageStatus::Works => None,
    };

    let resume = app.resume_offer.then(|| {
        let on_continue = {
            let app = app.clone();
            Callback::from(move |_: MouseEvent| {
                app.dispatch(Action::Resume);
                browser::navigate(&href(app.locale(), &Route::Quiz(app.position)));
            })
        };
        let on_start_over = {
            let app = app.clone();
            Callback::from(move |_: MouseEvent| {
                app.dispatch(Action::StartOver);
                browser::navigate(&href(app.locale(), &Route::Quiz(0)));
            })
        };
        let answered = app.answers.answered().to_string();
        html! {
            <section class="card resume" aria-labelledby="resume-heading">
                <h2 id="resume-heading">{ ui.resume_heading }</h2>
                <p>{ fill(ui.resume_body, &[("answered", &answered), ("total", &total.to_string())]) }</p>
                <div class="actions">
                    <button type="button" class="button primary" onclick={on_continue}>{ ui.resume_continue }</button>
                    <button type="button" class="button" onclick={on_start_over}>{ ui.resume_start_over }</button>
                </div>
            </section>
        }
    });

    html! {
        <section class="home" aria-labelledby={SCREEN_HEADING}>
            <h1 id={SCREEN_HEADING} tabindex="-1">{ ui.home_heading }</h1>
            <p class="lead">{ ui.home_intro }</p>
            if let Some(notice) = storage_notice {
                <p class="notice" role="status">{ notice }</p>
            }
            { resume.unwrap_or_default() }
            if !app.resume_offer {
                <div class="actions">
                    <a class="button primary" href={href(locale, &Route::Quiz(0))}>{ ui.home_take_quiz }</a>
                    if !app.options.hide_guide {
                        <a class="button" href={href(locale, &Route::Guide(0))}>{ ui.home_read_guide }</a>
                    }
                </div>
            }
            <p class="muted">{ fill(ui.home_facts, &[("count", &total.to_string())]) }</p>
            <p class="muted">{ ui.home_disclaimer }</p>
        </section>
    }
}
