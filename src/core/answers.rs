//! A visitor's answers: one slot per item of the current item set, each either skipped
//! (`None`) or a point on the five-point scale, 0 (first label) to 4 (last label).

/// Number of points on every answer scale.
pub const POINTS: u8 = 5;
/// The highest answer value.
pub const MAX: u8 = POINTS - 1;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Answers(Vec<Option<u8>>);

impl Answers {
    /// All `len` items skipped.
    pub fn skipped(len: usize) -> Self {
        Answers(vec![None; len])
    }

    /// Answers from raw values; `None` if any value is off the scale.
    pub fn from_values(values: Vec<Option<u8>>) -> Option<Self> {
        values.iter().all(|v| v.is_none_or(|v| v <= MAX)).then_some(Answers(values))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The answer to item `index`; out-of-range indexes read as skipped.
    pub fn get(&self, index: usize) -> Option<u8> {
        self.0.get(index).copied().flatten()
    }

    /// Sets item `index`; values above the scale are clamped, out-of-range indexes ignored.
    pub fn set(&mut self, index: usize, value: Option<u8>) {
        if let Some(slot) = self.0.get_mut(index) {
            *slot = value.map(|v| v.min(MAX));
        }
    }

    pub fn values(&self) -> &[Option<u8>] {
        &self.0
    }

    pub fn answered(&self) -> usize {
        self.0.iter().filter(|v| v.is_some()).count()
    }

    pub fn skipped_count(&self) -> usize {
        self.len() - self.answered()
    }
}
