//! Every rule the content must follow beyond its file shapes, each with the plain message
//! an editor sees when the build stops. The first broken rule is reported.
//!
//! - [`model`]: `content/model.toml` with the item sets, careers and facts it refers to.
//! - [`languages`]: the language folders (English first, it defines every text key).
//! - [`locale`]: one language's texts against the model and English.

use std::collections::{BTreeMap, BTreeSet};

use crate::guide::{Block, Section};
use crate::message::Message;
use crate::schema::{
    CareersFile, FactsFile, ItemFile, ItemSetsFile, LanguageFile, LocaleCareersFile, LocaleItemsFile, LocaleUiFile,
    ModelFile,
};
use crate::vocabulary::{
    band_keys, is_field_name, plural_forms, AREAS, DEFAULT_LANGUAGE, JOB_ZONES, PART_KINDS, SCALE_POINTS,
};
use crate::Error;

/// A message's placeholders in order of first use: (name, used as a number).
pub type Placeholders = Vec<(String, bool)>;

type Result<T = ()> = std::result::Result<T, Error>;

fn fail<T>(message: impl Into<String>) -> Result<T> {
    Err(Error::new(message))
}

/// The model and everything it refers to. `dir` names the content folder in messages.
pub fn model(dir: &str, model: &ModelFile, sets: &ItemSetsFile, careers: &CareersFile, facts: &FactsFile) -> Result {
    parts(dir, model)?;
    guide_list(dir, model)?;
    items(dir, model)?;
    weights_and_limits(dir, model)?;
    obstacles(dir, model)?;
    item_sets(dir, model, sets)?;
    careers_and_facts(dir, model, careers, facts)
}

/// The kind (`interest`, `statements`, `unscored`) of the part an item names, if it names one.
pub fn kind_of<'a>(model: &'a ModelFile, item: &ItemFile) -> Option<&'a str> {
    model.part.iter().find(|p| p.id == item.part).map(|p| p.kind.as_str())
}

/// `[[part]]`: ids, kinds and weights.
fn parts(dir: &str, model: &ModelFile) -> Result {
    let file = format!("{dir}/model.toml");
    let mut seen = BTreeSet::new();
    for part in &model.part {
        let id = &part.id;
        if !seen.insert(id.clone()) {
            return fail(format!("{file}: part id `{id}` is used twice"));
        }
        if !is_id(id) {
            return fail(format!("{file}: part id `{id}`: use lowercase letters, digits and _"));
        }
        if !PART_KINDS.iter().any(|(k, _)| *k == part.kind) {
            return fail(format!("{file}: part `{id}`: kind must be interest, statements or unscored"));
        }
        match (part.kind == "unscored", part.weight) {
            (true, Some(_)) => return fail(format!("{file}: part `{id}` is unscored: it takes no weight")),
            (false, None) => {
                return fail(format!("{file}: part `{id}` needs a weight (its share of the overall score)"))
            }
            _ => {}
        }
    }
    let interest = model.part.iter().filter(|p| p.kind == "interest").count();
    if interest != 1 {
        return fail(format!("{file}: exactly one [[part]] has kind = \"interest\" (found {interest})"));
    }
    let weights: Vec<f64> = model.part.iter().filter_map(|p| p.weight).collect();
    if weights.iter().any(|w| *w < 0.0) || (weights.iter().sum::<f64>() - 100.0).abs() > 1e-9 {
        return fail(format!("{file}: [[part]] weights must be 0 or more and add up to 100"));
    }
    for part in &model.part {
        if !model.item.iter().any(|i| i.part == part.id) {
            return fail(format!("{file}: part `{}` has no items", part.id));
        }
    }
    Ok(())
}

/// `[guide] sections`: the section ids every language's guide has, in order.
fn guide_list(dir: &str, model: &ModelFile) -> Result {
    let file = format!("{dir}/model.toml");
    let sections = &model.guide.sections;
    if sections.is_empty() {
        return fail(format!("{file}: [guide] sections needs at least one section id"));
    }
    let mut seen = BTreeSet::new();
    for id in sections {
        if !is_id(id) {
            return fail(format!("{file}: [guide] section id `{id}`: use lowercase letters, digits and _"));
        }
        if !seen.insert(id) {
            return fail(format!("{file}: [guide] sections lists `{id}` twice"));
        }
    }
    Ok(())
}

/// A language's guide cites as many sources in each section as English's, so a citation is
/// never shown as ordinary text (a paragraph must start with the language's own keyword).
pub fn sources_cited(guide_path: &str, ui_path: &str, keyword: &str, english: &[Section], guide: &[Section]) -> Result {
    let count = |s: &Section| s.blocks.iter().filter(|b| matches!(b, Block::Source(_))).count();
    for (theirs, ours) in english.iter().zip(guide) {
        let (want, found) = (count(theirs), count(ours));
        if want != found {
            return fail(format!(
                "{guide_path}: section `{}` cites {found} sources and its English {want}: a citation is a paragraph \
                 that starts with `{keyword}` (source_keyword in [language] of {ui_path})",
                ours.id
            ));
        }
    }
    Ok(())
}

/// Lowercase letters, digits and `_`, not empty.
fn is_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn items(dir: &str, model: &ModelFile) -> Result {
    let file = format!("{dir}/model.toml");
    let part_ids: Vec<&str> = model.part.iter().map(|p| p.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    for item in &model.item {
        let id = &item.id;
        if !seen.insert(id.clone()) {
            return fail(format!("{file}: item id `{id}` is used twice"));
        }
        if !is_id(id) {
            return fail(format!("{file}: item id `{id}`: use lowercase letters, digits and _"));
        }
        let Some(kind) = kind_of(model, item) else {
            return fail(format!(
                "{file}: item `{id}`: part `{}` is no [[part]] (the parts are {})",
                item.part,
                part_ids.join(", ")
            ));
        };
        let interest = kind == "interest";
        if kind == "unscored" && (item.keyed != "+" || item.scale != "agree" || item.obstacle.is_some()) {
            return fail(format!("{file}: unscored item `{id}` is keyed \"+\" on the agree scale, with no obstacle"));
        }
        match (&item.area, interest) {
            (Some(a), true) if AREAS.contains(&a.as_str()) => {}
            (_, true) => return fail(format!("{file}: interest item `{id}` needs area = one of R I A S E C")),
            (Some(_), false) => return fail(format!("{file}: item `{id}`: only interest items have an area")),
            (None, false) => {}
        }
        if item.keyed != "+" && item.keyed != "-" {
            return fail(format!("{file}: item `{id}`: keyed must be \"+\" or \"-\""));
        }
        if interest && item.keyed != "+" {
            return fail(format!("{file}: interest item `{id}` must be keyed \"+\""));
        }
        if item.weight.is_some_and(|w| !(w > 0.0 && w <= 10.0)) {
            return fail(format!("{file}: item `{id}`: weight must be above 0 and at most 10"));
        }
        if item.deal_breaker_at.is_some_and(|d| usize::from(d) >= SCALE_POINTS - 1) {
            return fail(format!("{file}: item `{id}`: deal_breaker_at must be 0 to 3"));
        }
        match (&item.obstacle, item.deal_breaker_at) {
            (Some(o), Some(_)) if model.obstacle.iter().any(|x| &x.id == o) => {}
            (Some(o), Some(_)) => return fail(format!("{file}: item `{id}`: obstacle `{o}` has no [[obstacle]]")),
            (None, None) => {}
            _ => return fail(format!("{file}: item `{id}`: obstacle and deal_breaker_at go together")),
        }
    }
    for area in AREAS {
        let n = model.item.iter().filter(|i| i.area.as_deref() == Some(area)).count();
        if n < 4 {
            return fail(format!("{file}: area {area} has {n} items; every area needs at least 4"));
        }
        match model.career_profile.get(area) {
            Some(v) if (1.0..=7.0).contains(v) => {}
            _ => return fail(format!("{file}: career_profile.{area} must be a number from 1 to 7")),
        }
    }
    if model.career_profile.len() != AREAS.len() {
        return fail(format!("{file}: career_profile has exactly the keys R I A S E C"));
    }
    Ok(())
}

fn weights_and_limits(dir: &str, model: &ModelFile) -> Result {
    let file = format!("{dir}/model.toml");
    let b = &model.bands;
    if !(0.0 < b.mixed && b.mixed < b.good && b.good < b.strong && b.strong <= 100.0) {
        return fail(format!("{file}: [bands] need 0 < mixed < good < strong <= 100"));
    }
    if !(0.0..=1.0).contains(&model.interests.far_area_weight) {
        return fail(format!("{file}: [interests] far_area_weight must be from 0 to 1"));
    }
    let c = &model.coverage;
    if !(c.part_share > 0.0 && c.part_share <= 1.0 && c.keyed_share > 0.0 && c.keyed_share <= 1.0) {
        return fail(format!("{file}: [coverage] shares must be above 0 and at most 1"));
    }
    for area in AREAS {
        let n = model.item.iter().filter(|i| i.area.as_deref() == Some(area)).count();
        if c.area_answers == 0 || c.area_answers > n {
            return fail(format!("{file}: [coverage] area_answers must be 1 to {n} (area {area} has {n} items)"));
        }
    }
    let q = &model.quality;
    if !(q.no_saying_mean < 2.0 && q.yes_saying_mean > 2.0 && q.yes_saying_mean <= 4.0 && q.no_saying_mean >= 0.0) {
        return fail(format!("{file}: [quality] needs 0 <= no_saying_mean < 2 < yes_saying_mean <= 4"));
    }
    if !(q.straight_line_share > 0.5 && q.straight_line_share <= 1.0 && (0.0..=100.0).contains(&q.flat_profile_range)) {
        return fail(format!(
            "{file}: [quality] straight_line_share is above 0.5 and at most 1; flat_profile_range 0 to 100"
        ));
    }
    let unscored = model.item.iter().filter(|i| kind_of(model, i) == Some("unscored")).count();
    if q.candour_claims == 0 || q.candour_claims > unscored {
        return fail(format!(
            "{file}: [quality] candour_claims must be 1 to the number of unscored (candour) items ({unscored})"
        ));
    }
    for keyed in ["+", "-"] {
        let n = model.item.iter().filter(|i| kind_of(model, i) == Some("statements") && i.keyed == keyed).count();
        if n < 4 {
            return fail(format!(
                "{file}: only {n} statements are keyed \"{keyed}\"; balance needs at least 4 each way"
            ));
        }
    }
    Ok(())
}

fn obstacles(dir: &str, model: &ModelFile) -> Result {
    let file = format!("{dir}/model.toml");
    let mut seen = BTreeSet::new();
    for o in &model.obstacle {
        if !seen.insert(o.id.clone()) {
            return fail(format!("{file}: obstacle `{}` is listed twice", o.id));
        }
        if !model.item.iter().any(|i| i.obstacle.as_ref() == Some(&o.id)) {
            return fail(format!("{file}: obstacle `{}` has no item", o.id));
        }
        if o.prefer_job_zone_at_most.is_some_and(|z| !(1..=JOB_ZONES).contains(&z)) {
            return fail(format!("{file}: obstacle `{}`: prefer_job_zone_at_most is a Job Zone, 1 to 5", o.id));
        }
    }
    Ok(())
}

/// Versions rise, and the newest set is exactly today's items, in order.
fn item_sets(dir: &str, model: &ModelFile, sets: &ItemSetsFile) -> Result {
    let file = format!("{dir}/model.toml");
    let sets_file = format!("{dir}/item_sets.toml");
    if sets.set.windows(2).any(|w| w[0].version >= w[1].version) {
        return fail(format!("{sets_file}: versions must rise from one set to the next"));
    }
    match sets.set.last() {
        Some(last) if last.version == model.item_set => {
            if last.items.iter().ne(model.item.iter().map(|i| &i.id)) {
                let next = last.version + 1;
                return fail(format!(
                    "{sets_file}: set {} does not list the items of {file} in order. If you changed the items, \
                     add a new [[set]] with version {next} listing them, and set item_set = {next} in {file}.",
                    last.version,
                ));
            }
        }
        _ => {
            return fail(format!(
                "{sets_file}: the last [[set]] must have version = {} (item_set in {file})",
                model.item_set
            ))
        }
    }
    if sets.set.iter().any(|s| s.items.len() > 255) {
        return fail(format!("{sets_file}: a set can hold at most 255 items"));
    }
    Ok(())
}

fn careers_and_facts(dir: &str, model: &ModelFile, careers: &CareersFile, facts: &FactsFile) -> Result {
    let careers_file = format!("{dir}/careers.toml");
    let mut seen = BTreeSet::new();
    for c in &careers.career {
        if !seen.insert(c.id.clone()) {
            return fail(format!("{careers_file}: career id `{}` is used twice", c.id));
        }
        let letters: BTreeSet<char> = c.code.chars().collect();
        if c.code.len() != 3 || letters.len() != 3 || !c.code.chars().all(|l| "RIASEC".contains(l)) {
            return fail(format!("{careers_file}: career `{}`: code is three different letters of RIASEC", c.id));
        }
        if c.profile.len() != 6 || AREAS.iter().any(|a| !c.profile.get(*a).is_some_and(|v| (1.0..=7.0).contains(v))) {
            return fail(format!("{careers_file}: career `{}`: profile needs R I A S E C, each 1 to 7", c.id));
        }
        let first = c.code.chars().next().map(String::from).unwrap_or_default();
        if AREAS.iter().any(|a| c.profile.get(*a) > c.profile.get(first.as_str())) {
            return fail(format!(
                "{careers_file}: career `{}`: code starts with {first}, but {first} is not its highest profile value",
                c.id
            ));
        }
        if !(1..=JOB_ZONES).contains(&c.job_zone) {
            return fail(format!("{careers_file}: career `{}`: job_zone is an O*NET Job Zone, 1 to 5", c.id));
        }
        if let Some(r) = c.requires.iter().find(|r| !model.obstacle.iter().any(|o| &o.id == *r)) {
            return fail(format!("{careers_file}: career `{}`: requires `{r}`, which is no [[obstacle]]", c.id));
        }
        if let Some(link) = &c.guide_link {
            if !model.guide.sections.contains(link) {
                return fail(format!(
                    "{careers_file}: career `{}`: guide_link `{link}` is not in [guide] sections of {dir}/model.toml",
                    c.id
                ));
            }
        }
    }
    if careers.career.len() < 5 {
        return fail(format!("{careers_file}: list at least 5 careers"));
    }
    let s = &facts.salary;
    if !(s.low < s.median && s.median < s.high) {
        return fail(format!("{dir}/facts.toml: salary needs low < median < high"));
    }
    Ok(())
}

/// The language folders: English must be one (it defines every text key), and each is
/// named by a language tag (`es`, `pt-br`).
pub fn languages(dir: &str, languages: &[String]) -> Result {
    if !languages.iter().any(|l| l == DEFAULT_LANGUAGE) {
        return fail(format!("{dir}/en/ is missing: English defines every text key"));
    }
    for lang in languages {
        let ok = lang.len() >= 2
            && lang.len() <= 8
            && lang.starts_with(|c: char| c.is_ascii_lowercase())
            && lang.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        if !ok {
            return fail(format!("{dir}/{lang}/: a language folder is named by its language tag, like es or pt-br"));
        }
    }
    Ok(())
}

/// `[language]`: the language's name, guide keyword and number marks, a plural rule the app
/// knows, and (for every language but the default) what to say when it cannot be loaded.
pub fn language(ui_path: &str, lang: &str, language: &LanguageFile) -> Result {
    for (field, value) in
        [("name", &language.name), ("source_keyword", &language.source_keyword), ("decimal", &language.decimal)]
    {
        if value.trim().is_empty() {
            return fail(format!("{ui_path}: [language] `{field}` is empty"));
        }
    }
    if language.thousands == language.decimal || language.thousands.chars().any(|c| c.is_ascii_digit()) {
        return fail(format!("{ui_path}: [language] thousands and decimal must be two different marks, not digits"));
    }
    if plural_forms(lang).is_none() {
        return fail(format!(
            "{ui_path}: the app has no plural rule for `{lang}`: add its CLDR forms to PLURAL_FORMS in \
             content-compiler/src/vocabulary.rs and its rule to plural() in src/core/text.rs"
        ));
    }
    let unavailable = language.unavailable.as_deref().unwrap_or("");
    if lang != DEFAULT_LANGUAGE && unavailable.trim().is_empty() {
        return fail(format!(
            "{ui_path}: [language] needs `unavailable`: what to say, in this language, when its texts cannot be \
             loaded and the page stays in English"
        ));
    }
    Ok(())
}

/// `{a}, {b}` for messages.
fn braced(names: &BTreeSet<String>) -> String {
    names.iter().map(|n| format!("{{{n}}}")).collect::<Vec<_>>().join(", ")
}

/// Every `[ui]` text as a message (`message.rs`): its syntax, plurals that give exactly the
/// language's forms, and, for a language after English, the same placeholders as English's
/// (`english`: that file and its messages' placeholders). Returns each key's placeholders.
pub fn messages(
    ui_path: &str,
    lang: &str,
    ui: &BTreeMap<String, String>,
    english: Option<(&str, &BTreeMap<String, Placeholders>)>,
) -> Result<BTreeMap<String, Placeholders>> {
    let forms = plural_forms(lang).unwrap_or(&[]);
    let mut out = BTreeMap::new();
    for (key, text) in ui {
        let message = Message::parse(text).map_err(|e| Error::new(format!("{ui_path}: [ui] `{key}`: {e}")))?;
        for (name, given) in message.plurals() {
            if let Some(missing) = forms.iter().find(|f| !given.iter().any(|g| g == *f)) {
                return fail(format!(
                    "{ui_path}: [ui] `{key}`: {{{name}, plural}} needs the form `{missing}` ({lang} has the plural \
                     forms {})",
                    forms.join(", ")
                ));
            }
            if let Some(extra) = given.iter().find(|g| !forms.contains(&g.as_str())) {
                return fail(format!(
                    "{ui_path}: [ui] `{key}`: {{{name}, plural}} gives the form `{extra}`, which {lang} does not have \
                     (its forms: {})",
                    forms.join(", ")
                ));
            }
        }
        if let Some((english_file, english)) = english {
            let expected: BTreeSet<String> =
                english.get(key).map(|p| p.iter().map(|(n, _)| n.clone()).collect()).unwrap_or_default();
            let found = message.names();
            if let Some(missing) = expected.iter().find(|n| !found.contains(*n)) {
                return fail(format!(
                    "{ui_path}: [ui] `{key}` is missing the placeholder {{{missing}}} (its English in {english_file} \
                     has {})",
                    braced(&expected)
                ));
            }
            if let Some(extra) = found.iter().find(|n| !expected.contains(*n)) {
                let has = if expected.is_empty() { "none".to_string() } else { braced(&expected) };
                return fail(format!(
                    "{ui_path}: [ui] `{key}` has the placeholder {{{extra}}}, which its English in {english_file} does \
                     not have (it has {has})"
                ));
            }
        }
        out.insert(key.clone(), message.placeholders());
    }
    Ok(out)
}

/// Every text of a language is one line with no control characters (the language file holds
/// a text a line), and only `[ui]` texts have placeholders.
pub fn plain_texts(
    dir: &str,
    lang: &str,
    ui: &LocaleUiFile,
    items: &LocaleItemsFile,
    careers: &LocaleCareersFile,
    guide: &[Section],
) -> Result {
    let ui_path = format!("{dir}/{lang}/ui.toml");
    let items_path = format!("{dir}/{lang}/items.toml");
    let careers_path = format!("{dir}/{lang}/careers.toml");
    let guide_path = format!("{dir}/{lang}/guide.md");
    let mut texts: Vec<(&str, String, &str, bool)> = Vec::new();
    let l = &ui.language;
    for (k, v) in
        [("name", &l.name), ("source_keyword", &l.source_keyword), ("thousands", &l.thousands), ("decimal", &l.decimal)]
    {
        texts.push((&ui_path, format!("[language] {k}"), v, false));
    }
    if let Some(u) = &l.unavailable {
        texts.push((&ui_path, "[language] unavailable".into(), u, false));
    }
    for (k, v) in &ui.ui {
        texts.push((&ui_path, format!("[ui] {k}"), v, true));
    }
    for (k, b) in &ui.bands {
        texts.push((&ui_path, format!("[bands.{k}]"), &b.name, false));
        texts.push((&ui_path, format!("[bands.{k}]"), &b.meaning, false));
    }
    for z in &ui.job_zones {
        texts.push((&ui_path, "job_zones".into(), z, false));
    }
    for s in &ui.next_steps {
        texts.push((&ui_path, "[[next_steps]]".into(), &s.text, false));
    }
    for (k, s) in &items.scales {
        texts.push((&items_path, format!("[scales.{k}]"), &s.prompt, false));
        for label in &s.labels {
            texts.push((&items_path, format!("[scales.{k}]"), label, false));
        }
    }
    for (k, v) in &items.parts {
        texts.push((&items_path, format!("[parts] {k}"), v, false));
    }
    for (k, a) in &items.areas {
        texts.push((&items_path, format!("[areas.{k}]"), &a.name, false));
        texts.push((&items_path, format!("[areas.{k}]"), &a.short, false));
    }
    for (k, v) in &items.items {
        texts.push((&items_path, format!("[items] {k}"), v, false));
    }
    for (k, o) in &items.obstacles {
        for v in [&o.name, &o.text, &o.open, &o.disagree] {
            texts.push((&items_path, format!("[obstacles.{k}]"), v, false));
        }
    }
    for (k, c) in &careers.careers {
        texts.push((&careers_path, format!("[careers.{k}]"), &c.name, false));
        texts.push((&careers_path, format!("[careers.{k}]"), &c.about, false));
    }
    for s in guide {
        for v in [&s.title, &s.lead] {
            texts.push((&guide_path, format!("section `{}`", s.id), v, false));
        }
        for b in &s.blocks {
            let parts: Vec<&String> = match b {
                Block::Paragraph(t) | Block::Source(t) => vec![t],
                Block::List(items) => items.iter().collect(),
                Block::SalaryChart => vec![],
            };
            for v in parts {
                texts.push((&guide_path, format!("section `{}`", s.id), v, false));
            }
        }
    }
    for (file, label, text, message) in texts {
        if text.chars().any(char::is_control) {
            return fail(format!("{file}: {label}: a text is one line, with no line breaks or control characters"));
        }
        if !message && (text.contains('{') || text.contains('}')) {
            return fail(format!("{file}: {label}: `{{` and `}}` mark placeholders, which only [ui] texts have"));
        }
    }
    Ok(())
}

/// What one language's texts are checked against.
pub struct Expected<'a> {
    /// The `[ui]` keys of English.
    pub ui_keys: &'a [String],
    /// The file that defines them (`content/en/ui.toml`).
    pub ui_keys_file: &'a str,
    pub model: &'a ModelFile,
    /// Scale ids in the order the items first use them.
    pub scales: &'a [String],
    pub careers: &'a CareersFile,
}

/// One language's texts: `ui.toml`, `items.toml`, `careers.toml` and the guide's sections.
pub fn locale(
    dir: &str,
    lang: &str,
    expected: &Expected,
    ui: &LocaleUiFile,
    items: &LocaleItemsFile,
    careers: &LocaleCareersFile,
    guide: &[Section],
) -> Result {
    let ui_path = format!("{dir}/{lang}/ui.toml");
    let items_path = format!("{dir}/{lang}/items.toml");
    let careers_path = format!("{dir}/{lang}/careers.toml");
    let guide_path = format!("{dir}/{lang}/guide.md");
    let model = expected.model;
    let bands = band_keys();

    // Same keys as English, no more, no fewer; each becomes a field of the `Ui` struct.
    if let Some(bad) = ui.ui.keys().find(|k| !is_field_name(k)) {
        return fail(format!(
            "{ui_path}: [ui] key `{bad}`: use lowercase letters, digits and _, starting with a letter"
        ));
    }
    for key in expected.ui_keys {
        if !ui.ui.contains_key(key) {
            return fail(format!("{ui_path}: [ui] is missing `{key}`"));
        }
    }
    if let Some(extra) = ui.ui.keys().find(|k| !expected.ui_keys.contains(k)) {
        return fail(format!("{ui_path}: [ui] key `{extra}` is not in {}", expected.ui_keys_file));
    }
    for (key, value) in &ui.ui {
        if value.trim().is_empty() {
            return fail(format!("{ui_path}: [ui] `{key}` is empty"));
        }
    }
    for band in bands {
        if !ui.bands.contains_key(band) {
            return fail(format!("{ui_path}: [bands.{band}] is missing"));
        }
    }
    for step in &ui.next_steps {
        if let Some(bad) = step.bands.iter().find(|b| !bands.contains(&b.as_str())) {
            return fail(format!("{ui_path}: next step band `{bad}` is not one of {bands:?}"));
        }
        if let Some(g) = &step.guide {
            if !model.guide.sections.contains(g) {
                return fail(format!(
                    "{ui_path}: next step guide `{g}` is not in [guide] sections of {dir}/model.toml"
                ));
            }
        }
    }
    for item in &model.item {
        match items.items.get(&item.id) {
            Some(text) if !text.trim().is_empty() => {}
            _ => return fail(format!("{items_path}: [items] has no text for `{}`", item.id)),
        }
    }
    if let Some(extra) = items.items.keys().find(|k| !model.item.iter().any(|i| &i.id == *k)) {
        return fail(format!("{items_path}: [items] `{extra}` is not an item in {dir}/model.toml"));
    }
    for o in &model.obstacle {
        match items.obstacles.get(&o.id) {
            Some(t) if [&t.name, &t.text, &t.open, &t.disagree].iter().all(|s| !s.trim().is_empty()) => {}
            _ => return fail(format!("{items_path}: [obstacles.{}] needs name, text, open and disagree", o.id)),
        }
    }
    if let Some(extra) = items.obstacles.keys().find(|k| !model.obstacle.iter().any(|o| &o.id == *k)) {
        return fail(format!("{items_path}: [obstacles.{extra}] is no [[obstacle]] in {dir}/model.toml"));
    }
    if ui.job_zones.len() != usize::from(JOB_ZONES) || ui.job_zones.iter().any(|z| z.trim().is_empty()) {
        return fail(format!("{ui_path}: job_zones needs 5 texts, Job Zone 1 to 5"));
    }
    for scale in expected.scales {
        match items.scales.get(scale) {
            Some(s) if s.labels.len() == SCALE_POINTS && s.labels.iter().all(|l| !l.trim().is_empty()) => {}
            Some(_) => return fail(format!("{items_path}: [scales.{scale}] needs 5 labels")),
            None => return fail(format!("{items_path}: [scales.{scale}] is missing")),
        }
    }
    for part in &model.part {
        match items.parts.get(&part.id) {
            Some(name) if !name.trim().is_empty() => {}
            _ => return fail(format!("{items_path}: [parts] needs a name for `{}`", part.id)),
        }
    }
    if let Some(extra) = items.parts.keys().find(|k| !model.part.iter().any(|p| &p.id == *k)) {
        return fail(format!("{items_path}: [parts] `{extra}` is no [[part]] in {dir}/model.toml"));
    }
    for area in AREAS {
        if !items.areas.contains_key(area) {
            return fail(format!("{items_path}: [areas.{area}] is missing"));
        }
    }
    for c in &expected.careers.career {
        if !careers.careers.contains_key(&c.id) {
            return fail(format!("{careers_path}: [careers.{}] is missing", c.id));
        }
    }
    guide_sections(dir, &guide_path, &model.guide.sections, guide)
}

/// The guide has every section of `[guide] sections`, in order, each with text; one of them
/// shows the salary chart.
fn guide_sections(dir: &str, guide_path: &str, expected: &[String], guide: &[Section]) -> Result {
    let ids: Vec<&str> = guide.iter().map(|s| s.id.as_str()).collect();
    if ids != expected {
        return fail(format!(
            "{guide_path}: sections must be, in order, {expected:?} ([guide] sections in {dir}/model.toml); found {ids:?}"
        ));
    }
    for s in guide {
        if s.title.is_empty() || s.lead.is_empty() || !s.blocks.iter().any(|b| matches!(b, Block::Paragraph(_))) {
            return fail(format!(
                "{guide_path}: section `{}` needs a title, a lead (a `> ` paragraph under the heading) and a paragraph of text",
                s.id
            ));
        }
    }
    if !guide.iter().any(|s| s.blocks.contains(&Block::SalaryChart)) {
        return fail(format!("{guide_path}: the salary section needs a `[salary-chart]` paragraph"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Each test breaks one rule in a copy of the real content and checks the message.
    use crate::testing::{en, error_after, es, in_entry, replace_once};

    /// `broken!(name, |sources| change, "message")`: a test that `change` gives `message`.
    macro_rules! broken {
        ($name:ident, |$s:ident| $change:expr, $message:expr $(,)?) => {
            #[test]
            fn $name() {
                assert_eq!(error_after(|$s| $change), $message);
            }
        };
    }

    // ---- content/model.toml: items

    broken!(
        duplicate_item_id,
        |s| s.model = in_entry(&s.model, "r_bike_chain", "r_bike_chain", "i_pond_water"),
        "content/model.toml: item id `i_pond_water` is used twice"
    );
    broken!(
        item_id_with_a_dash,
        |s| s.model = in_entry(&s.model, "a_draw", "a_draw", "a-draw"),
        "content/model.toml: item id `a-draw`: use lowercase letters, digits and _"
    );
    broken!(
        unknown_part,
        |s| s.model = in_entry(&s.model, "ws_detail", "work_style", "hobbies"),
        "content/model.toml: item `ws_detail`: part `hobbies` is no [[part]] (the parts are interest, work_style, \
         conditions, practical, candour)"
    );
    broken!(
        unscored_item_keyed_minus,
        |s| s.model = in_entry(&s.model, "cand_never_late", "keyed = \"+\"", "keyed = \"-\""),
        "content/model.toml: unscored item `cand_never_late` is keyed \"+\" on the agree scale, with no obstacle"
    );
    broken!(
        unscored_item_on_the_like_scale,
        |s| s.model = in_entry(&s.model, "cand_never_late", "scale = \"agree\"", "scale = \"like\""),
        "content/model.toml: unscored item `cand_never_late` is keyed \"+\" on the agree scale, with no obstacle"
    );
    broken!(
        unscored_item_with_an_obstacle,
        |s| s.model = in_entry(
            &s.model,
            "cand_never_late",
            "keyed = \"+\"",
            "keyed = \"+\"\nobstacle = \"blood\"\ndeal_breaker_at = 1"
        ),
        "content/model.toml: unscored item `cand_never_late` is keyed \"+\" on the agree scale, with no obstacle"
    );
    broken!(
        interest_item_without_area,
        |s| s.model = in_entry(&s.model, "a_draw", "area = \"A\"\n", ""),
        "content/model.toml: interest item `a_draw` needs area = one of R I A S E C"
    );
    broken!(
        interest_item_with_unknown_area,
        |s| s.model = in_entry(&s.model, "a_draw", "area = \"A\"", "area = \"X\""),
        "content/model.toml: interest item `a_draw` needs area = one of R I A S E C"
    );
    broken!(
        statement_with_an_area,
        |s| s.model = in_entry(&s.model, "ws_detail", "scale", "area = \"R\"\nscale"),
        "content/model.toml: item `ws_detail`: only interest items have an area"
    );
    broken!(
        keyed_neither_way,
        |s| s.model = in_entry(&s.model, "ws_detail", "keyed = \"+\"", "keyed = \"yes\""),
        "content/model.toml: item `ws_detail`: keyed must be \"+\" or \"-\""
    );
    broken!(
        interest_item_keyed_minus,
        |s| s.model = in_entry(&s.model, "a_draw", "keyed = \"+\"", "keyed = \"-\""),
        "content/model.toml: interest item `a_draw` must be keyed \"+\""
    );
    broken!(
        weight_above_ten,
        |s| s.model = in_entry(&s.model, "cond_blood", "weight = 2", "weight = 11"),
        "content/model.toml: item `cond_blood`: weight must be above 0 and at most 10"
    );
    broken!(
        weight_zero,
        |s| s.model = in_entry(&s.model, "cond_blood", "weight = 2", "weight = 0"),
        "content/model.toml: item `cond_blood`: weight must be above 0 and at most 10"
    );
    broken!(
        deal_breaker_off_the_scale,
        |s| s.model = in_entry(&s.model, "cond_blood", "deal_breaker_at = 1", "deal_breaker_at = 4"),
        "content/model.toml: item `cond_blood`: deal_breaker_at must be 0 to 3"
    );
    broken!(
        bad_obstacle_reference,
        |s| s.model = in_entry(&s.model, "cond_blood", "obstacle = \"blood\"", "obstacle = \"bloood\""),
        "content/model.toml: item `cond_blood`: obstacle `bloood` has no [[obstacle]]"
    );
    broken!(
        obstacle_without_deal_breaker,
        |s| s.model = in_entry(&s.model, "cond_blood", "deal_breaker_at = 1\n", ""),
        "content/model.toml: item `cond_blood`: obstacle and deal_breaker_at go together"
    );
    broken!(
        part_without_items,
        |s| s.model = s.model.replace("part = \"practical\"", "part = \"conditions\""),
        "content/model.toml: part `practical` has no items"
    );
    broken!(
        area_with_too_few_items,
        |s| s.model = s.model.replacen("area = \"A\"", "area = \"R\"", 2),
        "content/model.toml: area A has 3 items; every area needs at least 4"
    );
    broken!(
        career_profile_off_the_scale,
        |s| s.model = replace_once(&s.model, "R = 6.01", "R = 8.0"),
        "content/model.toml: career_profile.R must be a number from 1 to 7"
    );
    broken!(
        career_profile_with_an_extra_key,
        |s| s.model = replace_once(&s.model, "R = 6.01", "R = 6.01\nX = 2.0"),
        "content/model.toml: career_profile has exactly the keys R I A S E C"
    );

    // ---- content/model.toml: parts

    broken!(
        duplicate_part_id,
        |s| s.model = in_entry(&s.model, "conditions", "id = \"conditions\"", "id = \"work_style\""),
        "content/model.toml: part id `work_style` is used twice"
    );
    broken!(
        part_id_with_a_dash,
        |s| s.model = in_entry(&s.model, "work_style", "id = \"work_style\"", "id = \"work-style\""),
        "content/model.toml: part id `work-style`: use lowercase letters, digits and _"
    );
    broken!(
        unknown_part_kind,
        |s| s.model = in_entry(&s.model, "work_style", "kind = \"statements\"", "kind = \"scale\""),
        "content/model.toml: part `work_style`: kind must be interest, statements or unscored"
    );
    broken!(
        two_interest_parts,
        |s| s.model = in_entry(&s.model, "work_style", "kind = \"statements\"", "kind = \"interest\""),
        "content/model.toml: exactly one [[part]] has kind = \"interest\" (found 2)"
    );
    broken!(
        no_interest_part,
        |s| s.model = in_entry(&s.model, "interest", "kind = \"interest\"", "kind = \"statements\""),
        "content/model.toml: exactly one [[part]] has kind = \"interest\" (found 0)"
    );
    broken!(
        weights_not_adding_to_100,
        |s| s.model = in_entry(&s.model, "interest", "weight = 40", "weight = 45"),
        "content/model.toml: [[part]] weights must be 0 or more and add up to 100"
    );
    broken!(
        negative_weight,
        |s| {
            s.model = in_entry(&s.model, "interest", "weight = 40", "weight = 70");
            s.model = in_entry(&s.model, "work_style", "weight = 25", "weight = -5");
        },
        "content/model.toml: [[part]] weights must be 0 or more and add up to 100"
    );
    broken!(
        scored_part_without_weight,
        |s| s.model = in_entry(&s.model, "practical", "weight = 15\n", ""),
        "content/model.toml: part `practical` needs a weight (its share of the overall score)"
    );
    broken!(
        weight_on_an_unscored_part,
        |s| s.model = in_entry(&s.model, "candour", "kind = \"unscored\"", "kind = \"unscored\"\nweight = 0"),
        "content/model.toml: part `candour` is unscored: it takes no weight"
    );

    // ---- content/model.toml: guide sections

    broken!(
        empty_guide_sections,
        |s| s.model = replace_once(
            &s.model,
            "sections = [\"what\", \"duties\", \"settings\", \"education\", \"salary\", \
            \"advancing\", \"certification\", \"online\", \"suits\", \"decision\"]",
            "sections = []"
        ),
        "content/model.toml: [guide] sections needs at least one section id"
    );
    broken!(
        guide_section_listed_twice,
        |s| s.model = replace_once(&s.model, "\"suits\", \"decision\"]", "\"suits\", \"what\"]"),
        "content/model.toml: [guide] sections lists `what` twice"
    );
    broken!(
        guide_section_id_with_a_capital,
        |s| s.model = replace_once(&s.model, "\"suits\", \"decision\"]", "\"suits\", \"Decision\"]"),
        "content/model.toml: [guide] section id `Decision`: use lowercase letters, digits and _"
    );
    broken!(
        bands_out_of_order,
        |s| s.model = replace_once(&s.model, "good = 65", "good = 80"),
        "content/model.toml: [bands] need 0 < mixed < good < strong <= 100"
    );
    broken!(
        far_area_weight_above_one,
        |s| s.model = replace_once(&s.model, "far_area_weight = 0.5", "far_area_weight = 1.5"),
        "content/model.toml: [interests] far_area_weight must be from 0 to 1"
    );
    broken!(
        coverage_share_zero,
        |s| s.model = replace_once(&s.model, "part_share = 0.5", "part_share = 0"),
        "content/model.toml: [coverage] shares must be above 0 and at most 1"
    );
    broken!(
        coverage_area_answers_above_items,
        |s| s.model = replace_once(&s.model, "area_answers = 3", "area_answers = 9"),
        "content/model.toml: [coverage] area_answers must be 1 to 5 (area R has 5 items)"
    );
    broken!(
        yes_saying_below_the_middle,
        |s| s.model = replace_once(&s.model, "yes_saying_mean = 3.0", "yes_saying_mean = 1.5"),
        "content/model.toml: [quality] needs 0 <= no_saying_mean < 2 < yes_saying_mean <= 4"
    );
    broken!(
        straight_line_share_a_half,
        |s| s.model = replace_once(&s.model, "straight_line_share = 0.8", "straight_line_share = 0.5"),
        "content/model.toml: [quality] straight_line_share is above 0.5 and at most 1; flat_profile_range 0 to 100"
    );
    broken!(
        candour_claims_above_candour_items,
        |s| s.model = replace_once(&s.model, "candour_claims = 2", "candour_claims = 5"),
        "content/model.toml: [quality] candour_claims must be 1 to the number of unscored (candour) items (3)"
    );
    broken!(
        too_few_statements_keyed_minus,
        |s| s.model = s.model.replace("keyed = \"-\"", "keyed = \"+\""),
        "content/model.toml: only 0 statements are keyed \"-\"; balance needs at least 4 each way"
    );

    // ---- content/model.toml: obstacles

    broken!(
        obstacle_listed_twice,
        |s| s.model = replace_once(
            &s.model,
            "prefer_job_zone_at_most = 2\n",
            "prefer_job_zone_at_most = 2\n\n[[obstacle]]\nid = \"blood\"\n"
        ),
        "content/model.toml: obstacle `blood` is listed twice"
    );
    broken!(
        obstacle_without_item,
        |s| s.model = replace_once(
            &s.model,
            "[[obstacle]]\nid = \"program\"",
            "[[obstacle]]\nid = \"needles\"\n\n[[obstacle]]\nid = \"program\""
        ),
        "content/model.toml: obstacle `needles` has no item"
    );
    broken!(
        obstacle_job_zone_off_the_scale,
        |s| s.model = replace_once(&s.model, "prefer_job_zone_at_most = 2", "prefer_job_zone_at_most = 6"),
        "content/model.toml: obstacle `program`: prefer_job_zone_at_most is a Job Zone, 1 to 5"
    );

    // ---- content/item_sets.toml

    broken!(
        item_set_versions_not_rising,
        |s| s.item_sets = replace_once(&s.item_sets, "version = 1", "version = 3"),
        "content/item_sets.toml: versions must rise from one set to the next"
    );
    broken!(items_changed_without_a_new_set, |s| s.model = in_entry(&s.model, "a_draw", "a_draw", "a_draw_faces"),
        "content/item_sets.toml: set 2 does not list the items of content/model.toml in order. If you changed the items, \
         add a new [[set]] with version 3 listing them, and set item_set = 3 in content/model.toml.");
    broken!(
        item_set_version_not_the_models,
        |s| s.model = replace_once(&s.model, "item_set = 2", "item_set = 3"),
        "content/item_sets.toml: the last [[set]] must have version = 3 (item_set in content/model.toml)"
    );

    // ---- content/careers.toml and content/facts.toml

    broken!(
        duplicate_career,
        |s| s.careers = replace_once(&s.careers, "id = \"histotechnician\"", "id = \"med_technologist\""),
        "content/careers.toml: career id `med_technologist` is used twice"
    );
    broken!(
        career_code_not_riasec,
        |s| s.careers = in_entry(&s.careers, "med_technologist", "code = \"IRC\"", "code = \"IRX\""),
        "content/careers.toml: career `med_technologist`: code is three different letters of RIASEC"
    );
    broken!(
        career_profile_missing_an_area,
        |s| s.careers = in_entry(&s.careers, "med_technologist", ", C = 4.99", ""),
        "content/careers.toml: career `med_technologist`: profile needs R I A S E C, each 1 to 7"
    );
    broken!(
        career_code_not_led_by_its_top_area,
        |s| s.careers = in_entry(&s.careers, "med_technologist", "code = \"IRC\"", "code = \"RIC\""),
        "content/careers.toml: career `med_technologist`: code starts with R, but R is not its highest profile value"
    );
    broken!(
        career_job_zone_off_the_scale,
        |s| s.careers = in_entry(&s.careers, "med_technologist", "job_zone = 4", "job_zone = 0"),
        "content/careers.toml: career `med_technologist`: job_zone is an O*NET Job Zone, 1 to 5"
    );
    broken!(
        career_requires_an_unknown_obstacle,
        |s| s.careers = in_entry(&s.careers, "med_technologist", "[\"blood\"]", "[\"needles\"]"),
        "content/careers.toml: career `med_technologist`: requires `needles`, which is no [[obstacle]]"
    );
    broken!(
        career_links_an_unknown_guide_section,
        |s| s.careers = in_entry(&s.careers, "med_technologist", "\"advancing\"", "\"moving_up\""),
        "content/careers.toml: career `med_technologist`: guide_link `moving_up` is not in [guide] sections of \
         content/model.toml"
    );
    broken!(
        career_links_a_section_dropped_from_the_list,
        |s| s.model = replace_once(&s.model, "\"salary\", \"advancing\", ", "\"salary\", "),
        "content/careers.toml: career `med_technologist`: guide_link `advancing` is not in [guide] sections of \
         content/model.toml"
    );
    broken!(
        too_few_careers,
        |s| s.careers = s.careers.split("[[career]]").take(5).collect::<Vec<_>>().join("[[career]]"),
        "content/careers.toml: list at least 5 careers"
    );
    broken!(
        salary_out_of_order,
        |s| s.facts = replace_once(&s.facts, "low = 28933", "low = 48933"),
        "content/facts.toml: salary needs low < median < high"
    );

    // ---- content/en/ui.toml

    broken!(
        empty_ui_text,
        |s| en(s).ui = replace_once(&en(s).ui, "app_title = \"MLT Fit\"", "app_title = \" \""),
        "content/en/ui.toml: [ui] `app_title` is empty"
    );
    broken!(
        ui_key_that_is_no_field_name,
        |s| en(s).ui = replace_once(&en(s).ui, "\nnav_quiz = ", "\nnav-quiz = "),
        "content/en/ui.toml: [ui] key `nav-quiz`: use lowercase letters, digits and _, starting with a letter"
    );
    broken!(
        missing_band_text,
        |s| en(s).ui = replace_once(&en(s).ui, "[bands.unclear]", "[bands.vague]"),
        "content/en/ui.toml: [bands.unclear] is missing"
    );
    broken!(next_step_for_an_unknown_band, |s| en(s).ui = replace_once(&en(s).ui, "bands = [\"mixed\"]", "bands = [\"meh\"]"),
        "content/en/ui.toml: next step band `meh` is not one of [\"strong\", \"good\", \"mixed\", \"low\", \"unknown\", \"unclear\", \"obstacle\"]");
    broken!(
        next_step_to_an_unknown_guide_section,
        |s| en(s).ui = replace_once(&en(s).ui, "guide = \"suits\"", "guide = \"fit\""),
        "content/en/ui.toml: next step guide `fit` is not in [guide] sections of content/model.toml"
    );
    broken!(
        next_step_to_a_section_dropped_from_the_list,
        |s| s.model = replace_once(&s.model, "\"certification\", \"online\", ", "\"certification\", "),
        "content/en/ui.toml: next step guide `online` is not in [guide] sections of content/model.toml"
    );
    broken!(
        four_job_zones,
        |s| en(s).ui = replace_once(&en(s).ui, "  \"extensive preparation, usually a graduate degree\",\n", ""),
        "content/en/ui.toml: job_zones needs 5 texts, Job Zone 1 to 5"
    );

    // ---- content/en/items.toml and careers.toml

    broken!(
        missing_item_text,
        |s| en(s).items = replace_once(&en(s).items, "\na_draw = ", "\na_drawing = "),
        "content/en/items.toml: [items] has no text for `a_draw`"
    );
    broken!(
        text_for_an_unknown_item,
        |s| en(s).items = replace_once(&en(s).items, "\na_draw = ", "\na_paint = \"Paint\"\na_draw = "),
        "content/en/items.toml: [items] `a_paint` is not an item in content/model.toml"
    );
    broken!(
        missing_obstacle_text,
        |s| en(s).items = replace_once(&en(s).items, "[obstacles.program]", "[obstacles.programme]"),
        "content/en/items.toml: [obstacles.program] needs name, text, open and disagree"
    );
    broken!(
        scale_with_four_labels,
        |s| en(s).items = replace_once(&en(s).items, "\"Not sure\", ", ""),
        "content/en/items.toml: [scales.agree] needs 5 labels"
    );
    broken!(
        missing_scale,
        |s| en(s).items = replace_once(&en(s).items, "[scales.like]", "[scales.enjoy]"),
        "content/en/items.toml: [scales.like] is missing"
    );
    broken!(
        missing_part_name,
        |s| en(s).items = replace_once(&en(s).items, "practical = \"Practical factors\"\n", ""),
        "content/en/items.toml: [parts] needs a name for `practical`"
    );
    broken!(
        missing_unscored_part_name,
        |s| en(s).items = replace_once(&en(s).items, "candour = \"Candour check\"\n", ""),
        "content/en/items.toml: [parts] needs a name for `candour`"
    );
    broken!(
        name_for_an_unknown_part,
        |s| en(s).items = replace_once(
            &en(s).items,
            "candour = \"Candour check\"\n",
            "candour = \"Candour check\"\nhobbies = \"Hobbies\"\n"
        ),
        "content/en/items.toml: [parts] `hobbies` is no [[part]] in content/model.toml"
    );
    broken!(
        missing_area_text,
        |s| en(s).items = replace_once(&en(s).items, "[areas.E]", "[areas.Ent]"),
        "content/en/items.toml: [areas.E] is missing"
    );
    broken!(
        missing_career_text,
        |s| en(s).careers = replace_once(&en(s).careers, "[careers.phlebotomist]", "[careers.phleb]"),
        "content/en/careers.toml: [careers.phlebotomist] is missing"
    );

    // ---- content/en/guide.md (its Markdown format is tested in guide.rs)

    broken!(guide_sections_in_the_wrong_order, |s| {
        let guide = replace_once(&en(s).guide, "<!-- id: duties -->", "<!-- id: tmp -->");
        let guide = replace_once(&guide, "<!-- id: settings -->", "<!-- id: duties -->");
        en(s).guide = replace_once(&guide, "<!-- id: tmp -->", "<!-- id: settings -->");
    },
        "content/en/guide.md: sections must be, in order, [\"what\", \"duties\", \"settings\", \"education\", \"salary\", \
         \"advancing\", \"certification\", \"online\", \"suits\", \"decision\"] ([guide] sections in content/model.toml); \
         found [\"what\", \"settings\", \"duties\", \"education\", \"salary\", \"advancing\", \"certification\", \"online\", \
         \"suits\", \"decision\"]");
    broken!(guide_section_missing, |s| en(s).guide = en(s).guide.split("<!-- id: decision -->").next().unwrap().to_string(),
        "content/en/guide.md: sections must be, in order, [\"what\", \"duties\", \"settings\", \"education\", \"salary\", \
         \"advancing\", \"certification\", \"online\", \"suits\", \"decision\"] ([guide] sections in content/model.toml); \
         found [\"what\", \"duties\", \"settings\", \"education\", \"salary\", \"advancing\", \"certification\", \"online\", \
         \"suits\"]");
    broken!(guide_without_a_listed_section,
        |s| s.model = replace_once(&s.model, "\"suits\", \"decision\"]", "\"suits\", \"decision\", \"faq\"]"),
        "content/en/guide.md: sections must be, in order, [\"what\", \"duties\", \"settings\", \"education\", \"salary\", \
         \"advancing\", \"certification\", \"online\", \"suits\", \"decision\", \"faq\"] ([guide] sections in \
         content/model.toml); found [\"what\", \"duties\", \"settings\", \"education\", \"salary\", \"advancing\", \
         \"certification\", \"online\", \"suits\", \"decision\"]");
    broken!(guide_section_with_only_a_list, |s| {
        // The settings section's three paragraphs (one line each) go; its lead and list stay.
        let paragraphs = ["One nice thing about this career", "Each place has its own feel", "The core skills are the same"];
        let lines = en(s).guide.lines().filter(|l| !paragraphs.iter().any(|p| l.starts_with(p)));
        en(s).guide = lines.collect::<Vec<_>>().join("\n");
    },
        "content/en/guide.md: section `settings` needs a title, a lead (a `> ` paragraph under the heading) and a paragraph of text");
    broken!(
        guide_without_salary_chart,
        |s| en(s).guide = replace_once(&en(s).guide, "[salary-chart]\n\n", ""),
        "content/en/guide.md: the salary section needs a `[salary-chart]` paragraph"
    );
    broken!(
        guide_with_text_before_the_first_heading,
        |s| en(s).guide = format!("Welcome!\n\n{}", en(s).guide),
        "content/en/guide.md:1: text before the first `## ` heading"
    );
    #[test]
    fn guide_section_without_lead() {
        let mut line = 0;
        let err = error_after(|s| {
            let lead = "\n> Pay starts modest, and the number you see depends on which source you read.\n";
            en(s).guide = replace_once(&en(s).guide, lead, "");
            line = en(s).guide.lines().position(|l| l == "## Pay and job outlook").unwrap() + 1;
        });
        assert_eq!(
            err,
            format!(
                "content/en/guide.md:{line}: section `salary` needs a lead: one `> ` paragraph right under its heading"
            )
        );
    }

    // ---- a second language (content/es/): same keys, same placeholders, its own plural forms

    broken!(
        language_missing_a_key,
        |s| es(s).ui = replace_once(&es(s).ui, "\nquiz_skip = \"Saltar\"\n", "\n"),
        "content/es/ui.toml: [ui] is missing `quiz_skip`"
    );
    broken!(
        language_missing_a_placeholder,
        |s| es(s).ui = replace_once(&es(s).ui, "de {total} preguntas.\"", "de las preguntas.\""),
        "content/es/ui.toml: [ui] `resume_body` is missing the placeholder {total} (its English in content/en/ui.toml has {answered}, {total})"
    );
    broken!(
        language_with_a_misspelt_placeholder,
        |s| es(s).ui = replace_once(&es(s).ui, "\"Pregunta {n} de {total}\"", "\"Pregunta {n} de {totla}\""),
        "content/es/ui.toml: [ui] `quiz_question_of` is missing the placeholder {total} (its English in content/en/ui.toml has {n}, {total})"
    );
    broken!(
        language_with_an_extra_placeholder,
        |s| es(s).ui = replace_once(&es(s).ui, "quiz_skip = \"Saltar\"", "quiz_skip = \"Saltar {n}\""),
        "content/es/ui.toml: [ui] `quiz_skip` has the placeholder {n}, which its English in content/en/ui.toml does not have (it has none)"
    );
    broken!(
        language_missing_a_plural_form,
        |s| es(s).ui = replace_once(&es(s).ui, " many {# de preguntas} other {# preguntas}}, unos", " other {# preguntas}}, unos"),
        "content/es/ui.toml: [ui] `home_facts`: {count, plural} needs the form `many` (es has the plural forms one, many, other)"
    );
    broken!(
        english_with_a_form_it_does_not_have,
        |s| en(s).ui = replace_once(&en(s).ui, "{count, plural, one {# question} other", "{count, plural, one {# question} many {# questions} other"),
        "content/en/ui.toml: [ui] `home_facts`: {count, plural} gives the form `many`, which en does not have (its forms: one, other)"
    );
    broken!(
        language_with_broken_plural_syntax,
        |s| es(s).ui = replace_once(&es(s).ui, "{count, plural, one {# pregunta}", "{count, plural, one # pregunta"),
        "content/es/ui.toml: [ui] `home_facts`: {count, plural}: the form `one` needs its text in {…}"
    );
    broken!(
        language_without_its_unavailable_note,
        |s| es(s).ui = replace_once(&es(s).ui, "\nunavailable = ", "\n# unavailable = "),
        "content/es/ui.toml: [language] needs `unavailable`: what to say, in this language, when its texts cannot be loaded and the page stays in English"
    );
    broken!(
        language_without_its_guide_keyword,
        |s| es(s).ui = replace_once(&es(s).ui, "source_keyword = \"Fuente:\"", "source_keyword = \"Source:\""),
        "content/es/guide.md: section `salary` cites 0 sources and its English 2: a citation is a paragraph that starts \
         with `Source:` (source_keyword in [language] of content/es/ui.toml)"
    );
    broken!(
        language_with_the_same_marks_for_thousands_and_decimals,
        |s| es(s).ui = replace_once(&es(s).ui, "decimal = \".\"", "decimal = \",\""),
        "content/es/ui.toml: [language] thousands and decimal must be two different marks, not digits"
    );
    broken!(
        a_text_on_two_lines,
        |s| es(s).items = replace_once(
            &es(s).items,
            "a_draw = \"Dibujar personas o lugares\"",
            "a_draw = \"Dibujar personas\\no lugares\""
        ),
        "content/es/items.toml: [items] a_draw: a text is one line, with no line breaks or control characters"
    );
    broken!(
        a_placeholder_outside_the_interface_texts,
        |s| es(s).items =
            replace_once(&es(s).items, "a_draw = \"Dibujar personas o lugares\"", "a_draw = \"Dibujar {n} personas\""),
        "content/es/items.toml: [items] a_draw: `{` and `}` mark placeholders, which only [ui] texts have"
    );
    broken!(
        language_missing_an_item,
        |s| es(s).items = replace_once(&es(s).items, "a_draw = \"Dibujar personas o lugares\"\n", ""),
        "content/es/items.toml: [items] has no text for `a_draw`"
    );
    broken!(
        language_missing_a_guide_section,
        |s| {
            let start = es(s).guide.find("<!-- id: advancing -->").unwrap();
            let end = es(s).guide.find("<!-- id: certification -->").unwrap();
            es(s).guide.replace_range(start..end, "");
        },
        "content/es/guide.md: sections must be, in order, [\"what\", \"duties\", \"settings\", \"education\", \"salary\", \"advancing\", \"certification\", \"online\", \"suits\", \"decision\"] ([guide] sections in content/model.toml); found [\"what\", \"duties\", \"settings\", \"education\", \"salary\", \"certification\", \"online\", \"suits\", \"decision\"]"
    );
}
