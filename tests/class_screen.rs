//! The class view's state machine (`core::class::screen`) and view model
//! (`core::view::class`): what a counselor does (paste, show, sort, keep, download) and what
//! the screen then says, in the words of `content/en/class.toml`.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::class::screen::{
    start, update, ClassEffect, ClassEvent, ClassFocus, ClassState, FileProblem, Notice, KEPT_LIST_KEY,
};
use mlt_fit::core::class::sort::{Direction, SortKey};
use mlt_fit::core::class::texts::{class_ui, CLASS_UI};
use mlt_fit::core::link::{encode, encode_named};
use mlt_fit::core::model::{Area, Keyed, PartKind};
use mlt_fit::core::view::class::{class_view, summary_view};

const BASE: &str = "https://school.example.org/mlt-fit/";

/// Every answer the most (`toward` = 4) or least (0) MLT-like way.
fn extreme(toward: u8) -> Answers {
    let values = MLT
        .model
        .items
        .iter()
        .map(|item| {
            Some(match (item.kind, item.area) {
                (PartKind::Unscored, _) => 0,
                (PartKind::Interest, Some(Area::R | Area::I | Area::C)) => toward,
                (PartKind::Interest, _) => 4 - toward,
                _ => match item.keyed {
                    Keyed::Plus => toward,
                    Keyed::Minus => 4 - toward,
                },
            })
        })
        .collect();
    Answers::from_values(values).expect("one value an item")
}

fn link(answers: &Answers) -> String {
    format!("{BASE}#/r/{}", encode(answers, &MLT.current_item_set()))
}

/// Ana (ideal, named in the link), a bare link (opposite), junk, Ana's link again.
fn paste() -> String {
    let ana =
        format!("{BASE}#/r/{}", encode_named(&extreme(4), &MLT.current_item_set(), "Ana").expect("a short name fits"));
    format!("{ana}\n{}\n(absent)\n\n{ana}\n", link(&extreme(0)))
}

fn locale() -> &'static mlt_fit::core::content::Locale {
    MLT.default_locale()
}

fn run(state: &ClassState, event: ClassEvent) -> (ClassState, Vec<ClassEffect>) {
    update(&MLT, locale(), class_ui("en"), state, event)
}

fn fresh() -> ClassState {
    start(&MLT, None, true, BASE.to_string())
}

fn shown() -> ClassState {
    let (state, _) = run(&fresh(), ClassEvent::Edit(paste()));
    run(&state, ClassEvent::Show).0
}

#[test]
fn opens_empty_and_stores_nothing() {
    let state = fresh();
    let view = class_view(class_ui("en"), &state);
    assert_eq!(view.heading, "Class view");
    assert!(view.notice.is_none() && !view.keep && view.forget.is_none());
    assert!(summary_view(&MLT, locale(), class_ui("en"), &state).is_none());
    // Typing and showing store nothing unless keeping was asked for.
    let (state, effects) = run(&state, ClassEvent::Edit(paste()));
    assert!(effects.is_empty());
    let (_, effects) = run(&state, ClassEvent::Show);
    assert_eq!(effects, [ClassEffect::Focus(ClassFocus::Summary)]);
}

#[test]
fn shows_the_class_with_counts_errors_and_duplicates() {
    let state = shown();
    let class = summary_view(&MLT, locale(), class_ui("en"), &state).expect("the class is shown");
    assert_eq!(
        class.counts,
        ["Students: 2", "Lines read: 3", "Lines that could not be read: 1", "Results handed in more than once: 1"]
    );
    let errors = class.errors.expect("one line could not be read");
    assert_eq!(errors.entries.len(), 1);
    assert_eq!(errors.entries[0].line, "Line 3");
    assert_eq!(errors.entries[0].text, "(absent)");
    assert_eq!(errors.entries[0].reason, class_ui("en").not_a_result);
    assert_eq!(class.duplicates.expect("Ana twice").entries, ["Ana: lines 1, 5"]);
    // 100 and 0: the median is their mean.
    assert_eq!(class.median, "Median score: 50");
    assert_eq!(class.median_note.as_deref(), Some("Students with a score: 2"));
    // One bar a verdict; Ana's strong fit is one of two students.
    assert_eq!(class.bands.bars.len(), 7);
    let strong = class.bands.bars.iter().find(|b| b.key == "strong").expect("a strong bar");
    assert_eq!((strong.name, strong.count.as_str(), strong.percent.as_str()), ("Strong fit", "1", "50%"));
    // Rows in paste order; Ana named, the other numbered, each opening their results.
    let names: Vec<&str> = class.table.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Student 2"]);
    assert_eq!(class.table.rows[0].score, "100");
    assert!(class.table.rows[0].href.starts_with("#/r/"));
    assert_eq!(class.table.rows[0].notes, ["Also on line 5"], "one line: singular");
    assert_eq!(class.profile.you_label, "Class average");
}

#[test]
fn sorting_flips_on_a_second_click_and_scores_start_highest_first() {
    let state = shown();
    let (state, _) = run(&state, ClassEvent::Sort(SortKey::Score));
    assert_eq!((state.sort, state.direction), (SortKey::Score, Direction::Descending));
    let view = summary_view(&MLT, locale(), class_ui("en"), &state).expect("shown");
    assert_eq!(view.table.rows.iter().map(|r| r.score.as_str()).collect::<Vec<_>>(), ["100", "0"]);
    let score_column = view.table.columns.iter().find(|c| c.sort == Some(SortKey::Score)).expect("score column");
    assert_eq!(score_column.aria_sort, Some("descending"));
    assert!(view.table.columns.iter().filter(|c| c.sort != Some(SortKey::Score)).all(|c| c.aria_sort.is_none()));

    let (state, _) = run(&state, ClassEvent::Sort(SortKey::Score));
    let view = summary_view(&MLT, locale(), class_ui("en"), &state).expect("shown");
    assert_eq!(view.table.rows.iter().map(|r| r.score.as_str()).collect::<Vec<_>>(), ["0", "100"]);
    let (state, _) = run(&state, ClassEvent::Sort(SortKey::Name));
    assert_eq!(state.direction, Direction::Ascending);
}

#[test]
fn keeping_stores_the_list_and_forgetting_removes_it() {
    let state = shown();
    let (state, effects) = run(&state, ClassEvent::SetKeep(true));
    assert_eq!(effects, [ClassEffect::Keep(paste())]);
    assert_eq!(class_view(class_ui("en"), &state).forget, Some("Remove the saved list"));
    // Showing again while kept stores the new list.
    let (state, _) = run(&state, ClassEvent::Edit("x".into()));
    let (state, effects) = run(&state, ClassEvent::Show);
    assert_eq!(effects[0], ClassEffect::Keep("x".into()));
    let (state, effects) = run(&state, ClassEvent::Forget);
    assert_eq!(effects, [ClassEffect::Unkeep, ClassEffect::Focus(ClassFocus::Notice)]);
    assert!(!state.keep);
    let view = class_view(class_ui("en"), &state);
    assert_eq!(view.notice.expect("a confirmation").text, "The saved list was removed from this computer.");
    let (_, effects) = run(&shown(), ClassEvent::SetKeep(false));
    assert_eq!(effects, [ClassEffect::Unkeep]);
    assert_eq!(KEPT_LIST_KEY, "mlt-fit-class-list");
}

#[test]
fn a_kept_list_shows_at_once_and_blocked_storage_is_said() {
    let state = start(&MLT, Some(paste()), true, BASE.into());
    assert!(state.keep && state.shown.is_some());
    let state = start(&MLT, None, false, BASE.into());
    let (state, effects) = run(&state, ClassEvent::SetKeep(true));
    assert!(!state.keep);
    assert_eq!(state.notice, Some(Notice::KeepFailed));
    assert_eq!(effects, [ClassEffect::Focus(ClassFocus::Notice)]);
}

#[test]
fn an_empty_box_and_bad_files_are_said_plainly() {
    let (state, effects) = run(&fresh(), ClassEvent::Show);
    assert_eq!(effects, [ClassEffect::Focus(ClassFocus::Notice)]);
    let notice = class_view(class_ui("en"), &state).notice.expect("a notice");
    assert!(notice.is_error);
    assert_eq!(notice.text, "Paste at least one results link or hand-in code first.");
    let (state, _) = run(&fresh(), ClassEvent::FileRead(Err(FileProblem::TooBig)));
    let notice = class_view(class_ui("en"), &state).notice.expect("a notice");
    assert_eq!(notice.text, "That file is too large to be a class list (the limit is 4 MB).");
    let (state, _) = run(&fresh(), ClassEvent::FileRead(Ok(paste())));
    assert_eq!(state.text, paste());
    assert!(state.shown.is_some());
    let (state, effects) = run(&state, ClassEvent::Clear);
    assert!(state.shown.is_none() && state.text.is_empty());
    assert_eq!(effects, [ClassEffect::Focus(ClassFocus::Box)]);
}

#[test]
fn downloads_the_table_as_shown_with_full_links() {
    let state = shown();
    let (state, _) = run(&state, ClassEvent::Sort(SortKey::Score));
    let (_, effects) = run(&state, ClassEvent::Download);
    let [ClassEffect::Download { file_name, mime, content }] = effects.as_slice() else {
        panic!("one download, got {effects:?}");
    };
    assert_eq!(*file_name, "mlt-fit-class.csv");
    assert!(mime.starts_with("text/csv"));
    let lines: Vec<&str> = content.trim_start_matches('\u{FEFF}').split("\r\n").collect();
    assert!(lines[0].starts_with("Name,Score,Verdict,Verdict key,"), "{}", lines[0]);
    assert!(lines[1].starts_with("Ana,100,Strong fit,strong,"), "{}", lines[1]);
    assert!(lines[1].contains(&format!("{BASE}#/r/")), "{}", lines[1]);
    assert!(lines[2].starts_with("Student 2,0,"), "{}", lines[2]);
    // Nothing to download before a class is shown.
    assert!(run(&fresh(), ClassEvent::Download).1.is_empty());
}

#[test]
fn every_language_has_the_class_texts() {
    assert_eq!(CLASS_UI[0].0, "en");
    for (lang, _) in CLASS_UI.iter() {
        assert!(
            MLT.all_locales().iter().any(|l| l.lang == *lang),
            "class texts in {lang}, but the career has no {lang}"
        );
    }
    // An unknown language falls back to English.
    assert_eq!(class_ui("fr").heading, "Class view");
}

#[test]
fn coming_back_from_a_student_finds_that_student() {
    let state = shown();
    let second = summary_view(&MLT, locale(), class_ui("en"), &state).expect("shown").table.rows[1].number;
    // Following a name remembers it; coming back (Back) puts focus on it.
    let (state, effects) = run(&state, ClassEvent::OpenStudent(second));
    assert!(effects.is_empty(), "the link itself does the navigating");
    let (_, effects) = run(&state, ClassEvent::Returned);
    assert_eq!(effects, [ClassEffect::Focus(ClassFocus::Student(second))]);
    // Without a student opened, the summary; a new list forgets the old one's student.
    let (_, effects) = run(&shown(), ClassEvent::Returned);
    assert_eq!(effects, [ClassEffect::Focus(ClassFocus::Summary)]);
    let (state, _) = run(&state, ClassEvent::Show);
    assert_eq!(state.opened, None);
    let (_, effects) = run(&fresh(), ClassEvent::Returned);
    assert!(effects.is_empty(), "nothing shown: focus stays where the page put it");
}
