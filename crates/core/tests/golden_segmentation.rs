//! Golden segmentation tests, per language: text → tokens and sentences. Each
//! case names the rule it covers, so a failure says which rule broke.

use gleaner_core::lang::{generic_rules, Language};
use gleaner_core::segment::sentence::split_sentences;
use gleaner_core::segment::tokenize::tokenize;
use gleaner_core::{Document, TokenKind};

struct Case {
    rule: &'static str,
    text: &'static str,
    /// Tokens separated by " | ".
    tokens: &'static str,
}

fn check(language: Option<Language>, cases: &[Case]) {
    let rules = language.map_or(generic_rules(), Language::rules);
    let mut failures = Vec::new();
    for case in cases {
        let got: Vec<&str> = tokenize(case.text, rules).iter().map(|t| t.text(case.text)).collect();
        let expected: Vec<&str> = case.tokens.split(" | ").collect();
        if got != expected {
            failures.push(format!(
                "rule «{}» broke ({})\n  text:     {:?}\n  expected: {}\n  got:      {}",
                case.rule,
                language.map_or("generic", Language::code),
                case.text,
                expected.join(" | "),
                got.join(" | ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n"));
}

fn sentences(language: Language, rule: &str, text: &str, expected: &[&str]) {
    let rules = language.rules();
    let tokens = tokenize(text, rules);
    let got: Vec<&str> = split_sentences(text, &tokens, rules).iter().map(|s| s.text(text)).collect();
    assert_eq!(got, expected, "sentence rule «{rule}» broke ({}) on {text:?}", language.code());
}

#[test]
fn english_tokens() {
    check(
        Some(Language::En),
        &[
            Case {
                rule: "abbreviations stay whole",
                text: "Mr. Smith met Dr. Jones in St. Louis.",
                tokens: "Mr. | Smith | met | Dr. | Jones | in | St. | Louis | .",
            },
            Case {
                rule: "abbreviations stay whole",
                text: "Martin Luther King Jr. spoke at 5 p.m. in the U.S. capital.",
                tokens: "Martin | Luther | King | Jr. | spoke | at | 5 | p.m. | in | the | U.S. | capital | .",
            },
            Case {
                rule: "initials stay whole",
                text: "W. G. Sebald wrote it.",
                tokens: "W. | G. | Sebald | wrote | it | .",
            },
            Case {
                rule: "the pronoun I is no initial",
                text: "So did I. Then we left.",
                tokens: "So | did | I | . | Then | we | left | .",
            },
            Case {
                rule: "a number opening a line of a list numbers it",
                text: "Leading results:\n1. Adler Capelli (Italy) 4:27\n2. Cyril Bos (France)\nHe won 2. Then he left.",
                tokens: "Leading | results | : | 1. | Adler | Capelli | ( | Italy | ) | 4:27 | 2. | Cyril | Bos | ( | France | ) | He | won | 2 | . | Then | he | left | .",
            },
            Case {
                rule: "capitals joined by an ampersand are one name",
                text: "AT&T, H&M and the S&P 500 rose; R&D fell & so did Q&a.",
                tokens: "AT&T | , | H&M | and | the | S&P | 500 | rose | ; | R&D | fell | & | so | did | Q | & | a | .",
            },
            Case {
                rule: "a list's number before a month is no list number (the month could be a date)",
                text: "Top stories:\n2. May resigns",
                tokens: "Top | stories | : | 2 | . | May | resigns",
            },
            Case {
                rule: "a run of initials before a quote ends the sentence",
                text: "Police named him as J. R. V. \"He was armed,\" they said.",
                tokens: "Police | named | him | as | J. | R. | V | . | \" | He | was | armed | , | \" | they | said | .",
            },
            Case {
                rule: "a run of initials closes with an initial",
                text: "Police held J. R. V., 35, and W. G. Sebald.",
                tokens: "Police | held | J. | R. | V. | , | 35 | , | and | W. | G. | Sebald | .",
            },
            Case {
                rule: "numbers with separators stay whole, and so do currency signs with letters (R$)",
                text: "254,000 barrels, 1.5 percent and 1,5 more at 12:30.",
                tokens: "254,000 | barrels | , | 1.5 | percent | and | 1,5 | more | at | 12:30 | .",
            },
            Case {
                rule: "possessive clitics split off",
                text: "Maduro's allies and Maduro’s government",
                tokens: "Maduro | 's | allies | and | Maduro | ’s | government",
            },
            Case {
                rule: "negation clitics split off",
                text: "They don't know and can’t say.",
                tokens: "They | do | n't | know | and | ca | n’t | say | .",
            },
            Case {
                rule: "hyphenated names and compounds stay one token",
                text: "Díaz-Canel backs Russia-Venezuela ties and the Tu-160.",
                tokens: "Díaz-Canel | backs | Russia-Venezuela | ties | and | the | Tu-160 | .",
            },
            Case {
                rule: "hyphenated name with possessive",
                text: "Díaz-Canel's visit",
                tokens: "Díaz-Canel | 's | visit",
            },
            Case {
                rule: "spaced dashes are punctuation",
                text: "the appointment - first only Maduro",
                tokens: "the | appointment | - | first | only | Maduro",
            },
            Case {
                rule: "URLs are single tokens",
                text: "See https://www.example.com/path?a=1&b=2, or www.tass.ru.",
                tokens: "See | https://www.example.com/path?a=1&b=2 | , | or | www.tass.ru | .",
            },
            Case {
                rule: "URLs keep balanced brackets",
                text: "(see https://en.wikipedia.org/wiki/Sebald_(writer))",
                tokens: "( | see | https://en.wikipedia.org/wiki/Sebald_(writer) | )",
            },
            Case {
                rule: "e-mail addresses are single tokens",
                text: "Write to jane.doe+news@example.co.uk.",
                tokens: "Write | to | jane.doe+news@example.co.uk | .",
            },
            Case {
                rule: "handles and hashtags are single tokens",
                text: "@dpa_news: #Venezuela #COVID19!",
                tokens: "@dpa_news | : | #Venezuela | #COVID19 | !",
            },
            Case {
                rule: "emoji are single tokens",
                text: "Great 👍🏽 news 🇻🇪 👨‍👩‍👧!",
                tokens: "Great | 👍🏽 | news | 🇻🇪 | 👨‍👩‍👧 | !",
            },
            Case {
                rule: "every quote mark is its own token",
                text: "“direct interference,” he said. \"Yes\" 'no'",
                tokens: "“ | direct | interference | , | ” | he | said | . | \" | Yes | \" | ' | no | '",
            },
            Case { rule: "ellipsis is one token", text: "Well... maybe…", tokens: "Well | ... | maybe | …" },
            Case {
                rule: "sample 003: possessive before a quote",
                text: "condemning Maduro’s government as an “illegitimate regime.”",
                tokens: "condemning | Maduro | ’s | government | as | an | “ | illegitimate | regime | . | ”",
            },
            Case {
                rule: "sample 001: symbols stay apart from words",
                text: "KEPY™ Posted September 26, 2019",
                tokens: "KEPY | ™ | Posted | September | 26 | , | 2019",
            },
        ],
    );
}

#[test]
fn german_tokens() {
    check(Some(Language::De), &[
        Case { rule: "multi-word abbreviations stay whole", text: "Das gilt z. B. für Dr. Müller, d. h. für alle.", tokens: "Das | gilt | z. B. | für | Dr. | Müller | , | d. h. | für | alle | ." },
        Case { rule: "abbreviations stay whole", text: "Rund 2 Mio. Euro usw. kosten bzw. Nr. 5", tokens: "Rund | 2 | Mio. | Euro | usw. | kosten | bzw. | Nr. | 5" },
        Case { rule: "numbers with German separators stay whole", text: "34.000 Barrel pro Tag und 1,5 Prozent", tokens: "34.000 | Barrel | pro | Tag | und | 1,5 | Prozent" },
        Case { rule: "ordinal before a month", text: "sie finden am 28. Juli statt", tokens: "sie | finden | am | 28. | Juli | statt" },
        Case { rule: "ordinal after an article", text: "im 19. Jahrhundert und am 3. Oktober", tokens: "im | 19. | Jahrhundert | und | am | 3. | Oktober" },
        Case { rule: "a year closing a sentence is no ordinal", text: "Er kam 2019. Dann ging er.", tokens: "Er | kam | 2019 | . | Dann | ging | er | ." },
        Case { rule: "a club's rank before its initials is an ordinal", text: "Der 1. FC Köln und der 1. FSV Mainz", tokens: "Der | 1. | FC | Köln | und | der | 1. | FSV | Mainz" },
        Case { rule: "a number closing a sentence before a capitalized word is none", text: "Er wurde 2. Dann ging er.", tokens: "Er | wurde | 2 | . | Dann | ging | er | ." },
        Case { rule: "scores stay whole", text: "Nürnberg gewann 3:0 (2:0), Bochum 10:9.", tokens: "Nürnberg | gewann | 3:0 | ( | 2:0 | ) | , | Bochum | 10:9 | ." },
        Case { rule: "German quotes are tokens", text: "„Wir sind bereit“, sagte er.", tokens: "„ | Wir | sind | bereit | “ | , | sagte | er | ." },
        Case { rule: "compounds stay one token", text: "US-Sanktionen gegen die zivil-militärische Einheit", tokens: "US-Sanktionen | gegen | die | zivil-militärische | Einheit" },
        Case { rule: "sample 000: names with accents and hyphens", text: "Der kubanische Regierungschef Miguel Díaz-Canel erklärte am Mittwoch, dass Venezuela sich auf Kuba verlassen könne.", tokens: "Der | kubanische | Regierungschef | Miguel | Díaz-Canel | erklärte | am | Mittwoch | , | dass | Venezuela | sich | auf | Kuba | verlassen | könne | ." },
        Case { rule: "sample 000: straight quotes inside a sentence", text: "dass Kuba \"die Zusammenarbeit mit Venezuela aufrechterhalten wird\".", tokens: "dass | Kuba | \" | die | Zusammenarbeit | mit | Venezuela | aufrechterhalten | wird | \" | ." },
    ]);
}

#[test]
fn spanish_tokens() {
    check(Some(Language::Es), &[
        Case { rule: "abbreviations stay whole", text: "El Sr. García y la Sra. López viajaron a EE. UU. el lunes.", tokens: "El | Sr. | García | y | la | Sra. | López | viajaron | a | EE. UU. | el | lunes | ." },
        Case { rule: "abbreviations stay whole", text: "la Dra. Pérez, etc.", tokens: "la | Dra. | Pérez | , | etc." },
        Case { rule: "numbers with separators stay whole, and so do currency signs with letters (R$)", text: "1,5 millones y 254.000 barriles", tokens: "1,5 | millones | y | 254.000 | barriles" },
        Case { rule: "angle quotes are tokens", text: "«fortalecer las relaciones»", tokens: "« | fortalecer | las | relaciones | »" },
        Case { rule: "inverted marks are tokens", text: "¿Vendrá? ¡Sí!", tokens: "¿ | Vendrá | ? | ¡ | Sí | !" },
        Case { rule: "sample 002: names and apposition", text: "el viceprimer ministro ruso, Yuri Borisov, y el ministro de Petróleo de Venezuela, Tareck El Aissami", tokens: "el | viceprimer | ministro | ruso | , | Yuri | Borisov | , | y | el | ministro | de | Petróleo | de | Venezuela | , | Tareck | El | Aissami" },
    ]);
}

#[test]
fn french_tokens() {
    check(
        Some(Language::Fr),
        &[
            Case {
                rule: "elided articles split off",
                text: "L'Europe et l'Italie d'aujourd'hui",
                tokens: "L' | Europe | et | l' | Italie | d' | aujourd'hui",
            },
            Case {
                rule: "abbreviations stay whole",
                text: "M. Macron a dit « non », p. ex. hier.",
                tokens: "M. | Macron | a | dit | « | non | » | , | p. ex. | hier | .",
            },
            Case { rule: "elision with typographic apostrophe", text: "qu’il vienne", tokens: "qu’ | il | vienne" },
        ],
    );
}

#[test]
fn italian_tokens() {
    check(
        Some(Language::It),
        &[
            Case {
                rule: "elided prepositions split off",
                text: "dell'Italia e l'Europa all'ONU",
                tokens: "dell' | Italia | e | l' | Europa | all' | ONU",
            },
            Case {
                rule: "abbreviations stay whole",
                text: "la Sig.ra Rossi e il Dott. Bianchi della Fiat S.p.A.",
                tokens: "la | Sig.ra | Rossi | e | il | Dott. | Bianchi | della | Fiat | S.p.A.",
            },
        ],
    );
}

#[test]
fn portuguese_tokens() {
    check(
        Some(Language::Pt),
        &[
            Case {
                rule: "abbreviations stay whole",
                text: "O Sr. Silva e a Dra. Costa",
                tokens: "O | Sr. | Silva | e | a | Dra. | Costa",
            },
            Case {
                rule: "numbers with separators stay whole, and so do currency signs with letters (R$)",
                text: "R$ 1.234,56 e 3,5%",
                tokens: "R$ | 1.234,56 | e | 3,5 | %",
            },
            Case {
                rule: "hyphenated clitic pronouns stay with the verb",
                text: "disse-lhe que",
                tokens: "disse-lhe | que",
            },
        ],
    );
}

#[test]
fn dutch_tokens() {
    check(
        Some(Language::Nl),
        &[
            Case {
                rule: "possessive 's splits off names only",
                text: "Maduro's regering en auto's",
                tokens: "Maduro | 's | regering | en | auto's",
            },
            Case {
                rule: "abbreviations stay whole",
                text: "bijv. de heer d.w.z. dhr. Jansen",
                tokens: "bijv. | de | heer | d.w.z. | dhr. | Jansen",
            },
        ],
    );
}

#[test]
fn unknown_language_tokens() {
    check(
        None,
        &[Case {
            rule: "generic rules keep initials and honorifics",
            text: "Dr. A. Nowak, 1.5",
            tokens: "Dr. | A. | Nowak | , | 1.5",
        }],
    );
}

#[test]
fn sentence_rules() {
    sentences(
        Language::En,
        "a list's numbers do not end sentences",
        "Results:\n1. Adler Capelli (Italy) 4:27\n2. Cyril Bos (France) 4:29",
        &["Results:", "1. Adler Capelli (Italy) 4:27", "2. Cyril Bos (France) 4:29"],
    );
    sentences(
        Language::En,
        "abbreviations and initials do not end sentences",
        "Mr. W. G. Sebald met Dr. Jones. They talked.",
        &["Mr. W. G. Sebald met Dr. Jones.", "They talked."],
    );
    sentences(
        Language::En,
        "quotes after the full stop close the sentence",
        "He said \"yes.\" Then he left. “Go!” she said.",
        &["He said \"yes.\"", "Then he left.", "“Go!” she said."],
    );
    sentences(
        Language::En,
        "ellipsis ends a sentence only before a capital",
        "Wait... what? He waited… Then he left.",
        &["Wait... what?", "He waited…", "Then he left."],
    );
    sentences(
        Language::En,
        "sentence-final abbreviation",
        "They sold cars, boats etc. The rest stayed.",
        &["They sold cars, boats etc.", "The rest stayed."],
    );
    sentences(
        Language::En,
        "line breaks end headlines",
        "Putin to Receive Maduro\n\nRussia and Cuba are allies.",
        &["Putin to Receive Maduro", "Russia and Cuba are allies."],
    );
    sentences(
        Language::En,
        "a wrapped line does not end a sentence",
        "The resolution sought to single\nout Maduro's associates.",
        &["The resolution sought to single\nout Maduro's associates."],
    );
    sentences(
        Language::En,
        "lower case after a full stop continues",
        "Maduro said. during a press conference",
        &["Maduro said. during a press conference"],
    );
    sentences(
        Language::De,
        "ordinal dates do not end sentences",
        "Die Wahl ist am 28. Juli. Maduro tritt an.",
        &["Die Wahl ist am 28. Juli.", "Maduro tritt an."],
    );
    sentences(
        Language::De,
        "German closing quotes stay with the sentence",
        "Er sagte: „Ja.“ Dann ging er z. B. heim.",
        &["Er sagte: „Ja.“", "Dann ging er z. B. heim."],
    );
    sentences(
        Language::Es,
        "inverted marks open sentences",
        "¿Vendrá? ¡Sí! Lo dijo el Sr. Pérez en EE. UU. Nadie más.",
        &["¿Vendrá?", "¡Sí!", "Lo dijo el Sr. Pérez en EE. UU.", "Nadie más."],
    );
    sentences(
        Language::Es,
        "angle quotes after the full stop",
        "Dijo: «fortalecer las relaciones.» El encuentro terminó.",
        &["Dijo: «fortalecer las relaciones.»", "El encuentro terminó."],
    );
}

#[test]
fn compound_parts_are_visible() {
    let text = "Russia-Venezuela talks";
    let doc = Document::analyze(text);
    let compound = doc.tokens[0];
    assert!(compound.compound);
    let parts: Vec<&str> = compound.parts(text).into_iter().map(|(a, b)| &text[a..b]).collect();
    assert_eq!(parts, ["Russia", "Venezuela"]);
}

#[test]
fn special_token_kinds() {
    let text = "Mail jane@example.org, visit https://x.org, follow @dpa and #news 👍 — Dr. Díaz-Canel's “speech”";
    let doc = Document::analyze(text);
    let kind_of = |s: &str| doc.tokens.iter().find(|t| t.text(text) == s).map(|t| t.kind);
    assert_eq!(kind_of("jane@example.org"), Some(TokenKind::Email));
    assert_eq!(kind_of("https://x.org"), Some(TokenKind::Url));
    assert_eq!(kind_of("@dpa"), Some(TokenKind::Handle));
    assert_eq!(kind_of("#news"), Some(TokenKind::Hashtag));
    assert_eq!(kind_of("👍"), Some(TokenKind::Emoji));
    assert_eq!(kind_of("Dr."), Some(TokenKind::Abbreviation));
    assert_eq!(kind_of("'s"), Some(TokenKind::Clitic));
    assert_eq!(kind_of("“"), Some(TokenKind::Quote));
    assert_eq!(kind_of("—"), Some(TokenKind::Punct));
}
