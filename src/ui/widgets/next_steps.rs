use yew::prelude::*;

use crate::core::view::results::Step;

/// Next steps for this result, linked to the guide sections that explain them (the words
/// around the link, and its place in the sentence, are the language's).
pub fn next_steps(steps: &[Step]) -> Html {
    let steps = steps.iter().map(|step| {
        html! {
            <li>
                { step.before.clone() }
                if let Some(link) = &step.link {
                    <a href={link.href.clone()}>{ link.label }</a>{ step.after.clone() }
                }
            </li>
        }
    });
    html! { <ul class="next-steps">{ for steps }</ul> }
}
