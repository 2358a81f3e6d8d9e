//! No text a visitor reads comes from anywhere but the language's own texts.
//!
//! The content compiler writes a pseudo-locale (`$OUT_DIR/pseudo-language.txt`): English with
//! every text wrapped in `⟦…⟧` (messages as a whole). Read through the same loader as any
//! language, it drives every screen's view model here: home (with its notices), every guide
//! section, every question, results for many kinds of answers (own, shared, named, from an
//! older question set), every link error, the header and the titles. Every string a visitor
//! can see is then checked: no letter may stand outside the marks, so no word was written in
//! code or taken from another language. (Numbers outside the marks are fine: scores, bars.)
//!
//! The components only lay these view models out; the last test checks that the Yew code
//! holds no text of its own either.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::content::{GuideText, LanguageEntry, Locale};
use mlt_fit::core::guide_file;
use mlt_fit::core::language_file::{hash, parse};
use mlt_fit::core::link::{self, LinkError};
use mlt_fit::core::scoring::extreme_answer;
use mlt_fit::core::session::{start, update, Effect, Event, GuideTexts, Lang, Startup, State, StorageStatus};
use mlt_fit::core::view;

fn pseudo() -> &'static Locale {
    let text = include_str!(concat!(env!("OUT_DIR"), "/pseudo-language.txt"));
    parse(&MLT, "en", text, Some(MLT.default_locale().guide)).expect("the pseudo-locale reads")
}

/// The pseudo-locale's guide texts (`$OUT_DIR/pseudo-guide.txt`), read as the app reads a
/// downloaded guide file.
fn pseudo_guide() -> &'static [GuideText] {
    let text = include_str!(concat!(env!("OUT_DIR"), "/pseudo-guide.txt"));
    let entry = Box::leak(Box::new(LanguageEntry { guide_hash: hash(text), ..*MLT.language("en").unwrap() }));
    guide_file::load(&MLT, entry, text.to_string()).expect("the pseudo guide reads")
}

/// A session in the pseudo-locale, opened at `fragment`.
fn opened(fragment: &str) -> State {
    let (mut state, _) = start(&MLT, &Startup { fragment: fragment.into(), storage_works: true, ..Startup::default() });
    state.lang = Lang(pseudo());
    // Arrive again so everything computed on arrival is in the pseudo-locale too.
    let (state, _) = update(&MLT, &state, Event::UrlChanged("#/".into()));
    let (state, _) = update(&MLT, &state, Event::UrlChanged(fragment.into()));
    state
}

/// Fields whose strings are not shown as text: addresses, ids, keys, SVG geometry, the
/// hand-in code's letters (a payload), and the language switch, which names the *other*
/// languages in their own words by design.
const NOT_TEXT: &[&str] = &[
    "href",
    "url",
    "id",
    "key",
    "group_name",
    "rel",
    "band_key",
    "view_box",
    "label_y",
    "you_y",
    "career_y",
    "you_width",
    "career_width",
    "bar_x",
    "low_x",
    "median_x",
    "high_x",
    "bls_x",
    "range_width",
    "width",
    "code_groups",
    "languages",
    "language_notice",
    "payload",
];

/// (fields, string) for every string literal in a `{:?}` dump: the fields it sits in, outermost
/// first (`languages.label`).
fn strings(debug: &str) -> Vec<(Vec<String>, String)> {
    let chars: Vec<char> = debug.chars().collect();
    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut word = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' {
            let mut s = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(&ch) = chars.get(i) {
                    s.push(ch);
                }
                i += 1;
            }
            let mut path = stack.clone();
            path.push(field.clone());
            out.push((path, s));
        } else if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            match c {
                ':' if !word.is_empty() => field = word.clone(),
                '{' | '[' | '(' => stack.push(std::mem::take(&mut field)),
                '}' | ']' | ')' => field = stack.pop().unwrap_or_default(),
                _ => {}
            }
            word.clear();
        }
        i += 1;
    }
    out
}

/// The text outside every `⟦…⟧` span.
fn outside_marks(s: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn assert_all_from_the_locale(what: &str, debug: &str) -> usize {
    let mut checked = 0;
    for (path, s) in strings(debug) {
        if path.iter().any(|f| NOT_TEXT.contains(&f.as_str())) || s.is_empty() {
            continue;
        }
        let field = path.join(".");
        let stray = outside_marks(&s);
        assert!(!stray.chars().any(char::is_alphabetic), "{what}: `{field}` shows text not from the locale: {s:?}");
        checked += 1;
    }
    checked
}

fn answers_like(f: impl Fn(usize) -> Option<u8>) -> Answers {
    let n = MLT.questions();
    let mut a = Answers::skipped(n);
    for i in 0..n {
        a.set(i, f(i));
    }
    a
}

#[test]
fn every_screen_shows_only_the_locales_texts() {
    let locale = pseudo();
    assert!(locale.ui.quiz_next().starts_with('⟦'));
    let mut checked = 0;

    // Home, with and without earlier answers and storage notices; the header and title.
    let mut home = opened("#/");
    checked += assert_all_from_the_locale("home", &format!("{:?}", view::home::home(&MLT, &home)));
    home.answers.set(0, Some(2));
    home.resume_offer = true;
    for storage in [StorageStatus::Unavailable, StorageStatus::Reset] {
        home.storage = storage;
        checked += assert_all_from_the_locale("home, resuming", &format!("{:?}", view::home::home(&MLT, &home)));
    }
    checked += assert_all_from_the_locale("header", &format!("{:?}", view::header::header(&MLT, &home)));
    checked += assert_all_from_the_locale("title", &view::title::document_title(&MLT, &home));

    // Every guide section.
    for (i, section) in MLT.default_locale().guide.iter().enumerate() {
        let mut state = opened(&format!("#/guide/{}", section.id));
        // While its texts download, when they cannot be had, and once they are here.
        for texts in [GuideTexts::Loading, GuideTexts::Failed, GuideTexts::Loaded(pseudo_guide())] {
            state.guides = vec![("en", texts)];
            let v = view::guide::guide(&MLT, &state, i).expect("a section");
            checked += assert_all_from_the_locale(section.id, &format!("{v:?}"));
        }
        checked += assert_all_from_the_locale("guide title", &view::title::document_title(&MLT, &state));
    }

    // Every question, with the answer prompt and with storage unavailable.
    for i in 0..MLT.questions() {
        let mut state = opened(&format!("#/quiz/{}", i + 1));
        state.answer_needed = true;
        state.storage = StorageStatus::Unavailable;
        let v = view::question::question(&MLT, &state, i).expect("a question");
        checked += assert_all_from_the_locale("question", &format!("{v:?}"));
        checked += assert_all_from_the_locale("question title", &view::title::document_title(&MLT, &state));
    }

    // Results of many kinds: every verdict the personas reach, own and shared, named, older set.
    let n = MLT.questions();
    let sets: Vec<Answers> = vec![
        answers_like(|i| Some(extreme_answer(MLT.model, i, true))),
        answers_like(|i| Some(extreme_answer(MLT.model, i, false))),
        answers_like(|_| Some(4)),
        answers_like(|_| Some(0)),
        answers_like(|_| Some(2)),
        answers_like(|i| (i % 3 == 0).then_some(3)),
        answers_like(|i| (i % 2 == 0).then(|| extreme_answer(MLT.model, i, true))),
        answers_like(|i| {
            Some(if MLT.model.items[i].obstacle.is_some() { 0 } else { extreme_answer(MLT.model, i, true) })
        }),
        answers_like(|i| {
            if MLT.model.items[i].obstacle.is_some() {
                None
            } else {
                Some(extreme_answer(MLT.model, i, true))
            }
        }),
        answers_like(|i| Some((i % 5) as u8)),
    ];
    assert_eq!(sets[0].len(), n);
    let mut bands = std::collections::BTreeSet::new();
    for answers in &sets {
        let payload = link::encode(answers, &MLT.current_item_set());
        let named = link::encode_named(answers, &MLT.current_item_set(), "AB").unwrap();
        for (fragment, own) in
            [(format!("#/r/{payload}"), false), (format!("#/r/{payload}"), true), (format!("#/r/{named}"), false)]
        {
            let mut state = opened(&fragment);
            if own {
                state.answers = answers.clone();
            }
            let results = state.results.clone().unwrap();
            let outcome = results.outcome.as_ref().expect("a valid link");
            let v = view::results::results(&MLT, &state, outcome);
            bands.insert(v.band_key);
            checked += assert_all_from_the_locale("results", &format!("{v:?}"));
            checked += assert_all_from_the_locale("results title", &view::title::document_title(&MLT, &state));
            let (_, effects) = update(&MLT, &state, Event::Share);
            for e in effects {
                if let Effect::Share { title, .. } = e {
                    checked += assert_all_from_the_locale("share title", &format!("{title:?}"));
                }
            }
        }
    }
    assert!(bands.len() >= 5, "many verdicts covered: {bands:?}");

    // A link made for the older question set (its note), and every link error.
    let old = MLT.item_sets[0];
    let old_payload = link::encode(&Answers::from_values(vec![Some(3); old.item_ids.len()]).unwrap(), &old);
    let state = opened(&format!("#/r/{old_payload}"));
    let results = state.results.clone().unwrap();
    let v = view::results::results(&MLT, &state, results.outcome.as_ref().unwrap());
    assert!(v.old_set_note.is_some());
    checked += assert_all_from_the_locale("older set", &format!("{v:?}"));
    let state = opened("#/");
    for error in [
        LinkError::Empty,
        LinkError::TooLong,
        LinkError::BadChars,
        LinkError::Truncated,
        LinkError::Checksum,
        LinkError::UnknownFormat,
        LinkError::UnknownItemSet,
        LinkError::OutOfRange,
    ] {
        checked += assert_all_from_the_locale(
            "link error",
            &format!("{:?}", view::link_error::link_error(&MLT, &state, error)),
        );
    }
    eprintln!("{checked} visible strings checked, all from the locale");
    assert!(checked > 2000, "{checked}");
}

/// Text in the Yew components themselves: a literal text node (`{ "…" }`) or a literal
/// `aria-label`, `title`, `alt` or `placeholder` with a letter in it.
#[test]
fn the_components_hold_no_text_of_their_own() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"), &mut files);
    let mut found = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        for (n, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let text_node = code.contains("{ \"") || code.contains("{\"");
            let labelled = ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\""].iter().any(|a| code.contains(a));
            if text_node || labelled {
                let literal: String = code.split('"').skip(1).step_by(2).collect();
                if literal.chars().any(char::is_alphabetic) {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "text written in components:\n{}", found.join("\n"));
}
