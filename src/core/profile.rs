//! Comparing interest profiles: six numbers, one per RIASEC area.

use crate::core::model::Area;

/// Pearson correlation of two six-area profiles, from -1 to 1. `None` when either profile
/// is flat (all areas equal): a flat profile has no shape to compare.
pub fn correlation(a: &[f64; 6], b: &[f64; 6]) -> Option<f64> {
    let mean = |p: &[f64; 6]| p.iter().sum::<f64>() / 6.0;
    let (ma, mb) = (mean(a), mean(b));
    let mut cov = 0.0;
    let mut va = 0.0;
    let mut vb = 0.0;
    for i in 0..6 {
        let (da, db) = (a[i] - ma, b[i] - mb);
        cov += da * db;
        va += da * da;
        vb += db * db;
    }
    if va < 1e-12 || vb < 1e-12 {
        return None;
    }
    Some((cov / (va.sqrt() * vb.sqrt())).clamp(-1.0, 1.0))
}

/// Stable insertion sort. The core sorts at most a few dozen items, and this is far
/// smaller in the WASM than the standard library's merge sort (about 4 kB gzip saved).
pub fn sort_stable_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == std::cmp::Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The three highest areas, strongest first. Ties are broken in hexagon order
/// (R, I, A, S, E, C), as SCORING.md states (the results screen does not explain ties).
pub fn top_three(profile: &[f64; 6]) -> [Area; 3] {
    let mut areas = Area::ALL;
    // A stable sort keeps hexagon order among equal scores.
    sort_stable_by(&mut areas, |x, y| profile[y.index()].total_cmp(&profile[x.index()]));
    [areas[0], areas[1], areas[2]]
}

/// Brown and Gore's (1994) C index between a person's profile and an occupation's
/// three-letter code: 3·X1 + 2·X2 + X3, where Xi is 3 for the same letter in position i,
/// 2 for hexagon neighbours, 1 for alternates and 0 for opposites (range 0-18).
/// Where tied scores make the person's code ambiguous, the index is averaged over every
/// code the ties allow, so no tie-break rule can tilt it.
pub fn c_index(profile: &[f64; 6], occupation: [Area; 3]) -> f64 {
    let mut total = 0.0;
    let mut codes = 0.0;
    for a in Area::ALL {
        for b in Area::ALL {
            for c in Area::ALL {
                if a == b || b == c || a == c {
                    continue;
                }
                let s = |x: Area| profile[x.index()];
                let rest_below = Area::ALL.iter().filter(|x| ![a, b, c].contains(x)).all(|x| s(*x) <= s(c));
                if s(a) >= s(b) && s(b) >= s(c) && rest_below {
                    let x = |p: Area, o: Area| 3.0 - p.hexagon_distance(o) as f64;
                    total += 3.0 * x(a, occupation[0]) + 2.0 * x(b, occupation[1]) + x(c, occupation[2]);
                    codes += 1.0;
                }
            }
        }
    }
    // Any profile admits at least one code, so `codes` is never 0; guard anyway.
    if codes > 0.0 {
        total / codes
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Area::*;

    #[test]
    fn correlation_of_same_shape_is_one() {
        let p = [6.0, 5.5, 1.5, 2.5, 1.5, 5.0];
        let q = p.map(|v| v * 10.0 + 3.0);
        assert!((correlation(&p, &q).unwrap_or(0.0) - 1.0).abs() < 1e-9);
        let inverted = p.map(|v| -v);
        assert!((correlation(&p, &inverted).unwrap_or(0.0) + 1.0).abs() < 1e-9);
        assert_eq!(correlation(&p, &[3.0; 6]), None);
    }

    #[test]
    fn insertion_sort_is_stable() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_stable_by(&mut v, |x, y| x.0.cmp(&y.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: [u8; 0] = [];
        sort_stable_by(&mut empty, |x, y| x.cmp(y));
    }

    #[test]
    fn top_three_breaks_ties_in_hexagon_order() {
        assert_eq!(top_three(&[1.0, 5.0, 5.0, 0.0, 5.0, 2.0]), [I, A, E]);
        assert_eq!(top_three(&[0.0; 6]), [R, I, A]);
    }

    #[test]
    fn c_index_matches_hand_worked_values() {
        let ric = [R, I, C];
        // Person code RIC exactly: 3*3 + 2*3 + 3 = 18.
        assert_eq!(c_index(&[9.0, 8.0, 1.0, 1.0, 1.0, 7.0], ric), 18.0);
        // Person code SEA: S opposite R, E opposite I, A opposite C: 0.
        assert_eq!(c_index(&[0.0, 0.0, 7.0, 9.0, 8.0, 0.0], ric), 0.0);
        // Person code IRC: I next to R (2), R next to I (2), C same (3): 6 + 4 + 3 = 13.
        assert_eq!(c_index(&[8.0, 9.0, 1.0, 1.0, 1.0, 7.0], ric), 13.0);
        // A flat profile allows all 120 codes; the average lies strictly inside the range.
        let flat = c_index(&[5.0; 6], ric);
        assert!(flat > 1.0 && flat < 18.0);
    }
}
