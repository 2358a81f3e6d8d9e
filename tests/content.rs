//! The content files, as compiled in: every item well formed, every text a visitor needs in
//! every language. The guide's sections and facts are checked in `guide_facts.rs`.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::content::{current_item_set, CAREERS, ITEM_SETS, LOCALES, MODEL};
use mlt_fit::core::model::{Area, Keyed, Part};

#[test]
fn questionnaire_has_at_least_40_items_in_all_four_parts() {
    assert!(MODEL.items.len() >= 40);
    for part in Part::ALL {
        assert!(MODEL.items.iter().any(|i| i.part == part), "{part:?} has no items");
    }
    for area in Area::ALL {
        let n = MODEL.items.iter().filter(|i| i.area == Some(area)).count();
        assert!(n >= 4, "{area:?} has {n} items");
    }
    for item in MODEL.items {
        assert_eq!(item.area.is_some(), item.part == Part::Interest, "{}", item.id);
        assert!(item.weight > 0.0, "{}", item.id);
        if item.part == Part::Interest {
            assert_eq!(item.keyed, Keyed::Plus, "{}", item.id);
        }
    }
    // The work-style part covers what the issue lists, and at least one item is reverse keyed
    // so that agreeing with everything does not score best.
    assert!(MODEL.items.iter().any(|i| i.keyed == Keyed::Minus));
    for id in ["ws_detail", "ws_procedure", "ws_routine", "ws_pressure", "ws_independent", "ws_integrity"] {
        assert!(MODEL.items.iter().any(|i| i.id == id), "{id}");
    }
    for id in ["cond_blood", "cond_behind_scenes", "cond_equipment", "cond_shifts", "p_school", "p_lab_days", "p_salary", "p_certification", "p_advance"] {
        assert!(MODEL.items.iter().any(|i| i.id == id), "{id}");
    }
}

#[test]
fn every_language_has_every_text() {
    for locale in LOCALES {
        assert_eq!(locale.items.len(), MODEL.items.len());
        assert!(locale.items.iter().all(|t| !t.trim().is_empty()));
        assert_eq!(locale.careers.len(), CAREERS.len());
        for item in MODEL.items {
            let scale = &locale.scales[item.scale];
            assert!(scale.labels.iter().all(|l| !l.is_empty()), "every point is labelled");
            if item.deal_breaker_at.is_some() {
                assert!(locale.deal_breaker_text(item.id).is_some(), "{}", item.id);
            }
        }
    }
}

#[test]
fn item_sets_end_with_todays_items() {
    let current = current_item_set();
    assert_eq!(current.version, MODEL.item_set);
    let ids: Vec<&str> = MODEL.items.iter().map(|i| i.id).collect();
    assert_eq!(current.item_ids, ids.as_slice());
    assert!(ITEM_SETS.windows(2).all(|w| w[0].version < w[1].version));
}

#[test]
fn careers_have_interest_profiles() {
    assert!(CAREERS.len() >= 5);
    for c in CAREERS {
        assert_eq!(c.code.len(), 3);
        let top = c.profile.iter().cloned().fold(f64::MIN, f64::max);
        let first = Area::ALL.iter().find(|a| a.letter() == c.code.chars().next().unwrap_or('?')).expect("letter");
        assert_eq!(c.profile[first.index()], top, "{}", c.id);
    }
}
