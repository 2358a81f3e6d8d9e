//! The question asked before an action that would lose the visitor's own saved answers
//! (`State::confirm`), shown where the action's button was.

use crate::core::content::args;
use crate::core::session::{Confirm, State};

#[derive(Clone, Debug, PartialEq)]
pub struct ConfirmView {
    pub question: String,
    pub yes: &'static str,
    pub no: &'static str,
}

pub fn confirm(state: &State) -> Option<ConfirmView> {
    let locale = state.locale();
    let ui = &locale.ui;
    let answered = state.answers.answered();
    let question = match state.confirm? {
        Confirm::StartOver => locale.fill(&ui.confirm_start_over(), args::ConfirmStartOver { answered }),
        Confirm::ReplaceAnswers => locale.fill(&ui.confirm_replace(), args::ConfirmReplace { answered }),
    };
    Some(ConfirmView { question, yes: ui.confirm_yes(), no: ui.confirm_no() })
}
