use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::session::Event;
use crate::core::view::results::ShareView;
use crate::ui::browser;
use crate::ui::context::ProgressContext;
use crate::ui::effects::LINK_FIELD_ID;

/// "Copy link" (with a visible, announced confirmation), "Share" where the browser has the
/// Web Share API, and the link itself in a read-only field: when copying is refused, the
/// field's text is selected so the visitor can copy it by hand.
pub fn share_link(v: &ShareView, progress: &ProgressContext) -> Html {
    let on_focus_field = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.select();
        }
    });
    html! {
        <div class="share">
            <label for={LINK_FIELD_ID}>{ v.label }</label>
            <input id={LINK_FIELD_ID} type="text" readonly=true value={v.url.clone()} onfocus={on_focus_field} />
            <div class="actions">
                <button type="button" class="button primary" onclick={progress.send(Event::CopyLink)}>{ v.copy }</button>
                if browser::can_share() {
                    <button type="button" class="button" onclick={progress.send(Event::Share)}>{ v.share }</button>
                }
            </div>
            <p class="status" role="status">{ v.status }</p>
            <p class="muted">{ v.note }</p>
        </div>
    }
}
