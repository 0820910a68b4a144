//! Kinds of names the tagger confuses with people and places: media (a channel,
//! a paper, a news agency) are organizations; ships, crises, wars, treaties and
//! summits are MISC. The document says which where it puts a kind word before
//! the name ("the warship Admiral Gorshkov", "state channel Rossiya 24", "die
//! Nachrichtenagentur dpa"); the name then has that kind wherever it appears.
//! A few news agencies and broadcasters are known by name ("dpa reported").

use super::keys::fold;
use super::lexicon::Lexicon;
use crate::label::Label;
use crate::mention::{add_mentions, covered_tokens, tokens_span};
use crate::mention::{Mention, Source};
use crate::segment::token::{Token, TokenKind};
use crate::Language;
use std::collections::HashMap;

/// Words before a name that say it is a news medium, folded (en, de, es, fr, it, pt, nl).
#[rustfmt::skip]
const MEDIA_WORDS: &[&str] = &[
    "channel", "broadcaster", "network", "newspaper", "daily", "agency", "magazine", "tabloid", "outlet",
    "station", "sender", "fernsehsender", "staatssender", "nachrichtensender", "radiosender", "privatsender",
    "staatsfernsehen", "zeitung", "tageszeitung", "nachrichtenagentur", "agentur", "zeitschrift", "magazin",
    "canal", "cadena", "agencia", "diario", "periodico", "revista", "emisora", "televisora", "chaine",
    "journal", "quotidien", "agence", "hebdomadaire", "rete", "quotidiano", "agenzia", "giornale",
    "emittente", "jornal", "emissora", "zender", "krant", "dagblad", "persbureau", "omroep", "weekblad",
];

/// Words before a name that say it is a ship, folded.
#[rustfmt::skip]
const SHIP_WORDS: &[&str] = &[
    "warship", "ship", "vessel", "frigate", "destroyer", "cruiser", "corvette", "carrier", "submarine",
    "tanker", "freighter", "yacht", "icebreaker", "kriegsschiff", "schiff", "fregatte", "zerstorer",
    "kreuzer", "korvette", "flugzeugtrager", "frachter", "eisbrecher", "buque", "fragata", "destructor",
    "crucero", "corbeta", "portaaviones", "submarino", "petrolero", "carguero", "barco", "navio", "fregate",
    "navire", "croiseur", "sous marin", "petrolier", "nave", "fregata", "cacciatorpediniere", "incrociatore",
    "sottomarino", "petroliera", "schip", "fregat", "onderzeeer",
];

/// Last words that make a name an event, a crisis, a war or an agreement (MISC), folded.
#[rustfmt::skip]
const EVENT_HEADS: &[&str] = &[
    "crisis", "war", "treaty", "accord", "accords", "agreement", "summit", "olympics", "krise", "krieg",
    "vertrag", "abkommen", "gipfel", "guerra", "tratado", "acuerdo", "acuerdos", "cumbre", "crise", "guerre",
    "traite", "sommet", "trattato", "accordo", "vertice", "oorlog", "verdrag", "akkoord",
];

/// Articles that may open an event's name ("La Crisis de los Misiles"), folded.
const ARTICLES: &[&str] = &["the", "la", "el", "le", "il", "a", "o", "die", "der", "de", "het", "lo", "l"];

/// News agencies and broadcasters, as they write themselves (matched as written), in byte
/// order: each token is looked up by binary search.
#[rustfmt::skip]
const MEDIA: &[&str] = &[
    "AFP", "ANP", "ANSA", "AP", "APA", "ARD", "Agence France-Presse", "Al Jazeera", "Anadolu",
    "Associated Press", "BBC", "Belga", "Bloomberg", "CNN", "CTK", "Channel One", "Deutsche Welle", "EFE",
    "Europa Press", "Fars", "Globovisión", "IRNA", "ITAR-TASS", "Interfax", "KCNA", "KNA", "Kyodo", "Lusa",
    "NHK", "Notimex", "PAP", "Prensa Latina", "RIA Novosti", "RT", "Reuters", "Rossiya 1", "Rossiya 24",
    "Sputnik", "TASS", "Tasnim", "Telesur", "Télam", "UNIAN", "Ukrinform", "VTV", "WAFA", "Xinhua", "Yonhap",
    "ZDF", "dpa", "epd", "teleSUR",
];

/// The most words a known medium's name has.
const MAX_MEDIA_WORDS: usize = 3;

/// Ends of German compounds that name a medium or a ship (Wochenzeitung, Containerschiff);
/// not "-sender", which ends "Vorsitzender".
const MEDIA_ENDS: &[&str] = &["zeitung", "agentur", "fernsehen"];
const SHIP_ENDS: &[&str] = &["schiff"];

/// What a kind word before a mention says it is.
fn kind_word(word: &str) -> Option<Label> {
    let folded = fold(word);
    let is =
        |words: &[&str], ends: &[&str]| words.contains(&folded.as_str()) || ends.iter().any(|e| folded.ends_with(e));
    if is(MEDIA_WORDS, MEDIA_ENDS) {
        Some(Label::ORG)
    } else if is(SHIP_WORDS, SHIP_ENDS) {
        Some(Label::MISC)
    } else {
        None
    }
}

/// Adjectives that may stand between a kind word and its name ("el canal estatal Rossiya 24"),
/// besides nationalities ("el buque ruso Almirante Gorshkov"), folded.
const STATE_ADJECTIVES: &[&str] =
    &["estatal", "oficial", "publico", "publica", "statale", "pubblica", "publique", "etatique", "staatliche"];

/// Whether `word` may stand between a kind word and its name: a nationality or a state adjective.
fn adjective_after_noun(word: &str, lexicon: &Lexicon, language: Option<Language>) -> bool {
    let folded = fold(word);
    word.chars().next().is_some_and(char::is_lowercase)
        && (STATE_ADJECTIVES.contains(&folded.as_str()) || language.is_some_and(|l| lexicon.demonym(l, word).is_some()))
}

/// A name the tagger read as a person (or missed) takes the kind a word before it gives; so do its
/// other mentions read as a person. Other labels are the tagger's considered reading and stay.
pub fn settle_kinds(
    text: &str,
    tokens: &[Token],
    mentions: &mut Vec<Mention>,
    lexicon: &Lexicon,
    language_at: impl Fn(usize) -> Option<Language>,
) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    add_known_media(text, tokens, mentions);
    let covered = covered_tokens(tokens.len(), mentions);
    // A kind word is a common noun of the same line, right before: not the end of a name
    // ("… Railway Station" + a name on the next line).
    let kind_at = |k: usize, next: usize| {
        let between = &text[tokens[k].span.end..tokens[next].span.start];
        (!covered[k] && between.chars().all(|c| c.is_whitespace() && c != '\n')).then(|| kind_word(word(k))).flatten()
    };
    let head = |i: usize| EVENT_HEADS.contains(&fold(word(i)).as_str());
    let capitalized = |i: usize| word(i).chars().next().is_some_and(char::is_uppercase);
    let channel_number =
        |end: usize| tokens.get(end).is_some_and(|t| t.kind == TokenKind::Number && word(end).len() <= 2);
    let mut settled: HashMap<String, Label> = HashMap::new();
    for m in mentions.iter_mut().filter(|m| m.source == Source::Model && m.label != Label::NORP) {
        let (first, last) = (m.tokens.0, m.tokens.1 - 1);
        // "Cuban Missile Crisis", "Gulf War", "Crisis de los Misiles", "Guerra de Irak": an event
        // whatever the tagger said; not "Marina de Guerra" (of war), nor a person named so
        // ("Alfonso Guerra").
        let opening = if ARTICLES.contains(&fold(word(first)).as_str()) { first + 1 } else { first };
        let event = m.label != Label::PER
            && last > first
            && ((head(last) && capitalized(last - 1)) || (opening < last && head(opening) && capitalized(opening)));
        if event && m.label != Label::MISC {
            m.label = Label::MISC;
            continue;
        }
        // The tagger reads ships and channels as people ("Admiral Gorshkov"), channels as places
        // ("Rossiya 24"): those readings give way to a kind word; its other readings stand.
        if !(m.label == Label::PER || m.label == Label::LOC && channel_number(m.tokens.1)) {
            continue;
        }
        // Back from the name: a title the tagger left out of it ("the warship Admiral X"), then
        // an adjective after the kind word ("el buque ruso X"), then the kind word.
        let mut start = first;
        let mut at = first.checked_sub(1);
        if let Some(b) = at.filter(|&b| !covered[b] && capitalized(b) && tokens[b].kind == TokenKind::Word) {
            if b.checked_sub(1).is_some_and(|k| kind_at(k, b).is_some() || word(k).chars().all(char::is_lowercase)) {
                start = b;
                at = b.checked_sub(1);
            }
        }
        let mut kind = at.and_then(|k| kind_at(k, k + 1));
        if kind.is_none() {
            if let Some(b) = at.filter(|&b| adjective_after_noun(word(b), lexicon, language_at(tokens[b].span.start))) {
                kind = b.checked_sub(1).and_then(|k| kind_at(k, b));
            }
        }
        let Some(kind) = kind else { continue };
        // A channel's number is part of its name: "Rossiya 24", "Channel 4".
        let end = if kind == Label::ORG && channel_number(m.tokens.1) { m.tokens.1 + 1 } else { m.tokens.1 };
        m.tokens = (start, end);
        m.span = tokens_span(tokens, start, end);
        m.label = kind;
        settled.insert(fold(m.span.text(text)), kind);
    }
    if settled.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.source == Source::Model && m.label == Label::PER) {
        if let Some(&kind) = settled.get(&fold(m.span.text(text))) {
            m.label = kind;
            continue;
        }
        // "Admiral Gorshkov" again, its title again left out of the name.
        if let Some(b) = m.tokens.0.checked_sub(1).filter(|&b| !covered[b]) {
            if let Some(&kind) = settled.get(&fold(tokens_span(tokens, b, m.tokens.1).text(text))) {
                m.tokens.0 = b;
                m.span = tokens_span(tokens, b, m.tokens.1);
                m.label = kind;
            }
        }
    }
}

/// Known media the tagger missed or mistyped are organizations.
fn add_known_media(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    // Every token is looked at: a medium's name begins with a word, and is found by binary search.
    let media_at = |i: usize| {
        let starts_a_word = tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
        (1..=MAX_MEDIA_WORDS)
            .rev()
            .filter(|_| starts_a_word)
            .find(|&n| i + n <= tokens.len() && MEDIA.binary_search(&tokens_span(tokens, i, i + n).text(text)).is_ok())
    };
    let covered = covered_tokens(tokens.len(), mentions);
    for m in mentions.iter_mut().filter(|m| m.source == Source::Model) {
        // The whole known name, or more of it than the tagger found ("Rossiya" + "24").
        let Some(end) = media_at(m.tokens.0).map(|n| m.tokens.0 + n) else { continue };
        if end == m.tokens.1 || end > m.tokens.1 && !covered[m.tokens.1..end].iter().any(|&c| c) {
            m.label = Label::ORG;
            m.tokens.1 = end;
            m.span = tokens_span(tokens, m.tokens.0, end);
        }
    }
    let covered = covered_tokens(tokens.len(), mentions);
    let mut added = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match media_at(i).filter(|&n| !covered[i..i + n].iter().any(|&c| c)) {
            Some(n) => {
                added.push(crate::mention::found_mention(tokens, i, i + n, Label::ORG));
                i += n;
            }
            None => i += 1,
        }
    }
    add_mentions(mentions, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settled(text: &str, tagged: &[(&str, Label)]) -> Vec<(String, Label)> {
        let (tokens, mut mentions) = crate::mention::laid_mentions(text, Language::En, tagged);
        settle_kinds(text, &tokens, &mut mentions, &Lexicon::default(), |_| Some(Language::En));
        mentions.iter().map(|m| (m.span.text(text).to_string(), m.label)).collect()
    }

    #[test]
    fn word_lists_are_folded_and_without_repeats() {
        for list in [MEDIA_WORDS, SHIP_WORDS, EVENT_HEADS, STATE_ADJECTIVES, ARTICLES] {
            for (i, word) in list.iter().enumerate() {
                assert_eq!(fold(word), *word, "{word:?} is compared folded");
                assert!(!list[..i].contains(word), "{word:?} is listed twice");
            }
        }
        for pair in MEDIA.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{:?} before {:?}: MEDIA is searched in byte order, each once",
                pair[0],
                pair[1]
            );
        }
        for medium in MEDIA {
            assert!(medium.split_whitespace().count() <= MAX_MEDIA_WORDS, "{medium:?} has too many words");
        }
    }

    #[test]
    fn a_kind_word_before_a_name_gives_its_kind_everywhere() {
        let ship = settled(
            "The warship Admiral Gorshkov docked. Admiral Gorshkov left.",
            &[("Admiral Gorshkov", Label::PER), ("Admiral Gorshkov", Label::PER)],
        );
        assert!(ship.iter().all(|(_, label)| *label == Label::MISC), "{ship:?}");
        let channel = settled("The state channel Rossiya 24 showed it.", &[("Rossiya", Label::PER)]);
        assert_eq!(channel, [("Rossiya 24".to_string(), Label::ORG)]);
    }

    #[test]
    fn known_media_are_organizations_and_crises_are_misc() {
        let agency = settled("The talks went well, dpa reported.", &[]);
        assert_eq!(agency, [("dpa".to_string(), Label::ORG)]);
        let crisis = settled("The Missile Crisis was recalled.", &[("Missile Crisis", Label::ORG)]);
        assert_eq!(crisis, [("Missile Crisis".to_string(), Label::MISC)]);
        // One word is no event: "War" alone may be anything; nor is "Marina de Guerra", the navy.
        let alone = settled("War was near.", &[("War", Label::ORG)]);
        assert_eq!(alone, [("War".to_string(), Label::ORG)]);
        let navy = settled("La Marina de Guerra zarpó.", &[("Marina de Guerra", Label::ORG)]);
        assert_eq!(navy, [("Marina de Guerra".to_string(), Label::ORG)]);
        // A verb between: "the agency quoted Lebed" says nothing of Lebed.
        let quoted = settled("The news agency quoted Lebed.", &[("Lebed", Label::PER)]);
        assert_eq!(quoted, [("Lebed".to_string(), Label::PER)]);
    }
}
