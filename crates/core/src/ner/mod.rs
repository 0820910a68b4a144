//! Named-entity tagging: tokens → PER/ORG/LOC/MISC mentions with a confidence.
//! A first-order linear model (trained offline by `crates/train` as a
//! structured averaged perceptron) over hashed features, decoded with Viterbi.

pub mod cleanup;
pub mod clusters;
pub mod consistency;
pub mod features;
pub mod gazetteer;
pub mod key_index;
pub mod labels;
pub mod model;
pub mod tagger;
pub mod weights;

pub use clusters::WordClusters;
pub use features::DocumentContext;
pub use gazetteer::Gazetteer;
pub use labels::{EntityType, Labels, Mention};
pub use model::{Model, ModelError};
pub use tagger::Tagger;
pub use weights::Weights;
