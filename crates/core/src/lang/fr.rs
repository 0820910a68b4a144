use super::rules::LanguageRules;

pub static RULES: LanguageRules = LanguageRules {
    abbreviations: &[
        "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Dr.", "Pr.", "Me.", "Mgr.", "St.", "Ste.", "etc.", "cf.",
        "env.", "p.", "pp.", "vol.", "chap.", "av.", "bd.", "fig.", "janv.", "févr.", "avr.", "juil.", "sept.", "oct.",
        "nov.", "déc.", "éd.", "hab.", "max.", "min.", "éts.", "Cie.", "apr.", "ex.",
    ],
    multiword_abbreviations: &["p. ex.", "av. J.-C.", "apr. J.-C.", "c.-à-d.", "J.-C."],
    sentence_final_abbreviations: &["etc."],
    suffix_clitics: &[],
    suffix_clitics_only_after_names: false,
    elisions: &[
        "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'",
        "quelqu'",
    ],
    not_initials: &[],
    ordinal_dot: false,
    ordinal_preceders: &[],
    stopwords: &[
        "le", "la", "les", "et", "des", "du", "est", "une", "un", "que", "qui", "dans", "pour", "pas", "sur", "au",
        "aux", "avec", "ce", "il", "elle", "sont", "été", "par", "plus", "mais", "ont", "cette", "leur", "selon", "de",
        "je", "nous", "vous", "ils", "elles", "ne", "on", "se", "sa", "son", "ses", "ou", "où", "donc", "très", "sans",
        "sous", "entre", "après", "avant", "depuis", "deux", "trois", "ans", "année", "jour", "aussi", "tout", "tous",
        "fait", "être", "avoir", "avait", "était", "peut", "lors", "contre", "chez", "dont", "ainsi", "encore",
    ],
    weekdays: &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    months: &[
        ("janvier", 1),
        ("février", 2),
        ("mars", 3),
        ("avril", 4),
        ("mai", 5),
        ("juin", 6),
        ("juillet", 7),
        ("août", 8),
        ("septembre", 9),
        ("octobre", 10),
        ("novembre", 11),
        ("décembre", 12),
    ],
};
