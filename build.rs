//! Turns the readable content files in `content/` into Rust statics at build time.
//!
//! Why here: the content is checked once, when the app is built (a typo in an item id or a
//! missing translation stops the build with a plain message), and the WASM ships no parser.
//! Output: `$OUT_DIR/content.rs`, included by `src/core/content.rs`.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

type Result<T> = std::result::Result<T, String>;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=build.rs");
    match generate() {
        Ok(code) => {
            let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
            std::fs::write(Path::new(&out).join("content.rs"), code).expect("write content.rs");
        }
        Err(message) => {
            eprintln!("\ncontent error: {message}\n");
            std::process::exit(1);
        }
    }
}

// ---------- file shapes ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelFile {
    item_set: u16,
    parts: Parts,
    bands: BandsFile,
    mlt_profile: BTreeMap<String, f64>,
    interests: InterestsFile,
    coverage: CoverageFile,
    quality: QualityFile,
    obstacle: Vec<ObstacleFile>,
    item: Vec<ItemFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InterestsFile {
    far_area_weight: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CoverageFile {
    part_share: f64,
    area_answers: usize,
    keyed_share: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QualityFile {
    yes_saying_mean: f64,
    no_saying_mean: f64,
    straight_line_share: f64,
    straight_line_min_answers: usize,
    flat_profile_range: f64,
    candour_claims: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ObstacleFile {
    id: String,
    #[serde(default)]
    rules_out: bool,
    prefer_job_zone_at_most: Option<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Parts {
    interest: f64,
    work_style: f64,
    conditions: f64,
    practical: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BandsFile {
    strong: f64,
    good: f64,
    mixed: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemFile {
    id: String,
    part: String,
    area: Option<String>,
    scale: String,
    keyed: String,
    weight: Option<f64>,
    obstacle: Option<String>,
    deal_breaker_at: Option<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemSetsFile {
    set: Vec<ItemSetFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemSetFile {
    version: u16,
    items: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CareersFile {
    career: Vec<CareerFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CareerFile {
    id: String,
    soc: String,
    code: String,
    profile: BTreeMap<String, f64>,
    job_zone: u8,
    #[serde(default)]
    requires: Vec<String>,
    guide_link: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    salary: SalaryFile,
    salary_bls: BlsFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SalaryFile {
    low: u32,
    median: u32,
    high: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BlsFile {
    median: u32,
    year: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleItemsFile {
    scales: BTreeMap<String, ScaleFile>,
    parts: BTreeMap<String, String>,
    areas: BTreeMap<String, AreaText>,
    items: BTreeMap<String, String>,
    obstacles: BTreeMap<String, ObstacleText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ObstacleText {
    name: String,
    text: String,
    open: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScaleFile {
    prompt: String,
    labels: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AreaText {
    name: String,
    short: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleUiFile {
    ui: BTreeMap<String, String>,
    bands: BTreeMap<String, BandText>,
    job_zones: Vec<String>,
    next_steps: Vec<NextStepFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BandText {
    name: String,
    meaning: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NextStepFile {
    text: String,
    guide: Option<String>,
    bands: Vec<String>,
    #[serde(default)]
    related: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleCareersFile {
    careers: BTreeMap<String, CareerText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CareerText {
    name: String,
    about: String,
}

// ---------- guide markdown ----------

enum Block {
    Paragraph(String),
    List(Vec<String>),
    SalaryChart,
    Source(String),
}

struct Section {
    id: String,
    title: String,
    lead: String,
    blocks: Vec<Block>,
}

/// The guide's tiny format: `## id | Title`, `Lead: …`, paragraphs, `- ` bullets,
/// `[salary-chart]`, `Source: …`, and one-line `<!-- … -->` comments.
fn parse_guide(text: &str, file: &str) -> Result<Vec<Section>> {
    let mut sections: Vec<Section> = Vec::new();
    let mut paragraph: Vec<String> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    fn flush(section: Option<&mut Section>, paragraph: &mut Vec<String>, list: &mut Vec<String>) {
        let Some(section) = section else { return };
        if !paragraph.is_empty() {
            let text = paragraph.join(" ");
            paragraph.clear();
            match text.strip_prefix("Source: ") {
                Some(source) => section.blocks.push(Block::Source(source.trim().to_string())),
                None => section.blocks.push(Block::Paragraph(text)),
            }
        }
        if !list.is_empty() {
            section.blocks.push(Block::List(std::mem::take(list)));
        }
    }
    for (number, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let at = || format!("{file}:{}", number + 1);
        if line.starts_with("<!--") {
            if !line.ends_with("-->") {
                return Err(format!("{}: a comment must end on the same line with -->", at()));
            }
            continue;
        }
        if let Some(heading) = line.strip_prefix("## ") {
            flush(sections.last_mut(), &mut paragraph, &mut list);
            let (id, title) = heading
                .split_once('|')
                .ok_or_else(|| format!("{}: a section heading is `## id | Title`", at()))?;
            sections.push(Section {
                id: id.trim().to_string(),
                title: title.trim().to_string(),
                lead: String::new(),
                blocks: Vec::new(),
            });
            continue;
        }
        if line.is_empty() {
            flush(sections.last_mut(), &mut paragraph, &mut list);
            continue;
        }
        let Some(section) = sections.last_mut() else {
            return Err(format!("{}: text before the first `## id | Title` heading", at()));
        };
        if line.starts_with('#') || line.contains('<') && line.contains('>') {
            return Err(format!("{}: only `## ` headings and plain text are allowed", at()));
        }
        if let Some(lead) = line.strip_prefix("Lead: ") {
            section.lead = lead.trim().to_string();
        } else if line == "[salary-chart]" {
            flush(Some(section), &mut paragraph, &mut list);
            section.blocks.push(Block::SalaryChart);
        } else if let Some(item) = line.strip_prefix("- ") {
            if !paragraph.is_empty() {
                flush(Some(section), &mut paragraph, &mut list);
            }
            list.push(item.trim().to_string());
        } else {
            if !list.is_empty() {
                flush(Some(section), &mut paragraph, &mut list);
            }
            paragraph.push(line.to_string());
        }
    }
    flush(sections.last_mut(), &mut paragraph, &mut list);
    Ok(sections)
}

// ---------- checks and generation ----------

const PARTS: [(&str, &str); 4] = [
    ("interest", "Interest"),
    ("work_style", "WorkStyle"),
    ("conditions", "Conditions"),
    ("practical", "Practical"),
];
/// Candour items are asked but never scored (a response-quality check).
const CANDOUR: (&str, &str) = ("candour", "Candour");
const AREAS: [&str; 6] = ["R", "I", "A", "S", "E", "C"];
const BANDS: [&str; 7] = ["strong", "good", "mixed", "low", "unknown", "unclear", "obstacle"];
/// Guide sections every language must have, in order (the seed guide's sections).
const GUIDE_SECTIONS: [&str; 10] = [
    "what", "duties", "settings", "education", "salary", "advancing", "certification", "online",
    "suits", "decision",
];

fn read(path: &str) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn parse<T: for<'de> Deserialize<'de>>(path: &str) -> Result<T> {
    toml::from_str(&read(path)?).map_err(|e| format!("{path}: {e}"))
}

fn generate() -> Result<String> {
    let model: ModelFile = parse("content/model.toml")?;
    let sets: ItemSetsFile = parse("content/item_sets.toml")?;
    let careers: CareersFile = parse("content/careers.toml")?;
    let facts: FactsFile = parse("content/facts.toml")?;

    let mut out = String::from("// Generated by build.rs from content/. Do not edit.\n\n");
    let mut scales: Vec<String> = Vec::new();
    let item_ids: Vec<&str> = model.item.iter().map(|i| i.id.as_str()).collect();
    check_model(&model, &sets, &careers, &facts)?;

    // Scales are named by the items; their order follows first use.
    for item in &model.item {
        if !scales.contains(&item.scale) {
            scales.push(item.scale.clone());
        }
    }

    let total: f64 = model.parts.interest + model.parts.work_style + model.parts.conditions + model.parts.practical;
    writeln!(out, "pub static MODEL: Model = Model {{").ok();
    writeln!(out, "    item_set: {},", model.item_set).ok();
    writeln!(
        out,
        "    part_weights: [{:?}, {:?}, {:?}, {:?}],",
        model.parts.interest / total,
        model.parts.work_style / total,
        model.parts.conditions / total,
        model.parts.practical / total
    )
    .ok();
    writeln!(
        out,
        "    bands: BandLimits {{ strong: {:?}, good: {:?}, mixed: {:?} }},",
        model.bands.strong, model.bands.good, model.bands.mixed
    )
    .ok();
    let profile: Vec<String> = AREAS.iter().map(|a| format!("{:?}", model.mlt_profile[*a])).collect();
    writeln!(out, "    mlt_profile: [{}],", profile.join(", ")).ok();
    writeln!(out, "    far_area_weight: {:?},", model.interests.far_area_weight).ok();
    let c = &model.coverage;
    writeln!(
        out,
        "    coverage: Coverage {{ part_share: {:?}, area_answers: {}, keyed_share: {:?} }},",
        c.part_share, c.area_answers, c.keyed_share
    )
    .ok();
    let q = &model.quality;
    writeln!(
        out,
        "    quality: QualityLimits {{ yes_saying_mean: {:?}, no_saying_mean: {:?}, straight_line_share: {:?}, \
         straight_line_min_answers: {}, flat_profile_range: {:?}, candour_claims: {} }},",
        q.yes_saying_mean, q.no_saying_mean, q.straight_line_share, q.straight_line_min_answers, q.flat_profile_range, q.candour_claims
    )
    .ok();
    writeln!(out, "    obstacles: &[").ok();
    for o in &model.obstacle {
        writeln!(
            out,
            "        ObstacleSpec {{ id: {:?}, rules_out: {:?}, prefer_job_zone_at_most: {:?} }},",
            o.id, o.rules_out, o.prefer_job_zone_at_most
        )
        .ok();
    }
    writeln!(out, "    ],").ok();
    writeln!(out, "    items: &[").ok();
    for item in &model.item {
        let part = PARTS.iter().chain([CANDOUR].iter()).find(|(k, _)| *k == item.part).map(|(_, v)| *v).unwrap_or("Interest");
        let obstacle = item.obstacle.as_ref().and_then(|id| model.obstacle.iter().position(|o| &o.id == id));
        let area = match &item.area {
            Some(a) => format!("Some(Area::{a})"),
            None => "None".into(),
        };
        let scale = scales.iter().position(|s| *s == item.scale).unwrap_or(0);
        let keyed = if item.keyed == "+" { "Plus" } else { "Minus" };
        writeln!(
            out,
            "        ItemSpec {{ id: {:?}, part: Part::{part}, area: {area}, scale: {scale}, keyed: Keyed::{keyed}, weight: {:?}, obstacle: {:?}, deal_breaker_at: {:?} }},",
            item.id,
            item.weight.unwrap_or(1.0),
            obstacle,
            item.deal_breaker_at
        )
        .ok();
    }
    writeln!(out, "    ],\n}};\n").ok();

    writeln!(out, "pub static ITEM_SETS: &[ItemSet<'static>] = &[").ok();
    for set in &sets.set {
        writeln!(out, "    ItemSet {{ version: {}, item_ids: &{:?} }},", set.version, set.items).ok();
    }
    writeln!(out, "];\n").ok();

    writeln!(out, "pub static CAREERS: &[CareerSpec] = &[").ok();
    for career in &careers.career {
        let profile: Vec<f64> = AREAS.iter().map(|a| career.profile.get(*a).copied().unwrap_or(0.0)).collect();
        let requires: Vec<usize> =
            career.requires.iter().filter_map(|r| model.obstacle.iter().position(|o| &o.id == r)).collect();
        writeln!(
            out,
            "    CareerSpec {{ id: {:?}, soc: {:?}, code: {:?}, profile: {:?}, job_zone: {}, requires: &{:?}, guide_link: {:?} }},",
            career.id, career.soc, career.code, profile, career.job_zone, requires, career.guide_link
        )
        .ok();
    }
    writeln!(out, "];\n").ok();

    writeln!(
        out,
        "pub static SALARY: SalaryFacts = SalaryFacts {{ low: {}, median: {}, high: {}, bls_median: {}, bls_year: {} }};\n",
        facts.salary.low, facts.salary.median, facts.salary.high, facts.salary_bls.median, facts.salary_bls.year
    )
    .ok();

    // Languages: every folder in content/ is one. English defines the keys.
    let mut languages: Vec<String> = std::fs::read_dir("content")
        .map_err(|e| format!("cannot list content/: {e}"))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    languages.sort_by_key(|l| (l != "en", l.clone()));
    if languages.first().map(String::as_str) != Some("en") {
        return Err("content/en/ is missing: English defines every text key".into());
    }
    let english: LocaleUiFile = parse("content/en/ui.toml")?;
    let ui_keys: Vec<&String> = english.ui.keys().collect();
    writeln!(out, "/// Interface text; one field a key of `[ui]` in content/en/ui.toml.").ok();
    writeln!(out, "#[derive(Debug)]\npub struct Ui {{").ok();
    for key in &ui_keys {
        writeln!(out, "    pub {key}: &'static str,").ok();
    }
    writeln!(out, "}}\n").ok();

    let mut names = Vec::new();
    for lang in &languages {
        let name = format!("LOCALE_{}", lang.to_uppercase().replace('-', "_"));
        out.push_str(&locale_code(lang, &name, &ui_keys, &item_ids, &model, &scales, &careers)?);
        names.push(name);
    }
    let refs: Vec<String> = names.iter().map(|n| format!("&{n}")).collect();
    writeln!(out, "pub static LOCALES: &[&Locale] = &[{}];", refs.join(", ")).ok();
    Ok(out)
}

fn check_model(model: &ModelFile, sets: &ItemSetsFile, careers: &CareersFile, facts: &FactsFile) -> Result<()> {
    let file = "content/model.toml";
    let mut seen = BTreeSet::new();
    for item in &model.item {
        let id = &item.id;
        if !seen.insert(id.clone()) {
            return Err(format!("{file}: item id `{id}` is used twice"));
        }
        if !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            return Err(format!("{file}: item id `{id}`: use lowercase letters, digits and _"));
        }
        if !PARTS.iter().any(|(k, _)| *k == item.part) && item.part != CANDOUR.0 {
            return Err(format!(
                "{file}: item `{id}`: part must be interest, work_style, conditions, practical or candour"
            ));
        }
        if item.part == CANDOUR.0 && (item.keyed != "+" || item.scale != "agree" || item.obstacle.is_some()) {
            return Err(format!("{file}: candour item `{id}` is keyed \"+\" on the agree scale, with no obstacle"));
        }
        match (&item.area, item.part == "interest") {
            (Some(a), true) if AREAS.contains(&a.as_str()) => {}
            (_, true) => return Err(format!("{file}: interest item `{id}` needs area = one of R I A S E C")),
            (Some(_), false) => return Err(format!("{file}: item `{id}`: only interest items have an area")),
            (None, false) => {}
        }
        if item.keyed != "+" && item.keyed != "-" {
            return Err(format!("{file}: item `{id}`: keyed must be \"+\" or \"-\""));
        }
        if item.part == "interest" && item.keyed != "+" {
            return Err(format!("{file}: interest item `{id}` must be keyed \"+\""));
        }
        if item.weight.is_some_and(|w| !(w > 0.0 && w <= 10.0)) {
            return Err(format!("{file}: item `{id}`: weight must be above 0 and at most 10"));
        }
        if item.deal_breaker_at.is_some_and(|d| d > 3) {
            return Err(format!("{file}: item `{id}`: deal_breaker_at must be 0 to 3"));
        }
        match (&item.obstacle, item.deal_breaker_at) {
            (Some(o), Some(_)) if model.obstacle.iter().any(|x| &x.id == o) => {}
            (Some(o), Some(_)) => return Err(format!("{file}: item `{id}`: obstacle `{o}` has no [[obstacle]]")),
            (None, None) => {}
            _ => return Err(format!("{file}: item `{id}`: obstacle and deal_breaker_at go together")),
        }
    }
    for part in PARTS {
        if !model.item.iter().any(|i| i.part == part.0) {
            return Err(format!("{file}: part `{}` has no items", part.0));
        }
    }
    for area in AREAS {
        let n = model.item.iter().filter(|i| i.area.as_deref() == Some(area)).count();
        if n < 4 {
            return Err(format!("{file}: area {area} has {n} items; every area needs at least 4"));
        }
        match model.mlt_profile.get(area) {
            Some(v) if (1.0..=7.0).contains(v) => {}
            _ => return Err(format!("{file}: mlt_profile.{area} must be a number from 1 to 7")),
        }
    }
    if model.mlt_profile.len() != 6 {
        return Err(format!("{file}: mlt_profile has exactly the keys R I A S E C"));
    }
    let p = &model.parts;
    if [p.interest, p.work_style, p.conditions, p.practical].iter().any(|w| *w < 0.0)
        || (p.interest + p.work_style + p.conditions + p.practical - 100.0).abs() > 1e-9
    {
        return Err(format!("{file}: [parts] weights must be 0 or more and add up to 100"));
    }
    let b = &model.bands;
    if !(0.0 < b.mixed && b.mixed < b.good && b.good < b.strong && b.strong <= 100.0) {
        return Err(format!("{file}: [bands] need 0 < mixed < good < strong <= 100"));
    }
    if !(0.0..=1.0).contains(&model.interests.far_area_weight) {
        return Err(format!("{file}: [interests] far_area_weight must be from 0 to 1"));
    }
    let c = &model.coverage;
    if !(c.part_share > 0.0 && c.part_share <= 1.0 && c.keyed_share > 0.0 && c.keyed_share <= 1.0) {
        return Err(format!("{file}: [coverage] shares must be above 0 and at most 1"));
    }
    for area in AREAS {
        let n = model.item.iter().filter(|i| i.area.as_deref() == Some(area)).count();
        if c.area_answers == 0 || c.area_answers > n {
            return Err(format!("{file}: [coverage] area_answers must be 1 to {n} (area {area} has {n} items)"));
        }
    }
    let q = &model.quality;
    if !(q.no_saying_mean < 2.0 && q.yes_saying_mean > 2.0 && q.yes_saying_mean <= 4.0 && q.no_saying_mean >= 0.0) {
        return Err(format!("{file}: [quality] needs 0 <= no_saying_mean < 2 < yes_saying_mean <= 4"));
    }
    if !(q.straight_line_share > 0.5 && q.straight_line_share <= 1.0) || !(0.0..=100.0).contains(&q.flat_profile_range) {
        return Err(format!("{file}: [quality] straight_line_share is above 0.5 and at most 1; flat_profile_range 0 to 100"));
    }
    let candour = model.item.iter().filter(|i| i.part == CANDOUR.0).count();
    if q.candour_claims == 0 || q.candour_claims > candour {
        return Err(format!("{file}: [quality] candour_claims must be 1 to the number of candour items ({candour})"));
    }
    for keyed in ["+", "-"] {
        let n = model.item.iter().filter(|i| i.area.is_none() && i.part != CANDOUR.0 && i.keyed == keyed).count();
        if n < 4 {
            return Err(format!("{file}: only {n} statements are keyed \"{keyed}\"; balance needs at least 4 each way"));
        }
    }
    let mut seen_obstacles = BTreeSet::new();
    for o in &model.obstacle {
        if !seen_obstacles.insert(o.id.clone()) {
            return Err(format!("{file}: obstacle `{}` is listed twice", o.id));
        }
        if !model.item.iter().any(|i| i.obstacle.as_ref() == Some(&o.id)) {
            return Err(format!("{file}: obstacle `{}` has no item", o.id));
        }
        if o.prefer_job_zone_at_most.is_some_and(|z| !(1..=5).contains(&z)) {
            return Err(format!("{file}: obstacle `{}`: prefer_job_zone_at_most is a Job Zone, 1 to 5", o.id));
        }
    }

    // Item sets: versions rise, and the newest is exactly today's items, in order.
    let sets_file = "content/item_sets.toml";
    if sets.set.windows(2).any(|w| w[0].version >= w[1].version) {
        return Err(format!("{sets_file}: versions must rise from one set to the next"));
    }
    match sets.set.last() {
        Some(last) if last.version == model.item_set => {
            let ids: Vec<&str> = model.item.iter().map(|i| i.id.as_str()).collect();
            if last.items.iter().map(String::as_str).ne(ids.iter().copied()) {
                return Err(format!(
                    "{sets_file}: set {} does not list the items of {file} in order. If you changed the items, \
                     add a new [[set]] with version {} listing them, and set item_set = {} in {file}.",
                    last.version,
                    last.version + 1,
                    last.version + 1
                ));
            }
        }
        _ => {
            return Err(format!(
                "{sets_file}: the last [[set]] must have version = {} (item_set in {file})",
                model.item_set
            ))
        }
    }
    if sets.set.iter().any(|s| s.items.len() > 255) {
        return Err(format!("{sets_file}: a set can hold at most 255 items"));
    }

    let careers_file = "content/careers.toml";
    let mut seen = BTreeSet::new();
    for c in &careers.career {
        if !seen.insert(c.id.clone()) {
            return Err(format!("{careers_file}: career id `{}` is used twice", c.id));
        }
        let letters: BTreeSet<char> = c.code.chars().collect();
        if c.code.len() != 3 || letters.len() != 3 || !c.code.chars().all(|l| "RIASEC".contains(l)) {
            return Err(format!("{careers_file}: career `{}`: code is three different letters of RIASEC", c.id));
        }
        if c.profile.len() != 6 || AREAS.iter().any(|a| !c.profile.get(*a).is_some_and(|v| (1.0..=7.0).contains(v))) {
            return Err(format!("{careers_file}: career `{}`: profile needs R I A S E C, each 1 to 7", c.id));
        }
        let first = c.code.chars().next().map(String::from).unwrap_or_default();
        if AREAS.iter().any(|a| c.profile.get(*a) > c.profile.get(first.as_str())) {
            return Err(format!("{careers_file}: career `{}`: code starts with {first}, but {first} is not its highest profile value", c.id));
        }
        if !(1..=5).contains(&c.job_zone) {
            return Err(format!("{careers_file}: career `{}`: job_zone is an O*NET Job Zone, 1 to 5", c.id));
        }
        if let Some(r) = c.requires.iter().find(|r| !model.obstacle.iter().any(|o| &o.id == *r)) {
            return Err(format!("{careers_file}: career `{}`: requires `{r}`, which is no [[obstacle]]", c.id));
        }
        if let Some(link) = &c.guide_link {
            if !GUIDE_SECTIONS.contains(&link.as_str()) {
                return Err(format!("{careers_file}: career `{}`: guide_link `{link}` is no guide section", c.id));
            }
        }
    }
    if careers.career.len() < 5 {
        return Err(format!("{careers_file}: list at least 5 careers"));
    }
    let s = &facts.salary;
    if !(s.low < s.median && s.median < s.high) {
        return Err("content/facts.toml: salary needs low < median < high".into());
    }
    Ok(())
}

fn locale_code(
    lang: &str,
    name: &str,
    ui_keys: &[&String],
    item_ids: &[&str],
    model: &ModelFile,
    scales: &[String],
    careers: &CareersFile,
) -> Result<String> {
    let dir = format!("content/{lang}");
    let ui_path = format!("{dir}/ui.toml");
    let ui: LocaleUiFile = parse(&ui_path)?;
    let items_path = format!("{dir}/items.toml");
    let items: LocaleItemsFile = parse(&items_path)?;
    let careers_path = format!("{dir}/careers.toml");
    let career_text: LocaleCareersFile = parse(&careers_path)?;
    let guide_path = format!("{dir}/guide.md");
    let guide = parse_guide(&read(&guide_path)?, &guide_path)?;

    // Same keys as English, no more, no fewer.
    let keys: Vec<&String> = ui.ui.keys().collect();
    for key in ui_keys {
        if !ui.ui.contains_key(key.as_str()) {
            return Err(format!("{ui_path}: [ui] is missing `{key}`"));
        }
    }
    if let Some(extra) = keys.iter().find(|k| !ui_keys.contains(k)) {
        return Err(format!("{ui_path}: [ui] key `{extra}` is not in content/en/ui.toml"));
    }
    for (key, value) in &ui.ui {
        if value.trim().is_empty() {
            return Err(format!("{ui_path}: [ui] `{key}` is empty"));
        }
    }
    for band in BANDS {
        if !ui.bands.contains_key(band) {
            return Err(format!("{ui_path}: [bands.{band}] is missing"));
        }
    }
    for step in &ui.next_steps {
        if let Some(bad) = step.bands.iter().find(|b| !BANDS.contains(&b.as_str())) {
            return Err(format!("{ui_path}: next step band `{bad}` is not one of {BANDS:?}"));
        }
        if let Some(g) = &step.guide {
            if !GUIDE_SECTIONS.contains(&g.as_str()) {
                return Err(format!("{ui_path}: next step guide `{g}` is no guide section"));
            }
        }
    }
    for id in item_ids {
        match items.items.get(*id) {
            Some(text) if !text.trim().is_empty() => {}
            _ => return Err(format!("{items_path}: [items] has no text for `{id}`")),
        }
    }
    if let Some(extra) = items.items.keys().find(|k| !item_ids.contains(&k.as_str())) {
        return Err(format!("{items_path}: [items] `{extra}` is not an item in content/model.toml"));
    }
    for o in &model.obstacle {
        match items.obstacles.get(&o.id) {
            Some(t) if [&t.name, &t.text, &t.open].iter().all(|s| !s.trim().is_empty()) => {}
            _ => return Err(format!("{items_path}: [obstacles.{}] needs name, text and open", o.id)),
        }
    }
    if let Some(extra) = items.obstacles.keys().find(|k| !model.obstacle.iter().any(|o| &o.id == *k)) {
        return Err(format!("{items_path}: [obstacles.{extra}] is no [[obstacle]] in content/model.toml"));
    }
    if ui.job_zones.len() != 5 || ui.job_zones.iter().any(|z| z.trim().is_empty()) {
        return Err(format!("{ui_path}: job_zones needs 5 texts, Job Zone 1 to 5"));
    }
    for scale in scales {
        match items.scales.get(scale) {
            Some(s) if s.labels.len() == 5 && s.labels.iter().all(|l| !l.trim().is_empty()) => {}
            Some(_) => return Err(format!("{items_path}: [scales.{scale}] needs 5 labels")),
            None => return Err(format!("{items_path}: [scales.{scale}] is missing")),
        }
    }
    for (part, _) in PARTS {
        if !items.parts.contains_key(part) {
            return Err(format!("{items_path}: [parts] needs `{part}`"));
        }
    }
    for area in AREAS {
        if !items.areas.contains_key(area) {
            return Err(format!("{items_path}: [areas.{area}] is missing"));
        }
    }
    for c in &careers.career {
        if !career_text.careers.contains_key(&c.id) {
            return Err(format!("{careers_path}: [careers.{}] is missing", c.id));
        }
    }
    let ids: Vec<&str> = guide.iter().map(|s| s.id.as_str()).collect();
    if ids != GUIDE_SECTIONS {
        return Err(format!("{guide_path}: sections must be, in order, {GUIDE_SECTIONS:?}; found {ids:?}"));
    }
    for s in &guide {
        if s.title.is_empty() || s.lead.is_empty() || !s.blocks.iter().any(|b| matches!(b, Block::Paragraph(_))) {
            return Err(format!("{guide_path}: section `{}` needs a title, a `Lead: ` line and text", s.id));
        }
    }
    if !guide.iter().any(|s| s.blocks.iter().any(|b| matches!(b, Block::SalaryChart))) {
        return Err(format!("{guide_path}: the salary section needs a `[salary-chart]` line"));
    }

    let mut out = String::new();
    writeln!(out, "pub static {name}: Locale = Locale {{").ok();
    writeln!(out, "    lang: {lang:?},").ok();
    writeln!(out, "    ui: Ui {{").ok();
    for key in ui_keys {
        writeln!(out, "        {key}: {:?},", ui.ui[key.as_str()]).ok();
    }
    writeln!(out, "    }},").ok();
    writeln!(out, "    scales: &[").ok();
    for scale in scales {
        let s = &items.scales[scale];
        writeln!(out, "        ScaleText {{ prompt: {:?}, labels: {:?} }},", s.prompt, s.labels).ok();
    }
    writeln!(out, "    ],").ok();
    let parts: Vec<&String> = PARTS.iter().map(|(k, _)| &items.parts[*k]).collect();
    writeln!(out, "    parts: {parts:?},").ok();
    writeln!(out, "    areas: [").ok();
    for area in AREAS {
        let a = &items.areas[area];
        writeln!(out, "        AreaText {{ name: {:?}, short: {:?} }},", a.name, a.short).ok();
    }
    writeln!(out, "    ],").ok();
    let texts: Vec<&String> = item_ids.iter().map(|id| &items.items[*id]).collect();
    writeln!(out, "    items: &{texts:?},").ok();
    writeln!(out, "    obstacles: &[").ok();
    for o in &model.obstacle {
        let t = &items.obstacles[&o.id];
        writeln!(out, "        ObstacleText {{ name: {:?}, text: {:?}, open: {:?} }},", t.name, t.text, t.open).ok();
    }
    writeln!(out, "    ],").ok();
    writeln!(out, "    job_zones: {:?},", ui.job_zones).ok();
    writeln!(out, "    bands: [").ok();
    for band in BANDS {
        let b = &ui.bands[band];
        writeln!(out, "        BandText {{ name: {:?}, meaning: {:?} }},", b.name, b.meaning).ok();
    }
    writeln!(out, "    ],").ok();
    writeln!(out, "    next_steps: &[").ok();
    for step in &ui.next_steps {
        let bands: Vec<String> = step.bands.iter().map(|b| format!("Band::{}", capitalize(b))).collect();
        writeln!(
            out,
            "        NextStep {{ text: {:?}, guide: {:?}, bands: &[{}], related: {:?} }},",
            step.text,
            step.guide,
            bands.join(", "),
            step.related
        )
        .ok();
    }
    writeln!(out, "    ],").ok();
    writeln!(out, "    careers: &[").ok();
    for c in &careers.career {
        let t = &career_text.careers[&c.id];
        writeln!(out, "        CareerText {{ name: {:?}, about: {:?} }},", t.name, t.about).ok();
    }
    writeln!(out, "    ],").ok();
    writeln!(out, "    guide: &[").ok();
    for s in &guide {
        writeln!(out, "        GuideSection {{ id: {:?}, title: {:?}, lead: {:?}, blocks: &[", s.id, s.title, s.lead).ok();
        for b in &s.blocks {
            let code = match b {
                Block::Paragraph(t) => format!("Block::Paragraph({t:?})"),
                Block::List(items) => format!("Block::List(&{items:?})"),
                Block::SalaryChart => "Block::SalaryChart".to_string(),
                Block::Source(t) => format!("Block::Source({t:?})"),
            };
            writeln!(out, "            {code},").ok();
        }
        writeln!(out, "        ] }},").ok();
    }
    writeln!(out, "    ],").ok();
    writeln!(out, "}};\n").ok();
    Ok(out)
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
