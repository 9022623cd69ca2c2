//! Numbers and punctuation as each language writes them, in one place.
//!
//! French (Office québécois de la langue française): a decimal comma ("2,42"), a no-break
//! space before `%` ("25 %") and `:`, a narrow no-break space before `;`, `!` and `?`, and
//! no-break spaces inside « guillemets ». English: a decimal point, "25%". JSON and CSV are
//! for machines and keep the decimal point; only what a person reads goes through here.

/// No-break space (U+00A0): before `:` and `%`, inside « ».
pub const NBSP: char = '\u{a0}';
/// Narrow no-break space (U+202F): before `;`, `!` and `?`.
pub const NNBSP: char = '\u{202f}';

/// Whether `lang` writes numbers with a decimal comma.
fn comma(lang: &str) -> bool {
    lang == "fr" || lang.starts_with("fr-")
}

/// `x` with `decimals` decimals in `lang`: "2.42" or "2,42".
pub fn decimal(lang: &str, x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    if comma(lang) { s.replace('.', ",") } else { s }
}

/// `x` with at most `decimals` decimals, none when it is whole: "2", "1.5" or "1,5".
pub fn short(lang: &str, x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    };
    let s = if s == "-0" { "0".to_owned() } else { s };
    if comma(lang) { s.replace('.', ",") } else { s }
}

/// A percentage (already × 100) rounded to whole: "58%" or "58 %".
pub fn percent(lang: &str, x: f64) -> String {
    let n = x.round();
    let n = if n == 0.0 { 0.0 } else { n };
    if comma(lang) {
        format!("{n}{NBSP}%")
    } else {
        format!("{n}%")
    }
}

/// A change with its sign: "+0.33", "-0.25", "+0,33" in French; no change is "0.00".
pub fn signed(lang: &str, x: f64, decimals: usize) -> String {
    let s = format!("{x:+.decimals$}");
    let s = if s
        .trim_start_matches(['+', '-'])
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        format!("{:.decimals$}", 0.0)
    } else {
        s
    };
    if comma(lang) { s.replace('.', ",") } else { s }
}

/// French spacing in a text partnereval wrote: a no-break space before `:` and inside « »,
/// a narrow one before `;`, `!` and `?`, whatever space (or none) was there. Other
/// languages are returned as they are. Colons inside words and numbers (`12:30`, `https:`)
/// and `?`/`!` that do not follow a word are left alone.
pub fn punctuate(lang: &str, text: &str) -> String {
    if !comma(lang) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let space = match c {
            ':' => Some(NBSP),
            ';' | '!' | '?' => Some(NNBSP),
            '»' => Some(NBSP),
            _ => None,
        };
        if let Some(space) = space {
            // A colon or mark glued inside a token (a time, a URL, `?` in an id) stays.
            let ends_token = next.is_none_or(|n| n.is_whitespace() || n == '»' || n == ')');
            let before = out.chars().last();
            let follows_text = before.is_some_and(|b| !b.is_whitespace() || b == ' ');
            if (ends_token || c == '»') && follows_text {
                while out.ends_with([' ', NBSP, NNBSP]) {
                    out.pop();
                }
                if !out.is_empty() {
                    out.push(space);
                }
            }
        }
        out.push(c);
        if c == '«' {
            // The space after « is a no-break one; skip the one that was typed.
            out.push(NBSP);
        } else if chars[..i].last() == Some(&'«') && (c == ' ' || c == NBSP) {
            out.pop();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(decimal("en", 2.4166, 2), "2.42");
        assert_eq!(decimal("fr", 2.4166, 2), "2,42");
        assert_eq!(short("fr", 1.5, 2), "1,5");
        assert_eq!(short("en", 3.0, 2), "3");
        assert_eq!(short("en", 3.3333333333333335, 2), "3.33");
        assert_eq!(percent("en", 57.6), "58%");
        assert_eq!(percent("fr", 57.6), "58\u{a0}%");
        assert_eq!(signed("en", 0.333, 2), "+0.33");
        assert_eq!(signed("fr", -0.25, 2), "-0,25");
        assert_eq!(signed("en", -0.001, 2), "0.00");
    }

    #[test]
    fn french_spacing_is_made_whatever_was_typed() {
        assert_eq!(
            punctuate("fr", "Tendance : en hausse"),
            "Tendance\u{a0}: en hausse"
        );
        assert_eq!(
            punctuate("fr", "Tendance: en hausse"),
            "Tendance\u{a0}: en hausse"
        );
        assert_eq!(punctuate("fr", "Vraiment ?"), "Vraiment\u{202f}?");
        assert_eq!(punctuate("fr", "Vraiment?"), "Vraiment\u{202f}?");
        assert_eq!(punctuate("fr", "un ; deux"), "un\u{202f}; deux");
        assert_eq!(
            punctuate("fr", "dans « autre »"),
            "dans «\u{a0}autre\u{a0}»"
        );
        assert_eq!(
            punctuate("fr", "à 12:30, voir https://x"),
            "à 12:30, voir https://x"
        );
        assert_eq!(punctuate("en", "Trend: up?"), "Trend: up?");
    }
}
