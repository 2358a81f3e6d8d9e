//! MLT Fit's content compiler: checks the readable files of a career's content folder
//! (`content/`) and turns them into
//!
//! - `content.rs`: one value, `pub static CAREER: Career` (the model, item sets, related
//!   careers, salary facts and one `Locale` a language, as private statics) and the `Ui`
//!   struct of interface texts, which the app includes (`src/core/content.rs`), so the WASM
//!   ships no parser;
//! - `questionnaire.json`: the questionnaire and the results-link format, described for the
//!   end-to-end tests (`tests/e2e/helpers.mjs`).
//!
//! The app's `build.rs` calls [`compile`] for the app's career, and [`compile_career`] for a
//! second career (the test career in `tests/careers/dental-lab/`), which reuses the app's `Ui`
//! struct and takes every interface text it does not give from the app's. A broken rule stops
//! the build with one plain message naming the file (and line, for the guide), e.g.
//! `content/model.toml: item id `ws_detail` is used twice`.
//!
//! | module | purpose |
//! |---|---|
//! | [`schema`] | the TOML files' shapes (serde) |
//! | [`vocabulary`] | part kinds, areas, bands, link-format facts: defined once |
//! | [`guide`] | the Markdown guide → sections of plain-text blocks (pulldown-cmark) |
//! | [`message`] | `[ui]` messages: placeholders and plural forms |
//! | [`language_file`] | a language loaded on demand, as a file of one text a line |
//! | [`validate`] | every rule, with its message |
//! | [`emit`] | the Rust code |
//! | [`describe`] | the JSON description |
//! | [`keyed_texts`] | texts kept apart from `[ui]`, one `key = "text"` table a file, checked alike |
//! | [`class_texts`] | the class view's texts (`<lang>/class.toml`), emitted as Rust apart |
//! | [`embed_files`] | the embed help page (one a language) and loader, from `embed/` templates and `<lang>/embed.toml` |

pub mod class_texts;
pub mod describe;
pub mod embed_files;
pub mod emit;
pub mod guide;
pub mod guide_file;
pub mod keyed_texts;
pub mod language_file;
pub mod message;
pub mod schema;
pub mod validate;
pub mod vocabulary;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use schema::{
    parse, CareerUiFile, CareersFile, FactsFile, ItemSetsFile, LocaleCareersFile, LocaleItemsFile, LocaleUiFile,
    ModelFile,
};

/// A broken rule or an unreadable file: one plain message for the person editing content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(String);

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error(message.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// The text of every content file, read but not yet parsed.
#[derive(Clone, Debug)]
pub struct Sources {
    /// How messages name the content folder, e.g. `content`.
    pub dir: String,
    pub model: String,
    pub item_sets: String,
    pub careers: String,
    pub facts: String,
    /// One a language folder, English first, then by name.
    pub languages: Vec<LanguageSources>,
}

/// The files of one language folder.
#[derive(Clone, Debug)]
pub struct LanguageSources {
    pub lang: String,
    pub ui: String,
    pub items: String,
    pub careers: String,
    pub guide: String,
}

impl Sources {
    /// Reads every file of a content folder. Messages name files by `dir` as given.
    pub fn read(dir: &Path) -> Result<Sources, Error> {
        let label = dir.display().to_string();
        let read = |name: &str| -> Result<String, Error> {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|e| Error::new(format!("cannot read {}: {e}", path.display())))
        };
        let mut langs: Vec<String> = std::fs::read_dir(dir)
            .map_err(|e| Error::new(format!("cannot list {label}/: {e}")))?
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        langs.sort_by_key(|l| (l != "en", l.clone()));
        validate::languages(&label, &langs)?;
        let languages = langs
            .into_iter()
            .map(|lang| {
                Ok(LanguageSources {
                    ui: read(&format!("{lang}/ui.toml"))?,
                    items: read(&format!("{lang}/items.toml"))?,
                    careers: read(&format!("{lang}/careers.toml"))?,
                    guide: read(&format!("{lang}/guide.md"))?,
                    lang,
                })
            })
            .collect::<Result<_, Error>>()?;
        Ok(Sources {
            model: read("model.toml")?,
            item_sets: read("item_sets.toml")?,
            careers: read("careers.toml")?,
            facts: read("facts.toml")?,
            languages,
            dir: label,
        })
    }
}

/// The content, parsed and checked: what [`emit`] and [`describe`] write out.
#[derive(Debug)]
pub struct Content {
    /// How messages name the content folder, e.g. `content`.
    pub dir: String,
    pub model: ModelFile,
    pub sets: ItemSetsFile,
    pub careers: CareersFile,
    pub facts: FactsFile,
    /// Scale ids in the order the items first use them (`ItemSpec::scale` indexes this).
    pub scales: Vec<String>,
    /// English `[ui]` keys, sorted: the fields of the generated `Ui` struct.
    pub ui_keys: Vec<String>,
    /// The placeholders of each `[ui]` key, in English's order; a placeholder is a number
    /// when any language uses it as one.
    pub placeholders: BTreeMap<String, validate::Placeholders>,
    /// English first.
    pub locales: Vec<Locale>,
}

/// One language's texts, checked.
#[derive(Debug)]
pub struct Locale {
    pub lang: String,
    pub ui: LocaleUiFile,
    pub items: LocaleItemsFile,
    pub careers: LocaleCareersFile,
    pub guide: Vec<guide::Section>,
    /// For a second career: what its `ui.toml` left out and the app's gave (`[ui]` keys,
    /// `bands.<key>`, `job_zones`, `next_steps`), in that order.
    pub filled: Vec<String>,
}

/// The app's interface texts, which a second career's `ui.toml` only adds to.
struct AppTexts<'a> {
    /// The app's content folder as messages name it (`content`).
    dir: &'a str,
    ui_keys: &'a [String],
    placeholders: &'a BTreeMap<String, validate::Placeholders>,
    locales: &'a [Locale],
}

/// Parses and checks every file; the first broken rule is the error.
pub fn check(sources: &Sources) -> Result<Content, Error> {
    check_with(sources, None)
}

/// Parses and checks a second career's files, with the same rules as [`check`]. Its
/// `<lang>/ui.toml` holds only the texts whose words differ from the app's (`app`, checked):
/// every other `[ui]` key, band text, `job_zones` and `next_steps` is the app's, from
/// `<app dir>/<lang>/ui.toml`, and [`Locale::filled`] lists them.
pub fn check_career(sources: &Sources, app: &Content) -> Result<Content, Error> {
    let texts =
        AppTexts { dir: &app.dir, ui_keys: &app.ui_keys, placeholders: &app.placeholders, locales: &app.locales };
    check_with(sources, Some(&texts))
}

/// [`check`], for a second career with the app's texts to fill its `ui.toml` from.
fn check_with(sources: &Sources, app: Option<&AppTexts>) -> Result<Content, Error> {
    let dir = &sources.dir;
    let model: ModelFile = parse(&sources.model, &format!("{dir}/model.toml"))?;
    let sets: ItemSetsFile = parse(&sources.item_sets, &format!("{dir}/item_sets.toml"))?;
    let careers: CareersFile = parse(&sources.careers, &format!("{dir}/careers.toml"))?;
    let facts: FactsFile = parse(&sources.facts, &format!("{dir}/facts.toml"))?;
    validate::model(dir, &model, &sets, &careers, &facts)?;

    let mut scales: Vec<String> = Vec::new();
    for item in &model.item {
        if !scales.contains(&item.scale) {
            scales.push(item.scale.clone());
        }
    }

    // English first: it defines the [ui] keys every language must have.
    let mut languages: Vec<&LanguageSources> = sources.languages.iter().collect();
    languages.sort_by_key(|l| (l.lang != "en", l.lang.clone()));
    let langs: Vec<String> = languages.iter().map(|l| l.lang.clone()).collect();
    validate::languages(dir, &langs)?;
    let mut locales = Vec::new();
    let mut ui_keys: Vec<String> = app.map(|a| a.ui_keys.to_vec()).unwrap_or_default();
    let mut placeholders: BTreeMap<String, validate::Placeholders> =
        app.map(|a| a.placeholders.clone()).unwrap_or_default();
    let ui_keys_file = match app {
        Some(a) => format!("{}/en/ui.toml", a.dir),
        None => format!("{dir}/en/ui.toml"),
    };
    for source in languages {
        let lang = &source.lang;
        let ui_path = format!("{dir}/{lang}/ui.toml");
        let (ui, filled) = match app {
            None => (parse::<LocaleUiFile>(&source.ui, &ui_path)?, Vec::new()),
            Some(app) => fill_ui(parse::<CareerUiFile>(&source.ui, &ui_path)?, &ui_path, lang, app)?,
        };
        validate::language(&ui_path, lang, &ui.language)?;
        let first = locales.is_empty() && app.is_none();
        if first {
            ui_keys = ui.ui.keys().cloned().collect();
        }
        let items: LocaleItemsFile = parse(&source.items, &format!("{dir}/{lang}/items.toml"))?;
        let career_text: LocaleCareersFile = parse(&source.careers, &format!("{dir}/{lang}/careers.toml"))?;
        let guide_path = format!("{dir}/{lang}/guide.md");
        let guide = guide::parse(&source.guide, &guide_path, &ui.language.source_keyword)?;
        let expected = validate::Expected {
            ui_keys: &ui_keys,
            ui_keys_file: &ui_keys_file,
            model: &model,
            scales: &scales,
            careers: &careers,
        };
        validate::locale(dir, lang, &expected, &ui, &items, &career_text, &guide)?;
        let english = (!first).then_some((ui_keys_file.as_str(), &placeholders));
        let found = validate::messages(&ui_path, lang, &ui.ui, english)?;
        validate::plain_texts(dir, lang, &ui, &items, &career_text, &guide)?;
        if let Some(english) = locales.first().map(|l: &Locale| &l.guide) {
            validate::sources_cited(&guide_path, &ui_path, &ui.language.source_keyword, english, &guide)?;
        }
        if first {
            placeholders = found;
        } else {
            for (key, list) in found {
                for (name, number) in list {
                    let entry = placeholders.entry(key.clone()).or_default();
                    if let Some(p) = entry.iter_mut().find(|(n, _)| *n == name) {
                        p.1 |= number;
                    }
                }
            }
        }
        locales.push(Locale { lang: lang.clone(), ui, items, careers: career_text, guide, filled });
    }
    Ok(Content { dir: dir.clone(), model, sets, careers, facts, scales, ui_keys, placeholders, locales })
}

/// A second career's `ui.toml` completed from the app's texts in the same language, and
/// what was taken from the app.
fn fill_ui(own: CareerUiFile, ui_path: &str, lang: &str, app: &AppTexts) -> Result<(LocaleUiFile, Vec<String>), Error> {
    let base = app.locales.iter().find(|l| l.lang == lang).ok_or_else(|| {
        Error::new(format!(
            "{ui_path}: the app has no {}/{lang}/ui.toml to take the other interface texts from",
            app.dir
        ))
    })?;
    if let Some(extra) = own.ui.keys().find(|k| !app.ui_keys.contains(k)) {
        return Err(Error::new(format!("{ui_path}: [ui] key `{extra}` is not in {}/en/ui.toml", app.dir)));
    }
    if let Some(extra) = own.bands.keys().find(|k| !vocabulary::band_keys().contains(&k.as_str())) {
        return Err(Error::new(format!("{ui_path}: [bands.{extra}] is no band")));
    }
    let mut filled = Vec::new();
    let mut ui = own.ui;
    for (key, text) in &base.ui.ui {
        if !ui.contains_key(key) {
            ui.insert(key.clone(), text.clone());
            filled.push(key.clone());
        }
    }
    let mut bands = own.bands;
    for (key, text) in &base.ui.bands {
        if !bands.contains_key(key) {
            bands.insert(key.clone(), text.clone());
            filled.push(format!("bands.{key}"));
        }
    }
    let job_zones = own.job_zones.unwrap_or_else(|| {
        filled.push("job_zones".into());
        base.ui.job_zones.clone()
    });
    let next_steps = own.next_steps.unwrap_or_else(|| {
        filled.push("next_steps".into());
        base.ui.next_steps.clone()
    });
    let language = own.language.unwrap_or_else(|| {
        filled.push("language".into());
        base.ui.language.clone()
    });
    Ok((LocaleUiFile { language, ui, bands, job_zones, next_steps }, filled))
}

/// What [`compile`] wrote.
#[derive(Debug)]
pub struct Compiled {
    /// `<out_dir>/content.rs`
    pub rust: PathBuf,
    /// `<out_dir>/questionnaire.json`
    pub description: PathBuf,
    /// The files the app loads on demand, in `<out_dir>/lang/`: `lang-<tag>-<hash>.txt`, each
    /// language but the default; `guide-<tag>-<hash>.txt`, every language's guide texts.
    pub language_files: Vec<PathBuf>,
    /// `<out_dir>/pseudo-language.txt` and `<out_dir>/pseudo-guide.txt`: English with every
    /// text marked, for tests.
    pub pseudo: PathBuf,
    pub pseudo_guide: PathBuf,
}

impl Compiled {
    /// Copies `questionnaire.json` into `dir` and the language files into `dir/lang/`
    /// (created if needed, older language files removed), for readers that cannot find
    /// cargo's `OUT_DIR`: the end-to-end tests and the release build (`scripts/post-build`
    /// copies the files that `questionnaire.json` names into `dist/`). A file is replaced only
    /// when its text changes, and atomically, so parallel builds never leave half a file.
    pub fn publish_description(&self, dir: &Path) -> Result<PathBuf, Error> {
        let read =
            |p: &Path| std::fs::read_to_string(p).map_err(|e| Error::new(format!("cannot read {}: {e}", p.display())));
        let lang_dir = dir.join("lang");
        let names: Vec<String> =
            self.language_files.iter().filter_map(|p| p.file_name()?.to_str().map(String::from)).collect();
        for (path, name) in self.language_files.iter().zip(&names) {
            write_if_changed(&lang_dir.join(name), &read(path)?)?;
        }
        if let Ok(entries) = std::fs::read_dir(&lang_dir) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let ours = name.starts_with("lang-") || name.starts_with("guide-");
                if ours && name.ends_with(".txt") && !names.contains(&name) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        let target = dir.join("questionnaire.json");
        write_if_changed(&target, &read(&self.description)?)?;
        Ok(target)
    }
}

/// Reads, checks and compiles the content folder `content_dir` into `out_dir`
/// (`content.rs`, `questionnaire.json`, the language files and the pseudo-locale).
pub fn compile(content_dir: &Path, out_dir: &Path) -> Result<Compiled, Error> {
    let content = check(&Sources::read(content_dir)?)?;
    let rust = out_dir.join("content.rs");
    let description = out_dir.join("questionnaire.json");
    write_if_changed(&rust, &emit::rust(&content))?;
    write_if_changed(&description, &describe::json(&content))?;
    let mut language_files = Vec::new();
    for (lang, name, text) in emit::language_files(&content) {
        let path = out_dir.join("lang").join(name);
        write_if_changed(&path, &text)?;
        if lang != vocabulary::DEFAULT_LANGUAGE {
            language_files.push(path);
        }
    }
    for (_, name, text) in emit::guide_files(&content) {
        let path = out_dir.join("lang").join(name);
        write_if_changed(&path, &text)?;
        language_files.push(path);
    }
    let pseudo_locale = language_file::pseudo(&content);
    let pseudo = out_dir.join("pseudo-language.txt");
    write_if_changed(&pseudo, &language_file::write(&content, &pseudo_locale))?;
    let pseudo_guide = out_dir.join("pseudo-guide.txt");
    write_if_changed(&pseudo_guide, &guide_file::write(&pseudo_locale))?;
    Ok(Compiled { rust, description, language_files, pseudo, pseudo_guide })
}

/// Reads and checks a second career's content folder `career_dir` (same files and rules as
/// the app's) against the app's `app_content_dir`, and writes `out_file`: that career's
/// value, `pub static CAREER: Career`, using the app's `Ui` struct (no `Ui` of its own), and
/// its language files in a folder beside it named like it (`test_career/`). Its
/// `<lang>/ui.toml` needs only the texts whose words differ; the file says which texts came
/// from the app's `ui.toml`. Returns the checked career.
pub fn compile_career(career_dir: &Path, app_content_dir: &Path, out_file: &Path) -> Result<Content, Error> {
    let app = check(&Sources::read(app_content_dir)?)?;
    let career = check_career(&Sources::read(career_dir)?, &app)?;
    let stem = out_file.file_stem().and_then(|s| s.to_str()).unwrap_or("career").to_string();
    let dir = out_file.with_file_name(&stem);
    for (_, name, text) in emit::language_files(&career).into_iter().chain(emit::guide_files(&career)) {
        write_if_changed(&dir.join(name), &text)?;
    }
    write_if_changed(out_file, &emit::career_rust(&career, &app.dir, &stem))?;
    Ok(career)
}

pub(crate) fn write_if_changed(path: &Path, text: &str) -> Result<(), Error> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    let cannot = |e: std::io::Error| Error::new(format!("cannot write {}: {e}", path.display()));
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(cannot)?;
    }
    let temp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&temp, text).map_err(cannot)?;
    std::fs::rename(&temp, path).map_err(cannot)
}

#[cfg(test)]
pub(crate) mod testing {
    //! The real content folder, to break one thing at a time.
    use super::*;

    /// The repository's `content/`, labelled `content` as the app's build names it.
    pub fn real_sources() -> Sources {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let mut sources = Sources::read(&dir).expect("the real content is readable");
        sources.dir = "content".into();
        sources
    }

    /// `text` with `from` replaced by `to` exactly once (so a test breaks what it means to).
    pub fn replace_once(text: &str, from: &str, to: &str) -> String {
        assert_eq!(text.matches(from).count(), 1, "`{from}` occurs exactly once");
        text.replacen(from, to, 1)
    }

    /// The message the real content gives after `change`.
    pub fn error_after(change: impl FnOnce(&mut Sources)) -> String {
        let mut sources = real_sources();
        change(&mut sources);
        check(&sources).expect_err("the change breaks a rule").to_string()
    }

    /// English's files.
    pub fn en(sources: &mut Sources) -> &mut LanguageSources {
        &mut sources.languages[0]
    }

    /// Spanish's files.
    pub fn es(sources: &mut Sources) -> &mut LanguageSources {
        sources.languages.iter_mut().find(|l| l.lang == "es").expect("content/es/")
    }

    /// `text` with `from` replaced by `to` once, inside the `[[item]]` (or other `[[…]]`
    /// entry) whose `id = "<id>"` line it is.
    pub fn in_entry(text: &str, id: &str, from: &str, to: &str) -> String {
        let start = text.find(&format!("id = \"{id}\"\n")).unwrap_or_else(|| panic!("no entry `{id}`"));
        let end = text[start..].find("\n[").map_or(text.len(), |e| start + e);
        let entry = &text[start..end];
        assert!(entry.contains(from), "entry `{id}` has no `{from}`");
        format!("{}{}{}", &text[..start], entry.replacen(from, to, 1), &text[end..])
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("content-compiler-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn the_real_content_compiles() {
        let out = temp_dir("out");
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let compiled = compile(&content, &out).expect("content/ compiles");
        let rust = std::fs::read_to_string(&compiled.rust).unwrap();
        assert!(rust.starts_with("// Generated by content-compiler from "), "{}", &rust[..80]);
        assert!(rust.contains("/content/. Do not edit.\n"));
        assert!(rust.contains("pub struct Ui(pub [&'static str; "));
        assert!(rust.contains("\npub static CAREER: Career = Career {"));
        assert!(rust.contains("    default_text: include_str!(concat!(env!(\"OUT_DIR\"), \"/lang/lang-en-"));
        assert!(
            out.join("lang").read_dir().unwrap().count() == 4,
            "English and Spanish language files, and their guide files"
        );
        let json = std::fs::read_to_string(&compiled.description).unwrap();
        assert!(json.contains("\"item_set\": 2"), "{json}");

        let published = compiled.publish_description(&out.join("published")).unwrap();
        assert_eq!(std::fs::read_to_string(published).unwrap(), json);
        let _ = std::fs::remove_dir_all(&out);
    }

    #[test]
    fn the_real_content_has_ten_guide_sections_in_english_and_spanish() {
        let content = check(&real_sources()).unwrap();
        let langs: Vec<&str> = content.locales.iter().map(|l| l.lang.as_str()).collect();
        assert_eq!(langs, ["en", "es"]);
        let ids: Vec<&String> = content.locales[1].guide.iter().map(|s| &s.id).collect();
        assert_eq!(ids, content.model.guide.sections.iter().collect::<Vec<_>>());
        assert_eq!(content.model.guide.sections.len(), 10);
        let ids: Vec<&String> = content.locales[0].guide.iter().map(|s| &s.id).collect();
        assert_eq!(ids, content.model.guide.sections.iter().collect::<Vec<_>>());
        assert_eq!(content.scales, ["like", "agree"]);
        assert!(content.locales[0].filled.is_empty(), "the app's own texts are all its own");
    }

    /// The test career's folder, `tests/careers/dental-lab/`.
    fn dental_lab() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/careers/dental-lab")
    }

    fn app_content() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
    }

    #[test]
    fn compile_career_accepts_the_test_career_and_writes_only_its_value() {
        let out = temp_dir("career").join("test_career.rs");
        let career = compile_career(&dental_lab(), &app_content(), &out).expect("the test career compiles");
        assert_eq!(career.model.part.len(), 3);
        assert_eq!(career.model.guide.sections.len(), career.locales[0].guide.len());
        let rust = std::fs::read_to_string(&out).unwrap();
        assert!(!rust.contains("struct Ui"), "the app's Ui struct is reused");
        assert!(rust.contains("\npub static CAREER: Career = Career {"));
        let public = rust.lines().filter(|l| l.starts_with("pub ")).count();
        assert_eq!(public, 1, "one public value");
        // The texts the career's ui.toml leaves out come from the app's, and the file says so.
        let filled = &career.locales[0].filled;
        assert!(filled.contains(&"quiz_next".to_string()) && filled.contains(&"job_zones".to_string()), "{filled:?}");
        assert!(filled.contains(&"bands.unknown".to_string()), "{filled:?}");
        assert!(!filled.contains(&"app_title".to_string()) && !filled.contains(&"bands.strong".to_string()));
        assert!(!filled.contains(&"next_steps".to_string()), "its own next steps");
        assert!(rust.contains("/en/ui.toml are "), "{}", &rust[..300]);
        assert!(rust.contains("content/en/ui.toml's: "), "{}", &rust[..300]);
        let _ = std::fs::remove_dir_all(out.parent().unwrap());
    }

    /// The test career's sources, labelled as the app's build names them.
    fn dental_sources() -> Sources {
        let mut sources = Sources::read(&dental_lab()).expect("the test career is readable");
        sources.dir = "tests/careers/dental-lab".into();
        sources
    }

    fn app() -> Content {
        check(&real_sources()).unwrap()
    }

    #[test]
    fn compile_career_rejects_a_broken_copy_with_a_plain_message() {
        let dir = temp_dir("broken-career");
        for entry in ["model.toml", "item_sets.toml", "careers.toml", "facts.toml"] {
            std::fs::copy(dental_lab().join(entry), dir.join(entry)).unwrap();
        }
        std::fs::create_dir_all(dir.join("en")).unwrap();
        for entry in ["ui.toml", "items.toml", "careers.toml", "guide.md"] {
            std::fs::copy(dental_lab().join("en").join(entry), dir.join("en").join(entry)).unwrap();
        }
        let model = std::fs::read_to_string(dir.join("model.toml")).unwrap();
        std::fs::write(dir.join("model.toml"), replace_once(&model, "weight = 60", "weight = 65")).unwrap();
        let out = dir.join("out.rs");
        let err = compile_career(&dir, &app_content(), &out).unwrap_err().to_string();
        assert_eq!(err, format!("{}/model.toml: [[part]] weights must be 0 or more and add up to 100", dir.display()));
        assert!(!out.exists(), "nothing is written");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_career_ui_key_must_be_one_of_the_apps() {
        let mut sources = dental_sources();
        sources.languages[0].ui = replace_once(&sources.languages[0].ui, "[ui]\n", "[ui]\nhome_banner = \"Hi\"\n");
        let err = check_career(&sources, &app()).unwrap_err().to_string();
        assert_eq!(err, "tests/careers/dental-lab/en/ui.toml: [ui] key `home_banner` is not in content/en/ui.toml");
    }

    #[test]
    fn a_career_language_needs_the_apps_texts_in_that_language() {
        let mut sources = dental_sources();
        let fr = LanguageSources { lang: "fr".into(), ..sources.languages[0].clone() };
        sources.languages.push(fr);
        let err = check_career(&sources, &app()).unwrap_err().to_string();
        assert_eq!(
            err,
            "tests/careers/dental-lab/fr/ui.toml: the app has no content/fr/ui.toml to take the other interface texts from"
        );
    }

    #[test]
    fn a_career_checks_its_next_steps_against_its_own_guide() {
        // Without next steps of its own it takes the app's, which link to MLT guide sections.
        let mut sources = dental_sources();
        let ui = &sources.languages[0].ui;
        let start = ui.find("[[next_steps]]").expect("the test career has next steps");
        sources.languages[0].ui = ui[..start].to_string();
        let err = check_career(&sources, &app()).unwrap_err().to_string();
        assert_eq!(
            err,
            "tests/careers/dental-lab/en/ui.toml: next step guide `online` is not in [guide] sections of \
             tests/careers/dental-lab/model.toml"
        );
    }

    #[test]
    fn a_missing_file_is_named() {
        let dir = temp_dir("missing");
        std::fs::create_dir_all(dir.join("en")).unwrap();
        let err = Sources::read(&dir).unwrap_err().to_string();
        assert_eq!(err, format!("cannot read {}/en/ui.toml: No such file or directory (os error 2)", dir.display()));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn english_must_be_there() {
        let dir = temp_dir("no-en");
        std::fs::create_dir_all(dir.join("es")).unwrap();
        let err = Sources::read(&dir).unwrap_err().to_string();
        assert_eq!(err, format!("{}/en/ is missing: English defines every text key", dir.display()));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_language_without_a_plural_rule_is_told_where_to_add_one() {
        let err = error_after(|s| {
            let fr = LanguageSources { lang: "fr".into(), ..es(s).clone() };
            s.languages.push(fr);
        });
        assert_eq!(
            err,
            "content/fr/ui.toml: the app has no plural rule for `fr`: add its CLDR forms to PLURAL_FORMS in \
             content-compiler/src/vocabulary.rs and its rule to plural() in src/core/text.rs"
        );
    }

    #[test]
    fn a_second_language_compiles_after_english_whatever_the_order_and_is_loaded_on_demand() {
        let mut sources = real_sources();
        sources.languages.reverse();
        assert_eq!(sources.languages[0].lang, "es");
        let content = check(&sources).unwrap();
        let langs: Vec<&str> = content.locales.iter().map(|l| l.lang.as_str()).collect();
        assert_eq!(langs, ["en", "es"]);
        let rust = emit::rust(&content);
        let file = language_file::write(&content, &content.locales[1]);
        assert!(
            rust.contains(&format!("file: Some({:?})", language_file::file_name("es", &file))),
            "the file is named"
        );
    }

    #[test]
    fn compile_writes_the_language_files_and_publishes_them() {
        let out = temp_dir("languages");
        let compiled = compile(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"), &out).unwrap();
        let mut names: Vec<String> =
            compiled.language_files.iter().map(|p| p.file_name().unwrap().to_str().unwrap().to_string()).collect();
        names.sort();
        assert_eq!(names.len(), 3, "Spanish's language file, and both guide files: {names:?}");
        assert!(names[0].starts_with("guide-en-") && names[1].starts_with("guide-es-"), "{names:?}");
        assert!(names[2].starts_with("lang-es-") && names[2].ends_with(".txt"), "{names:?}");
        let published = out.join("published");
        std::fs::create_dir_all(published.join("lang")).unwrap();
        std::fs::write(published.join("lang/lang-es-0000000000000000.txt"), "old").unwrap();
        std::fs::write(published.join("lang/guide-es-0000000000000000.txt"), "old").unwrap();
        compiled.publish_description(&published).unwrap();
        let mut files: Vec<String> = std::fs::read_dir(published.join("lang"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        assert_eq!(files, names, "the older files are gone");
        let json = std::fs::read_to_string(published.join("questionnaire.json")).unwrap();
        for name in &names {
            assert!(json.contains(name.as_str()), "questionnaire.json names {name}");
        }
        assert!(std::fs::read_to_string(&compiled.pseudo_guide).unwrap().contains("⟦"));
        assert!(std::fs::read_to_string(&compiled.pseudo).unwrap().contains("⟦"));
        let _ = std::fs::remove_dir_all(&out);
    }

    #[test]
    fn a_second_language_needs_every_ui_key_of_english() {
        let err = error_after(|s| es(s).ui = replace_once(&es(s).ui, "\nhome_take_quiz = ", "\nhome_take_the_quiz = "));
        assert_eq!(err, "content/es/ui.toml: [ui] is missing `home_take_quiz`");
    }

    #[test]
    fn a_second_language_may_not_add_ui_keys() {
        let err =
            error_after(|s| es(s).ui = replace_once(&es(s).ui, "\nnav_quiz = ", "\nnav_extra = \"Más\"\nnav_quiz = "));
        assert_eq!(err, "content/es/ui.toml: [ui] key `nav_extra` is not in content/en/ui.toml");
    }

    #[test]
    fn unchanged_files_are_not_rewritten() {
        let dir = temp_dir("unchanged");
        let path = dir.join("a.txt");
        write_if_changed(&path, "one").unwrap();
        let before = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        write_if_changed(&path, "one").unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), before);
        write_if_changed(&path, "two").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
