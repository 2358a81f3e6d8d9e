use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::class::screen::{ClassEvent, FileProblem, MAX_FILE_BYTES};
use crate::core::view::class::ClassView;
use crate::ui::browser;
use crate::ui::class::effects::{NOTICE, PASTE_BOX};
use crate::ui::effects::SCREEN_HEADING;

/// The notice's role: a confirmation is a status, an error an alert.
const ROLES: [&str; 2] = ["status", "alert"];

#[derive(Properties, PartialEq)]
pub struct PasteFormProps {
    pub view: Rc<ClassView>,
    pub dispatch: Callback<ClassEvent>,
}

/// Reads a picked or dropped file and sends its text (or why it has none) to the core.
fn read_file(file: web_sys::File, dispatch: Callback<ClassEvent>) {
    wasm_bindgen_futures::spawn_local(async move {
        let read = browser::read_text_file(file, MAX_FILE_BYTES).await.map_err(|too_big| {
            if too_big {
                FileProblem::TooBig
            } else {
                FileProblem::Unreadable
            }
        });
        dispatch.emit(ClassEvent::FileRead(read));
    });
}

/// The top of the class view: what it is, the box for links and codes (typed, pasted, a
/// file picked or dropped), and the choice to keep the list on this computer.
#[function_component(PasteForm)]
pub fn paste_form(props: &PasteFormProps) -> Html {
    let v = &props.view;
    let send = |event: ClassEvent| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(event.clone()))
    };
    let on_submit = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(ClassEvent::Show);
        })
    };
    let on_input = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                dispatch.emit(ClassEvent::Edit(area.value()));
            }
        })
    };
    let on_file = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(file, dispatch.clone());
            }
            // The same file can then be picked again after it was edited.
            input.set_value("");
        })
    };
    let on_drop = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: DragEvent| {
            let file = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
            if let Some(file) = file {
                e.prevent_default();
                read_file(file, dispatch.clone());
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_keep = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                dispatch.emit(ClassEvent::SetKeep(input.checked()));
            }
        })
    };
    html! {
        <section class="class-input" aria-labelledby={SCREEN_HEADING}>
            <h1 id={SCREEN_HEADING} tabindex="-1">{ v.heading }</h1>
            <p class="lead">{ v.intro }</p>
            <p class="muted">{ v.privacy }</p>
            if let Some(notice) = &v.notice {
                <p id={NOTICE} tabindex="-1" class={classes!("notice", notice.is_error.then_some("error"))}
                    role={ROLES[usize::from(notice.is_error)]}>{ notice.text.clone() }</p>
            }
            <form class="no-print" onsubmit={on_submit}>
                <div class="field">
                    <label for={PASTE_BOX}>{ v.paste_label }</label>
                    <p id="class-paste-hint" class="muted">{ v.paste_hint }</p>
                    <p id="class-drop-hint" class="muted">{ v.drop_hint }</p>
                    <textarea id={PASTE_BOX} rows="8" spellcheck="false" autocomplete="off" aria-describedby="class-paste-hint class-drop-hint"
                        value={v.text.clone()} oninput={on_input} ondrop={on_drop} ondragover={on_drag_over} />
                </div>
                <div class="field">
                    <label for="class-file">{ v.file_label }</label>
                    <input id="class-file" type="file" accept=".txt,.csv,.tsv,text/plain,text/csv" onchange={on_file} />
                </div>
                <div class="actions">
                    <button type="submit" class="button primary">{ v.show }</button>
                    <button type="button" class="button" onclick={send(ClassEvent::Clear)}>{ v.clear }</button>
                </div>
                <div class="check">
                    <input id="class-keep" type="checkbox" checked={v.keep} onchange={on_keep} aria-describedby="class-keep-note" />
                    <label for="class-keep">{ v.keep_label }</label>
                    <p id="class-keep-note" class="muted">{ v.keep_note }</p>
                </div>
                if let Some(forget) = v.forget {
                    <p><button type="button" class="button" onclick={send(ClassEvent::Forget)}>{ forget }</button></p>
                }
            </form>
        </section>
    }
}
