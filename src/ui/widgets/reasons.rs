use yew::prelude::*;

use crate::core::view::results::ReasonColumn;

fn column(c: &ReasonColumn) -> Html {
    let list = if c.items.is_empty() {
        html! { <p class="muted">{ c.none }</p> }
    } else {
        let items = c.items.iter().map(|r| {
            html! {
                <li>
                    <span class="reason-item">{ r.text }</span>
                    <span class="muted">{ r.answer.clone() }</span>
                </li>
            }
        });
        html! { <ul class="reasons">{ for items }</ul> }
    };
    html! {
        <div>
            <h3>{ c.heading }</h3>
            { list }
        </div>
    }
}

/// The answers that moved the score most, each way, quoted with the answer given.
pub fn reasons(raised: &ReasonColumn, lowered: &ReasonColumn) -> Html {
    html! { <div class="reason-columns">{ column(raised) }{ column(lowered) }</div> }
}
