use yew::prelude::*;

use crate::core::session::Event;
use crate::core::view::confirm::ConfirmView;
use crate::ui::context::ProgressContext;
use crate::ui::effects::CONFIRM_ID;

/// The question before an action that would lose the visitor's saved answers: focused when
/// asked (an alert, so a screen reader says it), answered with one of two buttons.
pub fn confirm_box(v: &ConfirmView, progress: &ProgressContext) -> Html {
    html! {
        <div class="card confirm" role="alertdialog" aria-labelledby={CONFIRM_ID}>
            <p id={CONFIRM_ID} tabindex="-1">{ v.question.clone() }</p>
            <div class="actions">
                <button type="button" class="button primary" onclick={progress.send(Event::ConfirmYes)}>{ v.yes }</button>
                <button type="button" class="button" onclick={progress.send(Event::ConfirmNo)}>{ v.no }</button>
            </div>
        </div>
    }
}
