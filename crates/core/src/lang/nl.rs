use super::rules::LanguageRules;

pub static RULES: LanguageRules = LanguageRules {
    abbreviations: &[
        "dhr.", "mevr.", "mw.", "mr.", "mrs.", "drs.", "dr.", "ir.", "ing.", "prof.", "ds.", "bijv.", "bv.", "enz.",
        "etc.", "ca.", "resp.", "nr.", "blz.", "incl.", "excl.", "vs.", "jl.", "jr.", "sr.", "St.", "st.", "Sint.",
        "gem.", "min.", "max.", "mln.", "mld.", "mrd.", "jan.", "feb.", "mrt.", "apr.", "jun.", "jul.", "aug.", "sep.",
        "sept.", "okt.", "nov.", "dec.", "ma.", "di.", "wo.", "do.", "vr.", "za.", "zo.", "o.a.", "m.b.t.", "d.w.z.",
        "t.a.v.", "i.p.v.", "m.a.w.", "z.g.", "a.s.", "N.V.", "B.V.",
    ],
    multiword_abbreviations: &["o. a.", "d. w. z.", "m. b. t.", "t. a. v.", "i. p. v.", "N. V.", "B. V."],
    sentence_final_abbreviations: &["enz.", "etc.", "N.V.", "B.V."],
    // Dutch writes possessives of names ending in a vowel with 's (Maduro's) and 't for het.
    suffix_clitics: &["'s", "'t"],
    suffix_clitics_only_after_names: true,
    elisions: &[],
    not_initials: &[],
    ordinal_dot: false,
    ordinal_preceders: &[],
    stopwords: &[
        "de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "met", "voor", "zijn", "niet", "aan", "er",
        "ook", "als", "bij", "door", "maar", "werd", "worden", "wordt", "heeft", "hebben", "die", "naar", "over",
        "zei", "ik", "wij", "we", "jij", "je", "hij", "zij", "ze", "was", "waren", "kan", "kunnen", "zal", "zou",
        "moet", "wil", "nog", "al", "dan", "toen", "wel", "geen", "om", "tot", "uit", "na", "onder", "tegen", "sinds",
        "twee", "drie", "jaar", "dag", "nu", "hier", "daar", "wat", "wie", "hoe", "zo", "dit", "deze", "haar", "hun",
        "zich", "of",
    ],
    weekdays: &["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    months: &[
        ("januari", 1),
        ("februari", 2),
        ("maart", 3),
        ("april", 4),
        ("mei", 5),
        ("juni", 6),
        ("juli", 7),
        ("augustus", 8),
        ("september", 9),
        ("oktober", 10),
        ("november", 11),
        ("december", 12),
    ],
};
