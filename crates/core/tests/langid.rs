//! Language identification over the seven supported languages, including short
//! texts (where trigram profiles alone go wrong) and texts too short to tell.

use gleaner_core::langid::LanguageIdentifier;
use gleaner_core::Language;

#[test]
fn one_news_sentence_per_language() {
    let cases = [
        (Language::En, "Díaz-Canel met Maduro's envoy in Havana on 28 July, the ministry said."),
        (Language::De, "Der Präsident sprach am Mittwoch in Caracas über die neuen Sanktionen."),
        (Language::Es, "El presidente habló el lunes en la capital sobre las nuevas sanciones."),
        (Language::Fr, "Le président a parlé mercredi à Paris des nouvelles sanctions contre le pays."),
        (Language::It, "Il presidente ha parlato mercoledì a Roma delle nuove sanzioni contro il paese."),
        (Language::Pt, "O presidente falou na quarta-feira em Lisboa sobre as novas sanções."),
        (Language::Nl, "De president sprak woensdag in Den Haag over de nieuwe sancties tegen het land."),
    ];
    let identifier = LanguageIdentifier::default();
    for (language, text) in cases {
        let guess = identifier.identify(text);
        assert_eq!(guess.language, Some(language), "{text:?} → {guess:?}");
        assert!(guess.confidence > 0.0 && guess.confidence <= 1.0);
    }
}

#[test]
fn too_short_to_tell_is_unknown() {
    let identifier = LanguageIdentifier::default();
    for text in ["", "Hi.", "Maduro", "Putin, Maduro", "12.000 € 😀"] {
        assert_eq!(identifier.identify(text).language, None, "{text:?}");
    }
}

#[test]
fn short_sentences_full_of_names_are_read_by_their_function_words() {
    let identifier = LanguageIdentifier::default();
    for (text, expected) in [
        ("Angela Merkel met Vladimir Putin in Berlin.", Language::En),
        ("Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday.", Language::En),
        ("Bundeskanzler Olaf Scholz traf Emmanuel Macron am Montag in Paris.", Language::De),
        ("El canciller Olaf Scholz se reunió con Emmanuel Macron en París el lunes.", Language::Es),
        ("Bondskanselier Olaf Scholz ontmoette Emmanuel Macron maandag in Parijs.", Language::Nl),
    ] {
        assert_eq!(identifier.identify(text).language, Some(expected), "{text}");
    }
}

#[test]
fn a_short_line_keeps_the_articles_language_but_a_quoted_paragraph_its_own() {
    let text = "Gezielte Morde an Contras ?\n\nDie Regierung in Managua hat am Mittwoch bestritten, dass ihre Truppen gezielt ehemalige Kämpfer der Contras getötet hätten. Der Innenminister sagte, die Vorwürfe seien haltlos.\n\nThe minister told reporters in English that the allegations were baseless and that the army had not killed anyone.\n\nDie Opposition verlangte eine Untersuchung durch die Vereinten Nationen und unabhängige Beobachter.";
    let document = gleaner_core::Document::analyze(text);
    assert_eq!(document.language.language, Some(Language::De));
    let at = |needle: &str| document.language_at(text.find(needle).expect("in the text"));
    assert_eq!(at("Gezielte"), Some(Language::De), "a German headline that reads as English");
    assert_eq!(at("The minister"), Some(Language::En), "an English paragraph in a German article");
    assert_eq!(at("Die Opposition"), Some(Language::De));
}
