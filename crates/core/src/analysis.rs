//! The analysis format, `gleaner/2`: one JSON document per article, the same
//! for the CLI, the page's export and the embed API. See docs/FORMAT.md.
//! Entities are referred to by string ids ("e3"), unique within the document
//! or, when articles are resolved together, within the corpus.

use crate::document::Document;
use crate::langid::LanguageGuess;
use crate::mention::Notice;
use crate::resolve::{Link, Presence};
use crate::segment::token::TokenKind;
use crate::text::{utf16_len, Span};
use serde::Serialize;

pub const FORMAT: &str = "gleaner/2";

#[derive(Serialize)]
pub struct AnalysisJson<'d> {
    pub format: &'static str,
    /// The caller's identifier (from `--jsonl` input), passed through untouched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'d serde_json::Value>,
    pub language: LanguageJson,
    /// The article's own date, which relative dates are placed from, and where it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<crate::values::ReferenceDate>,
    pub stats: Stats,
    // The parts below are each left out when not asked for (see [`Fields`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraphs: Option<Vec<ParagraphJson>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<&'d [Span]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenJson<'d>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mentions: Option<Vec<MentionJson<'d>>>,
    /// Sorted by salience, most salient first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityJson<'d>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<ValueJson<'d>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Vec<QuoteJson<'d>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relations: Option<Vec<RelationJson>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notices: Option<&'d [Notice]>,
}

/// Which parts of an analysis are written. The header (format, id,
/// language, reference date, stats) always is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fields {
    pub paragraphs: bool,
    pub sentences: bool,
    pub tokens: bool,
    pub mentions: bool,
    pub entities: bool,
    pub values: bool,
    pub quotes: bool,
    pub relations: bool,
    pub notices: bool,
}

impl Fields {
    /// The names `parse` accepts, in output order.
    pub const NAMES: [&'static str; 9] =
        ["paragraphs", "sentences", "tokens", "mentions", "entities", "values", "quotes", "relations", "notices"];

    pub const ALL: Fields = Fields {
        paragraphs: true,
        sentences: true,
        tokens: true,
        mentions: true,
        entities: true,
        values: true,
        quotes: true,
        relations: true,
        notices: true,
    };

    /// Mentions and entities only: what an archive indexes.
    pub const COMPACT: Fields = Fields {
        paragraphs: false,
        sentences: false,
        tokens: false,
        mentions: true,
        entities: true,
        values: false,
        quotes: false,
        relations: false,
        notices: false,
    };

    /// A comma-separated list of part names ("mentions,entities,quotes"), or a
    /// one-line reason naming the unknown part.
    pub fn parse(list: &str) -> Result<Fields, String> {
        let mut fields = Fields { mentions: false, entities: false, ..Fields::COMPACT };
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let flag = match name {
                "paragraphs" => &mut fields.paragraphs,
                "sentences" => &mut fields.sentences,
                "tokens" => &mut fields.tokens,
                "mentions" => &mut fields.mentions,
                "entities" => &mut fields.entities,
                "values" => &mut fields.values,
                "quotes" => &mut fields.quotes,
                "relations" => &mut fields.relations,
                "notices" => &mut fields.notices,
                other => return Err(format!("unknown field '{other}' (one of: {})", Fields::NAMES.join(", "))),
            };
            *flag = true;
        }
        Ok(fields)
    }
}

#[derive(Serialize)]
pub struct MentionJson<'d> {
    pub text: &'d str,
    pub label: &'static str,
    pub confidence: f64,
    pub entity: Option<String>,
    /// "list" or "reader" when the reader's entity list or correction put it there; absent: the pipeline did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'static str>,
    #[serde(flatten)]
    pub span: Span,
}

#[derive(Serialize)]
pub struct EntityJson<'d> {
    pub id: String,
    pub name: &'d str,
    pub label: &'static str,
    pub aliases: &'d [String],
    /// How many times the text names it.
    pub count: usize,
    /// Indices into `mentions`.
    pub mentions: &'d [usize],
    pub salience: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<&'d Link>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corpus: Option<&'d Presence>,
}

#[derive(Serialize)]
pub struct ValueJson<'d> {
    pub text: &'d str,
    pub label: &'static str,
    pub value: Option<&'d str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
    /// DURATION or SET where the value is how long or how often, not a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timex: Option<crate::values::Timex>,
    /// The reference date a relative or year-less date was placed from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<crate::values::CalendarDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'d str>,
    #[serde(flatten)]
    pub span: Span,
}

#[derive(Serialize)]
pub struct QuoteJson<'d> {
    /// The words inside the marks.
    pub text: &'d str,
    pub speaker: Option<String>,
    /// The speaker entity's name, for readers of the JSON.
    pub speaker_name: Option<&'d str>,
    /// The words that name the speaker where the quote is attributed ("Peskov", "he", "the newspaper").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceJson<'d>>,
    pub cue: Option<&'d str>,
    /// Why there is no speaker: "no_cue" (nothing attributes it) or "unnamed" (the cue names no one by name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_speaker: Option<&'static str>,
    pub closed: bool,
    #[serde(flatten)]
    pub span: Span,
    pub content: Span,
}

#[derive(Serialize)]
pub struct SourceJson<'d> {
    pub text: &'d str,
    /// The speaker is named right there ("Kremlin spokesman Dmitry Peskov"), not
    /// stood for by a pronoun or a description ("he", "the spokesman").
    pub named: bool,
    #[serde(flatten)]
    pub span: Span,
}

#[derive(Serialize)]
pub struct RelationJson {
    pub a: String,
    pub b: String,
    pub weight: u32,
    /// Indices into `sentences`.
    pub sentences: Vec<usize>,
}

pub fn entity_ref(id: u32) -> String {
    format!("e{id}")
}

#[derive(Serialize)]
pub struct LanguageJson {
    pub code: &'static str,
    pub name: &'static str,
    pub confidence: f64,
}

impl From<LanguageGuess> for LanguageJson {
    fn from(guess: LanguageGuess) -> Self {
        LanguageJson {
            code: guess.language.map_or("und", |l| l.code()),
            name: guess.name(),
            confidence: (guess.confidence * 1000.0).round() / 1000.0,
        }
    }
}

#[derive(Serialize)]
pub struct Stats {
    pub bytes: usize,
    pub utf16: usize,
    pub chars: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub words: usize,
    pub mentions: usize,
    pub entities: usize,
    pub values: usize,
    pub quotes: usize,
}

#[derive(Serialize)]
pub struct ParagraphJson {
    #[serde(flatten)]
    pub span: Span,
    pub language: LanguageJson,
}

#[derive(Serialize)]
pub struct TokenJson<'d> {
    pub text: &'d str,
    pub kind: TokenKind,
    #[serde(flatten)]
    pub span: Span,
    /// For hyphenated compounds: the parts between the hyphens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parts: Option<Vec<Span>>,
}

impl<'d> AnalysisJson<'d> {
    /// The whole analysis.
    pub fn new(document: &'d Document, id: Option<&'d serde_json::Value>) -> Self {
        AnalysisJson::with_fields(document, id, Fields::ALL)
    }

    /// The analysis with only the parts in `fields` (the others are not even built).
    pub fn with_fields(document: &'d Document, id: Option<&'d serde_json::Value>, fields: Fields) -> Self {
        let text = document.text.as_str();
        AnalysisJson {
            format: FORMAT,
            id,
            language: document.language.into(),
            reference: document.reference,
            stats: Stats {
                bytes: text.len(),
                utf16: utf16_len(text),
                chars: text.chars().count(),
                paragraphs: document.paragraphs.len(),
                sentences: document.sentences.len(),
                tokens: document.tokens.len(),
                words: document.word_count(),
                mentions: document.mentions.len(),
                entities: document.entities.len(),
                values: document.values.len(),
                quotes: document.quotes.len(),
            },
            paragraphs: fields.paragraphs.then(|| {
                document
                    .paragraphs
                    .iter()
                    .map(|p| ParagraphJson { span: p.span, language: p.language.into() })
                    .collect()
            }),
            sentences: fields.sentences.then_some(document.sentences.as_slice()),
            tokens: fields.tokens.then(|| {
                document
                    .tokens
                    .iter()
                    .map(|t| TokenJson {
                        text: t.text(text),
                        kind: t.kind,
                        span: t.span,
                        parts: t.compound.then(|| {
                            t.parts(text)
                                .into_iter()
                                .map(|(start, end)| {
                                    let start16 = t.span.start16 + utf16_len(&text[t.span.start..start]);
                                    Span { start, end, start16, end16: start16 + utf16_len(&text[start..end]) }
                                })
                                .collect()
                        }),
                    })
                    .collect()
            }),
            mentions: fields.mentions.then(|| {
                document
                    .mentions
                    .iter()
                    .map(|m| MentionJson {
                        text: m.span.text(text),
                        label: m.label.as_str(),
                        confidence: (f64::from(m.confidence) * 1000.0).round() / 1000.0,
                        entity: m.entity.map(entity_ref),
                        source: m.source.is_readers().then(|| m.source.as_str()),
                        span: m.span,
                    })
                    .collect()
            }),
            entities: fields.entities.then(|| {
                let mut entities: Vec<EntityJson> = document
                    .entities
                    .iter()
                    .map(|e| EntityJson {
                        id: entity_ref(e.id),
                        name: &e.name,
                        label: e.label.as_str(),
                        aliases: &e.aliases,
                        count: e.mentions.len(),
                        mentions: &e.mentions,
                        salience: e.salience,
                        link: e.link.as_ref(),
                        corpus: e.corpus.as_ref(),
                    })
                    .collect();
                entities.sort_by(|a, b| b.salience.total_cmp(&a.salience).then(b.count.cmp(&a.count)));
                entities
            }),
            values: fields.values.then(|| {
                document
                    .values
                    .iter()
                    .map(|v| ValueJson {
                        text: v.span.text(text),
                        label: v.label.as_str(),
                        value: v.value.as_deref(),
                        relative: v.relative,
                        timex: v.timex,
                        reference: v.reference,
                        amount: v.amount,
                        unit: v.unit.as_deref(),
                        span: v.span,
                    })
                    .collect()
            }),
            quotes: fields.quotes.then(|| {
                document
                    .quotes
                    .iter()
                    .map(|q| QuoteJson {
                        text: q.content.text(text),
                        speaker: q.speaker.map(entity_ref),
                        speaker_name: q.speaker.and_then(|id| document.entity(id)).map(|e| e.name.as_str()),
                        source: q.source.map(|s| SourceJson {
                            text: s.text(text),
                            named: q.speaker.is_some() && q.source_as_written(text, &document.mentions).is_none(),
                            span: s,
                        }),
                        cue: q.cue.map(|c| c.text(text)),
                        no_speaker: q.no_speaker.map(|r| r.as_str()),
                        closed: q.closed,
                        span: q.span,
                        content: q.content,
                    })
                    .collect()
            }),
            relations: fields.relations.then(|| {
                document
                    .relations
                    .iter()
                    .map(|r| RelationJson {
                        a: entity_ref(r.a),
                        b: entity_ref(r.b),
                        weight: r.weight,
                        sentences: r.sentences.clone(),
                    })
                    .collect()
            }),
            notices: fields.notices.then_some(document.notices.as_slice()),
        }
    }

    /// The analysis without paragraphs, sentences and tokens: mentions, entities,
    /// values, quotes and relations, for readers that only mark or count them.
    /// (The layout keys stay, empty, as the embed API has always given them.)
    pub fn without_layout(mut self) -> Self {
        self.paragraphs = Some(Vec::new());
        self.sentences = Some(&[]);
        self.tokens = Some(Vec::new());
        self
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
