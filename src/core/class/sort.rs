//! Sorting the class table by a column the counselor clicks: name, score or verdict (or
//! back to paste order).
//!
//! Stable: rows that tie keep their current order, so sorting by verdict after sorting by
//! name gives names in order within each verdict, and sorting twice changes nothing.
//! Missing values (no name, no score) go last in either direction, where a counselor looks
//! for them last. Names compare without case or accents ("álvaro" beside "Alvaro"),
//! unnamed students by their number.
//!
//! A merge sort on indexes: O(n log n) for any paste, where the core's insertion sort
//! (`profile::sort_stable_by`, kept for its tiny code on lists of a few dozen) would be
//! quadratic in a 1,000-student table.

use std::cmp::Ordering;

use crate::core::class::summary::{StudentRow, BANDS};
use crate::core::model::Band;

/// The table's sortable columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortKey {
    /// The order the results were pasted in (the students' numbers).
    #[default]
    Pasted,
    Name,
    Score,
    /// By verdict, in [`BAND_ORDER`].
    Band,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Direction {
    #[default]
    Ascending,
    Descending,
}

impl Direction {
    /// The other direction: a second click on the same column.
    pub fn flipped(self) -> Self {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }
}

/// Verdicts in the order the table sorts them ascending: the fit bands best first, then the
/// results that claim no fit band (an obstacle, a quality notice, too few answers).
pub const BAND_ORDER: [Band; 7] =
    [Band::Strong, Band::Good, Band::Mixed, Band::Low, Band::Obstacle, Band::Unclear, Band::Unknown];

/// Sorts `rows` in place by `key` in `direction`; ties keep their current order.
pub fn sort_rows(rows: &mut Vec<StudentRow>, key: SortKey, direction: Direction) {
    let order = sorted_order(rows, key, direction);
    let mut slots: Vec<Option<StudentRow>> = std::mem::take(rows).into_iter().map(Some).collect();
    rows.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

/// The order of `rows` sorted by `key` in `direction`, as indexes into `rows`: for a UI that
/// keeps the rows where they are and only re-renders them in a new order.
pub fn sorted_order(rows: &[StudentRow], key: SortKey, direction: Direction) -> Vec<usize> {
    let names: Vec<Option<String>> = match key {
        SortKey::Name => rows.iter().map(|r| r.name.as_deref().map(fold)).collect(),
        _ => Vec::new(),
    };
    let band_rank = |b: Band| BAND_ORDER.iter().position(|x| *x == b).unwrap_or(BANDS.len());
    let compare = |a: usize, b: usize| -> Ordering {
        let (ra, rb) = (&rows[a], &rows[b]);
        // (missing?, ordering of the present values)
        let (missing, present) = match key {
            SortKey::Pasted => (Ordering::Equal, ra.number.cmp(&rb.number)),
            SortKey::Name => match (&names[a], &names[b]) {
                (Some(x), Some(y)) => (Ordering::Equal, x.cmp(y)),
                (Some(_), None) => (Ordering::Less, Ordering::Equal),
                (None, Some(_)) => (Ordering::Greater, Ordering::Equal),
                (None, None) => (Ordering::Equal, ra.number.cmp(&rb.number)),
            },
            SortKey::Score => match (ra.score, rb.score) {
                (Some(x), Some(y)) => (Ordering::Equal, x.cmp(&y)),
                (Some(_), None) => (Ordering::Less, Ordering::Equal),
                (None, Some(_)) => (Ordering::Greater, Ordering::Equal),
                (None, None) => (Ordering::Equal, Ordering::Equal),
            },
            SortKey::Band => (Ordering::Equal, band_rank(ra.band).cmp(&band_rank(rb.band))),
        };
        missing.then(match direction {
            Direction::Ascending => present,
            Direction::Descending => present.reverse(),
        })
    };
    let mut order: Vec<usize> = (0..rows.len()).collect();
    merge_sort(&mut order, &compare);
    order
}

/// Stable top-down merge sort of indexes.
fn merge_sort(items: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid], compare);
    merge_sort(&mut items[mid..], compare);
    let mut merged = Vec::with_capacity(items.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < items.len() {
        // `<=` on the left run keeps equal items in their order: stability.
        if compare(items[i], items[j]) != Ordering::Greater {
            merged.push(items[i]);
            i += 1;
        } else {
            merged.push(items[j]);
            j += 1;
        }
    }
    merged.extend_from_slice(&items[i..mid]);
    merged.extend_from_slice(&items[j..]);
    items.copy_from_slice(&merged);
}

/// A name folded for comparison: lower case, and Latin letters without their accents, so
/// "Álvaro", "alvaro" and "ALVARO" sort together. Other scripts compare as they are.
pub fn fold(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'ł' | 'ľ' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' => 's',
            'ť' | 'ţ' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_sort_is_stable() {
        let keys = [3, 1, 3, 2, 1, 0, 2];
        let mut order: Vec<usize> = (0..keys.len()).collect();
        merge_sort(&mut order, &|a, b| keys[a].cmp(&keys[b]));
        assert_eq!(order, [5, 1, 4, 3, 6, 0, 2]);
        let mut empty: Vec<usize> = Vec::new();
        merge_sort(&mut empty, &|a, b| a.cmp(&b));
    }

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("Álvaro"), "alvaro");
        assert_eq!(fold("NÚÑEZ"), "nunez");
        assert_eq!(fold("李"), "李");
    }
}
