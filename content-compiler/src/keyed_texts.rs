//! Texts kept apart from the career's `[ui]`, one `<lang>/<file>` a language with one table of
//! `key = "text"`: the class view's (`class.toml`, compiled into Rust) and the embed help
//! page's (`embed.toml`, compiled into HTML pages). Both are checked the same way here.
//!
//! Rules, each with a plain message: English defines the keys; every language folder has the
//! file, with exactly those keys, no empty text, and the same `{placeholders}` in each text
//! as English (a translation that drops `{count}` would show a sentence without its number).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::schema::parse;
use crate::vocabulary::is_field_name;
use crate::Error;

/// Which file of a language folder, and the one table it holds.
#[derive(Debug, Clone, Copy)]
pub struct TextFile {
    /// e.g. `class.toml`
    pub file: &'static str,
    /// e.g. `class` for `[class]`
    pub table: &'static str,
}

/// One language's texts, checked: `(key, text)` in key order.
#[derive(Debug, PartialEq, Eq)]
pub struct Texts {
    pub lang: String,
    pub texts: BTreeMap<String, String>,
}

impl TextFile {
    /// Checks `(lang, file text)` pairs, English among them; returns English first, then the
    /// others by language code. `dir` names the content folder in messages.
    pub fn check(&self, dir: &str, sources: &[(String, String)]) -> Result<Vec<Texts>, Error> {
        let TextFile { file, table } = *self;
        let mut sorted: Vec<&(String, String)> = sources.iter().collect();
        sorted.sort_by_key(|(lang, _)| (lang != "en", lang.clone()));
        if sorted.first().is_none_or(|(lang, _)| lang != "en") {
            return Err(Error::new(format!("{dir}/en/{file} is missing: English defines these texts")));
        }
        let mut out: Vec<Texts> = Vec::new();
        for (lang, source) in sorted {
            let path = format!("{dir}/{lang}/{file}");
            let mut tables: BTreeMap<String, BTreeMap<String, String>> = parse(source, &path)?;
            let texts =
                tables.remove(table).ok_or_else(|| Error::new(format!("{path}: the [{table}] table is missing")))?;
            if let Some(other) = tables.keys().next() {
                return Err(Error::new(format!("{path}: only [{table}] belongs in this file, not [{other}]")));
            }
            if let Some((key, _)) = texts.iter().find(|(_, text)| text.trim().is_empty()) {
                return Err(Error::new(format!("{path}: [{table}] `{key}` is empty")));
            }
            if let Some(key) = texts.keys().find(|k| !is_field_name(k)) {
                return Err(Error::new(format!(
                    "{path}: [{table}] key `{key}` must be lower-case letters, digits and underscores, starting with a letter"
                )));
            }
            if let Some(english) = out.first() {
                if let Some(key) = english.texts.keys().find(|k| !texts.contains_key(*k)) {
                    return Err(Error::new(format!("{path}: [{table}] `{key}` is missing (it is in {dir}/en/{file})")));
                }
                if let Some(key) = texts.keys().find(|k| !english.texts.contains_key(*k)) {
                    return Err(Error::new(format!("{path}: [{table}] `{key}` is not in {dir}/en/{file}")));
                }
                for (key, text) in &texts {
                    let want = placeholders(&english.texts[key]);
                    let got = placeholders(text);
                    if want != got {
                        return Err(Error::new(format!(
                            "{path}: [{table}] `{key}` has the placeholders {} but English has {}",
                            list(&got),
                            list(&want)
                        )));
                    }
                }
            }
            out.push(Texts { lang: lang.clone(), texts });
        }
        Ok(out)
    }

    /// Reads `<content_dir>/<lang>/<file>` for every language folder and checks them.
    pub fn read(&self, content_dir: &Path) -> Result<Vec<Texts>, Error> {
        let dir = content_dir.display().to_string();
        let mut sources = Vec::new();
        let entries = std::fs::read_dir(content_dir).map_err(|e| Error::new(format!("cannot list {dir}/: {e}")))?;
        for entry in entries.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()) {
            let Ok(lang) = entry.file_name().into_string() else {
                continue;
            };
            let text = std::fs::read_to_string(entry.path().join(self.file)).map_err(|e| {
                Error::new(format!("cannot read {dir}/{lang}/{}: {e} (every language needs one)", self.file))
            })?;
            sources.push((lang, text));
        }
        self.check(&dir, &sources)
    }
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
    set.iter().map(|p| format!("{{{p}}}")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLASS: TextFile = TextFile { file: "class.toml", table: "class" };

    fn src(lang: &str, body: &str) -> (String, String) {
        (lang.to_string(), format!("[class]\n{body}"))
    }

    fn error(sources: &[(String, String)]) -> String {
        match CLASS.check("content", sources) {
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
        let out = CLASS
            .check(
                "content",
                &[src("es", "a = \"{n} alumnos\"\nb = \"Hola\""), src("en", "a = \"{n} students\"\nb = \"Hello\"")],
            )
            .expect("valid");
        assert_eq!(out.iter().map(|l| l.lang.as_str()).collect::<Vec<_>>(), ["en", "es"]);
    }

    #[test]
    fn a_missing_key_names_the_file_and_key() {
        let message = error(&[src("en", "a = \"A\"\nb = \"B\""), src("es", "a = \"A\"")]);
        assert_eq!(message, "content/es/class.toml: [class] `b` is missing (it is in content/en/class.toml)");
    }

    #[test]
    fn an_extra_key_is_refused() {
        let message = error(&[src("en", "a = \"A\""), src("es", "a = \"A\"\nz = \"Z\"")]);
        assert_eq!(message, "content/es/class.toml: [class] `z` is not in content/en/class.toml");
    }

    #[test]
    fn a_dropped_or_renamed_placeholder_is_refused() {
        let message = error(&[src("en", "a = \"{count} read\""), src("es", "a = \"leídas: {cuenta}\"")]);
        assert_eq!(message, "content/es/class.toml: [class] `a` has the placeholders {cuenta} but English has {count}");
        let message = error(&[src("en", "a = \"{count} read\""), src("es", "a = \"leídas\"")]);
        assert!(message.ends_with("has the placeholders none but English has {count}"), "{message}");
    }

    #[test]
    fn empty_text_bad_keys_wrong_tables_and_no_english_are_refused() {
        assert_eq!(error(&[src("en", "a = \" \"")]), "content/en/class.toml: [class] `a` is empty");
        assert!(error(&[src("en", "Bad-Key = \"x\"")]).contains("key `Bad-Key` must be lower-case"));
        assert!(error(&[src("es", "a = \"x\"")]).contains("content/en/class.toml is missing"));
        assert!(error(&[]).contains("content/en/class.toml is missing"));
        let wrong = [("en".to_string(), "[klass]\na = \"x\"".to_string())];
        assert_eq!(error(&wrong), "content/en/class.toml: the [class] table is missing");
        let extra = [("en".to_string(), "[class]\na = \"x\"\n[more]\nb = \"y\"".to_string())];
        assert_eq!(error(&extra), "content/en/class.toml: only [class] belongs in this file, not [more]");
    }
}
