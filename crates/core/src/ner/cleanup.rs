//! Span conventions the statistical tagger does not always keep:
//! - titles and functions stay outside person names ("President Vladimir
//!   Putin" → "Vladimir Putin"), from the name lists' titles;
//!   (Page chrome, "Recommended Posts", is found by whole lines after tagging:
//!   resolve::conventions. Trimmed here, its words cut real names: "The
//!   Washington Post" lost its "Post".)
//! - a day or month is a date, not part of a name: "Moscow on Wednesday" →
//!   "Moscow", and "Monday" alone is no place ("Black Friday" stays whole, and
//!   "May" may still be a person).

use super::labels::{EntityType, Mention};

/// What the name lists say about a sentence's tokens.
pub trait TokenLists {
    /// Token `i` begins a title or function ("President").
    fn begins_title(&self, i: usize) -> bool;
    /// Token `i` is a month or weekday name.
    fn is_date_word(&self, i: usize) -> bool;
}

/// Applies the conventions to one sentence's mentions.
pub fn tidy(words: &[&str], mentions: &mut Vec<Mention>, lists: &impl TokenLists) {
    let lowercase = |i: usize| words.get(i).and_then(|w| w.chars().next()).is_some_and(char::is_lowercase);
    for m in mentions.iter_mut() {
        // "Moscow on Wednesday": cut at the lower-case word before the date.
        if m.end - m.start > 2 && lists.is_date_word(m.end - 1) && lowercase(m.end - 2) {
            m.end -= 2;
            while m.end > m.start + 1 && lowercase(m.end - 1) {
                m.end -= 1;
            }
        }
        if m.end - m.start == 1 && m.label != EntityType::PER && lists.is_date_word(m.start) {
            m.end = m.start;
            continue;
        }
        if m.label == EntityType::PER {
            while m.end - m.start > 1 && lists.begins_title(m.start) {
                m.start += 1;
            }
        }
    }
    mentions.retain(|m| m.end > m.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Token lists given as index sets.
    struct Lists(&'static [usize], &'static [usize]);

    impl TokenLists for Lists {
        fn begins_title(&self, i: usize) -> bool {
            self.0.contains(&i)
        }
        fn is_date_word(&self, i: usize) -> bool {
            self.1.contains(&i)
        }
    }

    fn mention(start: usize, end: usize, label: EntityType) -> Mention {
        Mention { start, end, label, confidence: 0.9 }
    }

    #[test]
    fn titles_leave_person_names() {
        let words = ["President", "Vladimir", "Putin", "spoke"];
        let mut found = vec![mention(0, 3, EntityType::PER)];
        tidy(&words, &mut found, &Lists(&[0], &[]));
        assert_eq!((found[0].start, found[0].end), (1, 3), "the title is outside the name");
        // A title alone, or in an organization's name, stays.
        let mut found = vec![mention(0, 1, EntityType::PER), mention(0, 3, EntityType::ORG)];
        tidy(&words, &mut found, &Lists(&[0], &[]));
        assert_eq!(found.len(), 2);
        assert_eq!((found[1].start, found[1].end), (0, 3));
    }

    #[test]
    fn days_and_months_are_not_names() {
        let words = ["Moscow", "on", "Wednesday", "Monday", "Black", "Friday", "May"];
        let mut found = vec![
            mention(0, 3, EntityType::MISC),
            mention(3, 4, EntityType::LOC),
            mention(4, 6, EntityType::MISC),
            mention(6, 7, EntityType::PER),
        ];
        tidy(&words, &mut found, &Lists(&[], &[2, 3, 5, 6]));
        assert_eq!(
            found,
            [mention(0, 1, EntityType::MISC), mention(4, 6, EntityType::MISC), mention(6, 7, EntityType::PER)]
        );
    }
}
