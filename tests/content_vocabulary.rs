//! The content compiler's vocabulary (`content-compiler/src/vocabulary.rs`) and the
//! questionnaire description it writes for the end-to-end tests, checked against the app:
//! part kinds, areas and bands in the app's order, the guide's sections, and the results-link
//! facts (a reader that follows `questionnaire.json` decodes what `core::link` encodes).
#![cfg(not(target_arch = "wasm32"))]

use content_compiler::vocabulary::{self, link as facts};
use mlt_fit::core::answers::{Answers, MAX};
use mlt_fit::core::career::MLT;
use mlt_fit::core::link;
use mlt_fit::core::model::{Area, Band, ItemSet, Keyed, PartKind};
use serde_json::Value;

/// `$OUT_DIR/questionnaire.json`, written by build.rs with the statics this crate uses.
fn description() -> Value {
    serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/questionnaire.json"))).expect("valid JSON")
}

#[test]
fn part_kinds_areas_and_bands_are_in_the_apps_order() {
    let kinds: Vec<String> = PartKind::ALL.iter().map(|k| format!("{k:?}")).collect();
    assert_eq!(kinds, vocabulary::PART_KINDS.map(|(_, v)| v));
    let letters: Vec<String> = Area::ALL.iter().map(|a| a.letter().to_string()).collect();
    assert_eq!(letters, vocabulary::AREAS);
    let bands = [Band::Strong, Band::Good, Band::Mixed, Band::Low, Band::Unknown, Band::Unclear, Band::Obstacle];
    for (i, band) in bands.iter().enumerate() {
        assert_eq!(band.index(), i);
        assert_eq!((band.key(), format!("{band:?}").as_str()), vocabulary::BANDS[i]);
    }
    assert_eq!(usize::from(MAX) + 1, vocabulary::SCALE_POINTS);
}

#[test]
fn every_language_has_the_guide_sections_in_order() {
    // The order is data: `[guide] sections` in content/model.toml, as the compiler reads it.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let content = content_compiler::check(&content_compiler::Sources::read(&dir).unwrap()).unwrap();
    let listed = &content.model.guide.sections;
    assert_eq!(listed.len(), 10);
    for locale in MLT.all_locales() {
        let ids: Vec<&str> = locale.guide.iter().map(|s| s.id).collect();
        assert_eq!(ids, *listed, "{}", locale.lang);
    }
    let described: Vec<(String, String)> = description()["guide_sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap().to_string(), s["title"].as_str().unwrap().to_string()))
        .collect();
    let compiled: Vec<(String, String)> =
        MLT.default_locale().guide.iter().map(|s| (s.id.into(), s.title.into())).collect();
    assert_eq!(described, compiled);
}

#[test]
fn the_description_lists_the_compiled_items_in_order() {
    let d = description();
    assert_eq!(d["item_set"].as_u64(), Some(u64::from(MLT.model.item_set)));
    let items = d["items"].as_array().unwrap();
    assert_eq!(items.len(), MLT.model.items.len());
    for ((item, spec), text) in items.iter().zip(MLT.model.items).zip(MLT.default_locale().items) {
        assert_eq!(item["id"], spec.id);
        assert_eq!(item["text"], *text);
        assert_eq!(item["part"], MLT.model.parts[spec.part].id, "{}", spec.id);
        assert_eq!(item["area"].as_str(), spec.area.map(|a| a.letter().to_string()).as_deref(), "{}", spec.id);
        assert_eq!(item["keyed"], if spec.keyed == Keyed::Plus { "+" } else { "-" }, "{}", spec.id);
        assert_eq!(item["obstacle"].as_str(), spec.obstacle.map(|o| MLT.model.obstacles[o].id), "{}", spec.id);
        let scale = d["scales"].as_array().unwrap().iter().position(|s| s["id"] == item["scale"]);
        assert_eq!(scale, Some(spec.scale), "{}", spec.id);
    }
}

#[test]
fn the_description_names_bands_scales_and_item_sets_as_compiled() {
    let d = description();
    let locale = MLT.default_locale();
    let names: Vec<&str> = d["bands"].as_array().unwrap().iter().map(|b| b["name"].as_str().unwrap()).collect();
    assert_eq!(names, locale.bands.iter().map(|b| b.name).collect::<Vec<_>>());
    for (scale, text) in d["scales"].as_array().unwrap().iter().zip(locale.scales) {
        assert_eq!(scale["labels"], serde_json::json!(text.labels));
    }
    let sets = d["item_sets"].as_array().unwrap();
    assert_eq!(sets.len(), MLT.item_sets.len());
    for (set, compiled) in sets.iter().zip(MLT.item_sets) {
        assert_eq!(set["version"].as_u64(), Some(u64::from(compiled.version)));
        assert_eq!(set["items"], serde_json::json!(compiled.item_ids));
    }
}

/// Decodes a payload the way a reader of `questionnaire.json` would: base64url with the
/// given alphabet, then the header, then `bits_per_answer` bits an answer.
fn read_with_facts(payload: &str, d: &Value) -> (u8, u16, Vec<Option<u8>>) {
    let link = &d["link"];
    let alphabet = link["alphabet"].as_str().unwrap();
    let (mut bytes, mut acc, mut bits) = (Vec::new(), 0u32, 0);
    for c in payload.chars() {
        acc = (acc << 6) | alphabet.find(c).expect("alphabet character") as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    let header = link["header_bytes"].as_u64().unwrap() as usize;
    let width = link["bits_per_answer"].as_u64().unwrap() as usize;
    let skipped = link["skipped_code"].as_u64().unwrap() as u8;
    let count = usize::from(bytes[3]);
    let answers = (0..count)
        .map(|i| {
            let code = (0..width).fold(0u8, |v, b| {
                let bit = i * width + b;
                (v << 1) | ((bytes[header + bit / 8] >> (7 - bit % 8)) & 1)
            });
            (code != skipped).then_some(code)
        })
        .collect();
    (bytes[0], u16::from_be_bytes([bytes[1], bytes[2]]), answers)
}

#[test]
fn the_link_facts_read_what_core_link_writes() {
    let d = description();
    let link_facts = &d["link"];
    assert_eq!(link_facts["format_version"].as_u64(), Some(u64::from(link::FORMAT_VERSION)));
    assert_eq!(facts::FORMAT_VERSION, link::FORMAT_VERSION);

    let current = MLT.current_item_set();
    let n = current.item_ids.len();
    let values: Vec<Option<u8>> = (0..n).map(|i| if i % 7 == 3 { None } else { Some((i % 5) as u8) }).collect();
    let payload = link::encode(&Answers::from_values(values.clone()).unwrap(), &current);
    let bytes = facts::HEADER_BYTES + (facts::BITS_PER_ANSWER * n).div_ceil(8) + facts::CRC_BYTES;
    assert_eq!(payload.len(), (bytes * 8).div_ceil(6), "payload length from the facts");
    assert_eq!(read_with_facts(&payload, &d), (facts::FORMAT_VERSION, current.version, values));

    let old = ItemSet { version: 1, item_ids: MLT.item_sets[0].item_ids };
    let all_skipped = link::encode(&Answers::skipped(old.item_ids.len()), &old);
    let (_, version, answers) = read_with_facts(&all_skipped, &d);
    assert_eq!(version, 1);
    assert!(answers.len() == old.item_ids.len() && answers.iter().all(Option::is_none));
}
