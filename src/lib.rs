//! The browser app: components, file reading, and the bridge to the core.

mod about;
mod across;
mod app;
mod corrections;
mod download;
#[cfg(target_arch = "wasm32")]
mod embed;
mod entities;
mod entity_list;
mod export_menu;
mod files;
mod library;
#[cfg(target_arch = "wasm32")]
mod models;
mod offline;
pub mod protocol;
mod relations;
mod sidebar;
mod summary;
mod text_view;
#[cfg(target_arch = "wasm32")]
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
pub use files::read_file_bytes;
