//! Reader conventions, applied after tagging in every language, before mentions
//! become entities:
//! - a mention that the place lexicon knows as a country, whole, is LOC
//!   ("United States", "US"), whatever the tagger said; inside a longer name
//!   ("Bank of America") it is part of that name and nothing changes;
//! - seats of power that act are ORG: the Kremlin, the White House, la Moncloa;
//! - titles and functions are not names: "ministro de Petróleo",
//!   "viceministro de Relaciones Exteriores", "Außenminister";
//! - page chrome (a byline, share buttons, a forum's post header) is no name in
//!   the story: `chrome` finds it.

use std::collections::HashSet;

use super::keys::fold;
use super::lexicon::{Lexicon, PlaceKind};
use crate::label::Label;
use crate::mention::Mention;
use crate::segment::token::{Token, TokenKind};

/// Buildings and places whose name stands for a government that acts, folded.
const SEATS_OF_POWER: &[&str] = &[
    "kremlin",
    "kreml",
    "kremlin palace",
    "white house",
    "weisses haus",
    "weißes haus",
    "casa blanca",
    "maison blanche",
    "casa bianca",
    "witte huis",
    "elysee",
    "elysee palace",
    "moncloa",
    "la moncloa",
    "downing street",
    "number 10",
    "miraflores",
    "palacio de miraflores",
    "casa rosada",
    "planalto",
    "palacio del planalto",
    "quai d'orsay",
    "pentagon",
    "pentagono",
    "zhongnanhai",
    "blue house",
    "bundeskanzleramt",
    "kanzleramt",
    "palazzo chigi",
    "quirinale",
    "torre tagle",
    "los pinos",
    "palacio nacional",
];

/// Lower-case titles whose "of …" is a portfolio, not a name: "ministro de Petróleo".
const PORTFOLIO_TITLES: &[&str] = &[
    "minister",
    "ministro",
    "ministra",
    "viceministro",
    "viceministra",
    "ministre",
    "ministerio",
    "secretary",
    "secretario",
    "secretaria",
    "secretária",
    "minister-president",
    "staatssekretär",
    "bundesminister",
    "ministerin",
];

/// Words that join a title to its portfolio.
const PORTFOLIO_JOINERS: &[&str] = &["of", "de", "del", "des", "für", "du", "della", "di", "do", "da", "van", "voor"];

/// Brackets and punctuation stay outside a name: "(Reuters" → "Reuters",
/// "INF) Treaty" → "INF" (the part before a bracket that closes nothing in the
/// name), "Caracas," → "Caracas". A name left with no word is dropped.
fn trim_punctuation(text: &str, tokens: &[Token], m: &mut Mention) {
    // Not a full stop: it ends abbreviations a name may end with ("U.S.", "Corp.").
    let is_mark = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Quote
                || t.kind == TokenKind::Punct && matches!(t.text(text), "(" | ")" | "[" | "]" | "," | ";" | ":")
        })
    };
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let (mut first, mut end) = m.tokens;
    // An unbalanced bracket inside: keep the side that holds the start of the name.
    let mut depth = 0i32;
    for i in first..end {
        match word(i) {
            "(" | "[" => depth += 1,
            ")" | "]" if depth == 0 => {
                end = i;
                break;
            }
            ")" | "]" => depth -= 1,
            _ => {}
        }
    }
    if depth > 0 {
        // "Forces (INF": the name ends before the bracket; "(Reuters": the bracket is only trimmed.
        if let Some(open) = (first + 1..end).rev().find(|&i| matches!(word(i), "(" | "[")) {
            end = open;
        }
    }
    // Edge marks go, except a bracket the name itself balances ("Buducnost (V)").
    let has = |w: &str, from: usize, to: usize| (from..to).any(|i| word(i) == w);
    while first < end && is_mark(first) && !(word(first) == "(" && has(")", first, end)) {
        first += 1;
    }
    while end > first && is_mark(end - 1) && !(word(end - 1) == ")" && has("(", first, end)) {
        end -= 1;
    }
    if (first, end) != m.tokens {
        m.tokens = (first, end);
        if first < end {
            m.span = crate::mention::tokens_span(tokens, first, end);
        }
    }
}

/// Applies the conventions to `mentions` (in place; a title's portfolio is dropped).
pub fn apply(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>, lexicon: &Lexicon) {
    super::chrome::remove(text, tokens, mentions);
    for m in mentions.iter_mut() {
        trim_punctuation(text, tokens, m);
    }
    // A name left with no letter or digit ("$" read as an organization) names nothing.
    mentions.retain(|m| m.tokens.1 > m.tokens.0 && m.span.text(text).chars().any(char::is_alphanumeric));
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    mentions.retain(|m| {
        let first = m.tokens.0;
        // "ministro de Petróleo": a lower-case title and a joiner before the mention.
        let portfolio = first >= 2
            && PORTFOLIO_JOINERS.contains(&word(first - 1).to_lowercase().as_str())
            && word(first - 2).chars().next().is_some_and(char::is_lowercase)
            && PORTFOLIO_TITLES.contains(&word(first - 2).to_lowercase().as_str());
        // "Außenminister", "Wirtschaftsministerin": a German compound title alone.
        let surface = m.span.text(text);
        let lower = surface.to_lowercase();
        let compound_title = m.tokens.1 == first + 1
            && m.label != Label::PER
            && ["minister", "ministerin", "ministers"].iter().any(|t| lower.ends_with(t) && lower.len() > t.len() + 2);
        !(portfolio || compound_title)
    });
    // Two countries in a row are two names: "United States Ukraine" → United States,
    // Ukraine. (Any two places would split clubs: "Atletico Madrid", "Bayern Munich".)
    let place_at = |a: usize, b: usize| {
        let place = lexicon.place(crate::mention::tokens_span(tokens, a, b).text(text));
        place.is_some_and(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Supranational))
    };
    let mut split = Vec::new();
    for m in mentions.iter_mut() {
        let (first, end) = m.tokens;
        if m.label == Label::NORP || end - first < 2 || end > tokens.len() || place_at(first, end) {
            continue;
        }
        if let Some(k) = (first + 1..end).find(|&k| place_at(first, k) && place_at(k, end)) {
            split.push(Mention {
                span: crate::mention::tokens_span(tokens, k, end),
                label: Label::LOC,
                tokens: (k, end),
                ..*m
            });
            m.span = crate::mention::tokens_span(tokens, first, k);
            m.tokens = (first, k);
            m.label = Label::LOC;
        }
    }
    crate::mention::add_mentions(mentions, split);
    // Surnames of people the document names in full, a given name first ("Eddie Jordan").
    let surnames_named_in_full: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.label == Label::PER && m.tokens.1 >= m.tokens.0 + 2)
        .filter(|m| tokens.get(m.tokens.0).is_some_and(|t| lexicon.given_name_gender(t.text(text)).is_some()))
        .filter_map(|m| tokens.get(m.tokens.1 - 1).map(|t| t.text(text)))
        .collect();
    for m in mentions.iter_mut() {
        if m.label == Label::NORP {
            continue;
        }
        let surface = m.span.text(text);
        // An organization named like a country is the country, and so is a lone person
        // ("Israël krijgt …" read as a person) unless the document names someone of that
        // surname in full ("Eddie Jordan" … "Jordan"). A language or a work (MISC) keeps
        // the tagger's word.
        let country = || lexicon.place(surface).is_some_and(|p| p.kind == PlaceKind::Country);
        let person_of_that_name = m.label == Label::PER && surnames_named_in_full.contains(surface);
        let organization_or_person = m.label == Label::ORG || m.label == Label::PER && !person_of_that_name;
        if organization_or_person && country() {
            m.label = Label::LOC;
        } else if SEATS_OF_POWER.contains(&fold(surface).trim_start_matches("the ").trim_start_matches("el ")) {
            m.label = Label::ORG;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::Source;
    use crate::Document;

    fn mentions_after(text: &str, tagged: &[(&str, Label)]) -> Vec<(String, Label)> {
        mentions_after_with(text, tagged, &Lexicon::default())
    }

    fn mentions_after_with(text: &str, tagged: &[(&str, Label)], lexicon: &Lexicon) -> Vec<(String, Label)> {
        let doc = Document::analyze(text);
        let mut from = 0;
        let mut mentions: Vec<Mention> = tagged
            .iter()
            .map(|(name, label)| {
                // Each name at its next occurrence, so a name may be tagged twice.
                let start = from + text[from..].find(name).expect("name in text");
                let end = start + name.len();
                from = end;
                let first = doc.tokens.iter().position(|t| t.span.start == start).expect("token start");
                let last = doc.tokens.iter().position(|t| t.span.end == end).expect("token end");
                let span = crate::text::Span::bytes(start, end);
                Mention {
                    span,
                    label: *label,
                    confidence: 0.9,
                    tokens: (first, last + 1),
                    entity: None,
                    source: Source::Model,
                }
            })
            .collect();
        apply(text, &doc.tokens, &mut mentions, lexicon);
        mentions.iter().map(|m| (m.span.text(text).to_string(), m.label)).collect()
    }

    #[test]
    fn portfolios_and_compound_titles_are_not_names() {
        let found = mentions_after(
            "El ministro de Petróleo habló con el viceministro de Relaciones Exteriores en Caracas.",
            &[("Petróleo", Label::MISC), ("Relaciones Exteriores", Label::ORG), ("Caracas", Label::LOC)],
        );
        assert_eq!(found, [("Caracas".to_string(), Label::LOC)]);
        let found =
            mentions_after("Der Außenminister traf Lawrow.", &[("Außenminister", Label::MISC), ("Lawrow", Label::PER)]);
        assert_eq!(found, [("Lawrow".to_string(), Label::PER)]);
        // A capitalized ministry is a name.
        let found = mentions_after("El Ministerio de Petróleo respondió.", &[("Ministerio de Petróleo", Label::ORG)]);
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn brackets_and_punctuation_stay_outside_names() {
        let found = mentions_after(
            "The Intermediate-Range Nuclear Forces (INF) Treaty ended, (Reuters) said.",
            &[("INF) Treaty", Label::MISC), ("(Reuters", Label::ORG)],
        );
        assert_eq!(found, [("INF".to_string(), Label::MISC), ("Reuters".to_string(), Label::ORG)]);
    }

    #[test]
    fn a_byline_is_page_chrome() {
        let text = "Maduro meets Putin\nBy Jane Doe\nNicolás Maduro met Vladimir Putin in Moscow. By Friday, Jane Doe had left.";
        let found =
            mentions_after(text, &[("Jane Doe", Label::PER), ("Nicolás Maduro", Label::PER), ("Jane Doe", Label::PER)]);
        assert_eq!(found, [("Nicolás Maduro".to_string(), Label::PER), ("Jane Doe".to_string(), Label::PER)]);
        assert_eq!(super::super::chrome::bylines("Por Ana Pérez | EFE\nCaracas, 26 sep.").len(), 1);
        assert!(
            super::super::chrome::bylines("By the end of the year the talks had failed, officials said.").is_empty()
        );
    }

    #[test]
    fn share_buttons_are_page_chrome() {
        let text = "Maduro met Putin in Moscow.\nShare on Facebook | Share on Twitter | Email\nCompartir en WhatsApp\nHe shared a post on Facebook.";
        let found = mentions_after(
            text,
            &[
                ("Maduro", Label::PER),
                ("Putin", Label::PER),
                ("Facebook", Label::ORG),
                ("Twitter", Label::ORG),
                ("WhatsApp", Label::ORG),
                ("Facebook", Label::ORG),
            ],
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Maduro", "Putin", "Facebook"], "only the story's own Facebook stays");
        assert_eq!(
            super::super::chrome::share_lines("Teilen per E-Mail\nFolgen Sie uns auf Twitter\nFollow the money.").len(),
            2
        );
    }

    #[test]
    fn seats_of_power_act_as_organizations() {
        let found = mentions_after(
            "The Kremlin said the White House had not called.",
            &[("Kremlin", Label::LOC), ("White House", Label::LOC)],
        );
        assert_eq!(found, [("Kremlin".to_string(), Label::ORG), ("White House".to_string(), Label::ORG)]);
        let found = mentions_after("Miraflores rechazó las críticas.", &[("Miraflores", Label::PER)]);
        assert_eq!(found, [("Miraflores".to_string(), Label::ORG)], "a seat of power the tagger read as a person");
    }

    #[test]
    fn a_country_acting_is_a_place_but_a_person_named_in_full_keeps_the_name() {
        use super::super::lexicon::{key, Gender, Namespace, Place};
        let places = vec![Place { kind: PlaceKind::Country, code: "JO".into(), country: "JO".into() }];
        let lexicon = Lexicon::build(places, [(key(Namespace::Name, "Jordan"), 0)])
            .with_given_names([(key(Namespace::GivenName, "Eddie"), Gender::Male)]);
        let found = mentions_after_with(
            "Jordan said on Monday that Eddie Jordan had scored twice. Jordan left.",
            &[("Jordan", Label::ORG), ("Eddie Jordan", Label::PER), ("Jordan", Label::PER)],
            &lexicon,
        );
        let expected = [("Jordan", Label::LOC), ("Eddie Jordan", Label::PER), ("Jordan", Label::PER)];
        assert_eq!(
            found,
            expected.map(|(name, label)| (name.to_string(), label)),
            "the surname of a person named in full"
        );
        // No one of that name in full: a lone "Jordan" read as a person is the country.
        let found = mentions_after_with("Jordan signed the treaty.", &[("Jordan", Label::PER)], &lexicon);
        assert_eq!(found, [("Jordan".to_string(), Label::LOC)], "a country the tagger read as a person");
    }
}
