use yew::prelude::*;

use crate::core::session::Event;
use crate::core::view::question::question;
use crate::ui::context::{use_content, use_progress};
use crate::ui::effects::{ANSWER_NEEDED_ID, SCREEN_HEADING};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub index: usize,
}

/// One question: a fieldset of five labelled radio buttons (arrow keys move between them,
/// Enter goes on), with progress, back, skip and next.
#[function_component(QuestionScreen)]
pub fn question_screen(props: &QuestionProps) -> Html {
    let content = use_content();
    let progress = use_progress();
    let Some(view) = question(content.career, &progress.state, props.index) else {
        return Html::default();
    };
    let on_submit = {
        let dispatch = progress.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(Event::Next);
        })
    };
    let index = view.index;
    let choices = view.choices.into_iter().map(|choice| {
        let dispatch = progress.dispatch.clone();
        let value = choice.value;
        let onchange = Callback::from(move |_: Event_| dispatch.emit(Event::Choose { item: index, value }));
        html! {
            <div class="option">
                <input type="radio" id={choice.id.clone()} name={view.group_name.clone()} value={value.to_string()}
                    checked={choice.checked} {onchange} />
                <label for={choice.id}>{ choice.label }</label>
            </div>
        }
    });
    html! {
        <section class="question" aria-labelledby={SCREEN_HEADING}>
            <h1 id={SCREEN_HEADING} tabindex="-1" class="question-count">{ view.heading.clone() }</h1>
            <progress max={view.progress_max} value={view.progress_value} aria-label={view.progress_label}
                aria-valuetext={view.heading.clone()}></progress>
            if let Some(notice) = view.storage_notice {
                <p class="notice" role="status">{ notice }</p>
            }
            // Keyed by item, so each question gets fresh radio inputs: reused inputs could
            // keep the previous question's checked state.
            <form key={view.key} onsubmit={on_submit} novalidate=true>
                <fieldset aria-describedby="scale-prompt">
                    <legend>{ view.text }</legend>
                    <p id="scale-prompt" class="muted">{ view.prompt }</p>
                    <div class="options">{ for choices }</div>
                </fieldset>
                <p id={ANSWER_NEEDED_ID} class="error" tabindex="-1" role="alert" hidden={!view.answer_needed}>
                    { view.answer_needed_text }
                </p>
                <div class="quiz-nav">
                    <button type="button" class="button" onclick={progress.send(Event::Back)}>{ view.back }</button>
                    <button type="button" class="button" onclick={progress.send(Event::Skip)}>{ view.skip }</button>
                    <button type="submit" class="button primary">{ view.next }</button>
                </div>
            </form>
            <p class="muted quiz-status">{ view.status }</p>
            <p class="muted hint">{ view.hint }</p>
        </section>
    }
}

/// The DOM's change event (the core's `Event` has the short name here).
type Event_ = web_sys::Event;
