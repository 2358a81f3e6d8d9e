use yew::prelude::*;

use crate::core::view::salary_chart::SalaryChartView;

/// The pay range as a bar from low to high with the median marked, and the BLS median
/// for comparison. The figures are also given as text, which is what screen readers get.
pub fn salary_chart(v: &SalaryChartView) -> Html {
    let legend = v.legend.iter().map(|row| {
        html! {
            <div>
                <dt>
                    if let Some(key) = row.key {
                        <span class={classes!("key", key)} aria-hidden="true"></span>
                    }
                    { row.label.clone() }
                </dt>
                <dd>{ row.value.clone() }</dd>
            </div>
        }
    });
    html! {
        <figure class="salary-chart">
            <figcaption>{ v.title }</figcaption>
            <svg viewBox={v.view_box.clone()} aria-hidden="true" focusable="false">
                <rect class="range" x={v.low_x.clone()} y="22" width={v.range_width.clone()} height="14" rx="7" />
                <line class="median" x1={v.median_x.clone()} x2={v.median_x.clone()} y1="14" y2="44" />
                <line class="bls" x1={v.bls_x.clone()} x2={v.bls_x.clone()} y1="14" y2="44" />
                <text x={v.low_x.clone()} y="58" text-anchor="start">{ v.low.clone() }</text>
                <text x={v.median_x.clone()} y="10" text-anchor="middle">{ v.median.clone() }</text>
                <text x={v.high_x.clone()} y="58" text-anchor="end">{ v.high.clone() }</text>
            </svg>
            <dl class="chart-legend">{ for legend }</dl>
            <p class="chart-note">{ v.text.clone() }</p>
        </figure>
    }
}
