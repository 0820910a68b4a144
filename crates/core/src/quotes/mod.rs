//! Direct quotations and who said them. Each quote gets its cue (said, sagte,
//! dijo, según, a colon, a dash), its source — the words that name the speaker
//! at that point, as written: "Peskov", "Kremlin spokesman Dmitry Peskov",
//! "he", "the newspaper" — and, when the text allows, the speaker's entity: a
//! name in the source, the person a pronoun stands for, or the person named
//! with the role a description gives. A quote with no cue continues the
//! speaker of the quote before it in a run. A quote without a speaker says why.

mod attribution;
mod marks;
mod source;
mod speaker;
mod words;

pub use marks::{find_quoted, Quoted, MIN_WORDS};

use crate::mention::Mention;
use crate::resolve::Lexicon;
use crate::segment::token::Token;
use crate::text::{fill_utf16, Span};
use crate::Language;
use attribution::{Attribution, Attributor, Doc};
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
