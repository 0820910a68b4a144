//! Across articles: the entities of every document analyzed together merge by
//! the same keys as inside one article (place ids, full names with
//! transliteration folded, a surname alone ↔ the one full name it ends),
//! so a reader sees "Maduro: 5 of 5 articles, in de/en/es". Entity ids then
//! count over the corpus, in every document's mentions, quotes and relations.

use crate::document::Document;
use crate::label::Label;
use crate::resolve::entities::{Entity, Presence};
use crate::resolve::keys::{fold, transliteration};
use crate::resolve::union_find::UnionFind;
use crate::Language;
use std::collections::HashMap;

fn entity_keys(entity: &Entity) -> Vec<String> {
    if let Some(link) = &entity.link {
        let kind = if entity.label == Label::NORP { "norp" } else { "place" };
        return vec![format!("{kind} {}", link.id)];
    }
    let names = std::iter::once(&entity.name).chain(&entity.aliases);
    match entity.label {
        Label::PER => names
            .map(|n| n.split_whitespace().map(transliteration).collect::<Vec<_>>())
            .filter(|words| words.len() > 1)
            .map(|words| format!("per {}", words.join(" ")))
            .collect(),
        Label::NORP => names.map(|n| format!("norp {}", fold(n))).collect(),
        _ => names.map(|n| format!("name {}", fold(n))).filter(|k| k.len() > 5).collect(),
    }
}

fn surname(entity: &Entity) -> Option<String> {
    (entity.label == Label::PER).then(|| entity.name.split_whitespace().last().map(transliteration)).flatten()
}

/// Merges the entities of `documents` and renumbers them with corpus-wide ids.
pub fn resolve_corpus(documents: &mut [Document]) {
    let nodes: Vec<(usize, usize)> =
        documents.iter().enumerate().flat_map(|(d, doc)| (0..doc.entities.len()).map(move |e| (d, e))).collect();
    let mut groups = UnionFind::new(nodes.len());
    let entity = |n: usize| &documents[nodes[n].0].entities[nodes[n].1];
    // How the corpus types each one-word name, counted in mentions: a one-word
    // "person" that the corpus mostly names as an organization or a place
    // (Apple, tagged PER in a few articles) is grouped as that, not as a surname.
    let mut one_word: HashMap<String, (usize, usize)> = HashMap::new(); // (as a person, as anything else)
    for n in 0..nodes.len() {
        let e = entity(n);
        if e.name.split_whitespace().count() == 1 && e.label != Label::NORP {
            let votes = one_word.entry(fold(&e.name)).or_default();
            if e.label == Label::PER {
                votes.0 += e.mentions.len();
            } else {
                votes.1 += e.mentions.len();
            }
        }
    }
    let mistyped_person = |e: &Entity| one_word.get(&fold(&e.name)).is_some_and(|&(person, other)| other > person);
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut singles: Vec<usize> = Vec::new();
    for n in 0..nodes.len() {
        let e = entity(n);
        if e.label == Label::PER && e.name.split_whitespace().count() == 1 {
            if mistyped_person(e) {
                let key = format!("name {}", fold(&e.name));
                match by_key.get(&key) {
                    Some(&first) => groups.union(first, n),
                    None => {
                        by_key.insert(key, n);
                    }
                }
            } else {
                singles.push(n);
            }
            continue;
        }
        for key in entity_keys(e) {
            match by_key.get(&key) {
                Some(&first) => groups.union(first, n),
                None => {
                    by_key.insert(key, n);
                }
            }
        }
    }
    // A surname alone joins the one person of the corpus it ends; with two, neither.
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    for n in 0..nodes.len() {
        if entity(n).label == Label::PER && entity(n).name.split_whitespace().count() > 1 {
            let root = groups.find(n);
            if let Some(s) = surname(entity(n)) {
                let list = by_surname.entry(s).or_default();
                if !list.contains(&root) {
                    list.push(root);
                }
            }
        }
    }
    let mut alone: HashMap<String, usize> = HashMap::new();
    for n in singles {
        let Some(s) = surname(entity(n)) else { continue };
        match by_surname.get(&s).map(Vec::as_slice) {
            Some([root]) => groups.union(*root, n),
            Some(_) => {}
            None => match alone.get(&s) {
                Some(&first) => groups.union(first, n),
                None => {
                    alone.insert(s, n);
                }
            },
        }
    }
    // A one-word "person" no person of the corpus is named by, which is the name
    // of an organization or place elsewhere (Apple, tagged PER in one article), is that one.
    for &n in alone.values() {
        if let Some(&other) = by_key.get(&format!("name {}", fold(&entity(n).name))) {
            groups.union(other, n);
        }
    }
    // Corpus ids in order of first appearance; presence per corpus entity.
    let mut corpus_id: HashMap<usize, u32> = HashMap::new();
    let mut presence: Vec<(Vec<usize>, Vec<Language>)> = Vec::new();
    let mut ids = vec![0u32; nodes.len()];
    for n in 0..nodes.len() {
        let root = groups.find(n);
        let next = corpus_id.len() as u32;
        let id = *corpus_id.entry(root).or_insert(next);
        if id as usize == presence.len() {
            presence.push((Vec::new(), Vec::new()));
        }
        ids[n] = id;
        let (d, _) = nodes[n];
        let (articles, languages) = &mut presence[id as usize];
        if !articles.contains(&d) {
            articles.push(d);
        }
        if let Some(language) = documents[d].language.language {
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
    }
    // One entity, one label across the corpus: the label most of its mentions carry.
    let mut votes: Vec<Vec<(Label, usize)>> = vec![Vec::new(); presence.len()];
    for n in 0..nodes.len() {
        let e = entity(n);
        let ballot = &mut votes[ids[n] as usize];
        match ballot.iter_mut().find(|v| v.0 == e.label) {
            Some(v) => v.1 += e.mentions.len(),
            None => ballot.push((e.label, e.mentions.len())),
        }
    }
    let corpus_label: Vec<Label> = votes
        .iter()
        .map(|ballot| {
            let most = ballot.iter().map(|v| v.1).max().unwrap_or(0);
            ballot.iter().find(|v| v.1 == most).map_or(Label::MISC, |v| v.0)
        })
        .collect();
    let of = documents.len() as u32;
    let mut n = 0;
    for document in documents.iter_mut() {
        let renumber: HashMap<u32, u32> =
            document.entities.iter().enumerate().map(|(e, entity)| (entity.id, ids[n + e])).collect();
        for (e, entity) in document.entities.iter_mut().enumerate() {
            entity.id = ids[n + e];
            let label = corpus_label[entity.id as usize];
            if entity.label != label && entity.label != Label::NORP && label != Label::NORP {
                entity.label = label;
                for &m in &entity.mentions {
                    if let Some(mention) = document.mentions.get_mut(m) {
                        mention.label = label;
                    }
                }
            }
            let (articles, languages) = &presence[entity.id as usize];
            let mut languages = languages.clone();
            languages.sort();
            entity.corpus = Some(Presence { articles: articles.len() as u32, of, languages });
        }
        n += document.entities.len();
        for mention in &mut document.mentions {
            mention.entity = mention.entity.and_then(|id| renumber.get(&id).copied());
        }
        for quote in &mut document.quotes {
            quote.speaker = quote.speaker.and_then(|id| renumber.get(&id).copied());
        }
        for relation in &mut document.relations {
            let (a, b) = (
                renumber.get(&relation.a).copied().unwrap_or(relation.a),
                renumber.get(&relation.b).copied().unwrap_or(relation.b),
            );
            (relation.a, relation.b) = (a.min(b), a.max(b));
        }
    }
}
