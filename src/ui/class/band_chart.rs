use yew::prelude::*;

use crate::core::view::class::BandChartView;

/// How many students got each verdict: a bar chart (an image named for what it shows) and a
/// table with the same numbers, for screen readers and for anyone who prefers figures.
pub fn band_chart(v: &BandChartView) -> Html {
    let bars = v.bars.iter().map(|b| {
        html! {
            <g>
                <text x={v.label_x.clone()} y={b.text_y.clone()}>{ b.name }</text>
                <rect class={classes!("bar", format!("band-{}", b.key))} x={v.bar_x.clone()} y={b.y.clone()} height="18" width={b.width.clone()} />
                <text x={b.count_x.clone()} y={b.text_y.clone()}>{ b.count.clone() }</text>
            </g>
        }
    });
    let rows = v.bars.iter().map(|b| {
        html! {
            <tr>
                <th scope="row">{ b.name }</th>
                <td>{ b.count.clone() }</td>
                <td>{ b.percent.clone() }</td>
            </tr>
        }
    });
    html! {
        <section class="class-bands" aria-labelledby="class-bands-heading">
            <h3 id="class-bands-heading">{ v.heading }</h3>
            <svg class="band-chart" viewBox={v.view_box.clone()} role="img" aria-label={v.chart_label} focusable="false">{ for bars }</svg>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{ v.band_column }</th>
                        <th scope="col">{ v.students_column }</th>
                        <th scope="col">{ v.share_column }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
