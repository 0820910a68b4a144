use super::LanguageRules;

pub static RULES: LanguageRules = LanguageRules {
    abbreviations: &[
        "Sig.", "Sigg.", "Sig.ra", "Sig.na", "Dott.", "Dott.ssa", "Prof.", "Prof.ssa", "Avv.", "Ing.", "Arch.",
        "Geom.", "On.", "Gen.", "Col.", "Mons.", "Spett.", "Egr.", "Gent.", "ecc.", "pag.", "pagg.", "vol.", "cap.",
        "art.", "artt.", "n.", "nn.", "tel.", "fig.", "S.p.A.", "S.r.l.", "gen.", "feb.", "mar.", "apr.", "mag.",
        "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic.", "ca.", "cfr.", "es.", "S.",
    ],
    multiword_abbreviations: &["a. C.", "d. C.", "S. p. A."],
    sentence_final_abbreviations: &["ecc.", "S.p.A.", "S.r.l."],
    suffix_clitics: &[],
    suffix_clitics_only_after_names: false,
    elisions: &[
        "l'", "un'", "dell'", "dall'", "nell'", "sull'", "all'", "coll'", "dev'", "quest'", "quell'", "c'", "d'", "s'",
        "m'", "t'", "v'", "po'", "com'", "dov'", "anch'", "tutt'", "sant'", "bell'", "buon'", "grand'", "nessun'",
        "alcun'", "ciascun'",
    ],
    not_initials: &[],
    ordinal_dot: false,
    ordinal_preceders: &[],
    stopwords: &[
        "il", "la", "lo", "gli", "le", "di", "che", "è", "e", "un", "una", "per", "con", "del", "della", "dei", "non",
        "sono", "ha", "al", "nel", "alla", "anche", "più", "come", "ma", "questo", "stato", "secondo",
            "nella", "nelle", "negli", "dello", "degli", "delle", "alle", "agli", "dal", "dalla", "dai", "sul", "sulla", "ci", "si", "io", "noi", "voi", "loro", "era", "erano", "essere", "hanno", "fatto", "dopo", "prima", "tra", "fra", "senza", "sotto", "ancora", "già", "molto", "tutti", "tutto", "due", "tre", "anni", "anno", "giorno", "perché", "quando", "dove", "questa", "quello", "quella", "sua", "suo",
    ],
    months: &[
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
};
