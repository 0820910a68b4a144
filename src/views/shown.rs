//! What many views read: the analysis on show, given as a context by the app.

use crate::worker::bridge::Analysis;

#[derive(Clone, Default, PartialEq)]
pub struct Shown {
    /// The worker's newest answer (it may be of an older text while the new one is read).
    pub analysis: Option<Analysis>,
    /// It is the analysis of the text now in the text box.
    pub fresh: bool,
}
