//! Carries out the class view's effects in the browser; decides nothing.

use crate::core::class::screen::{ClassEffect, ClassFocus, KEPT_LIST_KEY};
use crate::ui::browser;
use crate::ui::class::student_table::student_link_id;

/// Ids the effects aim at.
pub const SUMMARY_HEADING: &str = "class-summary-heading";
pub const NOTICE: &str = "class-notice";
pub const PASTE_BOX: &str = "class-paste";

pub fn run(effect: &ClassEffect) {
    match effect {
        ClassEffect::Keep(text) => {
            browser::save(KEPT_LIST_KEY, text);
        }
        ClassEffect::Unkeep => browser::remove(KEPT_LIST_KEY),
        ClassEffect::Download { file_name, mime, content } => browser::download(file_name, mime, content),
        ClassEffect::Print => {
            browser::print_with_root_class("print-class");
        }
        ClassEffect::Focus(ClassFocus::Summary) => browser::focus(SUMMARY_HEADING),
        ClassEffect::Focus(ClassFocus::Notice) => browser::focus(NOTICE),
        ClassEffect::Focus(ClassFocus::Box) => browser::focus(PASTE_BOX),
        ClassEffect::Focus(ClassFocus::Student(number)) => browser::focus(&student_link_id(*number)),
    }
}
