//! Direct quotations and who said them. A quote is attributed from the speech
//! cue next to it (“…,” Maduro said / sagte er / dijo / según Maduro / X: „…“)
//! to the speaker's entity; a pronoun or a subject-less verb (es "dijo") points
//! back to the last person named; the listener of "told" is not the speaker.
//! A quote without a speaker says why (no cue, or an unnamed one).

mod marks;
mod verbs;

pub use marks::{find_quoted, Quoted, MIN_WORDS};

use crate::document::Mention;
use crate::label::Label;
use crate::segment::token::{Token, TokenKind};
use crate::text::{fill_utf16, Span};
use crate::Language;
use serde::{Deserialize, Serialize};

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
    /// The mention the speaker was found at (an index into `Document::mentions`).
    pub speaker_mention: Option<usize>,
    /// The speech verb or preposition that attributes it.
    pub cue: Option<Span>,
    /// Why it has no speaker, when it has none.
    #[serde(default)]
    pub no_speaker: Option<NoSpeaker>,
}

/// Why a quote has no speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoSpeaker {
    /// No speech verb, colon or source next to it.
    NoCue,
    /// The cue names no one by name: "the chief negotiator said", "según el
    /// comunicado", or a pronoun with no person named before it.
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

/// Who a cue says spoke: a mention, or why none.
struct Attribution {
    speaker: Option<usize>,
    cue: usize,
    reason: Option<NoSpeaker>,
}

impl Attribution {
    fn named(mention: usize, cue: usize) -> Self {
        Attribution { speaker: Some(mention), cue, reason: None }
    }

    fn named_or(mention: Option<usize>, cue: usize, reason: NoSpeaker) -> Self {
        Attribution { speaker: mention, cue, reason: mention.is_none().then_some(reason) }
    }

    /// A pronoun or a subject-less verb: the last person named, if any.
    fn back(mention: Option<usize>, cue: usize) -> Self {
        Attribution::named_or(mention, cue, NoSpeaker::Unnamed)
    }
}

/// Tokens looked at on either side of a quote for its cue and speaker.
const WINDOW: usize = 12;

pub fn find_quotes(
    text: &str,
    paragraphs: &[Span],
    tokens: &[Token],
    mentions: &[Mention],
    language_at: impl Fn(usize) -> Option<Language>,
) -> Vec<Quote> {
    let mut speaker_at: Vec<Option<usize>> = vec![None; tokens.len()];
    for (m, mention) in mentions.iter().enumerate() {
        if matches!(mention.label, Label::PER | Label::ORG) && mention.entity.is_some() {
            for slot in speaker_at.iter_mut().take(mention.tokens.1.min(tokens.len())).skip(mention.tokens.0) {
                *slot = Some(m);
            }
        }
    }
    // The article's own title cited in marks ("3 thoughts on “<title>”", a
    // comments header) is not a quotation.
    let titles: Vec<&str> =
        crate::resolve::headlines::headline_lines(text).iter().map(|h| h.text(text).trim()).collect();
    let mut quotes = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let first = tokens.partition_point(|t| t.span.start < paragraph.start);
        let last = tokens.partition_point(|t| t.span.start < paragraph.end);
        for quoted in find_quoted(text, *paragraph) {
            let q_first = tokens.partition_point(|t| t.span.start < quoted.outer.0);
            let q_last = tokens.partition_point(|t| t.span.start < quoted.outer.1);
            let language = language_at(quoted.outer.0);
            let context = Context { text, tokens, mentions, speaker_at: &speaker_at, language };
            // "Caddell said:" closing the paragraph before, and the quote opening its own.
            let opens_paragraph = text[paragraph.start..quoted.outer.0].trim().is_empty();
            let introduced = (index > 0 && opens_paragraph)
                .then(|| paragraphs[index - 1])
                .filter(|before| text[before.start..before.end].trim_end().ends_with(':'));
            let attribution = context
                .after(q_last, last.min(q_last + WINDOW))
                .or_else(|| context.before(first.max(q_first.saturating_sub(WINDOW)), q_first))
                .or_else(|| {
                    let before = introduced?;
                    let (b_first, b_last) = (
                        tokens.partition_point(|t| t.span.start < before.start),
                        tokens.partition_point(|t| t.span.start < before.end),
                    );
                    context.before(b_first.max(b_last.saturating_sub(WINDOW)), b_last)
                });
            let (speaker_mention, cue, no_speaker) = match attribution {
                Some(a) => (a.speaker, Some(a.cue), a.reason),
                None => (None, None, Some(NoSpeaker::NoCue)),
            };
            // A whole closing paragraph in marks with no one saying it is the
            // author's bio or a tagline («Amistoso defensor de Twitter…»), not a quotation.
            let whole_paragraph = text[paragraph.start..quoted.outer.0].trim().is_empty()
                && text[quoted.outer.1..paragraph.end].trim_matches(|c: char| c.is_whitespace() || c == '.').is_empty();
            let cites_title =
                titles.contains(&text[quoted.inner.0..quoted.inner.1].trim_end_matches(['.', ',']).trim());
            if cue.is_none() && (cites_title || whole_paragraph && paragraphs.len() - index <= 2) {
                continue;
            }
            quotes.push(Quote {
                span: span_of(quoted.outer),
                content: span_of(quoted.inner),
                closed: quoted.closed,
                speaker: speaker_mention.and_then(|m| mentions[m].entity),
                speaker_mention,
                cue: cue.map(|c| tokens[c].span),
                no_speaker,
            });
        }
    }
    let mut outer: Vec<Span> = quotes.iter().map(|q| q.span).collect();
    let mut inner: Vec<Span> = quotes.iter().map(|q| q.content).collect();
    fill_utf16(text, &mut outer);
    fill_utf16(text, &mut inner);
    for ((quote, outer), inner) in quotes.iter_mut().zip(outer).zip(inner) {
        (quote.span, quote.content) = (outer, inner);
    }
    quotes
}

fn span_of((start, end): (usize, usize)) -> Span {
    Span::bytes(start, end)
}

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    mentions: &'a [Mention],
    speaker_at: &'a [Option<usize>],
    language: Option<Language>,
}

impl Context<'_> {
    fn word(&self, i: usize) -> String {
        self.tokens[i].text(self.text).to_lowercase()
    }

    fn is_cue(&self, i: usize) -> bool {
        verbs::speech_cues(self.language).contains(&self.word(i).as_str())
    }

    /// Tokens from..to, stopping before the next quotation mark (another quote).
    fn window(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        let end = (from..to).find(|&i| i > from && self.tokens[i].kind == TokenKind::Quote).unwrap_or(to);
        from..end
    }

    fn is_pronoun(&self, i: usize) -> bool {
        verbs::speaker_pronouns(self.language).contains(&self.word(i).as_str())
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(self.tokens[i].kind, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Clitic)
    }

    /// The name in `range` nearest to `cue`, people before organizations.
    fn nearest_name(&self, range: std::ops::Range<usize>, cue: usize) -> Option<usize> {
        range
            .filter_map(|i| self.speaker_at[i].map(|m| (i.abs_diff(cue), m)))
            .min_by_key(|&(d, m)| (d, self.mentions[m].label != Label::PER))
            .map(|(_, m)| m)
    }

    /// The name that follows a cue as its subject or source ("said Maduro",
    /// "según Maduro", "according to the Kremlin"), within a few words and
    /// not behind a word that marks a listener ("dijo a Tass", "said to TASS").
    fn name_after(&self, cue: usize, end: usize) -> Option<usize> {
        // After a source cue nothing marks a listener: the "to" of "according to" is the cue's own.
        let markers = if verbs::is_source_cue(self.language, &self.word(cue)) {
            &[][..]
        } else {
            verbs::listener_markers(self.language)
        };
        for i in cue + 1..end.min(cue + 6) {
            if let Some(m) = self.speaker_at[i] {
                return Some(m);
            }
            let word = self.word(i);
            if markers.contains(&word.as_str()) || matches!(word.as_str(), "," | ";" | ":") {
                return None;
            }
        }
        None
    }

    /// What the clause after a quote says about its speaker:
    /// “…,” Maduro said / he said / he told Tass / said Maduro / dijo / según Maduro.
    fn after(&self, from: usize, to: usize) -> Option<Attribution> {
        let window = self.window(from, to);
        // The attribution ends with its clause: a sentence end stops the search.
        let window = window.start
            ..(window.clone()).find(|&i| matches!(self.word(i).as_str(), "." | "!" | "?")).unwrap_or(window.end);
        let cue = window.clone().find(|&i| self.is_cue(i))?;
        let cue_word = self.word(cue);
        if verbs::is_source_cue(self.language, &cue_word) {
            // "…", according to X: X, or an unnamed source.
            return Some(Attribution::named_or(self.name_after(cue, window.end), cue, NoSpeaker::Unnamed));
        }
        // Before the verb: its subject. “…,” Maduro said / he told Tass.
        if let Some(m) = self.nearest_name(window.start..cue, cue) {
            return Some(Attribution::named(m, cue));
        }
        if (window.start..cue).any(|i| self.is_pronoun(i)) {
            return Some(Attribution::back(self.last_person_before(from), cue));
        }
        // Right after the verb: "sagte er", "dijo él" — a pronoun; "said Maduro" — the speaker,
        // unless the verb's object is its listener ("told Tass").
        if window.contains(&(cue + 1)) && self.is_pronoun(cue + 1) {
            return Some(Attribution::back(self.last_person_before(from), cue));
        }
        if !verbs::is_listener_verb(self.language, &cue_word) {
            if let Some(m) = self.name_after(cue, window.end) {
                return Some(Attribution::named(m, cue));
            }
        }
        // A verb with no subject of its own (es "dijo", it "ha detto") points back to the last person.
        let nothing_before = !(window.start..cue).any(|i| self.is_word(i));
        if nothing_before && verbs::drops_subject(self.language) {
            return Some(Attribution::back(self.last_person_before(from), cue));
        }
        Some(Attribution { speaker: None, cue, reason: Some(NoSpeaker::Unnamed) })
    }

    /// What the clause before a quote says: Maduro said: “…” / Según Maduro, «…» /
    /// Maduro: „…“ / Er fügte hinzu: „…“ / el jefe negociador dijo que «…».
    fn before(&self, from: usize, to: usize) -> Option<Attribution> {
        let start = (from..to)
            .rev()
            .find(|&i| self.tokens[i].kind == TokenKind::Quote || matches!(self.word(i).as_str(), "." | "!" | "?"))
            .map_or(from, |i| i + 1);
        let window = start..to;
        let colon = to.checked_sub(1).filter(|&i| i >= start && self.word(i) == ":");
        let verb = window.clone().rev().find(|&i| self.is_cue(i));
        let cue = verb.or(colon)?;
        if verb.is_some_and(|v| verbs::is_source_cue(self.language, &self.word(v))) {
            // "Según Maduro, «…»"; "Maduro zufolge …": the name next to the cue.
            let named = self.name_after(cue, to).or_else(|| self.nearest_name(start..cue, cue));
            return Some(Attribution::named_or(named, cue, NoSpeaker::Unnamed));
        }
        if let Some(m) = self.nearest_name(start..cue, cue) {
            return Some(Attribution::named(m, cue));
        }
        verb?; // a colon with no name before it introduces no one
        if (start..cue).any(|i| self.is_pronoun(i)) || !(start..cue).any(|i| self.is_word(i)) {
            // "Er fügte hinzu: „…“", "Añadió: «…»": the last person named.
            return Some(Attribution::back(self.last_person_before(start), cue));
        }
        // "sagte Putin: „…“"; otherwise the subject is a description ("the chief negotiator said"): unnamed.
        let named =
            (!verbs::is_listener_verb(self.language, &self.word(cue))).then(|| self.name_after(cue, to)).flatten();
        Some(Attribution::named_or(named, cue, NoSpeaker::Unnamed))
    }

    fn last_person_before(&self, token: usize) -> Option<usize> {
        let at = self.tokens.get(token).map_or(usize::MAX, |t| t.span.start);
        self.mentions.iter().rposition(|m| m.label == Label::PER && m.span.start < at && m.entity.is_some())
    }
}
