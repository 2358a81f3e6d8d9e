//! The career guide (`content/<lang>/guide.md`): Markdown, read with pulldown-cmark, turned
//! into sections of plain-text blocks.
//!
//! The format is ordinary Markdown that reads well in any viewer:
//!
//! ```markdown
//! <!-- id: salary -->
//! ## Pay and job outlook
//!
//! > Pay starts modest, and the number you see depends on which source you read.
//!
//! A paragraph. Lines of one paragraph are joined with spaces.
//!
//! - a list item
//! - another
//!
//! [salary-chart]
//!
//! Source: US Bureau of Labor Statistics, Occupational Outlook Handbook.
//! ```
//!
//! - Each section starts with a comment naming its id (`<!-- id: … -->`, invisible when
//!   rendered) on the line above its `## ` heading; the heading is the section's title.
//! - The first thing under the heading is the *lead*: one `> ` quoted paragraph, the
//!   one-sentence summary the table of contents shows.
//! - Then paragraphs and `- ` lists; the paragraph `[salary-chart]` stands for the salary
//!   graphic, and a paragraph starting with the language's source keyword (`Source:` in
//!   English, `Fuente:` in Spanish: `source_keyword` in `[language]` of its `ui.toml`) is a citation.
//! - Other comments are ignored anywhere.
//!
//! The app shows plain text, so anything it could not show is refused with a plain message
//! and the line it is on: other heading levels, emphasis, bold, links, images, inline code,
//! code blocks, HTML other than comments, numbered or nested lists, rules.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::vocabulary::SALARY_CHART;
use crate::Error;

/// One block of a section's text.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
    /// The salary range graphic, drawn by the app from the salary facts.
    SalaryChart,
    /// A citation (the text after the source keyword).
    Source(String),
}

/// One section of the guide.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// The one-sentence summary for the table of contents.
    pub lead: String,
    pub blocks: Vec<Block>,
}

/// Parses a guide. `file` names it in messages (`content/en/guide.md`); `source_keyword`
/// is how a citation paragraph starts in its language (`Source:`).
pub fn parse(text: &str, file: &str, source_keyword: &str) -> Result<Vec<Section>, Error> {
    let mut reader = Reader {
        file,
        source_keyword,
        lines: LineIndex::new(text),
        sections: Vec::new(),
        heading_line: 0,
        pending_id: None,
        text: None,
        html: None,
        quote: None,
        list: None,
    };
    for (event, range) in Parser::new(text).into_offset_iter() {
        let line = reader.lines.line_of(range.start);
        reader.event(event, line)?;
    }
    reader.finish()
}

/// A guide being read, one Markdown event at a time.
struct Reader<'a> {
    file: &'a str,
    source_keyword: &'a str,
    lines: LineIndex,
    sections: Vec<Section>,
    /// Line of the last section's heading.
    heading_line: usize,
    /// An `<!-- id: … -->` waiting for its heading, with its line.
    pending_id: Option<(String, usize)>,
    /// Inline text being collected (heading, paragraph or list item).
    text: Option<String>,
    /// An HTML block being collected, with its line.
    html: Option<(String, usize)>,
    /// Paragraphs of the `> ` quote being read, with its line.
    quote: Option<(Vec<String>, usize)>,
    /// Items of the list being read.
    list: Option<Vec<String>>,
}

impl Reader<'_> {
    fn error(&self, line: usize, message: impl std::fmt::Display) -> Error {
        Error::new(format!("{}:{line}: {message}", self.file))
    }

    fn event(&mut self, event: Event<'_>, line: usize) -> Result<(), Error> {
        match event {
            Event::Start(Tag::HtmlBlock) => self.html = Some((String::new(), line)),
            Event::Html(html) => match &mut self.html {
                Some((buffer, _)) => buffer.push_str(&html),
                None => return Err(self.error(line, NO_HTML)),
            },
            Event::End(TagEnd::HtmlBlock) => {
                let (html, at) = self.html.take().unwrap_or_default();
                self.comment(&html, at)?;
            }

            Event::Start(Tag::Heading { level, .. }) => {
                if level != HeadingLevel::H2 {
                    return Err(self.error(line, "only `## ` headings are allowed, one per section"));
                }
                let Some((id, _)) = self.pending_id.take() else {
                    return Err(self.error(
                        line,
                        "a heading needs its section id in a comment on the line above, e.g. `<!-- id: what -->`",
                    ));
                };
                self.close_section()?;
                self.sections.push(Section { id, title: String::new(), lead: String::new(), blocks: Vec::new() });
                self.heading_line = line;
                self.text = Some(String::new());
            }
            Event::End(TagEnd::Heading(_)) => {
                let title = self.take_text();
                if title.is_empty() {
                    return Err(self.error(self.heading_line, "a heading needs a title"));
                }
                if let Some(section) = self.sections.last_mut() {
                    section.title = title;
                }
            }

            Event::Start(Tag::BlockQuote(_)) => {
                self.block_start(line)?;
                let section = self.sections.last().map(|s| (s.lead.is_empty() && s.blocks.is_empty(), s.id.clone()));
                if let Some((false, id)) = section {
                    return Err(self.error(
                        line,
                        format!("a `> ` quote is only for the lead, right under the heading (section `{id}`)"),
                    ));
                }
                self.quote = Some((Vec::new(), line));
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                let (paragraphs, at) = self.quote.take().unwrap_or_default();
                let [lead] = <[String; 1]>::try_from(paragraphs)
                    .map_err(|_| self.error(at, "the lead is one plain paragraph (a single `> ` quote)"))?;
                if let Some(section) = self.sections.last_mut() {
                    section.lead = lead;
                }
            }

            Event::Start(Tag::Paragraph) => {
                if self.list.is_none() && self.quote.is_none() {
                    self.block_start(line)?;
                    self.need_lead()?;
                }
                if self.text.is_none() {
                    self.text = Some(String::new());
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if self.list.is_some() {
                    // A loose list (blank lines between items): the item ends the text.
                    if let Some(buffer) = &mut self.text {
                        buffer.push(' ');
                    }
                    return Ok(());
                }
                let text = self.take_text();
                if let Some((paragraphs, _)) = &mut self.quote {
                    paragraphs.push(text);
                    return Ok(());
                }
                let block = self.paragraph(text, line)?;
                self.push(block);
            }

            Event::Start(Tag::List(first)) => {
                if self.quote.is_some() {
                    return Err(self.error(line, "the lead is one plain paragraph (a single `> ` quote)"));
                }
                if self.list.is_some() {
                    return Err(self.error(line, "lists cannot be nested"));
                }
                if first.is_some() {
                    return Err(self.error(line, "numbered lists are not supported: start each item with `- `"));
                }
                self.block_start(line)?;
                self.need_lead()?;
                self.list = Some(Vec::new());
            }
            Event::Start(Tag::Item) => self.text = Some(String::new()),
            Event::End(TagEnd::Item) => {
                let item = self.take_text();
                if item.is_empty() {
                    return Err(self.error(line, "a list item is empty"));
                }
                if let Some(list) = &mut self.list {
                    list.push(item);
                }
            }
            Event::End(TagEnd::List(_)) => {
                let items = self.list.take().unwrap_or_default();
                self.push(Block::List(items));
            }

            Event::Text(text) => match &mut self.text {
                Some(buffer) => buffer.push_str(&text),
                None => return Err(self.error(line, "this Markdown is not supported in the guide")),
            },
            Event::SoftBreak | Event::HardBreak => {
                if let Some(buffer) = &mut self.text {
                    buffer.push(' ');
                }
            }

            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough) => {
                return Err(self.error(
                    line,
                    "*emphasis* and **bold** are not shown by the app: write plain text (a literal * is written \\*)",
                ))
            }
            Event::Start(Tag::Link { .. }) => {
                return Err(self.error(line, "links are not shown by the app: name the page or address in plain text"))
            }
            Event::Start(Tag::Image { .. }) => return Err(self.error(line, "images are not shown by the app")),
            Event::Code(_) => {
                return Err(
                    self.error(line, "`code` is not shown by the app: write plain text (a literal ` is written \\`)")
                )
            }
            Event::InlineHtml(_) | Event::InlineMath(_) | Event::DisplayMath(_) => {
                return Err(self.error(line, NO_HTML))
            }
            Event::Start(Tag::CodeBlock(_)) => {
                return Err(self.error(line, "code blocks are not allowed (a line indented by 4 spaces starts one)"))
            }
            Event::Rule => return Err(self.error(line, "horizontal rules are not allowed")),
            // Ends of inline tags refused at their start, and of code blocks, never arrive.
            Event::End(_) => {}
            _ => return Err(self.error(line, "this Markdown is not supported in the guide")),
        }
        Ok(())
    }

    /// A comment: an id for the next heading, or a note for editors (ignored).
    fn comment(&mut self, html: &str, line: usize) -> Result<(), Error> {
        let Some(inner) = html.trim().strip_prefix("<!--").and_then(|c| c.strip_suffix("-->")) else {
            return Err(self.error(line, NO_HTML));
        };
        if let Some(id) = inner.trim().strip_prefix("id:") {
            let id = id.trim();
            if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
                return Err(
                    self.error(line, "a section id is lowercase letters, digits and _, e.g. `<!-- id: what -->`")
                );
            }
            if let Some((previous, _)) = &self.pending_id {
                return Err(self.error(line, format!("`<!-- id: {previous} -->` has no `## ` heading under it")));
            }
            self.pending_id = Some((id.to_string(), line));
        }
        Ok(())
    }

    /// A paragraph outside lists and quotes becomes a block by what it says.
    fn paragraph(&self, text: String, line: usize) -> Result<Block, Error> {
        if text == SALARY_CHART {
            return Ok(Block::SalaryChart);
        }
        if let Some(source) = text.strip_prefix(self.source_keyword) {
            let source = source.trim();
            if source.is_empty() {
                return Err(self.error(line, format!("`{}` needs the source after it", self.source_keyword)));
            }
            return Ok(Block::Source(source.to_string()));
        }
        Ok(Block::Paragraph(text))
    }

    /// Checks common to every block at the top level: it is in a section and not between
    /// an id comment and its heading.
    fn block_start(&self, line: usize) -> Result<(), Error> {
        if let Some((id, at)) = &self.pending_id {
            return Err(self.error(*at, format!("`<!-- id: {id} -->` must be right above its `## ` heading")));
        }
        if self.sections.is_empty() {
            return Err(self.error(line, "text before the first `## ` heading"));
        }
        Ok(())
    }

    /// A paragraph or list may only come after the section's lead.
    fn need_lead(&self) -> Result<(), Error> {
        match self.sections.last() {
            Some(s) if s.lead.is_empty() => Err(self.error(
                self.heading_line,
                format!("section `{}` needs a lead: one `> ` paragraph right under its heading", s.id),
            )),
            _ => Ok(()),
        }
    }

    /// The last section is complete: it must have had its lead.
    fn close_section(&self) -> Result<(), Error> {
        self.need_lead()
    }

    fn push(&mut self, block: Block) {
        if let Some(section) = self.sections.last_mut() {
            section.blocks.push(block);
        }
    }

    fn take_text(&mut self) -> String {
        self.text.take().unwrap_or_default().trim().to_string()
    }

    fn finish(self) -> Result<Vec<Section>, Error> {
        if let Some((id, at)) = &self.pending_id {
            return Err(self.error(*at, format!("`<!-- id: {id} -->` has no `## ` heading under it")));
        }
        self.close_section()?;
        Ok(self.sections)
    }
}

const NO_HTML: &str = "HTML is not allowed in the guide, only `<!-- … -->` comments";

/// Byte offset to 1-based line number.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { starts }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "content/en/guide.md";

    fn parse_en(text: &str) -> Result<Vec<Section>, Error> {
        parse(text, FILE, "Source:")
    }

    fn error(text: &str) -> String {
        parse_en(text).expect_err("the sample is broken").to_string()
    }

    const GOOD: &str = "\
<!-- A note for editors: ignored. -->

<!-- id: what -->
## What is it?

> One sentence
> on two lines.

First paragraph,
joined with a space. O*NET is a name, and \\*stars\\* are literal.

- one item
- two
  items

[salary-chart]

Source: the BLS, 2023.

<!-- id: duties -->
## Duties
> Lead right under the heading.

Text.
";

    #[test]
    fn a_well_formed_guide_becomes_sections_and_blocks() {
        let sections = parse_en(GOOD).unwrap();
        assert_eq!(
            sections,
            vec![
                Section {
                    id: "what".into(),
                    title: "What is it?".into(),
                    lead: "One sentence on two lines.".into(),
                    blocks: vec![
                        Block::Paragraph(
                            "First paragraph, joined with a space. O*NET is a name, and *stars* are literal.".into()
                        ),
                        Block::List(vec!["one item".into(), "two items".into()]),
                        Block::SalaryChart,
                        Block::Source("the BLS, 2023.".into()),
                    ],
                },
                Section {
                    id: "duties".into(),
                    title: "Duties".into(),
                    lead: "Lead right under the heading.".into(),
                    blocks: vec![Block::Paragraph("Text.".into())],
                },
            ]
        );
    }

    #[test]
    fn a_loose_list_reads_like_a_tight_one() {
        let s = parse_en("<!-- id: a -->\n## A\n\n> Lead.\n\n- one\n\n- two\n").unwrap();
        assert_eq!(s[0].blocks, vec![Block::List(vec!["one".into(), "two".into()])]);
    }

    #[test]
    fn the_source_keyword_is_the_languages() {
        let s =
            parse("<!-- id: a -->\n## A\n\n> Lead.\n\nFuente: INE.\n\nSource: not a keyword here.\n", FILE, "Fuente:")
                .unwrap();
        assert_eq!(
            s[0].blocks,
            vec![Block::Source("INE.".into()), Block::Paragraph("Source: not a keyword here.".into())]
        );
    }

    #[test]
    fn text_before_the_first_heading_is_refused() {
        assert_eq!(
            error("<!-- fine -->\nHello.\n\n<!-- id: a -->\n## A\n> Lead.\n"),
            "content/en/guide.md:2: text before the first `## ` heading"
        );
    }

    #[test]
    fn a_heading_without_an_id_is_refused() {
        assert_eq!(
            error("## What\n\n> Lead.\n"),
            "content/en/guide.md:1: a heading needs its section id in a comment on the line above, e.g. `<!-- id: what -->`"
        );
    }

    #[test]
    fn an_id_must_be_followed_by_its_heading() {
        assert_eq!(
            error("<!-- id: what -->\nText.\n"),
            "content/en/guide.md:1: `<!-- id: what -->` must be right above its `## ` heading"
        );
        assert_eq!(
            error("<!-- id: a -->\n## A\n> Lead.\n\n<!-- id: b -->\n"),
            "content/en/guide.md:5: `<!-- id: b -->` has no `## ` heading under it"
        );
        assert_eq!(
            error("<!-- id: a -->\n<!-- id: b -->\n## B\n"),
            "content/en/guide.md:2: `<!-- id: a -->` has no `## ` heading under it"
        );
        assert_eq!(
            error("<!-- id: What -->\n## What\n"),
            "content/en/guide.md:1: a section id is lowercase letters, digits and _, e.g. `<!-- id: what -->`"
        );
    }

    #[test]
    fn a_missing_lead_is_refused() {
        let message = "content/en/guide.md:2: section `a` needs a lead: one `> ` paragraph right under its heading";
        assert_eq!(error("<!-- id: a -->\n## A\n\nText first.\n\n> Lead too late.\n"), message);
        assert_eq!(error("<!-- id: a -->\n## A\n\n- a list first\n"), message);
        assert_eq!(error("<!-- id: a -->\n## A\n\n<!-- id: b -->\n## B\n> Lead.\n"), message);
        assert_eq!(error("<!-- id: a -->\n## A\n"), message);
    }

    #[test]
    fn a_second_quote_or_a_long_lead_is_refused() {
        assert_eq!(
            error("<!-- id: a -->\n## A\n> Lead.\n\nText.\n\n> A quote.\n"),
            "content/en/guide.md:7: a `> ` quote is only for the lead, right under the heading (section `a`)"
        );
        assert_eq!(
            error("<!-- id: a -->\n## A\n> Lead.\n>\n> More.\n"),
            "content/en/guide.md:3: the lead is one plain paragraph (a single `> ` quote)"
        );
        assert_eq!(
            error("<!-- id: a -->\n## A\n> - a list\n"),
            "content/en/guide.md:3: the lead is one plain paragraph (a single `> ` quote)"
        );
    }

    #[test]
    fn other_heading_levels_are_refused() {
        assert_eq!(error("# Guide\n"), "content/en/guide.md:1: only `## ` headings are allowed, one per section");
        assert_eq!(
            error("<!-- id: a -->\n## A\n> Lead.\n\n### Sub\n"),
            "content/en/guide.md:5: only `## ` headings are allowed, one per section"
        );
    }

    #[test]
    fn inline_markup_the_app_cannot_show_is_refused() {
        let at = |body: &str| error(&format!("<!-- id: a -->\n## A\n> Lead.\n\n{body}\n"));
        let emphasis = "content/en/guide.md:5: *emphasis* and **bold** are not shown by the app: write plain text (a literal * is written \\*)";
        assert_eq!(at("Some *stress* here."), emphasis);
        assert_eq!(at("Some **bold** here."), emphasis);
        assert_eq!(at("O*NET and O*NET in one paragraph."), emphasis);
        assert_eq!(
            at("See [BLS](https://www.bls.gov)."),
            "content/en/guide.md:5: links are not shown by the app: name the page or address in plain text"
        );
        assert_eq!(
            at("See <https://www.bls.gov>."),
            "content/en/guide.md:5: links are not shown by the app: name the page or address in plain text"
        );
        assert_eq!(at("![chart](chart.png)"), "content/en/guide.md:5: images are not shown by the app");
        assert_eq!(
            at("Run `ls`."),
            "content/en/guide.md:5: `code` is not shown by the app: write plain text (a literal ` is written \\`)"
        );
        assert_eq!(
            at("Some <b>html</b>."),
            "content/en/guide.md:5: HTML is not allowed in the guide, only `<!-- … -->` comments"
        );
        assert_eq!(
            error("<!-- id: a -->\n## *A*\n> Lead.\n"),
            "content/en/guide.md:2: *emphasis* and **bold** are not shown by the app: write plain text (a literal * is written \\*)"
        );
        assert_eq!(
            error("<!-- id: a -->\n## A\n> A *lead*.\n"),
            "content/en/guide.md:3: *emphasis* and **bold** are not shown by the app: write plain text (a literal * is written \\*)"
        );
    }

    #[test]
    fn block_markup_the_app_cannot_show_is_refused() {
        let at = |body: &str| error(&format!("<!-- id: a -->\n## A\n> Lead.\n\n{body}\n"));
        assert_eq!(
            at("1. first\n2. second"),
            "content/en/guide.md:5: numbered lists are not supported: start each item with `- `"
        );
        assert_eq!(at("- one\n  - nested"), "content/en/guide.md:6: lists cannot be nested");
        assert_eq!(at("- "), "content/en/guide.md:5: a list item is empty");
        assert_eq!(at("---"), "content/en/guide.md:5: horizontal rules are not allowed");
        assert_eq!(
            at("    indented"),
            "content/en/guide.md:5: code blocks are not allowed (a line indented by 4 spaces starts one)"
        );
        assert_eq!(
            at("```\ncode\n```"),
            "content/en/guide.md:5: code blocks are not allowed (a line indented by 4 spaces starts one)"
        );
        assert_eq!(
            at("<div>\nblock\n</div>"),
            "content/en/guide.md:5: HTML is not allowed in the guide, only `<!-- … -->` comments"
        );
        assert_eq!(at("Source:"), "content/en/guide.md:5: `Source:` needs the source after it");
    }

    #[test]
    fn an_empty_heading_is_refused() {
        assert_eq!(error("<!-- id: a -->\n##\n> Lead.\n"), "content/en/guide.md:2: a heading needs a title");
    }

    #[test]
    fn line_numbers_count_from_one() {
        let lines = LineIndex::new("a\nbc\n\nd");
        assert_eq!([0, 1, 2, 3, 4, 5, 6].map(|o| lines.line_of(o)), [1, 1, 2, 2, 2, 3, 4]);
    }
}
