use yew::prelude::*;

use crate::core::view::results::RelatedView;

/// Careers whose interest profiles resemble the visitor's, with their preparation.
pub fn related_careers(view: &RelatedView) -> Html {
    let careers = view.careers.iter().map(|c| {
        html! {
            <li>
                <h3>{ c.name }</h3>
                <p>{ c.about }</p>
                <p class="muted">{ c.zone.clone() }</p>
                <p class="muted">{ c.soc.clone() }</p>
            </li>
        }
    });
    html! {
        <>
            <p>{ view.intro }</p>
            <ul class="careers">{ for careers }</ul>
        </>
    }
}
