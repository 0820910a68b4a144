//! Page chrome: the parts of a pasted page that are not the story, whose names
//! are no names of it. Found by whole lines (or a line's opening), never by
//! words inside running text: "The Washington Post reported" keeps its name.
//! - a byline at the top ("By Jane Doe");
//! - a row of share buttons ("Share on Facebook | Share on Twitter");
//! - a short line of forum or page words ("Recommended Posts", "Reply Quote");
//! - a forum post's header at a line's start: the poster's name, then "Posted"
//!   and a date ("KEPY™ Posted September 26, 2019").

use super::keys::fold;
use crate::mention::Mention;
use crate::segment::token::Token;
use crate::text::Span;

/// Drops the mentions inside page chrome, and takes chrome tokens off the edges
/// of a mention that runs into it.
pub fn remove(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let mut chrome = bylines(text);
    chrome.extend(share_lines(text));
    chrome.extend(chrome_lines(text));
    chrome.extend(post_headers(text));
    if chrome.is_empty() {
        return;
    }
    let in_chrome =
        |i: usize| tokens.get(i).is_some_and(|t| chrome.iter().any(|c| c.start <= t.span.start && t.span.end <= c.end));
    for m in mentions.iter_mut() {
        let (mut first, mut end) = m.tokens;
        while first < end && in_chrome(first) {
            first += 1;
        }
        while end > first && in_chrome(end - 1) {
            end -= 1;
        }
        if (first, end) != m.tokens && first < end {
            m.span = crate::mention::tokens_span(tokens, first, end);
        }
        m.tokens = (first, end);
    }
    mentions.retain(|m| m.tokens.1 > m.tokens.0);
}

/// Each line of `text` with its byte offset.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len();
        Some((start, line))
    })
}

/// Words that open a byline. (German "Von", Italian "Di" and Dutch "Door" are
/// left out: they begin names too, von der Leyen, Di Maio.)
const BYLINE_OPENERS: &[&str] = &["By", "BY", "Por", "POR", "Par", "PAR"];

/// Lines looked at for a byline: the top of the article.
const BYLINE_LINES: usize = 6;

/// Byline spans at the top of `text`: a short line that opens with "By", "Por",
/// "Von"… and a capitalized name ("By Jane Doe", "Por Ana Pérez | EFE"). The
/// author is page chrome, not an actor of the story.
pub(super) fn bylines(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut seen = 0;
    for (start, line) in lines(text) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        seen += 1;
        // The opener, then two to five capitalized words (the name, an agency), separators aside.
        let mut words = trimmed.split_whitespace();
        let opens = words.next().is_some_and(|w| BYLINE_OPENERS.contains(&w));
        let name: Vec<&str> =
            words.filter(|w| !matches!(*w, "|" | "-" | "–" | "—" | "/" | "and" | "y" | "et")).collect();
        let named = (2..=5).contains(&name.len())
            && name.iter().all(|w| w.trim_start_matches(['(', '@']).chars().next().is_some_and(char::is_uppercase));
        if opens && named && !trimmed.ends_with(['.', '!', '?']) {
            spans.push(Span::bytes(start, start + line.trim_end().len()));
        }
        if seen == BYLINE_LINES {
            break;
        }
    }
    spans
}

/// Words that make a line a row of share buttons, folded: a verb of sharing…
const SHARE_VERBS: &[&str] = &[
    "share",
    "tweet",
    "email",
    "e mail",
    "print",
    "follow",
    "pin",
    "teilen",
    "twittern",
    "drucken",
    "folgen",
    "compartir",
    "comparte",
    "imprimir",
    "enviar",
    "seguir",
    "siguenos",
    "partager",
    "imprimer",
    "suivre",
    "condividi",
    "stampa",
    "segui",
    "partilhar",
    "compartilhar",
    "delen",
    "volg",
    "afdrukken",
];

/// …the places one shares to…
const SHARE_PLATFORMS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "telegram",
    "reddit",
    "pinterest",
    "messenger",
    "flipboard",
    "mail",
    "instagram",
    "youtube",
    "tiktok",
    "threads",
    "bluesky",
    "mastodon",
    "xing",
    "copy",
    "link",
];

/// …and the small words between them.
const SHARE_FILLERS: &[&str] = &[
    "on", "via", "this", "the", "article", "story", "us", "page", "to", "by", "auf", "per", "den", "artikel", "diesen",
    "uns", "sie", "en", "por", "este", "articulo", "la", "noticia", "nos", "sur", "cet", "su", "em", "op", "dit",
    "artikel", "and", "und", "y", "et", "e", "o", "or", "oder",
];

/// Lines that are only share buttons ("Share on Facebook Share on Twitter",
/// "Compartir en WhatsApp", "Teilen per E-Mail"): short, with a verb of
/// sharing, and nothing but those words, platforms and fillers.
pub(super) fn share_lines(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    for (start, line) in lines(text) {
        let words: Vec<String> = line
            .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•' | ','))
            .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .filter(|w| !w.is_empty())
            .collect();
        let is_word = |w: &String, list: &[&str]| list.contains(&w.as_str());
        let shares = words.iter().any(|w| is_word(w, SHARE_VERBS));
        let only_buttons =
            words.iter().all(|w| is_word(w, SHARE_VERBS) || is_word(w, SHARE_PLATFORMS) || is_word(w, SHARE_FILLERS));
        if shares && only_buttons && words.len() <= 16 {
            spans.push(Span::bytes(start, start + line.trim_end().len()));
        }
    }
    spans
}

/// Words of web pages and forums around an article, lower case (en, de, es and
/// the other supported languages' most common ones): chrome only where a whole
/// short line is made of them ("Recommended Posts", "Reply Quote Report").
const CHROME_WORDS: &[&str] = &[
    "posted",
    "post",
    "posts",
    "recommended",
    "share",
    "reply",
    "replies",
    "quote",
    "report",
    "followers",
    "follow",
    "members",
    "member",
    "join",
    "subscribe",
    "login",
    "log",
    "sign",
    "comments",
    "comment",
    "likes",
    "like",
    "tweet",
    "retweet",
    "advertisement",
    "sponsored",
    "permalink",
    "edited",
    "teilen",
    "antworten",
    "zitieren",
    "melden",
    "kommentare",
    "kommentar",
    "anmelden",
    "registrieren",
    "abonnieren",
    "gefällt",
    "werbung",
    "compartir",
    "responder",
    "citar",
    "denunciar",
    "comentarios",
    "comentario",
    "suscribirse",
    "publicidad",
    "partager",
    "répondre",
    "commentaires",
    "condividi",
    "rispondi",
    "commenti",
    "partilhar",
    "responder",
    "delen",
    "reageren",
];

/// Lines read as chrome by their words: at most this many.
const CHROME_LINE_WORDS: usize = 8;

/// Short lines made of page and forum words, numbers and symbols, with at least one
/// page word: "Recommended Posts", "Share this post", "Reply · Quote · Report", "12 comments".
fn chrome_lines(text: &str) -> Vec<Span> {
    // The lists folded once (gefällt → gefallt), not at every comparison.
    static FOLDED: std::sync::OnceLock<(Vec<String>, Vec<String>)> = std::sync::OnceLock::new();
    let (chrome_words, fillers) = FOLDED.get_or_init(|| {
        (CHROME_WORDS.iter().map(|w| fold(w)).collect(), SHARE_FILLERS.iter().map(|w| fold(w)).collect())
    });
    let is_in = |word: &str, list: &[String]| list.iter().any(|w| w == word);
    let mut spans = Vec::new();
    for (start, line) in lines(text) {
        // Words are folded only on short lines: a 10 MB article is mostly long ones.
        if line.split_whitespace().nth(CHROME_LINE_WORDS).is_some() {
            continue;
        }
        let words: Vec<String> = line.split_whitespace().map(fold).filter(|w| !w.is_empty()).collect();
        let chrome = words.iter().filter(|w| is_in(w, chrome_words)).count();
        let rest_is_filler = words
            .iter()
            .all(|w| is_in(w, chrome_words) || is_in(w, fillers) || w.chars().all(|c| c.is_ascii_digit() || c == ' '));
        if chrome > 0 && words.len() <= CHROME_LINE_WORDS && rest_is_filler {
            spans.push(Span::bytes(start, start + line.trim_end().len()));
        }
    }
    spans
}

/// The word that opens a forum post's date, capitalized as forum software writes it.
const POSTED: &[&str] = &["Posted", "Gepostet", "Publicado", "Publicada", "Publié", "Pubblicato", "Geplaatst"];

/// Words a poster's name may have before "Posted".
const POSTER_WORDS: usize = 3;

/// Words a post's date may take after "Posted" ("September 26, 2019", "26 sep 2019 10:32").
const DATE_WORDS: usize = 6;

/// Month names' first three letters, folded, in the supported languages (jan, feb, mär → mar, févr → fev, …).
const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "mai", "jun", "jul", "aug", "sep", "oct", "okt", "nov", "dec", "dez", "ene",
    "abr", "ago", "dic", "fev", "set", "out", "gen", "mag", "giu", "lug", "ott", "avr", "jui", "aou", "mrt", "mei",
];

/// The small words of a written date: "on September 26", "am 3. Oktober", "el 26 de septiembre", "at 10:32".
const DATE_JOINERS: &[&str] =
    &["on", "at", "of", "the", "am", "um", "de", "del", "el", "le", "il", "a", "las", "los", "om", "op", "em"];

/// Words of a line read for a header: a name, and "Posted" with its date, twice over.
const HEADER_WORDS: usize = POSTER_WORDS + 3 * (DATE_WORDS + 3);

/// A forum post's header at a line's start: a short name, then "Posted" and a date
/// ending in a year or a clock time, maybe twice ("KEPY™ Posted September 26, 2019
/// Posted September 26, 2019"). The name is the poster's, not one in the story.
fn post_headers(text: &str) -> Vec<Span> {
    // Between "Posted" and the year only a date's own words: a day, a month, a joiner, a weekday.
    let in_a_date = |w: &str| {
        let w = fold(w);
        let day = (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
            || ["st", "nd", "rd", "th"].iter().any(|s| {
                w.strip_suffix(s).is_some_and(|d| (1..=2).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit()))
            });
        let month = w.len() >= 3
            && w.chars().all(char::is_alphabetic)
            && MONTHS.contains(&&w[..w.char_indices().nth(3).map_or(w.len(), |(i, _)| i)]);
        day || month || DATE_JOINERS.contains(&w.as_str())
    };
    let ends_a_date = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let year =
            w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20"));
        let clock = w.split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && h.chars().all(|c| c.is_ascii_digit())
                && m.len() == 2
                && m.chars().all(|c| c.is_ascii_digit())
        });
        year || clock
    };
    let mut spans = Vec::new();
    for (start, line) in lines(text) {
        // A header is short: its words are all among a line's first few.
        let words: Vec<(usize, &str)> = line
            .split_whitespace()
            .take(HEADER_WORDS)
            .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
            .collect();
        let is_posted = |w: &str| POSTED.contains(&w.trim_end_matches(':'));
        let Some(mut i) = words.iter().take(POSTER_WORDS + 1).position(|(_, w)| is_posted(w)) else { continue };
        let mut end = None;
        while words.get(i).is_some_and(|(_, w)| is_posted(w)) {
            let Some(mut k) = (i + 1..(i + 1 + DATE_WORDS).min(words.len())).find(|&k| ends_a_date(words[k].1)) else {
                break;
            };
            if !words[i + 1..k].iter().all(|(_, w)| in_a_date(w)) {
                break; // "Posted to Iraq in 2003": a sentence, not a post's date
            }
            // "2024 10:32", "10:32 Uhr", "10:32 pm": the time belongs to the date.
            while words
                .get(k + 1)
                .is_some_and(|(_, w)| ends_a_date(w) || matches!(*w, "Uhr" | "am" | "pm" | "AM" | "PM" | "h"))
            {
                k += 1;
            }
            end = Some(words[k].0 + words[k].1.len());
            i = k + 1;
        }
        if let Some(end) = end {
            spans.push(Span::bytes(start, start + end));
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(found: Vec<Span>, text: &str) -> Vec<&str> {
        found.iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn a_forum_header_is_chrome_up_to_its_date() {
        let text = "KEPY™ Posted September 26, 2019 Posted September 26, 2019 Nicolás Maduro wants allies.\nRecommended Posts\n";
        assert_eq!(spans(post_headers(text), text), ["KEPY™ Posted September 26, 2019 Posted September 26, 2019"]);
        assert_eq!(spans(chrome_lines(text), text), ["Recommended Posts"]);
        let text = "maria_g Gepostet 3. Oktober 2024 10:32\nDie Regierung in Berlin.";
        assert_eq!(spans(post_headers(text), text), ["maria_g Gepostet 3. Oktober 2024 10:32"]);
    }

    #[test]
    fn running_text_is_never_chrome() {
        for text in [
            "The Washington Post reported on Monday that the talks had failed.",
            "Reporters at the Jerusalem Post said the shares of Nike® rose.",
            "Smith posted 2019 results on Monday.",
            "Posted without a date, this line stays.",
            "Posted to Iraq in 2003, Smith oversaw the handover.",
            "Apple Posted Record Profits in 2019",
            "Publicado en Caracas en 2019, el informe fue citado.",
            "Share prices in Moscow rose 12 percent.",
        ] {
            assert!(post_headers(text).is_empty(), "{text}");
            assert!(chrome_lines(text).is_empty(), "{text}");
        }
        let text = "Reply · Quote · Report\n12 comments\nShare this post";
        assert_eq!(chrome_lines(text).len(), 3);
    }
}
