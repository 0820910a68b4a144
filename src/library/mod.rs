//! The reader's library, kept in the browser (IndexedDB, `store`). Its format
//! and the export file are the core's (`gleaner_core::library`); nothing in it
//! ever leaves the browser unless the reader exports it.

pub use gleaner_core::library::*;
pub mod download;
pub mod files;
mod shelf;
pub mod store;

pub use shelf::Shelf;

/// The library as components receive it: equal when it is the same copy. The
/// page publishes a new copy on every change, and comparing the texts (a 10 MB
/// article) at every render of the page cost seconds.
#[derive(Clone)]
pub struct Articles(pub std::rc::Rc<Vec<Article>>);

impl PartialEq for Articles {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Articles {
    type Target = Vec<Article>;
    fn deref(&self) -> &Vec<Article> {
        &self.0
    }
}
