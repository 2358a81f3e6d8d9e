//! The class view's words, compiled from `content/<lang>/class.toml` (content-compiler's
//! `class_texts`). Only the class view names [`CLASS_UI`], so only its code, loaded on
//! demand, carries these texts.

include!(concat!(env!("OUT_DIR"), "/class_texts.rs"));

/// The class view's texts in `lang` (a tag such as `es` or `en-US`); English when there are
/// none in that language.
pub fn class_ui(lang: &str) -> &'static ClassUi {
    let primary = lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    let (_, english) = &CLASS_UI[0];
    CLASS_UI.iter().find(|(l, _)| *l == primary).map_or(english, |(_, texts)| texts)
}
