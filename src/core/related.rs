//! Related careers: careers whose interest profiles resemble the visitor's, filtered and
//! ordered by the obstacles the visitor named (SCORING.md §8).

use crate::core::model::{CareerSpec, Model};
use crate::core::profile;

/// A career is suggested only when its profile correlates at least this well with the
/// visitor's: a weak or negative correlation is no resemblance, so it is never "closest".
pub const MIN_SIMILARITY: f64 = 0.3;
/// How many related careers the results show at most.
pub const RELATED_CAREERS: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct RelatedCareer {
    /// Index into the careers list.
    pub career: usize,
    /// Pearson correlation of the visitor's interest profile with the career's.
    pub similarity: f64,
}

/// Careers for a visitor with this (complete, not flat) interest profile and these obstacles
/// (indexes into `model.obstacles`), best first.
pub fn related_careers(
    model: &Model,
    careers: &[CareerSpec],
    visitor: &[f64; 6],
    obstacles: &[usize],
) -> Vec<RelatedCareer> {
    let ruled_out = |c: &CareerSpec| {
        c.requires.iter().any(|r| obstacles.contains(r) && model.obstacles.get(*r).is_some_and(|o| o.rules_out))
    };
    // The lowest Job Zone limit any present obstacle asks for (e.g. no long training).
    let zone_limit = obstacles.iter().filter_map(|o| model.obstacles.get(*o)?.prefer_job_zone_at_most).min();
    let mut found: Vec<(bool, RelatedCareer)> = careers
        .iter()
        .enumerate()
        .filter(|(_, c)| !ruled_out(c))
        .filter_map(|(i, c)| {
            let similarity = profile::correlation(visitor, &c.profile)?;
            let too_long = zone_limit.is_some_and(|z| c.job_zone > z);
            (similarity >= MIN_SIMILARITY).then_some((too_long, RelatedCareer { career: i, similarity }))
        })
        .collect();
    // Careers within reach first, then by resemblance; ties keep the list's order.
    profile::sort_stable_by(&mut found, |a, b| a.0.cmp(&b.0).then(b.1.similarity.total_cmp(&a.1.similarity)));
    found.into_iter().map(|(_, r)| r).take(RELATED_CAREERS).collect()
}
