use yew::prelude::*;

use crate::ui::browser;
use crate::ui::state::AppContext;

/// "Skip to main content". It moves focus itself rather than following `#main-content`,
/// because the fragment holds the current screen.
#[function_component(SkipLink)]
pub fn skip_link() -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let onclick = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus("main-content");
    });
    html! {
        <a class="skip-link" href="#main-content" {onclick}>{ app.locale().ui.skip_to_content }</a>
    }
}
