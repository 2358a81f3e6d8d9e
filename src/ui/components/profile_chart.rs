use yew::prelude::*;

use crate::core::content::MODEL;
use crate::core::model::Area;
use crate::core::text::whole;
use crate::ui::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct ProfileChartProps {
    /// The visitor's 0-100 score per area; `None` where no item in the area was answered.
    pub profile: [Option<f64>; 6],
}

const ROW: f64 = 34.0;
const LABEL: f64 = 110.0;
const BAR: f64 = 200.0;

/// MLT work's profile on the same 0-100 scale as the visitor's: O*NET's 1-7 mapped linearly.
pub fn mlt_percent(area: Area) -> f64 {
    (MODEL.mlt_profile[area.index()] - 1.0) / 6.0 * 100.0
}

/// Paired bars, the visitor beside MLT work, for each interest area. The table after it
/// holds the same numbers for screen readers and for anyone who prefers figures.
#[function_component(ProfileChart)]
pub fn profile_chart(props: &ProfileChartProps) -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let locale = app.locale();
    let ui = &locale.ui;
    let height = ROW * 6.0 + 8.0;
    let bars = Area::ALL.iter().enumerate().map(|(row, area)| {
        let y = 4.0 + row as f64 * ROW;
        let you = props.profile[area.index()].unwrap_or(0.0);
        let mlt = mlt_percent(*area);
        html! {
            <g>
                <text x="0" y={whole(y + 17.0)}>{ locale.areas[area.index()].name }</text>
                <rect class="bar you" x={whole(LABEL)} y={whole(y)} height="12"
                    width={whole((you / 100.0 * BAR).max(1.0))} />
                <rect class="bar mlt" x={whole(LABEL)} y={whole(y + 14.0)} height="12"
                    width={whole((mlt / 100.0 * BAR).max(1.0))} />
            </g>
        }
    });
    let rows = Area::ALL.iter().map(|area| {
        let you = match props.profile[area.index()] {
            Some(v) => whole(v),
            None => ui.results_profile_no_answer.to_string(),
        };
        let text = &locale.areas[area.index()];
        html! {
            <tr>
                <th scope="row">{ text.name }<span class="muted">{ text.short }</span></th>
                <td>{ you }</td>
                <td>{ whole(mlt_percent(*area)) }</td>
            </tr>
        }
    });
    html! {
        <div class="profile-chart">
            <p class="chart-key" aria-hidden="true">
                <span class="key you"></span>{ ui.results_profile_you }
                <span class="key mlt"></span>{ ui.results_profile_mlt }
            </p>
            <svg viewBox={format!("0 0 {} {}", whole(LABEL + BAR + 4.0), whole(height))} aria-hidden="true" focusable="false">
                { for bars }
            </svg>
            <table>
                <caption>{ ui.results_profile_intro }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ ui.results_profile_area }</th>
                        <th scope="col">{ ui.results_profile_you }</th>
                        <th scope="col">{ ui.results_profile_mlt }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
