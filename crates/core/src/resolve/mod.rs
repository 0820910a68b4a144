//! Resolution: mentions → entities (aliases inside an article, across articles
//! and languages through the place lexicon), and nationalities (NORP).

pub mod corpus;
pub mod entities;
pub mod keys;
pub mod lexicon;
pub mod norp;
pub mod recover;

pub use corpus::{resolve_corpus, Presence};
pub use entities::{Entity, Link};
pub use lexicon::{Lexicon, LexiconError, Place, PlaceKind};
