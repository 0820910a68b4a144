use super::LanguageRules;

pub static RULES: LanguageRules = LanguageRules {
    abbreviations: &[
        "Sr.", "Sra.", "Srta.", "Srs.", "Sras.", "Dr.", "Dra.", "Drs.", "Prof.", "Profa.", "Eng.", "Gen.", "Cel.",
        "Ten.", "Cap.", "Mons.", "Pe.", "Exmo.", "Exma.", "Ilmo.", "Ilma.", "Av.", "Pç.", "Cia.", "Ltda.", "etc.",
        "pág.", "págs.", "núm.", "art.", "arts.", "aprox.", "tel.", "vol.", "cap.", "ex.", "p.", "pp.", "jan.", "fev.",
        "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez.", "S.A.", "V.", "Exa.", "Sto.",
        "Sta.",
    ],
    multiword_abbreviations: &["a. C.", "d. C.", "V. Exa.", "S. A.", "p. ex."],
    sentence_final_abbreviations: &["etc.", "Ltda.", "S.A."],
    suffix_clitics: &[],
    suffix_clitics_only_after_names: false,
    elisions: &["d'", "n'"],
    not_initials: &[],
    ordinal_dot: false,
    ordinal_preceders: &[],
    stopwords: &[
        "o", "a", "os", "as", "e", "do", "da", "dos", "das", "que", "em", "um", "uma", "para", "com", "não", "por",
        "no", "na", "se", "foi", "como", "mais", "ao", "ele", "ela", "são", "também", "segundo", "disse", "pelo",
        "pela",
    ],
    months: &[
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
};
