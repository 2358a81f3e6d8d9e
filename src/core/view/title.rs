//! The document title: one for each screen (WCAG 2.4.2).

use crate::core::career::Career;
use crate::core::content::args;
use crate::core::route::Route;
use crate::core::session::State;

pub fn document_title(career: &Career, state: &State) -> String {
    let locale = state.locale();
    let ui = &locale.ui;
    let screen = match &state.route {
        Route::Home => ui.app_tagline().to_string(),
        Route::Guide(i) => locale.guide.get(*i).map(|s| s.title).unwrap_or(ui.guide_heading()).to_string(),
        Route::Quiz(i) => locale.fill(
            &ui.quiz_question_of(),
            args::QuizQuestionOf { n: &(i + 1).to_string(), total: &career.questions().to_string() },
        ),
        Route::Class => ui.class_title().to_string(),
        Route::Results(_) => match state.results.as_ref().map(|r| r.outcome.is_ok()) {
            Some(false) => ui.link_error_heading().to_string(),
            _ => ui.results_heading().to_string(),
        },
    };
    locale.fill(&ui.document_title(), args::DocumentTitle { screen: &screen })
}
