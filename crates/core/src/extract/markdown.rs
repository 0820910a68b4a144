//! The text a reader sees in a Markdown file: headings and paragraphs kept as
//! paragraphs, the markup dropped. Inline HTML or scripts stay inert words.

use super::extracted::Extracted;

/// The text of a Markdown document: one paragraph per block, separated by blank lines.
pub fn markdown(source: &str) -> Extracted {
    let mut title = None;
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut lines = source.lines().peekable();
    let end_paragraph = |current: &mut Vec<String>, paragraphs: &mut Vec<String>| {
        if !current.is_empty() {
            paragraphs.push(current.join("\n"));
            current.clear();
        }
    };

    // Front matter: `---` … `---` at the very start; only its title is kept.
    if lines.peek().map(|l| l.trim_end()) == Some("---") {
        let mut front: Vec<&str> = Vec::new();
        let mut closed = false;
        for line in lines.by_ref().skip(1) {
            if matches!(line.trim_end(), "---" | "...") {
                closed = true;
                break;
            }
            front.push(line);
        }
        if closed {
            title = front.iter().find_map(|l| l.strip_prefix("title:")).map(|t| unquote(t.trim()).to_string());
        } else {
            // Not front matter after all: read those lines as text.
            lines = source.lines().peekable();
        }
    }

    let mut fence: Option<&str> = None;
    while let Some(raw) = lines.next() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if let Some(open) = fence {
            if trimmed.starts_with(open) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            end_paragraph(&mut current, &mut paragraphs);
            fence = Some(&trimmed[..3]);
            continue;
        }
        if trimmed.is_empty() || is_rule(trimmed) || is_link_definition(trimmed) || is_table_separator(trimmed) {
            end_paragraph(&mut current, &mut paragraphs);
            continue;
        }
        // A setext heading: a line underlined with === or ---.
        if let Some(next) = lines.peek().map(|l| l.trim()) {
            if current.is_empty()
                && !next.is_empty()
                && (next.bytes().all(|b| b == b'=') || next.bytes().all(|b| b == b'-'))
            {
                lines.next();
                let heading = inline(trimmed);
                if next.starts_with('=') && title.is_none() {
                    title = Some(heading.clone());
                }
                paragraphs.push(heading);
                continue;
            }
        }
        if let Some(heading) = atx_heading(trimmed) {
            end_paragraph(&mut current, &mut paragraphs);
            let heading = inline(heading);
            if title.is_none() && trimmed.starts_with("# ") {
                title = Some(heading.clone());
            }
            if !heading.is_empty() {
                paragraphs.push(heading);
            }
            continue;
        }
        let (content, starts_block) = block_content(trimmed);
        if starts_block {
            end_paragraph(&mut current, &mut paragraphs);
        }
        let text = inline(&table_row(content));
        if !text.is_empty() {
            current.push(text);
        }
    }
    end_paragraph(&mut current, &mut paragraphs);
    Extracted { title, text: paragraphs.join("\n\n") }
}

fn unquote(s: &str) -> &str {
    s.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(s)
}

/// `***`, `---`, `___` (three or more, spaces allowed).
fn is_rule(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3 && ["*", "-", "_"].iter().any(|m| marks.chars().all(|c| c.to_string() == *m))
}

/// `[id]: https://…`: a reference link's target, not text.
fn is_link_definition(line: &str) -> bool {
    line.starts_with('[') && line.find("]:").is_some_and(|at| at > 1)
}

/// `|---|:---:|`: a table's header separator (each row is then a paragraph of its own).
fn is_table_separator(line: &str) -> bool {
    line.contains('-') && line.contains('|') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

fn atx_heading(line: &str) -> Option<&str> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None; // "#hashtag"
    }
    Some(rest.trim().trim_end_matches('#').trim_end())
}

/// A line without its block markers (quote, list item); `true` when a list item starts a new block.
fn block_content(line: &str) -> (&str, bool) {
    let mut content = line;
    while let Some(rest) = content.strip_prefix('>') {
        content = rest.trim_start();
    }
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = content.strip_prefix(marker) {
            return (rest.trim_start(), true);
        }
    }
    let digits = content.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &content[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return (rest.trim_start(), true);
        }
    }
    (content, false)
}

/// `| a | b |` → `a · b`.
fn table_row(line: &str) -> String {
    if !(line.starts_with('|') && line.ends_with('|') && line.len() > 1) {
        return line.to_string();
    }
    line[1..line.len() - 1].split('|').map(str::trim).filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" · ")
}

/// Inline markup out: links and images keep their text, emphasis and code
/// marks go, backslash escapes are resolved.
fn inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '!' if chars.get(i + 1) == Some(&'[') => i += 1, // an image: its alt text stays
            '[' => {
                // [text](target) or [text][ref]: keep the text.
                if let Some(close) = find(&chars, i + 1, ']') {
                    let after = close + 1;
                    let target_end = match chars.get(after) {
                        Some('(') => find(&chars, after + 1, ')'),
                        Some('[') => find(&chars, after + 1, ']'),
                        _ => None,
                    };
                    if let Some(end) = target_end {
                        out.push_str(&inline(&chars[i + 1..close].iter().collect::<String>()));
                        i = end + 1;
                        continue;
                    }
                }
                out.push(c);
                i += 1;
            }
            '`' => i += 1,
            '*' | '_' => {
                let run = chars[i..].iter().take_while(|&&x| x == c).count();
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + run).copied();
                let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
                // `*` marks emphasis next to any text; `_` only at a word's edge (snake_case stays).
                let opens = after.is_some_and(|a| !a.is_whitespace()) && (c == '*' || !word(before));
                let closes = before.is_some_and(|b| !b.is_whitespace()) && (c == '*' || !word(after));
                if run <= 3 && (opens || closes) {
                    i += run;
                } else {
                    out.extend(&chars[i..i + run]);
                    i += run;
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out.trim().to_string()
}

fn find(chars: &[char], from: usize, wanted: char) -> Option<usize> {
    chars.get(from..)?.iter().position(|&c| c == wanted).map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_paragraphs_stay_paragraphs() {
        let md = "# Maduro meets Putin\n\nNicolás **Maduro** met _Vladimir Putin_ in\n[Moscow](https://example.com/moscow).\n\n## Oil\n\n- Rosneft\n- PDVSA\n";
        let out = markdown(md);
        assert_eq!(out.title.as_deref(), Some("Maduro meets Putin"));
        assert_eq!(
            out.text,
            "Maduro meets Putin\n\nNicolás Maduro met Vladimir Putin in\nMoscow.\n\nOil\n\nRosneft\n\nPDVSA"
        );
    }

    #[test]
    fn front_matter_gives_the_title_and_code_is_dropped() {
        let md = "---\ntitle: \"Caracas, Wednesday\"\ndate: 2019-09-26\n---\nText with `code` and snake_case_name.\n\n```js\nalert(1)\n```\n\n> A quote\n> goes on.\n";
        let out = markdown(md);
        assert_eq!(out.title.as_deref(), Some("Caracas, Wednesday"));
        assert_eq!(out.text, "Text with code and snake_case_name.\n\nA quote\ngoes on.");
    }

    #[test]
    fn setext_headings_tables_rules_images_and_references() {
        let md = "Venezuela and Russia\n====================\n\n![A tanker](t.png) sails.\n\n| Country | Barrels |\n|---|---:|\n| Venezuela | 34.000 |\n\n***\n\nSee [the report][1].\n\n[1]: https://example.com\n";
        let out = markdown(md);
        assert_eq!(out.title.as_deref(), Some("Venezuela and Russia"));
        assert_eq!(
            out.text,
            "Venezuela and Russia\n\nA tanker sails.\n\nCountry · Barrels\n\nVenezuela · 34.000\n\nSee the report."
        );
    }

    #[test]
    fn scripts_stay_words_and_odd_input_never_panics() {
        let out = markdown("<script>alert('x')</script> and [broken](link and ![ and ** and \\");
        assert!(out.text.contains("<script>alert('x')</script>"));
        for s in ["", "#", "---", "---\ntitle: x", "[", "![", "**", "1. ", "> > >", "|", "||", "```"] {
            let _ = markdown(s);
        }
    }
}
