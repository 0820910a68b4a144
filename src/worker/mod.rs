//! The analysis worker and the page's bridge to it. `engine` runs in the
//! worker (the pipeline and the models, `models`); `protocol` is what the two
//! sides send each other.

pub mod bridge;
#[cfg(target_arch = "wasm32")]
mod engine;
#[cfg(target_arch = "wasm32")]
pub(crate) mod models;
pub mod protocol;

#[cfg(target_arch = "wasm32")]
pub use engine::start;
