use yew::prelude::*;

use crate::core::session::Event;
use crate::core::view::home::home;
use crate::ui::context::{use_content, use_progress};
use crate::ui::effects::{ACTIONS_ID, SCREEN_HEADING};
use crate::ui::widgets::confirm_box;

/// The start screen: what the widget is, and the way into the guide or the questionnaire.
/// When earlier answers were found, it first asks whether to continue or start over.
#[function_component(HomeScreen)]
pub fn home_screen() -> Html {
    let content = use_content();
    let progress = use_progress();
    let view = home(content.career, &progress.state);
    html! {
        <section class="home" aria-labelledby={SCREEN_HEADING}>
            <h1 id={SCREEN_HEADING} tabindex="-1">{ view.heading }</h1>
            <p class="lead">{ view.intro }</p>
            if let Some(notice) = view.storage_notice {
                <p class="notice" role="status">{ notice }</p>
            }
            if let Some(resume) = view.resume {
                <section class="card resume" aria-labelledby="resume-heading">
                    <h2 id="resume-heading">{ resume.heading }</h2>
                    <p>{ resume.body }</p>
                    <div class="actions" id={ACTIONS_ID} tabindex="-1">
                        <button type="button" class="button primary" onclick={progress.send(Event::Resume)}>{ resume.continue_label }</button>
                        <button type="button" class="button" onclick={progress.send(Event::StartOver)}>{ resume.start_over_label }</button>
                    </div>
                    if let Some(v) = &view.confirm {
                        { confirm_box(v, &progress) }
                    }
                </section>
            } else {
                <div class="actions">
                    <a class="button primary" href={view.take_quiz.href}>{ view.take_quiz.label }</a>
                    if let Some(guide) = view.read_guide {
                        <a class="button" href={guide.href}>{ guide.label }</a>
                    }
                </div>
            }
            <p class="muted">{ view.facts }</p>
            <p class="muted">{ view.disclaimer }</p>
        </section>
    }
}
