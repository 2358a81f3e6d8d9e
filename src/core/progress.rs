//! Saved progress: the answers so far and the question the visitor was on, as one string
//! for browser storage. It reuses the results-link codec, so stored progress gets the same
//! version, item-set and check-value protection as a link.

use crate::core::answers::Answers;
use crate::core::career::Career;
use crate::core::link;

/// Storage key; the suffix changes only if this format itself changes.
pub const STORAGE_KEY: &str = "mlt-fit/progress/v1";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub answers: Answers,
    /// Index of the question the visitor was on.
    pub position: usize,
}

impl Progress {
    pub fn to_storage(&self, career: &Career) -> String {
        format!("{}.{}", link::encode(&self.answers, &career.current_item_set()), self.position)
    }

    /// Reads stored progress; `None` for anything that is not valid progress (garbage,
    /// another app's data, a damaged value), so the caller can start fresh.
    pub fn from_storage(career: &Career, stored: &str) -> Option<Progress> {
        let (payload, position) = stored.rsplit_once('.')?;
        let position: usize = position.parse().ok()?;
        let shared = link::decode(payload, career.item_sets, &career.current_item_set()).ok()?;
        let position = position.min(shared.answers.len().saturating_sub(1));
        Some(Progress { answers: shared.answers, position })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::career::MLT;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let mut answers = Answers::skipped(MLT.questions());
        answers.set(0, Some(4));
        answers.set(7, Some(0));
        let p = Progress { answers, position: 8 };
        assert_eq!(Progress::from_storage(&MLT, &p.to_storage(&MLT)), Some(p.clone()));
        for junk in ["", ".", "x.1", "{\"answers\":[1,2]}", "null", "AAAA.9", &p.to_storage(&MLT).replace('.', ",")] {
            assert_eq!(Progress::from_storage(&MLT, junk), None, "{junk}");
        }
        // A position past the end is pulled back to the last question.
        let far = format!("{}.{}", link::encode(&p.answers, &MLT.current_item_set()), 10_000);
        assert_eq!(Progress::from_storage(&MLT, &far).map(|p| p.position), Some(MLT.questions() - 1));
    }
}
