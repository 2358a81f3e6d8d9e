//! Languages loaded on demand (`core::language_file`): the Spanish file the build ships reads
//! back into exactly the texts the content compiler checked (messages compiled for the app),
//! every message in every language is well formed for its argument struct, and a damaged, cut-off, stale or foreign file is
//! refused, never read wrong and never a panic.
#![cfg(not(target_arch = "wasm32"))]

use content_compiler::language_file as compiler;
use content_compiler::message::Message;
use content_compiler::vocabulary::LANGUAGE_FILE_HEADER;
use mlt_fit::core::career::MLT;
use mlt_fit::core::content::{LanguageEntry, Locale, Ui};
use mlt_fit::core::language_file::{hash, load, parse, LoadError, HEADER};
use mlt_fit::core::text;

/// The checked content, as the compiler reads it (English first, then Spanish).
fn content() -> content_compiler::Content {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    content_compiler::check(&content_compiler::Sources::read(&dir).unwrap()).unwrap()
}

fn spanish_text() -> &'static str {
    MLT.other_texts.iter().find(|(l, _)| *l == "es").expect("Spanish is compiled in natively").1
}

fn spanish_entry() -> &'static LanguageEntry {
    MLT.language("es").expect("Spanish is offered")
}

/// An entry for a changed file: the Spanish one with the changed text's hash.
fn entry_for(text: &str) -> &'static LanguageEntry {
    let es = spanish_entry();
    Box::leak(Box::new(LanguageEntry { hash: hash(text), ..*es }))
}

#[test]
fn the_app_and_the_compiler_agree_on_the_header_and_the_hash() {
    assert_eq!(HEADER, LANGUAGE_FILE_HEADER);
    for text in ["", "a", "MLT Fit language file 1 es\nEspañol\n"] {
        assert_eq!(hash(text), compiler::hash(text));
    }
    assert_eq!(spanish_entry().file.unwrap(), compiler::file_name("es", spanish_text()));
    assert_eq!(spanish_entry().hash, hash(spanish_text()));
}

#[test]
fn the_spanish_file_reads_back_into_the_checked_texts() {
    let content = content();
    let es = &content.locales[1];
    assert_eq!(es.lang, "es");
    let locale = load(&MLT, spanish_entry(), spanish_text().to_string()).expect("the shipped file loads");
    assert_eq!((locale.lang, locale.name, locale.thousands, locale.decimal), ("es", "Español", ",", "."));
    for (i, key) in content.ui_keys.iter().enumerate() {
        assert_eq!(locale.ui.0[i], compiler::compiled_ui_value(&content, "es", key, &es.ui.ui[key]), "[ui] {key}");
    }
    for (i, item) in content.model.item.iter().enumerate() {
        assert_eq!(locale.items[i], es.items.items[&item.id]);
    }
    for (i, part) in content.model.part.iter().enumerate() {
        assert_eq!(locale.parts[i], es.items.parts[&part.id]);
    }
    for (i, scale) in content.scales.iter().enumerate() {
        assert_eq!(locale.scales[i].prompt, es.items.scales[scale].prompt);
        assert_eq!(locale.scales[i].labels.to_vec(), es.items.scales[scale].labels);
    }
    for (i, (key, _)) in content_compiler::vocabulary::BANDS.iter().enumerate() {
        assert_eq!(locale.bands[i].name, es.ui.bands[*key].name);
    }
    for (i, c) in content.careers.career.iter().enumerate() {
        assert_eq!(locale.careers[i].name, es.careers.careers[&c.id].name);
    }
    assert_eq!(locale.next_steps.len(), es.ui.next_steps.len());
    for (ours, theirs) in locale.next_steps.iter().zip(&es.ui.next_steps) {
        assert_eq!(ours.text, theirs.text);
        assert_eq!(ours.guide, theirs.guide.as_deref());
        assert_eq!(ours.bands.iter().map(|b| b.key()).collect::<Vec<_>>(), theirs.bands);
        assert_eq!(ours.related, theirs.related);
    }
    assert_eq!(locale.guide.len(), es.guide.len());
    for (ours, theirs) in locale.guide.iter().zip(&es.guide) {
        assert_eq!((ours.id, ours.title), (theirs.id.as_str(), theirs.title.as_str()));
    }
    // Loaded once per visit in the app; natively the career keeps it too.
    let all = MLT.all_locales();
    assert_eq!(all.iter().map(|l| l.lang).collect::<Vec<_>>(), ["en", "es"]);
}

#[test]
fn english_is_read_from_its_compiled_in_file_with_every_text() {
    let content = content();
    let en = MLT.default_locale();
    assert!(std::ptr::eq(en, MLT.default_locale()), "read once");
    for (i, key) in content.ui_keys.iter().enumerate() {
        assert_eq!(
            en.ui.0[i],
            compiler::compiled_ui_value(&content, "en", key, &content.locales[0].ui.ui[key]),
            "[ui] {key}"
        );
    }
    assert_eq!(en.guide.len(), 10);
    assert_eq!(en.items.len(), MLT.model.items.len());
}

#[test]
fn every_message_of_every_language_fits_its_argument_struct() {
    for locale in MLT.all_locales() {
        let messages: Vec<usize> = Ui::MESSAGES.iter().map(|m| m.0).collect();
        for &(i, _, numbers) in Ui::MESSAGES {
            assert!(text::check(locale.ui.0[i], numbers), "{} [ui] #{i}: {:?}", locale.lang, locale.ui.0[i]);
        }
        for (i, t) in locale.ui.0.iter().enumerate().filter(|(i, _)| !messages.contains(i)) {
            assert!(
                !t.chars().any(char::is_control) && !t.contains('{'),
                "{} [ui] #{i} is plain text: {t}",
                locale.lang
            );
            assert!(Message::parse(t).is_ok());
        }
    }
}

#[test]
fn a_file_that_is_not_the_one_this_build_made_is_refused_whole() {
    let good = spanish_text();
    let es = spanish_entry();
    let refuse = |text: String| load(&MLT, es, text).map(|l| l.lang);
    assert_eq!(refuse(String::new()), Err(LoadError::WrongFile), "empty");
    assert_eq!(refuse(good[..good.len() / 2].to_string()), Err(LoadError::WrongFile), "cut off");
    assert_eq!(refuse(good.replacen("Siguiente", "Next", 1)), Err(LoadError::WrongFile), "one text changed");
    assert_eq!(refuse(format!("{good}\n")), Err(LoadError::WrongFile), "one byte added");
    assert_eq!(refuse("<!doctype html><title>404</title>".into()), Err(LoadError::WrongFile), "an error page");
    assert_eq!(refuse(MLT.default_text.to_string()), Err(LoadError::WrongFile), "another language's file");
}

/// `good` with `change` applied, loaded under its own hash: the shape checks alone.
fn shape_error(change: impl Fn(&str) -> String) -> Result<&'static str, LoadError> {
    let text = change(spanish_text());
    load(&MLT, entry_for(&text), text).map(|l| l.lang)
}

fn lines_with(text: &str, f: impl Fn(&mut Vec<String>)) -> String {
    let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
    f(&mut lines);
    lines.join("\n")
}

#[test]
fn a_file_of_the_wrong_shape_is_refused_even_with_a_matching_hash() {
    assert_eq!(shape_error(|t| t.to_string()), Ok("es"), "the file itself loads");
    let damaged = |r: Result<&str, LoadError>| matches!(r, Err(LoadError::Damaged(_)));
    assert!(damaged(shape_error(|t| t.replacen(HEADER, "MLT Fit language file 2", 1))), "another format");
    assert!(damaged(shape_error(|t| t.replacen(" es\n", " fr\n", 1))), "another language's header");
    assert!(damaged(shape_error(|t| lines_with(t, |l| l.truncate(l.len() / 2)))), "cut in half");
    assert!(
        damaged(shape_error(|t| lines_with(t, |l| {
            l.pop();
            l.pop();
        }))),
        "no end line"
    );
    assert!(damaged(shape_error(|t| format!("{t}more\n"))), "something after the end");
    assert!(damaged(shape_error(|t| t.replacen("\n59\n", "\n58\n", 1))), "an item count that is not the model's");
    assert!(damaged(shape_error(|t| t.replacen("\nab\n", "\naz\n", 1))), "a band that does not exist");
    assert!(damaged(shape_error(|t| t.replacen("\nonline\n", "\nonlien\n", 1))), "a guide section that does not exist");
    assert!(damaged(shape_error(|t| t.replacen("\nwhat\n", "\nwhat_else\n", 1))), "guide sections not the default's");
}

#[test]
fn reading_never_panics_whatever_the_text() {
    let good = spanish_text();
    let lines: Vec<&str> = good.split('\n').collect();
    // Every prefix by lines, every line dropped, every line doubled: refused or read, never a panic.
    for cut in 0..lines.len() {
        let _ = parse(&MLT, "es", Box::leak(lines[..cut].join("\n").into_boxed_str()), None);
        let mut dropped = lines.clone();
        dropped.remove(cut);
        let _ = parse(&MLT, "es", Box::leak(dropped.join("\n").into_boxed_str()), None);
        let mut doubled = lines.clone();
        doubled.insert(cut, lines[cut]);
        let _ = parse(&MLT, "es", Box::leak(doubled.join("\n").into_boxed_str()), None);
    }
    // Counts made huge or nonsense.
    for (i, line) in lines.iter().enumerate().filter(|(_, l)| l.parse::<usize>().is_ok()) {
        for bad in ["18446744073709551615", "-1", "", "1e3"] {
            let mut changed = lines.clone();
            changed[i] = bad;
            let r = parse(&MLT, "es", Box::leak(changed.join("\n").into_boxed_str()), None);
            assert!(r.is_err(), "line {i} ({line} -> {bad})");
        }
    }
}

#[test]
fn a_language_loaded_is_its_own_locale_and_english_is_untouched() {
    let es: &Locale = load(&MLT, spanish_entry(), spanish_text().to_string()).unwrap();
    let en = MLT.default_locale();
    assert_eq!(en.ui.quiz_next(), "Next");
    assert_eq!(es.ui.quiz_next(), "Siguiente");
    assert_eq!(
        es.fill(&es.ui.home_facts(), mlt_fit::core::content::args::HomeFacts { count: 59 }).split(',').next(),
        Some("59 preguntas")
    );
    assert_eq!(
        es.fill(&es.ui.home_facts(), mlt_fit::core::content::args::HomeFacts { count: 1 }).split(',').next(),
        Some("1 pregunta")
    );
    assert_eq!(
        en.fill(&en.ui.home_facts(), mlt_fit::core::content::args::HomeFacts { count: 1 }).split(',').next(),
        Some("1 question")
    );
    assert_eq!(es.money(39_624), "$39,624");
}
