//! Speech cues per language: verbs and phrases that introduce or follow a
//! quotation (said, sagte, dijo) and prepositions that attribute one
//! (according to, laut, según). Lower case.

use crate::Language;

pub fn speech_cues(language: Option<Language>) -> &'static [&'static str] {
    match language {
        Some(Language::De) => &[
            "sagte",
            "sagt",
            "sagten",
            "erklärte",
            "erklärt",
            "betonte",
            "betont",
            "so",
            "meinte",
            "schrieb",
            "warnte",
            "fügte",
            "teilte",
            "zufolge",
            "laut",
            "versicherte",
            "kritisierte",
            "forderte",
            "sprach",
            "antwortete",
            "bekräftigte",
            "unterstrich",
            "hieß",
            "heißt",
        ],
        Some(Language::Es) => &[
            "dijo",
            "dice",
            "dijeron",
            "afirmó",
            "afirma",
            "aseguró",
            "asegura",
            "declaró",
            "explicó",
            "señaló",
            "añadió",
            "indicó",
            "según",
            "agregó",
            "manifestó",
            "advirtió",
            "sostuvo",
            "insistió",
            "escribió",
            "subrayó",
            "comentó",
            "expresó",
            "denunció",
            "destacó",
            "apuntó",
            "respondió",
            "recalcó",
        ],
        Some(Language::Fr) => {
            &["dit", "déclaré", "affirmé", "selon", "affirme", "explique", "ajouté", "estime", "souligne"]
        }
        Some(Language::It) => &["detto", "dichiarato", "secondo", "afferma", "spiegato", "aggiunto", "sottolineato"],
        Some(Language::Pt) => {
            &["disse", "afirmou", "segundo", "declarou", "explicou", "acrescentou", "diz", "garantiu"]
        }
        Some(Language::Nl) => &["zei", "zegt", "aldus", "volgens", "verklaarde", "schreef", "stelde", "voegde"],
        Some(Language::En) | None => &[
            "said",
            "says",
            "say",
            "told",
            "tells",
            "added",
            "insisted",
            "stated",
            "declared",
            "explained",
            "asked",
            "wrote",
            "warned",
            "noted",
            "argued",
            "claimed",
            "replied",
            "according",
            "announced",
            "tweeted",
            "stressed",
            "continued",
            "concluded",
            "suggested",
            "urged",
            "acknowledged",
            "adds",
            "asks",
            "writes",
            "tweets",
            "posted",
            "warns",
            "insists",
            "argues",
            "explains",
            "notes",
            "claims",
            "continues",
            "described",
            "called",
            "recalled",
            "admitted",
            "conceded",
            "responded",
            "remarked",
            "testified",
            "predicted",
            "joked",
            "quipped",
        ],
    }
}

/// Pronouns that refer a quote back to the last person named (he said, sagte sie).
pub fn speaker_pronouns(language: Option<Language>) -> &'static [&'static str] {
    match language {
        Some(Language::De) => &["er", "sie"],
        Some(Language::Es) => &["él", "ella"],
        Some(Language::Fr) => &["il", "elle"],
        Some(Language::It) => &["lui", "lei"],
        Some(Language::Pt) => &["ele", "ela"],
        Some(Language::Nl) => &["hij", "zij", "ze"],
        Some(Language::En) | None => &["he", "she"],
    }
}

/// Languages whose speech verbs need no subject (es "dijo", it "ha detto", pt "disse").
pub fn drops_subject(language: Option<Language>) -> bool {
    matches!(language, Some(Language::Es | Language::It | Language::Pt))
}

/// Cues that name a source rather than a speaker doing something: the name
/// comes after them (according to X, laut X, según X), and when no name
/// follows, the source is unnamed ("según el comunicado"): no one else said it.
pub fn is_source_cue(language: Option<Language>, word: &str) -> bool {
    let words: &[&str] = match language {
        Some(Language::De) => &["laut", "zufolge"],
        Some(Language::Es) => &["según"],
        Some(Language::Fr) => &["selon"],
        Some(Language::It) => &["secondo"],
        Some(Language::Pt) => &["segundo"],
        Some(Language::Nl) => &["volgens", "aldus"],
        Some(Language::En) | None => &["according"],
    };
    words.contains(&word)
}

/// Speech verbs whose object is the listener: "…," he told Tass — the name
/// after the verb is who heard it, not who said it.
pub fn is_listener_verb(language: Option<Language>, word: &str) -> bool {
    let words: &[&str] = match language {
        Some(Language::En) | None => &["told", "tells", "tell", "asked"],
        _ => &[],
    };
    words.contains(&word)
}

/// Words that mark the listener after any speech verb: "dijo a Tass", "sagte dem Sender", "said to reporters".
pub fn listener_markers(language: Option<Language>) -> &'static [&'static str] {
    match language {
        Some(Language::De) => &["dem", "der", "gegenüber", "zu"],
        Some(Language::Es) => &["a", "al", "ante"],
        Some(Language::Fr) => &["à", "au", "aux"],
        Some(Language::It) => &["a", "al", "alla", "ai"],
        Some(Language::Pt) => &["a", "ao", "à", "aos"],
        Some(Language::Nl) => &["aan", "tegen", "tegenover"],
        Some(Language::En) | None => &["to"],
    }
}
