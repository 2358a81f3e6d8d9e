use yew::prelude::*;

use crate::core::link::LinkError;
use crate::core::view::link_error::link_error;
use crate::ui::context::{use_content, use_progress};
use crate::ui::effects::SCREEN_HEADING;

#[derive(Properties, PartialEq)]
pub struct LinkErrorProps {
    pub error: LinkError,
}

/// A results link that cannot be read: what went wrong in plain words, and a way on.
/// The visitor's own saved progress is untouched.
#[function_component(LinkErrorScreen)]
pub fn link_error_screen(props: &LinkErrorProps) -> Html {
    let content = use_content();
    let progress = use_progress();
    let view = link_error(content.career, &progress.state, props.error);
    html! {
        <section class="link-error" aria-labelledby={SCREEN_HEADING}>
            <h1 id={SCREEN_HEADING} tabindex="-1">{ view.heading }</h1>
            <p role="alert">{ view.reason }</p>
            <p class="muted">{ view.progress_kept }</p>
            <p class="actions">
                <a class="button primary" href={view.start.href}>{ view.start.label }</a>
            </p>
        </section>
    }
}
