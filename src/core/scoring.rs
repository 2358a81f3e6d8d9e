//! The fit model: answers in, a fit score, a band and the reasons out. SCORING.md explains
//! every formula here in plain words; keep the two in step.
//!
//! Design rules, each checked by a test:
//! - Monotone: answering any one item more like MLT work never lowers the overall score.
//!   That is why the interest sub-score is a weighted sum rather than a correlation (a
//!   correlation can fall when an already-peaked area rises).
//! - Skipped items are left out, never guessed. The result says how many were skipped and
//!   how far the score could move if they were answered.
//! - Deterministic and total: any answer set, even all skipped, gives a result.

use crate::core::answers::{Answers, MAX};
use crate::core::content::{CAREERS, MODEL};
use crate::core::model::{Area, Band, ItemSpec, Keyed, Model, Part};
use crate::core::profile;

/// The neutral middle of every scale ("Unsure", "Not sure").
pub const NEUTRAL: u8 = 2;
/// A part counts toward the overall score only when at least this share of its items is
/// answered; otherwise it would rest on one or two answers.
pub const MIN_PART_COVERAGE: f64 = 0.5;
/// Below this share of answered items overall, no band is given.
pub const MIN_COVERAGE_FOR_BAND: f64 = 0.5;
/// Effects smaller than this (in score points) are not listed as reasons.
pub const REASON_THRESHOLD: f64 = 0.1;
/// How many reasons each way the results show.
pub const REASONS_EACH_WAY: usize = 3;
/// How many related careers the results show.
pub const RELATED_CAREERS: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct PartScore {
    pub part: Part,
    /// 0-100; `None` when too few of its items were answered.
    pub score: Option<f64>,
    pub answered: usize,
    pub total: usize,
}

/// One answer and how much it moved the overall score, compared with answering "Unsure".
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub item: usize,
    pub answer: u8,
    pub effect: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RelatedCareer {
    /// Index into `CAREERS`.
    pub career: usize,
    /// Pearson correlation of the visitor's interest profile with the career's.
    pub similarity: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FitResult {
    /// 0-100, after any deal-breaker cap; `None` when no part has enough answers.
    pub overall: Option<f64>,
    pub band: Band,
    /// Lowest and highest overall score the skipped items could lead to (equal when none skipped).
    pub range: (f64, f64),
    pub answered: usize,
    pub total: usize,
    pub parts: [PartScore; 4],
    /// 0-100 per area (hexagon order); `None` for an area with no answers.
    pub profile: [Option<f64>; 6],
    /// Pearson r between the visitor's and the MLT interest profile, when all six areas have answers.
    pub congruence: Option<f64>,
    /// Brown and Gore C index (0-18) of the visitor's top three areas against the MLT code.
    pub c_index: Option<f64>,
    pub top_areas: Option<[Area; 3]>,
    pub raised: Vec<Reason>,
    pub lowered: Vec<Reason>,
    /// Item indexes whose answers are deal-breakers.
    pub deal_breakers: Vec<usize>,
    /// Careers whose interest profiles are closest to the visitor's, best first.
    pub related: Vec<RelatedCareer>,
}

impl FitResult {
    /// Related careers are offered when MLT work is not a clear fit.
    pub fn suggests_related(&self) -> bool {
        matches!(self.band, Band::Mixed | Band::Low) && !self.related.is_empty()
    }

    pub fn skipped(&self) -> usize {
        self.total - self.answered
    }

    /// Overall score rounded for display.
    pub fn rounded(&self) -> Option<u32> {
        self.overall.map(|s| s.round().clamp(0.0, 100.0) as u32)
    }
}

/// An answer turned so that 0 is furthest from MLT work and 4 closest (for non-interest items).
pub fn aligned(item: &ItemSpec, answer: u8) -> u8 {
    match item.keyed {
        Keyed::Plus => answer.min(MAX),
        Keyed::Minus => MAX - answer.min(MAX),
    }
}

/// Each area's pull in the interest sub-score: how far the MLT profile sits above (+) or
/// below (-) its own mean. Areas central to MLT work pull up, the others pull down.
fn area_pulls(model: &Model) -> [f64; 6] {
    let mean = model.mlt_profile.iter().sum::<f64>() / 6.0;
    model.mlt_profile.map(|v| v - mean)
}

/// The answer to item `index` that is most (`best`) or least like MLT work.
pub fn extreme_answer(model: &Model, index: usize, best: bool) -> u8 {
    let Some(item) = model.items.get(index) else { return NEUTRAL };
    let up = match item.area {
        Some(area) => area_pulls(model)[area.index()] >= 0.0,
        None => item.keyed == Keyed::Plus,
    };
    if up == best {
        MAX
    } else {
        0
    }
}

/// 0-100 interest profile: the mean answer in each area.
pub fn interest_profile(model: &Model, answers: &Answers) -> [Option<f64>; 6] {
    let mut sum = [0.0; 6];
    let mut count = [0usize; 6];
    for (i, item) in model.items.iter().enumerate() {
        if let (Some(area), Some(v)) = (item.area, answers.get(i)) {
            sum[area.index()] += f64::from(v);
            count[area.index()] += 1;
        }
    }
    let mut out = [None; 6];
    for a in 0..6 {
        if count[a] > 0 {
            out[a] = Some(sum[a] / count[a] as f64 / f64::from(MAX) * 100.0);
        }
    }
    out
}

fn part_scores(model: &Model, answers: &Answers) -> [PartScore; 4] {
    let profile = interest_profile(model, answers);
    let pulls = area_pulls(model);
    Part::ALL.map(|part| {
        let items = model.items.iter().enumerate().filter(|(_, it)| it.part == part);
        let total = items.clone().count();
        let answered = items.clone().filter(|(i, _)| answers.get(*i).is_some()).count();
        let enough = total > 0 && answered as f64 >= MIN_PART_COVERAGE * total as f64;
        let score = if !enough {
            None
        } else if part == Part::Interest {
            // Weighted agreement with the MLT profile's shape: an area's score counts up
            // when MLT work is high in it and down when it is low, by how far it is.
            let mut num = 0.0;
            let mut den = 0.0;
            for a in 0..6 {
                if let Some(p) = profile[a] {
                    let toward = if pulls[a] >= 0.0 { p } else { 100.0 - p };
                    num += pulls[a].abs() * toward;
                    den += pulls[a].abs();
                }
            }
            (den > 0.0).then(|| num / den)
        } else {
            let mut num = 0.0;
            let mut den = 0.0;
            for (i, item) in items {
                if let Some(v) = answers.get(i) {
                    num += item.weight * f64::from(aligned(item, v)) / f64::from(MAX) * 100.0;
                    den += item.weight;
                }
            }
            (den > 0.0).then(|| num / den)
        };
        PartScore { part, score, answered, total }
    })
}

/// Weighted mean of the parts that have enough answers, before any deal-breaker cap.
fn uncapped(model: &Model, parts: &[PartScore; 4]) -> Option<f64> {
    let mut num = 0.0;
    let mut den = 0.0;
    for p in parts {
        if let Some(s) = p.score {
            num += model.part_weights[p.part.index()] * s;
            den += model.part_weights[p.part.index()];
        }
    }
    (den > 0.0).then(|| num / den)
}

fn deal_breakers(model: &Model, answers: &Answers) -> Vec<usize> {
    model
        .items
        .iter()
        .enumerate()
        .filter(|(i, item)| match (item.deal_breaker_at, answers.get(*i)) {
            (Some(at), Some(v)) => aligned(item, v) <= at,
            _ => false,
        })
        .map(|(i, _)| i)
        .collect()
}

/// The overall score only: uncapped mean of the parts, then the deal-breaker cap.
pub fn overall_score(model: &Model, answers: &Answers) -> Option<f64> {
    let score = uncapped(model, &part_scores(model, answers))?;
    Some(if deal_breakers(model, answers).is_empty() { score } else { score.min(model.deal_breaker_cap) })
}

fn band_for(model: &Model, score: f64) -> Band {
    // Bands are read off the score as shown (rounded), so a visitor never sees 75 "Good".
    let shown = score.round();
    if shown >= model.bands.strong {
        Band::Strong
    } else if shown >= model.bands.good {
        Band::Good
    } else if shown >= model.bands.mixed {
        Band::Mixed
    } else {
        Band::Low
    }
}

/// Scores `answers` (one slot per item of `MODEL`) with the built-in model.
pub fn score(answers: &Answers) -> FitResult {
    score_with(&MODEL, answers)
}

pub fn score_with(model: &Model, answers: &Answers) -> FitResult {
    let total = model.items.len();
    // Only the model's items count; a longer answer set is read up to its length.
    let mut answers = answers.clone();
    if answers.len() != total {
        let mut fitted = Answers::skipped(total);
        for i in 0..total {
            fitted.set(i, answers.get(i));
        }
        answers = fitted;
    }
    let answers = &answers;
    let answered = answers.answered();
    let parts = part_scores(model, answers);
    let breakers = deal_breakers(model, answers);
    let overall = overall_score(model, answers);

    let band = match overall {
        Some(s) if answered as f64 >= MIN_COVERAGE_FOR_BAND * total as f64 => band_for(model, s),
        _ => Band::Unknown,
    };

    // The range the skipped items leave open: fill them all least, then most, like MLT work.
    let filled = |best: bool| {
        let mut a = answers.clone();
        for i in 0..total {
            if a.get(i).is_none() {
                a.set(i, Some(extreme_answer(model, i, best)));
            }
        }
        overall_score(model, &a).unwrap_or(0.0)
    };
    let range = match (answered == total, overall) {
        (true, Some(s)) => (s, s),
        _ => (filled(false), filled(true)),
    };

    // Reasons: each answer's effect on the uncapped score against answering "Unsure".
    let base = uncapped(model, &parts);
    let mut reasons: Vec<Reason> = Vec::new();
    if let Some(base) = base {
        for i in 0..total {
            let Some(v) = answers.get(i) else { continue };
            let mut neutral = answers.clone();
            neutral.set(i, Some(NEUTRAL));
            if let Some(other) = uncapped(model, &part_scores(model, &neutral)) {
                reasons.push(Reason { item: i, answer: v, effect: base - other });
            }
        }
    }
    // Ties keep item order, so the same answers always list the same reasons.
    let mut raised: Vec<Reason> = reasons.iter().filter(|r| r.effect >= REASON_THRESHOLD).cloned().collect();
    profile::sort_stable_by(&mut raised, |a, b| b.effect.total_cmp(&a.effect));
    raised.truncate(REASONS_EACH_WAY);
    let mut lowered: Vec<Reason> = reasons.iter().filter(|r| r.effect <= -REASON_THRESHOLD).cloned().collect();
    profile::sort_stable_by(&mut lowered, |a, b| a.effect.total_cmp(&b.effect));
    lowered.truncate(REASONS_EACH_WAY);

    let profile = interest_profile(model, answers);
    let complete: Option<[f64; 6]> =
        profile.iter().all(Option::is_some).then(|| profile.map(|p| p.unwrap_or(0.0)));
    let mlt_code = profile::top_three(&model.mlt_profile);
    let congruence = complete.and_then(|p| profile::correlation(&p, &model.mlt_profile));
    let c_index = complete.map(|p| profile::c_index(&p, mlt_code));
    let top_areas = complete.map(|p| profile::top_three(&p));

    let mut related: Vec<RelatedCareer> = match complete {
        Some(p) => CAREERS
            .iter()
            .enumerate()
            .filter_map(|(i, c)| profile::correlation(&p, &c.profile).map(|r| RelatedCareer { career: i, similarity: r }))
            .collect(),
        None => Vec::new(),
    };
    profile::sort_stable_by(&mut related, |a, b| b.similarity.total_cmp(&a.similarity));
    related.truncate(RELATED_CAREERS);

    FitResult {
        overall,
        band,
        range,
        answered,
        total,
        parts,
        profile,
        congruence,
        c_index,
        top_areas,
        raised,
        lowered,
        deal_breakers: breakers,
        related,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned_turns_reverse_keyed_items_round() {
        let item = ItemSpec {
            id: "x",
            part: Part::WorkStyle,
            area: None,
            scale: 0,
            keyed: Keyed::Minus,
            weight: 1.0,
            deal_breaker_at: None,
        };
        assert_eq!(aligned(&item, 0), 4);
        assert_eq!(aligned(&item, 4), 0);
        assert_eq!(aligned(&ItemSpec { keyed: Keyed::Plus, ..item }, 3), 3);
    }

    #[test]
    fn bands_follow_the_rounded_score() {
        assert_eq!(band_for(&MODEL, 74.6), Band::Strong);
        assert_eq!(band_for(&MODEL, 74.4), Band::Good);
        assert_eq!(band_for(&MODEL, 39.4), Band::Low);
    }
}
