//! The shape every language's attribution words take (one value per language module).

use crate::resolve::lexicon::Gender;

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
