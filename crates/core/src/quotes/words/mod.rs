//! The words attribution reads, one module per language: speech cues
//! (said, sagte, dijo), source prepositions (according to, laut, según),
//! pronouns with their gender, and the small words that bound a subject.
//! All lower case.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pt;
mod table;

pub use table::Words;

use crate::Language;

pub fn words(language: Option<Language>) -> &'static Words {
    match language {
        Some(Language::De) => &de::WORDS,
        Some(Language::Es) => &es::WORDS,
        Some(Language::Fr) => &fr::WORDS,
        Some(Language::It) => &it::WORDS,
        Some(Language::Pt) => &pt::WORDS,
        Some(Language::Nl) => &nl::WORDS,
        Some(Language::En) | None => &en::WORDS,
    }
}

pub use crate::resolve::lexicon::Gender;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_cues_the_issue_names() {
        for (language, needed) in [
            (
                Language::En,
                &[
                    "said",
                    "told",
                    "added",
                    "wrote",
                    "tweeted",
                    "warned",
                    "insisted",
                    "argued",
                    "called",
                    "described",
                    "according",
                    "saying",
                ][..],
            ),
            (Language::De, &["sagte", "erklärte", "betonte", "laut", "zufolge"]),
            (Language::Es, &["dijo", "afirmó", "aseguró", "según"]),
            (Language::Fr, &["dit", "selon", "affirmé", "déclaré"]),
            (Language::It, &["detto", "secondo", "dichiarato"]),
            (Language::Pt, &["disse", "segundo", "afirmou"]),
            (Language::Nl, &["zei", "volgens", "aldus"]),
        ] {
            let w = words(Some(language));
            for cue in needed {
                assert!(w.is_cue(cue), "{language:?} lacks the cue {cue:?}");
            }
        }
    }

    #[test]
    fn lists_are_lower_case_and_word_lists_do_not_clash() {
        for language in Language::ALL {
            let w = words(Some(language));
            for list in [
                w.cues,
                w.postposed_cues,
                w.source_cues,
                w.source_cues_after_name,
                w.source_joiner,
                w.listener_verbs,
                w.listener_markers,
                w.male_pronouns,
                w.female_pronouns,
                w.plural_too,
                w.other_pronouns,
                w.male_forms,
                w.female_forms,
                w.male_honorifics,
                w.female_honorifics,
                w.boundaries,
                w.adverbials,
                w.determiners,
                w.prepositions,
            ] {
                let mut seen = std::collections::HashSet::new();
                for word in list {
                    assert_eq!(*word, word.to_lowercase(), "{language:?}: {word:?} is not lower case");
                    assert!(seen.insert(word), "{language:?}: {word:?} is listed twice");
                }
            }
            for cue in w.cues {
                assert!(!w.boundaries.contains(cue), "{language:?}: {cue:?} is both a cue and a boundary");
            }
        }
    }
}
