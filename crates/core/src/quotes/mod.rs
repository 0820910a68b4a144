//! Direct quotations and who said them. Each quote gets its cue (said, sagte,
//! dijo, según, a colon, a dash), its source — the words that name the speaker
//! at that point, as written: "Peskov", "Kremlin spokesman Dmitry Peskov",
//! "he", "the newspaper" — and, when the text allows, the speaker's entity: a
//! name in the source, the person a pronoun stands for, or the person named
//! with the role a description gives. A quote with no cue continues the
//! speaker of the quote before it in a run. A quote without a speaker says why.

mod marks;
mod source;
mod speaker;
mod words;

pub use marks::{find_quoted, Quoted, MIN_WORDS};

use crate::document::Mention;
use crate::label::Label;
use crate::resolve::Lexicon;
use crate::segment::token::{Token, TokenKind};
use crate::text::{fill_utf16, Span};
use crate::Language;
use serde::{Deserialize, Serialize};
use speaker::Genders;
use words::Words;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// With its marks.
    pub span: Span,
    /// Inside the marks.
    pub content: Span,
    /// False when the closing mark never came (the quote ends with its paragraph).
    pub closed: bool,
    /// The speaker's entity id, when the text says who it is.
    pub speaker: Option<u32>,
    /// The mention the speaker was found at (an index into `Document::mentions`):
    /// in the source, or the one a pronoun or description stands for.
    pub speaker_mention: Option<usize>,
    /// The words that name the speaker where the quote is attributed, as
    /// written: a name, a description or a pronoun.
    #[serde(default)]
    pub source: Option<Span>,
    /// The speech verb, preposition, colon or dash that attributes it.
    pub cue: Option<Span>,
    /// Why it has no speaker, when it has none.
    #[serde(default)]
    pub no_speaker: Option<NoSpeaker>,
}

impl Quote {
    /// The source as written, when a reader needs it beside the speaker's name:
    /// a pronoun or a description ("he", "the spokesman"), or the only words
    /// there are when no entity is known ("a senior diplomat"). `None` when the
    /// source is where the speaker is named ("Kremlin spokesman Dmitry Peskov").
    pub fn source_as_written<'t>(&self, text: &'t str, mentions: &[Mention]) -> Option<&'t str> {
        let source = self.source?;
        let named_there = self
            .speaker_mention
            .and_then(|m| mentions.get(m))
            .is_some_and(|m| source.start <= m.span.start && m.span.end <= source.end);
        (!named_there).then(|| source.text(text))
    }
}

/// Why a quote has no speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoSpeaker {
    /// No speech verb, colon or source next to it.
    NoCue,
    /// The cue names no one the text names elsewhere: "the chief negotiator
    /// said", "según el comunicado", a pronoun with no person before it.
    Unnamed,
}

impl NoSpeaker {
    pub fn as_str(self) -> &'static str {
        match self {
            NoSpeaker::NoCue => "no_cue",
            NoSpeaker::Unnamed => "unnamed",
        }
    }
}

/// What attributes a quote: its cue and the words naming the speaker (token indices).
#[derive(Clone, Copy, Debug)]
struct Attribution {
    cue: usize,
    /// Tokens `start..end` of the source; `None` when the verb has no subject ("dijo").
    source: Option<(usize, usize)>,
}

/// Tokens looked at after a quote for its cue, and before it.
const AFTER: usize = 30;
const BEFORE: usize = 40;

pub fn find_quotes(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    tokens: &[Token],
    mentions: &[Mention],
    lexicon: &Lexicon,
    language_at: impl Fn(usize) -> Option<Language>,
) -> Vec<Quote> {
    let found: Vec<(usize, Quoted)> = paragraphs
        .iter()
        .enumerate()
        .flat_map(|(index, paragraph)| find_quoted(text, *paragraph).into_iter().map(move |q| (index, q)))
        .collect();
    if found.is_empty() {
        return Vec::new();
    }
    let inside: Vec<(usize, usize)> = found.iter().filter(|(_, q)| !q.short).map(|(_, q)| q.inner).collect();
    let doc = Doc::new(text, tokens, sentences, mentions, &inside, lexicon, &language_at);
    // A headline's quote is the article's own words about a quote it gives in
    // full below; the article's title cited in marks ("3 thoughts on “<title>”") is none.
    let headlines = crate::resolve::headlines::headline_lines(text);
    let titles: Vec<&str> = headlines.iter().map(|h| h.text(text).trim()).collect();
    let mut quotes: Vec<(usize, Quote)> = Vec::new();
    for (k, &(index, quoted)) in found.iter().enumerate() {
        let paragraph = paragraphs[index];
        let language = language_at(quoted.outer.0);
        let at = Attributor { doc: &doc, words: words::words(language) };
        let previous_end = k.checked_sub(1).map_or(0, |p| found[p].1.outer.1);
        // A transcript in marks ("WALLACE: Let's start…" / "PENCE: Well, look…") is a
        // document quoted in blocks whose turns name their speakers, not a quotation
        // the article attributes: it would fill the list with every turn.
        if at.is_transcript_turn(quoted) {
            continue;
        }
        let attribution = at.attribute(paragraph, quoted, previous_end);
        let content = &text[quoted.inner.0..quoted.inner.1];
        // One or two words in marks are a quotation only when a name or pronoun after them says them: “I would,” she said.
        let spoken_after = |a: &Attribution| tokens[a.cue].span.start >= quoted.outer.1 && at.says_who(*a);
        if quoted.short && !attribution.as_ref().is_some_and(spoken_after) {
            continue;
        }
        // A title in marks (a show, a book, a slogan: “Fox News Sunday,” Pence said) is not a quotation, cue or not.
        if marks::is_title(content) || headlines.iter().any(|h| h.start <= quoted.outer.0 && quoted.outer.1 <= h.end) {
            continue;
        }
        // A run of quotes: one with no cue of its own, or whose cue names no one,
        // continues the speaker of the quote before it in its paragraph, or of the
        // last quote of the paragraph before when it opens its own.
        let opens_paragraph = text[paragraph.start..quoted.outer.0].trim().is_empty();
        let run = quotes.last().filter(|(in_paragraph, q)| {
            // Across paragraphs only when the one before ends with that quote and its attribution ("…,” he said.).
            let ends_with_it = || {
                let rest = &text[q.span.end.min(paragraphs[*in_paragraph].end)..paragraphs[*in_paragraph].end];
                rest.matches(['.', '!', '?']).count() <= 1
            };
            (*in_paragraph == index || *in_paragraph + 1 == index && opens_paragraph && ends_with_it())
                && (q.speaker_mention.is_some() || q.source.is_some())
        });
        let run = run.map(|(_, q)| q);
        if attribution.is_none() && run.is_none() {
            let whole_paragraph = opens_paragraph
                && text[quoted.outer.1..paragraph.end].trim_matches(|c: char| c.is_whitespace() || c == '.').is_empty();
            // A whole closing paragraph in marks is the author's bio or a tagline
            // («Amistoso defensor de Twitter…»); the article's title cited in marks, or a term, is not a quotation.
            if titles.contains(&content.trim_end_matches(['.', ',']).trim())
                || whole_paragraph && paragraphs.len() - index <= 2
                || marks::is_term(text, quoted)
            {
                continue;
            }
        }
        let (mut speaker_mention, mut source, mut cue) = (None, None, None);
        if let Some(a) = attribution {
            let q_first = tokens.partition_point(|t| t.span.start < quoted.outer.0);
            speaker_mention = at.speaker(a, q_first);
            source = a.source.map(|(s, e)| {
                let (first, last) = (tokens[s].span, tokens[e.max(s + 1) - 1].span);
                Span { start: first.start, end: last.end, start16: first.start16, end16: last.end16 }
            });
            cue = Some(tokens[a.cue].span);
        }
        if let Some(before) = run {
            if cue.is_none() {
                (speaker_mention, source, cue) = (before.speaker_mention, before.source, before.cue);
            } else if speaker_mention.is_none() && source.is_none() && before.speaker_mention.is_some() {
                speaker_mention = before.speaker_mention;
            }
        }
        let no_speaker = match (cue, speaker_mention) {
            (_, Some(_)) => None,
            (Some(_), None) => Some(NoSpeaker::Unnamed),
            (None, None) => Some(NoSpeaker::NoCue),
        };
        quotes.push((
            index,
            Quote {
                span: Span::bytes(quoted.outer.0, quoted.outer.1),
                content: Span::bytes(quoted.inner.0, quoted.inner.1),
                closed: quoted.closed,
                speaker: speaker_mention.and_then(|m| mentions[m].entity),
                speaker_mention,
                source,
                cue,
                no_speaker,
            },
        ));
    }
    let mut quotes: Vec<Quote> = quotes.into_iter().map(|(_, q)| q).collect();
    fill_offsets(text, &mut quotes);
    quotes
}

/// UTF-16 offsets for the quotes' spans (marks are not tokens' edges; the
/// sources and cues are tokens and have theirs already).
fn fill_offsets(text: &str, quotes: &mut [Quote]) {
    let mut outer: Vec<Span> = quotes.iter().map(|q| q.span).collect();
    let mut inner: Vec<Span> = quotes.iter().map(|q| q.content).collect();
    fill_utf16(text, &mut outer);
    fill_utf16(text, &mut inner);
    for ((quote, outer), inner) in quotes.iter_mut().zip(outer).zip(inner) {
        (quote.span, quote.content) = (outer, inner);
    }
}

/// The document as attribution reads it.
struct Doc<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sentences: &'a [Span],
    mentions: &'a [Mention],
    /// Per token: the person or organization mention it is part of.
    name_at: Vec<Option<usize>>,
    /// Quoted words, in text order: a name inside a quote is not who speaks.
    inside: &'a [(usize, usize)],
    lexicon: &'a Lexicon,
    language_at: &'a dyn Fn(usize) -> Option<Language>,
    /// Read once, when a pronoun first needs them.
    genders: std::cell::OnceCell<Genders>,
}

impl<'a> Doc<'a> {
    fn new(
        text: &'a str,
        tokens: &'a [Token],
        sentences: &'a [Span],
        mentions: &'a [Mention],
        inside: &'a [(usize, usize)],
        lexicon: &'a Lexicon,
        language_at: &'a dyn Fn(usize) -> Option<Language>,
    ) -> Self {
        let mut name_at = vec![None; tokens.len()];
        for (m, mention) in mentions.iter().enumerate() {
            if matches!(mention.label, Label::PER | Label::ORG) && mention.entity.is_some() {
                let end = mention.tokens.1.min(tokens.len());
                for slot in name_at.iter_mut().take(end).skip(mention.tokens.0) {
                    *slot = Some(m);
                }
            }
        }
        Doc { text, tokens, sentences, mentions, name_at, inside, lexicon, language_at, genders: Default::default() }
    }

    fn genders(&self) -> &Genders {
        self.genders.get_or_init(|| Genders::read(self, self.lexicon, self.language_at))
    }

    fn lower(&self, i: usize) -> String {
        self.tokens[i].text(self.text).to_lowercase()
    }

    fn is_quoted(&self, at: usize) -> bool {
        let k = self.inside.partition_point(|q| q.1 <= at);
        self.inside.get(k).is_some_and(|q| q.0 <= at)
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(self.tokens[i].kind, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Clitic)
    }

    fn is_capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.tokens[i].text(self.text).chars().next().is_some_and(char::is_uppercase)
    }

    /// The first token of the sentence holding token `i`, and the end of it (exclusive).
    fn sentence_tokens(&self, i: usize) -> (usize, usize) {
        let at = self.tokens[i].span.start;
        let k = self.sentences.partition_point(|s| s.end <= at);
        match self.sentences.get(k).filter(|s| s.start <= at) {
            Some(s) => (
                self.tokens.partition_point(|t| t.span.start < s.start),
                self.tokens.partition_point(|t| t.span.start < s.end),
            ),
            None => (i, i + 1),
        }
    }
}

/// The document read in one quote's language.
struct Attributor<'d, 'a> {
    doc: &'d Doc<'a>,
    words: &'static Words,
}

impl Attributor<'_, '_> {
    /// A speech cue — in lower case, or capitalized only where a sentence or clause
    /// starts ("According to…"): "States" in "the United States" is no verb.
    fn is_cue(&self, i: usize) -> bool {
        let doc = self.doc;
        let starts_clause = || {
            i == 0
                || matches!(doc.tokens[i - 1].kind, TokenKind::Quote | TokenKind::Punct)
                || doc.sentence_tokens(i).0 == i
        };
        doc.is_word(i) && self.words.is_cue(&doc.lower(i)) && (!doc.is_capitalized(i) || starts_clause())
    }

    /// The quote's cue and source: from the clause after it ("…,” Maduro said),
    /// the clause before it (Maduro said: “…”), an introduction ending with a
    /// colon, or a dash and a name after it (“…” ― Julie Diaz).
    fn attribute(&self, paragraph: Span, quoted: Quoted, previous_end: usize) -> Option<Attribution> {
        let tokens = self.doc.tokens;
        let first = tokens.partition_point(|t| t.span.start < paragraph.start);
        let last = tokens.partition_point(|t| t.span.start < paragraph.end);
        let q_first = tokens.partition_point(|t| t.span.start < quoted.outer.0);
        let q_last = tokens.partition_point(|t| t.span.start < quoted.outer.1).max(q_first);
        let ends_sentence = self.doc.text[quoted.inner.0..quoted.inner.1].trim_end().ends_with(['.', '!', '?']);
        let after = (quoted.closed && q_last < last)
            .then(|| self.after(q_last, last.min(q_last + AFTER), ends_sentence))
            .flatten();
        let previous_end = tokens.partition_point(|t| t.span.start < previous_end);
        let before = self.before(first, previous_end, q_first);
        match (after, before) {
            // "Peskov said … “…,” according to comments carried by TASS": the agency carried what a person said.
            (Some(a), Some(b))
                if self.words.is_source_cue(&self.doc.lower(a.cue))
                    && self.names_a_person(b)
                    && !self.names_a_person(a) =>
            {
                Some(b)
            }
            (Some(a), _) => Some(a),
            (None, b) => b,
        }
    }

    /// A transcript's turn in marks: a speaker's label in capitals and a colon
    /// open it ("WALLACE: Let's start…").
    fn is_transcript_turn(&self, quoted: Quoted) -> bool {
        let doc = self.doc;
        let first = doc.tokens.partition_point(|t| t.span.start < quoted.inner.0);
        let Some(colon) = (first..(first + 4).min(doc.tokens.len())).find(|&i| doc.lower(i) == ":") else {
            return false;
        };
        let shouted = |i: usize| {
            let word = doc.tokens[i].text(doc.text);
            doc.is_word(i)
                && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !word.chars().any(char::is_lowercase)
        };
        colon > first && (first..colon).all(shouted)
    }

    fn names_a_person(&self, a: Attribution) -> bool {
        a.source.is_some_and(|(s, e)| {
            (s..e).any(|i| self.doc.name_at[i].is_some_and(|m| self.doc.mentions[m].label == Label::PER))
        })
    }

    /// The clause after a quote, tokens `from..to` (stopping at its sentence's end
    /// and the next quote). After a quote that ends its own sentence, only a
    /// short attribution counts ("… more.” He added.).
    fn after(&self, from: usize, to: usize, ends_sentence: bool) -> Option<Attribution> {
        let doc = self.doc;
        let (_, sentence_end) = doc.sentence_tokens(from);
        let clause_end = to.min(sentence_end.max(from + 1));
        let end = (from + 1..clause_end).find(|&i| doc.tokens[i].kind == TokenKind::Quote).unwrap_or(clause_end);
        let reach = if ends_sentence { end.min(from + 5) } else { end };
        // “…” ― Julie Diaz: a dash and a name.
        if matches!(doc.lower(from).as_str(), "―" | "—" | "–")
            && (from + 1..end.min(from + 3)).any(|i| doc.name_at[i].is_some())
        {
            return Some(Attribution { cue: from, source: self.phrase_after(from + 1, end) });
        }
        let first_word = (from..end).find(|&i| doc.is_word(i));
        let cue = (from..reach).find(|&i| {
            self.is_cue(i) || Some(i) == first_word && self.words.postposed_cues.contains(&doc.lower(i).as_str())
        })?;
        let source = self.source_of(cue, from, end);
        // In the next sentence, only who said it: "He added." / "Maduro said." — not "Nobody answered."
        let attribution = Attribution { cue, source };
        (!ends_sentence || self.says_who(attribution)).then_some(attribution)
    }

    /// Whether an attribution's source is a name or a pronoun ("Maduro said", "he added").
    fn says_who(&self, a: Attribution) -> bool {
        let doc = self.doc;
        a.source.is_some_and(|(s, e)| {
            (s..e).any(|i| doc.name_at[i].is_some()) || e - s == 1 && self.words.pronoun(&doc.lower(s)).is_some()
        })
    }

    /// What attributes a quote before it: the clause that leads to it in its
    /// sentence (from the sentence's start, or the previous quote's end):
    /// Maduro said: “…” / Según Maduro, «…» / Maduro: „…“ / Peskov said the
    /// leaders would discuss “…”. A quote that opens its sentence or paragraph
    /// reads the introduction before it when that ends with a colon, or else the
    /// sentence before it in its paragraph when a cue there names someone
    /// ("Johnson said the bill would pass. “It is a disgrace.”").
    fn before(&self, first: usize, previous_end: usize, to: usize) -> Option<Attribution> {
        let doc = self.doc;
        let last = to.checked_sub(1)?;
        let (sentence_start, _) = doc.sentence_tokens(last);
        let floor = previous_end.max(to.saturating_sub(BEFORE));
        let opens_sentence = to < doc.tokens.len() && doc.sentence_tokens(to).0 == to;
        let clause = sentence_start.max(first).max(floor);
        if !opens_sentence && (clause..to).any(|i| doc.is_word(i)) {
            return self.cue_before(clause, to);
        }
        if doc.lower(last) == ":" {
            return self.cue_before(sentence_start.max(floor), to);
        }
        (sentence_start >= first).then(|| self.cue_before(clause, to)).flatten().filter(|&a| self.says_who(a))
    }

    /// The cue nearest the end of `from..to` and its source; "Maduro:" — a colon right after a name.
    fn cue_before(&self, from: usize, to: usize) -> Option<Attribution> {
        let doc = self.doc;
        let last = to.checked_sub(1)?;
        let end = if doc.lower(last) == ":" { last } else { to };
        match (from..end).rev().find(|&i| self.is_cue(i)) {
            Some(cue) => Some(Attribution { cue, source: self.source_of(cue, from, end) }),
            None if end < to => {
                let source = self.phrase_before(end, from)?;
                (source.0..source.1)
                    .any(|i| doc.name_at[i].is_some())
                    .then_some(Attribution { cue: end, source: Some(source) })
            }
            None => None,
        }
    }
}
