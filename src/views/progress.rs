//! A long article's progress while the worker reads it, with a way to cancel,
//! and what cancelling left.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// How far (0..1), and the stage.
    pub progress: Option<(f64, String)>,
    pub cancelled: bool,
    pub on_cancel: Callback<()>,
}

#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    html! {
        <>
        if let Some((done, stage)) = props.progress.clone() {
            <div class="progress-line" role="status" data-testid="progress">
                <progress max="1" value={format!("{done:.3}")} aria-label="Analysis progress"></progress>
                <span>{format!("{stage}… {:.0}%", done * 100.0)}</span>
                <button type="button" data-testid="cancel" onclick={props.on_cancel.reform(|_| ())}>{"Cancel"}</button>
            </div>
        }
        if props.cancelled {
            <p class="notice" role="status" data-testid="cancelled">{"Analysis cancelled. The text is kept; Re-analyze reads it again."}</p>
        }
        </>
    }
}
