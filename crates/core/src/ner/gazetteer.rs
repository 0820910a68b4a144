//! Name lists (countries, cities, people's names, demonyms, organization words…)
//! compiled into a compact set of hashed token sequences. The tagger sees, for
//! each token, which lists a sequence starting or continuing at it belongs to.

/// The lists, in bit order. Their names are part of the feature strings. The
/// `name_*` lists are typed names from annotated corpora (the trainer's `names`).
pub const CATEGORIES: [&str; 15] = [
    "first",
    "last",
    "country",
    "city",
    "region",
    "demonym",
    "orghead",
    "orglegal",
    "company",
    "title",
    "month",
    "name_per",
    "name_org",
    "name_loc",
    "name_misc",
];
/// Longest entry, in tokens.
pub const MAX_ENTRY_TOKENS: usize = 4;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gazetteer {
    /// Sorted hashes of lower-cased entries (tokens joined by a space).
    keys: Vec<u32>,
    /// Category bits per key.
    masks: Vec<u16>,
    index: super::key_index::KeyIndex,
    /// One bit per key's low bits, about 8 bits a key: most sequences the
    /// tagger tries ("of the", "said on") are in no list, and one look at a
    /// small bit table says so without reading the index and the keys.
    filter: KeyFilter,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct KeyFilter {
    bits: Vec<u64>,
}

impl KeyFilter {
    fn new(keys: &[u32]) -> KeyFilter {
        let len = (keys.len() * 8).next_power_of_two().max(64) / 64;
        let mut bits = vec![0u64; len];
        let mask = len * 64 - 1;
        for &key in keys {
            let bit = key as usize & mask;
            bits[bit / 64] |= 1 << (bit % 64);
        }
        KeyFilter { bits }
    }

    /// False only if no key is `key`.
    fn may_hold(&self, key: u32) -> bool {
        let mask = self.bits.len() * 64 - 1;
        let bit = key as usize & mask;
        self.bits.get(bit / 64).is_some_and(|word| word >> (bit % 64) & 1 == 1)
    }
}

/// Hash of a lower-cased token sequence.
pub fn entry_key<'a>(tokens: impl IntoIterator<Item = &'a str>) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for (i, token) in tokens.into_iter().enumerate() {
        if i > 0 {
            h = (h ^ u32::from(b' ')).wrapping_mul(0x0100_0193);
        }
        for b in token.bytes() {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    h
}

impl Gazetteer {
    /// From (entry, category index) pairs; entries are split on whitespace and lower-cased.
    pub fn build<'a>(entries: impl IntoIterator<Item = (&'a str, usize)>) -> Gazetteer {
        let mut pairs: Vec<(u32, u16)> = entries
            .into_iter()
            .filter_map(|(entry, category)| {
                let lower = entry.to_lowercase();
                let tokens: Vec<&str> = lower.split_whitespace().collect();
                (!tokens.is_empty() && tokens.len() <= MAX_ENTRY_TOKENS && category < CATEGORIES.len())
                    .then(|| (entry_key(tokens), 1u16 << category))
            })
            .collect();
        pairs.sort_unstable();
        let mut keys: Vec<u32> = Vec::with_capacity(pairs.len());
        let mut masks: Vec<u16> = Vec::with_capacity(pairs.len());
        for (key, mask) in pairs {
            if keys.last() == Some(&key) {
                *masks.last_mut().expect("same length") |= mask;
            } else {
                keys.push(key);
                masks.push(mask);
            }
        }
        let index = super::key_index::KeyIndex::new(&keys);
        let filter = KeyFilter::new(&keys);
        Gazetteer { keys, masks, index, filter }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn lookup(&self, key: u32) -> u16 {
        if !self.filter.may_hold(key) {
            return 0;
        }
        self.index.position(&self.keys, key).map_or(0, |i| self.masks[i])
    }

    /// For each token (lower-cased), the categories of entries that begin at it
    /// and of entries that continue through it.
    pub fn annotate(&self, lower: &[&str]) -> Vec<(u16, u16)> {
        let mut out = vec![(0u16, 0u16); lower.len()];
        if self.is_empty() {
            return out;
        }
        for start in 0..lower.len() {
            // The key of start..start+len extends the key of start..start+len-1 (FNV runs left to right).
            let mut key = 0x811c_9dc5u32;
            for len in 1..=MAX_ENTRY_TOKENS.min(lower.len() - start) {
                if len > 1 {
                    key = (key ^ u32::from(b' ')).wrapping_mul(0x0100_0193);
                }
                for b in lower[start + len - 1].bytes() {
                    key = (key ^ u32::from(b)).wrapping_mul(0x0100_0193);
                }
                let mask = self.lookup(key);
                if mask != 0 {
                    out[start].0 |= mask;
                    for slot in &mut out[start + 1..start + len] {
                        slot.1 |= mask;
                    }
                }
            }
        }
        out
    }

    /// Keys as deltas in LEB128, then masks: small and compressible.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.keys.len() * 5 + 4);
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        write_key_deltas(&self.keys, &mut out);
        for mask in &self.masks {
            out.extend_from_slice(&mask.to_le_bytes());
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Gazetteer> {
        let count = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
        if count > bytes.len() {
            return None;
        }
        let (keys, at) = read_key_deltas(bytes, 4, count)?;
        let masks: Vec<u16> =
            bytes.get(at..at + 2 * count)?.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        let index = super::key_index::KeyIndex::new(&keys);
        let filter = KeyFilter::new(&keys);
        (at + 2 * count == bytes.len()).then_some(Gazetteer { keys, masks, index, filter })
    }
}

/// Sorted keys as LEB128 deltas (sorted hashes differ little: 2–3 bytes each).
/// Sorts (key, value) pairs by key, keeping the first listed value of a key
/// that repeats (callers list the likelier reading first); split into keys and values.
pub(crate) fn first_per_key<T>(mut pairs: Vec<(u32, T)>) -> (Vec<u32>, Vec<T>) {
    pairs.sort_by_key(|p| p.0); // stable: the first listed stays first
    pairs.dedup_by_key(|p| p.0);
    pairs.into_iter().unzip()
}

pub(crate) fn write_key_deltas(keys: &[u32], out: &mut Vec<u8>) {
    let mut previous = 0u32;
    for &key in keys {
        let mut delta = key.wrapping_sub(previous);
        previous = key;
        loop {
            let byte = (delta & 0x7f) as u8;
            delta >>= 7;
            if delta == 0 {
                out.push(byte);
                break;
            }
            out.push(byte | 0x80);
        }
    }
}

/// Reads `count` keys written by [`write_key_deltas`] from `bytes[at..]`:
/// the keys and the offset after them; `None` if truncated or not ascending.
pub(crate) fn read_key_deltas(bytes: &[u8], mut at: usize, count: usize) -> Option<(Vec<u32>, usize)> {
    let mut keys = Vec::with_capacity(count);
    let mut previous = 0u32;
    for _ in 0..count {
        let mut delta = 0u32;
        let mut shift = 0;
        loop {
            let byte = *bytes.get(at)?;
            at += 1;
            delta |= u32::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                break;
            }
            shift += 7;
            if shift > 28 {
                return None;
            }
        }
        previous = previous.checked_add(delta)?;
        keys.push(previous);
    }
    Some((keys, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_multi_token_entries_and_round_trips() {
        let g = Gazetteer::build([("New York", 3), ("York", 1), ("Venezuela", 2), ("venezolanischen", 5)]);
        let marks = g.annotate(&["in", "new", "york", "and", "venezuela"]);
        assert_eq!(marks[1], (1 << 3, 0));
        assert_eq!(marks[2], (1 << 1, 1 << 3));
        assert_eq!(marks[4], (1 << 2, 0));
        assert_eq!(Gazetteer::from_bytes(&g.to_bytes()), Some(g));
        assert_eq!(Gazetteer::from_bytes(&[1, 0, 0]), None);
    }

    /// Entries with odd characters are hashed like any other; an entry longer
    /// than the lists' longest match is left out instead of slowing every lookup.
    #[test]
    fn odd_entries_neither_break_nor_slow_the_lists() {
        let long = "Sehr langer Name ".repeat(30);
        let g = Gazetteer::build([
            ("🙂 Corp", 8),
            ("\u{200f}القاهرة\u{200f}", 3),
            ("Zürich\u{0}", 3),
            ("", 3),
            ("   ", 3),
            (long.as_str(), 8),
            ("Caracas", 99),
        ]);
        assert_eq!(g.len(), 3, "the empty, blank, too long and unknown-list entries are left out");
        let marks = g.annotate(&["🙂", "corp", "\u{200f}القاهرة\u{200f}", "caracas"]);
        assert_eq!(marks[0], (1 << 8, 0));
        assert_eq!(marks[2], (1 << 3, 0));
        assert_eq!(marks[3], (0, 0));
        assert_eq!(Gazetteer::from_bytes(&g.to_bytes()), Some(g));
    }
}
