//! Tokens that Unicode word boundaries would shred: URLs, e-mail addresses,
//! @handles and #hashtags. Each scanner returns the byte length it matched.

/// A URL starting at the beginning of `s` ("https://…", "www.…"), trimmed of
/// the punctuation that closes the sentence around it.
pub fn url_len(s: &str) -> Option<usize> {
    let lower_prefix = |p: &str| s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    let scheme = ["https://", "http://", "ftp://", "www."].into_iter().find(|p| lower_prefix(p))?;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if c.is_whitespace()
            || c.is_control()
            || matches!(c, '<' | '>' | '"' | '“' | '”' | '«' | '»' | '‹' | '›' | '„' | '`')
        {
            break;
        }
        end = i + c.len_utf8();
    }
    end = trim_url_end(&s[..end]);
    (end > scheme.len()).then_some(end)
}

/// Drops trailing punctuation, keeping a closing bracket that closes one inside
/// the URL (en.wikipedia.org/wiki/Sebald_(writer)).
fn trim_url_end(url: &str) -> usize {
    let mut end = url.len();
    while let Some(c) = url[..end].chars().next_back() {
        let closes_inner = |open: char, close: char| {
            c == close && url[..end].matches(open).count() >= url[..end].matches(close).count()
        };
        let keep = closes_inner('(', ')') || closes_inner('[', ']');
        if !keep && matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | ')' | ']' | '}') {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// "@name" (letters, digits, underscore), when `@` starts `s`.
pub fn handle_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('@')?;
    let n = rest
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '_')
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    Some(1 + n)
}

/// "#tag" (letters of any script, digits, underscore), with at least one letter.
pub fn hashtag_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('#')?;
    let mut n = 0;
    let mut has_letter = false;
    for (i, c) in rest.char_indices() {
        if c.is_alphanumeric() || c == '_' {
            has_letter |= c.is_alphabetic();
            n = i + c.len_utf8();
        } else {
            break;
        }
    }
    (has_letter && n > 0).then_some(1 + n)
}

/// The domain after the `@` of an e-mail address: labels of letters, digits and
/// hyphens joined by dots, ending in a top-level domain of two or more letters.
pub fn email_domain_len(s: &str) -> Option<usize> {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() || c == '-' || c == '.' {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    let domain = s[..end].trim_end_matches(['.', '-']);
    let (_, tld) = domain.rsplit_once('.')?;
    let ok = tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic) && !domain.starts_with('.');
    ok.then_some(domain.len())
}

/// Where the local part of an e-mail address would start, given the text before its `@`.
pub fn email_local_start(before: &str) -> Option<usize> {
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '.' | '_' | '+' | '-'))
        .last()
        .map(|(i, _)| i)?;
    let local = &before[start..];
    (!local.starts_with('.') && local.chars().any(char::is_alphanumeric)).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_stop_at_space_and_drop_closing_punctuation() {
        assert_eq!(url_len("https://x.org/a?b=1. Next"), Some("https://x.org/a?b=1".len()));
        assert_eq!(url_len("www.tass.ru),"), Some("www.tass.ru".len()));
        assert_eq!(url_len("https://en.wikipedia.org/wiki/A_(b)."), Some("https://en.wikipedia.org/wiki/A_(b)".len()));
        assert_eq!(url_len("http://"), None);
        assert_eq!(url_len("hello"), None);
    }

    #[test]
    fn handles_hashtags_and_email_parts() {
        assert_eq!(handle_len("@dpa_news: hi"), Some(9));
        assert_eq!(handle_len("@ x"), None);
        assert_eq!(hashtag_len("#Venezuela2019!"), Some(14));
        assert_eq!(hashtag_len("#1"), None);
        assert_eq!(email_domain_len("example.com."), Some(11));
        assert_eq!(email_domain_len("localhost"), None);
        assert_eq!(email_local_start("write to jane.doe"), Some(9));
    }
}
