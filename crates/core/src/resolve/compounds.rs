//! Names inside hyphenated compounds: "US-Sanktionen" names the US,
//! "Russia-Venezuela" names two countries, "US-Russian" a country and a
//! nationality. The compound stays one token (it is shown whole); each name in
//! it becomes a mention of its own, spanning just its part, so it joins the
//! entity it names. A compound that is itself a name is left alone
//! (Guinea-Bissau, Sachsen-Anhalt, Coca-Cola, Jean-Michel, South-Africa).

use super::keys::fold;
use super::lexicon::{Lexicon, PlaceKind};
use super::norp::{demonym_country, is_function_word};
use crate::label::Label;
use crate::mention::LEXICON_CONFIDENCE;
use crate::mention::{self, Mention};
use crate::segment::token::{Token, TokenKind};
use crate::text::Span;
use crate::Language;
use std::collections::HashMap;

/// First parts that make a compound the name of another place or thing
/// (Nord-Korea, Zuid-Amerikaanse, Sint-Niklaas, Neu-Delhi), folded.
const PLACE_PREFIXES: &[&str] = &[
    "north", "south", "east", "west", "central", "upper", "lower", "new", "old", "great", "greater", "saint", "st",
    "nord", "sud", "ost", "mittel", "gross", "klein", "nieder", "ober", "unter", "neu", "alt", "sankt", "norte", "sur",
    "este", "oeste", "nueva", "nuevo", "san", "santa", "alta", "baja", "noord", "zuid", "oost", "groot", "sint",
    "nieuw", "nouvelle", "nouveau", "haute", "basse", "nordeste", "sudeste",
];

/// Replaces each compound mention that holds known names by one mention per
/// name, and adds the names found in compounds the tagger left alone. A part
/// is a name when the place lexicon knows it (a country, a region, a
/// supranational body), when it is a nationality (russischen, Russian), or
/// when the article names it elsewhere (Putin-Besuch after "Wladimir Putin").
pub fn split_compounds(
    text: &str,
    tokens: &[Token],
    mentions: &mut Vec<Mention>,
    lexicon: &Lexicon,
    language_at: impl Fn(usize) -> Option<Language>,
) {
    if !tokens.iter().any(|t| t.compound) {
        return;
    }
    let named_elsewhere = names_outside_compounds(text, tokens, mentions);
    // The mention that is exactly one token, by token; a token inside a longer mention is taken.
    let mut whole_token_mention: HashMap<usize, usize> = HashMap::new();
    let mut inside_longer = vec![false; tokens.len()];
    for (k, m) in mentions.iter().enumerate() {
        if m.tokens.1 == m.tokens.0 + 1 {
            whole_token_mention.insert(m.tokens.0, k);
        } else {
            for taken in inside_longer.iter_mut().take(m.tokens.1.min(tokens.len())).skip(m.tokens.0) {
                *taken = true;
            }
        }
    }
    let mut replaced = vec![false; mentions.len()];
    let mut added = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if !token.compound || token.kind != TokenKind::Word || inside_longer[i] {
            continue;
        }
        let whole = token.text(text);
        let language = language_at(token.span.start);
        if lexicon.place(whole).is_some() || demonym_country(lexicon, language, whole).is_some() {
            continue;
        }
        let parts = token.parts(text);
        if parts.first().is_some_and(|&(a, b)| PLACE_PREFIXES.contains(&fold(&text[a..b]).as_str())) {
            continue;
        }
        // After an abbreviation ("St. Louis-based") the first part ends a name that starts before it.
        let continues_name = i > 0 && tokens[i - 1].kind == TokenKind::Abbreviation;
        let found: Vec<(Span, Label, Source)> = parts
            .iter()
            .enumerate()
            .filter(|&(k, _)| !(k == 0 && continues_name))
            .filter_map(|(_, &(a, b))| {
                let (label, source) = part_label(&text[a..b], language, lexicon, &named_elsewhere)?;
                Some((part_span(text, token, a, b), label, source))
            })
            .collect();
        if found.is_empty() {
            continue;
        }
        let tagged = whole_token_mention.get(&i).copied();
        // The tagger called the compound a person, a place or an organization:
        // it stays one name unless every part is a place or a nationality
        // (Russia-Venezuela; not UWP-Hachette, a company named after two).
        let tagged_as_name = tagged.is_some_and(|k| matches!(mentions[k].label, Label::PER | Label::LOC | Label::ORG));
        if tagged_as_name && (found.len() < parts.len() || found.iter().any(|f| f.2 == Source::Article)) {
            continue;
        }
        let confidence = tagged.map_or(LEXICON_CONFIDENCE, |k| mentions[k].confidence);
        if let Some(k) = tagged {
            replaced[k] = true;
        }
        added.extend(found.into_iter().map(|(span, label, _)| Mention {
            span,
            label,
            confidence,
            tokens: (i, i + 1),
            entity: None,
            source: mention::Source::Model,
        }));
    }
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !replaced[k - 1]
    });
    crate::mention::add_mentions(mentions, added);
}

/// Where a part's reading comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Lexicon,
    /// The article names it elsewhere.
    Article,
}

/// What a part of a compound names, if anything.
fn part_label(
    part: &str,
    language: Option<Language>,
    lexicon: &Lexicon,
    named_elsewhere: &HashMap<String, Label>,
) -> Option<(Label, Source)> {
    // One letter names nothing (E-Mail, T-Shirt); function words neither ("Made-in");
    // a part cut inside an abbreviation ("U.N" of "aid-U.N.") is no name either.
    let letters = part.chars().filter(|c| c.is_alphanumeric()).count();
    if letters < 2 || is_function_word(part) || part.contains('.') && !part.ends_with('.') {
        return None;
    }
    let capitalized = part.chars().next().is_some_and(char::is_uppercase);
    // A short code is a name only in capitals (US, EU, UN; not "St", "Ms").
    let short_code_ok = letters > 3 || part.chars().all(|c| !c.is_lowercase());
    if capitalized && short_code_ok {
        // A city as the first part of a German noun is as often a thing (Essen-Ausgabe): cities count only when named elsewhere.
        match lexicon.place(part).map(|p| p.kind) {
            Some(PlaceKind::Country | PlaceKind::Region) => return Some((Label::LOC, Source::Lexicon)),
            // The EU, the UN: bodies that act.
            Some(PlaceKind::Supranational) => return Some((Label::ORG, Source::Lexicon)),
            _ => {}
        }
        if let Some(&label) = named_elsewhere.get(&fold(part)) {
            return Some((label, Source::Article));
        }
    }
    demonym_country(lexicon, language, part).map(|_| (Label::NORP, Source::Lexicon))
}

/// The names the article gives outside compounds, folded, with their labels:
/// whole mentions and the surnames of people named in full.
fn names_outside_compounds(text: &str, tokens: &[Token], mentions: &[Mention]) -> HashMap<String, Label> {
    let mut names = HashMap::new();
    for m in mentions {
        let (a, b) = m.tokens;
        if b > tokens.len() || a >= b || tokens[a..b].iter().any(|t| t.compound) {
            continue;
        }
        if !matches!(m.label, Label::PER | Label::ORG | Label::LOC) {
            continue;
        }
        names.entry(fold(m.span.text(text))).or_insert(m.label);
        if m.label == Label::PER && b > a + 1 {
            names.entry(fold(tokens[b - 1].text(text))).or_insert(Label::PER);
        }
    }
    names
}

/// The span of bytes `a..b` inside `token`, with its UTF-16 offsets.
fn part_span(text: &str, token: &Token, a: usize, b: usize) -> Span {
    let start16 = token.span.start16 + crate::text::utf16_len(&text[token.span.start..a]);
    Span { start: a, end: b, start16, end16: start16 + crate::text::utf16_len(&text[a..b]) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_prefixes_are_folded() {
        assert!(PLACE_PREFIXES.iter().all(|p| fold(p) == *p), "PLACE_PREFIXES must be folded");
    }
}
