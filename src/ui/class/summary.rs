use yew::prelude::*;

use crate::core::class::screen::ClassEvent;
use crate::core::view::class::SummaryView;
use crate::ui::class::band_chart::band_chart;
use crate::ui::class::effects::SUMMARY_HEADING;
use crate::ui::class::student_table::student_table;
use crate::ui::class::tally_list::tally_list;
use crate::ui::widgets::profile_chart;

/// The class at a glance: counts, lines that could not be read, duplicates, verdicts, the
/// class's interests, the most common obstacles, notices and reasons, and the students.
pub fn class_summary(v: &SummaryView, dispatch: &Callback<ClassEvent>) -> Html {
    let send = |event: ClassEvent| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(event.clone()))
    };
    html! {
        <section class="class-summary" aria-labelledby={SUMMARY_HEADING}>
            <h2 id={SUMMARY_HEADING} tabindex="-1">{ v.heading }</h2>
            <ul class="class-counts">{ for v.counts.iter().map(|c| html! { <li>{ c.clone() }</li> }) }</ul>
            <p class="class-median">{ v.median.clone() }</p>
            if let Some(note) = &v.median_note {
                <p class="muted">{ note.clone() }</p>
            }
            <div class="actions no-print">
                <button type="button" class="button" onclick={send(ClassEvent::Download)}>{ v.download }</button>
                <button type="button" class="button" onclick={send(ClassEvent::Print)}>{ v.print }</button>
            </div>
            if let Some(errors) = &v.errors {
                <section class="class-errors" aria-labelledby="class-errors-heading">
                    <h3 id="class-errors-heading">{ errors.heading }</h3>
                    <ul>
                        { for errors.entries.iter().map(|e| html! {
                            <li><strong>{ e.line.clone() }</strong>{ " " }<code>{ e.text.clone() }</code><br />{ e.reason }</li>
                        }) }
                    </ul>
                </section>
            }
            if let Some(duplicates) = &v.duplicates {
                { tally_list("class-duplicates", duplicates) }
            }
            { band_chart(&v.bands) }
            <section aria-labelledby="class-profile-heading">
                <h3 id="class-profile-heading">{ v.profile_heading }</h3>
                { profile_chart(&v.profile) }
            </section>
            { tally_list("class-obstacles", &v.obstacles) }
            { tally_list("class-quality", &v.quality) }
            { tally_list("class-lowered", &v.lowered) }
            { student_table(&v.table, dispatch) }
        </section>
    }
}
