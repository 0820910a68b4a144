//! Sorted 32-bit hash keys with a radix index over their top bits, so a
//! lookup reads one small bucket instead of binary-searching the whole list
//! (the name lists, word clusters and place lexicon are looked up several
//! times per token; a cold binary search over 10⁵ keys costs ~17 cache misses).
//! The keys are hashes, so buckets stay near their mean size.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyIndex {
    /// `starts[b]`: the first key whose top `bits` bits are ≥ b; one extra entry at the end.
    starts: Vec<u32>,
    bits: u32,
}

impl KeyIndex {
    /// About two keys a bucket, between 2⁸ and 2¹⁶ buckets (at most 256 KB).
    pub fn new(keys: &[u32]) -> KeyIndex {
        if keys.is_empty() {
            return KeyIndex::default();
        }
        let bits = (usize::BITS - (keys.len() / 2).leading_zeros()).clamp(8, 16);
        let buckets = 1usize << bits;
        let mut starts = Vec::with_capacity(buckets + 1);
        let mut at = 0usize;
        for bucket in 0..buckets {
            while at < keys.len() && ((keys[at] >> (32 - bits)) as usize) < bucket {
                at += 1;
            }
            starts.push(at as u32);
        }
        starts.push(keys.len() as u32);
        KeyIndex { starts, bits }
    }

    /// Where `key` is in `keys` (the sorted keys this index was built from).
    pub fn position(&self, keys: &[u32], key: u32) -> Option<usize> {
        if self.starts.is_empty() {
            return keys.binary_search(&key).ok();
        }
        let bucket = (key >> (32 - self.bits)) as usize;
        let (from, to) = (*self.starts.get(bucket)? as usize, *self.starts.get(bucket + 1)? as usize);
        let slice = keys.get(from..to)?;
        slice.iter().position(|&k| k == key).map(|i| from + i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_nothing_else() {
        let mut keys: Vec<u32> = (0..5000u32).map(|i| i.wrapping_mul(2_654_435_761)).collect();
        keys.sort_unstable();
        keys.dedup();
        let index = KeyIndex::new(&keys);
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(index.position(&keys, k), Some(i));
        }
        for probe in [1u32, 7, u32::MAX, 123_456_789] {
            assert_eq!(index.position(&keys, probe), keys.binary_search(&probe).ok());
        }
        assert_eq!(KeyIndex::new(&[]).position(&[], 5), None);
        let edge = [0u32, u32::MAX];
        assert_eq!(KeyIndex::new(&edge).position(&edge, u32::MAX), Some(1));
    }
}
