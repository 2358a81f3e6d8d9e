//! One guide section, with its contents, previous/next and the way into the questionnaire.

use crate::core::career::Career;
use crate::core::content::args;
use crate::core::content::Block;
use crate::core::route::Route;
use crate::core::session::{event_href, GuideTexts, State};
use crate::core::view::salary_chart::{salary_chart, SalaryChartView};
use crate::core::view::Link;

#[derive(Clone, Debug, PartialEq)]
pub enum BlockView {
    Paragraph(&'static str),
    List(&'static [&'static str]),
    SalaryChart(SalaryChartView),
    Source { label: &'static str, text: &'static str },
}

/// The section's texts, which come with the guide file: on their way, missing, or here.
#[derive(Clone, Debug, PartialEq)]
pub enum GuideBody {
    /// A status line while the guide file downloads.
    Loading(&'static str),
    /// It could not be had: a message and a button that sends `Event::RetryGuide`.
    Unavailable {
        message: &'static str,
        retry: &'static str,
    },
    Ready {
        lead: &'static str,
        blocks: Vec<BlockView>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pager {
    /// `prev` or `next`.
    pub rel: &'static str,
    pub label: &'static str,
    pub title: &'static str,
    pub href: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TocEntry {
    pub link: Link,
    pub current: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GuideView {
    pub eyebrow: String,
    pub title: &'static str,
    pub body: GuideBody,
    pub pager_label: &'static str,
    pub previous: Option<Pager>,
    pub next: Option<Pager>,
    pub take_quiz: Link,
    pub contents_heading: &'static str,
    pub contents: Vec<TocEntry>,
}

pub fn guide(career: &Career, state: &State, index: usize) -> Option<GuideView> {
    let locale = state.locale();
    let ui = &locale.ui;
    let sections = locale.guide;
    let index = index.min(sections.len().checked_sub(1)?);
    let section = sections.get(index)?;
    let to = |i: usize| event_href(career, locale, &Route::Guide(i));
    let pager = |i: usize, rel: &'static str, label: &'static str| {
        sections.get(i).map(|s| Pager { rel, label, title: s.title, href: to(i) })
    };
    let body = match state.guide_texts(locale.lang) {
        Some(GuideTexts::Loaded(texts)) => {
            let text = texts.get(index)?;
            let blocks = text
                .blocks
                .iter()
                .map(|b| match b {
                    Block::Paragraph(t) => BlockView::Paragraph(t),
                    Block::List(items) => BlockView::List(items),
                    Block::SalaryChart => BlockView::SalaryChart(salary_chart(locale, career.salary)),
                    Block::Source(t) => BlockView::Source { label: ui.guide_source_label(), text: t },
                })
                .collect();
            GuideBody::Ready { lead: text.lead, blocks }
        }
        Some(GuideTexts::Failed) => GuideBody::Unavailable { message: ui.guide_unavailable(), retry: ui.guide_retry() },
        Some(GuideTexts::Loading) | None => GuideBody::Loading(ui.guide_loading()),
    };
    let position = locale.fill(
        &ui.guide_section_of(),
        args::GuideSectionOf { n: &(index + 1).to_string(), total: &sections.len().to_string() },
    );
    Some(GuideView {
        eyebrow: locale
            .fill(&ui.guide_eyebrow(), args::GuideEyebrow { guide: ui.guide_heading(), position: &position }),
        title: section.title,
        body,
        pager_label: ui.guide_heading(),
        previous: index.checked_sub(1).and_then(|i| pager(i, "prev", ui.guide_previous())),
        next: pager(index + 1, "next", ui.guide_next()),
        take_quiz: Link { label: ui.guide_take_quiz(), href: event_href(career, locale, &Route::Quiz(state.position)) },
        contents_heading: ui.guide_contents(),
        contents: sections
            .iter()
            .enumerate()
            .map(|(i, s)| TocEntry { link: Link { label: s.title, href: to(i) }, current: i == index })
            .collect(),
    })
}
