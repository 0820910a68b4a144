//! The tag set: BIO over the CoNLL entity types, and the mention a sentence's tags spell.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum EntityType {
    PER,
    ORG,
    LOC,
    MISC,
}

impl EntityType {
    pub const ALL: [EntityType; 4] = [EntityType::PER, EntityType::ORG, EntityType::LOC, EntityType::MISC];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::PER => "PER",
            EntityType::ORG => "ORG",
            EntityType::LOC => "LOC",
            EntityType::MISC => "MISC",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Tag `0` is O; then B-type and I-type for each type, in `types` order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labels {
    pub types: Vec<EntityType>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Outside,
    Begin(EntityType),
    Inside(EntityType),
}

impl Labels {
    pub fn new(types: Vec<EntityType>) -> Labels {
        Labels { types }
    }

    pub fn len(&self) -> usize {
        1 + 2 * self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    pub fn tag(&self, index: usize) -> Tag {
        if index == 0 {
            return Tag::Outside;
        }
        let t = self.types[(index - 1) / 2];
        if (index - 1).is_multiple_of(2) {
            Tag::Begin(t)
        } else {
            Tag::Inside(t)
        }
    }

    /// The index of an IOB2 tag string ("B-PER"); `None` for a type this set lacks.
    pub fn index_of(&self, tag: &str) -> Option<usize> {
        if tag == "O" {
            return Some(0);
        }
        let (prefix, name) = tag.split_once('-')?;
        let position = self.types.iter().position(|t| t.as_str() == name)?;
        match prefix {
            "B" => Some(1 + 2 * position),
            "I" => Some(2 + 2 * position),
            _ => None,
        }
    }

    /// Whether `to` may follow `from` (`None`: sentence start) in IOB2.
    pub fn allowed(&self, from: Option<usize>, to: usize) -> bool {
        match self.tag(to) {
            Tag::Inside(t) => from.is_some_and(|f| matches!(self.tag(f), Tag::Begin(u) | Tag::Inside(u) if u == t)),
            _ => true,
        }
    }
}

/// A mention over tokens `start..end` of a sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: EntityType,
    /// Mean marginal probability of the mention's tags, 0..1.
    pub confidence: f32,
}
