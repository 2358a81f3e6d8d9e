use yew::prelude::*;

use crate::core::content::{current_item_set, ITEM_SETS};
use crate::core::link::{self, SharedAnswers};
use crate::core::route::Route;
use crate::core::content::MODEL;
use crate::core::scoring::score;
use crate::core::summary::{mlt_areas, summarize};
use crate::core::text::{fill, signed_hundredths};
use crate::ui::components::{LinkErrorScreen, NextSteps, PartScores, ProfileChart, Reasons, RelatedCareers, ShareLink};
use crate::ui::hooks::{announce_completion, SCREEN_HEADING};
use crate::ui::state::{Action, AppContext};
use crate::ui::{browser, href};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The answers, packed as in a results link.
    pub payload: String,
}

/// The results for the answers in the URL: worked out again here, so a shared link shows
/// exactly what its maker saw. A link that cannot be read gets a plain explanation.
#[function_component(ResultsScreen)]
pub fn results_screen(props: &ResultsProps) -> Html {
    let decoded = use_memo(props.payload.clone(), |payload| link::decode(payload, ITEM_SETS, &current_item_set()));
    match &*decoded {
        Err(error) => html! { <LinkErrorScreen error={*error} /> },
        Ok(shared) => html! { <ResultsView shared={shared.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct ResultsViewProps {
    shared: SharedAnswers,
}

#[function_component(ResultsView)]
fn results_view(props: &ResultsViewProps) -> Html {
    let app = use_context::<AppContext>();
    let result = use_memo(props.shared.answers.clone(), |answers| score(answers));
    // The visitor's own results, rather than someone else's opened from a link.
    let own = app.as_ref().is_some_and(|a| a.answers == props.shared.answers);
    {
        let host = app.as_ref().and_then(|a| a.options.host_origin.clone());
        let band = result.band.key();
        use_effect_with((own, band), move |(own, band)| {
            if *own {
                announce_completion(host.as_deref(), band);
            }
        });
    }
    let Some(app) = app else { return Html::default() };
    let locale = app.locale();
    let ui = &locale.ui;
    let shared = &props.shared;
    let url = browser::url_with_fragment(&href(locale, &Route::Results(link::encode(&shared.answers, &current_item_set()))));

    let on_edit = {
        let app = app.clone();
        let answers = shared.answers.clone();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::Adopt(answers.clone()));
            browser::navigate(&href(app.locale(), &Route::Quiz(0)));
        })
    };
    let on_retake = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::StartOver);
            browser::navigate(&href(app.locale(), &Route::Quiz(0)));
        })
    };
    let on_print = Callback::from(|_: MouseEvent| browser::print());

    let summary = summarize(&MODEL, &result, locale);
    let score_text = result.rounded().map(|s| s.to_string()).unwrap_or_else(|| ui.results_no_score.to_string());
    let congruence = match result.congruence {
        Some(r) => fill(ui.results_congruence, &[("r", &signed_hundredths(r))]),
        None => ui.results_congruence_unknown.to_string(),
    };
    let top = result.top_areas.map(|areas| {
        let names: Vec<&str> = areas.iter().map(|a| locale.areas[a.index()].name).collect();
        fill(ui.results_top_code, &[("areas", &names.join(ui.results_list_comma))])
    });
    let mlt = fill(ui.results_interest_mlt_areas, &[("areas", &mlt_areas(&MODEL, locale))]);
    let old_set = (shared.from_version != current_item_set().version).then(|| {
        fill(
            ui.results_old_set,
            &[
                ("version", &shared.from_version.to_string()),
                ("dropped", &shared.dropped.to_string()),
                ("missing", &shared.missing.to_string()),
            ],
        )
    });
    let list = |texts: &[&'static str]| texts.iter().map(|t| html! { <li>{ *t }</li> }).collect::<Html>();
    let shortfalls = summary.shortfalls.iter().map(|t| html! { <li>{ t }</li> }).collect::<Html>();

    html! {
        <article class="results" aria-labelledby={SCREEN_HEADING}>
            if !own {
                <div class="banner" role="note">
                    <p>{ ui.results_shared_banner }</p>
                    <a class="button" href={href(locale, &Route::Home)}>{ ui.results_take_quiz_yourself }</a>
                </div>
            }
            if let Some(note) = old_set {
                <p class="notice">{ note }</p>
            }
            <h1 id={SCREEN_HEADING} tabindex="-1">{ ui.results_heading }</h1>
            <section class={classes!("score-card", result.band.key())} aria-label={ui.results_score_label}>
                <p class="score">
                    <span class="score-number">{ score_text }</span>
                    <span class="score-unit">{ ui.results_out_of }</span>
                </p>
                <div>
                    <p class="band">{ summary.band_name }</p>
                    <p class="headline">{ summary.headline.clone() }</p>
                    if let Some(held) = summary.held.clone() {
                        <p>{ held }</p>
                    }
                    if !summary.shortfalls.is_empty() {
                        <ul class="shortfalls">{ shortfalls }</ul>
                    }
                    <p class="muted">{ summary.coverage.clone() }</p>
                    if let Some(range) = summary.range.clone() {
                        <p class="muted">{ range }</p>
                    }
                </div>
            </section>
            if !summary.quality.is_empty() {
                <section class="quality" aria-labelledby="quality-heading">
                    <h2 id="quality-heading">{ ui.results_quality_heading }</h2>
                    <ul>{ list(&summary.quality) }</ul>
                    <p>{ ui.quality_invite }</p>
                </section>
            }
            if !summary.obstacles.is_empty() {
                <section class="deal-breakers" aria-labelledby="obstacles-heading">
                    <h2 id="obstacles-heading">{ ui.results_obstacles_heading }</h2>
                    <ul>{ list(&summary.obstacles) }</ul>
                </section>
            }
            if !summary.open_questions.is_empty() {
                <section class="open-questions" aria-labelledby="open-heading">
                    <h2 id="open-heading">{ ui.results_open_heading }</h2>
                    <ul>{ list(&summary.open_questions) }</ul>
                </section>
            }
            <section aria-labelledby="reasons-heading">
                <h2 id="reasons-heading">{ ui.results_reasons_heading }</h2>
                <Reasons raised={result.raised.clone()} lowered={result.lowered.clone()} />
            </section>
            <section aria-labelledby="parts-heading">
                <h2 id="parts-heading">{ ui.results_parts_heading }</h2>
                <PartScores parts={result.parts.clone()} />
                <p class="muted">{ ui.results_how_scored }</p>
            </section>
            <section aria-labelledby="profile-heading">
                <h2 id="profile-heading">{ ui.results_profile_heading }</h2>
                if let Some(interest) = summary.interest.clone() {
                    <p class="interest-match">{ interest }</p>
                }
                <p>{ mlt }</p>
                if let Some(top) = top {
                    <p>{ top }</p>
                }
                <ProfileChart profile={result.profile} />
                <p class="muted">{ ui.results_interest_far }</p>
                <p class="muted">{ congruence }</p>
            </section>
            <section aria-labelledby="next-heading">
                <h2 id="next-heading">{ ui.results_next_heading }</h2>
                <NextSteps result={result.clone()} />
            </section>
            if result.suggests_related() {
                <section aria-labelledby="related-heading">
                    <h2 id="related-heading">{ ui.results_related_heading }</h2>
                    <RelatedCareers related={result.related.clone()} after_obstacle={!result.obstacles.is_empty()} />
                </section>
            } else if matches!(result.band, crate::core::model::Band::Mixed | crate::core::model::Band::Low | crate::core::model::Band::Obstacle) {
                <section aria-labelledby="related-heading">
                    <h2 id="related-heading">{ ui.results_related_heading }</h2>
                    <p>{ ui.results_related_none }</p>
                </section>
            }
            <section class="no-print" aria-label={ui.results_actions_label}>
                <ShareLink url={url} />
                <div class="actions">
                    <button type="button" class="button" onclick={on_edit}>{ ui.results_edit }</button>
                    <button type="button" class="button" onclick={on_retake}>{ ui.results_retake }</button>
                    <button type="button" class="button" onclick={on_print}>{ ui.results_print }</button>
                </div>
            </section>
            <footer class="fine-print">
                <p>{ ui.results_disclaimer }</p>
                <p>{ ui.results_attribution }</p>
            </footer>
        </article>
    }
}
