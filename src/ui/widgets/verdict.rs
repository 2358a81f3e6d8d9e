use yew::prelude::*;

use crate::core::view::results::ResultsView;

/// The score, the verdict and the sentences that explain it (an obstacle is named first).
pub fn verdict(view: &ResultsView) -> Html {
    let s = &view.summary;
    html! {
        <section class={classes!("score-card", view.band_key)} aria-label={view.score_label}>
            <p class="score">
                <span class="score-number">{ view.score.clone() }</span>
                <span class="score-unit">{ view.out_of }</span>
            </p>
            <div>
                <p class="band">{ s.band_name }</p>
                <p class="headline">{ s.headline.clone() }</p>
                if let Some(held) = s.held.clone() {
                    <p>{ held }</p>
                }
                if !s.shortfalls.is_empty() {
                    <ul class="shortfalls">{ for s.shortfalls.iter().map(|t| html! { <li>{ t.clone() }</li> }) }</ul>
                }
                <p class="muted">{ s.coverage.clone() }</p>
                if let Some(range) = s.range.clone() {
                    <p class="muted">{ range }</p>
                }
                if let Some(text) = s.range_band {
                    <p class="muted">{ text }</p>
                }
            </div>
        </section>
    }
}
