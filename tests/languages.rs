//! Choosing the language, natively through the session core: the embed option, the
//! browser's preferred languages, the language switch (answers and screen kept), a file
//! that does not load (English, with the language's own note), and a results link opened in
//! another language (same answers, same score, other words).
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::link;
use mlt_fit::core::route::Route;
use mlt_fit::core::session::{start, update, Effect, Event, Startup, State};
use mlt_fit::core::view;
use mlt_fit::core::view::guide::GuideBody;

fn spanish_text() -> String {
    MLT.other_texts.iter().find(|(l, _)| *l == "es").unwrap().1.to_string()
}

fn startup(query: &str, fragment: &str, languages: &[&str]) -> Startup {
    Startup {
        query: query.into(),
        fragment: fragment.into(),
        storage_works: true,
        page_base: format!("https://school.example/mlt-fit/{query}"),
        languages: languages.iter().map(|l| l.to_string()).collect(),
        ..Startup::default()
    }
}

fn load_requests(effects: &[Effect]) -> Vec<(&'static str, &'static str)> {
    effects
        .iter()
        .filter_map(|e| if let Effect::LoadLanguage { lang, file } = e { Some((*lang, *file)) } else { None })
        .collect()
}

/// Opens the widget and, if it asks for a language file, delivers the real one.
fn opened_in(query: &str, fragment: &str, languages: &[&str]) -> (State, Vec<Effect>) {
    let (state, mut effects) = start(&MLT, &startup(query, fragment, languages));
    let state = match load_requests(&effects).first() {
        Some((lang, _)) => {
            let (state, more) = update(&MLT, &state, Event::LanguageLoaded { lang, text: Some(spanish_text()) });
            effects.extend(more);
            state
        }
        None => state,
    };
    // The guide files asked for arrive too (a guide screen waits for its texts).
    let guides: Vec<&'static str> = effects
        .iter()
        .filter_map(|e| if let Effect::LoadGuide { lang, .. } = e { Some(*lang) } else { None })
        .collect();
    let state = guides.into_iter().fold(state, |state, lang| {
        let text = MLT.guide_file_text(lang).map(str::to_string);
        update(&MLT, &state, Event::GuideLoaded { lang, text }).0
    });
    (state, effects)
}

#[test]
fn the_browsers_languages_pick_spanish_and_the_first_screen_waits_for_it() {
    let (state, effects) = start(&MLT, &startup("", "", &["es-US", "en-US"]));
    assert_eq!(load_requests(&effects), [("es", MLT.language("es").unwrap().file.unwrap())]);
    assert!(state.hold, "nothing is shown until Spanish is there (no flash of English)");
    assert_eq!(state.locale().lang, "en");
    let (state, effects) = update(&MLT, &state, Event::LanguageLoaded { lang: "es", text: Some(spanish_text()) });
    assert!(!state.hold);
    assert_eq!(state.locale().lang, "es");
    assert!(effects.contains(&Effect::SetDocumentLang("es")));
    assert!(effects
        .contains(&Effect::SetTitle("¿Es para ti la carrera de técnico(a) de laboratorio médico? - MLT Fit".into())));
    assert_eq!(view::home::home(&MLT, &state).heading, "¿Te iría bien trabajar en un laboratorio médico?");
}

#[test]
fn english_or_an_unknown_first_choice_needs_no_file() {
    for languages in [&["en-US", "es"][..], &["fr-FR", "en"][..], &[][..], &["de"][..]] {
        let (state, effects) = start(&MLT, &startup("", "", languages));
        assert!(load_requests(&effects).is_empty(), "{languages:?}");
        assert!(!state.hold);
        assert_eq!(state.locale().lang, "en");
        assert!(effects.contains(&Effect::SetDocumentLang("en")));
    }
    // The browser's second choice counts when the first is not offered.
    let (state, _) = opened_in("", "", &["fr-FR", "es-MX"]);
    assert_eq!(state.locale().lang, "es");
}

#[test]
fn the_embed_option_wins_over_the_browser_and_an_unknown_one_is_ignored_with_a_warning() {
    let (state, _) = opened_in("?lang=es", "", &["en-US"]);
    assert_eq!(state.locale().lang, "es");
    let (state, _) = opened_in("?lang=en", "", &["es-US"]);
    assert_eq!(state.locale().lang, "en");
    let (state, effects) = opened_in("?lang=fr", "", &["es"]);
    assert_eq!(state.locale().lang, "es", "falls back to the browser's languages");
    assert!(effects.iter().any(|e| matches!(e, Effect::Warn(w) if w.contains("\"fr\""))), "{effects:?}");
}

#[test]
fn a_file_that_does_not_load_leaves_english_with_the_languages_own_note() {
    for text in [None, Some("<!doctype html>not found".to_string())] {
        let (state, _) = start(&MLT, &startup("?lang=es", "#/quiz/1", &[]));
        let (state, effects) = update(&MLT, &state, Event::LanguageLoaded { lang: "es", text });
        assert!(!state.hold, "the page shows, in English");
        assert_eq!(state.locale().lang, "en");
        assert!(
            effects.iter().any(|e| matches!(e, Effect::Warn(w) if w.contains("staying in English"))),
            "{effects:?}"
        );
        let header = view::header::header(&MLT, &state);
        let notice = header.language_notice.expect("a note");
        assert_eq!(notice.lang, "es");
        assert!(notice.text.starts_with("No se pudo cargar la versión en español"), "{}", notice.text);
        assert_eq!(state.route, Route::Quiz(0), "the screen is kept");
    }
}

#[test]
fn a_late_or_unasked_file_changes_nothing() {
    let (state, _) = start(&MLT, &startup("", "", &[]));
    let (next, effects) = update(&MLT, &state, Event::LanguageLoaded { lang: "es", text: Some(spanish_text()) });
    assert_eq!(next, state);
    assert!(effects.is_empty());
}

#[test]
fn the_switch_keeps_answers_and_screen_and_says_so_in_the_address() {
    let (state, _) = opened_in("?start=quiz&accent=%23005a9c", "#/quiz/3", &["en-US"]);
    let (state, _) = update(&MLT, &state, Event::Choose { item: 2, value: 3 });
    let links = view::header::header(&MLT, &state).languages;
    assert_eq!(links.len(), 1);
    assert_eq!((links[0].label, links[0].lang), ("Español", "es"));
    assert_eq!(links[0].href, "?start=quiz&accent=%23005a9c&lang=es#/quiz/3");

    let (es, effects) = update(&MLT, &state, Event::SwitchLanguage("es"));
    assert!(effects.contains(&Effect::ReplaceUrl("?start=quiz&accent=%23005a9c&lang=es#/quiz/3".into())));
    let (es, more) = match load_requests(&effects).first() {
        Some(_) => update(&MLT, &es, Event::LanguageLoaded { lang: "es", text: Some(spanish_text()) }),
        None => (es, Vec::new()),
    };
    assert!(more.contains(&Effect::SetDocumentLang("es")));
    assert_eq!(es.locale().lang, "es");
    assert_eq!(es.route, Route::Quiz(2));
    assert_eq!(es.answers, state.answers, "answers kept");
    assert_eq!(es.page_base, "https://school.example/mlt-fit/?start=quiz&accent=%23005a9c&lang=es");
    let q = view::question::question(&MLT, &es, 2).unwrap();
    assert_eq!(q.heading, format!("Pregunta 3 de {}", MLT.questions()));
    assert!(q.choices[3].checked);
    let back = view::header::header(&MLT, &es).languages;
    assert_eq!((back[0].label, back[0].lang), ("English", "en"));

    // Back to English: no file, at once.
    let (en, effects) = update(&MLT, &es, Event::SwitchLanguage("en"));
    assert!(load_requests(&effects).is_empty());
    assert_eq!(en.locale().lang, "en");
    assert!(effects.contains(&Effect::ReplaceUrl("?start=quiz&accent=%23005a9c&lang=en#/quiz/3".into())));
    // And to Spanish again: already loaded this visit.
    let (again, effects) = update(&MLT, &en, Event::SwitchLanguage("es"));
    assert!(load_requests(&effects).is_empty());
    assert_eq!(again.locale().lang, "es");
}

#[test]
fn a_results_link_opened_in_spanish_shows_the_same_results_in_spanish() {
    let n = MLT.questions();
    let mut answers = Answers::skipped(n);
    for i in 0..n {
        answers.set(i, Some((i % 5) as u8));
    }
    let payload = link::encode(&answers, &MLT.current_item_set());
    let fragment = format!("#/r/{payload}");
    let (en, _) = opened_in("", &fragment, &["en-US"]);
    let (es, _) = opened_in("?lang=es", &fragment, &["en-US"]);
    let read = |s: &State| {
        let outcome = s.results.as_ref().unwrap().outcome.as_ref().unwrap();
        view::results::results(&MLT, s, outcome)
    };
    let (en_view, es_view) = (read(&en), read(&es));
    assert_eq!(en_view.score, es_view.score, "the link carries answers, not words");
    assert_eq!(en_view.band_key, es_view.band_key);
    assert_eq!(en_view.heading, "Your MLT fit");
    assert_eq!(es_view.heading, "Tu afinidad con el trabajo de MLT");
    assert_eq!(en_view.next_steps.len(), es_view.next_steps.len());
}

#[test]
fn spanish_results_speak_spanish_numbers_and_lists() {
    let (es, _) = opened_in("?lang=es", "#/guide/salary", &[]);
    let guide = view::guide::guide(&MLT, &es, 4).unwrap();
    assert_eq!(guide.title, "Sueldo y perspectivas de empleo");
    assert_eq!(guide.eyebrow, "Guía de la carrera de MLT · Sección 5 de 10");
    let GuideBody::Ready { blocks, .. } = &guide.body else { panic!("the guide's texts arrived") };
    let chart = blocks
        .iter()
        .find_map(|b| if let view::guide::BlockView::SalaryChart(c) = b { Some(c) } else { None })
        .unwrap();
    assert_eq!(chart.median, "$39,624");
    assert!(chart.text.contains("$28,933") && chart.text.contains("2023"), "{}", chart.text);
    let source =
        blocks.iter().find_map(
            |b| {
                if let view::guide::BlockView::Source { label, .. } = b {
                    Some(*label)
                } else {
                    None
                }
            },
        );
    assert_eq!(source, Some("Fuente: "));
    // "y" before the /i/ sound becomes "e".
    let locale = es.locale();
    assert_eq!(locale.list(&["Realista", "Investigador"]), "Realista e Investigador");
    assert_eq!(mlt_fit::core::summary::career_areas(MLT.model, locale), "Realista, Investigador y Convencional");
}
