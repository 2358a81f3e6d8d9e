//! The fit model: answers in, a fit score, a verdict and the reasons out. SCORING.md explains
//! every rule here in plain words; keep the two in step.
//!
//! The rules are the same for any target career: its model (`Model`: parts, profile, bands,
//! thresholds) is data. "Like the career's work" below means the answer its model counts
//! highest.
//!
//! Design rules, each checked by a test:
//! - Monotone: answering any one item more like the career's work never lowers the score.
//! - Skipping never raises a result: a skipped item earns no credit (it is counted as the
//!   answer least like the career's work), so the shown score is the low end of the range the
//!   skips leave open, and answering can only raise it.
//! - Interests carry the result: no band without enough answers in every interest area, and
//!   no band above "mixed" unless the interest match itself is good.
//! - Obstacles and response quality are reported apart from fit, never folded into it.
//! - Deterministic and total: any answer set, even all skipped, gives a result.

use crate::core::answers::{Answers, MAX};
use crate::core::model::{Area, Band, CareerSpec, ItemSpec, Keyed, Model, PartKind};
use crate::core::profile;
use crate::core::quality::{self, QualityFlag};
use crate::core::related::related_careers;
pub use crate::core::related::RelatedCareer;

/// The neutral middle of every scale ("Unsure", "Not sure").
pub const NEUTRAL: u8 = 2;
/// Effects smaller than this (in score points) are not listed as reasons.
pub const REASON_THRESHOLD: f64 = 0.1;
/// How many reasons each way the results show.
pub const REASONS_EACH_WAY: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct PartScore {
    /// Index into `Model::parts`.
    pub part: usize,
    pub kind: PartKind,
    /// 0-100 (skipped items earn no credit); `None` when too few of its items were answered.
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

/// What a result lacks before a band can be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortfall {
    /// Fewer than the required share of this part's items answered (index into `Model::parts`).
    Part(usize),
    /// Fewer than the required answers in this interest area.
    Area(Area),
    /// Too few of the statements keyed this way answered.
    Keyed(Keyed),
}

/// An obstacle the visitor's answers name, with the items that name it.
#[derive(Clone, Debug, PartialEq)]
pub struct ObstacleFound {
    /// Index into `Model::obstacles`.
    pub obstacle: usize,
    pub items: Vec<usize>,
    /// Its "+" question was agreed with clearly (the career's way) and its "−" question too
    /// (the deal-breaker): the answers contradict each other. Still an obstacle (the
    /// cautious reading), said as a contradiction.
    pub disagrees: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FitResult {
    /// 0-100, skipped items earning no credit; `None` when there are not enough answers.
    pub overall: Option<f64>,
    /// The verdict the results claim (see `Band`).
    pub band: Band,
    /// The fit band alone, before response quality and obstacles are considered; `Unknown`
    /// when there are not enough answers.
    pub fit_band: Band,
    /// The fit band was held at "mixed" because the interest match is below "good".
    pub held_by_interests: bool,
    /// The verdict was held at "mixed" (the fit band being good or strong) because no question
    /// about an obstacle was answered clearly (each skipped or answered with the middle point).
    pub held_by_open_obstacle: bool,
    /// The score as shown (skipped items no credit) and the highest the skipped items could
    /// lead to (all answered most like the career's work). Equal when nothing was skipped.
    pub range: (f64, f64),
    pub answered: usize,
    /// Every question asked, unscored (candour) items included.
    pub total: usize,
    /// The scored parts, in the model's order.
    pub parts: Vec<PartScore>,
    /// 0-100 per area (hexagon order) from the answered items; `None` for an area with none.
    pub profile: [Option<f64>; 6],
    /// Pearson r between the visitor's and the career's interest profile, when all six areas
    /// have answers.
    pub congruence: Option<f64>,
    /// Brown and Gore C index (0-18) of the visitor's top three areas against the career's code.
    pub c_index: Option<f64>,
    pub top_areas: Option<[Area; 3]>,
    pub raised: Vec<Reason>,
    pub lowered: Vec<Reason>,
    /// Obstacles the answers name, in the model's order.
    pub obstacles: Vec<ObstacleFound>,
    /// Obstacles (indexes into `Model::obstacles`) left open: none of their questions answered
    /// clearly the career's way, and none a deal-breaker (skipped, or "Not sure").
    pub open_obstacles: Vec<usize>,
    /// Response-quality checks that fired.
    pub quality: Vec<QualityFlag>,
    /// Why there are not enough answers for a band (empty when there are).
    pub shortfalls: Vec<Shortfall>,
    /// Careers whose interest profiles resemble the visitor's, best first.
    pub related: Vec<RelatedCareer>,
}

impl FitResult {
    /// Related careers are offered when the career is not a clear fit, or is blocked.
    pub fn suggests_related(&self) -> bool {
        matches!(self.band, Band::Mixed | Band::Low | Band::Obstacle) && !self.related.is_empty()
    }

    pub fn skipped(&self) -> usize {
        self.total - self.answered
    }

    /// Overall score rounded for display.
    pub fn rounded(&self) -> Option<u32> {
        self.overall.map(|s| s.round().clamp(0.0, 100.0) as u32)
    }

    /// The interest match (the interest part's score), 0-100.
    pub fn interest_match(&self) -> Option<f64> {
        self.parts.iter().find(|p| p.kind == PartKind::Interest).and_then(|p| p.score)
    }
}

/// An answer turned so that 0 is furthest from the career's work and 4 closest (for
/// non-interest items).
pub fn aligned(item: &ItemSpec, answer: u8) -> u8 {
    match item.keyed {
        Keyed::Plus => answer.min(MAX),
        Keyed::Minus => MAX - answer.min(MAX),
    }
}

/// Each area's pull in the interest match: how far the career profile sits above (+) or below
/// (-) its own mean, with areas below the mean weighted by `far_area_weight`.
fn area_pulls(model: &Model) -> [f64; 6] {
    let mean = model.career_profile.iter().sum::<f64>() / 6.0;
    model.career_profile.map(|v| {
        let pull = v - mean;
        if pull < 0.0 {
            pull * model.far_area_weight
        } else {
            pull
        }
    })
}

/// The answer to item `index` that is most (`best`) or least like the career's work (for an
/// unscored candour item, which never counts, "Strongly disagree" either way).
pub fn extreme_answer(model: &Model, index: usize, best: bool) -> u8 {
    let Some(item) = model.items.get(index) else {
        return NEUTRAL;
    };
    // Candour claims have no direction toward the career; the honest answer is disagreeing.
    if item.is_unscored() {
        return 0;
    }
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

/// The answers with every skipped item filled in least (`best = false`) or most like the
/// career's work.
pub fn filled(model: &Model, answers: &Answers, best: bool) -> Answers {
    let mut out = answers.clone();
    for i in 0..model.items.len() {
        if out.get(i).is_none() {
            out.set(i, Some(extreme_answer(model, i, best)));
        }
    }
    out
}

/// 0-100 interest profile: the mean answer in each area, over the answered items.
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

/// Each part's 0-100 score over the answered items of `answers`, indexed like `Model::parts`
/// (`None` for an unscored part or one with no answered items). Called on filled answers, so
/// every item counts.
fn raw_part_scores(model: &Model, answers: &Answers) -> Vec<Option<f64>> {
    let profile = interest_profile(model, answers);
    let pulls = area_pulls(model);
    let mut out = Vec::with_capacity(model.parts.len());
    for (part, spec) in model.parts.iter().enumerate() {
        let mut num = 0.0;
        let mut den = 0.0;
        match spec.kind {
            PartKind::Interest => {
                // Agreement with the career profile's shape: an area counts up when the
                // career is high in it and down when it is low, by how far (SCORING.md §3).
                for a in 0..6 {
                    if let Some(p) = profile[a] {
                        let toward = if pulls[a] >= 0.0 { p } else { 100.0 - p };
                        num += pulls[a].abs() * toward;
                        den += pulls[a].abs();
                    }
                }
            }
            PartKind::Statements => {
                for (i, item) in model.items.iter().enumerate().filter(|(_, it)| it.part == part) {
                    if let Some(v) = answers.get(i) {
                        num += item.weight * f64::from(aligned(item, v)) / f64::from(MAX) * 100.0;
                        den += item.weight;
                    }
                }
            }
            PartKind::Unscored => {}
        }
        out.push((den > 0.0).then(|| num / den));
    }
    out
}

/// Weighted mean of the parts that have a score (`parts` indexed like `Model::parts`).
fn weighted(model: &Model, parts: &[Option<f64>]) -> Option<f64> {
    let mut num = 0.0;
    let mut den = 0.0;
    for (spec, s) in model.parts.iter().zip(parts) {
        if let Some(s) = s {
            num += spec.weight * s;
            den += spec.weight;
        }
    }
    (den > 0.0).then(|| num / den)
}

/// The overall score with skipped items earning no credit, whatever the coverage.
pub fn overall_score(model: &Model, answers: &Answers) -> Option<f64> {
    weighted(model, &raw_part_scores(model, &filled(model, answers, false)))
}

/// What the answers lack before a band can be given (SCORING.md §5).
pub fn shortfalls(model: &Model, answers: &Answers) -> Vec<Shortfall> {
    let c = &model.coverage;
    let share = |pred: &dyn Fn(&ItemSpec) -> bool, needed: f64| {
        let items: Vec<usize> = (0..model.items.len()).filter(|i| pred(&model.items[*i])).collect();
        let answered = items.iter().filter(|i| answers.get(**i).is_some()).count();
        (answered as f64) < needed * items.len() as f64
    };
    let mut out = Vec::new();
    for (part, _) in model.parts.iter().enumerate().filter(|(_, spec)| spec.is_scored()) {
        if share(&|it| it.part == part, c.part_share) {
            out.push(Shortfall::Part(part));
        }
    }
    for area in Area::ALL {
        let answered =
            (0..model.items.len()).filter(|i| model.items[*i].area == Some(area) && answers.get(*i).is_some()).count();
        if answered < c.area_answers {
            out.push(Shortfall::Area(area));
        }
    }
    for keyed in [Keyed::Plus, Keyed::Minus] {
        if share(&|it| it.is_keyed_statement() && it.keyed == keyed, c.keyed_share) {
            out.push(Shortfall::Keyed(keyed));
        }
    }
    out
}

fn obstacles_found(model: &Model, answers: &Answers) -> (Vec<ObstacleFound>, Vec<usize>) {
    let mut found = Vec::new();
    let mut open = Vec::new();
    for o in 0..model.obstacles.len() {
        // Its answered questions: (item, answer after keying, the deal-breaker threshold).
        let answered: Vec<(usize, u8, u8)> = (0..model.items.len())
            .filter(|i| model.items[*i].obstacle == Some(o))
            .filter_map(|i| {
                let item = &model.items[i];
                Some((i, aligned(item, answers.get(i)?), item.deal_breaker_at?))
            })
            .collect();
        let hits: Vec<usize> = answered.iter().filter(|(_, a, at)| a <= at).map(|(i, ..)| *i).collect();
        // Settled: a question about it answered clearly the career's way, as far from the
        // middle as a deal-breaker answer is on the other side ("Agree" to "fine with blood",
        // "Disagree" to "seeing blood makes me faint"). Skipping or "Not sure" settles nothing.
        let clear: Vec<usize> =
            answered.iter().filter(|(_, a, at)| *a >= MAX.saturating_sub(*at)).map(|(i, ..)| *i).collect();
        let settled = !clear.is_empty();
        // Agreeing with both sides ("fine with blood every day" and "seeing blood makes me
        // faint") contradicts itself; disagreeing with both does not (not faint, yet not
        // wanting the work every day), so only that pattern is said as a contradiction.
        let agreed = |list: &[usize], keyed: Keyed| list.iter().any(|i| model.items[*i].keyed == keyed);
        let disagrees = agreed(&clear, Keyed::Plus) && agreed(&hits, Keyed::Minus);
        if !hits.is_empty() {
            found.push(ObstacleFound { obstacle: o, items: hits, disagrees });
        } else if !settled {
            open.push(o);
        }
    }
    (found, open)
}

/// The fit band a score falls in, before interests, quality and obstacles are considered.
pub fn band_for(model: &Model, score: f64) -> Band {
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

/// Scores `answers` with `model`, suggesting related careers from `careers`.
pub fn score_with(model: &Model, careers: &[CareerSpec], answers: &Answers) -> FitResult {
    let total = model.items.len();
    // Only the model's items count; a longer answer set is read up to its length.
    let mut fitted = Answers::skipped(total);
    for i in 0..total {
        fitted.set(i, answers.get(i));
    }
    let answers = &fitted;
    let answered = answers.answered();
    let shortfalls = shortfalls(model, answers);

    let worst = filled(model, answers, false);
    let raw_parts = raw_part_scores(model, &worst);
    let no_credit = weighted(model, &raw_parts);
    let best = weighted(model, &raw_part_scores(model, &filled(model, answers, true)));
    let enough = shortfalls.is_empty();
    let overall = if enough { no_credit } else { None };
    let range = (no_credit.unwrap_or(0.0), best.unwrap_or(100.0));

    let parts: Vec<PartScore> = model
        .parts
        .iter()
        .enumerate()
        .filter(|(_, spec)| spec.is_scored())
        .map(|(part, spec)| {
            let idx: Vec<usize> = (0..total).filter(|i| model.items[*i].part == part).collect();
            let part_answered = idx.iter().filter(|i| answers.get(**i).is_some()).count();
            let short = shortfalls.contains(&Shortfall::Part(part))
                || spec.kind == PartKind::Interest && shortfalls.iter().any(|s| matches!(s, Shortfall::Area(_)));
            PartScore {
                part,
                kind: spec.kind,
                score: if short { None } else { raw_parts.get(part).copied().flatten() },
                answered: part_answered,
                total: idx.len(),
            }
        })
        .collect();

    let (obstacles, open_obstacles) = obstacles_found(model, answers);
    let profile = interest_profile(model, answers);
    let quality = quality::check(model, answers, &profile);

    let interest = parts.iter().find(|p| p.kind == PartKind::Interest).and_then(|p| p.score);
    let mut held_by_interests = false;
    let mut held_by_open_obstacle = false;
    let fit_band = match overall {
        None => Band::Unknown,
        Some(s) => {
            let mut band = band_for(model, s);
            // Interests carry the result: below a good interest match, the band goes no
            // higher than the interest match's own band (so never above mixed).
            if let Some(i) = interest {
                let by_interest = band_for(model, i);
                if by_interest.rank() < Band::Good.rank() && by_interest.rank() < band.rank() {
                    band = by_interest;
                    held_by_interests = true;
                }
            }
            band
        }
    };
    let band = if fit_band == Band::Unknown {
        Band::Unknown
    } else if !quality.is_empty() {
        Band::Unclear
    } else if !obstacles.is_empty() {
        Band::Obstacle
    } else if fit_band.rank() > Band::Mixed.rank() && !open_obstacles.is_empty() {
        // An open obstacle holds the verdict, not the fit band: so settling it one way
        // (a deal-breaker: "Serious obstacle") or the other (the fit band) never lowers the
        // fit band, and every answer moved toward the career keeps it monotone.
        held_by_open_obstacle = true;
        Band::Mixed
    } else {
        fit_band
    };

    // Reasons: each answer's effect on the score against answering "Unsure" instead.
    let mut reasons: Vec<Reason> = Vec::new();
    if let Some(base) = no_credit {
        for i in 0..total {
            let Some(v) = answers.get(i) else { continue };
            let mut neutral = answers.clone();
            neutral.set(i, Some(NEUTRAL));
            if let Some(other) = overall_score(model, &neutral) {
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

    let complete: Option<[f64; 6]> = profile.iter().all(Option::is_some).then(|| profile.map(|p| p.unwrap_or(0.0)));
    let career_code = profile::top_three(&model.career_profile);
    let congruence = complete.and_then(|p| profile::correlation(&p, &model.career_profile));
    let c_index = complete.map(|p| profile::c_index(&p, career_code));
    let top_areas = complete.map(|p| profile::top_three(&p));

    // A profile that a quality check doubts says too little to match careers against.
    let related = match complete {
        Some(p) if quality.is_empty() => {
            let present: Vec<usize> = obstacles.iter().map(|o| o.obstacle).collect();
            related_careers(model, careers, &p, &present)
        }
        _ => Vec::new(),
    };

    FitResult {
        overall,
        band,
        fit_band,
        held_by_interests,
        held_by_open_obstacle,
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
        obstacles,
        open_obstacles,
        quality,
        shortfalls,
        related,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::career::MLT;

    #[test]
    fn aligned_turns_reverse_keyed_items_round() {
        let item = ItemSpec {
            id: "x",
            part: 1,
            kind: PartKind::Statements,
            area: None,
            scale: 0,
            keyed: Keyed::Minus,
            weight: 1.0,
            obstacle: None,
            deal_breaker_at: None,
        };
        assert_eq!(aligned(&item, 0), 4);
        assert_eq!(aligned(&item, 4), 0);
        assert_eq!(aligned(&ItemSpec { keyed: Keyed::Plus, ..item }, 3), 3);
    }

    #[test]
    fn bands_follow_the_rounded_score() {
        assert_eq!(band_for(MLT.model, 74.6), Band::Strong);
        assert_eq!(band_for(MLT.model, 74.4), Band::Good);
        assert_eq!(band_for(MLT.model, 39.4), Band::Low);
    }

    #[test]
    fn far_areas_pull_at_the_stated_weight() {
        let pulls = area_pulls(MLT.model);
        let mean = MLT.model.career_profile.iter().sum::<f64>() / 6.0;
        for a in 0..6 {
            let raw = MLT.model.career_profile[a] - mean;
            let expected = if raw < 0.0 { raw * MLT.model.far_area_weight } else { raw };
            assert!((pulls[a] - expected).abs() < 1e-12);
        }
    }
}
