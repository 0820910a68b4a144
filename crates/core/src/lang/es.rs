use super::LanguageRules;

pub static RULES: LanguageRules = LanguageRules {
    abbreviations: &[
        "Sr.", "Sra.", "Srta.", "Sres.", "Sras.", "Dr.", "Dra.", "Drs.", "Lic.", "Ing.", "Arq.", "Prof.", "Profa.",
        "Gral.", "Cnel.", "Tte.", "Cap.", "Excmo.", "Excma.", "Ilmo.", "Mons.", "Pbro.", "Fr.", "Sto.", "Sta.", "Ud.",
        "Uds.", "Vd.", "Vds.", "D.", "Dña.", "Av.", "Avda.", "Pza.", "Bco.", "Cía.", "Hnos.", "etc.", "pág.", "págs.",
        "núm.", "núms.", "art.", "arts.", "aprox.", "tel.", "vol.", "cap.", "ej.", "p.", "pp.", "ss.", "ene.", "feb.",
        "mar.", "abr.", "jun.", "jul.", "ago.", "sep.", "sept.", "oct.", "nov.", "dic.", "admón.", "dpto.", "depto.",
        "izq.", "dcha.", "S.A.", "S.L.",
        // Club names in sports results: At. Madrid, Ath. Bilbao, Dep. Coruña.
        "At.", "Ath.", "Dep.",
    ],
    multiword_abbreviations: &[
        "EE. UU.", "EE.UU.", "FF. AA.", "FF.AA.", "a. C.", "d. C.", "p. ej.", "S. A.", "S. L.", "RR. HH.", "CC. OO.",
    ],
    sentence_final_abbreviations: &["etc.", "EE. UU.", "EE.UU.", "S.A.", "S. A."],
    suffix_clitics: &[],
    suffix_clitics_only_after_names: false,
    elisions: &[],
    not_initials: &[],
    ordinal_dot: false,
    ordinal_preceders: &[],
    stopwords: &[
        "el", "la", "los", "las", "y", "del", "que", "en", "un", "una", "por", "con", "para", "se", "su", "sus", "es",
        "fue", "como", "pero", "más", "al", "lo", "dijo", "también", "según", "ha", "han", "este", "esta", "entre",
        "sobre", "de", "no", "le", "les", "ya", "muy", "sin", "desde", "hasta", "donde", "cuando", "sido", "había",
        "puede", "dos", "tres", "años", "año", "día", "tras", "durante", "contra", "ante", "hoy", "ayer", "nos", "uno",
        "otro", "otros", "mismo", "hay", "está", "están", "son", "era", "eran", "tiene", "porque", "así", "aunque",
        "todo", "todos", "esto", "estos", "ese", "esa", "nadie", "algo", "me", "mi", "yo",
    ],
    weekdays: &["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    months: &[
        ("enero", 1),
        ("febrero", 2),
        ("marzo", 3),
        ("abril", 4),
        ("mayo", 5),
        ("junio", 6),
        ("julio", 7),
        ("agosto", 8),
        ("septiembre", 9),
        ("setiembre", 9),
        ("octubre", 10),
        ("noviembre", 11),
        ("diciembre", 12),
    ],
};
