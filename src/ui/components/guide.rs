use yew::prelude::*;

use crate::core::content::Block;
use crate::core::route::Route;
use crate::core::text::fill;
use crate::ui::components::SalaryChart;
use crate::ui::hooks::SCREEN_HEADING;
use crate::ui::href;
use crate::ui::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub index: usize,
}

/// One guide section, with contents, previous/next and a way into the questionnaire.
#[function_component(GuideScreen)]
pub fn guide_screen(props: &GuideProps) -> Html {
    let Some(app) = use_context::<AppContext>() else { return Html::default() };
    let locale = app.locale();
    let ui = &locale.ui;
    let sections = locale.guide;
    let index = props.index.min(sections.len().saturating_sub(1));
    let Some(section) = sections.get(index) else { return Html::default() };

    let blocks = section.blocks.iter().map(|block| match block {
        Block::Paragraph(text) => html! { <p>{ *text }</p> },
        Block::List(items) => html! { <ul>{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> },
        Block::SalaryChart => html! { <SalaryChart /> },
        Block::Source(text) => html! { <p class="source"><span>{ ui.guide_sources_label }{ ": " }</span>{ *text }</p> },
    });

    let link = |i: usize, rel: &'static str, label: &'static str| {
        sections.get(i).map(|s| {
            html! {
                <a class={classes!("pager", rel)} href={href(locale, &Route::Guide(i))} rel={rel}>
                    <span class="pager-label">{ label }</span>
                    <span class="pager-title">{ s.title }</span>
                </a>
            }
        })
    };
    let previous = index.checked_sub(1).and_then(|i| link(i, "prev", ui.guide_previous));
    let next = link(index + 1, "next", ui.guide_next);

    let contents = sections.iter().enumerate().map(|(i, s)| {
        html! {
            <li>
                <a href={href(locale, &Route::Guide(i))} aria-current={(i == index).then_some("page")}>{ s.title }</a>
            </li>
        }
    });
    let position = fill(ui.guide_section_of, &[("n", &(index + 1).to_string()), ("total", &sections.len().to_string())]);

    html! {
        <div class="guide">
            <article class="guide-section" aria-labelledby={SCREEN_HEADING}>
                <p class="eyebrow">{ ui.guide_heading }{ " · " }{ position }</p>
                <h1 id={SCREEN_HEADING} tabindex="-1">{ section.title }</h1>
                <p class="lead">{ section.lead }</p>
                { for blocks }
                <nav class="pagers" aria-label={ui.guide_heading}>
                    { previous.unwrap_or_default() }
                    { next.unwrap_or_default() }
                </nav>
                <p class="cta">
                    <a class="button primary" href={href(locale, &Route::Quiz(app.position))}>{ ui.guide_take_quiz }</a>
                </p>
            </article>
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading">{ ui.guide_contents }</h2>
                <ol>{ for contents }</ol>
            </nav>
        </div>
    }
}
