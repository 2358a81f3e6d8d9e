//! The app's state machine (core::session) and view models (core::view), natively: every
//! routing, saving, focus and completion rule, and what each screen says.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::link;
use mlt_fit::core::progress::Progress;
use mlt_fit::core::route::Route;
use mlt_fit::core::session::{
    start, update, Confirm, Effect, Event, FocusTarget, GuideTexts, PrintStatus, Startup, State, StorageStatus,
};
use mlt_fit::core::view;

fn opened(fragment: &str) -> (State, Vec<Effect>) {
    start(&MLT, &Startup { fragment: fragment.into(), storage_works: true, ..Startup::default() })
}

fn run(state: &State, events: &[Event]) -> (State, Vec<Effect>) {
    let mut s = state.clone();
    let mut all = Vec::new();
    for e in events {
        let (next, effects) = update(&MLT, &s, e.clone());
        all.extend(effects);
        s = next;
    }
    (s, all)
}

fn navigations(effects: &[Effect]) -> Vec<String> {
    effects.iter().filter_map(|e| if let Effect::Navigate(f) = e { Some(f.clone()) } else { None }).collect()
}

fn n() -> usize {
    MLT.questions()
}

#[test]
fn opening_sets_the_page_up_without_moving_focus() {
    let (s, effects) = opened("");
    assert_eq!(s.route, Route::Home);
    assert!(effects.contains(&Effect::SetDocumentLang("en")));
    assert!(effects.iter().any(|e| matches!(e, Effect::SetTitle(t) if t.contains("MLT Fit"))));
    assert!(!effects.iter().any(|e| matches!(e, Effect::Focus(_))), "no focus grab on first load: {effects:?}");
}

#[test]
fn embed_options_start_screen_and_hidden_guide() {
    let (s, effects) = start(
        &MLT,
        &Startup {
            query: "?start=quiz&guide=false&accent=%23005a9c&compact=1&lang=xx-YY&start=nowhere".into(),
            ..Startup::default()
        },
    );
    assert_eq!(s.route, Route::Quiz(0));
    assert!(s.options.hide_guide);
    assert!(effects.contains(&Effect::SetAccent("#005a9c".into())));
    assert!(effects.contains(&Effect::UseCompactLayout));
    assert!(effects.iter().any(|e| matches!(e, Effect::Warn(w) if w.contains("nowhere"))));
    // A hidden guide stays hidden, even when a link names one of its sections.
    let (s2, effects) = update(&MLT, &s, Event::UrlChanged("#/guide/salary".into()));
    assert_eq!(s2.route, Route::Home);
    assert!(effects.contains(&Effect::ReplaceFragment("#/".into())));
    assert!(view::header::header(&MLT, &s2).links.iter().all(|l| !l.link.href.contains("guide")));
    assert!(view::home::home(&MLT, &s2).read_guide.is_none());
}

#[test]
fn a_malformed_fragment_is_corrected_in_place() {
    let (s, effects) = opened("#/quiz/9999");
    assert_eq!(s.route, Route::Quiz(n() - 1));
    assert!(effects.contains(&Effect::ReplaceFragment(format!("#/quiz/{}", n()))));
}

#[test]
fn one_answer_from_click_to_results() {
    let (s, _) = opened("#/quiz/1");
    // Next without an answer asks for one and moves focus to the message.
    let (s, effects) = update(&MLT, &s, Event::Next);
    assert!(s.answer_needed);
    assert_eq!(effects, vec![Effect::Focus(FocusTarget::AnswerNeeded)]);
    assert!(view::question::question(&MLT, &s, 0).is_some_and(|q| q.answer_needed));
    // Choosing clears the message and saves progress.
    let (s, effects) = update(&MLT, &s, Event::Choose { item: 0, value: 3 });
    assert!(!s.answer_needed);
    assert_eq!(s.answers.get(0), Some(3));
    assert!(effects.iter().any(|e| matches!(e, Effect::SaveProgress(_))));
    // Next moves on: a new history entry, focus on the new heading, a new title.
    let (s, effects) = update(&MLT, &s, Event::Next);
    assert_eq!(s.route, Route::Quiz(1));
    assert_eq!(navigations(&effects), vec!["#/quiz/2".to_string()]);
    assert!(effects.contains(&Effect::Focus(FocusTarget::ScreenHeading)));
    assert!(effects.iter().any(|e| matches!(e, Effect::SetTitle(t) if t.starts_with("Question 2 of"))));
    // The browser then reports the fragment it was given: nothing more happens.
    let (same, effects) = update(&MLT, &s, Event::UrlChanged("#/quiz/2".into()));
    assert_eq!(same, s);
    assert!(effects.is_empty());
}

#[test]
fn finishing_goes_to_the_results_of_these_answers_and_announces_the_band_to_the_host() {
    let (s, _) = start(
        &MLT,
        &Startup {
            query: "?host=https%3A%2F%2Fschool.example".into(),
            fragment: format!("#/quiz/{}", n()),
            ..Startup::default()
        },
    );
    let (s, effects) = run(&s, &[Event::Choose { item: n() - 1, value: 2 }, Event::Next]);
    let payload = link::encode(&s.answers, &MLT.current_item_set());
    assert_eq!(s.route, Route::Results(payload.clone()));
    assert_eq!(navigations(&effects), vec![format!("#/r/{payload}")]);
    assert!(s.results_are_own());
    let band = s.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).map(|o| o.result.band.key());
    assert!(effects.iter().any(|e| matches!(e, Effect::AnnounceCompletion { host_origin, band: b } if host_origin == "https://school.example" && Some(*b) == band)));
}

#[test]
fn someone_elses_results_are_shown_but_never_announced_and_can_be_adopted() {
    let mut answers = Answers::skipped(n());
    for i in 0..n() {
        answers.set(i, Some((i % 5) as u8));
    }
    let payload = link::encode(&answers, &MLT.current_item_set());
    let (s, effects) = start(
        &MLT,
        &Startup {
            query: "?host=https%3A%2F%2Fschool.example".into(),
            fragment: format!("#/r/{payload}"),
            storage_works: true,
            ..Startup::default()
        },
    );
    assert!(!s.results_are_own());
    assert!(!effects.iter().any(|e| matches!(e, Effect::AnnounceCompletion { .. })));
    let outcome = s.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("decoded");
    let v = view::results::results(&MLT, &s, outcome);
    assert!(v.shared_banner.is_some());
    // "Change my answers" takes them as the visitor's own, from question 1.
    let (s2, effects) = update(&MLT, &s, Event::EditAnswers);
    assert_eq!(s2.answers, answers);
    assert_eq!(s2.route, Route::Quiz(0));
    assert!(effects.iter().any(|e| matches!(e, Effect::SaveProgress(_))));
}

#[test]
fn adopting_someone_elses_answers_over_unsaved_ones_of_ones_own_is_confirmed() {
    // A visitor halfway through (3 answers, in no link) opens a classmate's results link.
    let mut own = Answers::skipped(n());
    for i in 0..3 {
        own.set(i, Some(4));
    }
    let mut theirs = Answers::skipped(n());
    for i in 0..n() {
        theirs.set(i, Some((i % 5) as u8));
    }
    let stored = Progress { answers: own.clone(), position: 3 }.to_storage(&MLT);
    let payload = link::encode(&theirs, &MLT.current_item_set());
    let (s, _) = start(
        &MLT,
        &Startup {
            fragment: format!("#/r/{payload}"),
            storage_works: true,
            stored: Some(stored),
            ..Startup::default()
        },
    );
    assert!(s.answers_at_risk());
    for (action, asked) in [(Event::EditAnswers, Confirm::ReplaceAnswers), (Event::StartOver, Confirm::StartOver)] {
        let (asking, effects) = update(&MLT, &s, action);
        assert_eq!(asking.confirm, Some(asked));
        assert_eq!(asking.answers, own, "nothing changes before a yes");
        assert!(!effects.iter().any(|e| matches!(e, Effect::SaveProgress(_) | Effect::ClearProgress)));
        let outcome = asking.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("decoded");
        assert!(view::results::results(&MLT, &asking, outcome).confirm.is_some());
    }
    // A question pending is no yes: the other button, or the same one again, asks again.
    let (asking, _) = update(&MLT, &s, Event::EditAnswers);
    let (again, effects) = run(&asking, &[Event::StartOver, Event::StartOver]);
    assert_eq!((again.confirm, again.answers.clone()), (Some(Confirm::StartOver), own.clone()));
    assert!(!effects.iter().any(|e| matches!(e, Effect::ClearProgress | Effect::Navigate(_))));
    let question = view::results::results(
        &MLT,
        &asking,
        asking.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("decoded"),
    )
    .confirm
    .map(|c| c.question);
    assert_eq!(
        question.as_deref(),
        Some("Use the answers in this link? Your own 3 answers saved in this browser will be replaced by them.")
    );
    // Yes: the link's answers become the visitor's, from question 1.
    let (s2, effects) = update(&MLT, &asking, Event::ConfirmYes);
    assert_eq!((s2.answers.clone(), s2.route.clone(), s2.confirm), (theirs, Route::Quiz(0), None));
    assert!(effects.iter().any(|e| matches!(e, Effect::SaveProgress(_))));
    // Leaving the screen drops the question.
    let (s3, _) = update(&MLT, &asking, Event::UrlChanged("#/".into()));
    assert_eq!((s3.confirm, s3.answers), (None, own));
}

#[test]
fn a_broken_link_is_read_once_and_titled_as_an_error() {
    let (s, effects) = opened("#/r/AQAB!!");
    let read = s.results.as_ref().expect("read");
    assert!(read.outcome.is_err());
    assert!(effects
        .iter()
        .any(|e| matches!(e, Effect::SetTitle(t) if t.starts_with("This results link does not work"))));
}

#[test]
fn skip_back_resume_and_start_over() {
    let saved = Progress {
        answers: {
            let mut a = Answers::skipped(n());
            a.set(0, Some(4));
            a.set(1, Some(1));
            a
        },
        position: 2,
    };
    let (s, _) =
        start(&MLT, &Startup { storage_works: true, stored: Some(saved.to_storage(&MLT)), ..Startup::default() });
    assert!(s.resume_offer);
    assert!(view::home::home(&MLT, &s).resume.is_some_and(|r| r.body.contains("answered 2 of")));
    let (s, effects) = update(&MLT, &s, Event::Resume);
    assert_eq!(s.route, Route::Quiz(2));
    assert_eq!(navigations(&effects), vec!["#/quiz/3".to_string()]);
    let (s, _) = update(&MLT, &s, Event::Skip);
    assert_eq!((s.route.clone(), s.answers.get(2)), (Route::Quiz(3), None));
    let (s, _) = run(&s, &[Event::Back, Event::Back, Event::Back, Event::Back]);
    assert_eq!(s.route, Route::Home);
    assert!(view::home::home(&MLT, &s).resume.is_some(), "back at the start mid-quiz: offered to continue");
    // The two answers are in no link: "Start over" asks first, and "Keep my answers" keeps them.
    let (s, effects) = update(&MLT, &s, Event::StartOver);
    assert_eq!(s.confirm, Some(Confirm::StartOver));
    assert_eq!(effects, vec![Effect::Focus(FocusTarget::Confirm)]);
    assert_eq!(s.answers.answered(), 2);
    let asked = view::home::home(&MLT, &s).confirm.expect("the question is shown");
    assert_eq!(asked.question, "Start over? The 2 answers saved in this browser will be cleared.");
    assert_eq!((asked.yes, asked.no), ("Yes, go ahead", "Keep my answers"));
    let (s, effects) = update(&MLT, &s, Event::ConfirmNo);
    assert_eq!((s.confirm, s.answers.answered()), (None, 2));
    assert_eq!(effects, vec![Effect::Focus(FocusTarget::Actions)]);
    assert!(view::home::home(&MLT, &s).confirm.is_none());
    let (s, effects) = run(&s, &[Event::StartOver, Event::ConfirmYes]);
    assert_eq!(s.confirm, None);
    assert_eq!(s.answers.answered(), 0);
    assert_eq!(s.route, Route::Quiz(0));
    assert!(effects.contains(&Effect::ClearProgress), "starting over leaves nothing stored");
}

#[test]
fn unreadable_or_blocked_storage_is_handled_kindly() {
    let (s, effects) =
        start(&MLT, &Startup { storage_works: true, stored: Some("garbage".into()), ..Startup::default() });
    assert_eq!(s.storage, StorageStatus::Reset);
    assert!(effects.contains(&Effect::ClearProgress));
    assert!(view::home::home(&MLT, &s).storage_notice.is_some());
    let (s, _) = start(&MLT, &Startup { storage_works: false, fragment: "#/quiz/1".into(), ..Startup::default() });
    let (_, effects) = update(&MLT, &s, Event::Choose { item: 0, value: 1 });
    assert!(!effects.iter().any(|e| matches!(e, Effect::SaveProgress(_))), "nothing saved where storage is blocked");
    assert!(view::question::question(&MLT, &s, 0).is_some_and(|q| q.storage_notice.is_some()));
}

#[test]
fn copy_and_share_ask_the_browser_and_report_back() {
    let payload = link::encode(&Answers::skipped(n()), &MLT.current_item_set());
    let (s, _) = opened(&format!("#/r/{payload}"));
    let (s, effects) = update(&MLT, &s, Event::CopyLink);
    assert_eq!(effects, vec![Effect::CopyLink(format!("#/r/{payload}"))]);
    let (failed, effects) = update(&MLT, &s, Event::CopyDone(false));
    assert_eq!(effects, vec![Effect::Focus(FocusTarget::LinkField)]);
    let outcome = failed.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("decoded");
    assert!(view::results::results(&MLT, &failed, outcome).share.status.contains("Copying was blocked"));
    let (_, effects) = update(&MLT, &s, Event::Share);
    assert!(matches!(&effects[..], [Effect::Share { .. }]));
}

#[test]
fn print_reports_back_and_a_browser_without_a_print_dialog_gets_a_plain_message() {
    let payload = link::encode(&Answers::skipped(n()), &MLT.current_item_set());
    let (s, _) = opened(&format!("#/r/{payload}"));
    let outcome = s.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("decoded");
    let status = |s: &State| view::results::results(&MLT, s, outcome).share.status;
    let (asked, effects) = update(&MLT, &s, Event::Print);
    assert_eq!(effects, vec![Effect::Print]);
    assert_eq!(status(&asked), "");
    // The browser printed: nothing to say.
    let (printed, effects) = update(&MLT, &asked, Event::PrintDone(true));
    assert!(effects.is_empty());
    assert_eq!((printed.print, status(&printed)), (PrintStatus::Idle, ""));
    // No print dialog (WebKitGTK's MiniBrowser): the status line says what to do, plainly.
    let (failed, _) = update(&MLT, &asked, Event::PrintDone(false));
    let said = status(&failed);
    assert!(said.contains("print command") && said.contains("Ctrl+P"), "{said}");
    // The handout's button reports the same way; a new try or copying clears the message.
    let (asked, effects) = update(&MLT, &failed, Event::PrintHandout);
    assert_eq!((effects, status(&asked)), (vec![Effect::PrintHandout], ""));
    let (failed, _) = update(&MLT, &asked, Event::PrintDone(false));
    assert_eq!(status(&failed), said);
    let (copying, _) = update(&MLT, &failed, Event::CopyLink);
    assert_eq!(status(&copying), "");
    // A report nobody asked for changes nothing; another screen clears the message.
    assert_eq!(update(&MLT, &s, Event::PrintDone(false)).0.print, PrintStatus::Idle);
    assert_eq!(update(&MLT, &failed, Event::UrlChanged("#/".into())).0.print, PrintStatus::Idle);
}

#[test]
fn views_hand_over_ready_text() {
    let (s, _) = opened("#/quiz/1");
    let q = view::question::question(&MLT, &s, 0).expect("question 1");
    assert_eq!(q.heading, format!("Question 1 of {}", n()));
    assert_eq!(q.choices.len(), 5);
    assert_eq!(q.choices[0].label, "Strongly dislike");
    let (s, effects) = opened("#/guide/salary");
    let g = view::guide::guide(&MLT, &s, 4).expect("salary section");
    assert!(g.eyebrow.contains("Section 5 of 10"));
    assert_eq!(g.body, view::guide::GuideBody::Loading("Loading this section…"), "its texts are on their way");
    let file = MLT.language("en").unwrap().guide_file;
    assert!(effects.contains(&Effect::LoadGuide { lang: "en", file }));
    let text = MLT.guide_file_text("en").map(str::to_string);
    let (s, _) = update(&MLT, &s, Event::GuideLoaded { lang: "en", text });
    let g = view::guide::guide(&MLT, &s, 4).expect("salary section");
    let view::guide::GuideBody::Ready { blocks, .. } = &g.body else { panic!("the texts arrived: {:?}", g.body) };
    assert!(blocks.iter().any(|b| matches!(b, view::guide::BlockView::SalaryChart(c) if c.median == "$39,624")));
    assert_eq!(g.contents.iter().filter(|c| c.current).count(), 1);
    let full: Vec<Option<u8>> =
        (0..n()).map(|i| Some(mlt_fit::core::scoring::extreme_answer(MLT.model, i, true))).collect();
    let payload = link::encode(&Answers::from_values(full).expect("answers"), &MLT.current_item_set());
    let (s, _) = opened(&format!("#/r/{payload}"));
    let outcome = s.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("decoded");
    let r = view::results::results(&MLT, &s, outcome);
    assert_eq!(r.summary.band_name, "Strong fit");
    assert_eq!(r.parts[0].detail, " (40%, 30/30)");
    assert!(r.related.is_none(), "no related careers for a strong fit");
    assert!(r.career_areas.contains("Realistic, Investigative and Conventional"));
}

#[test]
fn own_results_offer_a_hand_in_code_a_qr_code_and_an_optional_name() {
    let (s, _) = start(
        &MLT,
        &Startup {
            fragment: "#/quiz/1".into(),
            page_base: "https://school.example/mlt-fit/".into(),
            ..Startup::default()
        },
    );
    let mut events = Vec::new();
    for i in 0..n() {
        events.push(Event::Choose { item: i, value: mlt_fit::core::scoring::extreme_answer(MLT.model, i, true) });
    }
    let (s, _) = run(&s, &events);
    let (s, _) =
        update(&MLT, &s, Event::UrlChanged(format!("#/r/{}", link::encode(&s.answers, &MLT.current_item_set()))));
    let outcome = s.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("decoded");
    let v = view::results::results(&MLT, &s, outcome);
    let hand_in = v.hand_in.expect("own results offer hand-in");
    let payload = link::encode(&s.answers, &MLT.current_item_set());
    assert_eq!(hand_in.code_groups.concat(), payload);
    assert!(hand_in.code_groups.iter().all(|g| g.len() <= 4));
    assert_eq!(v.share.url, format!("https://school.example/mlt-fit/#/r/{payload}"));
    assert!(hand_in.name_note.contains("goes into the link"));
    assert!(
        hand_in.name_note.contains("Up to 24 letters"),
        "the limit is said before it is hit: {}",
        hand_in.name_note
    );
    // A name goes into the link, the code and the QR; the link then carries it.
    let (named, _) = update(&MLT, &s, Event::SetHandInName("J. K.".into()));
    let v = view::results::results(&MLT, &named, outcome);
    let code = v.hand_in.as_ref().map(|h| h.code_groups.concat()).unwrap_or_default();
    assert_ne!(code, payload);
    let decoded = link::decode(&code, MLT.item_sets, &MLT.current_item_set()).expect("the named code decodes");
    assert_eq!(decoded.name.as_deref(), Some("J. K."));
    assert_eq!(decoded.answers, s.answers);
    assert!(v.share.url.ends_with(&code));
    // A name that cannot go into a link is said plainly, and the link stays without it.
    let (long, _) = update(&MLT, &s, Event::SetHandInName("A name far too long to fit into any results link".into()));
    let v = view::results::results(&MLT, &long, outcome);
    assert!(v.hand_in.as_ref().is_some_and(|h| h.name_error.is_some() && h.code_groups.concat() == payload));
    assert!(
        v.hand_in.as_ref().is_some_and(|h| h.name_left_out.contains("without a name")),
        "the error says the code was made without the name"
    );
    // Someone else's named results: the banner names them, and no hand-in section.
    let named_payload = link::encode_named(&s.answers, &MLT.current_item_set(), "J. K.").expect("fits");
    let (other, _) = opened(&format!("#/r/{named_payload}"));
    let outcome = other.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("decoded");
    let v = view::results::results(&MLT, &other, outcome);
    assert!(v.hand_in.is_none());
    assert!(v.shared_banner.as_ref().is_some_and(|(t, _)| t.contains("J. K.")));
}

/// The visitor's own results, reached by answering every question.
fn own_results() -> (State, Vec<Effect>) {
    let (s, _) = opened("#/quiz/1");
    let mut events = Vec::new();
    for item in 0..n() {
        events.push(Event::Choose { item, value: 3 });
        events.push(Event::Next);
    }
    run(&s, &events)
}

#[test]
fn own_results_ask_for_their_qr_code_and_show_it_when_drawn() {
    let (s, effects) = own_results();
    let Route::Results(payload) = &s.route else { panic!("on the results: {:?}", s.route) };
    let link = format!("#/r/{payload}");
    assert!(effects.contains(&Effect::DrawQr(link.clone())), "{effects:?}");
    let hand_in = |s: &State| {
        let results = s.results.clone().expect("results read");
        let outcome = results.outcome.as_ref().expect("a valid link");
        view::results::results(&MLT, s, outcome).hand_in.expect("own results hand in")
    };
    assert_eq!(hand_in(&s).qr, view::results::QrView::Waiting);
    // An answer for another link (typed name since) changes nothing.
    let (same, _) = run(&s, &[Event::QrDrawn { text: "#/r/other".into(), wire: Some("29|M4 4h1v1h-1z".into()) }]);
    assert_eq!(hand_in(&same).qr, view::results::QrView::Waiting);
    let (drawn, _) = run(&s, &[Event::QrDrawn { text: link.clone(), wire: Some("29|M4 4h1v1h-1z".into()) }]);
    assert_eq!(
        hand_in(&drawn).qr,
        view::results::QrView::Drawn { view_box: "0 0 29 29".into(), path: "M4 4h1v1h-1z".into() }
    );
    let (failed, _) = run(&s, &[Event::QrDrawn { text: link, wire: None }]);
    assert!(
        matches!(hand_in(&failed).qr, view::results::QrView::Failed(t) if t.contains("QR code could not be shown"))
    );
    // A typed name changes the link, so the code is asked for again.
    let (named, effects) = run(&drawn, &[Event::SetHandInName("Jo".into())]);
    assert!(matches!(effects.as_slice(), [Effect::DrawQr(l)] if l.contains("#/r/") && l.len() > 4), "{effects:?}");
    assert_eq!(hand_in(&named).qr, view::results::QrView::Waiting);
    // Someone else's results, opened from a link, have no hand-in and no QR code.
    let (other, effects) = opened(&format!("#/r/{payload}"));
    assert!(other.qr.is_none());
    assert!(!effects.iter().any(|e| matches!(e, Effect::DrawQr(_))));
}

#[test]
fn the_class_view_loads_on_arrival_and_is_removed_on_leaving() {
    let (s, effects) = opened("#/class");
    assert_eq!(s.route, Route::Class);
    assert!(effects.contains(&Effect::OpenClassView { lang: "en", page_base: String::new() }), "{effects:?}");
    assert_eq!(view::class_host::class_host(&s), Some(("Loading the class view…", false)));
    let (shown, _) = run(&s, &[Event::ClassViewOpened(true)]);
    assert_eq!(view::class_host::class_host(&shown), None);
    let (failed, _) = run(&s, &[Event::ClassViewOpened(false)]);
    assert!(matches!(view::class_host::class_host(&failed), Some((t, true)) if t.contains("could not load")));
    let (_, effects) = run(&shown, &[Event::UrlChanged("#/".into())]);
    assert!(effects.contains(&Effect::CloseClassView), "{effects:?}");
    let (back, effects) = run(&shown, &[Event::UrlChanged("#/".into()), Event::UrlChanged("#/class".into())]);
    assert!(effects.iter().filter(|e| matches!(e, Effect::OpenClassView { .. })).count() == 1);
    assert_eq!(view::class_host::class_host(&back), Some(("Loading the class view…", false)));
    assert_eq!(view::title::document_title(&MLT, &back), "Class view - MLT Fit");
}

#[test]
fn the_class_view_opens_in_the_language_the_page_is_loading() {
    let (_, effects) = start(
        &MLT,
        &Startup { fragment: "#/class".into(), query: "?lang=es".into(), storage_works: true, ..Startup::default() },
    );
    assert!(
        effects.iter().any(|e| matches!(e, Effect::OpenClassView { lang: "es", .. })),
        "the class view opens in Spanish: {effects:?}"
    );
}

/// The `LoadGuide` effects in a batch, as (language, file).
fn guide_requests(effects: &[Effect]) -> Vec<(&'static str, &'static str)> {
    effects
        .iter()
        .filter_map(|e| if let Effect::LoadGuide { lang, file } = e { Some((*lang, *file)) } else { None })
        .collect()
}

#[test]
fn the_guide_s_texts_download_once_when_the_guide_first_opens() {
    let en = MLT.language("en").unwrap().guide_file;
    // Not on the first screen, nor on a question.
    let (home, effects) = opened("#/");
    assert_eq!(guide_requests(&effects), []);
    let (quiz, effects) = run(&home, &[Event::UrlChanged("#/quiz/1".into())]);
    assert_eq!(guide_requests(&effects), []);
    // The first guide screen asks for them; moving within the guide does not ask again.
    let (guide, effects) = run(&quiz, &[Event::UrlChanged("#/guide/what".into())]);
    assert_eq!(guide_requests(&effects), [("en", en)]);
    let (guide, effects) = run(&guide, &[Event::UrlChanged("#/guide/duties".into())]);
    assert_eq!(guide_requests(&effects), []);
    // A failed download: the section says so and offers to try again, which asks again.
    let (failed, effects) = run(&guide, &[Event::GuideLoaded { lang: "en", text: None }]);
    assert!(matches!(effects.as_slice(), [Effect::Warn(w)] if w.contains(en)), "{effects:?}");
    let view = view::guide::guide(&MLT, &failed, 1).unwrap();
    assert_eq!(
        view.body,
        view::guide::GuideBody::Unavailable {
            message: "This section could not be loaded. Check your internet connection, then try again.",
            retry: "Try again"
        }
    );
    let (retrying, effects) = run(&failed, &[Event::RetryGuide]);
    assert_eq!(guide_requests(&effects), [("en", en)]);
    assert!(matches!(view::guide::guide(&MLT, &retrying, 1).unwrap().body, view::guide::GuideBody::Loading(_)));
    // A file that is not this build's is refused like a failed download.
    let (refused, _) = run(&retrying, &[Event::GuideLoaded { lang: "en", text: Some("<!doctype html>".into()) }]);
    assert_eq!(refused.guide_texts("en"), Some(GuideTexts::Failed));
    // The right file: the texts show, and stay for the rest of the visit.
    let text = MLT.guide_file_text("en").map(str::to_string);
    let (loaded, _) = run(&refused, &[Event::RetryGuide, Event::GuideLoaded { lang: "en", text }]);
    let view::guide::GuideBody::Ready { lead, blocks } = view::guide::guide(&MLT, &loaded, 1).unwrap().body else {
        panic!("the texts arrived")
    };
    assert_eq!(lead, MLT.guide_text("en").unwrap()[1].lead);
    assert!(!blocks.is_empty());
    let (later, effects) = run(&loaded, &[Event::UrlChanged("#/".into()), Event::UrlChanged("#/guide/what".into())]);
    assert_eq!(guide_requests(&effects), []);
    assert!(matches!(view::guide::guide(&MLT, &later, 0).unwrap().body, view::guide::GuideBody::Ready { .. }));
    // A late answer to a request nobody made changes nothing.
    assert_eq!(run(&later, &[Event::GuideLoaded { lang: "en", text: None }]).0, later);
}

#[test]
fn the_guide_in_another_language_downloads_beside_that_language() {
    let es = MLT.language("es").unwrap();
    // Opened in Spanish on a guide screen: the language file and the guide file side by side.
    let (s, effects) =
        start(&MLT, &Startup { fragment: "#/guide/salary".into(), query: "?lang=es".into(), ..Startup::default() });
    assert!(effects.contains(&Effect::LoadLanguage { lang: "es", file: es.file.unwrap() }));
    assert_eq!(guide_requests(&effects), [("es", es.guide_file)]);
    // Spanish fails to load: the page stays in English, whose guide texts it then asks for.
    let en = MLT.language("en").unwrap().guide_file;
    let (failed, effects) = run(&s, &[Event::LanguageLoaded { lang: "es", text: None }]);
    assert_eq!(failed.locale().lang, "en");
    assert_eq!(guide_requests(&effects), [("en", en)]);
    assert_eq!(failed.guide_texts("es"), Some(GuideTexts::Loading), "Spanish's guide is still on its way");
    // Spanish arrives: the guide shows in Spanish once its own texts are here too.
    let spanish = MLT.other_texts.iter().find(|(l, _)| *l == "es").map(|(_, t)| t.to_string());
    let (s, effects) = run(&s, &[Event::LanguageLoaded { lang: "es", text: spanish }]);
    assert_eq!((s.locale().lang, guide_requests(&effects)), ("es", vec![]));
    assert!(matches!(view::guide::guide(&MLT, &s, 4).unwrap().body, view::guide::GuideBody::Loading(_)));
    let text = MLT.guide_file_text("es").map(str::to_string);
    let (s, _) = run(&s, &[Event::GuideLoaded { lang: "es", text }]);
    let view::guide::GuideBody::Ready { lead, .. } = view::guide::guide(&MLT, &s, 4).unwrap().body else {
        panic!("the Spanish texts arrived")
    };
    assert_eq!(lead, MLT.guide_text("es").unwrap()[4].lead);
    // Switching language on a guide screen asks for that language's guide.
    let (_, effects) = run(&s, &[Event::SwitchLanguage("en")]);
    assert_eq!(guide_requests(&effects), [("en", en)]);
}

#[test]
fn results_show_the_score_first_and_the_rest_once_that_is_painted() {
    let full: Vec<Option<u8>> =
        (0..n()).map(|i| Some(mlt_fit::core::scoring::extreme_answer(MLT.model, i, true))).collect();
    let payload = link::encode(&Answers::from_values(full).expect("answers"), &MLT.current_item_set());
    let in_full = |s: &State| {
        let outcome = s.results.as_ref().and_then(|r| r.outcome.as_ref().ok()).expect("decoded");
        view::results::results(&MLT, s, outcome).in_full
    };
    // Opened from a link: the first render holds the score; the browser reports the paint.
    let (s, effects) = opened(&format!("#/r/{payload}"));
    assert!(effects.contains(&Effect::AfterPaint));
    assert!(!in_full(&s));
    let (s, effects) = run(&s, &[Event::Painted]);
    assert_eq!(effects, []);
    assert!(in_full(&s));
    // Staying on the same results (a language switch, say) keeps them whole.
    let (s, effects) = run(&s, &[Event::SwitchLanguage("en")]);
    assert!(!effects.contains(&Effect::AfterPaint) && in_full(&s));
    // Arriving at results again, from another screen: two steps again.
    let (s, _) = run(&s, &[Event::UrlChanged("#/".into())]);
    let (s, effects) = run(&s, &[Event::UrlChanged(format!("#/r/{payload}"))]);
    assert!(effects.contains(&Effect::AfterPaint) && !in_full(&s));
    // Other screens never ask.
    let (_, effects) = opened("#/quiz/1");
    assert!(!effects.contains(&Effect::AfterPaint));
}
