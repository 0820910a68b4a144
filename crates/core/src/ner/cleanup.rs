//! Span conventions the statistical tagger does not always keep:
//! - titles and functions stay outside person names ("President Vladimir
//!   Putin" → "Vladimir Putin"), from the name lists' titles;
//! - page chrome and forum boilerplate is not an entity ("KEPY™ Posted",
//!   "Recommended Posts", "Share this post"): its words are trimmed from a
//!   mention's edges, and a mention left with none of its own is dropped.

use super::labels::EntityType;
use super::tagger::Mention;

/// Words of web pages and forums around an article, lower case (en, de, es and
/// the other supported languages' most common ones).
const CHROME_WORDS: &[&str] = &[
    "posted", "post", "posts", "recommended", "share", "reply", "replies", "quote", "report", "followers", "follow",
    "members", "member", "join", "subscribe", "login", "log", "sign", "comments", "comment", "likes", "like", "tweet",
    "retweet", "advertisement", "sponsored", "permalink", "edited", "teilen", "antworten", "zitieren", "melden",
    "kommentare", "kommentar", "anmelden", "registrieren", "abonnieren", "gefällt", "werbung", "compartir",
    "responder", "citar", "denunciar", "comentarios", "comentario", "suscribirse", "publicidad", "partager",
    "répondre", "commentaires", "condividi", "rispondi", "commenti", "partilhar", "responder", "delen", "reageren",
];

/// A symbol of trademarks and sites rather than names.
fn is_chrome_symbol(word: &str) -> bool {
    word.chars().all(|c| matches!(c, '™' | '®' | '©' | '|' | '»' | '«' | '•' | '›'))
}

fn is_chrome(word: &str) -> bool {
    is_chrome_symbol(word) || CHROME_WORDS.contains(&word.to_lowercase().trim_end_matches(['™', '®']))
}

/// Applies the conventions to one sentence's mentions. `is_title(i)`: token
/// `i` begins a title or function in the name lists.
pub fn tidy(words: &[&str], mentions: &mut Vec<Mention>, is_title: impl Fn(usize) -> bool) {
    for m in mentions.iter_mut() {
        if m.label == EntityType::PER {
            while m.end - m.start > 1 && is_title(m.start) {
                m.start += 1;
            }
        }
        while m.end > m.start && words.get(m.start).is_some_and(|w| is_chrome(w)) {
            m.start += 1;
        }
        while m.end > m.start && words.get(m.end - 1).is_some_and(|w| is_chrome(w)) {
            m.end -= 1;
        }
        // "KEPY™": a trademark sign glued to a word marks a brand or site name in page chrome.
        if m.end - m.start == 1 && words.get(m.start).is_some_and(|w| w.ends_with(['™', '®'])) {
            m.end = m.start;
        }
    }
    mentions.retain(|m| m.end > m.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(start: usize, end: usize, label: EntityType) -> Mention {
        Mention { start, end, label, confidence: 0.9 }
    }

    #[test]
    fn titles_leave_person_names() {
        let words = ["President", "Vladimir", "Putin", "spoke"];
        let mut found = vec![mention(0, 3, EntityType::PER)];
        tidy(&words, &mut found, |i| i == 0);
        assert_eq!((found[0].start, found[0].end), (1, 3), "the title is outside the name");
        // A title alone, or in an organization's name, stays.
        let mut found = vec![mention(0, 1, EntityType::PER), mention(0, 3, EntityType::ORG)];
        tidy(&words, &mut found, |i| i == 0);
        assert_eq!(found.len(), 2);
        assert_eq!((found[1].start, found[1].end), (0, 3));
    }

    #[test]
    fn page_chrome_is_not_an_entity() {
        let words = ["KEPY™", "Posted", "Recommended", "Posts", "Maduro"];
        let mut found =
            vec![mention(0, 2, EntityType::ORG), mention(2, 4, EntityType::MISC), mention(4, 5, EntityType::PER)];
        tidy(&words, &mut found, |_| false);
        assert_eq!(found, [mention(4, 5, EntityType::PER)]);
    }
}
