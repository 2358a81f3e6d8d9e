//! The embed help page and the embed loader, in every language: `embed/embed.html` and
//! `embed/embed.js` are templates, `content/<lang>/embed.toml` holds their texts (checked
//! like the class view's, [`crate::keyed_texts`]). Out come `embed.html` (English, the name
//! counselors' pages already use), `embed-<lang>.html` for each other language, and one
//! `embed.js`.
//!
//! Markers in a template:
//! - `{{key}}`: the text, as inline Markdown (plain text, `code`, *emphasis*, **strong**,
//!   [links](…)), escaped for HTML;
//! - `{{text:key}}`: the text as it is, escaped for an attribute value or `<title>`;
//! - `{{lang}}`: the page's language code;
//! - `{{language_links}}`: a link to each other language's page, named in its own language;
//! - `{{language_options}}`: an `<option>` for each language, named in its own language;
//! - `{{texts_json:key}}`: a JSON object of the text in every language (`{"en": …}`), for the
//!   loader, which has one file for all languages.
//!
//! `language_name` (the language's name in itself) is required in every file; every other
//! English key must be used by a template, and every key a template names must exist, so a
//! text cannot be forgotten on either side.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::keyed_texts::{TextFile, Texts};
use crate::Error;

/// `<lang>/embed.toml`, one `[embed]` table.
pub const EMBED_FILE: TextFile = TextFile { file: "embed.toml", table: "embed" };

/// The key every language must have: its own name, for the language links and options.
const LANGUAGE_NAME: &str = "language_name";

/// One output file: its name in the build and its text.
#[derive(Debug, PartialEq, Eq)]
pub struct OutputFile {
    pub name: String,
    pub text: String,
}

/// The page's file name for a language: English keeps `embed.html`.
pub fn page_name(lang: &str) -> String {
    if lang == "en" {
        "embed.html".into()
    } else {
        format!("embed-{lang}.html")
    }
}

/// Fills the page template once a language and the loader template once; each template is
/// `(label, text)`, the label naming it in messages.
pub fn build(
    page: (&str, &str),
    loader: (&str, &str),
    languages: &[Texts],
    dir: &str,
) -> Result<Vec<OutputFile>, Error> {
    let english = languages.first().ok_or_else(|| Error::new("no languages"))?;
    let page_pieces = pieces(page.1, page.0)?;
    let loader_pieces = pieces(loader.1, loader.0)?;
    let mut used = BTreeSet::from([LANGUAGE_NAME.to_string()]);
    for (label, template) in [(page.0, &page_pieces), (loader.0, &loader_pieces)] {
        for marker in template.iter().filter_map(|piece| match piece {
            Piece::Marker(marker) => Some(marker),
            Piece::Text(_) => None,
        }) {
            if let Some(key) = marker.key() {
                if !english.texts.contains_key(key) {
                    return Err(Error::new(format!(
                        "{label}: `{{{{{marker}}}}}` names `{key}`, which {dir}/en/{} does not have",
                        EMBED_FILE.file,
                        marker = marker.source
                    )));
                }
                used.insert(key.to_string());
            }
        }
    }
    if let Some(unused) = english.texts.keys().find(|k| !used.contains(*k)) {
        return Err(Error::new(format!(
            "{dir}/en/{}: [embed] `{unused}` is not used by {} or {}",
            EMBED_FILE.file, page.0, loader.0
        )));
    }
    if let Some(lang) = languages.iter().find(|l| !l.texts.contains_key(LANGUAGE_NAME)) {
        return Err(Error::new(format!(
            "{dir}/{}/{}: [embed] `{LANGUAGE_NAME}` is missing (the language's name in itself)",
            lang.lang, EMBED_FILE.file
        )));
    }
    let mut out = Vec::new();
    for texts in languages {
        let text = fill(&page_pieces, texts, languages, dir)?;
        out.push(OutputFile { name: page_name(&texts.lang), text });
    }
    out.push(OutputFile { name: "embed.js".into(), text: fill(&loader_pieces, english, languages, dir)? });
    Ok(out)
}

/// Reads the templates and `content/<lang>/embed.toml`, and writes the files into `out_dir`
/// (a folder of their own: anything else in it is removed).
pub fn compile(content_dir: &Path, embed_dir: &Path, out_dir: &Path) -> Result<Vec<String>, Error> {
    let languages = EMBED_FILE.read(content_dir)?;
    let read = |name: &str| {
        let path = embed_dir.join(name);
        let label = path.display().to_string();
        std::fs::read_to_string(&path)
            .map(|text| (label.clone(), text))
            .map_err(|e| Error::new(format!("cannot read {label}: {e}")))
    };
    let (page_label, page) = read("embed.html")?;
    let (loader_label, loader) = read("embed.js")?;
    let files = build((&page_label, &page), (&loader_label, &loader), &languages, &content_dir.display().to_string())?;
    for file in &files {
        crate::write_if_changed(&out_dir.join(&file.name), &file.text)?;
    }
    let names: Vec<String> = files.into_iter().map(|f| f.name).collect();
    // A language removed from content/ takes its page with it (scripts/post-build copies
    // what is here).
    for entry in std::fs::read_dir(out_dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !names.contains(&name) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(names)
}

/// One `{{…}}` in a template.
struct Marker<'a> {
    source: &'a str,
    kind: MarkerKind<'a>,
}

enum MarkerKind<'a> {
    Inline(&'a str),
    Text(&'a str),
    AllLanguages(&'a str),
    Lang,
    LanguageLinks,
    LanguageOptions,
}

impl Marker<'_> {
    fn key(&self) -> Option<&str> {
        match self.kind {
            MarkerKind::Inline(k) | MarkerKind::Text(k) | MarkerKind::AllLanguages(k) => Some(k),
            _ => None,
        }
    }
}

fn parse_marker<'a>(source: &'a str, label: &str) -> Result<Marker<'a>, Error> {
    let key = |k: &'a str| {
        if crate::vocabulary::is_field_name(k) {
            Ok(k)
        } else {
            Err(Error::new(format!(
                "{label}: `{{{{{source}}}}}` is not a marker (a key is lower-case letters, digits and underscores)"
            )))
        }
    };
    let kind = match source.split_once(':') {
        Some(("text", k)) => MarkerKind::Text(key(k)?),
        Some(("texts_json", k)) => MarkerKind::AllLanguages(key(k)?),
        Some(_) => return Err(Error::new(format!("{label}: `{{{{{source}}}}}` is not a marker"))),
        None => match source {
            "lang" => MarkerKind::Lang,
            "language_links" => MarkerKind::LanguageLinks,
            "language_options" => MarkerKind::LanguageOptions,
            k => MarkerKind::Inline(key(k)?),
        },
    };
    Ok(Marker { source, kind })
}

/// A template, cut into its text and its markers.
enum Piece<'a> {
    Text(&'a str),
    Marker(Marker<'a>),
}

/// Reads a template once: its pieces in order, every marker checked.
fn pieces<'a>(template: &'a str, label: &str) -> Result<Vec<Piece<'a>>, Error> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push(Piece::Text(&rest[..open]));
        let after = &rest[open + 2..];
        let close = after.find("}}").ok_or_else(|| Error::new(format!("{label}: a `{{{{` is never closed")))?;
        out.push(Piece::Marker(parse_marker(&after[..close], label)?));
        rest = &after[close + 2..];
    }
    out.push(Piece::Text(rest));
    Ok(out)
}

fn fill(template: &[Piece], texts: &Texts, languages: &[Texts], dir: &str) -> Result<String, Error> {
    let mut out = String::new();
    for piece in template {
        let marker = match piece {
            Piece::Text(text) => {
                out.push_str(text);
                continue;
            }
            Piece::Marker(marker) => marker,
        };
        let text = |key: &str| texts.texts.get(key).map(String::as_str).unwrap_or_default();
        match marker.kind {
            MarkerKind::Inline(key) => out.push_str(&inline_markdown(text(key)).map_err(|why| {
                Error::new(format!("{dir}/{}/{}: [embed] `{key}`: {why}", texts.lang, EMBED_FILE.file))
            })?),
            MarkerKind::Text(key) => out.push_str(&escape(text(key))),
            MarkerKind::AllLanguages(key) => {
                let all: BTreeMap<&str, &str> = languages
                    .iter()
                    .map(|l| (l.lang.as_str(), l.texts.get(key).map(String::as_str).unwrap_or_default()))
                    .collect();
                out.push_str(&serde_json::to_string(&all).map_err(|e| Error::new(e.to_string()))?);
            }
            MarkerKind::Lang => out.push_str(&texts.lang),
            MarkerKind::LanguageLinks => {
                let links: Vec<String> = languages
                    .iter()
                    .filter(|l| l.lang != texts.lang)
                    .map(|l| {
                        format!(
                            "<a href=\"{}\" hreflang=\"{lang}\" lang=\"{lang}\">{}</a>",
                            page_name(&l.lang),
                            escape(&l.texts[LANGUAGE_NAME]),
                            lang = l.lang
                        )
                    })
                    .collect();
                out.push_str(&links.join(" "));
            }
            MarkerKind::LanguageOptions => {
                for l in languages {
                    out.push_str(&format!(
                        "<option value=\"{lang}\" lang=\"{lang}\">{}</option>",
                        escape(&l.texts[LANGUAGE_NAME]),
                        lang = l.lang
                    ));
                }
            }
        }
    }
    Ok(out)
}

/// Escapes text for HTML element content and quoted attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// One paragraph of inline Markdown as HTML without the `<p>`: text, `code`, emphasis and
/// links only (anything else would change the page's structure from a text file).
fn inline_markdown(text: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut paragraphs = 0;
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::Paragraph) => {
                paragraphs += 1;
                if paragraphs > 1 {
                    return Err("one paragraph only".into());
                }
            }
            Event::End(TagEnd::Paragraph) => {}
            Event::Text(t) => out.push_str(&escape(&t)),
            Event::Code(t) => out.push_str(&format!("<code>{}</code>", escape(&t))),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Emphasis) => out.push_str("<em>"),
            Event::End(TagEnd::Emphasis) => out.push_str("</em>"),
            Event::Start(Tag::Strong) => out.push_str("<strong>"),
            Event::End(TagEnd::Strong) => out.push_str("</strong>"),
            Event::Start(Tag::Link { dest_url, .. }) => out.push_str(&format!("<a href=\"{}\">", escape(&dest_url))),
            Event::End(TagEnd::Link) => out.push_str("</a>"),
            other => {
                return Err(format!("only text, `code`, *emphasis* and [links](…) are allowed here, not {other:?}"))
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lang: &str, pairs: &[(&str, &str)]) -> Texts {
        Texts { lang: lang.into(), texts: pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() }
    }

    fn two_languages() -> Vec<Texts> {
        vec![
            texts(
                "en",
                &[
                    ("language_name", "English"),
                    ("title", "Embed it"),
                    ("help", "Use `a<b` [here](./#/class)."),
                    ("frame", "Quiz"),
                ],
            ),
            texts(
                "es",
                &[
                    ("language_name", "Español"),
                    ("title", "Insértalo"),
                    ("help", "Usa `a<b` [aquí](./#/class)."),
                    ("frame", "Cuestionario"),
                ],
            ),
        ]
    }

    const PAGE: &str = "<html lang=\"{{lang}}\"><title>{{text:title}}</title><nav>{{language_links}}</nav><p>{{help}}</p><select>{{language_options}}</select>";
    const LOADER: &str = "var TITLES = {{texts_json:frame}};";

    fn built() -> Vec<OutputFile> {
        build(("embed.html", PAGE), ("embed.js", LOADER), &two_languages(), "content").expect("valid")
    }

    #[test]
    fn one_page_a_language_and_one_loader() {
        let files = built();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["embed.html", "embed-es.html", "embed.js"]);
        assert_eq!(
            files[1].text,
            "<html lang=\"es\"><title>Insértalo</title><nav><a href=\"embed.html\" hreflang=\"en\" lang=\"en\">English</a></nav>\
             <p>Usa <code>a&lt;b</code> <a href=\"./#/class\">aquí</a>.</p>\
             <select><option value=\"en\" lang=\"en\">English</option><option value=\"es\" lang=\"es\">Español</option></select>"
        );
        assert!(files[0].text.contains("<a href=\"embed-es.html\" hreflang=\"es\" lang=\"es\">Español</a>"));
        assert_eq!(files[2].text, "var TITLES = {\"en\":\"Quiz\",\"es\":\"Cuestionario\"};");
    }

    #[test]
    fn attribute_text_is_escaped() {
        let mut langs = two_languages();
        langs[0].texts.insert("title".into(), "Say \"hi\" <now> & go".into());
        let files = build(("embed.html", PAGE), ("embed.js", LOADER), &langs, "content").expect("valid");
        assert!(files[0].text.contains("<title>Say &quot;hi&quot; &lt;now&gt; &amp; go</title>"), "{}", files[0].text);
    }

    #[test]
    fn a_marker_without_a_text_or_a_text_without_a_marker_is_refused() {
        let error = build(("embed.html", "{{nope}}"), ("embed.js", LOADER), &two_languages(), "content").unwrap_err();
        assert_eq!(error.to_string(), "embed.html: `{{nope}}` names `nope`, which content/en/embed.toml does not have");
        let error = build(("embed.html", "{{title}}"), ("embed.js", LOADER), &two_languages(), "content").unwrap_err();
        assert_eq!(error.to_string(), "content/en/embed.toml: [embed] `help` is not used by embed.html or embed.js");
    }

    #[test]
    fn unknown_or_broken_markers_are_refused() {
        let error =
            build(("embed.html", "{{html:title}}"), ("embed.js", LOADER), &two_languages(), "content").unwrap_err();
        assert_eq!(error.to_string(), "embed.html: `{{html:title}}` is not a marker");
        let error = build(("embed.html", "{{Title}}"), ("embed.js", LOADER), &two_languages(), "content").unwrap_err();
        assert!(error.to_string().contains("is not a marker"), "{error}");
        let error = build(("embed.html", "{{title"), ("embed.js", LOADER), &two_languages(), "content").unwrap_err();
        assert_eq!(error.to_string(), "embed.html: a `{{` is never closed");
    }

    #[test]
    fn block_markdown_in_a_text_is_refused() {
        let mut langs = two_languages();
        langs[1].texts.insert("help".into(), "# Título".into());
        let error = build(("embed.html", PAGE), ("embed.js", LOADER), &langs, "content").unwrap_err();
        assert!(error.to_string().starts_with("content/es/embed.toml: [embed] `help`: only text"), "{error}");
        assert_eq!(inline_markdown("one\n\ntwo"), Err("one paragraph only".to_string()));
        assert_eq!(inline_markdown("*a* **b**\nc").as_deref(), Ok("<em>a</em> <strong>b</strong> c"));
    }

    #[test]
    fn every_language_needs_its_name() {
        let mut langs = two_languages();
        langs[1].texts.remove("language_name");
        let error = build(("embed.html", PAGE), ("embed.js", LOADER), &langs, "content").unwrap_err();
        assert!(error.to_string().starts_with("content/es/embed.toml: [embed] `language_name` is missing"), "{error}");
    }

    #[test]
    fn the_real_embed_files_build() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let out = std::env::temp_dir().join(format!("embed_files_{}", std::process::id()));
        let names = compile(&root.join("content"), &root.join("embed"), &out)
            .expect("embed/ and content/*/embed.toml are valid");
        assert_eq!(names, ["embed.html", "embed-es.html", "embed.js"]);
        let spanish = std::fs::read_to_string(out.join("embed-es.html")).expect("written");
        assert!(spanish.contains("<html lang=\"es\">") && !spanish.contains("{{"), "{spanish}");
        let _ = std::fs::remove_dir_all(out);
    }
}
