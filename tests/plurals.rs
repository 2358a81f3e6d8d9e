//! The app's plural rules (`core::text::plural`, a few lines a language, shipped in the WASM)
//! against CLDR's, from ICU4X (test-only), for every whole number from 0 to 2,100,000 and for
//! large round numbers; and the content compiler's list of each language's forms
//! (`vocabulary::PLURAL_FORMS`, which the build checks every plural message against) against
//! the categories CLDR gives those languages.
#![cfg(not(target_arch = "wasm32"))]

use content_compiler::vocabulary::PLURAL_FORMS;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use mlt_fit::core::text::{plural, Plural};

fn rules(lang: &str) -> PluralRules {
    let locale: Locale = lang.parse().expect("a language tag");
    PluralRules::try_new_cardinal(locale.into()).expect("CLDR has cardinal rules for it")
}

fn ours(c: PluralCategory) -> Plural {
    match c {
        PluralCategory::Zero => Plural::Zero,
        PluralCategory::One => Plural::One,
        PluralCategory::Two => Plural::Two,
        PluralCategory::Few => Plural::Few,
        PluralCategory::Many => Plural::Many,
        PluralCategory::Other => Plural::Other,
    }
}

#[test]
fn the_apps_plural_rules_are_cldrs_for_whole_numbers() {
    for (lang, _) in PLURAL_FORMS {
        let cldr = rules(lang);
        let mut checked = 0u64;
        let mut check = |n: u64| {
            let expected = ours(cldr.category_for(n));
            assert_eq!(plural(lang, n as usize), expected, "{lang} {n}");
            checked += 1;
        };
        for n in 0..=2_100_000u64 {
            check(n);
        }
        for m in 1..=1000u64 {
            check(m * 1_000_000);
            check(m * 1_000_000 + 1);
        }
        for p in 7..=15 {
            check(10u64.pow(p));
        }
        eprintln!("{lang}: {checked} numbers agree with CLDR");
    }
}

#[test]
fn every_language_lists_exactly_the_forms_cldr_gives_it() {
    for (lang, forms) in PLURAL_FORMS {
        let cldr = rules(lang);
        let mut categories: Vec<&str> = cldr.categories().map(|c| ours(c).key()).collect();
        // Forms whole numbers take (CLDR also lists forms only decimals take; en and es have none).
        categories.retain(|c| (0..=2_100_000u64).any(|n| ours(cldr.category_for(n)).key() == *c));
        assert_eq!(categories, *forms, "{lang}");
    }
}
