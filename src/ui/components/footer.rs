use yew::prelude::*;

use crate::ui::state::AppContext;

#[function_component(Footer)]
pub fn footer() -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    html! {
        <footer class="site-footer"><p>{ app.locale().ui.footer_privacy }</p></footer>
    }
}
