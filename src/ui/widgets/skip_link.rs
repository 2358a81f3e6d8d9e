use yew::prelude::*;

use crate::ui::browser;
use crate::ui::context::use_content;

/// "Skip to main content". It moves focus itself rather than following `#main-content`,
/// because the fragment holds the current screen.
#[function_component(SkipLink)]
pub fn skip_link() -> Html {
    let content = use_content();
    let onclick = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus("main-content");
    });
    html! {
        <a class="skip-link" href="#main-content" {onclick}>{ content.locale.ui.skip_to_content() }</a>
    }
}
