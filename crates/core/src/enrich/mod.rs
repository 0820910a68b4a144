//! Enrichment over resolved entities: who appears with whom (relations) and
//! how central each entity is to the article (salience).

pub mod relations;
pub mod salience;

pub use relations::{find_relations, Relation};
pub use salience::score_salience;
