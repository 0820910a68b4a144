//! "About the models": what each entity model was trained on and the licenses
//! it inherits, so a site owner knows what they are hosting.

use yew::prelude::*;

/// (language, training data and its license, word clusters and their license).
const MODELS: &[(&str, &str, &str)] = &[
    (
        "English",
        "CoNLL-2003 (Reuters news): research use only; WikiNEuRal (Wikipedia, silver): CC BY-NC-SA 4.0",
        "GloVe 6B word clusters (Wikipedia + Gigaword): PDDL 1.0",
    ),
    (
        "German",
        "CoNLL-2003 (Frankfurter Rundschau): research use only; GermEval 2014: CC BY 4.0; WikiNEuRal (Wikipedia, \
         silver): CC BY-NC-SA 4.0",
        "ParlaMint-AT debates and public-domain novels: CC BY 4.0",
    ),
    ("Spanish", "CoNLL-2002 (EFE news): research use only, no commercial use", "none (they gave no measurable gain)"),
    (
        "Dutch",
        "CoNLL-2002 (De Morgen): research use only, no commercial use; WikiNEuRal (Wikipedia, silver): CC BY-NC-SA 4.0",
        "Dutch national laws: public domain",
    ),
    ("Portuguese", "Universal NER (Bosque): CC BY-SA 4.0", "Portuguese Wikipedia: CC BY-SA 3.0"),
];

const NAME_LISTS: &str = "Name lists in every model: faker (MIT), CLDR (Unicode-3.0), i18n-iso-countries and \
    i18n-nationality (MIT), iso-codes (LGPL-2.1), GLEIF legal forms (CC0), pytickersymbols (MIT), and city names \
    from GeoNames (CC BY 4.0: contains data from GeoNames, geonames.org).";

const TYPED_NAMES: &str = "Typed-name lists in every model: the person, organization, place and other names of the \
    other languages' training corpora (CoNLL-2003 and CoNLL-2002: research use only, no commercial use; Universal \
    NER: CC BY-SA 4.0) and of WikiANN (no license stated by its creators; derived from Wikipedia, CC BY-SA), \
    stored as hashes. Every model therefore inherits all of these terms.";

const PLACE_LEXICON: &str = "The place lexicon that links countries, cities and nationalities across languages: \
    CLDR (Unicode-3.0), i18n-iso-countries and i18n-nationality (MIT), iso-codes (LGPL-2.1), hand-written and \
    rule-generated demonyms, and city names from GeoNames (CC BY 4.0: contains data from GeoNames, geonames.org).";

#[function_component(AboutModels)]
pub fn about_models() -> Html {
    html! {
        <details class="about-models" data-testid="about-models">
            <summary>{"About the models"}</summary>
            <p>{"The entity models are trained from annotated news corpora, some of which allow research and \
                non-commercial use only; the models inherit those terms. A site with commercial terms can build \
                its own from openly licensed data with "}<code>{"gleaner-train train --open-data"}</code>{"."}</p>
            <table>
                <thead><tr><th scope="col">{"Model"}</th><th scope="col">{"Trained on"}</th><th scope="col">{"Word clusters"}</th></tr></thead>
                <tbody>
                    { for MODELS.iter().map(|(language, data, clusters)| html! {
                        <tr><th scope="row">{*language}</th><td>{*data}</td><td>{*clusters}</td></tr>
                    }) }
                </tbody>
            </table>
            <p>{NAME_LISTS}</p>
            <p>{TYPED_NAMES}</p>
            <p>{PLACE_LEXICON}</p>
        </details>
    }
}
