//! The product's label set, one for every language (see DESIGN.md): the
//! tagger's CoNLL types refined by resolution (NORP), and the value types.

use crate::ner::EntityType;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Label {
    PER,
    ORG,
    LOC,
    NORP,
    MISC,
    DATE,
    TIME,
    MONEY,
    PERCENT,
    QUANTITY,
}

impl Label {
    pub const NAMES: [Label; 5] = [Label::PER, Label::ORG, Label::LOC, Label::NORP, Label::MISC];
    pub const VALUES: [Label; 5] = [Label::DATE, Label::TIME, Label::MONEY, Label::PERCENT, Label::QUANTITY];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::PER => "PER",
            Label::ORG => "ORG",
            Label::LOC => "LOC",
            Label::NORP => "NORP",
            Label::MISC => "MISC",
            Label::DATE => "DATE",
            Label::TIME => "TIME",
            Label::MONEY => "MONEY",
            Label::PERCENT => "PERCENT",
            Label::QUANTITY => "QUANTITY",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        Label::NAMES.into_iter().chain(Label::VALUES).find(|l| l.as_str() == s)
    }

    /// The CoNLL type this label is scored as: NORP counts as MISC; values are not scored.
    pub fn conll(self) -> Option<EntityType> {
        match self {
            Label::PER => Some(EntityType::PER),
            Label::ORG => Some(EntityType::ORG),
            Label::LOC => Some(EntityType::LOC),
            Label::NORP | Label::MISC => Some(EntityType::MISC),
            _ => None,
        }
    }

    /// A reader's word for the type, plural.
    /// What one of them is, in words: "person", "amount of money".
    pub fn name(self) -> &'static str {
        match self {
            Label::PER => "person",
            Label::ORG => "organization",
            Label::LOC => "place",
            Label::NORP => "nationality or group",
            Label::MISC => "other name",
            Label::DATE => "date",
            Label::TIME => "time",
            Label::MONEY => "amount of money",
            Label::PERCENT => "percentage",
            Label::QUANTITY => "quantity",
        }
    }

    pub fn plural_name(self) -> &'static str {
        match self {
            Label::PER => "people",
            Label::ORG => "organizations",
            Label::LOC => "places",
            Label::NORP => "nationalities and groups",
            Label::MISC => "other names",
            Label::DATE => "dates",
            Label::TIME => "times",
            Label::MONEY => "amounts of money",
            Label::PERCENT => "percentages",
            Label::QUANTITY => "quantities",
        }
    }
}

impl From<EntityType> for Label {
    fn from(t: EntityType) -> Label {
        match t {
            EntityType::PER => Label::PER,
            EntityType::ORG => Label::ORG,
            EntityType::LOC => Label::LOC,
            EntityType::MISC => Label::MISC,
        }
    }
}
