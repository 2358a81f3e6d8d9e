//! Response-quality checks: answer patterns that say more about how someone answered than
//! about what they are like. When one fires, the results claim no band (SCORING.md §6).
//! Each check reads the raw answers, before any keying, so it cannot be steered by the
//! scoring model's own direction.

use crate::core::answers::Answers;
use crate::core::model::{Keyed, Model};

/// What the checks can notice, in the order the results list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QualityFlag {
    /// Agreed with statements keyed both ways: agreeing, rather than the content, drove the answers.
    YesSaying,
    /// Disagreed with statements keyed both ways.
    NoSaying,
    /// Nearly every answer is the same point of the scale.
    StraightLining,
    /// No interest area stands out from the others.
    FlatProfile,
    /// Agreed with claims almost nobody can honestly make ("I have never been late").
    Candour,
}

impl QualityFlag {
    pub const ALL: [QualityFlag; 5] = [
        QualityFlag::YesSaying,
        QualityFlag::NoSaying,
        QualityFlag::StraightLining,
        QualityFlag::FlatProfile,
        QualityFlag::Candour,
    ];

    /// Stable name (class view, tests).
    pub fn key(self) -> &'static str {
        ["yes_saying", "no_saying", "straight_lining", "flat_profile", "candour"][self.index()]
    }

    /// Position in [`QualityFlag::ALL`] (the declaration order): indexes per-flag tables.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Mean raw answer (0-4) to the answered statements keyed `keyed`; `None` when none answered.
pub fn keyed_mean(model: &Model, answers: &Answers, keyed: Keyed) -> Option<f64> {
    let values: Vec<u8> = model
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.is_keyed_statement() && item.keyed == keyed)
        .filter_map(|(i, _)| answers.get(i))
        .collect();
    (!values.is_empty()).then(|| values.iter().map(|v| f64::from(*v)).sum::<f64>() / values.len() as f64)
}

/// Runs every check. `profile` is the visitor's 0-100 interest profile (answered items only).
/// The candour check counts the claims agreed with among the unscored items.
pub fn check(model: &Model, answers: &Answers, profile: &[Option<f64>; 6]) -> Vec<QualityFlag> {
    let limits = &model.quality;
    let mut flags = Vec::new();

    if let (Some(plus), Some(minus)) =
        (keyed_mean(model, answers, Keyed::Plus), keyed_mean(model, answers, Keyed::Minus))
    {
        if plus >= limits.yes_saying_mean && minus >= limits.yes_saying_mean {
            flags.push(QualityFlag::YesSaying);
        }
        if plus <= limits.no_saying_mean && minus <= limits.no_saying_mean {
            flags.push(QualityFlag::NoSaying);
        }
    }

    let answered = answers.answered();
    if answered >= limits.straight_line_min_answers {
        let mut counts = [0usize; 5];
        for v in answers.values().iter().flatten() {
            if let Some(c) = counts.get_mut(usize::from(*v)) {
                *c += 1;
            }
        }
        let most = counts.iter().copied().max().unwrap_or(0);
        if most as f64 >= limits.straight_line_share * answered as f64 {
            flags.push(QualityFlag::StraightLining);
        }
    }

    if profile.iter().all(Option::is_some) {
        let values = profile.map(|p| p.unwrap_or(0.0));
        let high = values.iter().copied().fold(f64::MIN, f64::max);
        let low = values.iter().copied().fold(f64::MAX, f64::min);
        if high - low < limits.flat_profile_range {
            flags.push(QualityFlag::FlatProfile);
        }
    }

    let claims = model
        .items
        .iter()
        .enumerate()
        .filter(|(i, item)| item.is_unscored() && answers.get(*i).is_some_and(|v| v >= 3))
        .count();
    if claims >= limits.candour_claims {
        flags.push(QualityFlag::Candour);
    }
    flags
}
