//! The shape every language's segmentation rules take (one value per language module).

/// What the tokenizer and the sentence splitter need to know about a language.
#[derive(Debug)]
pub struct LanguageRules {
    /// Abbreviations written with their final dot ("Dr.", "z.", "Sra."). Matched
    /// case-sensitively, and also in lower case when written with a capital.
    pub abbreviations: &'static [&'static str],
    /// Abbreviations that contain a space ("z. B.", "EE. UU."): kept as one token.
    pub multiword_abbreviations: &'static [&'static str],
    /// Abbreviations that often close a sentence ("etc.", "usw."): a capital after them starts a new one.
    pub sentence_final_abbreviations: &'static [&'static str],
    /// Clitics split off the end of a word, lower case, apostrophe written as `'`
    /// ("'s" in Maduro's, "n't").
    pub suffix_clitics: &'static [&'static str],
    /// Split suffix clitics only after a capitalised stem (Dutch: Maduro's, but auto's is a plural).
    pub suffix_clitics_only_after_names: bool,
    /// Elided articles and prepositions split off the start of a word, lower
    /// case, apostrophe written as `'` ("l'" in l'Europe, "dell'").
    pub elisions: &'static [&'static str],
    /// Capital letters that are words of their own, never initials ("I" in English).
    pub not_initials: &'static [char],
    /// Whether "28." before a month or a lower-case word is an ordinal number (German).
    pub ordinal_dot: bool,
    /// Lower-case words after which a number with a dot is an ordinal ("im 19. Jahrhundert").
    pub ordinal_preceders: &'static [&'static str],
    /// Frequent function words, lower case: evidence for language identification on short texts.
    pub stopwords: &'static [&'static str],
    /// Weekday names, lower case (the one list: dates read them, language
    /// identification counts them with the stopwords).
    pub weekdays: &'static [&'static str],
    /// Month names and abbreviations with their number, for ordinal dates
    /// ("28. Juli") and for date values (values add a few more forms).
    pub months: &'static [(&'static str, u8)],
}

impl LanguageRules {
    /// `word` is the token text including its final dot.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        if self.abbreviations.contains(&word) {
            return true;
        }
        // "Etc." at the start of a line, "Usw." in a heading.
        let mut chars = word.chars();
        match chars.next() {
            Some(first) if first.is_uppercase() => {
                let lowered: String = first.to_lowercase().chain(chars).collect();
                self.abbreviations.contains(&lowered.as_str())
            }
            _ => false,
        }
    }

    pub fn is_sentence_final_abbreviation(&self, word: &str) -> bool {
        self.sentence_final_abbreviations.iter().any(|a| a.eq_ignore_ascii_case(word))
    }

    pub fn is_month(&self, word: &str) -> bool {
        self.month_number(word).is_some()
    }

    /// 1–12 for a month name of this language, in any case.
    pub fn month_number(&self, word: &str) -> Option<u8> {
        self.months.iter().find(|(m, _)| m.eq_ignore_ascii_case(word)).map(|m| m.1)
    }
}
