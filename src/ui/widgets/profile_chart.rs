use yew::prelude::*;

use crate::core::view::profile_chart::ProfileChartView;

/// Paired bars, the visitor beside the career, for each interest area. The table after it
/// holds the same numbers for screen readers and for anyone who prefers figures.
pub fn profile_chart(v: &ProfileChartView) -> Html {
    let bars = v.rows.iter().map(|r| {
        html! {
            <g>
                <text x="0" y={r.label_y.clone()}>{ r.name }</text>
                <rect class="bar you" x={v.bar_x.clone()} y={r.you_y.clone()} height="12" width={r.you_width.clone()} />
                <rect class="bar mlt" x={v.bar_x.clone()} y={r.career_y.clone()} height="12" width={r.career_width.clone()} />
            </g>
        }
    });
    let rows = v.rows.iter().map(|r| {
        html! {
            <tr>
                <th scope="row">{ r.name }<span class="muted">{ r.short }</span></th>
                <td>{ r.you.clone() }</td>
                <td>{ r.career.clone() }</td>
            </tr>
        }
    });
    html! {
        <div class="profile-chart">
            <p class="chart-key" aria-hidden="true">
                <span class="key you"></span>{ v.you_label }
                <span class="key mlt"></span>{ v.career_label }
            </p>
            <svg viewBox={v.view_box.clone()} aria-hidden="true" focusable="false">{ for bars }</svg>
            <table>
                <caption>{ v.caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ v.area_label }</th>
                        <th scope="col">{ v.you_label }</th>
                        <th scope="col">{ v.career_label }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
