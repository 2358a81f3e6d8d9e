//! The English guide, as compiled in: every section of the seed guide present with its key
//! facts, the wording our own, and the corrections of issue 9 ("Guide corrections") in place:
//! phlebotomy as an entry-level role, the real education and certification route, a year for
//! every figure, the United States named, patient contact described fairly, stress tolerance.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::career::MLT;
use std::sync::OnceLock;

use mlt_fit::core::content::Block;

/// A section of the English guide: its id and title (language file) with its texts (guide
/// file, read as the app reads the downloaded one).
struct Section {
    id: &'static str,
    title: &'static str,
    lead: &'static str,
    blocks: &'static [Block],
}

fn sections() -> &'static [Section] {
    static SECTIONS: OnceLock<Vec<Section>> = OnceLock::new();
    SECTIONS.get_or_init(|| {
        let texts = MLT.guide_text("en").expect("the English guide file reads");
        let titles = MLT.default_locale().guide;
        assert_eq!(titles.len(), texts.len());
        titles
            .iter()
            .zip(texts)
            .map(|(s, t)| Section { id: s.id, title: s.title, lead: t.lead, blocks: t.blocks })
            .collect()
    })
}

fn section(id: &str) -> &'static Section {
    sections().iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no guide section {id}"))
}

/// Title, lead and every block of a section as one string.
fn guide_text(id: &str) -> String {
    let s = section(id);
    let mut out = format!("{} {} ", s.title, s.lead);
    for b in s.blocks {
        match b {
            Block::Paragraph(t) | Block::Source(t) => out.push_str(t),
            Block::List(items) => out.push_str(&items.join(" ")),
            Block::SalaryChart => out.push_str("[chart]"),
        }
        out.push(' ');
    }
    out
}

/// The number of items in the longest list of a section.
fn list_len(id: &str) -> usize {
    section(id).blocks.iter().map(|b| if let Block::List(i) = b { i.len() } else { 0 }).max().unwrap_or(0)
}

/// Every list item of a section.
fn list_items(id: &str) -> Vec<&'static str> {
    section(id).blocks.iter().flat_map(|b| if let Block::List(i) = b { i.to_vec() } else { Vec::new() }).collect()
}

/// True if some `b` starts at most `gap` characters before or after some `a` (counted between
/// the end of one and the start of the other).
fn near(text: &str, a: &str, b: &str, gap: usize) -> bool {
    text.match_indices(a).any(|(ia, _)| {
        text.match_indices(b).any(|(ib, _)| {
            let (first, first_len, second) = if ia <= ib { (ia, a.len(), ib) } else { (ib, b.len(), ia) };
            second.saturating_sub(first + first_len) <= gap
        })
    })
}

fn whole_guide() -> String {
    MLT.default_locale().guide.iter().map(|s| guide_text(s.id)).collect::<Vec<_>>().join(" ")
}

#[test]
fn the_guide_covers_every_seed_section_with_its_facts() {
    let locale = MLT.default_locale();
    assert_eq!(locale.guide.len(), 10);
    assert_eq!(list_len("duties"), 6, "six everyday duties");
    assert_eq!(list_len("settings"), 6, "six work settings");
    assert_eq!(list_len("advancing"), 7, "seven technologist specialties (phlebotomy is not one)");
    let what = guide_text("what");
    assert!(what.contains("medical technologist") && what.contains("physician"));
    let education = guide_text("education");
    assert!(education.contains("associate") && education.contains("certificate"));
    let salary = guide_text("salary");
    for figure in ["$39,624", "$28,933", "$64,230", "$60,780"] {
        assert!(salary.contains(figure), "salary section lacks {figure}");
    }
    assert!(salary.contains("[chart]"));
    assert!(salary.contains("Bureau of Labor Statistics"));
    assert_eq!((MLT.salary.low, MLT.salary.median, MLT.salary.high), (28_933, 39_624, 64_230));
    let advancing = list_items("advancing").join(" ").to_lowercase();
    for specialty in
        ["blood bank", "chemistry", "cytotechnolog", "immunology", "microbiology", "molecular", "histotechnolog"]
    {
        assert!(advancing.contains(specialty), "the specialties lack {specialty}");
    }
    let certification = guide_text("certification");
    assert!(certification.contains("ASCP") && certification.contains("AMT"));
    let online = guide_text("online").to_lowercase();
    assert!(online.contains("accredit") && online.contains("lab"));
    let suits = guide_text("suits").to_lowercase();
    assert!(suits.contains("science") && suits.contains("behind the scenes"));
    for s in sections() {
        assert!(!s.lead.is_empty(), "{}", s.id);
    }
}

#[test]
fn the_guide_is_in_our_own_words() {
    // No sentence of the seed guide may be carried over: check every 8-word run of the seed
    // against the guide text (the seed is beside the project when it is there).
    let Ok(seed) = std::fs::read_to_string("../shared/seed/guide-source.txt") else {
        eprintln!("seed guide not found beside the project; skipping the wording check");
        return;
    };
    let norm = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '$' && c != ',')
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect()
    };
    let guide_words = norm(&whole_guide()).join(" ");
    let seed_words = norm(&seed);
    let copied: Vec<String> =
        seed_words.windows(8).map(|w| w.join(" ")).filter(|run| guide_words.contains(run.as_str())).collect();
    assert!(copied.is_empty(), "runs copied from the seed guide: {copied:?}");
}

#[test]
fn the_guide_says_it_describes_the_united_states() {
    assert!(guide_text("what").contains("United States"), "the first section names the country it describes");
}

#[test]
fn phlebotomy_is_an_entry_level_role_not_a_technologist_specialty() {
    let specialties = list_items("advancing");
    assert!(
        specialties.iter().all(|s| !s.to_lowercase().contains("phlebotom")),
        "phlebotomy is listed as a technologist specialty: {specialties:?}"
    );
    let advancing = guide_text("advancing");
    let lower = advancing.to_lowercase();
    assert!(lower.contains("phlebotomist"), "advancing says who phlebotomists are");
    assert!(
        lower.contains("entry-level") && lower.contains("months"),
        "phlebotomy is an entry-level role trained in months"
    );
    assert!(advancing.contains("31-9097"), "the O*NET code of Phlebotomists");
}

#[test]
fn education_gives_the_ascp_route_and_both_accrediting_agencies() {
    let education = guide_text("education");
    for fact in ["60 semester hours", "NAACLS", "ABHES", "ASCP"] {
        assert!(education.contains(fact), "education lacks {fact}");
    }
    let lead = section("education").lead.to_lowercase();
    assert!(
        !lead.contains("certificate") && !lead.contains("enough"),
        "the lead must not say a certificate alone is enough: {lead}"
    );
    let lower = education.to_lowercase();
    assert!(!lower.contains("either of these is enough"), "a certificate is not enough on its own");
    assert!(lower.contains("college credit"), "a one-year certificate builds on earlier college credit");
    assert!(lower.contains("board"), "education points readers to their state's licensing board");
}

#[test]
fn certification_and_online_name_both_agencies_and_point_to_the_state_board() {
    let certification = guide_text("certification");
    for fact in ["60 semester hours", "NAACLS", "ABHES", "California", "Florida", "New York"] {
        assert!(certification.contains(fact), "certification lacks {fact}");
    }
    let lower = certification.to_lowercase();
    assert!(lower.contains("license") && lower.contains("board"), "certification points readers to their state board");
    let online = guide_text("online");
    assert!(online.contains("NAACLS") && online.contains("ABHES"), "online names both accrediting agencies");
}

#[test]
fn every_bls_figure_has_its_year() {
    let salary = guide_text("salary");
    // 342,900 jobs is a 2022 count: the year belongs next to it, not only in the projection.
    assert!(near(&salary, "342,900", "2022", 40), "342,900 jobs needs its year (2022) next to it");
    assert!(near(&salary, "$60,780", "May 2023", 100), "$60,780 needs its date (May 2023)");
    assert!(near(&salary, "5%", "2022", 20) && salary.contains("2032"), "5% growth is for 2022-32");
    assert!(near(&salary, "24,000", "2022", 40), "24,000 openings a year is a 2022-32 projection");
    let bls = section("salary")
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Source(t) if t.contains("Bureau of Labor Statistics") => Some(*t),
            _ => None,
        })
        .expect("a BLS source line");
    assert!(bls.contains("2022") && bls.contains("May 2023"), "the BLS source gives its years: {bls}");
}

#[test]
fn every_figure_in_the_guide_has_a_year_or_says_it_has_none() {
    // A figure is a dollar amount, a percentage or a number with a thousands comma. Each
    // paragraph or list item that holds one names a year, or says that its source gives none.
    let is_figure = |w: &str| {
        w.contains('$') || w.contains('%') || {
            let b = w.as_bytes();
            (1..b.len().saturating_sub(1))
                .any(|i| b[i] == b',' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
        }
    };
    let has_year = |t: &str| {
        t.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
            || t.to_lowercase().contains("no year")
    };
    for s in sections() {
        let mut texts: Vec<&str> = vec![s.lead];
        for b in s.blocks {
            match b {
                Block::Paragraph(t) => texts.push(t),
                Block::List(items) => texts.extend(items.iter().copied()),
                Block::Source(_) | Block::SalaryChart => {}
            }
        }
        for t in texts {
            if t.split_whitespace().any(is_figure) {
                assert!(has_year(t), "section {}: a figure without a year: {t}", s.id);
            }
        }
    }
}

#[test]
fn no_section_says_mlts_have_little_contact_with_patients() {
    for s in MLT.default_locale().guide {
        let text = guide_text(s.id).to_lowercase();
        for phrase in ["little contact with patients", "no contact with patients", "never see them"] {
            assert!(!text.contains(phrase), "section {} says {phrase:?}", s.id);
        }
    }
    assert!(guide_text("what").to_lowercase().contains("collect"), "what says MLTs sometimes collect samples");
    let suits = guide_text("suits").to_lowercase();
    assert!(suits.contains("patients") && suits.contains("collect"), "suits says MLTs meet some patients");
}

#[test]
fn suits_lists_all_six_onet_work_styles() {
    let suits = guide_text("suits").to_lowercase();
    for style in
        ["attention to detail", "dependability", "integrity", "stress tolerance", "independence", "analytical thinking"]
    {
        assert!(suits.contains(style), "suits lacks the work style {style}");
    }
}
