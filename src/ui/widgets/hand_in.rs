use yew::prelude::*;

use crate::core::session::Event;
use crate::core::view::results::HandInView;
use crate::ui::context::ProgressContext;
use crate::ui::widgets::hand_in_qr;

/// Id of the optional name field, of its note and of its error (which describe it).
const NAME_ID: &str = "hand-in-name";
const NOTE: &str = "hand-in-name-note";
const ERROR: &str = "hand-in-name-error";
const NOTE_AND_ERROR: &str = "hand-in-name-note hand-in-name-error";

/// How a student hands results in: an optional name (it goes into the link, and the field
/// says so), the hand-in code in groups of four, and the QR code of the link.
pub fn hand_in(v: &HandInView, progress: &ProgressContext) -> Html {
    let on_name = {
        let dispatch = progress.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                dispatch.emit(Event::SetHandInName(input.value()));
            }
        })
    };
    // Spaces between the groups, so a copied code keeps them (and stays on one line).
    let code = v.code_groups.iter().enumerate().map(|(i, g)| {
        let space = if i > 0 { " " } else { "" };
        html! { <>{ space }<span class="code-group">{ g.clone() }</span></> }
    });
    html! {
        <section class="hand-in" aria-labelledby="hand-in-heading">
            <h2 id="hand-in-heading">{ v.heading }</h2>
            if let Some(name) = v.printed_name.clone() {
                <p class="print-only">{ name }</p>
            }
            <p class="no-print">{ v.intro }</p>
            <div class="field no-print">
                <label for={NAME_ID}>{ v.name_label }</label>
                <input id={NAME_ID} type="text" autocomplete="off" value={v.name.clone()} oninput={on_name}
                    aria-describedby={if v.name_error.is_some() { NOTE_AND_ERROR } else { NOTE }}
                    aria-invalid={v.name_error.is_some().then_some("true")} />
                <p id={NOTE} class="muted">{ v.name_note.clone() }</p>
                if let Some(error) = v.name_error {
                    <p id={ERROR} class="error" role="alert">{ error }<br />{ v.name_left_out }</p>
                }
            </div>
            <div class="hand-in-codes">
                <div>
                    <p class="code-label" id="hand-in-code-label">{ v.code_label }</p>
                    <p class="hand-in-code" aria-labelledby="hand-in-code-label">{ for code }</p>
                    <p class="muted">{ v.check_note }</p>
                    <p class="muted">{ v.case_note }</p>
                </div>
                { hand_in_qr(&v.qr, v.qr_alt) }
            </div>
            <p class="no-print">
                <button type="button" class="button" onclick={progress.send(Event::PrintHandout)}>{ v.print }</button>
            </p>
        </section>
    }
}
