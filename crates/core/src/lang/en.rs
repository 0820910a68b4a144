use super::LanguageRules;

pub static RULES: LanguageRules = LanguageRules {
    abbreviations: &[
        "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "Snr.", "Jnr.", "Rev.", "Gen.", "Gov.",
        "Sen.", "Rep.", "Rev.", "Lt.", "Col.", "Sgt.", "Capt.", "Cmdr.", "Adm.", "Maj.", "Pres.", "Hon.", "Amb.",
        "Supt.", "Insp.", "Det.", "Cpl.", "Pvt.", "Fr.", "Br.", "Inc.", "Ltd.", "Co.", "Corp.", "Bros.", "Plc.", "Mt.",
        "Ft.", "Ave.", "Blvd.", "Rd.", "vs.", "etc.", "approx.", "est.", "dept.", "govt.", "cf.", "al.", "ca.", "viz.",
        "No.", "Nos.", "Vol.", "vol.", "pp.", "p.", "fig.", "Fig.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
        "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.",
        "Sat.", "Sun.", "Ala.", "Ariz.", "Calif.", "Colo.", "Conn.", "Fla.", "Ill.", "Kan.", "Mass.", "Mich.", "Minn.",
        "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Wash.", "Wis.", "a.m.", "p.m.", "e.g.", "i.e.",
    ],
    multiword_abbreviations: &[],
    sentence_final_abbreviations: &["etc.", "Inc.", "Ltd.", "Co.", "Corp.", "a.m.", "p.m."],
    suffix_clitics: &["'s", "n't", "'re", "'ve", "'ll", "'d", "'m"],
    suffix_clitics_only_after_names: false,
    elisions: &[],
    not_initials: &['I'],
    ordinal_dot: false,
    ordinal_preceders: &[],
    stopwords: &[
        "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at", "from", "his", "her", "their", "he", "she", "it", "has", "have", "had", "been", "were", "are", "which", "who", "will", "would", "said", "not", "but", "this", "an",
    ],
    months: &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
};
