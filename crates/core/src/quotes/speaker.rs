//! Who a source names: the person (or organization) named in it, the person a
//! pronoun stands for — the first person of the nearest sentence naming people
//! outside quotes whose gender does not contradict it — or the person named
//! with the role a description gives ("the spokesman" → "Kremlin spokesman
//! Dmitry Peskov").

use super::attribution::{Attribution, Attributor, Doc, Genders};
use super::words::{words, Gender};
use crate::label::Label;
use crate::resolve::Lexicon;
use crate::segment::token::TokenKind;
use crate::Language;
use std::collections::HashMap;

/// Mentions looked back at for a pronoun's or a description's person.
const LOOK_BACK: usize = 80;
/// Words that make a name the complement of the noun before it.
const OF_WORDS: &[&str] = &["of", "von", "des", "de", "del", "di", "da", "do", "van", "du"];

impl Genders {
    /// Reads genders off the text and the name lists: an honorific before a name
    /// (Mr., Frau, Sra.), a given name the lists agree on (Donald, Angela), and
    /// the pronouns of a sentence that names one person only ("Melanie thought…
    /// she said").
    pub(super) fn read(doc: &Doc, lexicon: &Lexicon, language_at: &dyn Fn(usize) -> Option<Language>) -> Genders {
        let mut votes: HashMap<u32, (u32, u32)> = HashMap::new();
        let mut vote = |entity: u32, gender: Gender, weight: u32| {
            let v = votes.entry(entity).or_default();
            match gender {
                Gender::Male => v.0 += weight,
                Gender::Female => v.1 += weight,
            }
        };
        let people: Vec<(usize, u32)> = doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.label == Label::PER && !doc.is_quoted(m.span.start))
            .filter_map(|(k, m)| m.entity.map(|e| (k, e)))
            .collect();
        // A given name: the first word of a name of two words or more, or the one
        // word of a person only ever named by it ("Melanie", "Kevin"); a lone
        // surname ("Scott") is no given name.
        let full_names: std::collections::HashSet<u32> = people
            .iter()
            .filter(|&&(k, _)| doc.mentions[k].tokens.1.saturating_sub(doc.mentions[k].tokens.0) >= 2)
            .map(|&(_, e)| e)
            .collect();
        for &(k, entity) in &people {
            let (first, last) = doc.mentions[k].tokens;
            if first >= last || last > doc.tokens.len() {
                continue;
            }
            let given = last - first >= 2 || !full_names.contains(&entity);
            if given && doc.is_capitalized(first) {
                if let Some(gender) = lexicon.given_name_gender(doc.tokens[first].text(doc.text)) {
                    vote(entity, gender, 2);
                }
            }
            if first > 0 {
                let w = words(language_at(doc.mentions[k].span.start));
                let before = doc.lower(first - 1);
                if let Some(gender) = w.is_honorific(&before).then(|| w.gender_of(&before)).flatten() {
                    vote(entity, gender, 3);
                }
            }
        }
        let mut p = 0;
        for sentence in doc.sentences {
            let from = p;
            while p < people.len() && doc.mentions[people[p].0].span.start < sentence.end {
                p += 1;
            }
            let here: Vec<(usize, u32)> = people[from..p]
                .iter()
                .copied()
                .filter(|&(k, _)| doc.mentions[k].span.start >= sentence.start)
                .collect();
            let Some(&(k, entity)) = here.first() else { continue };
            if here.iter().any(|&(_, e)| e != entity) {
                continue;
            }
            let w = words(language_at(sentence.start));
            let end = doc.tokens.partition_point(|t| t.span.start < sentence.end);
            // Subject pronouns only: "Pruitt thanked her" says nothing of Pruitt.
            for i in doc.mentions[k].tokens.1.min(end)..end {
                if doc.is_word(i) && !doc.is_quoted(doc.tokens[i].span.start) {
                    if let Some(Some(gender)) = w.voting_pronoun(&doc.lower(i)) {
                        vote(entity, gender, 1);
                    }
                }
            }
        }
        Genders(votes)
    }

    fn of(&self, entity: u32) -> Option<Gender> {
        match self.0.get(&entity) {
            Some(&(male, female)) if male > female => Some(Gender::Male),
            Some(&(male, female)) if female > male => Some(Gender::Female),
            _ => None,
        }
    }
}

impl Attributor<'_, '_> {
    /// The mention of who said it, from the attribution of a quote whose first token is `quote`.
    pub(super) fn speaker(&self, a: Attribution, quote: usize) -> Option<usize> {
        let Some((start, end)) = a.source else {
            // "«…», dijo." — the verb's subject is left out: the last person named.
            return if self.words.drops_subject { self.antecedent(quote.min(a.cue), None) } else { None };
        };
        if let Some(m) = self.named_in(start, end) {
            return Some(m);
        }
        if end - start == 1 {
            if let Some(gender) = self.words.pronoun(&self.doc.lower(start)) {
                return gender.and_then(|g| self.antecedent(start, Some(g)));
            }
        }
        self.by_role(start, end)
    }

    /// The person named in a source: the last one before its first comma
    /// ("White House press secretary Josh Earnest", "Scott Pruitt, the attorney
    /// general"), not a possessor ("Merkel's spokesman"); else an organization
    /// that is its head ("the Kremlin").
    fn named_in(&self, start: usize, end: usize) -> Option<usize> {
        let doc = self.doc;
        let head_end = self.head_end(start, end);
        let names = |range: std::ops::Range<usize>| {
            let mut names: Vec<usize> = range.filter_map(|i| doc.name_at[i]).collect();
            names.dedup();
            names
        };
        // Not a possessor ("Merkel's spokesman") nor the complement of another noun ("der Nachfolger von Raúl Castro").
        let of_another = |m: usize| {
            let first = doc.mentions[m].tokens.0;
            first > start && OF_WORDS.contains(&doc.lower(first - 1).as_str())
        };
        let person = |m: &usize| doc.mentions[*m].label == Label::PER && !self.is_possessor(*m) && !of_another(*m);
        names(start..head_end)
            .into_iter()
            .rev()
            .find(|m| person(m))
            .or_else(|| names(start..end).into_iter().find(|m| person(m)))
            .or_else(|| {
                names(start..head_end).into_iter().find(|&m| {
                    doc.mentions[m].label == Label::ORG && doc.mentions[m].tokens.1 >= head_end && !self.is_possessor(m)
                })
            })
    }

    /// Where a source's head phrase ends: at its first comma ("Scott Pruitt, the attorney general").
    fn head_end(&self, start: usize, end: usize) -> usize {
        (start..end).find(|&i| self.doc.lower(i) == ",").unwrap_or(end)
    }

    fn is_possessor(&self, m: usize) -> bool {
        let doc = self.doc;
        let mention = &doc.mentions[m];
        let text = mention.span.text(doc.text);
        text.ends_with("'s")
            || text.ends_with("’s")
            || doc.tokens.get(mention.tokens.1).is_some_and(|t| matches!(t.text(doc.text), "'s" | "’s" | "'" | "’"))
    }

    /// The person a pronoun or a left-out subject stands for: in the nearest
    /// sentence (before token `before`) that names people outside quotes, the
    /// first of them — the subject, most often — whose gender does not
    /// contradict the pronoun's ("Trump has commented on Crutcher's death. On
    /// Wednesday, he told…" → Trump).
    fn antecedent(&self, before: usize, gender: Option<Gender>) -> Option<usize> {
        let doc = self.doc;
        let at = doc.tokens.get(before).map_or(usize::MAX, |t| t.span.start);
        let end = doc.mentions.partition_point(|m| m.span.start < at);
        let agrees = |m: usize| {
            let mention = &doc.mentions[m];
            mention.label == Label::PER
                && !doc.is_quoted(mention.span.start)
                && mention.entity.is_some_and(|e| match (gender, doc.genders().of(e)) {
                    (Some(wanted), Some(known)) => wanted == known,
                    _ => true,
                })
        };
        let sentence_of = |m: usize| doc.sentences.partition_point(|s| s.end <= doc.mentions[m].span.start);
        let latest = (0..end).rev().take(LOOK_BACK).find(|&m| agrees(m))?;
        let sentence = sentence_of(latest);
        (0..=latest).rev().take(LOOK_BACK).take_while(|&m| sentence_of(m) == sentence).filter(|&m| agrees(m)).last()
    }

    /// The person named before with the role a description gives: "the
    /// spokesman" → "spokesman Dmitry Peskov" or "Peskov, the Kremlin's
    /// spokesman"; "the Russian president" → "Russian President Vladimir Putin".
    /// Every word of the description but its determiners is in the title or apposition.
    fn by_role(&self, start: usize, end: usize) -> Option<usize> {
        let doc = self.doc;
        let head_end = self.head_end(start, end);
        let role: Vec<String> = (start..head_end)
            .filter(|&i| doc.is_word(i) && !self.words.determiners.contains(&doc.lower(i).as_str()))
            .map(|i| doc.lower(i))
            .collect();
        if role.is_empty() || role.len() > 4 || (start..head_end).any(|i| doc.name_at[i].is_some()) {
            return None;
        }
        let at = doc.tokens[start].span.start;
        let before = doc.mentions.partition_point(|m| m.span.start < at);
        (0..before).rev().take(LOOK_BACK).find(|&m| {
            let mention = &doc.mentions[m];
            if mention.label != Label::PER || mention.entity.is_none() || doc.is_quoted(mention.span.start) {
                return false;
            }
            let (first, last) = mention.tokens;
            // The title before the name, within its sentence and not across a quote mark.
            let sentence_start = doc.sentence_tokens(first).0.min(first);
            let title_start = (first.saturating_sub(4).max(sentence_start)..first)
                .rev()
                .find(|&i| doc.tokens[i].kind == TokenKind::Quote)
                .map_or(first.saturating_sub(4).max(sentence_start), |i| i + 1);
            let title: Vec<String> = (title_start..last).map(|i| doc.lower(i)).collect();
            let apposition: Vec<String> = if doc.tokens.get(last).is_some() && doc.lower(last) == "," {
                (last + 1..(last + 10).min(doc.tokens.len()))
                    .map(|i| doc.lower(i))
                    .take_while(|w| !matches!(w.as_str(), "," | "." | ";"))
                    .collect()
            } else {
                Vec::new()
            };
            role.iter().all(|w| title.contains(w)) || role.iter().all(|w| apposition.contains(w))
        })
    }
}
