//! Reads ../shared/data/clusters/NAME.tsv.gz (`word<TAB>bitpath<TAB>count`)
//! into the table shipped inside a model, keeping the most frequent words.

use flate2::read::GzDecoder;
use gleaner_core::ner::WordClusters;
use std::io::Read;
use std::path::PathBuf;

pub fn cluster_dir() -> PathBuf {
    crate::data_dir().join("../clusters")
}

/// The `max_words` most frequent words of cluster file `name` ("de", "nl-open"…).
/// A missing, truncated or malformed file is an error naming the file and line.
pub fn load(name: &str, max_words: usize) -> Result<WordClusters, String> {
    let path = cluster_dir().join(format!("{name}.tsv.gz"));
    let file = std::fs::File::open(&path).map_err(|e| format!("cluster file {}: {e}", path.display()))?;
    let mut text = String::new();
    GzDecoder::new(file)
        .read_to_string(&mut text)
        .map_err(|e| format!("cluster file {} is corrupt: {e}", path.display()))?;
    let mut rows: Vec<(&str, &str, u64)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut fields = line.split('\t');
        let parsed = match (fields.next(), fields.next(), fields.next().and_then(|c| c.trim().parse().ok())) {
            (Some(word), Some(path), Some(count)) if !word.is_empty() && !path.is_empty() => Some((word, path, count)),
            _ => None,
        };
        let row = parsed
            .ok_or_else(|| format!("cluster file {}:{}: expected word<TAB>bitpath<TAB>count", path.display(), n + 1))?;
        if !row.1.bytes().all(|b| b == b'0' || b == b'1') {
            return Err(format!("cluster file {}:{}: bit path '{}' is not binary", path.display(), n + 1, row.1));
        }
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(format!("cluster file {} has no entries", path.display()));
    }
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
    rows.truncate(max_words);
    // GloVe (en) is lower-cased: its words are looked up in lower case.
    let lowercase_only = name.starts_with("en");
    Ok(WordClusters::build(rows.iter().map(|(w, p, _)| (*w, *p)), lowercase_only))
}
