use yew::prelude::*;

use crate::core::link::LinkError;
use crate::core::route::Route;
use crate::ui::hooks::SCREEN_HEADING;
use crate::ui::href;
use crate::ui::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct LinkErrorProps {
    pub error: LinkError,
}

/// A results link that cannot be read: what went wrong in plain words, and a way on.
/// The visitor's own saved progress is untouched.
#[function_component(LinkErrorScreen)]
pub fn link_error_screen(props: &LinkErrorProps) -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let locale = app.locale();
    let ui = &locale.ui;
    let reason = match props.error {
        LinkError::Empty => ui.link_error_empty,
        LinkError::TooLong => ui.link_error_too_long,
        LinkError::BadChars => ui.link_error_bad_chars,
        LinkError::Truncated => ui.link_error_truncated,
        LinkError::Checksum => ui.link_error_checksum,
        LinkError::UnknownFormat => ui.link_error_format,
        LinkError::UnknownItemSet => ui.link_error_item_set,
        LinkError::OutOfRange => ui.link_error_out_of_range,
    };
    html! {
        <section class="link-error" aria-labelledby={SCREEN_HEADING}>
            <h1 id={SCREEN_HEADING} tabindex="-1">{ ui.link_error_heading }</h1>
            <p role="alert">{ reason }</p>
            <p class="muted">{ ui.link_error_progress_kept }</p>
            <p class="actions">
                <a class="button primary" href={href(locale, &Route::Quiz(app.position))}>{ ui.link_error_start }</a>
            </p>
        </section>
    }
}
