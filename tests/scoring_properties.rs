//! The scoring model's required properties (see SCORING.md), over random answer sets.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::{Answers, MAX};
use mlt_fit::core::career::MLT;
use mlt_fit::core::model::{Area, Band, ItemSpec, Keyed};
use mlt_fit::core::quality::QualityFlag;
use mlt_fit::core::scoring::{extreme_answer, overall_score, FitResult};
use proptest::prelude::*;

/// Scores with the MLT career value.
fn score(answers: &Answers) -> FitResult {
    MLT.score(answers)
}

fn n() -> usize {
    MLT.model.items.len()
}

fn answer_sets() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(proptest::option::weighted(0.85, 0..=MAX), n())
        .prop_map(|v| Answers::from_values(v).unwrap_or_default())
}

fn typical(best: bool) -> Answers {
    Answers::from_values((0..n()).map(|i| Some(extreme_answer(MLT.model, i, best))).collect()).unwrap_or_default()
}

fn overall(r: &FitResult) -> f64 {
    r.overall.unwrap_or(f64::NAN)
}

fn is_mlt_area(a: Area) -> bool {
    matches!(a, Area::R | Area::I | Area::C)
}

fn is_interest(item: &ItemSpec) -> bool {
    item.is_interest()
}

fn is_candour(item: &ItemSpec) -> bool {
    item.is_unscored()
}

/// A realistic, varied visitor: a level (0-4) for each interest area with at least three
/// scale points between the highest and lowest area, a level for how much they lean toward
/// MLT-style work, each answer within one step of its level, candour claims disagreed with.
/// (Three points, not two: with two, answers of the top area mostly a step down and of the
/// bottom one mostly a step up can bring the areas closer than the flat-profile threshold,
/// 20 of 100 or 0.8 of a step: really a flat profile, rightly noticed. A random run found
/// one. With three, the areas stay at least a whole step, 25, apart.)
fn realistic_people() -> impl Strategy<Value = Answers> {
    (proptest::array::uniform6(0u8..=4), 0u8..=4, proptest::collection::vec(-1i8..=1, n()), 0usize..6, 0usize..6)
        .prop_filter_map("areas must differ by three points", |(mut areas, lean, noise, hi, lo)| {
            if hi == lo {
                return None;
            }
            areas[hi] = areas[hi].max(3);
            areas[lo] = 0;
            let values = MLT
                .model
                .items
                .iter()
                .enumerate()
                .map(|(i, it)| {
                    let level = match it.area {
                        Some(a) if is_interest(it) => areas[a.index()],
                        _ if is_candour(it) => 0,
                        _ => match it.keyed {
                            Keyed::Plus => lean,
                            Keyed::Minus => 4 - lean,
                        },
                    };
                    Some((level as i8 + noise[i]).clamp(0, 4) as u8)
                })
                .collect();
            Answers::from_values(values)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// Moving any one answer one step toward MLT work never lowers the score.
    #[test]
    fn monotone_in_every_item(answers in answer_sets(), item in 0..200usize) {
        let item = item % n();
        let best = extreme_answer(MLT.model, item, true);
        if let Some(v) = answers.get(item) {
            if v != best {
                let mut closer = answers.clone();
                closer.set(item, Some(if best > v { v + 1 } else { v - 1 }));
                let (b, a) = (overall_score(MLT.model, &answers), overall_score(MLT.model, &closer));
                prop_assert!(a.unwrap_or(0.0) >= b.unwrap_or(0.0) - 1e-9, "item {item}: {v} -> closer lowered {b:?} to {a:?}");
                prop_assert!(score(&closer).fit_band.rank() >= score(&answers).fit_band.rank());
            }
        }
    }

    /// Skipping an answered question never raises the score or the fit band.
    #[test]
    fn skipping_never_raises_a_result(answers in answer_sets(), item in 0..200usize) {
        let item = item % n();
        if answers.get(item).is_some() {
            let mut skipped = answers.clone();
            skipped.set(item, None);
            let (before, after) = (score(&answers), score(&skipped));
            let (b, a) = (overall_score(MLT.model, &answers).unwrap_or(0.0), overall_score(MLT.model, &skipped).unwrap_or(0.0));
            prop_assert!(a <= b + 1e-9, "skipping item {item} raised {b} to {a}");
            prop_assert!(after.fit_band.rank() <= before.fit_band.rank(), "{:?} -> {:?}", before.fit_band, after.fit_band);
        }
    }

    /// The shown score lies inside the shown range, and so does every way of answering the
    /// skipped questions.
    #[test]
    fn score_and_every_completion_lie_inside_the_range(answers in answer_sets(), fill in proptest::collection::vec(0..=MAX, 200)) {
        let r = score(&answers);
        let mut completed = answers.clone();
        for i in 0..n() {
            if completed.get(i).is_none() {
                completed.set(i, Some(fill[i % fill.len()]));
            }
        }
        let c = overall_score(MLT.model, &completed).unwrap_or(f64::NAN);
        prop_assert!(r.range.0 - 1e-9 <= c && c <= r.range.1 + 1e-9, "completion {c} outside {:?}", r.range);
        if let Some(s) = r.overall {
            prop_assert!((0.0..=100.0).contains(&s));
            prop_assert!(r.range.0 - 1e-9 <= s && s <= r.range.1 + 1e-9, "{s} outside {:?}", r.range);
        }
        for p in r.profile.iter().flatten() {
            prop_assert!((0.0..=100.0).contains(p));
        }
        prop_assert!(r.raised.iter().all(|x| x.effect > 0.0));
        prop_assert!(r.lowered.iter().all(|x| x.effect < 0.0));
    }

    /// Same answers, same result, every time.
    #[test]
    fn deterministic(answers in answer_sets()) {
        prop_assert_eq!(score(&answers), score(&answers.clone()));
    }

    /// Any vector of values, of any length, scores without panicking.
    #[test]
    fn never_panics_on_any_length(values in proptest::collection::vec(proptest::option::of(0..=MAX), 0..150)) {
        if let Some(a) = Answers::from_values(values) {
            let _ = score(&a);
        }
    }

    /// Realistic, varied answer patterns never trip a response-quality check.
    #[test]
    fn quality_checks_stay_quiet_for_realistic_people(answers in realistic_people()) {
        let r = score(&answers);
        prop_assert!(r.quality.is_empty(), "{:?} fired for {:?}", r.quality, answers.values());
    }

    /// The same answer everywhere, or nearly everywhere, is always noticed.
    #[test]
    fn uniform_and_near_uniform_answers_are_noticed(value in 0..=MAX, changes in proptest::collection::vec((0..200usize, 0..=MAX), 0..6)) {
        let mut a = Answers::from_values(vec![Some(value); n()]).unwrap_or_default();
        for (i, v) in changes {
            a.set(i % n(), Some(v));
        }
        let r = score(&a);
        prop_assert!(r.quality.contains(&QualityFlag::StraightLining), "{:?}", r.quality);
        prop_assert_eq!(r.band, Band::Unclear);
    }

    /// Agreeing (or disagreeing) with statements keyed both ways is noticed, whatever the
    /// interest answers are.
    #[test]
    fn yes_and_no_saying_are_noticed(interests in proptest::collection::vec(0..=MAX, 200), high in 3..=MAX, low in 0u8..=1, yes in any::<bool>()) {
        let values = MLT.model.items.iter().enumerate().map(|(i, it)| Some(if is_interest(it) {
            interests[i]
        } else if yes { high } else { low })).collect();
        let r = score(&Answers::from_values(values).unwrap_or_default());
        let flag = if yes { QualityFlag::YesSaying } else { QualityFlag::NoSaying };
        prop_assert!(r.quality.contains(&flag), "{:?}", r.quality);
        prop_assert_ne!(r.band.rank(), Band::Strong.rank());
    }

    /// Interests run opposite to MLT work: never a good or strong fit, whatever the statements say.
    #[test]
    fn opposite_interests_never_reach_good(answers in answer_sets(), low in proptest::collection::vec(0u8..=1, 200), high in proptest::collection::vec(3u8..=4, 200)) {
        let mut a = answers;
        for (i, it) in MLT.model.items.iter().enumerate() {
            if let Some(area) = it.area {
                a.set(i, Some(if is_mlt_area(area) { low[i] } else { high[i] }));
            }
        }
        let r = score(&a);
        prop_assert!(r.fit_band.rank() <= Band::Mixed.rank(), "{:?} at {:?}", r.fit_band, r.overall);
        prop_assert!(!matches!(r.band, Band::Good | Band::Strong));
    }

    /// Too few answers in any interest area: no band, whatever else is answered.
    #[test]
    fn no_band_when_an_area_is_too_sparse(answers in answer_sets(), area in 0usize..6, keep in 0usize..3) {
        let mut a = answers;
        let mut kept = 0;
        for (i, it) in MLT.model.items.iter().enumerate() {
            if it.area.map(|x| x.index()) == Some(area) {
                if kept < keep && a.get(i).is_some() {
                    kept += 1;
                } else {
                    a.set(i, None);
                }
            }
        }
        let r = score(&a);
        prop_assert_eq!(r.band, Band::Unknown);
        prop_assert_eq!(r.overall, None);
    }
}

#[test]
fn all_typical_scores_at_least_85_and_all_opposite_at_most_20() {
    let best = score(&typical(true));
    let worst = score(&typical(false));
    assert!(overall(&best) >= 85.0, "typical MLT answers scored {}", overall(&best));
    assert!(overall(&worst) <= 20.0, "opposite answers scored {}", overall(&worst));
    assert_eq!(worst.fit_band, Band::Low);
    assert!(best.obstacles.is_empty());
    assert!(!worst.obstacles.is_empty());
    assert!(best.congruence.unwrap_or(0.0) > 0.9);
    assert!(worst.congruence.unwrap_or(0.0) < -0.9);
}

#[test]
fn all_skipped_gives_an_honest_empty_result() {
    let r = score(&Answers::skipped(n()));
    assert_eq!(r.overall, None);
    assert_eq!(r.band, Band::Unknown);
    assert_eq!(r.answered, 0);
    assert!(r.range.0 < 5.0 && r.range.1 == 100.0, "{:?}", r.range);
    assert!(r.raised.is_empty() && r.lowered.is_empty() && r.related.is_empty());
    assert!(r.parts.iter().all(|p| p.score.is_none()));
}

#[test]
fn a_skipped_question_earns_no_credit() {
    // Skip a few: the score is what the answers least like MLT work would give, and the
    // range shows what answering could add.
    let full = score(&typical(true));
    let mut b = typical(true);
    for i in 0..6 {
        b.set(i, None);
    }
    let r = score(&b);
    assert!(overall(&r) < overall(&full));
    assert!((r.range.1 - overall(&full)).abs() < 1e-9, "answering them could bring back the full score");
    assert_eq!(r.skipped(), 6);
}

#[test]
fn disagree_and_strongly_disagree_to_blood_are_both_obstacles() {
    let blood = MLT.model.items.iter().position(|i| i.id == "cond_blood").unwrap_or(usize::MAX);
    for answer in [0, 1] {
        let mut a = typical(true);
        a.set(blood, Some(answer));
        let r = score(&a);
        assert_eq!(r.band, Band::Obstacle, "answer {answer}");
        assert_eq!(r.obstacles.len(), 1);
        assert_eq!(r.fit_band, Band::Strong, "the fit is reported apart from the obstacle");
    }
    let mut a = typical(true);
    a.set(blood, Some(2));
    assert!(score(&a).obstacles.is_empty(), "\"Not sure\" is no obstacle");
}

/// Where an item sits after keying: 4 is the answer most like MLT work.
fn toward_mlt(item: &ItemSpec, answer: u8) -> u8 {
    match item.keyed {
        Keyed::Plus => answer,
        Keyed::Minus => MAX - answer,
    }
}

/// A typical MLT student's answers with each obstacle question skipped or given any answer.
fn typical_with_random_obstacle_answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(proptest::option::of(0..=MAX), n()).prop_map(|drawn| {
        let mut a = typical(true);
        for (i, item) in MLT.model.items.iter().enumerate() {
            if item.obstacle.is_some() {
                a.set(i, drawn[i]);
            }
        }
        a
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// SCORING.md §5: a good or strong verdict needs every obstacle settled, that is, one of
    /// its questions answered clearly the MLT way; skipped or "Not sure" leaves it open and
    /// holds the verdict at mixed, with the fit band itself unchanged.
    #[test]
    fn good_or_strong_needs_every_obstacle_answered_clearly(answers in typical_with_random_obstacle_answers()) {
        let r = score(&answers);
        let mut any_open = false;
        for o in 0..MLT.model.obstacles.len() {
            let clear = MLT.model.items.iter().enumerate().filter(|(_, it)| it.obstacle == Some(o)).any(|(i, it)| {
                answers.get(i).is_some_and(|v| toward_mlt(it, v) >= 3)
            });
            let named = r.obstacles.iter().any(|f| f.obstacle == o);
            prop_assert_eq!(r.open_obstacles.contains(&o), !clear && !named, "obstacle {}", o);
            any_open |= !clear && !named;
        }
        if matches!(r.band, Band::Good | Band::Strong) {
            prop_assert!(!any_open && r.obstacles.is_empty());
        }
        if r.obstacles.is_empty() && any_open && r.fit_band.rank() > Band::Mixed.rank() {
            prop_assert_eq!(r.band, Band::Mixed);
            prop_assert!(r.held_by_open_obstacle);
        }
    }
}

#[test]
fn not_sure_or_skipped_on_both_blood_questions_leaves_the_obstacle_open() {
    let at = |id: &str| MLT.model.items.iter().position(|i| i.id == id).unwrap_or(usize::MAX);
    let (blood, faint) = (at("cond_blood"), at("cond_faint"));
    let blood_obstacle = MLT.model.items[blood].obstacle;
    // One clear answer the lab way settles it, whatever the other says short of a deal-breaker.
    for (fine, faint_answer) in [(Some(3), Some(2)), (Some(2), Some(1)), (None, Some(0)), (Some(4), None)] {
        let mut a = typical(true);
        a.set(blood, fine);
        a.set(faint, faint_answer);
        let r = score(&a);
        assert_eq!(r.band, Band::Strong, "{fine:?} / {faint_answer:?}");
        assert!(r.open_obstacles.is_empty() && !r.held_by_open_obstacle);
    }
    // "Not sure" and skipping settle nothing: the verdict is held at mixed, the fit band is not.
    for (fine, faint_answer) in [(Some(2), Some(2)), (Some(2), None), (None, Some(2)), (None, None)] {
        let mut a = typical(true);
        a.set(blood, fine);
        a.set(faint, faint_answer);
        let r = score(&a);
        assert_eq!(r.band, Band::Mixed, "{fine:?} / {faint_answer:?}");
        assert_eq!(r.fit_band, Band::Strong);
        assert!(r.held_by_open_obstacle);
        assert_eq!(r.open_obstacles.iter().map(|o| Some(*o)).collect::<Vec<_>>(), vec![blood_obstacle]);
    }
}

#[test]
fn candour_items_never_change_the_score() {
    let base = typical(true);
    for (i, it) in MLT.model.items.iter().enumerate().filter(|(_, it)| is_candour(it)) {
        for v in 0..=MAX {
            let mut a = base.clone();
            a.set(i, Some(v));
            assert_eq!(overall_score(MLT.model, &a), overall_score(MLT.model, &base), "{}", it.id);
        }
    }
}

#[test]
fn statements_are_balanced_and_every_work_style_is_keyed_both_ways() {
    let statements: Vec<_> = MLT.model.items.iter().filter(|i| i.is_keyed_statement()).collect();
    let minus = statements.iter().filter(|i| i.keyed == Keyed::Minus).count();
    let share = minus as f64 / statements.len() as f64;
    assert!((0.4..=0.6).contains(&share), "{minus} of {} statements reverse keyed", statements.len());
    let work_style = MLT.model.parts.iter().position(|p| p.id == "work_style").expect("a work_style part");
    let ws: Vec<_> = MLT.model.items.iter().filter(|i| i.part == work_style).collect();
    assert!(ws.len() >= 12, "six facets, two items each");
    assert_eq!(ws.iter().filter(|i| i.keyed == Keyed::Minus).count(), ws.len() / 2);
}

#[test]
fn reasons_name_the_answers_that_moved_the_score() {
    let mut a = typical(true);
    let speech = MLT.model.items.iter().position(|i| i.id == "e_speech").unwrap_or(usize::MAX);
    a.set(speech, Some(MAX)); // strongly likes giving speeches: away from MLT work
    let r = score(&a);
    assert_eq!(r.lowered.first().map(|x| x.item), Some(speech));
    assert_eq!(r.raised.len(), 3);
}
