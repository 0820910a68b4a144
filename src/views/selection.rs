//! Where the reader's selection and keyboard focus are in the highlighted text:
//! the DOM's side of correcting (the corrections themselves are the core's).

use gleaner_core::correct::byte_offset;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::NodeRef;

/// The words the reader selected, as byte offsets into `text`: in the
/// highlighted text (whose characters are the text's, in order), else in the
/// text box when it holds the same text.
pub fn selected_words(text: &str, text_box: &NodeRef) -> Option<(usize, usize)> {
    let document = web_sys::window()?.document()?;
    let from_view = (|| {
        let selection = web_sys::window()?.get_selection().ok()??;
        let container = document.query_selector("[data-testid=text]").ok()??;
        let (anchor, focus) = (selection.anchor_node()?, selection.focus_node()?);
        if selection.is_collapsed() || !container.contains(Some(&anchor)) || !container.contains(Some(&focus)) {
            return None;
        }
        let units_to = |node: &web_sys::Node, offset: u32| -> Option<usize> {
            let range = document.create_range().ok()?;
            range.set_start(&container, 0).ok()?;
            range.set_end(node, offset).ok()?;
            Some(String::from(range.to_string()).encode_utf16().count())
        };
        let a = units_to(&anchor, selection.anchor_offset())?;
        let b = units_to(&focus, selection.focus_offset())?;
        Some((a.min(b), a.max(b)))
    })();
    let (a, b) = from_view.or_else(|| {
        let area = text_box.cast::<HtmlTextAreaElement>()?;
        let (a, b) = (area.selection_start().ok()??, area.selection_end().ok()??);
        (a != b && area.value() == text).then_some((a as usize, b as usize))
    })?;
    Some((byte_offset(text, a), byte_offset(text, b)))
}

/// Focuses the name at or after byte `start` in the highlighted text (after a
/// correction re-drew it), so the keyboard goes on where it was.
pub fn focus_name_at(start: usize) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(marks) = document.query_selector_all("[data-testid=text] mark.ent[data-source]") else { return };
    // The first name from there on, if it is drawn; never an unrelated one before it.
    for i in 0..marks.length() {
        let Some(mark) = marks.get(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        let at = mark.get_attribute("data-start").and_then(|s| s.parse::<usize>().ok()).unwrap_or(0);
        if at >= start {
            let _ = mark.focus();
            return;
        }
    }
}

/// The index of the highlighted name that has the keyboard's focus, if one has.
pub fn focused_mention() -> Option<usize> {
    let focused = web_sys::window()?.document()?.active_element()?;
    focused.closest("[data-testid=text]").ok()??;
    focused.get_attribute("data-mention")?.parse().ok()
}
