//! One question: five labelled choices, progress, back, skip and next.

use crate::core::career::Career;
use crate::core::content::args;
use crate::core::session::{State, StorageStatus};

#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub value: u8,
    pub label: &'static str,
    pub checked: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuestionView {
    pub index: usize,
    /// Stable per question, so each question gets fresh inputs.
    pub key: &'static str,
    pub heading: String,
    pub progress_value: String,
    pub progress_max: String,
    pub progress_label: &'static str,
    pub storage_notice: Option<&'static str>,
    pub group_name: String,
    pub text: &'static str,
    pub prompt: &'static str,
    pub choices: Vec<Choice>,
    pub answer_needed: bool,
    pub answer_needed_text: &'static str,
    pub back: &'static str,
    pub skip: &'static str,
    /// "Next", or "See my results" on the last question.
    pub next: &'static str,
    pub status: String,
    pub hint: &'static str,
}

pub fn question(career: &Career, state: &State, index: usize) -> Option<QuestionView> {
    let locale = state.locale();
    let ui = &locale.ui;
    let total = career.questions();
    let index = index.min(total.checked_sub(1)?);
    let item = career.model.items.get(index)?;
    let text = locale.items.get(index)?;
    let scale = locale.scales.get(item.scale)?;
    let chosen = state.answers.get(index);
    let n = (index + 1).to_string();
    let heading = locale.fill(&ui.quiz_question_of(), args::QuizQuestionOf { n: &n, total: &total.to_string() });
    let seen = index.max(state.position);
    let skipped = (0..seen).filter(|i| state.answers.get(*i).is_none()).count();
    let group_name = format!("answer-{}", item.id);
    let choices = scale
        .labels
        .iter()
        .enumerate()
        .map(|(v, label)| {
            let value = v as u8;
            Choice { id: format!("{group_name}-{value}"), value, label, checked: chosen == Some(value) }
        })
        .collect();
    Some(QuestionView {
        index,
        key: item.id,
        heading,
        progress_value: n,
        progress_max: total.to_string(),
        progress_label: ui.quiz_progress_label(),
        storage_notice: (index == 0 && state.storage == StorageStatus::Unavailable).then_some(ui.storage_unavailable()),
        group_name,
        text,
        prompt: scale.prompt,
        choices,
        answer_needed: state.answer_needed,
        answer_needed_text: ui.quiz_answer_needed(),
        back: ui.quiz_back(),
        skip: ui.quiz_skip(),
        next: if index + 1 == total { ui.quiz_finish() } else { ui.quiz_next() },
        status: locale.fill(
            &ui.quiz_status(),
            args::QuizStatus { answered: &state.answers.answered().to_string(), skipped: &skipped.to_string() },
        ),
        hint: ui.quiz_keyboard_hint(),
    })
}
