use yew::prelude::*;

use crate::core::view::class::Section;

/// A heading and its list ("Most common obstacles", "Handed in more than once"), or the
/// words for none.
pub fn tally_list(id: &'static str, section: &Section<String>) -> Html {
    let heading_id = format!("{id}-heading");
    html! {
        <section class="class-list" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ section.heading }</h3>
            if section.entries.is_empty() {
                <p class="muted">{ section.empty }</p>
            } else {
                <ul>{ for section.entries.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
            }
        </section>
    }
}
