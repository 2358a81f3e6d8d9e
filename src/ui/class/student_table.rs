use yew::prelude::*;

use crate::core::class::screen::ClassEvent;
use crate::core::view::class::TableView;

/// Id of a student's link in the table (focused again when the counselor comes back).
pub fn student_link_id(number: usize) -> String {
    format!("student-{number}")
}

/// One row a student, sortable by name, score and verdict (a button in each sortable
/// heading, `aria-sort` on the sorted one); each name opens that student's full results.
pub fn student_table(v: &TableView, dispatch: &Callback<ClassEvent>) -> Html {
    let headings = v.columns.iter().map(|c| {
        let cell = match c.sort {
            Some(key) => {
                let dispatch = dispatch.clone();
                let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(ClassEvent::Sort(key)));
                html! { <button type="button" class="sort" {onclick}>{ c.label }</button> }
            }
            None => html! { { c.label } },
        };
        html! { <th scope="col" aria-sort={c.aria_sort}>{ cell }</th> }
    });
    let rows = v.rows.iter().map(|r| {
        let number = r.number;
        let opened = dispatch.reform(move |_: MouseEvent| ClassEvent::OpenStudent(number));
        html! {
            <tr>
                <th scope="row"><a id={student_link_id(number)} href={r.href.clone()} onclick={opened}>{ r.name.clone() }</a></th>
                <td>{ r.score.clone() }</td>
                <td><span class={classes!("band-tag", format!("band-{}", r.band_key))}>{ r.band }</span></td>
                <td>{ r.top_areas.clone() }</td>
                <td>{ r.obstacles.clone() }</td>
                <td>{ for r.notes.iter().map(|n| html! { <span class="note">{ n.clone() }</span> }) }</td>
            </tr>
        }
    });
    html! {
        <section class="class-students" aria-labelledby="class-students-heading">
            <h3 id="class-students-heading">{ v.heading }</h3>
            <div class="table-scroll" role="region" aria-labelledby="class-students-heading" tabindex="0">
                <table class="students">
                    <caption>{ v.caption }</caption>
                    <thead><tr>{ for headings }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
