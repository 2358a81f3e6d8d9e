use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::browser;
use crate::ui::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    /// The full results URL.
    pub url: String,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// "Copy link" (with a visible, announced confirmation), "Share" where the browser has the
/// Web Share API, and the link itself in a read-only field: when copying is refused, the
/// field's text is selected so the visitor can copy it by hand.
#[function_component(ShareLink)]
pub fn share_link(props: &ShareLinkProps) -> Html {
    let copy_state = use_state(|| CopyState::Idle);
    let field = use_node_ref();
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let ui = &app.locale().ui;

    let on_copy = {
        let url = props.url.clone();
        let copy_state = copy_state.clone();
        let field = field.clone();
        Callback::from(move |_: MouseEvent| {
            let url = url.clone();
            let copy_state = copy_state.clone();
            let field = field.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if browser::copy(&url).await {
                    copy_state.set(CopyState::Copied);
                } else {
                    copy_state.set(CopyState::Failed);
                    if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                        let _ = input.focus();
                        input.select();
                    }
                }
            });
        })
    };
    let on_share = {
        let url = props.url.clone();
        let title = ui.results_share_title;
        Callback::from(move |_: MouseEvent| {
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move { browser::share(title, &url).await });
        })
    };
    let on_focus_field = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.select();
        }
    });
    let status = match *copy_state {
        CopyState::Idle => "",
        CopyState::Copied => ui.results_link_copied,
        CopyState::Failed => ui.results_link_copy_failed,
    };

    html! {
        <div class="share">
            <label for="results-link">{ ui.results_link_label }</label>
            <input id="results-link" ref={field} type="text" readonly=true value={props.url.clone()} onfocus={on_focus_field} />
            <div class="actions">
                <button type="button" class="button primary" onclick={on_copy}>{ ui.results_copy_link }</button>
                if browser::can_share() {
                    <button type="button" class="button" onclick={on_share}>{ ui.results_share }</button>
                }
            </div>
            <p class="status" role="status">{ status }</p>
            <p class="muted">{ ui.results_link_note }</p>
        </div>
    }
}
