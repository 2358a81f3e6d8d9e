use yew::prelude::*;

use crate::core::session::Event;
use crate::core::view::results::results;
use crate::ui::context::{use_content, use_progress};
use crate::ui::effects::{ACTIONS_ID, SCREEN_HEADING};
use crate::ui::screens::LinkErrorScreen;
use crate::ui::widgets::{
    confirm_box, hand_in, next_steps, part_scores, profile_chart, reasons, related_careers, share_link, verdict,
};

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
                <section class="quality" aria-labelledby="quality-heading">
                    <h2 id="quality-heading">{ view.quality_heading }</h2>
                    <ul>{ list(&summary.quality) }</ul>
                    <p>{ view.quality_invite }</p>
                </section>
            }
            if !summary.obstacles.is_empty() {
                <section class="deal-breakers" aria-labelledby="obstacles-heading">
                    <h2 id="obstacles-heading">{ view.obstacles_heading }</h2>
                    <ul>{ list(&summary.obstacles) }</ul>
                </section>
            }
            if !summary.open_questions.is_empty() {
                <section class="open-questions" aria-labelledby="open-heading">
                    <h2 id="open-heading">{ view.open_heading }</h2>
                    <ul>{ list(&summary.open_questions) }</ul>
                </section>
            }
            // The second step, after the first paint (`ResultsView::in_full`).
            if view.in_full {
                <section aria-labelledby="reasons-heading">
                    <h2 id="reasons-heading">{ view.reasons_heading }</h2>
                    { reasons(&view.raised, &view.lowered) }
                </section>
                <section aria-labelledby="parts-heading">
                    <h2 id="parts-heading">{ view.parts_heading }</h2>
                    { part_scores(&view.parts) }
                    <p class="muted">{ view.how_scored }</p>
                </section>
                <section aria-labelledby="profile-heading">
                    <h2 id="profile-heading">{ view.profile_heading }</h2>
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
                </section>
                <section aria-labelledby="next-heading">
                    <h2 id="next-heading">{ view.next_heading }</h2>
                    { next_steps(&view.next_steps) }
                </section>
                if let Some(related) = &view.related {
                    <section aria-labelledby="related-heading">
                        <h2 id="related-heading">{ related.heading }</h2>
                        if related.careers.is_empty() {
                            <p>{ view.related_none }</p>
                        } else {
                            { related_careers(&related) }
                        }
                    </section>
                }
                if let Some(v) = &view.hand_in {
                    { hand_in(v, &progress) }
                }
                <section class="no-print" aria-label={view.actions_label}>
                    { share_link(&view.share, &progress) }
                    <div class="actions" id={ACTIONS_ID} tabindex="-1">
                        <button type="button" class="button" onclick={progress.send(Event::EditAnswers)}>{ view.edit }</button>
                        <button type="button" class="button" onclick={progress.send(Event::StartOver)}>{ view.retake }</button>
                        <button type="button" class="button" onclick={progress.send(Event::Print)}>{ view.print }</button>
                    </div>
                    if let Some(v) = &view.confirm {
                        { confirm_box(v, &progress) }
                    }
                </section>
            }
            <footer class="fine-print">
                <p>{ view.disclaimer }</p>
                <p>{ view.attribution }</p>
            </footer>
        </article>
    }
}
