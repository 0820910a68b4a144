//! The reader's library, kept in the browser (IndexedDB, `store`). Its format
//! and the export file are the core's (`gleaner_core::library`); nothing in it
//! ever leaves the browser unless the reader exports it.

pub use gleaner_core::library::*;
pub mod store;
