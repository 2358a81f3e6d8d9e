use yew::prelude::*;

use crate::core::view::results::RelatedView;

#[derive(Properties, PartialEq)]
pub struct RelatedCareersProps {
    pub view: RelatedView,
}

/// Careers whose interest profiles resemble the visitor's, with their preparation.
#[function_component(RelatedCareers)]
pub fn related_careers(props: &RelatedCareersProps) -> Html {
    let careers = props.view.careers.iter().map(|c| {
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
            <p>{ props.view.intro }</p>
            <ul class="careers">{ for careers }</ul>
        </>
    }
}
