//! The scoring model's required properties (see SCORING.md), over random answer sets.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::{Answers, MAX};
use mlt_fit::core::content::MODEL;
use mlt_fit::core::model::{Band, Part};
use mlt_fit::core::scoring::{extreme_answer, score, FitResult};
use proptest::prelude::*;

fn n() -> usize {
    MODEL.items.len()
}

fn answer_sets() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(proptest::option::weighted(0.85, 0..=MAX), n())
        .prop_map(|v| Answers::from_values(v).unwrap_or_default())
}

fn typical(best: bool) -> Answers {
    Answers::from_values((0..n()).map(|i| Some(extreme_answer(&MODEL, i, best))).collect()).unwrap_or_default()
}

fn overall(r: &FitResult) -> f64 {
    r.overall.unwrap_or(f64::NAN)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Moving any one answer one step toward MLT work never lowers the overall score.
    #[test]
    fn monotone_in_every_item(answers in answer_sets(), item in 0..48usize) {
        let item = item % n();
        let best = extreme_answer(&MODEL, item, true);
        if let Some(v) = answers.get(item) {
            if v != best {
                let mut closer = answers.clone();
                closer.set(item, Some(if best > v { v + 1 } else { v - 1 }));
                let (before, after) = (score(&answers), score(&closer));
                if let (Some(b), Some(a)) = (before.overall, after.overall) {
                    prop_assert!(a >= b - 1e-9, "item {item}: {v} -> closer lowered {b} to {a}");
                }
            }
        }
    }

    /// Same answers, same result, every time.
    #[test]
    fn deterministic(answers in answer_sets()) {
        prop_assert_eq!(score(&answers), score(&answers.clone()));
    }

    /// Scores stay in range; the skipped-item range contains the score.
    #[test]
    fn bounded_and_range_contains_score(answers in answer_sets()) {
        let r = score(&answers);
        if let Some(s) = r.overall {
            prop_assert!((0.0..=100.0).contains(&s));
            prop_assert!(r.range.0 <= s + 1e-9 && s <= r.range.1 + 1e-9, "{:?} outside {:?}", s, r.range);
        }
        for p in r.profile.iter().flatten() {
            prop_assert!((0.0..=100.0).contains(p));
        }
        for p in &r.parts {
            if let Some(s) = p.score { prop_assert!((0.0..=100.0).contains(&s)); }
        }
        prop_assert!(r.raised.iter().all(|x| x.effect > 0.0));
        prop_assert!(r.lowered.iter().all(|x| x.effect < 0.0));
    }

    /// Any vector of values, of any length, scores without panicking.
    #[test]
    fn never_panics_on_any_length(values in proptest::collection::vec(proptest::option::of(0..=MAX), 0..120)) {
        if let Some(a) = Answers::from_values(values) {
            let _ = score(&a);
        }
    }
}

#[test]
fn all_typical_scores_at_least_85_and_all_opposite_at_most_20() {
    let best = score(&typical(true));
    let worst = score(&typical(false));
    assert!(overall(&best) >= 85.0, "typical MLT answers scored {}", overall(&best));
    assert_eq!(best.band, Band::Strong);
    assert!(overall(&worst) <= 20.0, "opposite answers scored {}", overall(&worst));
    assert_eq!(worst.band, Band::Low);
    assert!(best.deal_breakers.is_empty());
    assert!(!worst.deal_breakers.is_empty());
    assert!(best.congruence.unwrap_or(0.0) > 0.9);
    assert!(worst.congruence.unwrap_or(0.0) < -0.9);
}

#[test]
fn all_skipped_gives_an_honest_empty_result() {
    let r = score(&Answers::skipped(n()));
    assert_eq!(r.overall, None);
    assert_eq!(r.band, Band::Unknown);
    assert_eq!(r.answered, 0);
    assert_eq!(r.range, (0.0, 100.0));
    assert!(r.raised.is_empty() && r.lowered.is_empty() && r.related.is_empty());
    assert!(r.parts.iter().all(|p| p.score.is_none()));
}

#[test]
fn skipping_is_not_a_neutral_guess() {
    // Skip every interest item: the interest part is left out rather than scored as "Unsure".
    let mut a = typical(true);
    for (i, item) in MODEL.items.iter().enumerate() {
        if item.part == Part::Interest {
            a.set(i, None);
        }
    }
    let r = score(&a);
    assert_eq!(r.parts[Part::Interest.index()].score, None);
    assert_eq!(r.overall, Some(100.0), "the answered parts alone decide the score");
    assert!(r.range.0 < 80.0 && r.range.1 == 100.0, "the range shows what the skipped items could do: {:?}", r.range);
    assert_eq!(r.band, Band::Unknown, "30 of 48 skipped is too few answers for a band");

    // Skip just a few: band given, range narrower than a full range.
    let mut b = typical(true);
    for i in 0..6 {
        b.set(i, None);
    }
    let r = score(&b);
    assert_eq!(r.band, Band::Strong);
    assert!(r.range.0 > 60.0 && r.range.0 < r.range.1);
}

#[test]
fn a_deal_breaker_caps_the_score_and_is_named() {
    let mut a = typical(true);
    let blood = MODEL.items.iter().position(|i| i.id == "cond_blood").unwrap_or(usize::MAX);
    a.set(blood, Some(0));
    let r = score(&a);
    assert_eq!(r.deal_breakers, vec![blood]);
    assert!(overall(&r) <= MODEL.deal_breaker_cap);
    assert_eq!(r.band, Band::Low);
    // "Disagree" is a serious answer but not the deal-breaker threshold for this item.
    a.set(blood, Some(1));
    assert!(score(&a).deal_breakers.is_empty());
}

#[test]
fn reasons_name_the_answers_that_moved_the_score() {
    let mut a = typical(true);
    let sell = MODEL.items.iter().position(|i| i.id == "e_sell").unwrap_or(usize::MAX);
    a.set(sell, Some(MAX)); // strongly likes selling: away from MLT work
    let r = score(&a);
    assert_eq!(r.lowered.first().map(|x| x.item), Some(sell));
    assert!(r.raised.len() == 3);
}

#[test]
fn related_careers_follow_the_visitors_interests() {
    // A visitor whose interests are Social first: careers with S codes come first.
    let mut a = Answers::skipped(n());
    for (i, item) in MODEL.items.iter().enumerate() {
        let v = match item.area.map(|x| x.letter()) {
            Some('S') => 4,
            Some('I') => 3,
            Some('R') => 2,
            Some(_) => 0,
            None => 2,
        };
        a.set(i, Some(v));
    }
    let r = score(&a);
    assert!(matches!(r.band, Band::Mixed | Band::Low), "band {:?} score {:?}", r.band, r.overall);
    assert!(r.suggests_related());
    assert!((3..=5).contains(&r.related.len()));
    let first = mlt_fit::core::content::CAREERS[r.related[0].career];
    assert!(first.code.starts_with('S'), "first related career {} ({})", first.id, first.code);
}
