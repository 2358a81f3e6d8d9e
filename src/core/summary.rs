//! The words of a result: what the results screen says about a `FitResult`, in one language.
//! Kept in the core so that what each kind of visitor is told is tested natively (see
//! tests/personas.rs); the results screen only lays these strings out.

use crate::core::content::{args, Locale, NextStep};
use crate::core::model::{Band, Model};
use crate::core::quality::QualityFlag;
use crate::core::scoring::{band_for, FitResult, Shortfall};
use crate::core::text::whole;

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The verdict's name ("Strong fit", "Serious obstacle", ...).
    pub band_name: &'static str,
    /// The first sentence under the verdict: for an obstacle it names the obstacle first.
    pub headline: String,
    /// Why the fit band was held at "mixed", when it was.
    pub held: Option<String>,
    /// What to answer before a band can be given (for "Not enough answers").
    pub shortfalls: Vec<String>,
    /// Response-quality notices, kind words; empty when none fired.
    pub quality: Vec<&'static str>,
    /// The obstacles the answers name, each said plainly.
    pub obstacles: Vec<&'static str>,
    /// Obstacles whose every question was skipped.
    pub open_questions: Vec<&'static str>,
    /// The interest match in words, when there is one.
    pub interest: Option<String>,
    /// "Based on 40 of 59 answers."
    pub coverage: String,
    /// What the skipped questions leave open, when any were skipped.
    pub range: Option<String>,
    /// Said when answering the skipped questions could lift the result into a higher band:
    /// the band shown rests on the least favourable answers.
    pub range_band: Option<&'static str>,
}

fn quality_text(locale: &Locale, flag: QualityFlag) -> &'static str {
    let ui = &locale.ui;
    match flag {
        QualityFlag::YesSaying => ui.quality_yes_saying(),
        QualityFlag::NoSaying => ui.quality_no_saying(),
        QualityFlag::StraightLining => ui.quality_straight_lining(),
        QualityFlag::FlatProfile => ui.quality_flat_profile(),
        QualityFlag::Candour => ui.quality_candour(),
    }
}

pub fn summarize(model: &Model, result: &FitResult, locale: &Locale) -> Summary {
    let ui = &locale.ui;
    let band_text = &locale.bands[result.band.index()];
    let join = |names: Vec<&str>| locale.list(&names);
    let obstacle_names =
        join(result.obstacles.iter().filter_map(|o| locale.obstacles.get(o.obstacle).map(|t| t.name)).collect());

    let headline = match result.band {
        Band::Obstacle => {
            let obstacles = obstacle_names.as_str();
            match result.fit_band {
                Band::Strong | Band::Good => {
                    locale.fill(&ui.results_obstacle_lead_fits(), args::ResultsObstacleLeadFits { obstacles })
                }
                Band::Mixed => {
                    locale.fill(&ui.results_obstacle_lead_mixed(), args::ResultsObstacleLeadMixed { obstacles })
                }
                _ => locale.fill(&ui.results_obstacle_lead_low(), args::ResultsObstacleLeadLow { obstacles }),
            }
        }
        Band::Unclear => ui.results_unclear_lead().to_string(),
        _ => band_text.meaning.to_string(),
    };

    let held = if result.held_by_interests {
        result.interest_match().map(|i| {
            locale.fill(
                &ui.results_held_by_interests(),
                args::ResultsHeldByInterests { interest: &whole(i), good: &whole(model.bands.good) },
            )
        })
    } else if result.held_by_open_obstacle {
        let open =
            join(result.open_obstacles.iter().filter_map(|o| locale.obstacles.get(*o).map(|t| t.name)).collect());
        Some(locale.fill(&ui.results_held_by_open(), args::ResultsHeldByOpen { obstacles: &open }))
    } else {
        None
    };

    let mut shortfalls = Vec::new();
    let mut short_areas = Vec::new();
    let mut keyed_short = false;
    for s in &result.shortfalls {
        match s {
            Shortfall::Part(p) => {
                let part = locale.parts.get(*p).copied().unwrap_or_default();
                shortfalls.push(locale.fill(&ui.results_shortfall_part(), args::ResultsShortfallPart { part }))
            }
            Shortfall::Area(a) => short_areas.push(locale.areas[a.index()].name),
            Shortfall::Keyed(_) => keyed_short = true,
        }
    }
    if !short_areas.is_empty() {
        shortfalls.push(locale.fill(
            &ui.results_shortfall_areas(),
            args::ResultsShortfallAreas { count: &model.coverage.area_answers.to_string(), areas: &join(short_areas) },
        ));
    }
    if keyed_short {
        shortfalls.push(ui.results_shortfall_keyed().to_string());
    }

    let flat = result.quality.contains(&QualityFlag::FlatProfile);
    let interest = result.interest_match().map(|score| {
        let words = match band_for(model, score) {
            // No area stands out: the number says little, whatever band it falls in.
            _ if flat => ui.results_interest_words_flat(),
            Band::Strong => ui.results_interest_words_strong(),
            Band::Good => ui.results_interest_words_good(),
            Band::Mixed => ui.results_interest_words_mixed(),
            _ => ui.results_interest_words_low(),
        };
        locale.fill(&ui.results_interest_match(), args::ResultsInterestMatch { score: &whole(score), words })
    });

    let coverage = locale.fill(
        &ui.results_coverage(),
        args::ResultsCoverage { answered: &result.answered.to_string(), total: &result.total.to_string() },
    );
    let range = (result.skipped() > 0).then(|| match result.overall {
        Some(_) => locale
            .fill(&ui.results_range(), args::ResultsRange { skipped: result.skipped(), high: &whole(result.range.1) }),
        None => locale.fill(
            &ui.results_range_no_score(),
            args::ResultsRangeNoScore { low: &whole(result.range.0), high: &whole(result.range.1) },
        ),
    });

    let range_band = (result.skipped() > 0
        && result.overall.is_some()
        && band_for(model, result.range.1).rank() > result.fit_band.rank())
    .then(|| ui.results_range_band());

    Summary {
        band_name: band_text.name,
        headline,
        held,
        shortfalls,
        quality: result.quality.iter().map(|f| quality_text(locale, *f)).collect(),
        obstacles: result
            .obstacles
            .iter()
            .filter_map(|o| locale.obstacles.get(o.obstacle).map(|t| if o.disagrees { t.disagree } else { t.text }))
            .collect(),
        open_questions: result.open_obstacles.iter().filter_map(|o| locale.obstacles.get(*o).map(|t| t.open)).collect(),
        interest,
        coverage,
        range,
        range_band,
    }
}

/// The next steps this result shows: those for its band, less any that point to a guide
/// section the page hides or to related careers that are not shown.
pub fn next_steps<'a>(locale: &'a Locale, result: &FitResult, guide_shown: bool) -> Vec<&'a NextStep> {
    locale
        .next_steps
        .iter()
        .filter(|s| s.bands.contains(&result.band))
        .filter(|s| guide_shown || s.guide.is_none())
        .filter(|s| !s.related || result.suggests_related())
        .collect()
}

/// The target career's three strongest areas, by name ("Realistic, Investigative and Conventional").
pub fn career_areas(model: &Model, locale: &Locale) -> String {
    let top = crate::core::profile::top_three(&model.career_profile);
    let names: Vec<&str> = top.iter().map(|a| locale.areas[a.index()].name).collect();
    locale.list(&names)
}
