//! Each date, time or amount with its normalized value, in words.

use gleaner_core::values::in_words::value_in_words;
use gleaner_core::Document;
use yew::prelude::*;

/// The first `shown` values of `doc`. (A function, not a component: it keeps no state.)
pub fn value_list(doc: &Document, shown: usize) -> Html {
    html! {
        <>
            if !doc.values.is_empty() {
                <h2>{"Dates and amounts"}</h2>
                <table class="value-table" data-testid="values">
                    <thead><tr><th scope="col">{"Text"}</th><th scope="col">{"Type"}</th><th scope="col">{"Value"}</th></tr></thead>
                    <tbody>
                        { for doc.values.iter().take(shown).map(|v| html! {
                            <tr data-testid="value">
                                <td>{v.span.text(&doc.text)}</td>
                                <td>{v.label.as_str()}</td>
                                <td class="normalized" data-value={v.value.clone()}>{value_in_words(v)}</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </>
    }
}
