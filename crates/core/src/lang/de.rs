use super::LanguageRules;

pub static RULES: LanguageRules = LanguageRules {
    abbreviations: &[
        "Dr.", "Prof.", "Hr.", "Hrn.", "Fr.", "Frl.", "Dipl.", "Ing.", "St.", "Nr.", "Str.",
        "bzw.", "usw.", "ca.", "vgl.", "sog.", "ggf.", "evtl.", "inkl.", "zzgl.", "exkl.", "Mio.",
        "Mrd.", "Tsd.", "Jh.", "Jhd.", "Abs.", "Art.", "Tel.", "Bd.", "Bde.", "Hrsg.", "gegr.",
        "geb.", "gest.", "verh.", "z.", "d.", "u.", "v.", "o.", "bspw.", "bzgl.", "einschl.",
        "insb.", "Kap.", "Mrz.", "Okt.", "Dez.", "Jan.", "Feb.", "Apr.", "Aug.", "Sept.",
        "Sep.", "Nov.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.", "etc.", "allg.",
        "Abb.", "Anm.", "Aufl.", "eig.", "eigtl.", "Forts.", "Std.", "Min.", "Sek.", "zB.",
        "dh.", "ua.", "uvm.", "Verf.", "Ziff.", "zit.", "Zt.", "Gebr.", "Co.",
    ],
    multiword_abbreviations: &[
        "z. B.", "z.B.", "d. h.", "d.h.", "u. a.", "u.a.", "v. a.", "v.a.", "o. ä.", "o.ä.",
        "u. U.", "u.U.", "i. d. R.", "i.d.R.", "z. T.", "z.T.", "u. v. m.", "u.v.m.", "s. o.",
        "s. u.", "a. D.", "v. Chr.", "n. Chr.", "m. E.", "i. A.", "z. Zt.", "o. g.",
    ],
    sentence_final_abbreviations: &["usw.", "etc.", "u. a.", "u.a.", "u. v. m.", "u.v.m.", "uvm."],
    suffix_clitics: &[],
    suffix_clitics_only_after_names: false,
    elisions: &[],
    not_initials: &[],
    ordinal_dot: true,
    ordinal_preceders: &[
        "am", "im", "vom", "zum", "zur", "beim", "der", "die", "das", "dem", "den", "des", "seit",
        "ab", "bis", "vor", "nach", "zwischen", "einem", "einer", "eines", "ihr", "ihre", "ihrem",
        "ihren", "ihrer", "sein", "seine", "seinem", "seinen", "seiner", "unser", "unsere", "jeder",
        "jedem", "jeden", "jede", "zu", "bei",
    ],
    months: &[
        "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember", "Jan.", "Feb.", "Apr.", "Aug.",
        "Sept.", "Okt.", "Nov.", "Dez.",
    ],
};
