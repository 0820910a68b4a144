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

use crate::Language;

pub struct Words {
    /// Verbs and phrases that introduce or follow a quotation.
    pub cues: &'static [&'static str],
    /// Cues only right after a quote („…“, so Merkel): elsewhere they are other words.
    pub postposed_cues: &'static [&'static str],
    /// Cues that name a source after them: according (to) X, laut X, según X.
    pub source_cues: &'static [&'static str],
    /// Cues that name a source before them: X zufolge.
    pub source_cues_after_name: &'static [&'static str],
    /// The word a source cue takes before its name ("according *to*").
    pub source_joiner: &'static [&'static str],
    /// Verbs whose object is the listener: "…," he told Tass.
    pub listener_verbs: &'static [&'static str],
    /// Words that mark the listener after any speech verb: "said to reporters", "dijo a Tass".
    pub listener_markers: &'static [&'static str],
    pub male_pronouns: &'static [&'static str],
    pub female_pronouns: &'static [&'static str],
    /// Singular pronouns that may also be plural or polite (de "sie"): they tell no gender.
    pub plural_too: &'static [&'static str],
    /// Other pronouns a source can be (they, we, I): kept as the source, never resolved.
    pub other_pronouns: &'static [&'static str],
    /// Possessive and object forms that tell an antecedent's gender (his, her).
    pub male_forms: &'static [&'static str],
    pub female_forms: &'static [&'static str],
    pub male_honorifics: &'static [&'static str],
    pub female_honorifics: &'static [&'static str],
    /// Speech verbs need no subject (es "dijo", it "ha detto", pt "disse").
    pub drops_subject: bool,
    /// Words that end a subject read backwards from its verb: and, that, who.
    pub boundaries: &'static [&'static str],
    /// Words between a subject and its verb that are not part of it: also, on Monday, has.
    pub adverbials: &'static [&'static str],
    /// Words that may open a noun phrase after a verb: the, a, der, el.
    pub determiners: &'static [&'static str],
    /// Words that end a noun phrase read forwards: in, on, at, during.
    pub prepositions: &'static [&'static str],
}

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

impl Words {
    pub fn is_cue(&self, word: &str) -> bool {
        self.cues.contains(&word) || self.is_source_cue(word)
    }

    pub fn is_source_cue(&self, word: &str) -> bool {
        self.source_cues.contains(&word) || self.source_cues_after_name.contains(&word)
    }

    /// A pronoun that can name a speaker, with the gender it tells (`None` for they, I, we).
    pub fn pronoun(&self, word: &str) -> Option<Option<Gender>> {
        if self.male_pronouns.contains(&word) {
            Some(Some(Gender::Male))
        } else if self.female_pronouns.contains(&word) {
            Some(Some(Gender::Female))
        } else if self.other_pronouns.contains(&word) {
            Some(None)
        } else {
            None
        }
    }

    /// The gender a pronoun, possessive or honorific next to a name tells.
    pub fn gender_of(&self, word: &str) -> Option<Gender> {
        let word = word.trim_end_matches('.');
        if self.male_pronouns.contains(&word) || self.male_forms.contains(&word) || self.male_honorifics.contains(&word)
        {
            Some(Gender::Male)
        } else if self.female_pronouns.contains(&word)
            || self.female_forms.contains(&word)
            || self.female_honorifics.contains(&word)
        {
            Some(Gender::Female)
        } else {
            None
        }
    }

    /// A subject pronoun that tells the gender of the one person its sentence
    /// names: not one that may also be plural or polite (de "sie", nl "zij").
    pub fn voting_pronoun(&self, word: &str) -> Option<Option<Gender>> {
        self.pronoun(word).filter(|_| !self.plural_too.contains(&word))
    }

    /// A determiner, an adverbial, a boundary or a preposition: a word that names no one.
    pub fn is_function_word(&self, word: &str) -> bool {
        [self.determiners, self.adverbials, self.boundaries, self.prepositions].iter().any(|list| list.contains(&word))
    }

    pub fn is_honorific(&self, word: &str) -> bool {
        let word = word.trim_end_matches('.');
        self.male_honorifics.contains(&word) || self.female_honorifics.contains(&word)
    }
}

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
