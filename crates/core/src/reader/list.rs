//! The reader's own entity list: names with a label and aliases, or names
//! that are never an entity (page chrome, a columnist's byline). One file,
//! JSON or CSV, shared by the page, the CLI (`--entities`), the Python
//! package and the embed API, so a newsroom can hand one list to everyone.
//!
//! CSV: a header row `name,label,aliases,never` (aliases separated by `|`;
//! `aliases`, `never`, `notes` and `link` are optional columns).
//! JSON: `{"format": "gleaner-entities/1", "entries": [{"name": …, "label": …}, …]}`,
//! or just the array of entries.
//!
//! (Over 500 lines: the two file formats, their checks and their tests, which
//! share one entry type and one set of messages.)

use crate::label::Label;
use crate::resolve::keys::fold;
use crate::text::{one_line, quoted};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

pub const LIST_FORMAT: &str = "gleaner-entities/1";

/// Longest name or alias kept, in bytes: a longer one is a pasted paragraph, not a name.
const MAX_NAME_BYTES: usize = 200;
/// At most this many tokens in a name: the matcher looks no further ahead.
pub(crate) const MAX_NAME_TOKENS: usize = 12;

/// One name on the list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListEntry {
    pub name: String,
    /// What it is; `None` only for a name that is never an entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    /// Other ways of writing it: each one is tagged too and joins the same entity.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Never tag it (nor its aliases), whatever the model says.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub never: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// A page about it (a Wikipedia article, the newsroom's own profile).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

impl ListEntry {
    /// An entry tagging `name` as `label`.
    pub fn tag(name: impl Into<String>, label: Label) -> ListEntry {
        ListEntry { name: name.into(), label: Some(label), aliases: Vec::new(), never: false, notes: None, link: None }
    }

    /// An entry saying `name` is never an entity.
    pub fn never(name: impl Into<String>) -> ListEntry {
        ListEntry { never: true, label: None, ..ListEntry::tag(name, Label::MISC) }
    }

    /// The name and its aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A row of a list file that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListProblem {
    /// 1-based line in the file (the header is line 1 of a CSV file).
    pub line: usize,
    pub message: String,
}

/// A checked list, indexed for matching.
#[derive(Clone, Debug, Default)]
pub struct EntityList {
    entries: Vec<ListEntry>,
    /// Every name and alias by its key: the entry it belongs to. (Fx hashing:
    /// a text's every capitalized word is looked up, and SipHash cost a list
    /// of 100,000 names a third of the pipeline's time.)
    by_key: FxHashMap<String, Key>,
    /// The first word of every key: how many words its longest key has.
    by_first_word: FxHashMap<String, usize>,
    /// First words of names the list writes starting in lower case ("van
    /// Gogh"): the only lower-case words a name may start at.
    lower_first_words: FxHashMap<String, ()>,
}

#[derive(Clone, Copy, Debug)]
struct Key {
    entry: u32,
    /// The list writes it in lower case, so lower case in the text matches too
    /// ("apple" in a text is not "Apple" on the list).
    lower_ok: bool,
}

/// A list name found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListMatch {
    pub entry: u32,
    /// How many of the given pieces it covers.
    pub pieces: usize,
}

impl EntityList {
    /// A list of `entries`, with the rows that cannot be used left out and
    /// reported (`lines` gives each entry's line in its file; else its number).
    pub fn new(entries: Vec<ListEntry>) -> (EntityList, Vec<ListProblem>) {
        let lines: Vec<usize> = (1..=entries.len()).collect();
        EntityList::checked(entries, &lines, "entry")
    }

    /// `unit` names what `lines` count in messages ("line" of a file, or "entry").
    fn checked(entries: Vec<ListEntry>, lines: &[usize], unit: &str) -> (EntityList, Vec<ListProblem>) {
        let mut list = EntityList::default();
        let mut problems = Vec::new();
        let mut first_line: HashMap<String, usize> = HashMap::new();
        for (mut entry, &line) in entries.into_iter().zip(lines) {
            entry.name = entry.name.trim().to_string();
            entry.aliases = entry.aliases.iter().map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect();
            let problem = |message: String| ListProblem { line, message };
            if fold(&entry.name).is_empty() {
                problems.push(problem(if entry.name.is_empty() {
                    "no name".to_string()
                } else {
                    format!("the name {} has no letter or digit", quoted(&entry.name))
                }));
                continue;
            }
            if let Some(long) = entry.names().find(|n| n.len() > MAX_NAME_BYTES) {
                problems.push(problem(format!(
                    "{} is longer than {MAX_NAME_BYTES} bytes: a name, not a paragraph",
                    quoted(long)
                )));
                continue;
            }
            match entry.label {
                Some(label) if !Label::NAMES.contains(&label) => {
                    problems.push(problem(format!("{} is a value, not a name's label", label.as_str())));
                    continue;
                }
                None if !entry.never => {
                    problems
                        .push(problem(format!("{} has no label (PER, ORG, LOC, NORP or MISC)", quoted(&entry.name))));
                    continue;
                }
                _ => {}
            }
            // Each name with its key; a name that folds to nothing ("—") has none.
            let keyed: Vec<(&str, String)> =
                entry.names().map(|n| (n, fold(n))).filter(|(_, k)| !k.is_empty()).collect();
            if let Some((key, earlier)) = keyed.iter().find_map(|(_, k)| first_line.get(k).map(|l| (k, *l))) {
                problems.push(problem(format!("{} is already on the list ({unit} {earlier})", quoted(key))));
                continue;
            }
            let id = list.entries.len() as u32;
            for (name, key) in &keyed {
                let key = key.clone();
                first_line.entry(key.clone()).or_insert(line);
                let lower_ok = !name.chars().any(char::is_uppercase);
                // One entry may write a key twice (Boko Haram, boko haram): lower case then matches too.
                let found = list.by_key.entry(key.clone()).or_insert(Key { entry: id, lower_ok });
                found.lower_ok |= lower_ok;
                let words = key.split(' ').count();
                // The first word as a text's first token folds: up to an apostrophe, where the
                // tokenizer cuts a clitic off (McDonald's starts at "McDonald", L'Oréal at "L'").
                let before_clitic = name
                    .split(|c: char| c.is_whitespace() || APOSTROPHES.contains(&c))
                    .map(fold)
                    .find(|w| !w.is_empty());
                let whole = key.split(' ').next().unwrap_or_default().to_string();
                for first in [Some(whole), before_clitic].into_iter().flatten() {
                    let first = first.split(' ').next().unwrap_or_default().to_string();
                    if name.chars().next().is_some_and(char::is_lowercase) {
                        list.lower_first_words.insert(first.clone(), ());
                    }
                    let longest = list.by_first_word.entry(first).or_insert(0);
                    *longest = (*longest).max(words);
                }
            }
            drop(keyed);
            list.entries.push(entry);
        }
        (list, problems)
    }

    /// Reads a list file, JSON or CSV (told apart by its first character).
    /// Bad rows are left out and reported; `Err` only when the file as a
    /// whole cannot be read (not JSON, no header row).
    pub fn parse(text: &str) -> Result<(EntityList, Vec<ListProblem>), String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        match text.trim_start().chars().next() {
            None => Ok((EntityList::default(), Vec::new())),
            Some('[' | '{') => parse_json(text),
            Some(_) => parse_csv(text),
        }
    }

    pub fn entries(&self) -> &[ListEntry] {
        &self.entries
    }

    pub fn entry(&self, id: u32) -> Option<&ListEntry> {
        self.entries.get(id as usize)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry a whole name belongs to (by its key: case, accents and punctuation folded).
    pub fn lookup(&self, name: &str) -> Option<u32> {
        self.lookup_key(&fold(name), name.chars().any(char::is_uppercase))
    }

    fn lookup_key(&self, key: &str, written_with_capitals: bool) -> Option<u32> {
        let found = self.by_key.get(key)?;
        (found.lower_ok || written_with_capitals).then_some(found.entry)
    }

    /// The longest list name made of the first pieces of `pieces` (a text's
    /// tokens from some point on, as strings), if any.
    pub fn longest_match(&self, pieces: &[&str]) -> Option<ListMatch> {
        let folded: Vec<Cow<str>> = pieces.iter().take(MAX_NAME_TOKENS).map(|p| fold_piece(p)).collect();
        self.longest_match_folded(&folded, pieces)
    }

    /// Whether a name on the list may start at a piece written so: any word
    /// with a capital or a digit, and the few lower-case words that start a
    /// name on the list. Most words of a text are turned away here, unfolded.
    pub fn may_start(&self, piece: &str) -> bool {
        match piece.chars().next() {
            Some(c) if c.is_lowercase() => {
                !self.lower_first_words.is_empty() && self.lower_first_words.contains_key(fold_piece(piece).as_ref())
            }
            Some(_) => true,
            None => false,
        }
    }

    /// [`EntityList::longest_match`] with each piece's key computed already
    /// (`folded[i]` is [`fold_piece`] of `pieces[i]`): a text's tokens are
    /// folded once, not once for every name they might start.
    pub fn longest_match_folded(&self, folded: &[Cow<str>], pieces: &[&str]) -> Option<ListMatch> {
        if !pieces.first().is_some_and(|p| self.may_start(p)) {
            return None;
        }
        let first_word = folded.first()?.split(' ').next().filter(|w| !w.is_empty())?;
        let &most_words = self.by_first_word.get(first_word)?;
        let mut joined = String::new();
        let mut words = 0;
        let mut best = None;
        for (n, key) in folded.iter().enumerate().take(MAX_NAME_TOKENS.min(pieces.len())) {
            if key.is_empty() {
                if pieces[n].chars().all(|c| matches!(c, '.' | '!' | '?' | '…' | ';' | ':')) {
                    break; // the end of a sentence or clause: no name goes on past it
                }
                continue; // punctuation: inside a name ("Díaz - Canel"), never its end
            }
            // A clitic is one word with its host, as `fold` reads the name: McDonald + 's, l' + Oréal.
            let attached = n > 0 && (pieces[n].starts_with(APOSTROPHES) || pieces[n - 1].ends_with(APOSTROPHES));
            if !attached {
                words += key.split(' ').count();
            }
            if words > most_words {
                break; // no name that starts here is this long
            }
            if !joined.is_empty() && !attached {
                joined.push(' ');
            }
            joined.push_str(key);
            let capitals = pieces[..=n].iter().any(|p| p.chars().any(char::is_uppercase));
            if let Some(entry) = self.lookup_key(&joined, capitals) {
                best = Some(ListMatch { entry, pieces: n + 1 });
            }
        }
        best
    }

    /// The list as a JSON file (`gleaner-entities/1`).
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct File<'a> {
            format: &'static str,
            entries: &'a [ListEntry],
        }
        serde_json::to_string_pretty(&File { format: LIST_FORMAT, entries: &self.entries }).unwrap_or_default()
    }

    /// The list as a CSV file with a header row.
    pub fn to_csv(&self) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let _ = writer.write_record(CSV_COLUMNS);
        for e in &self.entries {
            let _ = writer.write_record([
                e.name.as_str(),
                e.label.map_or("", Label::as_str),
                &e.aliases.join("|"),
                if e.never { "yes" } else { "" },
                e.notes.as_deref().unwrap_or(""),
                e.link.as_deref().unwrap_or(""),
            ]);
        }
        String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

/// A piece's key, [`fold`]: borrowed when folding changes nothing (a lower-case ASCII word).
pub fn fold_piece(piece: &str) -> Cow<'_, str> {
    if piece.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        Cow::Borrowed(piece)
    } else {
        Cow::Owned(fold(piece))
    }
}

const APOSTROPHES: [char; 2] = ['\'', '’'];

const CSV_COLUMNS: [&str; 6] = ["name", "label", "aliases", "never", "notes", "link"];

/// A label as a reader may write it: "PER", "per", "person", "Organisation".
pub fn parse_label(text: &str) -> Option<Label> {
    // ASCII case folding: the words are ASCII, and Unicode upper-casing costs the embed's download.
    const WORDS: [(&str, Label); 15] = [
        ("PER", Label::PER),
        ("PERSON", Label::PER),
        ("PEOPLE", Label::PER),
        ("PERS", Label::PER),
        ("ORG", Label::ORG),
        ("ORGANIZATION", Label::ORG),
        ("ORGANISATION", Label::ORG),
        ("LOC", Label::LOC),
        ("PLACE", Label::LOC),
        ("LOCATION", Label::LOC),
        ("GPE", Label::LOC),
        ("NORP", Label::NORP),
        ("NATIONALITY", Label::NORP),
        ("GROUP", Label::NORP),
        ("MISC", Label::MISC),
    ];
    let text = text.trim();
    WORDS
        .iter()
        .find(|(word, _)| word.eq_ignore_ascii_case(text))
        .map(|(_, label)| *label)
        .or_else(|| "OTHER".eq_ignore_ascii_case(text).then_some(Label::MISC))
}

fn parse_never(text: &str) -> Option<bool> {
    let text = text.trim();
    let is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(text));
    if is(&["", "no", "false", "0", "n"]) {
        Some(false)
    } else if is(&["yes", "true", "1", "y", "x", "never"]) {
        Some(true)
    } else {
        None
    }
}

/// Two lists of problems, each in line order, as one in line order.
fn merged(first: Vec<ListProblem>, second: Vec<ListProblem>) -> Vec<ListProblem> {
    let mut out = Vec::with_capacity(first.len() + second.len());
    let (mut a, mut b) = (first.into_iter().peekable(), second.into_iter().peekable());
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.line <= y.line,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return out,
        };
        out.extend(if take_a { a.next() } else { b.next() });
    }
}

fn parse_csv(text: &str) -> Result<(EntityList, Vec<ListProblem>), String> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("the header row could not be read ({})", one_line(&e.to_string())))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name);
    let Some(name_at) = column("name") else {
        return Err(format!(
            "the first row must be a header naming the columns, e.g. name,label,aliases,never (found {})",
            quoted(&header.join(","))
        ));
    };
    let (label_at, aliases_at, never_at) = (column("label"), column("aliases"), column("never"));
    let (notes_at, link_at) = (column("notes"), column("link"));
    let mut entries = Vec::new();
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                problems.push(ListProblem { line, message: one_line(&e.to_string()) });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cell = |at: Option<usize>| at.and_then(|i| record.get(i)).unwrap_or("");
        if record.iter().all(str::is_empty) {
            continue; // a blank line
        }
        let Some(never) = parse_never(cell(never_at)) else {
            problems
                .push(ListProblem { line, message: format!("never is {}: write yes or no", quoted(cell(never_at))) });
            continue;
        };
        let label = match cell(label_at) {
            "" => None,
            written => match parse_label(written) {
                Some(label) => Some(label),
                None => {
                    problems.push(ListProblem {
                        line,
                        message: format!("unknown label {} (PER, ORG, LOC, NORP or MISC)", quoted(written)),
                    });
                    continue;
                }
            },
        };
        let optional = |at: Option<usize>| Some(cell(at).to_string()).filter(|s| !s.is_empty());
        entries.push(ListEntry {
            name: cell(Some(name_at)).to_string(),
            label,
            aliases: cell(aliases_at).split('|').map(str::to_string).collect(),
            never,
            notes: optional(notes_at),
            link: optional(link_at),
        });
        lines.push(line);
    }
    let (list, more) = EntityList::checked(entries, &lines, "line");
    Ok((list, merged(problems, more)))
}

/// An entry as JSON writes it: each entry is read on its own, so one bad entry is one problem.
#[derive(Deserialize)]
struct JsonEntry {
    #[serde(default)]
    name: String,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    never: bool,
    #[serde(default)]
    notes: Option<String>,
    #[serde(default)]
    link: Option<String>,
}

fn parse_json(text: &str) -> Result<(EntityList, Vec<ListProblem>), String> {
    #[derive(Deserialize)]
    struct Wrapped<'a> {
        #[serde(default)]
        format: Option<String>,
        #[serde(borrow)]
        entries: Vec<&'a serde_json::value::RawValue>,
    }
    let not_a_list = |e: serde_json::Error| {
        format!("not an entity list ({}): expected {{\"entries\": [...]}} or CSV", one_line(&e.to_string()))
    };
    let raw = if text.trim_start().starts_with('{') {
        let file: Wrapped = serde_json::from_str(text).map_err(not_a_list)?;
        if let Some(format) = file.format.filter(|f| !f.starts_with("gleaner-entities/")) {
            return Err(format!("{} is not an entity list's format ({LIST_FORMAT})", quoted(&format)));
        }
        file.entries
    } else {
        serde_json::from_str::<Vec<&serde_json::value::RawValue>>(text).map_err(not_a_list)?
    };
    let line_of = |raw: &serde_json::value::RawValue| {
        // A raw value borrows from `text`: its line is the newlines before it.
        let at = (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize).min(text.len());
        text.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1
    };
    let mut entries = Vec::new();
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for raw in raw {
        let line = line_of(raw);
        let entry =
            serde_json::from_str::<JsonEntry>(raw.get()).map_err(|e| one_line(&e.to_string())).and_then(json_entry);
        match entry {
            Ok(entry) => {
                entries.push(entry);
                lines.push(line);
            }
            Err(message) => problems.push(ListProblem { line, message }),
        }
    }
    let (list, more) = EntityList::checked(entries, &lines, "line");
    Ok((list, merged(problems, more)))
}

fn json_entry(raw: JsonEntry) -> Result<ListEntry, String> {
    let label = match raw.label.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(written) => Some(
            parse_label(written)
                .ok_or_else(|| format!("unknown label {} (PER, ORG, LOC, NORP or MISC)", quoted(written)))?,
        ),
    };
    Ok(ListEntry { name: raw.name, label, aliases: raw.aliases, never: raw.never, notes: raw.notes, link: raw.link })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_are_read_and_bad_rows_reported_with_their_line() {
        let file = "name,label,aliases,never\n\
                    Juan Guaidó,PER,Guaido|Guaidó,\n\
                    ,ORG,,\n\
                    Gazprom,COMPANY,,\n\
                    Share on Facebook,,,yes\n\
                    JUAN GUAIDO,PER,,\n\
                    \"Petróleos de Venezuela, S.A.\",org,PDVSA,no\n";
        let (list, problems) = EntityList::parse(file).unwrap();
        let names: Vec<&str> = list.entries().iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Juan Guaidó", "Share on Facebook", "Petróleos de Venezuela, S.A."]);
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [3, 4, 6], "{problems:?}");
        assert!(problems[0].message.contains("no name"), "{}", problems[0].message);
        assert!(problems[1].message.contains("COMPANY"), "{}", problems[1].message);
        assert!(problems[2].message.contains("already on the list (line 2)"), "{}", problems[2].message);
        assert_eq!(list.entries()[0].aliases, ["Guaido", "Guaidó"]);
        assert!(list.entries()[1].never);
    }

    #[test]
    fn json_and_csv_round_trip() {
        let mut entry = ListEntry::tag("Nicolás Maduro", Label::PER);
        entry.aliases = vec!["Maduro Moros".into()];
        entry.notes = Some("President, \"since 2013\"".into());
        entry.link = Some("https://en.wikipedia.org/wiki/Nicol%C3%A1s_Maduro".into());
        let (list, problems) = EntityList::new(vec![entry, ListEntry::never("Reuters Staff")]);
        assert!(problems.is_empty());
        for file in [list.to_json(), list.to_csv()] {
            let (back, problems) = EntityList::parse(&file).unwrap();
            assert!(problems.is_empty(), "{problems:?} in {file}");
            assert_eq!(back.entries(), list.entries(), "{file}");
        }
    }

    #[test]
    fn json_problems_name_their_line() {
        let file = "{\"format\": \"gleaner-entities/1\", \"entries\": [\n  {\"name\": \"Maduro\", \"label\": \"PER\"},\n  {\"label\": \"ORG\"},\n  {\"name\": \"Tass\", \"label\": \"MEDIA\"}\n]}";
        let (list, problems) = EntityList::parse(file).unwrap();
        assert_eq!(list.len(), 1);
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [3, 4], "{problems:?}");
        assert!(EntityList::parse("{\"format\": \"gleaner/2\", \"entries\": []}").is_err());
        assert!(EntityList::parse("[1, 2").is_err());
    }

    #[test]
    fn names_match_folded_but_lower_case_only_when_the_list_writes_it_so() {
        let (list, _) = EntityList::new(vec![
            ListEntry::tag("Apple", Label::ORG),
            ListEntry::tag("Díaz-Canel", Label::PER),
            ListEntry::tag("iPhone", Label::MISC),
            ListEntry::tag("boko haram", Label::ORG),
        ]);
        assert_eq!(list.lookup("APPLE"), Some(0));
        assert_eq!(list.lookup("apple"), None);
        assert_eq!(list.lookup("Diaz Canel"), Some(1));
        assert_eq!(list.lookup("iphone"), None);
        assert_eq!(list.lookup("boko haram"), Some(3));
        assert_eq!(list.longest_match(&["Díaz", "-", "Canel", "said"]), Some(ListMatch { entry: 1, pieces: 3 }));
        assert_eq!(list.longest_match(&["Apple", ",", "Inc"]), Some(ListMatch { entry: 0, pieces: 1 }));
        assert_eq!(list.longest_match(&["said"]), None);
        assert_eq!(list.longest_match(&["Díaz", ".", "Canel"]), None, "no name across a sentence's end");
    }

    #[test]
    fn clitics_join_their_host_and_every_alias_keeps_its_own_case_rule() {
        let mut boko = ListEntry::tag("Boko Haram", Label::ORG);
        boko.aliases = vec!["—".into(), "boko haram".into(), "jama'atu".into()];
        let (list, problems) = EntityList::new(vec![
            ListEntry::tag("McDonald's", Label::ORG),
            ListEntry::tag("L'Oréal", Label::ORG),
            boko,
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(list.longest_match(&["McDonald", "'s", "said"]), Some(ListMatch { entry: 0, pieces: 2 }));
        assert_eq!(list.longest_match(&["L'", "Oréal"]), Some(ListMatch { entry: 1, pieces: 2 }));
        assert_eq!(list.longest_match(&["boko", "haram"]), Some(ListMatch { entry: 2, pieces: 2 }));
        assert!(list.may_start("jama'atu"));
        let (_, problems) =
            EntityList::new(vec![ListEntry::tag("Tass", Label::ORG), ListEntry::tag("TASS", Label::ORG)]);
        assert!(problems[0].message.contains("already on the list (entry 1)"), "{problems:?}");
    }

    #[test]
    fn odd_names_neither_break_nor_match_wrongly() {
        let long = "x".repeat(500);
        let (list, problems) = EntityList::new(vec![
            ListEntry::tag("🦀 Rust", Label::ORG),
            ListEntry::tag("\u{200f}שלום\u{200f}", Label::PER),
            ListEntry::tag(long, Label::PER),
            ListEntry::tag("!!!", Label::PER),
        ]);
        assert_eq!(list.len(), 2);
        assert_eq!(problems.len(), 2);
        assert_eq!(list.lookup("Rust"), Some(0));
        assert_eq!(list.lookup("שלום"), Some(1));
    }
}
