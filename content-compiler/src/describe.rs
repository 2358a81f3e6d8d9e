//! `questionnaire.json`: the questionnaire and the results-link format, described for tests
//! that are not written in Rust (`tests/e2e/helpers.mjs`), so they need not parse TOML.
//!
//! ```json
//! {
//!   "about": "…",
//!   "item_set": 2,
//!   "items": [{ "id": "i_pond_water", "part": "interest", "area": "I", "scale": "like",
//!               "keyed": "+", "obstacle": null, "text": "Look at a drop of pond water …" }],
//!   "scales": [{ "id": "like", "prompt": "…", "labels": ["Strongly dislike", …] }],
//!   "bands": [{ "key": "strong", "name": "Strong fit" }, …],
//!   "guide_sections": [{ "id": "what", "title": "What is a medical laboratory technician?" }, …],
//!   "item_sets": [{ "version": 1, "items": ["i_microscope", …] }, …],
//!   "languages": [{ "lang": "es", "name": "Español", "unavailable": "No se pudo …", "file": "lang-es-….txt",
//!                   "guide_file": "guide-es-….txt", "ui": { "quiz_next": "Siguiente", … },
//!                   "items": ["Mirar una gota …", …], "bands": ["Afinidad muy buena", …],
//!                   "guide_titles": […], "texts": [every text of the language] }, …],
//!   "link": { "format_version": 1, "header_bytes": 4, "bits_per_answer": 3,
//!             "skipped_code": 5, "crc_bytes": 2, "alphabet": "ABC…-_" }
//! }
//! ```
//!
//! Texts are English, except under `languages` (English first, then the others; `file` is
//! the language file the build ships, `null` for English, which is compiled in; `guide_file`
//! the language's guide texts, which every language ships; `ui` values
//! are messages, in message syntax). Items are in the order they are asked; item sets oldest
//! first.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::guide::Block;
use crate::guide_file;
use crate::language_file::{self, ui_value};
use crate::vocabulary::{link, BANDS, DEFAULT_LANGUAGE};
use crate::{Content, Locale};

#[derive(Serialize)]
struct Description<'a> {
    about: &'static str,
    item_set: u16,
    items: Vec<Item<'a>>,
    scales: Vec<Scale<'a>>,
    bands: Vec<Band<'a>>,
    guide_sections: Vec<GuideSection<'a>>,
    item_sets: Vec<ItemSet<'a>>,
    link: Link,
    languages: Vec<Language<'a>>,
}

#[derive(Serialize)]
struct Language<'a> {
    lang: &'a str,
    name: &'a str,
    unavailable: Option<&'a str>,
    file: Option<String>,
    guide_file: String,
    ui: BTreeMap<&'a str, String>,
    items: Vec<&'a str>,
    bands: Vec<&'a str>,
    guide_titles: Vec<&'a str>,
    texts: Vec<String>,
}

/// Every text of a language, as a list (messages in message syntax).
fn all_texts(locale: &Locale) -> Vec<String> {
    let mut out: Vec<String> = vec![locale.ui.language.name.clone()];
    out.extend(locale.ui.language.unavailable.clone());
    out.extend(locale.ui.ui.values().map(|v| ui_value(v)));
    for b in locale.ui.bands.values() {
        out.extend([b.name.clone(), b.meaning.clone()]);
    }
    out.extend(locale.ui.job_zones.iter().cloned());
    out.extend(locale.ui.next_steps.iter().map(|s| s.text.clone()));
    for s in locale.items.scales.values() {
        out.push(s.prompt.clone());
        out.extend(s.labels.iter().cloned());
    }
    out.extend(locale.items.parts.values().cloned());
    for a in locale.items.areas.values() {
        out.extend([a.name.clone(), a.short.clone()]);
    }
    out.extend(locale.items.items.values().cloned());
    for o in locale.items.obstacles.values() {
        out.extend([o.name.clone(), o.text.clone(), o.open.clone(), o.disagree.clone()]);
    }
    for c in locale.careers.careers.values() {
        out.extend([c.name.clone(), c.about.clone()]);
    }
    for s in &locale.guide {
        out.extend([s.title.clone(), s.lead.clone()]);
        for b in &s.blocks {
            match b {
                Block::Paragraph(t) | Block::Source(t) => out.push(t.clone()),
                Block::List(items) => out.extend(items.iter().cloned()),
                Block::SalaryChart => {}
            }
        }
    }
    out
}

#[derive(Serialize)]
struct Item<'a> {
    id: &'a str,
    part: &'a str,
    area: Option<&'a str>,
    scale: &'a str,
    keyed: &'a str,
    obstacle: Option<&'a str>,
    text: &'a str,
}

#[derive(Serialize)]
struct Scale<'a> {
    id: &'a str,
    prompt: &'a str,
    labels: &'a [String],
}

#[derive(Serialize)]
struct Band<'a> {
    key: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct GuideSection<'a> {
    id: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct ItemSet<'a> {
    version: u16,
    items: &'a [String],
}

#[derive(Serialize)]
struct Link {
    format_version: u8,
    header_bytes: usize,
    bits_per_answer: usize,
    skipped_code: u8,
    crc_bytes: usize,
    alphabet: &'static str,
}

/// The description as pretty-printed JSON (with a final newline).
pub fn json(content: &Content) -> String {
    let english = &content.locales[0];
    let items = content
        .model
        .item
        .iter()
        .map(|i| Item {
            id: &i.id,
            part: &i.part,
            area: i.area.as_deref(),
            scale: &i.scale,
            keyed: &i.keyed,
            obstacle: i.obstacle.as_deref(),
            text: english.items.items.get(&i.id).map(String::as_str).unwrap_or_default(),
        })
        .collect();
    let scales = content
        .scales
        .iter()
        .filter_map(|id| english.items.scales.get(id).map(|s| Scale { id, prompt: &s.prompt, labels: &s.labels }))
        .collect();
    let bands =
        BANDS.iter().filter_map(|(key, _)| english.ui.bands.get(*key).map(|b| Band { key, name: &b.name })).collect();
    let description = Description {
        about: "Generated by content-compiler from content/ (English texts). Do not edit.",
        item_set: content.model.item_set,
        items,
        scales,
        bands,
        guide_sections: english.guide.iter().map(|s| GuideSection { id: &s.id, title: &s.title }).collect(),
        item_sets: content.sets.set.iter().map(|s| ItemSet { version: s.version, items: &s.items }).collect(),
        link: Link {
            format_version: link::FORMAT_VERSION,
            header_bytes: link::HEADER_BYTES,
            bits_per_answer: link::BITS_PER_ANSWER,
            skipped_code: link::SKIPPED_CODE,
            crc_bytes: link::CRC_BYTES,
            alphabet: link::ALPHABET,
        },
        languages: content
            .locales
            .iter()
            .map(|locale| Language {
                lang: &locale.lang,
                name: &locale.ui.language.name,
                unavailable: locale.ui.language.unavailable.as_deref(),
                file: (locale.lang != DEFAULT_LANGUAGE)
                    .then(|| language_file::file_name(&locale.lang, &language_file::write(content, locale))),
                guide_file: guide_file::file_name(&locale.lang, &guide_file::write(locale)),
                ui: locale.ui.ui.iter().map(|(k, v)| (k.as_str(), ui_value(v))).collect(),
                items: content
                    .model
                    .item
                    .iter()
                    .map(|i| locale.items.items.get(&i.id).map(String::as_str).unwrap_or_default())
                    .collect(),
                bands: BANDS.iter().filter_map(|(key, _)| locale.ui.bands.get(*key).map(|b| b.name.as_str())).collect(),
                guide_titles: locale.guide.iter().map(|s| s.title.as_str()).collect(),
                texts: all_texts(locale),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&description).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::real_sources;
    use serde_json::{json, Value};

    fn description() -> Value {
        let content = crate::check(&real_sources()).unwrap();
        serde_json::from_str(&json(&content)).unwrap()
    }

    #[test]
    fn items_come_in_asking_order_with_their_english_text() {
        let d = description();
        let items = d["items"].as_array().unwrap();
        assert_eq!(items.len(), d["item_sets"][1]["items"].as_array().unwrap().len());
        assert_eq!(
            items[0],
            json!({ "id": "i_pond_water", "part": "interest", "area": "I", "scale": "like", "keyed": "+",
                    "obstacle": null, "text": "Look at a drop of pond water under a microscope" })
        );
        let blood = items.iter().find(|i| i["id"] == "cond_blood").unwrap();
        assert_eq!(blood["obstacle"], "blood");
        assert_eq!(blood["area"], Value::Null);
        assert_eq!(d["item_set"], 2);
    }

    #[test]
    fn the_current_item_set_is_the_items_and_older_sets_are_kept() {
        let d = description();
        let sets = d["item_sets"].as_array().unwrap();
        assert_eq!(sets.iter().map(|s| s["version"].as_u64().unwrap()).collect::<Vec<_>>(), [1, 2]);
        let ids: Vec<&Value> = d["items"].as_array().unwrap().iter().map(|i| &i["id"]).collect();
        let current: Vec<&Value> = sets[1]["items"].as_array().unwrap().iter().collect();
        assert_eq!(ids, current);
    }

    #[test]
    fn bands_scales_and_sections_are_named() {
        let d = description();
        assert_eq!(d["bands"][0], json!({ "key": "strong", "name": "Strong fit" }));
        assert_eq!(d["bands"][6], json!({ "key": "obstacle", "name": "Serious obstacle" }));
        assert_eq!(d["scales"][1]["id"], "agree");
        assert_eq!(d["scales"][1]["labels"][4], "Strongly agree");
        assert_eq!(d["guide_sections"][4], json!({ "id": "salary", "title": "Pay and job outlook" }));
        let ids: Vec<String> =
            d["guide_sections"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_string()).collect();
        let content = crate::check(&real_sources()).unwrap();
        assert_eq!(ids, content.model.guide.sections, "the sections [guide] lists, in order");
    }

    #[test]
    fn the_link_format_is_described() {
        assert_eq!(
            description()["link"],
            json!({ "format_version": 1, "header_bytes": 4, "bits_per_answer": 3, "skipped_code": 5, "crc_bytes": 2,
                    "alphabet": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" })
        );
    }
}
