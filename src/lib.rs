//! The browser app, in rooms (docs/ARCHITECTURE.md): `app` wires them together,
//! `views` draws, `worker` runs the analysis off the page's thread and is the
//! page's bridge to it, `library` keeps the reader's articles and files, and
//! `embed` answers the embed API inside the worker.

mod app;
#[cfg(target_arch = "wasm32")]
mod embed;
mod library;
mod views;
pub mod worker;

pub use app::App;

use gleaner_core::Document;
use std::rc::Rc;

/// An analyzed document shared between components; equal when it is the same analysis.
#[derive(Clone)]
pub struct SharedDocument(pub Rc<Document>);

impl PartialEq for SharedDocument {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedDocument {
    type Target = Document;
    fn deref(&self) -> &Document {
        &self.0
    }
}
pub use library::files::read_file_bytes;
