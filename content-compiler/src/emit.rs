//! The Rust code the app includes (`$OUT_DIR/content.rs`, see `src/core/content.rs`): one
//! career value, `pub static CAREER: Career`, built from private statics (`MODEL`,
//! `ITEM_SETS`, `CAREERS`, `SALARY`, `LANGUAGES`) and its language files (`language_file`:
//! the default language's compiled in with `include_str!`, the others fetched on demand),
//! and, for the app only, the `Ui` struct of interface texts and the `args` structs.
//!
//! Every static is first built as a tree of [`Code`] values (struct literals, arrays,
//! slices, calls, literals), one small function per type of the app, and then laid out by
//! one printer: a value that fits on its line stays on it, a longer one gets one line per
//! field or element. The types and field names are the app's (`src/core/model.rs` and
//! `src/core/content.rs`); a mismatch fails the app's build, not this crate's.

use crate::schema::{CareerFile, ItemFile, ObstacleFile, PartFile};
use crate::validate::Placeholders;
use crate::vocabulary::{part_kind_variant, AREAS, DEFAULT_LANGUAGE};
use crate::{guide_file, language_file};
use crate::{Content, Locale};

/// Lines longer than this are broken up where the code allows (strings never are): wide
/// enough for one item, career or obstacle a line, as the file is mostly read in diffs.
const WIDTH: usize = 200;
const INDENT: usize = 4;

/// A Rust expression, to be laid out by [`Code::render`].
#[derive(Clone, Debug, PartialEq)]
pub enum Code {
    /// Written as is: `1.0`, `"text"`, `Part::Interest`, `None`.
    Atom(String),
    /// `Name { field: value, … }`
    Struct { name: String, fields: Vec<(String, Code)> },
    /// `[a, b]`, or `&[a, b]` when `borrowed`.
    List { borrowed: bool, items: Vec<Code> },
    /// `Name(a, b)`, e.g. `Some(0)` or `Block::Paragraph("…")`.
    Call { name: String, args: Vec<Code> },
}

impl Code {
    /// A string literal (`{:?}` writes valid Rust, escapes included).
    pub fn str(s: &str) -> Code {
        Code::Atom(format!("{s:?}"))
    }

    /// An integer or bool literal.
    pub fn num(v: impl std::fmt::Display) -> Code {
        Code::Atom(v.to_string())
    }

    /// A float literal that stays a float (`75.0`, not `75`).
    pub fn float(v: f64) -> Code {
        Code::Atom(format!("{v:?}"))
    }

    /// `Type::Variant`
    pub fn path(ty: &str, variant: &str) -> Code {
        Code::Atom(format!("{ty}::{variant}"))
    }

    pub fn option(v: Option<Code>) -> Code {
        match v {
            Some(v) => Code::call("Some", vec![v]),
            None => Code::Atom("None".into()),
        }
    }

    pub fn call(name: &str, args: Vec<Code>) -> Code {
        Code::Call { name: name.into(), args }
    }

    pub fn strukt<S: Into<String>>(name: &str, fields: impl IntoIterator<Item = (S, Code)>) -> Code {
        Code::Struct { name: name.into(), fields: fields.into_iter().map(|(k, v)| (k.into(), v)).collect() }
    }

    /// `[a, b]`: a fixed-size array.
    pub fn array(items: impl IntoIterator<Item = Code>) -> Code {
        Code::List { borrowed: false, items: items.into_iter().collect() }
    }

    /// `&[a, b]`: a static slice.
    pub fn slice(items: impl IntoIterator<Item = Code>) -> Code {
        Code::List { borrowed: true, items: items.into_iter().collect() }
    }

    /// A slice or array of string literals.
    pub fn strs<S: AsRef<str>>(borrowed: bool, items: impl IntoIterator<Item = S>) -> Code {
        Code::List { borrowed, items: items.into_iter().map(|s| Code::str(s.as_ref())).collect() }
    }

    /// The code on one line.
    pub fn flat(&self) -> String {
        match self {
            Code::Atom(a) => a.clone(),
            Code::Struct { name, fields } if fields.is_empty() => format!("{name} {{}}"),
            Code::Struct { name, fields } => {
                let fields: Vec<String> = fields.iter().map(|(k, v)| format!("{k}: {}", v.flat())).collect();
                format!("{name} {{ {} }}", fields.join(", "))
            }
            Code::List { borrowed, items } => {
                let items: Vec<String> = items.iter().map(Code::flat).collect();
                format!("{}[{}]", if *borrowed { "&" } else { "" }, items.join(", "))
            }
            Code::Call { name, args } => {
                let args: Vec<String> = args.iter().map(Code::flat).collect();
                format!("{name}({})", args.join(", "))
            }
        }
    }

    /// The code laid out for a line indented by `indent` on which it starts at `column`.
    /// A list of several structs always gets one line per struct, like a table.
    pub fn render(&self, indent: usize, column: usize) -> String {
        let flat = self.flat();
        let table = matches!(self, Code::List { items, .. } if items.len() > 1 && items.iter().any(|i| matches!(i, Code::Struct { .. })));
        if column + flat.len() <= WIDTH && !table {
            return flat;
        }
        let inner = indent + INDENT;
        let pad = " ".repeat(inner);
        match self {
            Code::Atom(_) => flat,
            Code::Struct { name, fields } => {
                let mut out = format!("{name} {{\n");
                for (k, v) in fields {
                    let value = v.render(inner, inner + k.len() + 2);
                    out.push_str(&format!("{pad}{k}: {value},\n"));
                }
                out + &" ".repeat(indent) + "}"
            }
            Code::List { borrowed, items } => {
                let mut out = format!("{}[\n", if *borrowed { "&" } else { "" });
                for item in items {
                    out.push_str(&format!("{pad}{},\n", item.render(inner, inner)));
                }
                out + &" ".repeat(indent) + "]"
            }
            Code::Call { name, args } => {
                let column = column + name.len() + 1;
                let args: Vec<String> = args.iter().map(|a| a.render(indent, column)).collect();
                format!("{name}({})", args.join(", "))
            }
        }
    }
}

/// `pub static NAME: Type = value;`
pub fn static_item(name: &str, ty: &str, value: &Code) -> String {
    format!("pub {}", private_static(name, ty, value))
}

/// `static NAME: Type = value;`: a part of the career value, named only by it.
pub fn private_static(name: &str, ty: &str, value: &Code) -> String {
    let head = format!("static {name}: {ty} = ");
    format!("{head}{};\n", value.render(0, head.len()))
}

/// The app's generated file: its career value, the `Ui` struct and its messages' argument
/// structs. Its language files are in `$OUT_DIR/lang/` ([`language_files`]).
pub fn rust(content: &Content) -> String {
    let mut out = format!("// Generated by content-compiler from {}/. Do not edit.\n", content.dir);
    out.push('\n');
    out.push_str(&ui_struct(&content.ui_keys, &content.placeholders));
    out.push('\n');
    out.push_str(&args_module(&content.ui_keys, &content.placeholders));
    out + &career_statics(content, "lang")
}

/// A second career's generated file: its career value only (the app's `Ui` struct is in
/// scope), saying which texts came from the app's `<app_dir>/<lang>/ui.toml`.
pub fn career_rust(content: &Content, app_dir: &str, files_dir: &str) -> String {
    let mut out = format!("// Generated by content-compiler from {}/. Do not edit.\n", content.dir);
    for locale in &content.locales {
        let lang = &locale.lang;
        if locale.filled.is_empty() {
            continue;
        }
        let line = format!(
            "// {} texts not in {}/{lang}/ui.toml are {app_dir}/{lang}/ui.toml's: {}.",
            locale.filled.len(),
            content.dir,
            locale.filled.join(", ")
        );
        out.push_str(&wrap_comment(&line));
    }
    out + &career_statics(content, files_dir)
}

/// A long `// ` comment line broken at spaces to fit [`WIDTH`].
fn wrap_comment(line: &str) -> String {
    let mut out = String::new();
    let mut current = String::new();
    for word in line.trim_start_matches("// ").split(' ') {
        if !current.is_empty() && 3 + current.len() + 1 + word.len() > WIDTH {
            out.push_str(&format!("// {current}\n"));
            current.clear();
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    out + &format!("// {current}\n")
}

/// `include_str!` of a language file of this career, written by the compiler into
/// `$OUT_DIR/<files_dir>/`.
fn include_file(files_dir: &str, name: &str) -> Code {
    Code::Atom(format!("include_str!(concat!(env!(\"OUT_DIR\"), \"/{files_dir}/{name}\"))"))
}

/// One file a language of a career, written by `write` and named by `file_name`:
/// (lang, file name, text), the default first.
fn files_a_language(
    content: &Content,
    write: impl Fn(&Locale) -> String,
    file_name: fn(&str, &str) -> String,
) -> Vec<(String, String, String)> {
    content
        .locales
        .iter()
        .map(|locale| {
            let text = write(locale);
            (locale.lang.clone(), file_name(&locale.lang, &text), text)
        })
        .collect()
}

/// Every language file of a career (`language_file`).
pub fn language_files(content: &Content) -> Vec<(String, String, String)> {
    files_a_language(content, |locale| language_file::write(content, locale), language_file::file_name)
}

/// Every guide file of a career (`guide_file`).
pub fn guide_files(content: &Content) -> Vec<(String, String, String)> {
    files_a_language(content, guide_file::write, guide_file::file_name)
}

/// The parts of the career value as private statics, then `pub static CAREER: Career`.
/// Every language is a language file (`language_file`): the default (English) is compiled
/// in as its text (`default_text`, read once on first use), the others are fetched on
/// demand; natively they are compiled in too (`other_texts`), for tests.
fn career_statics(content: &Content, files_dir: &str) -> String {
    let mut out = String::new();
    let mut add = |code: String| {
        out.push('\n');
        out.push_str(&code);
    };
    add(private_static("MODEL", "Model", &model(content)));
    add(private_static("ITEM_SETS", "&[ItemSet<'static>]", &item_sets(content)));
    add(private_static(
        "CAREERS",
        "&[CareerSpec]",
        &Code::slice(content.careers.career.iter().map(|c| career(content, c))),
    ));
    add(private_static("SALARY", "SalaryFacts", &salary(content)));
    let files = language_files(content);
    let guides = guide_files(content);
    let mut languages = Vec::new();
    let mut others = Vec::new();
    let mut guide_texts = Vec::new();
    for ((locale, (lang, name, text)), (_, guide_name, guide_text)) in content.locales.iter().zip(&files).zip(&guides) {
        let default = locale.lang == DEFAULT_LANGUAGE;
        let language = &locale.ui.language;
        languages.push(Code::strukt(
            "LanguageEntry",
            [
                ("lang", Code::str(lang)),
                ("name", Code::str(&language.name)),
                ("file", Code::option((!default).then(|| Code::str(name)))),
                ("hash", Code::Atom(format!("{:#018x}", language_file::hash(text)))),
                ("guide_file", Code::str(guide_name)),
                ("guide_hash", Code::Atom(format!("{:#018x}", language_file::hash(guide_text)))),
                ("unavailable", Code::str(language.unavailable.as_deref().unwrap_or(""))),
            ],
        ));
        guide_texts.push(Code::call("", vec![Code::str(lang), include_file(files_dir, guide_name)]));
        if !default {
            others.push(Code::call("", vec![Code::str(lang), include_file(files_dir, name)]));
        }
    }
    add(private_static("LANGUAGES", "&[LanguageEntry]", &Code::slice(languages)));
    add(format!(
        "/// The languages loaded on demand, compiled in natively only (for tests).\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n{}",
        private_static("OTHER_TEXTS", "&[(&str, &str)]", &Code::slice(others))
    ));
    add(format!(
        "/// Every language's guide file, compiled in natively only (for tests).\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n{}",
        private_static("GUIDE_TEXTS", "&[(&str, &str)]", &Code::slice(guide_texts))
    ));
    let default_file = &files[0].1;
    let value = format!(
        "Career {{\n    model: &MODEL,\n    item_sets: ITEM_SETS,\n    related: CAREERS,\n    salary: &SALARY,\n    \
         default_text: {},\n    default: OnceLock::new(),\n    languages: LANGUAGES,\n    \
         #[cfg(not(target_arch = \"wasm32\"))]\n    other_texts: OTHER_TEXTS,\n    \
         #[cfg(not(target_arch = \"wasm32\"))]\n    others: OnceLock::new(),\n    \
         #[cfg(not(target_arch = \"wasm32\"))]\n    guide_texts: GUIDE_TEXTS,\n}}",
        include_file(files_dir, default_file).flat()
    );
    add(format!("/// Everything compiled in for this career, as one value.\npub static CAREER: Career = {value};\n"));
    out
}

/// `home_facts` → `HomeFacts`: the argument struct of a message.
pub fn args_name(key: &str) -> String {
    key.split('_').filter(|w| !w.is_empty()).map(|w| w[..1].to_uppercase() + &w[1..]).collect()
}

/// The type of a `[ui]` field: `&'static str`, or `Message<args::X>` for a message with
/// placeholders (`args::X<'static>` when it has text placeholders).
fn ui_field_type(key: &str, placeholders: &[(String, bool)]) -> String {
    if placeholders.is_empty() {
        return "&'static str".into();
    }
    let lifetime = if placeholders.iter().any(|(_, number)| !number) { "<'static>" } else { "" };
    format!("Message<args::{}{lifetime}>", args_name(key))
}

/// The `Ui` struct: the texts of English `[ui]`'s keys, in key order, as one array (so a
/// language file's texts are a `Ui` as they are), with one method a key: `ui.quiz_next()`
/// for a text, `ui.home_facts()` for a message with placeholders (a `Message` filled with its
/// `args` struct, `Locale::fill`). Also which texts are messages, with their placeholders.
pub fn ui_struct(keys: &[String], placeholders: &std::collections::BTreeMap<String, Placeholders>) -> String {
    let none = Vec::new();
    let of = |k: &String| placeholders.get(k).unwrap_or(&none);
    let n = keys.len();
    let methods: String = keys
        .iter()
        .enumerate()
        .map(|(i, k)| {
            if of(k).is_empty() {
                format!("    pub fn {k}(&self) -> &'static str {{\n        self.0[{i}]\n    }}\n")
            } else {
                let ty = ui_field_type(k, of(k));
                format!("    pub fn {k}(&self) -> {ty} {{\n        Message::new(self.0[{i}])\n    }}\n")
            }
        })
        .collect();
    let messages: Vec<String> = keys
        .iter()
        .enumerate()
        .filter(|(_, k)| !of(k).is_empty())
        .map(|(i, k)| {
            let ty = ui_field_type(k, of(k));
            let args = &ty["Message<".len()..ty.len() - 1];
            format!("        ({i}, <{args} as Args>::NAMES, <{args} as Args>::NUMBERS),\n")
        })
        .collect();
    format!(
        "/// Interface text: the texts of the keys of `[ui]` in content/en/ui.toml, in key order,\n\
         /// one method a key. A text with placeholders is a `Message`, filled with its `args`\n\
         /// struct (`Locale::fill`).\n\
         #[derive(Debug)]\npub struct Ui(pub [&'static str; {n}]);\n\n\
         impl Ui {{\n\
         \x20   /// How many texts a `Ui` holds.\n\
         \x20   pub const LEN: usize = {n};\n\
         \x20   /// The messages among them: index, placeholder names, which are numbers.\n\
         \x20   pub const MESSAGES: &'static [(usize, &'static [&'static str], &'static [bool])] = &[\n{}    ];\n\n{methods}}}\n",
        messages.concat(),
    )
}

/// `pub mod args`: one struct a message with placeholders, one field a placeholder (`usize`
/// for a number, `&str` for a text), so a message can only be filled with its own values.
pub fn args_module(keys: &[String], placeholders: &std::collections::BTreeMap<String, Placeholders>) -> String {
    let mut out = String::from(
        "/// The values of each interface message with placeholders: one struct a message, one field\n\
         /// a placeholder (a number is a `usize`, a text a `&str`), named as in content/en/ui.toml.\n\
         pub mod args {\n    use crate::core::text::{Args, Value};\n",
    );
    for key in keys {
        let Some(list) = placeholders.get(key).filter(|p| !p.is_empty()) else { continue };
        let name = args_name(key);
        let texty = list.iter().any(|(_, number)| !number);
        let (generic, stat, with) =
            if texty { ("<'a>", "<'static>", format!("{name}<'a>")) } else { ("", "", name.clone()) };
        let fields: String = list
            .iter()
            .map(|(n, number)| format!("        pub {n}: {},\n", if *number { "usize" } else { "&'a str" }))
            .collect();
        let names: Vec<String> = list.iter().map(|(n, _)| format!("{n:?}")).collect();
        let numbers: Vec<String> = list.iter().map(|(_, number)| number.to_string()).collect();
        let values: Vec<String> = list
            .iter()
            .map(|(n, number)| if *number { format!("Value::Number(a.{n})") } else { format!("Value::Text(a.{n})") })
            .collect();

        out.push_str(&format!(
            "\n    /// `{key}`\n    #[derive(Clone, Copy, Debug)]\n    pub struct {name}{generic} {{\n{fields}    }}\n\n\
             \x20   impl Args for {name}{stat} {{\n\
             \x20       const NAMES: &'static [&'static str] = &[{}];\n\
             \x20       const NUMBERS: &'static [bool] = &[{}];\n\
             \x20       type With<'a> = {with};\n\
             \x20       type Values<'a> = [Value<'a>; {}];\n\
             \x20       fn values<'a>(a: Self::With<'a>) -> Self::Values<'a> {{\n\
             \x20           [{}]\n\
             \x20       }}\n    }}\n",
            names.join(", "),
            numbers.join(", "),
            values.len(),
            values.join(", ")
        ));
    }
    out + "}\n"
}

fn model(content: &Content) -> Code {
    let m = &content.model;
    let total: f64 = m.part.iter().filter_map(|p| p.weight).sum();
    let (b, c, q) = (&m.bands, &m.coverage, &m.quality);
    Code::strukt(
        "Model",
        [
            ("item_set", Code::num(m.item_set)),
            ("parts", Code::slice(m.part.iter().map(|p| part_spec(p, total)))),
            (
                "bands",
                Code::strukt(
                    "BandLimits",
                    [("strong", Code::float(b.strong)), ("good", Code::float(b.good)), ("mixed", Code::float(b.mixed))],
                ),
            ),
            (
                "career_profile",
                Code::array(AREAS.iter().map(|a| Code::float(m.career_profile.get(*a).copied().unwrap_or(0.0)))),
            ),
            ("far_area_weight", Code::float(m.interests.far_area_weight)),
            (
                "coverage",
                Code::strukt(
                    "Coverage",
                    [
                        ("part_share", Code::float(c.part_share)),
                        ("area_answers", Code::num(c.area_answers)),
                        ("keyed_share", Code::float(c.keyed_share)),
                    ],
                ),
            ),
            (
                "quality",
                Code::strukt(
                    "QualityLimits",
                    [
                        ("yes_saying_mean", Code::float(q.yes_saying_mean)),
                        ("no_saying_mean", Code::float(q.no_saying_mean)),
                        ("straight_line_share", Code::float(q.straight_line_share)),
                        ("straight_line_min_answers", Code::num(q.straight_line_min_answers)),
                        ("flat_profile_range", Code::float(q.flat_profile_range)),
                        ("candour_claims", Code::num(q.candour_claims)),
                    ],
                ),
            ),
            ("obstacles", Code::slice(m.obstacle.iter().map(obstacle_spec))),
            ("items", Code::slice(m.item.iter().map(|i| item_spec(content, i)))),
        ],
    )
}

/// A part with its weight as a share of the overall score (0 for an unscored part).
pub fn part_spec(p: &PartFile, total: f64) -> Code {
    let weight = match p.weight {
        Some(w) if total > 0.0 => w / total,
        _ => 0.0,
    };
    Code::strukt(
        "PartSpec",
        [
            ("id", Code::str(&p.id)),
            ("kind", Code::path("PartKind", part_kind_variant(&p.kind).unwrap_or("Unscored"))),
            ("weight", Code::float(weight)),
        ],
    )
}

fn obstacle_spec(o: &ObstacleFile) -> Code {
    Code::strukt(
        "ObstacleSpec",
        [
            ("id", Code::str(&o.id)),
            ("rules_out", Code::num(o.rules_out)),
            ("prefer_job_zone_at_most", Code::option(o.prefer_job_zone_at_most.map(Code::num))),
        ],
    )
}

/// Index of an obstacle in `MODEL.obstacles`.
fn obstacle_index(content: &Content, id: &str) -> Option<usize> {
    content.model.obstacle.iter().position(|o| o.id == id)
}

pub fn item_spec(content: &Content, item: &ItemFile) -> Code {
    let scale = content.scales.iter().position(|s| *s == item.scale).unwrap_or(0);
    let keyed = if item.keyed == "+" { "Plus" } else { "Minus" };
    let part = content.model.part.iter().position(|p| p.id == item.part).unwrap_or(0);
    let kind = content.model.part.get(part).and_then(|p| part_kind_variant(&p.kind)).unwrap_or("Unscored");
    Code::strukt(
        "ItemSpec",
        [
            ("id", Code::str(&item.id)),
            ("part", Code::num(part)),
            ("kind", Code::path("PartKind", kind)),
            ("area", Code::option(item.area.as_deref().map(|a| Code::path("Area", a)))),
            ("scale", Code::num(scale)),
            ("keyed", Code::path("Keyed", keyed)),
            ("weight", Code::float(item.weight.unwrap_or(1.0))),
            (
                "obstacle",
                Code::option(item.obstacle.as_deref().and_then(|o| obstacle_index(content, o)).map(Code::num)),
            ),
            ("deal_breaker_at", Code::option(item.deal_breaker_at.map(Code::num))),
        ],
    )
}

fn item_sets(content: &Content) -> Code {
    Code::slice(content.sets.set.iter().map(|set| {
        Code::strukt("ItemSet", [("version", Code::num(set.version)), ("item_ids", Code::strs(true, &set.items))])
    }))
}

fn career(content: &Content, c: &CareerFile) -> Code {
    let profile = AREAS.iter().map(|a| Code::float(c.profile.get(*a).copied().unwrap_or(0.0)));
    let requires = c.requires.iter().filter_map(|r| obstacle_index(content, r)).map(Code::num);
    Code::strukt(
        "CareerSpec",
        [
            ("id", Code::str(&c.id)),
            ("soc", Code::str(&c.soc)),
            ("code", Code::str(&c.code)),
            ("profile", Code::array(profile)),
            ("job_zone", Code::num(c.job_zone)),
            ("requires", Code::slice(requires)),
            ("guide_link", Code::option(c.guide_link.as_deref().map(Code::str))),
        ],
    )
}

fn salary(content: &Content) -> Code {
    let (s, bls) = (&content.facts.salary, &content.facts.salary_bls);
    Code::strukt(
        "SalaryFacts",
        [
            ("low", Code::num(s.low)),
            ("median", Code::num(s.median)),
            ("high", Code::num(s.high)),
            ("bls_median", Code::num(bls.median)),
            ("bls_year", Code::num(bls.year)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::real_sources;

    #[test]
    fn short_values_stay_on_one_line() {
        let code = Code::strukt("BandLimits", [("strong", Code::float(75.0)), ("mixed", Code::float(40.5))]);
        assert_eq!(code.render(0, 0), "BandLimits { strong: 75.0, mixed: 40.5 }");
        assert_eq!(Code::slice([]).flat(), "&[]");
        assert_eq!(Code::option(None).flat(), "None");
        assert_eq!(Code::option(Some(Code::num(2u8))).flat(), "Some(2)");
        assert_eq!(Code::strs(false, ["a", "b"]).flat(), r#"["a", "b"]"#);
    }

    #[test]
    fn long_values_get_a_line_per_field_or_element() {
        let long = "x".repeat(120);
        let code =
            Code::strukt("Outer", [("list", Code::strs(true, [long.as_str(), long.as_str()])), ("n", Code::num(1))]);
        let expected =
            format!("Outer {{\n    list: &[\n        \"{long}\",\n        \"{long}\",\n    ],\n    n: 1,\n}}");
        assert_eq!(code.render(0, 0), expected);
    }

    #[test]
    fn a_list_of_structs_is_a_table() {
        let row = |n: u8| Code::strukt("Row", [("n", Code::num(n))]);
        assert_eq!(Code::slice([row(1), row(2)]).render(0, 0), "&[\n    Row { n: 1 },\n    Row { n: 2 },\n]");
        assert_eq!(Code::slice([row(1)]).render(0, 0), "&[Row { n: 1 }]");
    }

    #[test]
    fn strings_are_escaped_as_rust_literals() {
        assert_eq!(Code::str("say \"hi\"\\ \n é").flat(), r#""say \"hi\"\\ \n é""#);
    }

    #[test]
    fn a_static_is_one_statement() {
        assert_eq!(static_item("N", "u8", &Code::num(3)), "pub static N: u8 = 3;\n");
        assert_eq!(private_static("N", "u8", &Code::num(3)), "static N: u8 = 3;\n");
    }

    #[test]
    fn the_ui_struct_has_a_field_a_key_and_messages_are_typed() {
        let keys = ["app_title".to_string(), "home_facts".to_string(), "title".to_string()];
        let mut placeholders = std::collections::BTreeMap::new();
        placeholders.insert("app_title".to_string(), vec![]);
        placeholders.insert("home_facts".to_string(), vec![("count".to_string(), true)]);
        placeholders.insert("title".to_string(), vec![("screen".to_string(), false), ("n".to_string(), true)]);
        let ui = ui_struct(&keys, &placeholders);
        assert!(ui.contains("pub struct Ui(pub [&'static str; 3]);"), "{ui}");
        assert!(ui.contains("pub const LEN: usize = 3;"));
        assert!(ui.contains("(1, <args::HomeFacts as Args>::NAMES, <args::HomeFacts as Args>::NUMBERS),"), "{ui}");
        assert!(ui.contains("    pub fn app_title(&self) -> &'static str {\n        self.0[0]\n    }\n"), "{ui}");
        assert!(
            ui.contains(
                "    pub fn home_facts(&self) -> Message<args::HomeFacts> {\n        Message::new(self.0[1])\n    }\n"
            ),
            "{ui}"
        );
        assert!(ui.contains("    pub fn title(&self) -> Message<args::Title<'static>> {"), "{ui}");
        let args = args_module(&keys, &placeholders);
        assert!(args.contains("pub struct HomeFacts {\n        pub count: usize,\n    }"), "{args}");
        assert!(
            args.contains("pub struct Title<'a> {\n        pub screen: &'a str,\n        pub n: usize,\n    }"),
            "{args}"
        );
        assert!(args.contains("impl Args for Title<'static> {"), "{args}");
        assert!(args.contains("type Values<'a> = [Value<'a>; 2];"), "{args}");
        assert!(args.contains("[Value::Text(a.screen), Value::Number(a.n)]"), "{args}");
        assert!(!args.contains("AppTitle"), "no struct for a text without placeholders");
        assert_eq!(args_name("results_old_set"), "ResultsOldSet");
    }

    #[test]
    fn items_name_their_part_area_scale_and_obstacle() {
        let content = crate::check(&real_sources()).unwrap();
        let by_id = |id: &str| content.model.item.iter().find(|i| i.id == id).unwrap();
        assert_eq!(
            item_spec(&content, by_id("i_pond_water")).flat(),
            "ItemSpec { id: \"i_pond_water\", part: 0, kind: PartKind::Interest, area: Some(Area::I), scale: 0, \
             keyed: Keyed::Plus, weight: 1.0, obstacle: None, deal_breaker_at: None }"
        );
        assert_eq!(
            item_spec(&content, by_id("cond_blood")).flat(),
            "ItemSpec { id: \"cond_blood\", part: 2, kind: PartKind::Statements, area: None, scale: 1, \
             keyed: Keyed::Plus, weight: 2.0, obstacle: Some(0), deal_breaker_at: Some(1) }"
        );
    }

    #[test]
    fn the_model_has_parts_with_weights_that_sum_to_one() {
        let content = crate::check(&real_sources()).unwrap();
        let code = model(&content).flat();
        assert!(
            code.starts_with(
                "Model { item_set: 2, parts: &[\
                 PartSpec { id: \"interest\", kind: PartKind::Interest, weight: 0.4 }, \
                 PartSpec { id: \"work_style\", kind: PartKind::Statements, weight: 0.25 }, \
                 PartSpec { id: \"conditions\", kind: PartKind::Statements, weight: 0.2 }, \
                 PartSpec { id: \"practical\", kind: PartKind::Statements, weight: 0.15 }, \
                 PartSpec { id: \"candour\", kind: PartKind::Unscored, weight: 0.0 }], "
            ),
            "{code}"
        );
        assert!(code.contains("career_profile: [6.01, 5.89, 1.0, 2.88, 1.0, 4.85]"), "{code}");
    }

    #[test]
    fn the_career_is_one_public_value_over_private_statics_and_its_language_files() {
        let content = crate::check(&real_sources()).unwrap();
        let rust = rust(&content);
        assert!(rust.contains("pub struct Ui(pub [&'static str; "));
        let public: Vec<&str> = rust.lines().filter(|l| l.starts_with("pub static")).collect();
        assert_eq!(public, ["pub static CAREER: Career = Career {"]);
        for name in ["MODEL: Model", "ITEM_SETS: &[ItemSet<'static>]", "CAREERS: &[CareerSpec]", "SALARY: SalaryFacts"]
        {
            assert!(rust.contains(&format!("\nstatic {name} = ")), "{name}");
        }
        let files = language_files(&content);
        let (en, es) = (&files[0].1, &files[1].1);
        assert!(
            rust.contains(&format!("    default_text: include_str!(concat!(env!(\"OUT_DIR\"), \"/lang/{en}\")),\n")),
            "{rust}"
        );
        assert!(rust.contains(&format!("file: Some({es:?})")), "Spanish is a file to fetch");
        assert!(
            rust.contains(&format!("(\"es\", include_str!(concat!(env!(\"OUT_DIR\"), \"/lang/{es}\")))")),
            "natively compiled in"
        );
        assert!(rust.contains("#[cfg(not(target_arch = \"wasm32\"))]\nstatic OTHER_TEXTS"));
    }

    #[test]
    fn long_comments_are_wrapped_at_spaces() {
        let line = format!("// {}", "word ".repeat(60).trim_end());
        let wrapped = wrap_comment(&line);
        assert!(wrapped.lines().all(|l| l.starts_with("// ") && l.len() <= WIDTH), "{wrapped}");
        assert_eq!(wrapped.lines().count(), 2);
        assert_eq!(wrap_comment("// short"), "// short\n");
    }
}
