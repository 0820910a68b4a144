use super::rules::LanguageRules;

/// For text in no supported language: honorifics that read the same across
/// Latin-script languages, nothing language-specific beyond that.
pub static RULES: LanguageRules = LanguageRules {
    abbreviations: &["Dr.", "Prof.", "St.", "Mr.", "Mrs.", "Ms.", "Sr.", "Sra.", "Jr.", "etc."],
    multiword_abbreviations: &[],
    sentence_final_abbreviations: &["etc."],
    suffix_clitics: &[],
    suffix_clitics_only_after_names: false,
    elisions: &[],
    not_initials: &[],
    ordinal_dot: false,
    ordinal_preceders: &[],
    stopwords: &[],
    weekdays: &[],
    months: &[],
};
