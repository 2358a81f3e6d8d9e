//! The results screen as data: the verdict and its words (from `core::summary`), reasons,
//! part scores, the interest profile, next steps, related careers and the link to share.

use crate::core::career::Career;
use crate::core::content::args;
use crate::core::quality::QualityFlag;
use crate::core::route::Route;
use crate::core::scoring::{FitResult, Reason};
use crate::core::session::{event_href, CopyStatus, Outcome, PrintStatus, QrDrawing, State};
use crate::core::summary::{career_areas, next_steps, summarize, Summary};
use crate::core::text::{signed_hundredths, whole};
use crate::core::view::profile_chart::{profile_chart, ProfileChartView};
use crate::core::view::Link;

#[derive(Clone, Debug, PartialEq)]
pub struct ReasonItem {
    pub text: &'static str,
    pub answer: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReasonColumn {
    pub heading: &'static str,
    pub items: Vec<ReasonItem>,
    /// Shown when `items` is empty.
    pub none: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PartRow {
    pub name: &'static str,
    /// " (40%, 30/30)"
    pub detail: String,
    pub value: String,
    /// Bar length, 0-100, as text.
    pub width: String,
}

/// A next step: its text, and when it links to a guide section, the link with the words
/// before and after it (`results_next_step_guide` places the link, in each language).
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub before: String,
    pub link: Option<Link>,
    pub after: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CareerCard {
    pub name: &'static str,
    pub about: &'static str,
    pub zone: String,
    pub soc: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RelatedView {
    pub heading: &'static str,
    pub intro: &'static str,
    pub careers: Vec<CareerCard>,
}

/// Handing results in: an optional name, the hand-in code and a QR code of the link.
#[derive(Clone, Debug, PartialEq)]
pub struct HandInView {
    pub heading: &'static str,
    pub intro: &'static str,
    pub name_label: &'static str,
    pub name: String,
    pub name_note: String,
    /// Why the typed name cannot go into the link (the link is then made without it).
    pub name_error: Option<&'static str>,
    /// Said with the error: the code and QR are made without the name meanwhile.
    pub name_left_out: &'static str,
    /// "Name: …", printed on the handout when a name is in the link.
    pub printed_name: Option<String>,
    pub code_label: &'static str,
    /// The payload in groups of four, for reading aloud or typing.
    pub code_groups: Vec<String>,
    pub check_note: &'static str,
    pub case_note: &'static str,
    pub print: &'static str,
    pub qr: QrView,
    /// The QR code's text alternative.
    pub qr_alt: &'static str,
}

/// The QR code of the results link, as far as it is drawn (its code loads on demand).
#[derive(Clone, Debug, PartialEq)]
pub enum QrView {
    Waiting,
    Drawn {
        view_box: String,
        path: String,
    },
    /// What to say instead.
    Failed(&'static str),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ShareView {
    pub label: &'static str,
    /// The full link to these results (with the hand-in name, when one was typed).
    pub url: String,
    pub copy: &'static str,
    pub share: &'static str,
    pub status: &'static str,
    pub note: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ResultsView {
    /// Everything below the score and the notices is shown (the second step of the results'
    /// render, after the first paint: `Effect::AfterPaint`).
    pub in_full: bool,
    /// Someone else's results, opened from a link: the banner and a way into the quiz.
    pub shared_banner: Option<(String, Link)>,
    /// "Start over" or "Change my answers" waits for a yes (`State::confirm`).
    pub confirm: Option<crate::core::view::confirm::ConfirmView>,
    /// The visitor's own results: how to hand them in.
    pub hand_in: Option<HandInView>,
    pub old_set_note: Option<String>,
    pub heading: &'static str,
    pub score_label: &'static str,
    pub score: String,
    pub out_of: &'static str,
    /// The verdict's key (`strong`, `obstacle`, ...), for styling.
    pub band_key: &'static str,
    pub summary: Summary,
    pub obstacles_heading: &'static str,
    pub quality_heading: &'static str,
    pub quality_invite: &'static str,
    pub open_heading: &'static str,
    pub reasons_heading: &'static str,
    pub raised: ReasonColumn,
    pub lowered: ReasonColumn,
    pub parts_heading: &'static str,
    pub parts: Vec<PartRow>,
    pub how_scored: &'static str,
    pub profile_heading: &'static str,
    pub career_areas: String,
    pub top_areas: Option<String>,
    pub chart: ProfileChartView,
    pub far_areas: &'static str,
    pub congruence: String,
    pub next_heading: &'static str,
    pub next_steps: Vec<Step>,
    /// Shown for mixed, low and obstacle verdicts; `careers` may be empty ("none fits").
    pub related: Option<RelatedView>,
    pub related_none: &'static str,
    pub share: ShareView,
    pub actions_label: &'static str,
    pub edit: &'static str,
    pub retake: &'static str,
    pub print: &'static str,
    pub disclaimer: &'static str,
    pub attribution: &'static str,
}

fn reasons(career: &Career, state: &State, heading: &'static str, list: &[Reason]) -> ReasonColumn {
    let locale = state.locale();
    let items = list
        .iter()
        .filter_map(|r| {
            let text = locale.items.get(r.item)?;
            let scale = locale.scales.get(career.model.items.get(r.item)?.scale)?;
            let answer = scale.labels.get(usize::from(r.answer))?;
            Some(ReasonItem {
                text,
                answer: locale.fill(&locale.ui.results_reason_answer(), args::ResultsReasonAnswer { answer }),
            })
        })
        .collect();
    ReasonColumn { heading, items, none: locale.ui.results_reasons_none() }
}

fn related(career: &Career, state: &State, result: &FitResult) -> Option<RelatedView> {
    use crate::core::model::Band;
    let locale = state.locale();
    let ui = &locale.ui;
    if !matches!(result.band, Band::Mixed | Band::Low | Band::Obstacle) {
        return None;
    }
    let careers = result
        .related
        .iter()
        .filter_map(|r| {
            let spec = career.related.get(r.career)?;
            let text = locale.careers.get(r.career)?;
            let preparation = locale.job_zones.get(usize::from(spec.job_zone).checked_sub(1)?)?;
            Some(CareerCard {
                name: text.name,
                about: text.about,
                zone: locale.fill(
                    &ui.results_related_zone(),
                    args::ResultsRelatedZone { zone: &spec.job_zone.to_string(), preparation },
                ),
                soc: locale.fill(&ui.results_related_soc(), args::ResultsRelatedSoc { soc: spec.soc }),
            })
        })
        .collect();
    let intro =
        if result.obstacles.is_empty() { ui.results_related_intro() } else { ui.results_related_intro_obstacle() };
    Some(RelatedView { heading: ui.results_related_heading(), intro, careers })
}

pub fn results(career: &Career, state: &State, outcome: &Outcome) -> ResultsView {
    let locale = state.locale();
    let ui = &locale.ui;
    let result = &outcome.result;
    let shared = &outcome.shared;
    let own = state.results_are_own();
    let current = career.current_item_set();
    let to = |route: &Route| event_href(career, locale, route);

    let parts = result
        .parts
        .iter()
        .map(|p| {
            let share = career.model.parts.get(p.part).map_or(0.0, |spec| spec.weight);
            let weight = locale.fill(&ui.results_percent(), args::ResultsPercent { n: &whole(share * 100.0) });
            let (value, width) = match p.score {
                Some(s) => (whole(s), whole(s)),
                None => (ui.results_part_not_enough().to_string(), "0".to_string()),
            };
            PartRow {
                name: locale.parts.get(p.part).copied().unwrap_or_default(),
                detail: locale.fill(
                    &ui.results_part_detail(),
                    args::ResultsPartDetail {
                        weight: &weight,
                        answered: &p.answered.to_string(),
                        total: &p.total.to_string(),
                    },
                ),
                value,
                width,
            }
        })
        .collect();

    let next_steps = next_steps(locale, result, state.guide_shown())
        .into_iter()
        .map(|step| {
            let link = step
                .guide
                .and_then(|id| locale.guide_index(id))
                .and_then(|i| locale.guide.get(i).map(|s| Link { label: s.title, href: to(&Route::Guide(i)) }));
            match link {
                Some(link) => {
                    // The link's place in the sentence is the language's: fill the message with
                    // a mark where the link goes (no text holds a control character), and split.
                    const MARK: char = '\u{1}';
                    let filled = locale.fill(
                        &ui.results_next_step_guide(),
                        args::ResultsNextStepGuide { step: step.text, guide: "\u{1}" },
                    );
                    let (before, after) = filled.split_once(MARK).unwrap_or((&filled, ""));
                    Step { before: before.to_string(), link: Some(link), after: after.to_string() }
                }
                None => Step { before: step.text.to_string(), link: None, after: String::new() },
            }
        })
        .collect();

    let share_fragment = crate::core::session::share_fragment(career, state).unwrap_or_default();
    let url = format!("{}{}", state.page_base, share_fragment);
    let hand_in = own.then(|| {
        let payload = share_fragment.rsplit('/').next().unwrap_or_default();
        let cleaned = crate::core::link::clean_name(&state.hand_in_name);
        // On paper the name is said in words: a pile of handouts is sorted by it.
        let printed_name = match &cleaned {
            Ok(Some(name)) => Some(locale.fill(&ui.hand_in_printed_name(), args::HandInPrintedName { name })),
            _ => None,
        };
        let name_error = match cleaned {
            Ok(_) => None,
            Err(crate::core::link::NameError::TooLong) => Some(ui.hand_in_name_too_long()),
            Err(crate::core::link::NameError::BadChar) => Some(ui.hand_in_name_bad_char()),
            Err(crate::core::link::NameError::NoRoom) => Some(ui.hand_in_name_no_room()),
        };
        HandInView {
            heading: ui.hand_in_heading(),
            intro: ui.hand_in_intro(),
            name_label: ui.hand_in_name_label(),
            name: state.hand_in_name.clone(),
            name_note: locale.fill(
                &ui.hand_in_name_in_link(),
                args::HandInNameInLink { max: &crate::core::link::MAX_NAME_BYTES.to_string() },
            ),
            name_error,
            name_left_out: ui.hand_in_name_left_out(),
            printed_name,
            code_label: ui.hand_in_code_label(),
            code_groups: crate::core::hand_in::groups(payload).into_iter().map(String::from).collect(),
            check_note: ui.hand_in_check_note(),
            case_note: ui.hand_in_case_note(),
            print: ui.hand_in_print(),
            qr: match state.qr.as_ref().map(|q| &q.drawing) {
                Some(QrDrawing::Drawn { view_box, path }) => {
                    QrView::Drawn { view_box: format!("0 0 {view_box} {view_box}"), path: path.clone() }
                }
                Some(QrDrawing::Failed) => QrView::Failed(ui.hand_in_qr_failed()),
                _ => QrView::Waiting,
            },
            qr_alt: ui.hand_in_qr_alt(),
        }
    });
    ResultsView {
        in_full: state.results_in_full,
        shared_banner: (!own).then(|| {
            let text = match &shared.name {
                Some(name) => locale.fill(&ui.results_named_banner(), args::ResultsNamedBanner { name }),
                None => ui.results_shared_banner().to_string(),
            };
            (text, Link { label: ui.results_take_quiz_yourself(), href: to(&Route::Home) })
        }),
        hand_in,
        confirm: crate::core::view::confirm::confirm(state),
        old_set_note: (shared.from_version != current.version).then(|| {
            locale.fill(
                &ui.results_old_set(),
                args::ResultsOldSet {
                    version: &shared.from_version.to_string(),
                    dropped: shared.dropped,
                    missing: shared.missing,
                },
            )
        }),
        heading: ui.results_heading(),
        score_label: ui.results_score_label(),
        score: result.rounded().map(|s| s.to_string()).unwrap_or_else(|| ui.results_no_score().to_string()),
        out_of: ui.results_out_of(),
        band_key: result.band.key(),
        summary: summarize(career.model, result, locale),
        obstacles_heading: ui.results_obstacles_heading(),
        quality_heading: ui.results_quality_heading(),
        quality_invite: ui.quality_invite(),
        open_heading: ui.results_open_heading(),
        reasons_heading: ui.results_reasons_heading(),
        raised: reasons(career, state, ui.results_raised(), &result.raised),
        lowered: reasons(career, state, ui.results_lowered(), &result.lowered),
        parts_heading: ui.results_parts_heading(),
        parts,
        how_scored: ui.results_how_scored(),
        profile_heading: ui.results_profile_heading(),
        career_areas: locale.fill(
            &ui.results_interest_career_areas(),
            args::ResultsInterestCareerAreas { areas: &career_areas(career.model, locale) },
        ),
        // A flat profile has no strongest areas: the order would only be the tie-break's.
        top_areas: result.top_areas.filter(|_| !result.quality.contains(&QualityFlag::FlatProfile)).map(|areas| {
            let names: Vec<&str> = areas.iter().map(|a| locale.areas[a.index()].name).collect();
            locale.fill(&ui.results_top_code(), args::ResultsTopCode { areas: &names.join(ui.results_list_comma()) })
        }),
        chart: profile_chart(locale, career.model, &result.profile),
        far_areas: ui.results_interest_far(),
        congruence: match result.congruence {
            Some(r) => locale
                .fill(&ui.results_congruence(), args::ResultsCongruence { r: &signed_hundredths(r, &locale.marks()) }),
            // Every area answered yet no correlation: the same rating everywhere.
            None if result.profile.iter().all(Option::is_some) => ui.results_congruence_flat().to_string(),
            None => ui.results_congruence_unknown().to_string(),
        },
        next_heading: ui.results_next_heading(),
        next_steps,
        related: related(career, state, result),
        related_none: ui.results_related_none(),
        share: ShareView {
            label: ui.results_link_label(),
            url,
            copy: ui.results_copy_link(),
            share: ui.results_share(),
            status: match state.copy {
                // "Print" found no print dialog: say so on the same status line.
                CopyStatus::Idle if state.print == PrintStatus::Unavailable => ui.results_print_unavailable(),
                CopyStatus::Idle => "",
                CopyStatus::Copied => ui.results_link_copied(),
                CopyStatus::Failed => ui.results_link_copy_failed(),
            },
            note: ui.results_link_note(),
        },
        actions_label: ui.results_actions_label(),
        edit: ui.results_edit(),
        retake: ui.results_retake(),
        print: ui.results_print(),
        disclaimer: ui.results_disclaimer(),
        attribution: ui.results_attribution(),
    }
}
