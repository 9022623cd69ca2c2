//! Numbers as each language writes them, in one place.
//!
//! French (Office québécois de la langue française): a decimal comma ("2,42") and a no-break
//! space before `%` ("25 %"). English: a decimal point, "25%". JSON and CSV are for machines
//! and keep the decimal point; only what a person reads goes through here.
//!
//! French punctuation is spaced here too, by [`french_text`], which the catalogue applies to
//! every French text it holds (`locales/fr/*.ftl` are written with ordinary spaces and
//! apostrophes; see `docs/glossary-fr.md`). `tests/locale.rs` holds French output to it.

use std::borrow::Cow;

/// No-break space (U+00A0): before `:` and `%`, inside « » in French.
pub const NBSP: char = '\u{a0}';

/// Narrow no-break space (U+202F): before `;`, `!` and `?` in French.
pub const NNBSP: char = '\u{202f}';

/// French spacing of one piece of catalogue text (never of what it is filled with: names,
/// paths and questionnaire texts are left as they are):
/// - a space before `:` or `%` becomes a no-break space (U+00A0), and so does a space after
///   `«` and before `»`;
/// - a space before `;`, `!` or `?` becomes a narrow no-break space (U+202F), and one is
///   added when the sign follows a word directly (`ensemble?` → `ensemble ?`);
/// - a straight apostrophe between letters becomes a typographic one (`l'échelle` →
///   `l’échelle`).
///
/// Signs at the very start of a text are left alone: they follow a filled-in value, and
/// the catalogue writes the space before them where one is wanted.
pub fn french_text(text: &str) -> Cow<'_, str> {
    if !text.contains([':', '%', '«', '»', ';', '!', '?', '\'']) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        match c {
            ' ' if matches!(next, Some(':' | '%' | '»')) || prev == Some('«') => out.push(NBSP),
            ' ' if matches!(next, Some(';' | '!' | '?')) => out.push(NNBSP),
            ';' | '!' | '?' if prev.is_some_and(char::is_alphanumeric) => {
                out.push(NNBSP);
                out.push(c);
            }
            '\'' if prev.is_some_and(char::is_alphabetic)
                && next.is_some_and(char::is_alphabetic) =>
            {
                out.push('’')
            }
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

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
        // Shares as percentages without needless decimals (the divergence rule).
        assert_eq!(short("en", 25.0, 1), "25");
        assert_eq!(short("en", 12.5, 1), "12.5");
        assert_eq!(short("fr", 100.0 / 3.0, 1), "33,3");
        assert_eq!(percent("en", 57.6), "58%");
        assert_eq!(percent("fr", 57.6), "58\u{a0}%");
        assert_eq!(signed("en", 0.333, 2), "+0.33");
        assert_eq!(signed("fr", -0.25, 2), "-0,25");
        assert_eq!(signed("en", -0.001, 2), "0.00");
    }

    #[test]
    fn french_spacing_and_apostrophes() {
        assert_eq!(
            french_text("Divergence : au moins 25 % ; « pas de réponse » ensemble? l'échelle!"),
            "Divergence\u{a0}: au moins 25\u{a0}%\u{202f}; «\u{a0}pas de réponse\u{a0}» \
             ensemble\u{202f}? l’échelle\u{202f}!"
        );
        // Left alone: signs at the start (after a filled-in value), options, plain text.
        assert_eq!(french_text(": suite"), ": suite");
        assert_eq!(french_text("(2, --to) et 10:30"), "(2, --to) et 10:30");
        assert!(matches!(french_text("rien à faire"), Cow::Borrowed(_)));
    }
}
