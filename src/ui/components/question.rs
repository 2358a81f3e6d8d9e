use yew::prelude::*;

use crate::core::content::{current_item_set, MODEL};
use crate::core::link;
use crate::core::route::Route;
use crate::core::text::fill;
use crate::ui::hooks::SCREEN_HEADING;
use crate::ui::state::{Action, AppContext, StorageStatus};
use crate::ui::{browser, href};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub index: usize,
}

/// One question: a fieldset of five labelled radio buttons (arrow keys move between them,
/// Enter goes on), with progress, back, skip and next.
#[function_component(QuestionScreen)]
pub fn question_screen(props: &QuestionProps) -> Html {
    let missing_answer = use_state(|| false);
    {
        // A new question starts without the "choose an answer" message.
        let missing_answer = missing_answer.clone();
        use_effect_with(props.index, move |_| missing_answer.set(false));
    }
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let locale = app.locale();
    let ui = &locale.ui;
    let total = MODEL.items.len();
    let index = props.index.min(total.saturating_sub(1));
    let (Some(item), Some(text)) = (MODEL.items.get(index), locale.items.get(index)) else {
        return Html::default();
    };
    let Some(scale) = locale.scales.get(item.scale) else { return Html::default() };
    let chosen = app.answers.get(index);
    let is_last = index + 1 == total;

    // Where "next" leads: the following question, or the results for these answers.
    let go_on = {
        let app = app.clone();
        move || {
            let route = if index + 1 < total {
                Route::Quiz(index + 1)
            } else {
                Route::Results(link::encode(&app.answers, &current_item_set()))
            };
            browser::navigate(&href(app.locale(), &route));
        }
    };
    let finish_with = {
        let app = app.clone();
        move |answers: crate::core::answers::Answers| {
            let route = Route::Results(link::encode(&answers, &current_item_set()));
            browser::navigate(&href(app.locale(), &route));
        }
    };

    let on_choose = {
        let app = app.clone();
        let missing_answer = missing_answer.clone();
        move |value: u8| {
            let app = app.clone();
            let missing_answer = missing_answer.clone();
            Callback::from(move |_: Event| {
                missing_answer.set(false);
                app.dispatch(Action::Answer { item: index, value: Some(value) });
            })
        }
    };
    let on_submit = {
        let missing_answer = missing_answer.clone();
        let go_on = go_on.clone();
        let finish_with = finish_with.clone();
        let answers = app.answers.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if chosen.is_none() {
                missing_answer.set(true);
                browser::focus("answer-needed");
            } else if is_last {
                finish_with(answers.clone());
            } else {
                go_on();
            }
        })
    };
    let on_skip = {
        let app = app.clone();
        let missing_answer = missing_answer.clone();
        Callback::from(move |_: MouseEvent| {
            missing_answer.set(false);
            app.dispatch(Action::Answer { item: index, value: None });
            if is_last {
                let mut answers = app.answers.clone();
                answers.set(index, None);
                finish_with(answers);
            } else {
                go_on();
            }
        })
    };
    let on_back = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            let route = if index == 0 { Route::Home } else { Route::Quiz(index - 1) };
            browser::navigate(&href(app.locale(), &route));
        })
    };

    let n = (index + 1).to_string();
    let heading = fill(ui.quiz_question_of, &[("n", &n), ("total", &total.to_string())]);
    let answered = app.answers.answered();
    let seen = index.max(app.position);
    let skipped = (0..seen).filter(|i| app.answers.get(*i).is_none()).count();
    let status = fill(ui.quiz_status, &[("answered", &answered.to_string()), ("skipped", &skipped.to_string())]);
    let name = format!("answer-{}", item.id);
    let options = scale.labels.iter().enumerate().map(|(value, label)| {
        let value = value as u8;
        let id = format!("{name}-{value}");
        html! {
            <div class="option">
                <input type="radio" id={id.clone()} name={name.clone()} value={value.to_string()}
                    checked={chosen == Some(value)} onchange={on_choose(value)} />
                <label for={id}>{ *label }</label>
            </div>
        }
    });

    html! {
        <section class="question" aria-labelledby={SCREEN_HEADING}>
            <h1 id={SCREEN_HEADING} tabindex="-1" class="question-count">{ heading.clone() }</h1>
            <progress max={total.to_string()} value={n.clone()} aria-label={ui.quiz_progress_label}
                aria-valuetext={heading.clone()}></progress>
            <p class="visually-hidden" aria-live="polite">{ heading }</p>
            if index == 0 && app.storage == StorageStatus::Unavailable {
                <p class="notice" role="status">{ ui.storage_unavailable }</p>
            }
            // Keyed by item, so each question gets fresh radio inputs: reused inputs could
            // keep the previous question's checked state.
            <form key={item.id} onsubmit={on_submit} novalidate=true>
                <fieldset aria-describedby="scale-prompt">
                    <legend>{ *text }</legend>
                    <p id="scale-prompt" class="muted">{ scale.prompt }</p>
                    <div class="options">{ for options }</div>
                </fieldset>
                <p id="answer-needed" class="error" tabindex="-1" role="alert" hidden={!*missing_answer}>
                    { ui.quiz_answer_needed }
                </p>
                <div class="quiz-nav">
                    <button type="button" class="button" onclick={on_back}>{ ui.quiz_back }</button>
                    <button type="button" class="button" onclick={on_skip}>{ ui.quiz_skip }</button>
                    <button type="submit" class="button primary">{ if is_last { ui.quiz_finish } else { ui.quiz_next } }</button>
                </div>
            </form>
            <p class="muted quiz-status">{ status }</p>
            <p class="muted hint">{ ui.quiz_keyboard_hint }</p>
        </section>
    }
}
