//! Matching keys for names. The text is never changed: these keys are what
//! two mentions are compared by (accents, case, punctuation and spelling
//! variants folded away).

/// Lower case, accents and ligatures folded, apostrophes dropped, any other
/// punctuation a single space: "Díaz-Canel" → "diaz canel", "TASS" → "tass".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if !c.is_alphanumeric() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        for lower in c.to_lowercase() {
            push_folded(lower, &mut out);
        }
    }
    out
}

/// Letters and digits only, case kept: "EE. UU." → "EEUU", "U.S." → "US".
/// For short forms, which are only matched as written ("US" but not "us").
pub fn compact(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// [`fold`], then the spelling differences between transliterations of the
/// same name: Sergei/Sergey/Serguéi, Dmitri/Dmitrij, Lawrow/Lavrov,
/// Schoigu/Shoigu, Jewgeni/Yevgeny. Only for comparing names of people.
pub fn transliteration(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    let bytes = folded.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &folded[i..];
        let (replacement, used) = if rest.starts_with("tsch") {
            ("ch", 4)
        } else if rest.starts_with("sch") {
            ("sh", 3)
        } else if rest.starts_with("kh") {
            ("h", 2)
        } else if rest.starts_with("ck") {
            ("k", 2)
        } else if rest.starts_with("gue") || rest.starts_with("gui") {
            ("g", 2) // Spanish spelling of a hard g: Serguéi = Sergei
        } else {
            match bytes[i] {
                b'w' => ("v", 1),
                b'y' | b'j' => ("i", 1),
                _ => ("", 0),
            }
        };
        let piece = if used == 0 {
            let c = rest.chars().next().unwrap_or(' ');
            i += c.len_utf8();
            let mut buf = [0u8; 4];
            let s: &str = c.encode_utf8(&mut buf);
            push_collapsed(&mut out, s);
            continue;
        } else {
            i += used;
            replacement
        };
        push_collapsed(&mut out, piece);
    }
    out
}

/// Appends, dropping a letter that repeats the one before (Aleksandr/Alexandr stay apart; Massimo/Masimo meet).
fn push_collapsed(out: &mut String, piece: &str) {
    for c in piece.chars() {
        if c.is_alphabetic() && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

fn push_folded(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ß' => return out.push_str("ss"),
        'æ' => return out.push_str("ae"),
        'œ' => return out.push_str("oe"),
        'þ' => return out.push_str("th"),
        other => other,
    };
    out.push(plain);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Díaz-Canel"), "diaz canel");
        assert_eq!(fold("Nicolás  Maduro"), "nicolas maduro");
        assert_eq!(fold("TASS"), fold("Tass"));
        assert_eq!(fold("O'Brien"), "obrien");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("…"), "");
        assert_eq!(compact("EE. UU."), "EEUU");
        assert_eq!(compact("U.S."), "US");
    }

    #[test]
    fn transliterations_of_one_name_meet() {
        for (a, b) in [
            ("Sergei", "Sergey"),
            ("Serguéi", "Sergei"),
            ("Dmitri", "Dmitry"),
            ("Dmitrij", "Dmitri"),
            ("Lawrow", "Lavrov"),
            ("Schoigu", "Shoigu"),
            ("Jewgeni", "Yevgeny"),
            ("Putín", "Putin"),
            ("Guaido", "Guaidó"),
        ] {
            assert_eq!(transliteration(a), transliteration(b), "{a} / {b}");
        }
        assert_ne!(transliteration("Raúl"), transliteration("Fidel"));
    }
}
