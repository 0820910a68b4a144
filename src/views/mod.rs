//! The workspace's components, one a file: each takes props and sends what the
//! reader did as callbacks; none reaches into the worker or the storage.

pub mod about;
pub mod across;
pub mod article_head;
pub mod corrections;
pub mod entities;
pub mod entity_list;
pub mod export_menu;
pub mod input_panel;
pub mod progress;
pub mod quotes;
pub mod relations;
pub mod results;
pub mod selection;
pub mod shown;
pub mod sidebar;
pub mod summary;
pub mod text_view;
pub mod values;
