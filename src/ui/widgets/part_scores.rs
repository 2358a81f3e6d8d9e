use yew::prelude::*;

use crate::core::view::results::PartRow;

/// Each part's sub-score as a labelled bar and number.
pub fn part_scores(rows: &[PartRow]) -> Html {
    let rows = rows.iter().map(|p| {
        html! {
            <li>
                <span class="part-name">{ p.name }<span class="muted">{ p.detail.clone() }</span></span>
                <svg class="part-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="track" x="0" y="0" width="100" height="8" />
                    <rect class="fill" x="0" y="0" width={p.width.clone()} height="8" />
                </svg>
                <span class="part-value">{ p.value.clone() }</span>
            </li>
        }
    });
    html! { <ul class="parts">{ for rows }</ul> }
}
