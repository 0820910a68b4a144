//! Name particles: "Ursula von der Leyen", "Luis de Guindos", "Lula da Silva",
//! "Mohammed bin Salman" are one person each. The tagger reads the lower-case
//! particle as a sentence word and may end the name before it ("Ursula" PER,
//! "Leyen" MISC); a person's name followed by a particle and a capitalized
//! name that is no place, company or nationality takes them in.

use super::lexicon::Lexicon;
use crate::label::Label;
use crate::mention::tokens_span;
use crate::mention::{Mention, Source};
use crate::segment::token::{Token, TokenKind};

/// Particles inside a person's name, longest first where one begins another.
const PARTICLES: &[&[&str]] = &[
    &["von", "der"],
    &["von", "den"],
    &["von", "und", "zu"],
    &["van", "der"],
    &["van", "den"],
    &["van", "de"],
    &["de", "la"],
    &["de", "los"],
    &["de", "las"],
    &["von"],
    &["van"],
    &["del"],
    &["de"],
    &["da"],
    &["do"],
    &["dos"],
    &["di"],
    &["bin"],
    &["ibn"],
    &["ter"],
    &["ten"],
    &["zu"],
    &["du"],
    &["della"],
    &["le"],
    &["la"],
];

/// Capitalized words a particle's name may run to: "von der Leyen", "de la Vega Sanz".
const MAX_NAME_WORDS: usize = 2;

/// "von der", "van den": particles no sentence word begins like, so they open a family
/// name after any name. "de la", "de los" are also "of the" ("Uno de los A380s").
fn always_a_particle(first_word: &str, particle: usize) -> bool {
    particle > 1 && matches!(first_word, "von" | "van")
}

/// Whether `words` (folded) begin with a particle, and how many words it has.
pub fn particle_at<'a>(mut words: impl Iterator<Item = &'a str>) -> usize {
    let first: Vec<&str> = words.by_ref().take(3).collect();
    PARTICLES
        .iter()
        .find(|p| p.len() <= first.len() && p.iter().zip(&first).all(|(a, b)| a == b))
        .map_or(0, |p| p.len())
}

/// A person's name words with each particle glued to the name after it, so that the
/// family name is one word: ["ursula", "von der leien"], and "Von der Leyen" alone is
/// ["von der leien"], the surname that joins her.
pub fn glue_particles(words: Vec<String>) -> Vec<String> {
    let mut glued: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let particle = particle_at(words[i..].iter().map(String::as_str));
        if particle > 0 && i + particle < words.len() {
            glued.push(words[i..=i + particle].join(" "));
            i += particle + 1;
        } else {
            glued.push(words[i].clone());
            i += 1;
        }
    }
    glued
}

/// "Ursula" + "von der Leyen": a person's name takes the particle and the name after it in.
/// Before surnames are recovered, so that "Leyen" alone is known as hers.
pub fn join_particles(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>, lexicon: &Lexicon) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let mut n = 0;
    while n < mentions.len() {
        let m = &mentions[n];
        if m.label != Label::PER || m.source != Source::Model {
            n += 1;
            continue;
        }
        let after = m.tokens.1;
        let particle = particle_at((after..after + 3).map(word));
        // After a family name, "van"/"de" is "of" ("Hertoghe van Petercam", "Sargon de Grote van
        // Akkad"): a particle opens a family name after a given name, or when it is "von der".
        let given_name_before = lexicon.given_name_gender(word(after.saturating_sub(1))).is_some();
        if particle == 0 || !(given_name_before || always_a_particle(word(after), particle)) {
            n += 1;
            continue;
        }
        let name = after + particle;
        // The name after the particle: the mention the tagger found there, or capitalized words.
        let next = mentions.get(n + 1).filter(|next| next.tokens.0 == name).map(|next| (next.label, next.tokens.1));
        let end = match next {
            // One word the tagger read as a person or a name of its own ("Leyen" MISC), not a
            // second person's whole name ("Steve Darcis van Nicolás Massú").
            Some((Label::PER | Label::MISC, end)) if end - name == 1 && is_name_word(&tokens[name], word(name)) => {
                Some(end)
            }
            Some(_) => None,
            None => {
                // Up to the next mention: "Mike Bryan das Doppel" + "Marcel Granollers" never overlap.
                let next_start = mentions.get(n + 1).map_or(tokens.len(), |next| next.tokens.0);
                let run = (name..next_start).take_while(|&i| is_name_word(&tokens[i], word(i))).take(MAX_NAME_WORDS);
                run.last().map(|last| last + 1)
            }
        };
        let end = end.filter(|&end| end > name && lexicon.place(tokens_span(tokens, name, end).text(text)).is_none());
        if let Some(end) = end {
            let start = m.tokens.0;
            mentions[n].span = tokens_span(tokens, start, end);
            mentions[n].tokens = (start, end);
            if next.is_some() {
                mentions.remove(n + 1);
            }
        }
        n += 1;
    }
}

/// "von der Leyen" and "de Guindos" without the given name: a one-word name the tagger found
/// after a particle takes the particle in when it is two words ("von der"), when a given name
/// no mention covers comes before it ("Ursula von der" + "Leyen"), or when the document
/// names the person with this particle elsewhere ("Luis de Guindos" … "de Guindos").
/// After surnames are recovered: "Leyen" found again after "von der" takes it in too.
pub fn particles_before_names(text: &str, tokens: &[Token], mentions: &mut [Mention], lexicon: &Lexicon) {
    let folded = |i: usize| tokens.get(i).map_or(String::new(), |t| t.text(text).to_lowercase());
    // Particle and family name of each person named with one: ("de", "guindos").
    let mut known: Vec<(Vec<String>, String)> = Vec::new();
    for m in mentions.iter().filter(|m| m.label == Label::PER) {
        for at in m.tokens.0 + 1..m.tokens.1 {
            let particle = particle_at((at..at + 3).map(|i| tokens.get(i).map_or("", |t| t.text(text))));
            if particle > 0 && at + particle + 1 == m.tokens.1 {
                known.push(((at..at + particle).map(folded).collect(), folded(at + particle)));
            }
        }
    }
    let mut covered = crate::mention::covered_tokens(tokens.len(), mentions);
    for m in mentions.iter_mut() {
        let one_name = m.tokens.1 - m.tokens.0 == 1 && matches!(m.label, Label::PER | Label::MISC);
        if !one_name || m.source != Source::Model || lexicon.place(m.span.text(text)).is_some() {
            continue;
        }
        let first = m.tokens.0;
        // The longest particle that ends right before the name ("von der", then "der").
        let particle = (1..=3)
            .filter(|&k| k <= first)
            .filter(|&k| {
                let words: Vec<String> = (first - k..first).map(folded).collect();
                particle_at(words.iter().map(String::as_str)) == k
            })
            .max();
        let Some(particle) = particle else { continue };
        let from = first - particle;
        if covered[from..first].iter().any(|&c| c) {
            continue;
        }
        let name = folded(first);
        let particle_words: Vec<String> = (from..first).map(folded).collect();
        let named_so = known.iter().any(|(p, n)| *n == name && *p == particle_words);
        let strong = always_a_particle(&particle_words[0], particle);
        // After one-word "de", a capitalized word may be a noun that is also a given name
        // ("Nona de Beethoven", "Mãe de Rossi"): there the document must name the person so.
        let given = from.checked_sub(1).filter(|&g| {
            (strong || named_so)
                && !covered[g]
                && is_name_word(&tokens[g], tokens[g].text(text))
                && lexicon.given_name_gender(tokens[g].text(text)).is_some()
        });
        // A name read as MISC is a person's only after a given name ("Ursula von der" + "Leyen").
        let start = match given {
            Some(g) => g,
            None if m.label == Label::PER && (strong || named_so) => from,
            None => continue,
        };
        for c in &mut covered[start..first] {
            *c = true;
        }
        m.span = tokens_span(tokens, start, m.tokens.1);
        m.tokens.0 = start;
        m.label = Label::PER;
    }
}

/// A capitalized word: "Leyen", "Guindos", "Silva" (not "EU", "A380s", a number or a mark).
fn is_name_word(token: &Token, word: &str) -> bool {
    token.kind == TokenKind::Word
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && !word.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::lexicon::{key, Gender, Namespace};

    fn joined(text: &str, tagged: &[(&str, Label)]) -> Vec<(String, Label)> {
        let (tokens, mut mentions) = crate::mention::laid_mentions(text, crate::Language::Es, tagged);
        let given =
            ["Ursula", "Luis", "Lula", "Steve", "Nicolás"].map(|n| (key(Namespace::GivenName, n), Gender::Male));
        let lexicon = Lexicon::default().with_given_names(given);
        join_particles(text, &tokens, &mut mentions, &lexicon);
        particles_before_names(text, &tokens, &mut mentions, &lexicon);
        mentions.iter().map(|m| (m.span.text(text).to_string(), m.label)).collect()
    }

    #[test]
    fn a_particle_and_the_name_after_it_belong_to_the_person() {
        let von_der_leyen =
            joined("Ursula von der Leyen visitó Madrid.", &[("Ursula", Label::PER), ("Leyen", Label::MISC)]);
        assert_eq!(von_der_leyen, [("Ursula von der Leyen".to_string(), Label::PER)]);
        let guindos = joined("Dijo Luis de Guindos ayer.", &[("Luis", Label::PER)]);
        assert_eq!(guindos, [("Luis de Guindos".to_string(), Label::PER)]);
        let lula = joined("Lula da Silva habló.", &[("Lula", Label::PER)]);
        assert_eq!(lula, [("Lula da Silva".to_string(), Label::PER)]);
    }

    #[test]
    fn a_place_or_an_organization_after_de_is_not_the_persons() {
        let place =
            joined("Nicolás Maduro de Venezuela habló.", &[("Nicolás Maduro", Label::PER), ("Venezuela", Label::LOC)]);
        assert_eq!(place, [("Nicolás Maduro".to_string(), Label::PER), ("Venezuela".to_string(), Label::LOC)]);
        let lower = joined("Maduro de nuevo habló.", &[("Maduro", Label::PER)]);
        assert_eq!(lower, [("Maduro".to_string(), Label::PER)]);
    }

    #[test]
    fn after_a_family_name_a_particle_is_of() {
        // Dutch "van" and Spanish "de" also mean "of": a whole name is not extended by one.
        let of = joined("Olivier Hertoghe van Petercam zegt", &[("Olivier Hertoghe", Label::PER)]);
        assert_eq!(of, [("Olivier Hertoghe".to_string(), Label::PER)]);
        let two =
            joined("Steve Darcis van Nicolás Massú", &[("Steve Darcis", Label::PER), ("Nicolás Massú", Label::PER)]);
        assert_eq!(two.len(), 2);
        // Two words are a particle after any name: "Ursula Gertrud von der Leyen".
        let long = joined("Ursula Gertrud von der Leyen", &[("Ursula Gertrud", Label::PER)]);
        assert_eq!(long, [("Ursula Gertrud von der Leyen".to_string(), Label::PER)]);
    }
}
