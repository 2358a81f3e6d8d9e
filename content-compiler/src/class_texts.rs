//! The class view's texts: `<lang>/class.toml`, one `[class]` table a language, compiled into
//! `class_texts.rs` (a `ClassUi` struct, one field a key, and `CLASS_UI`, one value a
//! language). Apart from the career's `Ui` on purpose: only the class view's code, which
//! the app loads on demand, names `CLASS_UI`, so a student's download holds none of it.
//!
//! Rules, each with a plain message: English defines the keys; every language folder has the
//! file, with exactly those keys, no empty text, and the same `{placeholders}` in each text
//! as English (a translation that drops `{count}` would show a sentence without its number).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use crate::emit::{static_item, Code};
use crate::schema::parse;
use crate::Error;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassFile {
    class: BTreeMap<String, String>,
}

/// One language's texts, checked: `(key, text)` in key order.
#[derive(Debug, PartialEq, Eq)]
pub struct ClassTexts {
    pub lang: String,
    pub texts: BTreeMap<String, String>,
}

/// Checks `(lang, file text)` pairs, English among them; `dir` names the content folder in
/// messages.
pub fn check(dir: &str, sources: &[(String, String)]) -> Result<Vec<ClassTexts>, Error> {
    let mut sorted: Vec<&(String, String)> = sources.iter().collect();
    sorted.sort_by_key(|(lang, _)| (lang != "en", lang.clone()));
    let Some((first, _)) = sorted.first() else {
        return Err(Error::new(format!(
            "{dir}/en/class.toml is missing: English defines the class view's texts"
        )));
    };
    if first != "en" {
        return Err(Error::new(format!(
            "{dir}/en/class.toml is missing: English defines the class view's texts"
        )));
    }
    let mut out: Vec<ClassTexts> = Vec::new();
    for (lang, source) in sorted {
        let path = format!("{dir}/{lang}/class.toml");
        let file: ClassFile = parse(source, &path)?;
        if let Some((key, _)) = file.class.iter().find(|(_, text)| text.trim().is_empty()) {
            return Err(Error::new(format!("{path}: [class] `{key}` is empty")));
        }
        if let Some(key) = file.class.keys().find(|k| !is_field_name(k)) {
            return Err(Error::new(format!(
                "{path}: [class] key `{key}` must be lower-case letters, digits and underscores, starting with a letter"
            )));
        }
        if let Some(english) = out.first() {
            if let Some(key) = english.texts.keys().find(|k| !file.class.contains_key(*k)) {
                return Err(Error::new(format!(
                    "{path}: [class] `{key}` is missing (it is in {dir}/en/class.toml)"
                )));
            }
            if let Some(key) = file.class.keys().find(|k| !english.texts.contains_key(*k)) {
                return Err(Error::new(format!(
                    "{path}: [class] `{key}` is not in {dir}/en/class.toml"
                )));
            }
            for (key, text) in &file.class {
                let want = placeholders(&english.texts[key]);
                let got = placeholders(text);
                if want != got {
                    return Err(Error::new(format!(
                        "{path}: [class] `{key}` has the placeholders {} but English has {}",
                        list(&got),
                        list(&want)
                    )));
                }
            }
        }
        out.push(ClassTexts {
            lang: lang.clone(),
            texts: file.class,
        });
    }
    Ok(out)
}

/// The `{name}` placeholders of a text.
pub fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if is_field_name(&after[..close]) => {
                found.insert(after[..close].to_string());
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    found
}

fn list(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        return "none".into();
    }
    set.iter()
        .map(|p| format!("{{{p}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn is_field_name(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The Rust code: the `ClassUi` struct and `CLASS_UI`, English first.
pub fn rust(dir: &str, languages: &[ClassTexts]) -> String {
    let keys: Vec<&String> = languages
        .first()
        .map(|l| l.texts.keys().collect())
        .unwrap_or_default();
    let fields: String = keys
        .iter()
        .map(|k| format!("    pub {k}: &'static str,\n"))
        .collect();
    let values = Code::array(languages.iter().map(|l| {
        Code::Atom(format!(
            "({:?}, {})",
            l.lang,
            Code::strukt(
                "ClassUi",
                l.texts.iter().map(|(k, v)| (k.clone(), Code::str(v)))
            )
            .render(4, 12)
        ))
    }));
    format!(
        "// Generated by content-compiler from {dir}/<lang>/class.toml. Do not edit.\n\n\
         /// The class view's text; one field a key of `[class]` in {dir}/en/class.toml.\n\
         #[derive(Debug)]\npub struct ClassUi {{\n{fields}}}\n\n{}",
        static_item(
            "CLASS_UI",
            &format!("[(&str, ClassUi); {}]", languages.len()),
            &values
        )
    )
}

/// Reads `<content_dir>/<lang>/class.toml` for every language folder, checks them and writes
/// `out_file`.
pub fn compile(content_dir: &Path, out_file: &Path) -> Result<(), Error> {
    let dir = content_dir.display().to_string();
    let mut sources = Vec::new();
    let entries = std::fs::read_dir(content_dir)
        .map_err(|e| Error::new(format!("cannot list {dir}/: {e}")))?;
    for entry in entries.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()) {
        let Ok(lang) = entry.file_name().into_string() else {
            continue;
        };
        let path = entry.path().join("class.toml");
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Error::new(format!(
                "cannot read {dir}/{lang}/class.toml: {e} (every language needs one)"
            ))
        })?;
        sources.push((lang, text));
    }
    let checked = check(&dir, &sources)?;
    crate::write_if_changed(out_file, &rust(&dir, &checked))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(lang: &str, body: &str) -> (String, String) {
        (lang.to_string(), format!("[class]\n{body}"))
    }

    fn error(sources: &[(String, String)]) -> String {
        match check("content", sources) {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn finds_placeholders_and_ignores_other_braces() {
        let got = placeholders("{count} of {total}, {not a name} {} {x");
        assert_eq!(got.into_iter().collect::<Vec<_>>(), ["count", "total"]);
    }

    #[test]
    fn accepts_matching_languages_english_first() {
        let out = check(
            "content",
            &[
                src("es", "a = \"{n} alumnos\"\nb = \"Hola\""),
                src("en", "a = \"{n} students\"\nb = \"Hello\""),
            ],
        );
        let out = out.expect("valid");
        assert_eq!(
            out.iter().map(|l| l.lang.as_str()).collect::<Vec<_>>(),
            ["en", "es"]
        );
    }

    #[test]
    fn a_missing_key_names_the_file_and_key() {
        let message = error(&[src("en", "a = \"A\"\nb = \"B\""), src("es", "a = \"A\"")]);
        assert_eq!(
            message,
            "content/es/class.toml: [class] `b` is missing (it is in content/en/class.toml)"
        );
    }

    #[test]
    fn an_extra_key_is_refused() {
        let message = error(&[src("en", "a = \"A\""), src("es", "a = \"A\"\nz = \"Z\"")]);
        assert_eq!(
            message,
            "content/es/class.toml: [class] `z` is not in content/en/class.toml"
        );
    }

    #[test]
    fn a_dropped_or_renamed_placeholder_is_refused() {
        let message = error(&[
            src("en", "a = \"{count} read\""),
            src("es", "a = \"leídas: {cuenta}\""),
        ]);
        assert_eq!(message, "content/es/class.toml: [class] `a` has the placeholders {cuenta} but English has {count}");
        let message = error(&[
            src("en", "a = \"{count} read\""),
            src("es", "a = \"leídas\""),
        ]);
        assert!(
            message.ends_with("has the placeholders none but English has {count}"),
            "{message}"
        );
    }

    #[test]
    fn empty_text_bad_keys_and_no_english_are_refused() {
        assert_eq!(
            error(&[src("en", "a = \" \"")]),
            "content/en/class.toml: [class] `a` is empty"
        );
        assert!(error(&[src("en", "Bad-Key = \"x\"")]).contains("key `Bad-Key` must be lower-case"));
        assert!(error(&[src("es", "a = \"x\"")]).contains("content/en/class.toml is missing"));
        assert!(error(&[]).contains("content/en/class.toml is missing"));
    }

    #[test]
    fn emits_a_struct_and_one_value_a_language() {
        let checked = check(
            "content",
            &[
                src("en", "b = \"B\"\na = \"A\""),
                src("es", "a = \"Á\"\nb = \"Be\""),
            ],
        )
        .expect("valid");
        let rust = rust("content", &checked);
        assert!(
            rust.contains(
                "pub struct ClassUi {\n    pub a: &'static str,\n    pub b: &'static str,\n}"
            ),
            "{rust}"
        );
        assert!(
            rust.contains("pub static CLASS_UI: [(&str, ClassUi); 2] = "),
            "{rust}"
        );
        assert!(
            rust.contains("(\"en\", ClassUi { a: \"A\", b: \"B\" })"),
            "{rust}"
        );
        assert!(
            rust.contains("(\"es\", ClassUi { a: \"Á\", b: \"Be\" })"),
            "{rust}"
        );
    }

    #[test]
    fn the_app_class_texts_compile() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let out = std::env::temp_dir().join(format!("class_texts_{}.rs", std::process::id()));
        compile(&dir, &out).expect("content/*/class.toml is valid");
        let _ = std::fs::remove_file(out);
    }
}
