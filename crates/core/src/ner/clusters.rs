//! Word clusters learned from large unlabeled text (Brown-style bit paths over
//! 1024 clusters): words used alike share path prefixes, so the tagger
//! generalizes from "Caracas" in training to "Bogotá" it never saw labelled.
//! Stored as sorted 32-bit word hashes with packed paths, looked up by form.

/// Longest bit path the packing allows (the cluster files go to 18).
pub const MAX_DEPTH: u32 = 24;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordClusters {
    /// Sorted hashes of the word forms.
    keys: Vec<u32>,
    /// Per key: `depth << 24 | bits`, the path read as a binary number.
    paths: Vec<u32>,
    /// The source was lower-cased (GloVe): look words up in lower case only.
    lowercase_only: bool,
    index: super::key_index::KeyIndex,
}

/// A word's cluster: its bit path as a number and the path's length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClusterPath {
    pub bits: u32,
    pub depth: u32,
}

impl ClusterPath {
    /// The first `n` bits (the whole path if shorter), as (bits, length).
    pub fn prefix(self, n: u32) -> (u32, u32) {
        let n = n.min(self.depth);
        (self.bits >> (self.depth - n), n)
    }
}

fn word_key(word: &str) -> u32 {
    super::gazetteer::entry_key([word])
}

impl WordClusters {
    /// From (word, bit path as "0110…") pairs; paths longer than [`MAX_DEPTH`]
    /// or with other characters are skipped. A word listed twice keeps its first path.
    pub fn build<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>, lowercase_only: bool) -> WordClusters {
        let pairs: Vec<(u32, u32)> = entries
            .into_iter()
            .filter_map(|(word, path)| {
                let depth = path.len() as u32;
                if depth == 0 || depth > MAX_DEPTH || !path.bytes().all(|b| b == b'0' || b == b'1') {
                    return None;
                }
                let bits = path.bytes().fold(0u32, |acc, b| (acc << 1) | u32::from(b - b'0'));
                Some((word_key(word), depth << 24 | bits))
            })
            .collect();
        // A word listed twice keeps its first path.
        let (keys, paths) = super::gazetteer::first_per_key(pairs);
        let index = super::key_index::KeyIndex::new(&keys);
        WordClusters { keys, paths, lowercase_only, index }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn get(&self, form: &str) -> Option<ClusterPath> {
        let i = self.index.position(&self.keys, word_key(form))?;
        let packed = self.paths[i];
        Some(ClusterPath { bits: packed & 0xff_ffff, depth: packed >> 24 })
    }

    /// The cluster of `word`: as written, else in lower case, else capitalized
    /// ("BERLIN" → "Berlin"); lower case only for a lower-cased source.
    pub fn lookup(&self, word: &str) -> Option<ClusterPath> {
        self.lookup_lowered(word, &word.to_lowercase())
    }

    /// [`WordClusters::lookup`] for a caller that already has `lower`, the word
    /// in lower case (the tagger lowers every word once for its name lists too).
    pub fn lookup_lowered(&self, word: &str, lower: &str) -> Option<ClusterPath> {
        if self.is_empty() {
            return None;
        }
        if self.lowercase_only {
            return self.get(lower);
        }
        self.get(word).or_else(|| self.get(lower)).or_else(|| {
            let mut chars = lower.chars();
            let first = chars.next()?;
            let capitalized: String = first.to_uppercase().chain(chars).collect();
            self.get(&capitalized)
        })
    }

    /// Layout: u32 count, u8 flags, u16 distinct paths, the distinct packed
    /// paths (u32 LE each), keys as LEB128 deltas, then per key the u16 index
    /// of its path (1024 clusters: two bytes a word instead of four).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut distinct = self.paths.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let mut out = Vec::with_capacity(self.keys.len() * 5 + distinct.len() * 4 + 7);
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        out.push(u8::from(self.lowercase_only));
        out.extend_from_slice(&(distinct.len() as u16).to_le_bytes());
        for path in &distinct {
            out.extend_from_slice(&path.to_le_bytes());
        }
        super::gazetteer::write_key_deltas(&self.keys, &mut out);
        for path in &self.paths {
            let index = distinct.binary_search(path).unwrap_or(0) as u16;
            out.extend_from_slice(&index.to_le_bytes());
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<WordClusters> {
        let count = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
        let lowercase_only = match *bytes.get(4)? {
            0 => false,
            1 => true,
            _ => return None,
        };
        let n_paths = u16::from_le_bytes(bytes.get(5..7)?.try_into().ok()?) as usize;
        let distinct: Vec<u32> = bytes
            .get(7..7 + 4 * n_paths)?
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if !distinct.iter().all(|p| (1..=MAX_DEPTH).contains(&(p >> 24)) && (p & 0xff_ffff) >> (p >> 24) == 0) {
            return None;
        }
        if count > bytes.len() {
            return None;
        }
        let (keys, at) = super::gazetteer::read_key_deltas(bytes, 7 + 4 * n_paths, count)?;
        let paths: Option<Vec<u32>> = bytes
            .get(at..at.checked_add(count.checked_mul(2)?)?)?
            .chunks_exact(2)
            .map(|c| distinct.get(usize::from(u16::from_le_bytes([c[0], c[1]]))).copied())
            .collect();
        let index = super::key_index::KeyIndex::new(&keys);
        (at + 2 * count == bytes.len()).then_some(WordClusters { keys, paths: paths?, lowercase_only, index })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_forms_and_prefixes_and_round_trips() {
        let c = WordClusters::build([("Berlin", "0110"), ("montag", "11"), ("Montag", "10"), ("x", "2")], false);
        assert_eq!(c.len(), 3);
        assert_eq!(c.lookup("Berlin"), Some(ClusterPath { bits: 0b0110, depth: 4 }));
        assert_eq!(c.lookup("BERLIN"), c.lookup("Berlin"), "capitals fold to the capitalized form");
        assert_eq!(c.lookup("Montag").map(|p| p.bits), Some(0b10), "the exact form comes first");
        assert_eq!(c.lookup("Paris"), None);
        assert_eq!(ClusterPath { bits: 0b0110, depth: 4 }.prefix(2), (0b01, 2));
        assert_eq!(ClusterPath { bits: 0b0110, depth: 4 }.prefix(10), (0b0110, 4));
        assert_eq!(WordClusters::from_bytes(&c.to_bytes()), Some(c));
        assert_eq!(WordClusters::from_bytes(&[1, 0, 0, 0, 7]), None);
        assert_eq!(WordClusters::from_bytes(&WordClusters::default().to_bytes()), Some(WordClusters::default()));
    }

    #[test]
    fn a_lower_cased_source_is_read_in_lower_case() {
        let c = WordClusters::build([("berlin", "01")], true);
        assert!(c.lookup("Berlin").is_some() && c.lookup("BERLIN").is_some());
    }
}
