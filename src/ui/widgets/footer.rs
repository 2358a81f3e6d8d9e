use yew::prelude::*;

use crate::ui::context::use_content;

#[function_component(Footer)]
pub fn footer() -> Html {
    let content = use_content();
    html! {
        <footer class="site-footer"><p>{ content.locale.ui.footer_privacy() }</p></footer>
    }
}
