use yew::prelude::*;

use crate::core::session::Event;
use crate::core::view::guide::{guide, BlockView, GuideBody};
use crate::ui::context::{use_content, use_progress};
use crate::ui::effects::SCREEN_HEADING;
use crate::ui::widgets::salary_chart;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub index: usize,
}

/// One guide section, with contents, previous/next and a way into the questionnaire.
#[function_component(GuideScreen)]
pub fn guide_screen(props: &GuideProps) -> Html {
    let content = use_content();
    let progress = use_progress();
    let Some(view) = guide(content.career, &progress.state, props.index) else {
        return Html::default();
    };
    let body = match view.body {
        GuideBody::Ready { lead, blocks } => {
            let blocks = blocks.into_iter().map(|block| match block {
                BlockView::Paragraph(text) => html! { <p>{ text }</p> },
                BlockView::List(items) => {
                    html! { <ul>{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> }
                }
                BlockView::SalaryChart(chart) => salary_chart(&chart),
                BlockView::Source { label, text } => {
                    html! { <p class="source"><span>{ label }</span>{ text }</p> }
                }
            });
            html! { <><p class="lead">{ lead }</p>{ for blocks }</> }
        }
        GuideBody::Loading(text) => html! { <p class="lead" role="status">{ text }</p> },
        GuideBody::Unavailable { message, retry } => {
            let onclick = progress.send::<MouseEvent>(Event::RetryGuide);
            html! {
                <div class="notice" role="alert">
                    <p>{ message }</p>
                    <button type="button" class="button" {onclick}>{ retry }</button>
                </div>
            }
        }
    };
    let pager = |p: crate::core::view::guide::Pager| {
        html! {
            <a class={classes!("pager", p.rel)} href={p.href} rel={p.rel}>
                <span class="pager-label">{ p.label }</span>
                <span class="pager-title">{ p.title }</span>
            </a>
        }
    };
    let contents = view.contents.into_iter().map(|entry| {
        html! {
            <li><a href={entry.link.href} aria-current={entry.current.then_some("page")}>{ entry.link.label }</a></li>
        }
    });
    html! {
        <div class="guide">
            <article class="guide-section" aria-labelledby={SCREEN_HEADING}>
                <p class="eyebrow">{ view.eyebrow }</p>
                <h1 id={SCREEN_HEADING} tabindex="-1">{ view.title }</h1>
                { body }
                <nav class="pagers" aria-label={view.pager_label}>
                    { view.previous.map(pager).unwrap_or_default() }
                    { view.next.map(pager).unwrap_or_default() }
                </nav>
                <p class="cta">
                    <a class="button primary" href={view.take_quiz.href}>{ view.take_quiz.label }</a>
                </p>
            </article>
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading">{ view.contents_heading }</h2>
                <ol>{ for contents }</ol>
            </nav>
        </div>
    }
}
