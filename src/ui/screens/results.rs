use yew::prelude::*;

use crate::core::session::Event;
use crate::core::view::results::results;
use crate::ui::context::{use_content, use_progress};
use crate::ui::effects::SCREEN_HEADING;
use crate::ui::screens::LinkErrorScreen;
use crate::ui::widgets::{
    hand_in, next_steps, part_scores, profile_chart, reasons, related_careers, share_link, verdict,
};

/// A section of the results named by its heading: `<section aria-labelledby><h2 id>`. One
/// function rather than the same markup nine times (less code in the WASM).
fn section(class: &'static str, id: &'static str, heading: &'static str, body: Html) -> Html {
    html! {
        <section class={(!class.is_empty()).then_some(class)} aria-labelledby={id}>
            <h2 {id}>{ heading }</h2>
            { body }
        </section>
    }
}

/// The results for the answers in the URL, worked out in the core when the route named them,
/// so a shared link shows exactly what its maker saw. A link that cannot be read gets a plain
/// explanation.
#[function_component(ResultsScreen)]
pub fn results_screen() -> Html {
    let content = use_content();
    let progress = use_progress();
    let state = &progress.state;
    let Some(read) = state.results.as_ref() else {
        return Html::default();
    };
    let outcome = match &read.outcome {
        Err(error) => return html! { <LinkErrorScreen error={*error} /> },
        Ok(outcome) => outcome,
    };
    let view = results(content.career, state, outcome);
    let list = |texts: &[&'static str]| texts.iter().map(|t| html! { <li>{ *t }</li> }).collect::<Html>();
    let summary = &view.summary;
    html! {
        <article class="results" aria-labelledby={SCREEN_HEADING}>
            if let Some((text, link)) = &view.shared_banner {
                <div class="banner" role="note">
                    <p>{ text.clone() }</p>
                    <a class="button" href={link.href.clone()}>{ link.label }</a>
                </div>
            }
            if let Some(note) = view.old_set_note.clone() {
                <p class="notice">{ note }</p>
            }
            <h1 id={SCREEN_HEADING} tabindex="-1">{ view.heading }</h1>
            { verdict(&view) }
            if !summary.quality.is_empty() {
                { section("quality", "quality-heading", view.quality_heading, html! {
                    <><ul>{ list(&summary.quality) }</ul><p>{ view.quality_invite }</p></>
                }) }
            }
            if !summary.obstacles.is_empty() {
                { section("deal-breakers", "obstacles-heading", view.obstacles_heading, html! { <ul>{ list(&summary.obstacles) }</ul> }) }
            }
            if !summary.open_questions.is_empty() {
                { section("open-questions", "open-heading", view.open_heading, html! { <ul>{ list(&summary.open_questions) }</ul> }) }
            }
            { section("", "reasons-heading", view.reasons_heading, reasons(&view.raised, &view.lowered)) }
            { section("", "parts-heading", view.parts_heading, html! {
                <>{ part_scores(&view.parts) }<p class="muted">{ view.how_scored }</p></>
            }) }
            { section("", "profile-heading", view.profile_heading, html! {
                <>
                    if let Some(interest) = summary.interest.clone() {
                        <p class="interest-match">{ interest }</p>
                    }
                    <p>{ view.career_areas.clone() }</p>
                    if let Some(top) = view.top_areas.clone() {
                        <p>{ top }</p>
                    }
                    { profile_chart(&view.chart) }
                    <p class="muted">{ view.far_areas }</p>
                    <p class="muted">{ view.congruence.clone() }</p>
                </>
            }) }
            { section("", "next-heading", view.next_heading, next_steps(&view.next_steps)) }
            if let Some(related) = &view.related {
                { section("", "related-heading", related.heading, if related.careers.is_empty() {
                    html! { <p>{ view.related_none }</p> }
                } else {
                    related_careers(related)
                }) }
            }
            if let Some(v) = &view.hand_in {
                { hand_in(v, &progress) }
            }
            <section class="no-print" aria-label={view.actions_label}>
                { share_link(&view.share, &progress) }
                <div class="actions">
                    <button type="button" class="button" onclick={progress.send(Event::EditAnswers)}>{ view.edit }</button>
                    <button type="button" class="button" onclick={progress.send(Event::StartOver)}>{ view.retake }</button>
                    <button type="button" class="button" onclick={progress.send(Event::Print)}>{ view.print }</button>
                </div>
            </section>
            <footer class="fine-print">
                <p>{ view.disclaimer }</p>
                <p>{ view.attribution }</p>
            </footer>
        </article>
    }
}
