//! Personas: the answer patterns real visitors give, each named for the person it stands
//! for, with the verdict and the words the results screen must show them (SCORING.md §10).
//! Answers are built by rule from the model (by part, area and keying), so the personas
//! follow the questionnaire when items change.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::model::{Area, Band, ItemSpec, Keyed};
use mlt_fit::core::quality::QualityFlag;
use mlt_fit::core::scoring::{band_for, FitResult};
use mlt_fit::core::summary::{next_steps, summarize, Summary};

/// Scores with the MLT career value.
fn score(answers: &Answers) -> FitResult {
    MLT.score(answers)
}

/// Builds answers item by item: `rule(index, item)` gives the raw answer or `None` to skip.
fn answers(rule: impl Fn(usize, &ItemSpec) -> Option<u8>) -> Answers {
    Answers::from_values(MLT.model.items.iter().enumerate().map(|(i, it)| rule(i, it)).collect()).unwrap_or_default()
}

/// A statement answered `toward` (0-4, 4 = most like MLT work) in the item's own keying.
fn keyed(item: &ItemSpec, toward: u8) -> u8 {
    match item.keyed {
        Keyed::Plus => toward,
        Keyed::Minus => 4 - toward,
    }
}

/// How a persona reads an item: an interest item in its area, a candour claim (the unscored
/// part), or a statement.
#[derive(Clone, Copy)]
enum Kind {
    Interest(Area),
    Candour,
    Statement,
}

fn kind(item: &ItemSpec) -> Kind {
    match item.area {
        Some(a) if item.is_interest() => Kind::Interest(a),
        _ if item.is_unscored() => Kind::Candour,
        _ => Kind::Statement,
    }
}

fn is_mlt_area(area: Area) -> bool {
    matches!(area, Area::R | Area::I | Area::C)
}

/// A small deterministic wobble (0, 1 or 2 steps by item position) so patterns are not uniform.
fn wobble(i: usize) -> u8 {
    [0, 1, 0, 2, 1, 0, 1][i % 7]
}

fn id_is(item: &ItemSpec, id: &str) -> bool {
    item.id == id
}

fn run(name: &str, a: &Answers) -> (FitResult, Summary) {
    let r = score(a);
    let s = summarize(MLT.model, &r, MLT.default_locale());
    eprintln!(
        "{name}: band {:?} (fit {:?}) score {:?} interest {:?} quality {:?} obstacles {:?} related {:?}\n  {}",
        r.band,
        r.fit_band,
        r.rounded(),
        r.interest_match().map(|x| x.round()),
        r.quality,
        r.obstacles.iter().map(|o| o.obstacle).collect::<Vec<_>>(),
        r.related.iter().map(|c| MLT.related[c.career].id).collect::<Vec<_>>(),
        s.headline
    );
    (r, s)
}

/// A realistic MLT-minded visitor: likes R, I and C activities (3 or 4), lukewarm to cool on
/// the others (1 or 2), agrees with what lab work asks and disagrees with its opposite, but
/// not always at the extremes; says "Disagree" to the candour claims.
fn typical_mlt(i: usize, item: &ItemSpec) -> Option<u8> {
    Some(match kind(item) {
        Kind::Interest(a) if is_mlt_area(a) => 4 - wobble(i).min(1),
        Kind::Interest(_) => 1 + wobble(i).min(1),
        Kind::Candour => 1,
        _ => keyed(item, 4 - wobble(i).min(1)),
    })
}

#[test]
fn tina_typical_mlt_student_gets_a_strong_fit() {
    let (r, s) = run("Tina", &answers(typical_mlt));
    assert_eq!(r.band, Band::Strong, "{s:?}");
    assert!(r.quality.is_empty() && r.obstacles.is_empty());
    assert_eq!(s.band_name, "Strong fit");
    assert!(s.interest.as_deref().is_some_and(|t| t.contains("line up closely")), "{s:?}");
    let steps: Vec<&str> = next_steps(MLT.default_locale(), &r, true).iter().map(|n| n.text).collect();
    assert!(steps.iter().any(|t| t.contains("shadow")), "strong results point to shadowing a lab: {steps:?}");
    assert!(!r.suggests_related());
}

#[test]
fn alex_agrees_with_everything_and_gets_no_band() {
    // "Strongly like / Strongly agree" to every question (78, strong fit under model 1).
    let (r, s) = run("Alex", &answers(|_, _| Some(4)));
    assert_eq!(r.band, Band::Unclear);
    assert!(r.quality.contains(&QualityFlag::YesSaying));
    assert!(r.quality.contains(&QualityFlag::StraightLining));
    assert!(r.quality.contains(&QualityFlag::FlatProfile));
    assert_eq!(s.band_name, "No band this time");
    assert!(s.headline.contains("not giving a fit band"));
    assert!(s.quality.iter().any(|t| t.contains("agreed with most statements")));
    assert!(r.overall.is_some(), "the score details stay visible");
    assert!(r.related.is_empty(), "a doubted profile is not matched against careers");
}

#[test]
fn amy_agrees_with_every_statement_but_answers_interests_honestly() {
    // Yes-saying on the statements alone, with a realistic MLT interest pattern.
    let (r, s) = run(
        "Amy",
        &answers(|i, it| match kind(it) {
            Kind::Interest(_) => typical_mlt(i, it),
            Kind::Candour => Some(1),
            _ => Some(3 + wobble(i).min(1)),
        }),
    );
    assert_eq!(r.quality, vec![QualityFlag::YesSaying]);
    assert_eq!(r.band, Band::Unclear);
    assert!(s.quality[0].contains("opposite things"));
}

#[test]
fn olivia_opposite_interests_never_reach_good_whatever_the_statements_say() {
    // Likes Artistic, Social, Enterprising; dislikes R, I, C; statements the MLT way (60,
    // good fit under model 1).
    let (r, s) = run(
        "Olivia",
        &answers(|i, it| match kind(it) {
            Kind::Interest(a) => Some(if is_mlt_area(a) { wobble(i).min(1) } else { 4 - wobble(i).min(1) }),
            Kind::Candour => Some(1),
            _ => Some(keyed(it, 4)),
        }),
    );
    assert_eq!(r.band, Band::Low, "{s:?}");
    assert!(r.held_by_interests);
    assert!(s.held.as_deref().is_some_and(|t| t.contains("Interests count most")), "{s:?}");
    assert!(s.interest.as_deref().is_some_and(|t| t.contains("far from lab work")));
    assert!(r.suggests_related());
    for c in &r.related {
        assert!(c.similarity >= 0.3, "only careers that resemble her interests");
        assert!(!MLT.related[c.career].code.starts_with(['R', 'I']), "{}", MLT.related[c.career].id);
    }
}

#[test]
fn sam_skips_most_interest_questions_and_gets_no_score() {
    // One interest question per area answered away from MLT work, the other 24 skipped,
    // statements the MLT way (100, strong fit under model 1, beside a range of 60 to 92).
    let mut first = [true; 6];
    let values: Vec<Option<u8>> = MLT
        .model
        .items
        .iter()
        .map(|it| match kind(it) {
            Kind::Interest(a) => {
                if std::mem::replace(&mut first[a.index()], false) {
                    Some(if is_mlt_area(a) { 0 } else { 4 })
                } else {
                    None
                }
            }
            Kind::Candour => Some(1),
            _ => Some(keyed(it, 4)),
        })
        .collect();
    let (r, s) = run("Sam", &Answers::from_values(values).unwrap_or_default());
    assert_eq!(r.band, Band::Unknown);
    assert_eq!(r.overall, None, "no score is claimed on 6 of 30 interest answers");
    assert!(s.shortfalls.iter().any(|t| t.contains("each interest area")), "{s:?}");
    assert!(r.range.0 <= r.range.1);
}

#[test]
fn sofia_says_disagree_to_blood_and_the_obstacle_is_named_first() {
    // "Disagree" (not "Strongly disagree") to handling blood (93, strong fit under model 1).
    let (r, s) = run("Sofia", &answers(|i, it| if id_is(it, "cond_blood") { Some(1) } else { typical_mlt(i, it) }));
    assert_eq!(r.band, Band::Obstacle);
    assert_eq!(r.fit_band, Band::Strong, "the fit itself is reported, not relabelled");
    assert!(s.headline.starts_with("Overall, your answers fit MLT work well, but"), "{}", s.headline);
    assert!(s.headline.contains("handling blood"));
    assert_eq!(s.band_name, "Serious obstacle");
    assert!(
        s.obstacles[0].starts_with("You said you are not comfortable with blood"),
        "not faint, yet not wanting the work: no contradiction"
    );
    assert!(r.suggests_related());
    for c in &r.related {
        let career = MLT.related[c.career];
        assert!(career.requires.is_empty(), "{} handles blood", career.id);
    }
}

#[test]
fn fred_feels_faint_at_the_sight_of_blood() {
    let (r, s) = run("Fred", &answers(|i, it| if id_is(it, "cond_faint") { Some(3) } else { typical_mlt(i, it) }));
    assert_eq!(r.band, Band::Obstacle);
    assert!(s.headline.contains("handling blood"));
}

#[test]
fn ben_cannot_do_a_two_year_program_and_sees_shorter_paths_first() {
    let (r, s) = run(
        "Ben",
        &answers(|i, it| match it.id {
            "p_program" => Some(0),
            "p_no_more_school" => Some(4),
            _ => typical_mlt(i, it),
        }),
    );
    assert_eq!(r.band, Band::Obstacle);
    assert!(s.headline.contains("training"), "{}", s.headline);
    let first = r.related.first().map(|c| MLT.related[c.career]);
    assert!(first.is_some_and(|c| c.job_zone <= 2), "first suggestion needs little preparation: {first:?}");
    let zones: Vec<u8> = r.related.iter().map(|c| MLT.related[c.career].job_zone).collect();
    assert!(zones.windows(2).all(|w| (w[0] <= 2) >= (w[1] <= 2)), "short paths before long ones: {zones:?}");
}

#[test]
fn hana_loves_helping_people_and_sees_social_careers() {
    let (r, s) = run(
        "Hana",
        &answers(|i, it| match kind(it) {
            Kind::Interest(Area::S) => Some(4),
            Kind::Interest(Area::A) => Some(3),
            Kind::Interest(Area::E) => Some(2 + wobble(i).min(1)),
            Kind::Interest(_) => Some(1 + wobble(i).min(1)),
            Kind::Candour => Some(1),
            _ => Some(keyed(it, 1 + wobble(i).min(2))),
        }),
    );
    // Her lukewarm answers to the blood and training questions may also name obstacles.
    assert!(matches!(r.fit_band, Band::Low | Band::Mixed), "{:?}", r.fit_band);
    assert_ne!(r.band, Band::Unclear);
    assert!(r.quality.is_empty(), "{:?}", r.quality);
    let first = r.related.first().map(|c| MLT.related[c.career].code).unwrap_or("");
    assert!(first.starts_with('S'), "Social careers first: {first}");
    let steps: Vec<&str> = next_steps(MLT.default_locale(), &r, true).iter().map(|n| n.text).collect();
    if r.band == Band::Low {
        assert!(steps.iter().any(|t| t.contains("Interest Profiler")), "{steps:?}");
    }
    assert!(steps.iter().any(|t| t.contains("careers below")), "{steps:?}");
    assert!(!s.headline.is_empty());
}

#[test]
fn felix_is_unsure_about_every_activity() {
    let (r, s) = run(
        "Felix",
        &answers(|i, it| match kind(it) {
            Kind::Interest(_) => Some(2),
            Kind::Candour => Some(1),
            _ => Some(keyed(it, 3 + wobble(i).min(1))),
        }),
    );
    assert!(r.quality.contains(&QualityFlag::FlatProfile));
    assert_eq!(r.band, Band::Unclear);
    assert!(s.quality.iter().any(|t| t.contains("no interest area stands out")));
    // The interest words do not praise a profile the notice doubts.
    assert!(s.interest.as_deref().is_some_and(|t| t.contains("says little")), "{s:?}");
}

#[test]
fn a_flat_profile_has_no_strongest_areas_and_no_comparison_hint_to_answer_more() {
    // Every activity "Like": every area answered, no correlation to compute.
    let a = answers(|i, it| match kind(it) {
        Kind::Interest(_) => Some(3),
        Kind::Candour => Some(1),
        _ => Some(keyed(it, 3 + wobble(i).min(1))),
    });
    let (s, _) = mlt_fit::core::session::start(
        &MLT,
        &mlt_fit::core::session::Startup {
            fragment: format!("#/r/{}", mlt_fit::core::link::encode(&a, &MLT.current_item_set())),
            ..Default::default()
        },
    );
    let outcome = s.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("decoded");
    let v = mlt_fit::core::view::results::results(&MLT, &s, outcome);
    assert_eq!(v.top_areas, None, "no strongest areas on a flat profile");
    assert_eq!(v.congruence, "You rated every area the same, so the two profiles cannot be compared.");
}

#[test]
fn nora_disagrees_with_every_statement() {
    let (r, s) = run(
        "Nora",
        &answers(|i, it| match kind(it) {
            Kind::Interest(_) => typical_mlt(i, it),
            _ => Some(wobble(i).min(1)),
        }),
    );
    assert!(r.quality.contains(&QualityFlag::NoSaying), "{:?}", r.quality);
    assert_eq!(r.band, Band::Unclear);
    assert!(s.quality.iter().any(|t| t.contains("disagreed with most statements")));
}

#[test]
fn ivan_gives_the_answers_he_thinks_a_lab_wants() {
    // Every answer the MLT way, and "Agree" to claims nobody can honestly make.
    let (r, s) = run(
        "Ivan",
        &answers(|_, it| match kind(it) {
            Kind::Interest(a) => Some(if is_mlt_area(a) { 4 } else { 0 }),
            Kind::Candour => Some(3),
            _ => Some(keyed(it, 4)),
        }),
    );
    assert_eq!(r.quality, vec![QualityFlag::Candour]);
    assert_eq!(r.band, Band::Unclear);
    assert!(s.quality[0].contains("good impression"));
}

#[test]
fn luis_is_lukewarm_about_everything_lab_related() {
    let (r, _) = run(
        "Luis",
        &answers(|i, it| match kind(it) {
            Kind::Interest(a) if is_mlt_area(a) => Some(2 + wobble(i).min(1)),
            Kind::Interest(_) => Some(1 + wobble(i).min(1)),
            Kind::Candour => Some(1),
            _ => Some(keyed(it, 2 + wobble(i).min(1))),
        }),
    );
    assert_eq!(r.band, Band::Mixed);
}

#[test]
fn carmen_skips_both_blood_questions_and_is_asked_about_them() {
    let (r, s) = run(
        "Carmen",
        &answers(|i, it| {
            if it.obstacle.is_some_and(|o| MLT.model.obstacles[o].id == "blood") {
                None
            } else {
                typical_mlt(i, it)
            }
        }),
    );
    assert_eq!(r.band, Band::Mixed, "no good or strong fit while the blood questions are open");
    assert!(r.held_by_open_obstacle);
    assert!(s.open_questions.iter().any(|t| t.contains("blood")));
    assert!(s.held.as_deref().is_some_and(|t| t.contains("handling blood")));
}

#[test]
fn dana_is_not_sure_about_blood_and_is_asked_about_it() {
    // The reviewer's pattern: a strong student who says "Not sure" to being fine with blood
    // and skips "Seeing blood makes me feel faint" must not walk past the deal-breaker.
    let (r, s) = run(
        "Dana",
        &answers(|i, it| {
            if id_is(it, "cond_blood") {
                Some(2)
            } else if id_is(it, "cond_faint") {
                None
            } else {
                typical_mlt(i, it)
            }
        }),
    );
    assert_eq!(r.band, Band::Mixed, "no good or strong fit while blood is unsettled");
    assert_eq!(r.fit_band, Band::Strong, "the fit band itself is not lowered");
    assert!(r.held_by_open_obstacle);
    assert!(s.open_questions.iter().any(|t| t.contains("handling blood") && t.contains("Not sure")));
    assert!(s.held.as_deref().is_some_and(|t| t.contains("a clear answer") && t.contains("handling blood")));
}

#[test]
fn tomas_skips_four_lab_activities_he_never_tried_and_is_told_the_band_could_change() {
    // Two of the five Realistic and two of the five Investigative activities skipped: enough
    // answers for a band, but each skip counts as the least favourable answer.
    let mut seen = [0usize; 6];
    let skip: Vec<bool> = MLT
        .model
        .items
        .iter()
        .map(|it| match kind(it) {
            Kind::Interest(a) if matches!(a, Area::R | Area::I) => {
                seen[a.index()] += 1;
                seen[a.index()] <= 2
            }
            _ => false,
        })
        .collect();
    let (r, s) = run("Tomas", &answers(|i, it| if skip[i] { None } else { typical_mlt(i, it) }));
    assert!(r.band.rank() < Band::Strong.rank(), "the skips hold him below strong: {:?}", r.band);
    assert!(band_for(MLT.model, r.range.1).rank() > r.fit_band.rank());
    assert!(s.range_band.is_some_and(|t| t.contains("could change the band")), "{s:?}");
    // Tina answered everything: nothing to say.
    let (_, tina) = run("Tina", &answers(typical_mlt));
    assert_eq!(tina.range_band, None);
}

#[test]
fn jo_agrees_with_both_blood_questions_and_is_told_they_disagree() {
    // "Fine with blood every day" and "seeing blood makes me faint", both agreed with: still
    // an obstacle (the cautious reading), but said as a contradiction, not as a fact.
    let (r, s) = run(
        "Jo",
        &answers(|i, it| if id_is(it, "cond_blood") || id_is(it, "cond_faint") { Some(3) } else { typical_mlt(i, it) }),
    );
    assert_eq!(r.band, Band::Obstacle);
    assert!(r.obstacles.iter().all(|o| o.disagrees));
    assert!(s.obstacles.iter().any(|t| t.starts_with("Your answers about handling blood disagree")), "{s:?}");
    assert!(!s.obstacles.iter().any(|t| t.starts_with("You said you are not comfortable")));
}

#[test]
fn chris_career_changer_with_a_few_practical_doubts() {
    let (r, _) = run(
        "Chris",
        &answers(|i, it| match it.id {
            "cond_shifts" => Some(1),
            "p_high_pay" => Some(3),
            "cond_people_all_day" => Some(2),
            _ => typical_mlt(i, it),
        }),
    );
    assert!(matches!(r.band, Band::Strong | Band::Good), "{:?}", r.band);
    assert!(r.lowered.iter().any(|x| MLT.model.items[x.item].id == "cond_shifts"));
}

#[test]
fn next_steps_never_point_to_a_hidden_guide_or_to_careers_not_shown() {
    // Every verdict, with the guide shown and hidden.
    let people: Vec<Answers> = vec![
        answers(typical_mlt),
        answers(|_, _| Some(4)),
        answers(|i, it| if id_is(it, "cond_blood") { Some(0) } else { typical_mlt(i, it) }),
        answers(|_, _| None),
        answers(|i, it| match kind(it) {
            Kind::Interest(a) => Some(if is_mlt_area(a) { wobble(i).min(1) } else { 4 - wobble(i).min(1) }),
            _ => Some(keyed(it, 2)),
        }),
    ];
    for a in &people {
        let r = score(a);
        assert!(!next_steps(MLT.default_locale(), &r, true).is_empty(), "{:?} has next steps", r.band);
        for step in next_steps(MLT.default_locale(), &r, false) {
            assert!(step.guide.is_none(), "{:?}: \"{}\" links to a hidden guide", r.band, step.text);
        }
        for step in next_steps(MLT.default_locale(), &r, true) {
            assert!(
                !step.related || r.suggests_related(),
                "{:?}: \"{}\" points to careers not shown",
                r.band,
                step.text
            );
        }
    }
}
