//! The content files, as compiled in: every item well formed, every text a visitor needs in
//! every language. The guide's sections and facts are checked in `guide_facts.rs`.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::career::MLT;
use mlt_fit::core::model::{Area, Keyed, PartKind};

#[test]
fn question_set_2_covers_every_part_area_and_work_style_facet() {
    assert_eq!(MLT.model.item_set, 2);
    let parts: Vec<(&str, PartKind)> = MLT.model.parts.iter().map(|p| (p.id, p.kind)).collect();
    assert_eq!(
        parts,
        [
            ("interest", PartKind::Interest),
            ("work_style", PartKind::Statements),
            ("conditions", PartKind::Statements),
            ("practical", PartKind::Statements),
            ("candour", PartKind::Unscored),
        ]
    );
    for (p, part) in MLT.model.parts.iter().enumerate() {
        assert!(MLT.model.items.iter().any(|i| i.part == p), "{} has no items", part.id);
    }
    for item in MLT.model.items {
        assert_eq!(item.kind, MLT.model.parts[item.part].kind, "{}: kind is its part's", item.id);
    }
    for area in Area::ALL {
        let n = MLT.model.items.iter().filter(|i| i.area == Some(area)).count();
        assert_eq!(n, 5, "{area:?} has {n} items");
    }
    for item in MLT.model.items {
        assert_eq!(item.area.is_some(), item.is_interest(), "{}", item.id);
        assert!(item.weight > 0.0, "{}", item.id);
        if item.is_interest() {
            assert_eq!(item.keyed, Keyed::Plus, "{}", item.id);
        }
    }
    // O*NET Work Styles for 29-2012.00, two items each, keyed both ways.
    let facets: [(&str, [&str; 2]); 6] = [
        ("attention to detail", ["ws_detail", "ws_detail_rush"]),
        ("dependability", ["ws_dep_on_time", "ws_dep_forget"]),
        ("integrity", ["ws_integrity", "ws_rules_bend"]),
        ("stress tolerance", ["ws_pressure", "ws_rushed_mistakes"]),
        ("independence", ["ws_own_first", "ws_checked_often"]),
        ("analytical thinking", ["ws_analytic", "ws_trust_machine"]),
    ];
    for (facet, ids) in facets {
        let keys: Vec<Keyed> = ids
            .iter()
            .map(|id| {
                MLT.model
                    .items
                    .iter()
                    .find(|i| i.id == *id)
                    .map(|i| i.keyed)
                    .unwrap_or_else(|| panic!("{facet}: no {id}"))
            })
            .collect();
        assert!(keys.contains(&Keyed::Plus) && keys.contains(&Keyed::Minus), "{facet} is keyed both ways");
    }
    // Obstacles: blood and training, each asked twice, keyed both ways.
    for (o, spec) in MLT.model.obstacles.iter().enumerate() {
        let keys: Vec<Keyed> = MLT.model.items.iter().filter(|i| i.obstacle == Some(o)).map(|i| i.keyed).collect();
        assert!(keys.contains(&Keyed::Plus) && keys.contains(&Keyed::Minus), "obstacle {} keyed both ways", spec.id);
    }
    // About 8-10 minutes at about 9 seconds a question.
    assert!((50..=65).contains(&MLT.model.items.len()), "{} questions", MLT.model.items.len());
}

#[test]
fn interest_items_are_our_own_and_not_leading() {
    // Phrases that follow O*NET Interest Profiler items closely (its items are copyrighted),
    // and leading words, must not come back.
    let banned = [
        "blood cells under a microscope",
        "start and run a small business",
        "sell a product",
        "bargain",
        "negotiate",
        "volunteer",
        "act in a play",
        "without errors",
        "important work",
    ];
    for text in MLT.default_locale().items {
        let lower = text.to_lowercase();
        for b in banned {
            assert!(!lower.contains(b), "\"{text}\" contains \"{b}\"");
        }
        assert!(!lower.contains(" not "), "\"{text}\": write statements, not negations");
    }
    // One activity an item: no "and" joining two activities in an interest item.
    for (item, text) in MLT.model.items.iter().zip(MLT.default_locale().items) {
        if item.is_interest() {
            assert!(text.split_whitespace().count() <= 12, "{text}");
        }
    }
}

#[test]
fn related_careers_carry_checked_onet_facts() {
    let find = |id: &str| MLT.related.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no career {id}"));
    assert_eq!(find("medical_records_specialist").soc, "29-2072.00");
    assert_eq!(find("phlebotomist").soc, "31-9097.00");
    assert_eq!(find("med_technologist").job_zone, 4);
    for c in MLT.related {
        assert!((1..=5).contains(&c.job_zone), "{}", c.id);
        assert!(c.soc.len() == 10 && c.soc.as_bytes()[2] == b'-' && c.soc.as_bytes()[7] == b'.', "{}", c.soc);
        assert!(c.profile.iter().all(|v| (1.0..=7.0).contains(v)), "{}", c.id);
    }
    // Blood-handling careers say so, so that they are never suggested after a blood obstacle.
    let blood = MLT.model.obstacles.iter().position(|o| o.id == "blood").expect("blood obstacle");
    for id in ["med_technologist", "phlebotomist", "histotechnician", "medical_assistant"] {
        assert!(find(id).requires.contains(&blood), "{id}");
    }
}

#[test]
fn every_language_has_every_text() {
    for locale in MLT.all_locales() {
        assert_eq!(locale.items.len(), MLT.model.items.len());
        assert_eq!(locale.parts.len(), MLT.model.parts.len());
        assert!(locale.parts.iter().all(|p| !p.trim().is_empty()));
        assert!(locale.items.iter().all(|t| !t.trim().is_empty()));
        assert_eq!(locale.careers.len(), MLT.related.len());
        for item in MLT.model.items {
            let scale = &locale.scales[item.scale];
            assert!(scale.labels.iter().all(|l| !l.is_empty()), "every point is labelled");
            if let Some(o) = item.obstacle {
                assert!(locale.obstacles.get(o).is_some_and(|t| !t.text.is_empty()), "{}", item.id);
            }
        }
    }
}

#[test]
fn item_sets_end_with_todays_items() {
    let current = MLT.current_item_set();
    assert_eq!(current.version, MLT.model.item_set);
    let ids: Vec<&str> = MLT.model.items.iter().map(|i| i.id).collect();
    assert_eq!(current.item_ids, ids.as_slice());
    assert!(MLT.item_sets.windows(2).all(|w| w[0].version < w[1].version));
}

#[test]
fn careers_have_interest_profiles() {
    assert!(MLT.related.len() >= 5);
    for c in MLT.related {
        assert_eq!(c.code.len(), 3);
        let top = c.profile.iter().cloned().fold(f64::MIN, f64::max);
        let first = Area::ALL.iter().find(|a| a.letter() == c.code.chars().next().unwrap_or('?')).expect("letter");
        assert_eq!(c.profile[first.index()], top, "{}", c.id);
    }
}
