//! The class at a glance, from the entries read out of a paste: one row a student, the
//! duplicates, how many got each verdict, the median score, the class's average interest
//! profile beside the MLT profile, and the most common obstacles, response-quality notices
//! and "what lowered it" reasons.
//!
//! Each entry is scored exactly as the results screen scores it (`core::scoring`), so a
//! row's score and verdict are what that student saw. Results from an older question set
//! are read through the link codec's item-id mapping (SCORING.md §1) and marked.
//!
//! **Duplicates.** The same payload twice (a link pasted twice, or a code handed in twice)
//! is one student: the first line gives the row, the later lines are listed in
//! [`StudentRow::also_on`] and [`ClassSummary::duplicates`], and they count once in every
//! figure. The same payload under two different names (a class list's name column, or a
//! name written before the code) is two students with the same answers, which happens
//! (everything skipped, or every answer the same). Two students with the same answers and no
//! names are indistinguishable by design (nothing else is in a link).
//!
//! Rows carry indexes and keys, never words: the UI names bands, areas, obstacles, items and
//! quality flags from its locale.

use std::collections::BTreeMap;

use crate::core::career::Career;
use crate::core::class::paste::Pasted;
use crate::core::model::{Area, Band};
use crate::core::profile::sort_stable_by;
use crate::core::quality::QualityFlag;
use crate::core::route::Route;
use crate::core::scoring::score_with;
use crate::core::text::fill;
use crate::core::view::profile_chart::career_percent;

/// Every verdict, in `Band::index` order (the order of [`ClassSummary::band_counts`]).
pub const BANDS: [Band; 7] =
    [Band::Strong, Band::Good, Band::Mixed, Band::Low, Band::Unknown, Band::Unclear, Band::Obstacle];

/// One student: what the class table shows, and what opens their full results.
#[derive(Clone, Debug, PartialEq)]
pub struct StudentRow {
    /// 1-based position among the students, in paste order: the UI shows "Student {n}" for
    /// a row without a name, and the number stays with the row whatever the sort.
    pub number: usize,
    /// The line the result was first read from.
    pub line_no: usize,
    /// Later lines with the same result (duplicates), in order.
    pub also_on: Vec<usize>,
    pub name: Option<String>,
    /// The results payload: [`StudentRow::fragment`] opens the full results.
    pub payload: String,
    /// 0-100 as the results screen shows it (rounded); `None` when there were not enough
    /// answers for a score.
    pub score: Option<u32>,
    /// The verdict the results claim.
    pub band: Band,
    /// The fit band alone, before quality and obstacles (`Unknown` without a score).
    pub fit_band: Band,
    /// The student's three strongest interest areas, when all six have answers.
    pub top_areas: Option<[Area; 3]>,
    /// Obstacles named (indexes into `Model::obstacles`), in model order.
    pub obstacles: Vec<usize>,
    /// Response-quality checks that fired.
    pub quality: Vec<QualityFlag>,
    /// "What lowered it": item indexes (into `Model::items`), largest effect first.
    pub lowered: Vec<usize>,
    /// 0-100 per area (`Area::index`), from the answered items.
    pub profile: [Option<f64>; 6],
    /// `Some(version)` for a result made with an older question set (read by item id).
    pub older_set: Option<u16>,
    /// Of such a result: answered items today's set no longer has, and today's items it did
    /// not have (they read as skipped).
    pub dropped: usize,
    pub missing: usize,
}

impl StudentRow {
    /// The results route of this student (`#/r/<payload>`): the page's address before it
    /// opens their full results.
    /// The student's name, or `unnamed` ("Student {n}") filled with their number.
    pub fn name_or(&self, unnamed: &str) -> String {
        match &self.name {
            Some(name) => name.clone(),
            None => fill(unnamed, &[("n", &self.number.to_string())]),
        }
    }

    pub fn fragment(&self) -> String {
        Route::Results(self.payload.clone()).fragment(|_| None)
    }
}

/// The same result on several lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub payload: String,
    /// Every line it was read from, the first (the one counted) first.
    pub lines: Vec<usize>,
    /// The row's `number`.
    pub student: usize,
}

/// How many students share something (an obstacle, a notice, a reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally<T> {
    pub what: T,
    pub count: usize,
}

/// A bar of the band chart, or a row of its table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandCount {
    pub band: Band,
    pub count: usize,
    /// Share of the students, 0-100, rounded.
    pub percent: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassSummary {
    /// One row a student, in paste order (first occurrence).
    pub rows: Vec<StudentRow>,
    /// Lines that gave a result, duplicates included.
    pub read: usize,
    /// Lines that could not be read (see `Pasted::errors` for which and why).
    pub errors: usize,
    /// Lines beyond the paste limit, not read.
    pub not_read: usize,
    pub duplicates: Vec<Duplicate>,
    /// Students per verdict, indexed by `Band::index` (see [`BANDS`]).
    pub band_counts: [usize; 7],
    /// Students with a score.
    pub scored: usize,
    /// Median of the shown (rounded) scores of the students with one.
    pub median: Option<f64>,
    /// Mean 0-100 profile value per area over the students with answers in that area.
    pub average_profile: [Option<f64>; 6],
    /// How many students each area's average is over.
    pub profile_counts: [usize; 6],
    /// The MLT profile on the same 0-100 scale, for the chart beside the class's.
    pub mlt_profile: [f64; 6],
    /// Obstacles (indexes into `Model::obstacles`) by how many students named them: most
    /// first, ties in model order. Only those named at least once.
    pub obstacles: Vec<Tally<usize>>,
    /// Response-quality notices, most first, ties in `QualityFlag::ALL` order.
    pub quality: Vec<Tally<QualityFlag>>,
    /// "What lowered it" items (indexes into `Model::items`), most first, ties in question
    /// order.
    pub lowered: Vec<Tally<usize>>,
    /// Students whose result was made with an older question set.
    pub older_set: usize,
}

impl ClassSummary {
    /// Students (distinct results).
    pub fn students(&self) -> usize {
        self.rows.len()
    }

    /// The band chart and table: every verdict with its count and share, in `BANDS` order.
    pub fn band_chart(&self) -> [BandCount; 7] {
        let total = self.rows.len();
        BANDS.map(|band| {
            let count = self.band_counts[band.index()];
            let percent = if total == 0 { 0 } else { ((count * 200 + total) / (2 * total)) as u32 };
            BandCount { band, count, percent }
        })
    }
}

/// Two lines with the same payload are one student unless both give a name and the names
/// differ: two students can give the same answers (everything skipped, say), and a class
/// list's name column is what tells them apart.
fn same_student(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.trim().to_lowercase() == b.trim().to_lowercase(),
        _ => true,
    }
}

/// Scores every entry of `pasted` with `career`'s model and sums the class up. Never panics;
/// about 25 µs a student natively (the scoring itself).
pub fn summarize_class(pasted: &Pasted, career: &Career) -> ClassSummary {
    let model = career.model;
    let current = career.current_item_set();
    let mut rows: Vec<StudentRow> = Vec::new();
    // Rows of each payload seen: a search per entry through the rows would be quadratic.
    let mut by_payload: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut read = 0;

    for entry in pasted.entries() {
        read += 1;
        let same = by_payload.get(entry.payload.as_str()).and_then(|seen| {
            seen.iter().copied().find(|&i| rows.get(i).is_some_and(|r| same_student(&r.name, &entry.name)))
        });
        if let Some(row) = same.and_then(|i| rows.get_mut(i)) {
            row.also_on.push(entry.line_no);
            continue;
        }
        by_payload.entry(entry.payload.as_str()).or_default().push(rows.len());
        let result = score_with(model, career.related, &entry.shared.answers);
        let older = entry.shared.from_version != current.version;
        rows.push(StudentRow {
            number: rows.len() + 1,
            line_no: entry.line_no,
            also_on: Vec::new(),
            name: entry.name.clone(),
            payload: entry.payload.clone(),
            score: result.rounded(),
            band: result.band,
            fit_band: result.fit_band,
            top_areas: result.top_areas,
            obstacles: result.obstacles.iter().map(|o| o.obstacle).collect(),
            quality: result.quality.clone(),
            lowered: result.lowered.iter().map(|r| r.item).collect(),
            profile: result.profile,
            older_set: older.then_some(entry.shared.from_version),
            dropped: entry.shared.dropped,
            missing: entry.shared.missing,
        });
    }

    let duplicates: Vec<Duplicate> = rows
        .iter()
        .filter(|r| !r.also_on.is_empty())
        .map(|r| Duplicate {
            payload: r.payload.clone(),
            lines: std::iter::once(r.line_no).chain(r.also_on.iter().copied()).collect(),
            student: r.number,
        })
        .collect();

    let mut band_counts = [0usize; 7];
    let mut scores: Vec<u32> = Vec::new();
    let mut profile_sum = [0.0f64; 6];
    let mut profile_counts = [0usize; 6];
    let mut obstacle_counts = vec![0usize; model.obstacles.len()];
    let mut quality_counts = [0usize; QualityFlag::ALL.len()];
    let mut lowered_counts = vec![0usize; model.items.len()];
    for row in &rows {
        band_counts[row.band.index()] += 1;
        scores.extend(row.score);
        for (a, value) in row.profile.iter().enumerate() {
            if let Some(v) = value {
                profile_sum[a] += v;
                profile_counts[a] += 1;
            }
        }
        for &o in &row.obstacles {
            if let Some(c) = obstacle_counts.get_mut(o) {
                *c += 1;
            }
        }
        for flag in &row.quality {
            quality_counts[flag.index()] += 1;
        }
        for &item in &row.lowered {
            if let Some(c) = lowered_counts.get_mut(item) {
                *c += 1;
            }
        }
    }

    let mut average_profile = [None; 6];
    for a in 0..6 {
        if profile_counts[a] > 0 {
            average_profile[a] = Some(profile_sum[a] / profile_counts[a] as f64);
        }
    }

    ClassSummary {
        read,
        errors: pasted.error_count(),
        not_read: pasted.not_read,
        duplicates,
        band_counts,
        scored: scores.len(),
        median: median(&scores),
        average_profile,
        profile_counts,
        mlt_profile: Area::ALL.map(|a| career_percent(model, a)),
        obstacles: tallies(obstacle_counts.iter().copied().enumerate()),
        quality: tallies(QualityFlag::ALL.iter().copied().zip(quality_counts)),
        lowered: tallies(lowered_counts.iter().copied().enumerate()),
        older_set: rows.iter().filter(|r| r.older_set.is_some()).count(),
        rows,
    }
}

/// The median of whole scores: the middle one, or the mean of the two middle ones.
pub fn median(scores: &[u32]) -> Option<f64> {
    if scores.is_empty() {
        return None;
    }
    // Counting sort: scores are 0-100, and this avoids the standard sort's code size.
    let mut counts = [0usize; 101];
    for &s in scores {
        counts[s.min(100) as usize] += 1;
    }
    let nth = |n: usize| -> f64 {
        let mut seen = 0;
        for (value, &c) in counts.iter().enumerate() {
            seen += c;
            if seen > n {
                return value as f64;
            }
        }
        100.0
    };
    let len = scores.len();
    Some(if len % 2 == 1 { nth(len / 2) } else { (nth(len / 2 - 1) + nth(len / 2)) / 2.0 })
}

/// Non-zero counts, most first; ties keep the input (model) order.
fn tallies<T: Copy>(counts: impl Iterator<Item = (T, usize)>) -> Vec<Tally<T>> {
    let mut out: Vec<Tally<T>> = counts.filter(|(_, c)| *c > 0).map(|(what, count)| Tally { what, count }).collect();
    sort_stable_by(&mut out, |a, b| b.count.cmp(&a.count));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_by_hand() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[70]), Some(70.0));
        assert_eq!(median(&[90, 40, 70]), Some(70.0));
        assert_eq!(median(&[90, 40, 70, 65]), Some(67.5));
        assert_eq!(median(&[0, 100]), Some(50.0));
        assert_eq!(median(&[55, 55, 55, 20]), Some(55.0));
    }

    #[test]
    fn tallies_sort_by_count_then_input_order() {
        let t = tallies([('a', 1), ('b', 0), ('c', 3), ('d', 1)].into_iter());
        let got: Vec<(char, usize)> = t.iter().map(|t| (t.what, t.count)).collect();
        assert_eq!(got, [('c', 3), ('a', 1), ('d', 1)]);
    }
}
