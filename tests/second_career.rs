//! A career is a value: a second, small career, `core::content::test_career::CAREER`
//! ("Dental Laboratory Technician", illustrative figures), compiled by build.rs from
//! `tests/careers/dental-lab/` with the same rules as `content/`, is scored, summarised and
//! rendered by the same core as MLT, and what its visitors read comes from its own content:
//! nothing of MLT leaks in.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::{Career, MLT};
use mlt_fit::core::content::test_career::CAREER;
use mlt_fit::core::link;
use mlt_fit::core::model::{Area, Band, PartKind};
use mlt_fit::core::scoring::{extreme_answer, FitResult};
use mlt_fit::core::session::{start, update, Effect, Event, Outcome, Startup, State};
use mlt_fit::core::summary::{career_areas, next_steps, summarize};
use mlt_fit::core::view;

fn n() -> usize {
    CAREER.questions()
}

/// Every item answered most (`best`) or least like the career's work.
fn typical(best: bool) -> Answers {
    Answers::from_values((0..n()).map(|i| Some(extreme_answer(CAREER.model, i, best))).collect()).unwrap_or_default()
}

fn score(answers: &Answers) -> FitResult {
    CAREER.score(answers)
}

/// What the test career's visitors must never read: MLT's name or its work.
fn assert_no_mlt(what: &str, text: &str) {
    let lower = text.to_lowercase();
    for word in ["mlt", "medical lab", "clinical lab", "blood", "phlebotom"] {
        assert!(!lower.contains(word), "{what} says \"{word}\": {text}");
    }
}

/// The state after opening a results link to `answers` for the test career.
fn opened_results(answers: &Answers) -> State {
    let payload = link::encode(answers, &CAREER.current_item_set());
    start(&CAREER, &Startup { fragment: format!("#/r/{payload}"), ..Startup::default() }).0
}

fn outcome(state: &State) -> &Outcome {
    state.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("the link decodes")
}

#[test]
fn the_test_career_is_a_value_of_its_own() {
    let career: &Career = &CAREER;
    assert!(career != &MLT, "two careers, two values");
    let parts: Vec<(&str, PartKind)> = CAREER.model.parts.iter().map(|p| (p.id, p.kind)).collect();
    assert_eq!(
        parts,
        [("interest", PartKind::Interest), ("bench_work", PartKind::Statements), ("candour", PartKind::Unscored)]
    );
    let weights: Vec<f64> = CAREER.model.parts.iter().map(|p| p.weight).collect();
    assert_eq!(weights, [0.6, 0.4, 0.0]);
    assert_eq!(n(), 34);
    assert_eq!(CAREER.current_item_set().version, 1);
    assert_eq!(CAREER.related.len(), 5);
    assert_eq!(CAREER.salary.median, 46_000);
    assert_eq!(CAREER.language("en-GB").map(|l| l.lang), Some("en"));
    let locale = CAREER.default_locale();
    assert_eq!(locale.parts, ["Interests", "Bench work", "Candour check"]);
    let guide: Vec<&str> = locale.guide.iter().map(|s| s.id).collect();
    assert_eq!(guide, ["what", "work", "training", "pay"]);
    for area in Area::ALL {
        assert_eq!(CAREER.model.items.iter().filter(|i| i.area == Some(area)).count(), 4, "{area:?}");
    }
}

#[test]
fn typical_answers_give_a_strong_fit_on_its_own_parts() {
    let r = score(&typical(true));
    assert_eq!(r.band, Band::Strong, "{r:?}");
    assert!(r.rounded().is_some_and(|s| s >= 85), "{:?}", r.rounded());
    assert!(r.quality.is_empty() && r.obstacles.is_empty());
    let parts: Vec<(&str, usize)> = r.parts.iter().map(|p| (CAREER.model.parts[p.part].id, p.total)).collect();
    assert_eq!(parts, [("interest", 24), ("bench_work", 8)], "the scored parts, in the model's order");
    assert!(r.congruence.is_some_and(|c| c > 0.8), "{:?}", r.congruence);
    assert!(!r.suggests_related());
}

#[test]
fn opposite_answers_give_a_low_fit_and_its_own_obstacle() {
    let r = score(&typical(false));
    assert_eq!(r.fit_band, Band::Low);
    assert_eq!(r.band, Band::Obstacle);
    assert_eq!(r.obstacles.len(), 1);
    assert_eq!(CAREER.model.obstacles[r.obstacles[0].obstacle].id, "close_work");
    assert!(r.congruence.is_some_and(|c| c < -0.8), "{:?}", r.congruence);
    for c in &r.related {
        assert!(CAREER.related[c.career].requires.is_empty(), "{} needs close work", CAREER.related[c.career].id);
    }
    let s = summarize(CAREER.model, &r, CAREER.default_locale());
    assert_eq!(s.band_name, "Serious obstacle");
    assert_eq!(
        s.headline,
        "Your answers point away from dental lab work, and something else stands in the way too: fine close work."
    );
    assert!(s.obstacles[0].starts_with("You said hours of fine, fiddly work"), "{:?}", s.obstacles);
}

#[test]
fn skipped_answers_give_no_score_and_name_its_parts() {
    let r = score(&Answers::skipped(n()));
    assert_eq!(r.band, Band::Unknown);
    assert_eq!(r.overall, None);
    assert_eq!(r.answered, 0);
    assert_eq!(r.total, 34);
    assert!(r.parts.iter().all(|p| p.score.is_none()));
    let s = summarize(CAREER.model, &r, CAREER.default_locale());
    assert!(s.shortfalls.iter().any(|t| t.ends_with("this part: Bench work.")), "{:?}", s.shortfalls);
    assert!(s.shortfalls.iter().any(|t| t.contains("3 of the 4 activity questions")), "{:?}", s.shortfalls);
    let steps: Vec<&str> = next_steps(CAREER.default_locale(), &r, true).iter().map(|s| s.text).collect();
    assert_eq!(steps, ["Answer the questions you skipped for a result."]);
}

#[test]
fn the_results_view_says_what_its_content_says() {
    let state = opened_results(&typical(true));
    let v = view::results::results(&CAREER, &state, outcome(&state));
    assert_eq!(v.heading, "Your dental lab fit");
    assert_eq!(v.band_key, "strong");
    assert_eq!(v.summary.headline, "Your answers line up well with what dental lab work involves day to day.");
    // R, then C, then I: its own profile, not MLT's (R, I, C).
    assert_eq!(career_areas(CAREER.model, CAREER.default_locale()), "Realistic, Conventional and Investigative");
    assert_eq!(v.career_areas, "Dental lab work centres on Realistic, Conventional and Investigative activities.");
    assert!(v.summary.interest.as_deref().is_some_and(|t| t.starts_with("Your interest match with dental lab work")));
    let parts: Vec<(&str, &str)> = v.parts.iter().map(|p| (p.name, p.detail.as_str())).collect();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0].0, "Interests");
    assert!(parts[0].1.contains("60%"), "{parts:?}");
    assert_eq!(parts[1].0, "Bench work");
    assert!(parts[1].1.contains("40%"), "{parts:?}");
    assert_eq!(v.chart.career_label, "Dental lab work");
    let career_column: Vec<&str> = v.chart.rows.iter().map(|r| r.career.as_str()).collect();
    assert_eq!(career_column, ["90", "53", "38", "10", "5", "60"], "(v - 1) / 6 x 100 of its profile");
    let steps: Vec<(&str, Option<&str>)> =
        v.next_steps.iter().map(|s| (s.before.as_str(), s.link.as_ref().map(|l| l.href.as_str()))).collect();
    assert_eq!(
        steps,
        [
            ("Ask a dental lab whether you can watch a technician at work for a day.", None),
            ("See how people train for the work: ", Some("#/guide/training")),
        ]
    );
    assert_no_mlt("the results view", &format!("{v:?}"));
}

#[test]
fn the_other_screens_render_from_its_content() {
    let (state, _) = start(&CAREER, &Startup::default());
    let home = view::home::home(&CAREER, &state);
    assert_eq!(home.heading, "Could dental lab work fit you?");
    assert_eq!(home.facts, "34 questions, about 5 minutes. Skip any question you like.");
    let header = view::header::header(&CAREER, &state);
    assert_eq!(header.brand.label, "Dental Lab Fit");
    assert_eq!(
        view::title::document_title(&CAREER, &state),
        "Is dental laboratory technician the career for you? - Dental Lab Fit"
    );
    let question = view::question::question(&CAREER, &state, 0).expect("question 1");
    assert_eq!(question.text, "Build a model car from a kit");
    assert_eq!(question.heading, "Question 1 of 34");
    let (state, effects) = update(&CAREER, &state, Event::UrlChanged("#/guide/pay".into()));
    let lang = "en";
    assert!(effects.contains(&Effect::LoadGuide { lang, file: CAREER.language(lang).unwrap().guide_file }));
    let text = CAREER.guide_file_text(lang).map(str::to_string);
    let (state, _) = update(&CAREER, &state, Event::GuideLoaded { lang, text });
    let pay = view::guide::guide(&CAREER, &state, 3).expect("the pay section");
    assert_eq!(pay.title, "Pay");
    assert_eq!(pay.eyebrow, "The dental lab career guide · Section 4 of 4");
    let view::guide::GuideBody::Ready { blocks, .. } = &pay.body else { panic!("the guide's texts arrived") };
    let chart = blocks.iter().find_map(|b| match b {
        view::guide::BlockView::SalaryChart(c) => Some(c),
        _ => None,
    });
    assert!(chart.is_some_and(|c| c.median == "$46,000" && c.title == "Yearly pay for dental laboratory technicians"));
    for (what, text) in [
        ("home", format!("{home:?}")),
        ("header", format!("{header:?}")),
        ("question", format!("{question:?}")),
        ("guide", format!("{pay:?}")),
    ] {
        assert_no_mlt(what, &text);
    }
}

#[test]
fn nothing_of_mlt_is_in_its_texts() {
    // Every text the test career compiled in: interface (its own and the app's it was
    // filled from), items, parts, areas, obstacles, bands, next steps, careers and guide.
    assert_no_mlt("the test career's locale", &format!("{:?}", CAREER.default_locale()));
    // MLT is unchanged beside it.
    assert_eq!(MLT.default_locale().ui.app_title(), "MLT Fit");
    assert_eq!(MLT.model.parts.len(), 5);
}
