//! The smaller blocks of the results screen, each rendering one part of a `FitResult`.

use yew::prelude::*;

use crate::core::content::{CAREERS, MODEL};
use std::rc::Rc;

use crate::core::route::Route;
use crate::core::scoring::{FitResult, PartScore, Reason, RelatedCareer};
use crate::core::summary::next_steps as steps_for;
use crate::core::text::{fill, whole};
use crate::ui::href;
use crate::ui::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct PartScoresProps {
    pub parts: [PartScore; 4],
}

/// Each part's sub-score as a labelled bar and number.
#[function_component(PartScores)]
pub fn part_scores(props: &PartScoresProps) -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let locale = app.locale();
    let ui = &locale.ui;
    let rows = props.parts.iter().map(|p| {
        let name = locale.parts[p.part.index()];
        let weight = format!("{}%", whole(MODEL.part_weights[p.part.index()] * 100.0));
        let (value, width) = match p.score {
            Some(s) => (whole(s), s),
            None => (ui.results_part_not_enough.to_string(), 0.0),
        };
        html! {
            <li>
                <span class="part-name">{ name }<span class="muted">{ format!(" ({weight}, {}/{})", p.answered, p.total) }</span></span>
                <svg class="part-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="track" x="0" y="0" width="100" height="8" />
                    <rect class="fill" x="0" y="0" width={whole(width)} height="8" />
                </svg>
                <span class="part-value">{ value }</span>
            </li>
        }
    });
    html! { <ul class="parts">{ for rows }</ul> }
}

#[derive(Properties, PartialEq)]
pub struct ReasonsProps {
    pub raised: Vec<Reason>,
    pub lowered: Vec<Reason>,
}

/// The answers that moved the score most, each way, quoted with the answer given.
#[function_component(Reasons)]
pub fn reasons(props: &ReasonsProps) -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let locale = app.locale();
    let ui = &locale.ui;
    let list = |reasons: &[Reason]| {
        if reasons.is_empty() {
            return html! { <p class="muted">{ ui.results_reasons_none }</p> };
        }
        let items = reasons.iter().filter_map(|r| {
            let text = locale.items.get(r.item)?;
            let scale = locale.scales.get(MODEL.items.get(r.item)?.scale)?;
            let answer = scale.labels.get(usize::from(r.answer))?;
            Some(html! {
                <li>
                    <span class="reason-item">{ *text }</span>
                    <span class="muted">{ fill(ui.results_reason_answer, &[("answer", answer)]) }</span>
                </li>
            })
        });
        html! { <ul class="reasons">{ for items }</ul> }
    };
    html! {
        <div class="reason-columns">
            <div>
                <h3>{ ui.results_raised }</h3>
                { list(&props.raised) }
            </div>
            <div>
                <h3>{ ui.results_lowered }</h3>
                { list(&props.lowered) }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    pub result: Rc<FitResult>,
}

/// Next steps for this band, linked to the guide sections that explain them.
#[function_component(NextSteps)]
pub fn next_steps(props: &NextStepsProps) -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let locale = app.locale();
    let steps = steps_for(locale, &props.result, !app.options.hide_guide).into_iter().map(|step| {
        let link = step.guide.and_then(|id| locale.guide_index(id)).and_then(|i| locale.guide.get(i).map(|s| (i, s.title)));
        html! {
            <li>
                { step.text }
                if let Some((i, title)) = link {
                    { " " }<a href={href(locale, &Route::Guide(i))}>{ title }</a>
                }
            </li>
        }
    });
    html! { <ul class="next-steps">{ for steps }</ul> }
}

#[derive(Properties, PartialEq)]
pub struct RelatedCareersProps {
    pub related: Vec<RelatedCareer>,
    /// The visitor named an obstacle, so the list leaves out careers that need it.
    pub after_obstacle: bool,
}

/// Careers whose interest profiles are closest to the visitor's.
#[function_component(RelatedCareers)]
pub fn related_careers(props: &RelatedCareersProps) -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let locale = app.locale();
    let ui = &locale.ui;
    let careers = props.related.iter().filter_map(|r| {
        let spec = CAREERS.get(r.career)?;
        let text = locale.careers.get(r.career)?;
        let preparation = locale.job_zones.get(usize::from(spec.job_zone).checked_sub(1)?)?;
        let zone = fill(ui.results_related_zone, &[("zone", &spec.job_zone.to_string()), ("preparation", preparation)]);
        Some(html! {
            <li>
                <h3>{ text.name }</h3>
                <p>{ text.about }</p>
                <p class="muted">{ zone }</p>
                <p class="muted">{ fill(ui.results_related_soc, &[("soc", spec.soc)]) }</p>
            </li>
        })
    });
    html! {
        <>
            <p>{ if props.after_obstacle { ui.results_related_intro_obstacle } else { ui.results_related_intro } }</p>
            <ul class="careers">{ for careers }</ul>
        </>
    }
}
