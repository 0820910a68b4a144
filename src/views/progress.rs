//! A long article's progress while the worker reads it, with a way to cancel,
//! and what cancelling left.

use yew::prelude::*;

/// `progress`: how far (0..1), and the stage. (A function, not a component: it keeps no state.)
pub fn progress_line(progress: Option<(f64, String)>, cancelled: bool, on_cancel: &Callback<()>) -> Html {
    html! {
        <>
        if let Some((done, stage)) = progress {
            <div class="progress-line" role="status" data-testid="progress">
                <progress max="1" value={format!("{done:.3}")} aria-label="Analysis progress"></progress>
                <span>{format!("{stage}… {:.0}%", done * 100.0)}</span>
                <button type="button" data-testid="cancel" onclick={on_cancel.reform(|_| ())}>{"Cancel"}</button>
            </div>
        }
        if cancelled {
            <p class="notice" role="status" data-testid="cancelled">{"Analysis cancelled. The text is kept; Re-analyze reads it again."}</p>
        }
        </>
    }
}
