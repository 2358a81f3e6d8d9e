//! The class summary (`core::class::summary`), table sorting and CSV export, on small
//! classes whose figures are worked out by hand below.
//!
//! The students are built so their figures follow from the rules in SCORING.md whatever the
//! model's weights: answering every question the most MLT-like way scores 100 in every part,
//! the least MLT-like way 0, "Unsure" everywhere 50; an area answered all 4 has profile
//! 100, all 0 has 0, all 2 has 50.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::class::csv::{to_csv, CsvLabels, CsvOptions};
use mlt_fit::core::class::paste::parse_paste;
use mlt_fit::core::class::sort::{sort_rows, sorted_order, Direction, SortKey};
use mlt_fit::core::class::summary::{summarize_class, ClassSummary, StudentRow, BANDS};

use mlt_fit::core::link::{encode, encode_named};
use mlt_fit::core::model::{Area, Band, ItemSpec, Keyed, PartKind};
use mlt_fit::core::quality::QualityFlag;

fn answers(rule: impl Fn(&ItemSpec) -> Option<u8>) -> Answers {
    Answers::from_values(MLT.model.items.iter().map(rule).collect()).unwrap()
}

fn is_mlt_area(area: Area) -> bool {
    matches!(area, Area::R | Area::I | Area::C)
}

/// Every answer the most (`toward` = 4) or least (0) MLT-like way; candour claims answered
/// `candour` (never scored; it tells otherwise identical students apart).
fn extreme(toward: u8, candour: u8) -> Answers {
    answers(|item| {
        Some(match (item.kind, item.area) {
            (PartKind::Unscored, _) => candour,
            (PartKind::Interest, Some(a)) => {
                if is_mlt_area(a) {
                    toward
                } else {
                    4 - toward
                }
            }
            _ => match item.keyed {
                Keyed::Plus => toward,
                Keyed::Minus => 4 - toward,
            },
        })
    })
}

fn link(a: &Answers) -> String {
    format!("https://school.example.org/mlt-fit/#/r/{}", encode(a, &MLT.current_item_set()))
}

/// Ideal (100, strong), Opposite (0, obstacles), Unsure (50, quality notices), Ideal again
/// with another candour answer (100, strong), All skipped (no score), and Ideal's link a
/// second time under the same name, written otherwise (a duplicate).
fn class_text() -> (String, [Answers; 5]) {
    let ideal = extreme(4, 0);
    let opposite = extreme(0, 0);
    let unsure = answers(|_| Some(2));
    let ideal2 = extreme(4, 1);
    let skipped = Answers::skipped(MLT.questions());
    let text = format!(
        "Name,Link\nIda,{}\nOscar,{}\n,{}\n\nIvy,{}\nSam,{}\n IDA ,{}\n",
        link(&ideal),
        link(&opposite),
        link(&unsure),
        link(&ideal2),
        link(&skipped),
        link(&ideal),
    );
    (text, [ideal, opposite, unsure, ideal2, skipped])
}

fn summary() -> ClassSummary {
    let (text, _) = class_text();
    summarize_class(&parse_paste(&text, &MLT), &MLT)
}

#[test]
fn the_designed_students_score_as_worked_out() {
    let (_, [ideal, opposite, unsure, ideal2, skipped]) = class_text();
    assert_eq!(MLT.score(&ideal).rounded(), Some(100));
    assert_eq!(MLT.score(&ideal).band, Band::Strong);
    assert_eq!(MLT.score(&ideal2).rounded(), Some(100));
    assert_eq!(MLT.score(&opposite).rounded(), Some(0));
    assert_eq!(MLT.score(&opposite).band, Band::Obstacle);
    assert_eq!(MLT.score(&unsure).rounded(), Some(50));
    assert_eq!(MLT.score(&unsure).band, Band::Unclear);
    assert_eq!(MLT.score(&skipped).rounded(), None);
    assert_eq!(MLT.score(&skipped).band, Band::Unknown);
}

#[test]
fn counts_and_duplicates() {
    let s = summary();
    // Six result lines, five students: line 8 repeats line 2.
    assert_eq!((s.read, s.students(), s.errors, s.not_read), (6, 5, 0, 0));
    assert_eq!(s.duplicates.len(), 1);
    assert_eq!(s.duplicates[0].lines, [2, 8]);
    assert_eq!(s.duplicates[0].student, 1);
    assert_eq!(s.rows[0].also_on, [8]);
    assert_eq!(s.rows[0].name.as_deref(), Some("Ida"), "the first line gives the row");

    let names: Vec<Option<&str>> = s.rows.iter().map(|r| r.name.as_deref()).collect();
    assert_eq!(names, [Some("Ida"), Some("Oscar"), None, Some("Ivy"), Some("Sam")]);
    assert_eq!(s.rows.iter().map(|r| r.number).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    assert_eq!(s.rows.iter().map(|r| r.line_no).collect::<Vec<_>>(), [2, 3, 4, 6, 7]);
}

#[test]
fn the_same_answers_under_two_names_are_two_students() {
    // Two students who both skipped everything hand in the same code; the class list's name
    // column tells them apart. A line without a name still joins the first row.
    let code = encode(&Answers::skipped(MLT.questions()), &MLT.current_item_set());
    let text = format!("Ana Torres, {code}\nBen Li, {code}\n{code}\nana torres,{code}\n");
    let s = summarize_class(&parse_paste(&text, &MLT), &MLT);
    assert_eq!((s.read, s.students()), (4, 2));
    let names: Vec<Option<&str>> = s.rows.iter().map(|r| r.name.as_deref()).collect();
    assert_eq!(names, [Some("Ana Torres"), Some("Ben Li")]);
    assert_eq!(s.rows[0].also_on, [3, 4]);
    assert!(s.rows[1].also_on.is_empty());
    assert_eq!(s.duplicates.len(), 1);
    assert_eq!(s.duplicates[0].lines, [1, 3, 4]);
}

#[test]
fn bands_scores_and_median() {
    let s = summary();
    let scores: Vec<Option<u32>> = s.rows.iter().map(|r| r.score).collect();
    assert_eq!(scores, [Some(100), Some(0), Some(50), Some(100), None]);
    // Strong 2, Unknown 1, Unclear 1, Obstacle 1, nothing else.
    assert_eq!(s.band_counts, [2, 0, 0, 0, 1, 1, 1]);
    assert_eq!(s.band_counts.iter().sum::<usize>(), s.students());
    // Scored: 0, 50, 100, 100 → median (50 + 100) / 2.
    assert_eq!(s.scored, 4);
    assert_eq!(s.median, Some(75.0));
    let chart = s.band_chart();
    assert_eq!(chart.map(|b| b.band), BANDS);
    assert_eq!(chart.map(|b| b.percent), [40, 0, 0, 0, 20, 20, 20]);
}

#[test]
fn average_profile_beside_the_mlt_profile() {
    let s = summary();
    // R, I, C: Ida 100, Oscar 0, unnamed 50, Ivy 100 → 62.5; A, S, E: 0, 100, 50, 0 → 37.5.
    // Sam answered nothing, so each area is over 4 students.
    let expected = [62.5, 62.5, 37.5, 37.5, 37.5, 62.5];
    assert_eq!(s.average_profile, expected.map(Some));
    assert_eq!(s.profile_counts, [4; 6]);
    // O*NET's 1-7 values on 0-100: R 6.01 → 83.5.
    assert!((s.mlt_profile[Area::R.index()] - (6.01 - 1.0) / 6.0 * 100.0).abs() < 1e-9);
}

#[test]
fn most_common_obstacles_notices_and_reasons() {
    let s = summary();
    // Oscar names both obstacles (blood, training), once each, in model order.
    let obstacles: Vec<(usize, usize)> = s.obstacles.iter().map(|t| (t.what, t.count)).collect();
    assert_eq!(obstacles, [(0, 1), (1, 1)]);
    assert_eq!(s.rows[1].obstacles, [0, 1]);
    // "Unsure" to everything: straight-lining and a flat profile.
    let quality: Vec<(QualityFlag, usize)> = s.quality.iter().map(|t| (t.what, t.count)).collect();
    assert_eq!(quality, [(QualityFlag::StraightLining, 1), (QualityFlag::FlatProfile, 1)]);
    // Only Oscar has answers that lowered the score: his three, once each, in question order.
    assert!(s.rows[0].lowered.is_empty() && s.rows[2].lowered.is_empty() && s.rows[3].lowered.is_empty());
    let mut oscar = s.rows[1].lowered.clone();
    assert_eq!(oscar.len(), 3);
    oscar.sort_unstable();
    let lowered: Vec<(usize, usize)> = s.lowered.iter().map(|t| (t.what, t.count)).collect();
    assert_eq!(lowered, oscar.iter().map(|i| (*i, 1)).collect::<Vec<_>>());
}

#[test]
fn tallies_sort_by_count_then_model_order() {
    // Two obstacle-naming students, one only for blood: blood 2, training 1.
    let blood_item = MLT.model.items.iter().position(|i| i.obstacle == Some(0) && i.keyed == Keyed::Plus).unwrap();
    let mut blood_only = extreme(4, 0);
    blood_only.set(blood_item, Some(0));
    let text = format!("{}\n{}\n{}\n", link(&extreme(0, 0)), link(&blood_only), link(&extreme(4, 0)));
    let s = summarize_class(&parse_paste(&text, &MLT), &MLT);
    let obstacles: Vec<(usize, usize)> = s.obstacles.iter().map(|t| (t.what, t.count)).collect();
    assert_eq!(obstacles, [(0, 2), (1, 1)]);
    assert_eq!(s.band_counts[Band::Obstacle.index()], 2);
    // The blood answer lowered blood_only's score: it is counted among the reasons.
    assert!(s.rows[1].lowered.contains(&blood_item));
    let counts: Vec<usize> = s.lowered.iter().map(|t| t.count).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "most first: {counts:?}");
    for w in s.lowered.windows(2) {
        if w[0].count == w[1].count {
            assert!(w[0].what < w[1].what, "ties in question order");
        }
    }
}

#[test]
fn older_question_set_results_are_marked() {
    let old_set = MLT.item_sets[0];
    let old = encode(&Answers::from_values(vec![Some(3); old_set.item_ids.len()]).unwrap(), &old_set);
    let text = format!("{}\nhttps://x/#/r/{old}\n", link(&extreme(4, 0)));
    let s = summarize_class(&parse_paste(&text, &MLT), &MLT);
    assert_eq!(s.older_set, 1);
    assert_eq!(s.rows[0].older_set, None);
    assert_eq!(s.rows[1].older_set, Some(old_set.version));
    assert!(s.rows[1].missing > 0, "set 2 added questions the old link lacks");
    // Its score is what the results screen would show for the mapped answers.
    let mapped = mlt_fit::core::link::decode(&old, MLT.item_sets, &MLT.current_item_set()).unwrap();
    assert_eq!(s.rows[1].score, MLT.score(&mapped.answers).rounded());
    assert_eq!(s.rows[1].band, MLT.score(&mapped.answers).band);
}

#[test]
fn an_empty_or_all_junk_paste() {
    for text in ["", "\n\n", "hello\nworld"] {
        let s = summarize_class(&parse_paste(text, &MLT), &MLT);
        assert_eq!(s.students(), 0);
        assert_eq!(s.median, None);
        assert_eq!(s.average_profile, [None; 6]);
        assert!(s.obstacles.is_empty() && s.quality.is_empty() && s.lowered.is_empty());
        assert_eq!(s.band_chart().map(|b| b.percent), [0; 7]);
    }
}

#[test]
fn rows_open_the_full_results() {
    let s = summary();
    let (_, [ideal, ..]) = class_text();
    assert_eq!(s.rows[0].fragment(), format!("#/r/{}", encode(&ideal, &MLT.current_item_set())));
}

// ---------------------------------------------------------------------------------------
// Sorting
// ---------------------------------------------------------------------------------------

fn names(rows: &[StudentRow]) -> Vec<String> {
    rows.iter().map(|r| r.name.clone().unwrap_or_else(|| format!("#{}", r.number))).collect()
}

#[test]
fn sort_by_score_band_and_name_with_stable_ties() {
    let mut rows = summary().rows;
    sort_rows(&mut rows, SortKey::Score, Direction::Descending);
    // Ida and Ivy tie at 100 and keep paste order; no score last.
    assert_eq!(names(&rows), ["Ida", "Ivy", "#3", "Oscar", "Sam"]);
    sort_rows(&mut rows, SortKey::Score, Direction::Ascending);
    assert_eq!(names(&rows), ["Oscar", "#3", "Ida", "Ivy", "Sam"]);

    sort_rows(&mut rows, SortKey::Name, Direction::Ascending);
    assert_eq!(names(&rows), ["Ida", "Ivy", "Oscar", "Sam", "#3"]);
    sort_rows(&mut rows, SortKey::Name, Direction::Descending);
    assert_eq!(names(&rows), ["Sam", "Oscar", "Ivy", "Ida", "#3"], "unnamed last either way");

    // By band after by name: strong (Ida, Ivy as they stood: Ivy first now), obstacle,
    // unclear, unknown.
    sort_rows(&mut rows, SortKey::Band, Direction::Ascending);
    assert_eq!(names(&rows), ["Ivy", "Ida", "Oscar", "#3", "Sam"]);
    let bands: Vec<Band> = rows.iter().map(|r| r.band).collect();
    assert_eq!(bands, [Band::Strong, Band::Strong, Band::Obstacle, Band::Unclear, Band::Unknown]);

    sort_rows(&mut rows, SortKey::Pasted, Direction::Ascending);
    assert_eq!(names(&rows), ["Ida", "Oscar", "#3", "Ivy", "Sam"]);

    // Sorting twice changes nothing, and the index form agrees.
    let once = sorted_order(&rows, SortKey::Score, Direction::Descending);
    let mut twice = rows.clone();
    sort_rows(&mut twice, SortKey::Score, Direction::Descending);
    let again = twice.clone();
    sort_rows(&mut twice, SortKey::Score, Direction::Descending);
    assert_eq!(twice, again);
    assert_eq!(
        once.iter().map(|&i| rows[i].number).collect::<Vec<_>>(),
        again.iter().map(|r| r.number).collect::<Vec<_>>()
    );
}

#[test]
fn names_sort_without_case_or_accents() {
    let a = |c| extreme(4, c);
    let text =
        format!("Name,Link\nzoe,{}\nÁlvaro,{}\nalex,{}\nBea,{}\n", link(&a(0)), link(&a(1)), link(&a(2)), link(&a(3)));
    let mut rows = summarize_class(&parse_paste(&text, &MLT), &MLT).rows;
    sort_rows(&mut rows, SortKey::Name, Direction::Ascending);
    assert_eq!(names(&rows), ["alex", "Álvaro", "Bea", "zoe"]);
}

// ---------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------

fn labels() -> CsvLabels<'static> {
    CsvLabels {
        headers: ["Name", "Score", "Band", "Band key", "Top areas", "Obstacles", "Notices", "Older set", "Link"],
        unnamed: "Student {n}",
        bands: ["Strong fit", "Good fit", "Mixed fit", "Low fit", "Not enough answers", "No band", "Serious obstacle"],
        areas: ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"],
        obstacles: &["handling blood", "training"],
        quality: ["yes-saying", "no-saying", "same answer", "flat profile", "candour"],
        older_set: "set {version}",
        list_separator: "; ",
    }
}

#[test]
fn csv_of_the_class() {
    let s = summary();
    let csv = to_csv(
        &s.rows,
        &labels(),
        &CsvOptions { link_base: "https://school.example.org/mlt-fit/", ..CsvOptions::default() },
    );
    assert!(csv.starts_with('\u{FEFF}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").collect();
    assert_eq!(lines.len(), 1 + 5 + 1, "header, five students, and the final line end");
    assert_eq!(lines[0], "Name,Score,Band,Band key,Top areas,Obstacles,Notices,Older set,Link");
    let p = |a: &Answers| encode(a, &MLT.current_item_set());
    let (_, [ideal, opposite, unsure, ..]) = class_text();
    assert_eq!(
        lines[1],
        format!("Ida,100,Strong fit,strong,Realistic; Investigative; Conventional,,,,https://school.example.org/mlt-fit/#/r/{}", p(&ideal))
    );
    assert_eq!(
        lines[2],
        format!(
            "Oscar,0,Serious obstacle,obstacle,Artistic; Social; Enterprising,handling blood; training,,,https://school.example.org/mlt-fit/#/r/{}",
            p(&opposite)
        )
    );
    // Flat profile: ties broken in hexagon order (R, I, A).
    assert_eq!(
        lines[3],
        format!(
            "Student 3,50,No band,unclear,Realistic; Investigative; Artistic,,same answer; flat profile,,https://school.example.org/mlt-fit/#/r/{}",
            p(&unsure)
        )
    );
    assert!(lines[5].starts_with("Sam,,Not enough answers,unknown,,,,,"));
    assert_eq!(lines[6], "");
}

#[test]
fn csv_guards_formulas_and_quotes_cells() {
    let text = format!(
        "Name;Link\n=HYPERLINK(\"http://evil\");{}\n\"+1, Ana\";{}\n@me;{}\n",
        link(&extreme(4, 0)),
        link(&extreme(4, 1)),
        link(&extreme(4, 2))
    );
    let s = summarize_class(&parse_paste(&text, &MLT), &MLT);
    let csv = to_csv(&s.rows, &labels(), &CsvOptions { separator: ';', bom: false, link_base: "" });
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "Name;Score;Band;Band key;Top areas;Obstacles;Notices;Older set;Link");
    assert!(lines[1].starts_with("\"'=HYPERLINK(\"\"http://evil\"\")\";100;"), "{}", lines[1]);
    assert!(lines[2].starts_with("'+1, Ana;"), "{}", lines[2]);
    assert!(lines[3].starts_with("'@me;"), "{}", lines[3]);
    for line in &lines[1..4] {
        assert!(line.contains(";#/r/A"), "bare fragment without a link base: {line}");
    }
}

#[test]
fn the_csv_pastes_back_into_the_class_view() {
    let s = summary();
    let mut older = s.rows.clone();
    let old_set = MLT.item_sets[0];
    let old_payload = encode(&Answers::from_values(vec![Some(1); old_set.item_ids.len()]).unwrap(), &old_set);
    let formula = encode_named(&extreme(4, 3), &MLT.current_item_set(), "=1+2").unwrap();
    let extra = summarize_class(&parse_paste(&format!("-Dash Name,#/r/{old_payload}\n#/r/{formula}\n"), &MLT), &MLT);
    assert_eq!(extra.rows[1].name.as_deref(), Some("=1+2"), "a name inside a link is kept as typed");
    older.extend(extra.rows);
    let csv = to_csv(&older, &labels(), &CsvOptions { link_base: "https://h/", ..CsvOptions::default() });
    let back = summarize_class(&parse_paste(&csv, &MLT), &MLT);
    assert_eq!(back.errors, 0);
    assert_eq!(back.students(), older.len());
    let payloads = |rows: &[StudentRow]| rows.iter().map(|r| r.payload.clone()).collect::<Vec<_>>();
    assert_eq!(payloads(&back.rows), payloads(&older));
    let back_names: Vec<Option<String>> = back.rows.iter().map(|r| r.name.clone()).collect();
    assert_eq!(
        back_names,
        [Some("Ida"), Some("Oscar"), Some("Student 3"), Some("Ivy"), Some("Sam"), Some("Dash Name"), Some("=1+2")]
            .map(|n| n.map(String::from))
    );
    assert_eq!(back.older_set, 1);
}

#[test]
fn named_links_give_the_rows_their_names() {
    let named = encode_named(&extreme(4, 0), &MLT.current_item_set(), "J. K.").unwrap();
    let s = summarize_class(&parse_paste(&format!("#/r/{named}\n"), &MLT), &MLT);
    assert_eq!(s.rows[0].name.as_deref(), Some("J. K."));
    assert_eq!(s.rows[0].score, Some(100));
}
