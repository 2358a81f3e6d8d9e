use yew::prelude::*;

use crate::core::content::SALARY;
use crate::core::text::{dollars, fill, whole};
use crate::ui::state::AppContext;

/// Chart width in SVG units; the SVG scales to its box.
const WIDTH: f64 = 320.0;
const PAD: f64 = 16.0;

/// The pay range as a bar from low to high with the median marked, and the BLS median
/// for comparison. The figures are also given as text, which is what screen readers get.
#[function_component(SalaryChart)]
pub fn salary_chart() -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let ui = &app.locale().ui;
    let s = SALARY;
    // Scale from a little under the low figure to a little over the larger of high and BLS.
    let min = 20_000.0;
    let max = f64::from(s.high.max(s.bls_median)) + 6_000.0;
    let x = |v: u32| PAD + (f64::from(v) - min) / (max - min) * (WIDTH - 2.0 * PAD);
    let (low, median, high, bls) = (x(s.low), x(s.median), x(s.high), x(s.bls_median));
    let year = s.bls_year.to_string();
    let text = fill(
        ui.salary_chart_text,
        &[
            ("low", &dollars(s.low)),
            ("high", &dollars(s.high)),
            ("median", &dollars(s.median)),
            ("bls", &dollars(s.bls_median)),
            ("year", &year),
        ],
    );
    html! {
        <figure class="salary-chart">
            <figcaption>{ ui.salary_chart_title }</figcaption>
            <svg viewBox={format!("0 0 {} 64", whole(WIDTH))} aria-hidden="true" focusable="false">
                <rect class="range" x={whole(low)} y="22" width={whole(high - low)} height="14" rx="7" />
                <line class="median" x1={whole(median)} x2={whole(median)} y1="14" y2="44" />
                <line class="bls" x1={whole(bls)} x2={whole(bls)} y1="14" y2="44" />
                <text x={whole(low)} y="58" text-anchor="start">{ dollars(s.low) }</text>
                <text x={whole(median)} y="10" text-anchor="middle">{ dollars(s.median) }</text>
                <text x={whole(high)} y="58" text-anchor="end">{ dollars(s.high) }</text>
            </svg>
            <dl class="chart-legend">
                <div><dt>{ ui.salary_chart_low }</dt><dd>{ dollars(s.low) }</dd></div>
                <div><dt><span class="key median" aria-hidden="true"></span>{ ui.salary_chart_median }</dt><dd>{ dollars(s.median) }</dd></div>
                <div><dt>{ ui.salary_chart_high }</dt><dd>{ dollars(s.high) }</dd></div>
                <div><dt><span class="key bls" aria-hidden="true"></span>{ fill(ui.salary_chart_bls, &[("year", &year)]) }</dt><dd>{ dollars(s.bls_median) }</dd></div>
            </dl>
            <p class="chart-note">{ text }</p>
        </figure>
    }
}
