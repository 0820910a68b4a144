//! Offline use, the app's side of www/offline.js (which registers the service
//! worker): the models an analysis used are kept for offline use, and a new
//! version of the site, once installed, is offered as a reload between
//! analyses, never in the middle of one.

use gleaner_core::Language;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    // www/offline.js's `window.gleanerOffline`; absent (a file: page, a test build), every call is an Err.
    #[wasm_bindgen(catch, js_namespace = gleanerOffline, js_name = keep)]
    fn keep_paths(paths: Vec<String>) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = gleanerOffline, js_name = updateReady)]
    fn update_ready() -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = gleanerOffline, js_name = applyUpdate)]
    fn apply_update() -> Result<(), JsValue>;
}

/// The event www/offline.js sends on the window when a new version waits.
const UPDATE_EVENT: &str = "gleaner-update-ready";

/// Asks the service worker to keep these languages' entity models for offline use.
pub fn keep_models(languages: &[Language]) {
    if !languages.is_empty() {
        let _ = keep_paths(languages.iter().map(|l| format!("models/ner-{}.glm", l.code())).collect());
    }
}

#[derive(Properties, PartialEq)]
pub struct UpdateNoticeProps {
    /// An analysis is on its way: the offer waits until it is shown.
    pub busy: bool,
}

/// "A new version is ready — reload", once one is installed and no analysis is running.
#[function_component(UpdateNotice)]
pub fn update_notice(props: &UpdateNoticeProps) -> Html {
    let ready = use_state(|| update_ready().unwrap_or(false));
    {
        let ready = ready.setter();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new({
                let ready = ready.clone();
                move || ready.set(true)
            });
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(UPDATE_EVENT, listener.as_ref().unchecked_ref());
            }
            // Announced between the first render and the listener: asked again now.
            if update_ready().unwrap_or(false) {
                ready.set(true);
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback(UPDATE_EVENT, listener.as_ref().unchecked_ref());
                }
            }
        });
    }
    if !*ready || props.busy {
        return html! {};
    }
    html! {
        <p class="update" role="status" data-testid="update">
            {"A new version of Gleaner is ready. "}
            <button type="button" data-testid="update-reload" onclick={Callback::from(|_: MouseEvent| { let _ = apply_update(); })}>
                {"Reload"}
            </button>
        </p>
    }
}
