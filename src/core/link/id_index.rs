//! Positions of item ids in a question set, for moving a link's answers into today's order
//! by id. A class view decodes a thousand links at once, and comparing every id with every
//! other (about 7,000 comparisons for 59 items) made that the slowest step of decoding; this
//! small open-addressing table makes it linear, with far less code in the WASM than the
//! standard hash map (and no random seed to fetch).

/// Where each id first occurs in a slice of ids.
pub(crate) struct IdIndex<'a> {
    ids: &'a [&'a str],
    /// Index into `ids` + 1, or 0 for an empty slot. At most half full, so probes are short.
    slots: Vec<u32>,
}

impl<'a> IdIndex<'a> {
    pub(crate) fn new(ids: &'a [&'a str]) -> Self {
        let size = (ids.len() * 2).next_power_of_two().max(16);
        let mut index = IdIndex { ids, slots: vec![0; size] };
        for (i, id) in ids.iter().enumerate() {
            let mut slot = index.home(id);
            loop {
                match index.slots[slot] {
                    0 => {
                        index.slots[slot] = u32::try_from(i + 1).unwrap_or(u32::MAX);
                        break;
                    }
                    // A repeated id: its first occurrence stays (as the codec always did).
                    taken if ids.get(taken as usize - 1) == Some(id) => break,
                    _ => slot = (slot + 1) & (index.slots.len() - 1),
                }
            }
        }
        index
    }

    /// The position of `id`'s first occurrence.
    pub(crate) fn get(&self, id: &str) -> Option<usize> {
        let mut slot = self.home(id);
        // The table is never full, so an empty slot ends every search.
        for _ in 0..self.slots.len() {
            match self.slots[slot] {
                0 => return None,
                taken => {
                    let i = taken as usize - 1;
                    if self.ids.get(i).is_some_and(|other| *other == id) {
                        return Some(i);
                    }
                }
            }
            slot = (slot + 1) & (self.slots.len() - 1);
        }
        None
    }

    fn home(&self, id: &str) -> usize {
        // FNV-1a, 64 bits: quick and deterministic.
        let hash = id.bytes().fold(0xCBF2_9CE4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3));
        (hash as usize) & (self.slots.len() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_first_occurrences() {
        let ids = ["a", "b", "a", "c", ""];
        let index = IdIndex::new(&ids);
        assert_eq!(index.get("a"), Some(0));
        assert_eq!(index.get("b"), Some(1));
        assert_eq!(index.get("c"), Some(3));
        assert_eq!(index.get(""), Some(4));
        assert_eq!(index.get("d"), None);
        assert_eq!(IdIndex::new(&[]).get("a"), None);
    }

    #[test]
    fn many_ids_with_collisions() {
        let owned: Vec<String> = (0..300).map(|i| format!("item-{i}")).collect();
        let ids: Vec<&str> = owned.iter().map(String::as_str).collect();
        let index = IdIndex::new(&ids);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(index.get(id), Some(i));
        }
        assert_eq!(index.get("item-300"), None);
    }
}
