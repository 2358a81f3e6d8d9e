use yew::prelude::*;

use crate::core::view::results::Step;

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    pub steps: Vec<Step>,
}

/// Next steps for this result, linked to the guide sections that explain them.
#[function_component(NextSteps)]
pub fn next_steps(props: &NextStepsProps) -> Html {
    let steps = props.steps.iter().map(|step| {
        html! {
            <li>
                { step.text }
                if let Some(link) = &step.link {
                    { " " }<a href={link.href.clone()}>{ link.label }</a>
                }
            </li>
        }
    });
    html! { <ul class="next-steps">{ for steps }</ul> }
}
