//! Guide texts loaded when the guide opens (`core::guide_file`): every language's guide file
//! reads back into exactly the sections the content compiler checked, and a damaged, cut-off,
//! stale or foreign file is refused, never read wrong and never a panic.
#![cfg(not(target_arch = "wasm32"))]

use content_compiler::guide::Block as Checked;
use content_compiler::vocabulary::GUIDE_FILE_HEADER;
use mlt_fit::core::career::MLT;
use mlt_fit::core::content::{Block, GuideText, LanguageEntry};
use mlt_fit::core::guide_file::{load, HEADER};
use mlt_fit::core::language_file::{hash, LoadError};

fn content() -> content_compiler::Content {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    content_compiler::check(&content_compiler::Sources::read(&dir).unwrap()).unwrap()
}

fn text(lang: &str) -> &'static str {
    MLT.guide_file_text(lang).expect("every language's guide file is compiled in natively")
}

/// Spanish's entry with `text`'s hash: the shape checks alone.
fn entry_for(text: &str) -> &'static LanguageEntry {
    Box::leak(Box::new(LanguageEntry { guide_hash: hash(text), ..*MLT.language("es").unwrap() }))
}

fn load_changed(change: impl Fn(&str) -> String) -> Result<&'static [GuideText], LoadError> {
    let changed = change(text("es"));
    load(&MLT, entry_for(&changed), changed)
}

#[test]
fn the_app_and_the_compiler_agree_on_the_header() {
    assert_eq!(HEADER, GUIDE_FILE_HEADER);
}

#[test]
fn every_language_s_guide_file_reads_back_into_the_checked_sections() {
    let content = content();
    for checked in &content.locales {
        let lang = checked.lang.as_str();
        let entry = MLT.language(lang).unwrap();
        assert_eq!(entry.guide_hash, hash(text(lang)), "{lang}: the hash compiled into the app");
        let texts = load(&MLT, entry, text(lang).to_string()).expect("reads");
        assert_eq!(texts.len(), checked.guide.len());
        for (ours, theirs) in texts.iter().zip(&checked.guide) {
            assert_eq!(ours.lead, theirs.lead);
            assert_eq!(ours.blocks.len(), theirs.blocks.len(), "{lang} {}", theirs.id);
            for (a, b) in ours.blocks.iter().zip(&theirs.blocks) {
                let same = match (a, b) {
                    (Block::Paragraph(x), Checked::Paragraph(y)) | (Block::Source(x), Checked::Source(y)) => x == y,
                    (Block::List(x), Checked::List(y)) => x.iter().eq(y.iter()),
                    (Block::SalaryChart, Checked::SalaryChart) => true,
                    _ => false,
                };
                assert!(same, "{lang} {}: {a:?} / {b:?}", theirs.id);
            }
        }
    }
}

#[test]
fn a_file_that_is_not_the_one_this_build_made_is_refused_whole() {
    let es = MLT.language("es").unwrap();
    let good = text("es");
    let refuse = |t: String| load(&MLT, es, t).map(|_| ());
    assert_eq!(refuse(String::new()), Err(LoadError::WrongFile), "empty");
    assert_eq!(refuse(good[..good.len() / 2].to_string()), Err(LoadError::WrongFile), "cut off");
    assert_eq!(refuse(format!("{good}\n")), Err(LoadError::WrongFile), "one byte added");
    assert_eq!(refuse(text("en").to_string()), Err(LoadError::WrongFile), "another language's guide");
    assert_eq!(refuse("<!doctype html><title>404</title>".into()), Err(LoadError::WrongFile), "an error page");
}

#[test]
fn a_file_of_the_wrong_shape_is_refused_even_with_a_matching_hash() {
    assert!(load_changed(|t| t.to_string()).is_ok(), "the file itself loads");
    let damaged = |r: Result<&[GuideText], LoadError>| matches!(r, Err(LoadError::Damaged(_)));
    assert!(damaged(load_changed(|t| t.replacen(HEADER, "MLT Fit guide file 2", 1))), "another format");
    assert!(damaged(load_changed(|t| t.replacen(" es\n", " fr\n", 1))), "another language's header");
    assert!(damaged(load_changed(|t| t.replacen("\n10\n", "\n9\n", 1))), "a section count that is not the guide's");
    assert!(damaged(load_changed(|t| t.replacen("\nwhat\n", "\nwhat_else\n", 1))), "sections not the guide's");
    assert!(damaged(load_changed(|t| t.replacen("\nC\n", "\nX\n", 1))), "an unknown block");
    assert!(damaged(load_changed(|t| t.replacen("\nend\n", "\n", 1))), "no end line");
    assert!(damaged(load_changed(|t| format!("{t}more\n"))), "something after the end");
}

#[test]
fn reading_never_panics_whatever_the_text() {
    let lines: Vec<&str> = text("es").split('\n').collect();
    for cut in 0..lines.len() {
        let _ = load_changed(|_| lines[..cut].join("\n"));
        let mut dropped = lines.clone();
        dropped.remove(cut);
        let _ = load_changed(|_| dropped.join("\n"));
    }
    for (i, _) in lines.iter().enumerate().filter(|(_, l)| l.parse::<usize>().is_ok() || l.starts_with("L ")) {
        for bad in ["18446744073709551615", "-1", "", "L 99999999999", "L -1"] {
            let mut changed = lines.clone();
            changed[i] = bad;
            assert!(load_changed(|_| changed.join("\n")).is_err(), "line {i} -> {bad}");
        }
    }
}
