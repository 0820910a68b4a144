//! Dictionaries of typed names (issue 17): the PER, ORG, LOC and MISC names of
//! every training corpus in ../shared/data/ner, in every language (names cross
//! languages), WikiANN's included, used as name lists and never as labels.
//! The model's own training corpora are left out: their names would fire on
//! every training mention, and the model would learn to trust a list that, on
//! a reader's text, knows only some of the names. A name must be seen twice
//! to be kept, which keeps the lists small and drops one-off noise: on the
//! five news dev splits (raw text) twice averaged 80.77 F1, once 80.62 with
//! models 235–270 KB larger, three times 80.36.

use crate::config::corpus_license;
use crate::corpus::read_conll;
use crate::eval::gold_spans;
use gleaner_core::ner::gazetteer::{CATEGORIES, MAX_ENTRY_TOKENS};
use gleaner_core::ner::{EntityType, Labels};
use std::collections::HashMap;

/// The list a name of `entity` type goes to, as an index of [`CATEGORIES`].
fn category(entity: EntityType) -> Option<usize> {
    let name = match entity {
        EntityType::PER => "name_per",
        EntityType::ORG => "name_org",
        EntityType::LOC => "name_loc",
        EntityType::MISC => "name_misc",
    };
    CATEGORIES.iter().position(|c| *c == name)
}

/// Names for the name lists, and where they came from.
#[derive(Default)]
pub struct TypedNames {
    /// Each name with its list's index in [`CATEGORIES`].
    pub names: Vec<(String, usize)>,
    /// The corpus files read, for the manifest.
    pub files: Vec<String>,
}

/// Typed names seen at least twice in the training corpora other than `excluded`
/// (file names), only openly licensed ones if `open_only`.
pub fn typed_names(excluded: &[&str], open_only: bool) -> Result<TypedNames, String> {
    let dir = crate::data_dir();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|f| f.ends_with("-train.conll") && !excluded.contains(&f.as_str()))
        .filter(|f| corpus_license(f).is_some_and(|(_, open)| open || !open_only))
        .collect();
    files.sort();
    let labels = Labels::new(EntityType::ALL.to_vec());
    let mut seen: HashMap<(String, usize), u32> = HashMap::new();
    for file in &files {
        for sentence in read_conll(&dir.join(file))? {
            for (start, end, entity) in gold_spans(&labels, &sentence) {
                let Some(category) = category(entity) else { continue };
                if end - start > MAX_ENTRY_TOKENS {
                    continue;
                }
                let name = sentence.words[start..end].join(" ");
                *seen.entry((name, category)).or_default() += 1;
            }
        }
    }
    let mut names: Vec<(String, usize)> = seen.into_iter().filter(|(_, n)| *n >= 2).map(|(key, _)| key).collect();
    names.sort();
    Ok(TypedNames { names, files })
}
