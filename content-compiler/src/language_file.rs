//! A language the app loads on demand: every text of one `Locale`, a text a line, in the
//! order of the app's `Locale` fields (`src/core/language_file.rs` reads it back and turns it
//! into a `Locale`). English, the default, is compiled into the app; every other language is
//! one of these files, named with a hash of its content (`lang-es-<hash>.txt`), so a browser
//! may cache it for good and a changed file gets a new name.
//!
//! ```text
//! MLT Fit language file 1 es        header, with the language tag
//! Español                           [language] name, thousands, decimal, unavailable
//! ,
//! .
//! No se pudo cargar …
//! <Ui::LEN lines>                   [ui], in Ui order (sorted keys); messages compiled
//!                                   (`Message::compile`: placeholders as indices, plurals
//!                                   spelt out a variant a combination of forms)
//! 2                                 scales: count, then prompt and 5 labels each
//! 5                                 parts: count, then a name each
//! <6 × 2 lines>                     areas R I A S E C: name, short
//! 59                                items: count, then a text each
//! 2                                 obstacles: count, then name, text, open, disagree each
//! <7 × 2 lines>                     bands, in band order: name, meaning
//! <5 lines>                         job zones 1 to 5
//! 13                                next steps: count, then text, guide id (or empty),
//!                                   bands as letters from `a` (`ab` = strong, good), 1/0
//!                                   (related) each
//! 25                                careers: count, then name, about each
//! 10                                guide sections: count, then id and title each (their
//!                                   texts are in the language's guide file, `guide_file`)
//! end
//! ```
//!
//! No text has a line break or a control character (`validate::plain_texts`), so a line is
//! a text. The app checks the file's hash against the one compiled into it before reading.

use crate::guide::Block;
use crate::message::Message;
use crate::vocabulary::{BANDS, LANGUAGE_FILE_HEADER};
use crate::{Content, Locale};

/// FNV-1a, 64 bits, of the file's bytes: the hash in its name and the check the app makes
/// (`core::language_file::hash`).
pub fn hash(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The file's name in the build: `lang-<tag>-<hash as 16 hex digits>.txt`.
pub fn file_name(lang: &str, text: &str) -> String {
    format!("lang-{lang}-{:016x}.txt", hash(text))
}

/// A `[ui]` value in normalised message syntax (as `questionnaire.json` describes it).
pub fn ui_value(text: &str) -> String {
    Message::parse(text).map(|m| m.source()).unwrap_or_else(|_| text.to_string())
}

/// A `[ui]` value as the app stores it (`Message::compile`): placeholders as argument
/// indices in the order of `content.placeholders`, plurals spelt out for `lang`'s forms.
pub fn compiled_ui_value(content: &Content, lang: &str, key: &str, text: &str) -> String {
    let names: Vec<String> =
        content.placeholders.get(key).map(|p| p.iter().map(|(n, _)| n.clone()).collect()).unwrap_or_default();
    let forms = crate::vocabulary::plural_forms(lang).unwrap_or(&["one", "other"]);
    Message::parse(text).map(|m| m.compile(&names, forms)).unwrap_or_else(|_| text.to_string())
}

/// The language file of `locale` (checked content).
pub fn write(content: &Content, locale: &Locale) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = |s: &str| lines.push(s.to_string());
    line(&format!("{LANGUAGE_FILE_HEADER} {}", locale.lang));
    let language = &locale.ui.language;
    line(&language.name);
    line(&language.thousands);
    line(&language.decimal);
    line(language.unavailable.as_deref().unwrap_or(""));
    for key in &content.ui_keys {
        let text = locale.ui.ui.get(key).map(String::as_str).unwrap_or_default();
        line(&compiled_ui_value(content, &locale.lang, key, text));
    }
    let items = &locale.items;
    line(&content.scales.len().to_string());
    for id in &content.scales {
        let scale = &items.scales[id];
        line(&scale.prompt);
        for label in &scale.labels {
            line(label);
        }
    }
    line(&content.model.part.len().to_string());
    for part in &content.model.part {
        line(&items.parts[&part.id]);
    }
    for area in crate::vocabulary::AREAS {
        let a = &items.areas[area];
        line(&a.name);
        line(&a.short);
    }
    line(&content.model.item.len().to_string());
    for item in &content.model.item {
        line(&items.items[&item.id]);
    }
    line(&content.model.obstacle.len().to_string());
    for o in &content.model.obstacle {
        let t = &items.obstacles[&o.id];
        line(&t.name);
        line(&t.text);
        line(&t.open);
        line(&t.disagree);
    }
    for (key, _) in BANDS {
        let b = &locale.ui.bands[key];
        line(&b.name);
        line(&b.meaning);
    }
    for zone in &locale.ui.job_zones {
        line(zone);
    }
    line(&locale.ui.next_steps.len().to_string());
    for step in &locale.ui.next_steps {
        line(&step.text);
        line(step.guide.as_deref().unwrap_or(""));
        let indices: String = step
            .bands
            .iter()
            .filter_map(|b| crate::vocabulary::BANDS.iter().position(|(k, _)| k == b))
            .map(|i| char::from(b'a' + i as u8))
            .collect();
        line(&indices);
        line(if step.related { "1" } else { "0" });
    }
    line(&content.careers.career.len().to_string());
    for c in &content.careers.career {
        let t = &locale.careers.careers[&c.id];
        line(&t.name);
        line(&t.about);
    }
    // The sections' texts are in the guide file (`guide_file`), loaded when the guide opens.
    line(&locale.guide.len().to_string());
    for s in &locale.guide {
        line(&s.id);
        line(&s.title);
    }
    line("end");
    lines.join("\n") + "\n"
}

/// A pseudo-locale for tests: English with every text wrapped in `⟦…⟧` (messages as a
/// whole, so a filled message is inside its marks; placeholders and plural syntax stay
/// intact; ids, band keys and number marks stay as they are). A view model that shows any
/// letter outside such marks shows a text that did not come from the locale.
pub fn pseudo(content: &Content) -> Locale {
    let en = &content.locales[0];
    let w = |t: &str| format!("⟦{t}⟧");
    let mut ui = en.ui.clone();
    ui.language.name = w(&ui.language.name);
    ui.language.unavailable = Some(w("English could not be loaded"));
    for value in ui.ui.values_mut() {
        *value = w(value);
    }
    for b in ui.bands.values_mut() {
        b.name = w(&b.name);
        b.meaning = w(&b.meaning);
    }
    for z in &mut ui.job_zones {
        *z = w(z);
    }
    for s in &mut ui.next_steps {
        s.text = w(&s.text);
    }
    let mut items = en.items.clone();
    for s in items.scales.values_mut() {
        s.prompt = w(&s.prompt);
        for l in &mut s.labels {
            *l = w(l);
        }
    }
    for p in items.parts.values_mut() {
        *p = w(p);
    }
    for a in items.areas.values_mut() {
        a.name = w(&a.name);
        a.short = w(&a.short);
    }
    for i in items.items.values_mut() {
        *i = w(i);
    }
    for o in items.obstacles.values_mut() {
        o.name = w(&o.name);
        o.text = w(&o.text);
        o.open = w(&o.open);
        o.disagree = w(&o.disagree);
    }
    let mut careers = en.careers.clone();
    for c in careers.careers.values_mut() {
        c.name = w(&c.name);
        c.about = w(&c.about);
    }
    let guide = en
        .guide
        .iter()
        .map(|s| crate::guide::Section {
            id: s.id.clone(),
            title: w(&s.title),
            lead: w(&s.lead),
            blocks: s
                .blocks
                .iter()
                .map(|b| match b {
                    Block::Paragraph(t) => Block::Paragraph(w(t)),
                    Block::Source(t) => Block::Source(w(t)),
                    Block::List(items) => Block::List(items.iter().map(|i| w(i)).collect()),
                    Block::SalaryChart => Block::SalaryChart,
                })
                .collect(),
        })
        .collect();
    Locale { lang: en.lang.clone(), ui, items, careers, guide, filled: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::real_sources;

    #[test]
    fn the_hash_is_fnv1a_64() {
        assert_eq!(hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(file_name("es", ""), "lang-es-cbf29ce484222325.txt");
    }

    #[test]
    fn every_language_file_is_one_text_a_line_in_field_order() {
        let content = crate::check(&real_sources()).unwrap();
        for locale in &content.locales {
            let file = write(&content, locale);
            let lines: Vec<&str> = file.lines().collect();
            assert_eq!(lines[0], format!("{LANGUAGE_FILE_HEADER} {}", locale.lang));
            assert_eq!(lines[1], locale.ui.language.name);
            let first_ui = 5;
            let key = &content.ui_keys[0];
            assert_eq!(lines[first_ui], compiled_ui_value(&content, &locale.lang, key, &locale.ui.ui[key]));
            assert_eq!(lines[first_ui + content.ui_keys.len()], "2", "scales follow the [ui] texts");
            assert_eq!(*lines.last().unwrap(), "end");
            assert!(file.ends_with("end\n"));
        }
    }

    #[test]
    fn the_pseudo_locale_wraps_every_text_and_keeps_messages_valid() {
        let content = crate::check(&real_sources()).unwrap();
        let pseudo = pseudo(&content);
        assert_eq!(pseudo.ui.ui["quiz_next"], "⟦Next⟧");
        let message = Message::parse(&pseudo.ui.ui["results_range"]).unwrap();
        assert_eq!(message.names().into_iter().collect::<Vec<_>>(), ["high", "skipped"]);
        assert_eq!(pseudo.guide[0].id, "what", "ids are not texts");
        let file = write(&content, &pseudo);
        assert!(file.lines().nth(1).unwrap().starts_with('⟦'));
    }
}
