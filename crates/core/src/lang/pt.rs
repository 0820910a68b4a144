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
            "de", "às", "nos", "nas", "num", "numa", "pelos", "pelas", "seu", "sua", "seus", "suas", "já", "muito", "sem", "desde", "até", "onde", "quando", "sido", "tinha", "pode", "dois", "três", "anos", "ano", "dia", "após", "durante", "contra", "hoje", "ontem", "eu", "nós", "isso", "isto", "este", "esta", "esse", "essa", "há", "está", "estão", "tem", "têm", "era", "porque", "assim", "embora", "todo", "todos",
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
