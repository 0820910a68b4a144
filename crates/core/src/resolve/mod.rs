//! Resolution: mentions → entities (aliases inside an article, across articles
//! and languages through the place lexicon), and nationalities (NORP).

pub mod chrome;
pub mod compounds;
pub mod conventions;
pub mod entities;
pub mod headlines;
pub mod keys;
pub mod kinds;
pub mod lexicon;
pub mod norp;
pub mod particles;
pub mod recover;
pub(crate) mod union_find;

pub use entities::{Entity, Link, Presence};
pub use lexicon::{Lexicon, LexiconError, Place, PlaceKind};
