//! A language's guide texts, loaded when a visitor first opens the guide rather than with
//! the page (a visitor may never open it): the lead and the blocks of every section, a text
//! a line (`src/core/guide_file.rs` reads it back). The sections' ids and titles stay in the
//! language file, since the contents, the pagers and the results' next steps name them.
//! Every language has one of these files, English too, named with a hash of its content
//! (`guide-en-<hash>.txt`); the app checks the hash before reading it.
//!
//! ```text
//! MLT Fit guide file 1 en           header, with the language tag
//! 10                                sections: count, then for each: id, lead, block count,
//!                                   and each block: `P <text>`, `S <text>` (a source),
//!                                   `C` (the salary chart) or `L <n>` and n lines of items
//! end
//! ```

use crate::guide::Block;
use crate::language_file::hash;
use crate::vocabulary::GUIDE_FILE_HEADER;
use crate::Locale;

pub fn write(locale: &Locale) -> String {
    let mut lines: Vec<String> = vec![format!("{GUIDE_FILE_HEADER} {}", locale.lang), locale.guide.len().to_string()];
    for s in &locale.guide {
        lines.push(s.id.clone());
        lines.push(s.lead.clone());
        lines.push(s.blocks.len().to_string());
        for b in &s.blocks {
            match b {
                Block::Paragraph(t) => lines.push(format!("P {t}")),
                Block::Source(t) => lines.push(format!("S {t}")),
                Block::SalaryChart => lines.push("C".into()),
                Block::List(items) => {
                    lines.push(format!("L {}", items.len()));
                    lines.extend(items.iter().cloned());
                }
            }
        }
    }
    lines.push("end".into());
    lines.join("\n") + "\n"
}

/// The file's name in the build: `guide-<tag>-<hash as 16 hex digits>.txt`.
pub fn file_name(lang: &str, text: &str) -> String {
    format!("guide-{lang}-{:016x}.txt", hash(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::real_sources;

    #[test]
    fn a_guide_file_is_every_section_s_lead_and_blocks_a_text_a_line() {
        let content = crate::check(&real_sources()).unwrap();
        for locale in &content.locales {
            let file = write(locale);
            let lines: Vec<&str> = file.lines().collect();
            assert_eq!(lines[0], format!("{GUIDE_FILE_HEADER} {}", locale.lang));
            assert_eq!(lines[1], "10");
            let first = &locale.guide[0];
            assert_eq!(lines[2..5], [first.id.as_str(), first.lead.as_str(), &first.blocks.len().to_string()]);
            assert!(lines.contains(&"C"), "the salary chart's place");
            assert!(lines.iter().any(|l| l.starts_with("S ")), "sources");
            assert!(lines.iter().any(|l| l.starts_with("L ")), "lists");
            assert!(file.ends_with("\nend\n"));
            assert!(file_name(&locale.lang, &file).starts_with(&format!("guide-{}-", locale.lang)));
        }
    }

    #[test]
    fn the_language_file_keeps_only_the_sections_ids_and_titles() {
        let content = crate::check(&real_sources()).unwrap();
        let english = &content.locales[0];
        let language = crate::language_file::write(&content, english);
        let guide = write(english);
        let section = &english.guide[1];
        assert!(language.contains(&format!("\n{}\n{}\n", section.id, section.title)));
        assert!(!language.contains(&section.lead), "the lead is in the guide file");
        assert!(guide.contains(&section.lead));
        assert!(!guide.contains(&section.title), "titles are in the language file");
    }
}
