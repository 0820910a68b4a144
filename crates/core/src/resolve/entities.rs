//! Alias merging inside one article, in the manner of GATE ANNIE's
//! OrthoMatcher: exact names with accents, case, possessives and
//! transliteration folded away; a surname or first name alone ↔ the full
//! name; a shorter full name ↔ a longer one; an acronym ↔ its long form;
//! place names in any language ↔ one lexicon id. Every step indexes names by
//! key, so the work grows with the number of mentions, not its square.
//!
//! (Over 500 lines: the steps share one union-find over one table of names, and
//! read best in their order; their tests are half the file.)

use super::keys::{compact, fold, transliteration};
use super::lexicon::{Lexicon, Place, PlaceKind};
use super::norp::{base_form, demonym_country};
use super::union_find::UnionFind;
use crate::label::Label;
use crate::mention::{Mention, Source};
use crate::Language;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Unique within the document, or within the corpus when articles are resolved together.
    pub id: u32,
    /// The fullest name the text gives it ("Nicolás Maduro").
    pub name: String,
    pub label: Label,
    /// The other ways the text writes it, as written.
    pub aliases: Vec<String>,
    /// Indices into `Document::mentions`, in text order.
    pub mentions: Vec<usize>,
    /// Its id in the place lexicon: a country, city or region, or the country of a nationality.
    pub link: Option<Link>,
    /// 0..1: how central it is to the article (see `enrich::salience`).
    pub salience: f32,
    /// With articles resolved together: how many name it, in which languages.
    pub corpus: Option<Presence>,
}

/// Where an entity of articles resolved together appears (`crate::corpus`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    /// Articles that name it, and how many articles there are.
    pub articles: u32,
    pub of: u32,
    pub languages: Vec<Language>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// "iso3166:RU", "geonames:524901", "m49:419".
    pub id: String,
    /// ISO alpha-2 of the country it is in or belongs to.
    pub country: String,
}

impl Link {
    fn from_place(place: &Place) -> Link {
        Link { id: place.id(), country: place.country.clone() }
    }
}

/// Words left out of an acronym's long form (Organization *of* American States).
const ACRONYM_SKIP: &[&str] = &[
    "of", "the", "and", "for", "de", "del", "la", "las", "los", "el", "y", "e", "der", "die", "das", "des", "für",
    "und", "von", "du", "et", "di", "della", "van", "het", "do", "da", "dos", "das", "en",
];

/// Company legal forms left out of an organization's key (Gazprom PJSC = Gazprom).
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "ltd",
    "plc",
    "ag",
    "gmbh",
    "sa",
    "se",
    "llc",
    "co",
    "nv",
    "bv",
    "spa",
    "pjsc",
    "ojsc",
    "ao",
    "oao",
];

/// What the reader settled about grouping, beside what the keys say.
#[derive(Clone, Debug, Default)]
pub struct Grouping {
    /// (mention, list entry): mentions of one entry are one entity.
    pub pinned: Vec<(usize, u32)>,
    /// Each pinned entry's name and label, which its entity takes.
    pub names: HashMap<u32, (String, Label)>,
    /// The reader's merges and splits, in the order made (a later one builds on the earlier).
    pub steps: Vec<GroupStep>,
}

/// One of the reader's changes to grouping, by mention index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupStep {
    /// The two mentions' entities are one.
    Together(usize, usize),
    /// The mention is an entity of its own (its former entity keeps the rest).
    Apart(usize),
}

/// What one mention contributes to matching.
struct Name {
    surface: String,
    label: Label,
    /// The key identical names share.
    key: String,
    /// Its words, transliteration-folded (people) or folded (others).
    words: Vec<String>,
    link: Option<Link>,
    /// An organization named like a city (a club: "Milan", "Houston"): neither the
    /// city nor a surname the tagger mistyped.
    named_like_city: bool,
    /// An organization written with its legal form (Pirelli SpA, Gazprom PJSC).
    legal_form: bool,
    /// A nationality's base form (kubanisch for kubanischen), which names its entity.
    base: Option<String>,
}

/// The mention as a name: possessive and German genitive -s removed
/// (Maduro's, Maduros when "Maduro" is also in the text).
fn surface(text: &str, bare_forms: &HashSet<String>) -> String {
    let trimmed = text.trim_end_matches(['\'', '’']);
    for clitic in ["'s", "’s"] {
        if let Some(stem) = trimmed.strip_suffix(clitic) {
            return stem.to_string();
        }
    }
    if let Some(stem) = trimmed.strip_suffix('s') {
        if stem.chars().count() >= 3 && bare_forms.contains(&fold(stem)) {
            return stem.to_string();
        }
    }
    trimmed.to_string()
}

fn is_acronym(surface: &str) -> bool {
    let letters = compact(surface);
    (2..=6).contains(&letters.chars().count()) && letters.chars().all(|c| c.is_uppercase())
}

fn initials(words: &[String]) -> String {
    words.iter().filter(|w| !ACRONYM_SKIP.contains(&w.as_str())).filter_map(|w| w.chars().next()).collect()
}

// Indices tie `names`, `mentions` and the union-find together: index loops read best.
#[allow(clippy::needless_range_loop)]
/// Groups the mentions into entities and sets each mention's `entity` and,
/// where the group's majority says otherwise, its label.
pub fn resolve_entities(
    text: &str,
    mentions: &mut [Mention],
    lexicon: &Lexicon,
    language_at: impl Fn(usize) -> Option<Language>,
    grouping: &Grouping,
) -> Vec<Entity> {
    // Forms a genitive -s may be added to: every name, and every word of a person's name.
    let mut bare_forms: HashSet<String> = mentions.iter().map(|m| fold(m.span.text(text))).collect();
    for m in mentions.iter().filter(|m| m.label == Label::PER) {
        for word in m.span.text(text).split_whitespace() {
            bare_forms.insert(fold(word));
        }
    }
    let names: Vec<Name> = mentions
        .iter()
        .map(|m| {
            let surface = surface(m.span.text(text), &bare_forms);
            let person = m.label == Label::PER;
            let mut words: Vec<String> = if person {
                super::particles::glue_particles(
                    surface.split_whitespace().map(transliteration).filter(|w| !w.is_empty()).collect(),
                )
            } else {
                fold(&surface).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect()
            };
            let legal_form =
                m.label == Label::ORG && words.len() > 1 && LEGAL_FORMS.contains(&words[words.len() - 1].as_str());
            if legal_form {
                words.pop();
            }
            let place = match m.label {
                Label::LOC | Label::ORG | Label::MISC => lexicon.place(&surface),
                _ => None,
            };
            // A club or a council named after its city is not the city ("Milan beat Roma").
            let named_like_city = m.label == Label::ORG && place.is_some_and(|p| p.kind == PlaceKind::City);
            let link = match m.label {
                Label::NORP => demonym_country(lexicon, language_at(m.span.start), &surface).map(Link::from_place),
                _ => place.filter(|_| !named_like_city).map(Link::from_place),
            };
            let key = match (&link, m.label) {
                (Some(link), Label::NORP) => format!("norp {}", link.id),
                (Some(link), _) => format!("place {}", link.id),
                (None, Label::PER) => format!("per {}", words.join(" ")),
                (None, Label::NORP) => format!("norp {}", words.join(" ")),
                (None, _) => format!("name {}", words.join(" ")),
            };
            let base = (m.label == Label::NORP).then(|| base_form(&surface, language_at(m.span.start)));
            Name { surface, label: m.label, key, words, link, named_like_city, legal_form, base }
        })
        .collect();
    let n = names.len();
    let mut groups = UnionFind::new(n);
    // A single unlinked word tagged as anything but a nationality may be a surname
    // the tagger mistyped (German "Maduros" as LOC); step 3 decides.
    let is_single_person = |i: usize| {
        names[i].words.len() == 1
            && (names[i].label == Label::PER
                || names[i].label != Label::NORP && names[i].link.is_none() && !names[i].named_like_city)
    };

    // 1. Identical keys. A surname alone waits for step 3: it may belong to one of several people.
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        if name.words.is_empty() || is_single_person(i) {
            continue;
        }
        match by_key.get(name.key.as_str()) {
            Some(&first) => groups.union(first, i),
            None => {
                by_key.insert(&name.key, i);
            }
        }
    }

    // 2. A shorter full name inside a longer one with the same first name
    //    (Nicolás Maduro ⊂ Nicolás Maduro Moros).
    let mut full_names: Vec<usize> =
        by_key.values().copied().filter(|&i| names[i].label == Label::PER && names[i].words.len() > 1).collect();
    full_names.sort_unstable();
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for &i in &full_names {
        by_first.entry(names[i].words[0].as_str()).or_default().push(i);
    }
    for list in by_first.values() {
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                let (short, long) = if names[a].words.len() <= names[b].words.len() { (a, b) } else { (b, a) };
                if is_subsequence(&names[short].words, &names[long].words) {
                    groups.union(a, b);
                }
            }
        }
    }

    // 3. A surname or first name alone joins the person it names; when several
    //    people share it, the one named last before it (else first after it).
    let mut full_starts: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..n {
        if names[i].label == Label::PER && names[i].words.len() > 1 {
            let root = groups.find(i);
            full_starts.entry(root).or_default().push(mentions[i].span.start);
        }
    }
    // Any word after the first may be the surname used alone (Spanish double
    // surnames: Gil ↔ Yván Gil Pinto, Maduro ↔ Nicolás Maduro Moros).
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_given: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut roots: Vec<usize> = full_starts.keys().copied().collect();
    roots.sort_unstable();
    for &root in &roots {
        let words = &names[root].words;
        // A family name with its particle is also named without it ("von der Leyen", "Leyen").
        for word in
            words[1..].iter().flat_map(|w| [Some(w.as_str()), w.rsplit_once(' ').map(|(_, bare)| bare)]).flatten()
        {
            let list = by_last.entry(word).or_default();
            if !list.contains(&root) {
                list.push(root);
            }
        }
        by_given.entry(words[0].as_str()).or_default().push(root);
    }
    let mut alone: HashMap<&str, usize> = HashMap::new();
    for i in (0..n).filter(|&i| is_single_person(i)) {
        let word = names[i].words[0].as_str();
        let candidates = by_last.get(word).or_else(|| by_given.get(word).filter(|c| c.len() == 1));
        match candidates {
            Some(list) => {
                let at = mentions[i].span.start;
                let chosen = list
                    .iter()
                    // Starts are in text order: the last one before `at` by binary search
                    // (a backward scan made thousands of surnames quadratic).
                    .filter_map(|r| {
                        let starts = &full_starts[r];
                        starts.partition_point(|&s| s < at).checked_sub(1).map(|k| (starts[k], *r))
                    })
                    .max()
                    .map(|(_, r)| r)
                    .or_else(|| list.iter().min_by_key(|r| full_starts[r][0]).copied());
                if let Some(root) = chosen {
                    groups.union(root, i);
                }
            }
            None if names[i].label != Label::PER => match by_key.get(names[i].key.as_str()) {
                Some(&first) => groups.union(first, i),
                None => {
                    by_key.insert(&names[i].key, i);
                }
            },
            None => match alone.get(word) {
                Some(&first) => groups.union(first, i),
                None => {
                    alone.insert(word, i);
                }
            },
        }
    }
    // A single "person" name that belongs to no person of the article but is
    // the name of an organization or place there (Apple tagged PER once and ORG
    // elsewhere) is that entity, mistyped.
    for &i in alone.values() {
        if let Some(&other) = by_key.get(format!("name {}", fold(&names[i].surface)).as_str()) {
            groups.union(other, i);
        }
    }

    // 4. An acronym joins the one long form whose initials it spells (OAS, OEA).
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for i in 0..n {
        if names[i].label != Label::PER && names[i].words.len() > 1 {
            let root = groups.find(i);
            let list = by_initials.entry(initials(&names[i].words)).or_default();
            if !list.contains(&root) {
                list.push(root);
            }
        }
    }
    for i in 0..n {
        if names[i].label != Label::PER && names[i].label != Label::NORP && is_acronym(&names[i].surface) {
            // USAID: a country's short form before the initials of the Agency for International Development.
            let written = compact(&names[i].surface);
            let letters = written.to_lowercase();
            let country_first = written.get(..2).is_some_and(|country| lexicon.place(country).is_some());
            let after_country = letters.get(2..).filter(|rest| rest.len() >= 2 && country_first);
            let spelled = by_initials.get(&letters).or_else(|| after_country.and_then(|rest| by_initials.get(rest)));
            if let Some([root]) = spelled.map(Vec::as_slice) {
                groups.union(*root, i);
            }
        }
    }
    // "Banco Central de Venezuela (BCV)", "la Agencia Federal (AFI)": an organization and the
    // acronym in brackets after it are one, whatever its letters spell (not a dateline's
    // "Santiago de Chile (EFE)").
    for i in 1..n {
        let (long, short) = (&mentions[i - 1], &mentions[i]);
        // Mentions never overlap (invariants::check); `get` keeps a slip from panicking all the same.
        let between = text.get(long.span.end..short.span.start).unwrap_or("");
        let closed = text.get(short.span.end..).is_some_and(|after| after.starts_with(')'));
        let organization = [Label::ORG, Label::MISC].contains(&names[i - 1].label) && names[i].label != Label::NORP;
        if between.trim() == "("
            && closed
            && organization
            && names[i - 1].words.len() > 1
            && is_acronym(&names[i].surface)
        {
            groups.union(i - 1, i);
        }
    }

    // 5. A short form of one longer name of the same type, at its start:
    //    Apple ↔ Apple Computer, Northrop ↔ Northrop Grumman. A place the
    //    lexicon knows keeps its own entity (Qatar is not Qatar Airways), and
    //    with two longer names, neither. (Matching ends too, Air Force ↔ United
    //    States Air Force, merged more wrongly across documents than it joined:
    //    MEANTIME B³ across languages 0.831 against 0.834.)
    let mut by_first: HashMap<(&str, Label), Vec<usize>> = HashMap::new();
    for i in 0..n {
        let name = &names[i];
        if name.label != Label::PER && name.label != Label::NORP && name.words.len() > 1 {
            let root = groups.find(i);
            let list = by_first.entry((name.words[0].as_str(), name.label)).or_default();
            if !list.contains(&root) {
                list.push(root);
            }
        }
    }
    for i in 0..n {
        let short = &names[i];
        if short.label == Label::PER || short.label == Label::NORP || short.link.is_some() || short.words.is_empty() {
            continue;
        }
        let k = short.words.len();
        let own = groups.find(i);
        let mut longer: Vec<usize> = Vec::new();
        for &root in by_first.get(&(short.words[0].as_str(), short.label)).into_iter().flatten() {
            let long = &names[root].words;
            let root = groups.find(root);
            if long.len() > k && long[..k] == short.words[..] && root != own && !longer.contains(&root) {
                longer.push(root);
            }
        }
        if let [root] = longer[..] {
            groups.union(root, i);
        }
    }

    // 6. What the reader settled beats every key. Their list: the names of one entry are one
    //    entity, and names of two entries never are (a key step may have joined "Trump" to
    //    Ivanka Trump when the list says it is Donald Trump's alias).
    if !grouping.pinned.is_empty() {
        let mut entry_of: Vec<Option<u32>> = vec![None; n];
        for &(i, entry) in grouping.pinned.iter().filter(|(i, _)| *i < n) {
            entry_of[i] = Some(entry);
        }
        let mut first_of_entry: HashMap<u32, usize> = HashMap::new();
        for i in 0..n {
            if let Some(entry) = entry_of[i] {
                groups.union(*first_of_entry.entry(entry).or_insert(i), i);
            }
        }
        // A group with names of two entries is cut by entry; its other names go with the first.
        let mut first_entry: HashMap<usize, (u32, bool)> = HashMap::new(); // root → (first entry, several?)
        for i in 0..n {
            if let Some(entry) = entry_of[i] {
                let root = groups.find(i);
                let seen = first_entry.entry(root).or_insert((entry, false));
                seen.1 |= seen.0 != entry;
            }
        }
        if first_entry.values().any(|&(_, several)| several) {
            groups = regroup(&mut groups, n, |root, i| match first_entry.get(&root) {
                Some(&(first, true)) => (root, entry_of[i].unwrap_or(first)),
                _ => (root, 0),
            });
        }
    }
    //    Then their merges and splits, in the order made.
    for &step in &grouping.steps {
        match step {
            GroupStep::Together(a, b) if a < n && b < n => groups.union(a, b),
            GroupStep::Apart(alone) if alone < n => {
                groups = regroup(&mut groups, n, |root, i| (root, (i == alone).then_some(u32::MAX)));
            }
            _ => {}
        }
    }

    let languages: Vec<Option<Language>> = mentions.iter().map(|m| language_at(m.span.start)).collect();
    build_entities(mentions, &names, &languages, &mut groups, grouping)
}

/// The groups again, each cut by `part(root, mention)`: mentions stay together
/// when they had one root and get one part. The rest of a group stays together
/// even where a mention cut out of it was what joined them.
fn regroup<P: Eq + std::hash::Hash>(
    groups: &mut UnionFind,
    n: usize,
    part: impl Fn(usize, usize) -> (usize, P),
) -> UnionFind {
    let mut regrouped = UnionFind::new(n);
    let mut first_of: HashMap<(usize, P), usize> = HashMap::new();
    for i in 0..n {
        let root = groups.find(i);
        let key = part(root, i);
        regrouped.union(*first_of.entry(key).or_insert(i), i);
    }
    regrouped
}

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

#[allow(clippy::needless_range_loop)]
fn build_entities(
    mentions: &mut [Mention],
    names: &[Name],
    languages: &[Option<Language>],
    groups: &mut UnionFind,
    grouping: &Grouping,
) -> Vec<Entity> {
    let pinned: HashMap<usize, u32> = grouping.pinned.iter().copied().collect();
    let mut members: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    for i in 0..names.len() {
        if names[i].words.is_empty() {
            continue; // nothing but punctuation: no name to resolve
        }
        let root = groups.find(i);
        let index = *slot.entry(root).or_insert_with(|| {
            members.push((root, Vec::new()));
            members.len() - 1
        });
        members[index].1.push(i);
    }
    members.sort_by_key(|(_, list)| mentions[list[0]].span.start);
    members
        .into_iter()
        .enumerate()
        .map(|(id, (_, list))| {
            // The reader's word wins: a correction's label, else their list's name and label.
            let listed = list.iter().find_map(|i| pinned.get(i)).and_then(|e| grouping.names.get(e));
            let corrected = list.iter().find(|&&i| mentions[i].source == Source::Reader).map(|&i| mentions[i].label);
            // A legal form settles it: "Pirelli SpA" is a company however often the
            // tagger read a lone "Pirelli" as a person (unless a person's full name is here).
            let company = list.iter().any(|&i| names[i].legal_form)
                && !list.iter().any(|&i| names[i].label == Label::PER && names[i].words.len() > 1);
            let label = corrected.or(listed.map(|(_, label)| *label)).unwrap_or_else(|| {
                if company {
                    Label::ORG
                } else {
                    majority_label(list.iter().map(|&i| names[i].label))
                }
            });
            let surfaces: Vec<(&str, Option<Language>)> =
                list.iter().map(|&i| (names[i].surface.as_str(), languages[i])).collect();
            let name = recognised_name(&surfaces);
            let mut counts: Vec<&str> = Vec::new();
            for &(surface, _) in &surfaces {
                if !counts.contains(&surface) {
                    counts.push(surface);
                }
            }
            // A nationality is named by its base form; every written form is an alias.
            let base = (label == Label::NORP)
                .then(|| list.iter().find(|&&i| names[i].surface == name).and_then(|&i| names[i].base.clone()))
                .flatten();
            let name = listed.map(|(name, _)| name.clone()).or(base).unwrap_or(name);
            let aliases = counts.iter().map(|c| c.to_string()).filter(|s| *s != name).collect();
            let link = list.iter().find_map(|&i| names[i].link.clone());
            for &i in &list {
                mentions[i].entity = Some(id as u32);
                if label != Label::NORP && names[i].label != Label::NORP && mentions[i].source != Source::Reader {
                    mentions[i].label = label;
                }
            }
            Entity { id: id as u32, name, label, aliases, mentions: list, link, salience: 0.0, corpus: None }
        })
        .collect()
}

/// The name a reader recognises, from an entity's mentions in text order: the most
/// complete form among those written in the language most of them are in, the most
/// frequent of those (a capitalised one before an all-capitals one, then the first),
/// with each word in its most frequent spelling, so a form seen once never wins over a
/// more frequent one: "Vladimir Putín" in a caption among eight "Putin" is "Vladimir Putin".
fn recognised_name(surfaces: &[(&str, Option<Language>)]) -> String {
    let language = most_frequent(surfaces.iter().filter_map(|s| s.1));
    let in_language: Vec<&str> =
        surfaces.iter().filter(|s| language.is_none() || s.1 == language).map(|s| s.0).collect();
    // In order of first appearance, so the index breaks ties toward the first written.
    let counts = tally(in_language.iter().copied());
    let Some((_, &(chosen, _))) = counts.iter().enumerate().max_by_key(|(first, (s, count))| {
        let all_caps = s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        (s.split_whitespace().count(), *count, !all_caps, std::cmp::Reverse(*first))
    }) else {
        return String::new();
    };
    // Each word as it is most often written (Putin ×8 over Putín ×1); a tie keeps the chosen form's.
    let mut spellings: HashMap<String, Vec<&str>> = HashMap::new();
    for word in in_language.iter().flat_map(|s| s.split_whitespace()) {
        spellings.entry(fold(word)).or_default().push(word);
    }
    let respelled: Vec<&str> = chosen
        .split_whitespace()
        .map(|word| {
            let list = tally(spellings.get(&fold(word)).into_iter().flatten().copied());
            let own = list.iter().find(|c| c.0 == word).map_or(0, |c| c.1);
            list.iter().filter(|c| c.1 > own).max_by_key(|c| c.1).map_or(word, |c| c.0)
        })
        .collect();
    respelled.join(" ")
}

/// How often each item occurs, in the order each first occurs.
fn tally<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<(T, usize)> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for item in items {
        match counts.iter_mut().find(|c| c.0 == item) {
            Some(c) => c.1 += 1,
            None => counts.push((item, 1)),
        }
    }
    counts
}

/// The item seen most often; a tie goes to the first seen.
fn most_frequent<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Option<T> {
    let counts = tally(items);
    let best = counts.iter().map(|c| c.1).max()?;
    counts.into_iter().find(|c| c.1 == best).map(|c| c.0)
}

/// The most frequent label; a tie goes to the first seen.
fn majority_label(labels: impl Iterator<Item = Label>) -> Label {
    most_frequent(labels).unwrap_or(Label::MISC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recognised_name_is_complete_frequent_and_in_the_main_language() {
        let en = Some(Language::En);
        let es = Some(Language::Es);
        let putin = [("Vladimir Putín", en), ("Putin", en), ("Putin", en), ("Putin", en)];
        assert_eq!(recognised_name(&putin), "Vladimir Putin");
        // Four English mentions and one Spanish: the English form, though the Spanish one is longer.
        let us =
            [("Estados Unidos de América", es), ("United States", en), ("US", en), ("United States", en), ("US", en)];
        assert_eq!(recognised_name(&us), "United States");
        // Without a language, the most complete form; a tie of spellings keeps the chosen one's.
        let guaido = [("Juan Guaidó", None), ("Guaido", None), ("Guaidó", None)];
        assert_eq!(recognised_name(&guaido), "Juan Guaidó");
        assert_eq!(recognised_name(&[]), "");
    }
}
