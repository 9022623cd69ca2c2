//! Cleaning text that came from files before it reaches a terminal.
//!
//! Questionnaires, responses and comments are written by other people; an escape sequence
//! in a title could recolour, move the cursor or hide text, and bidirectional overrides can
//! make text read differently from what it is. Every such character is replaced by U+FFFD.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal: C0/C1 controls (except newline and tab), DEL,
/// and the bidirectional embedding, override and isolate characters.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `word` as one word of a shell command that can be pasted: quoted when it holds spaces,
/// quotes or other characters the shell reads (by `shell-words`), then cleaned for the
/// terminal. For the commands hints suggest ("Try: partnereval report 'my eval'").
pub fn shell_word(word: &str) -> String {
    for_terminal(&shell_words::quote(word)).into_owned()
}

/// `text` with every unsafe character replaced by U+FFFD and tabs by a space.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) || c == '\t') {
        return Cow::Borrowed(text);
    }
    // Windows line ends are kept as line ends; a lone carriage return could overwrite
    // what was printed before it, so it is replaced like any other control.
    let text = text.replace("\r\n", "\n");
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if is_unsafe(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// Like [`for_terminal`], and newlines become spaces too: for table cells and one-line labels.
pub fn one_line(text: &str) -> String {
    for_terminal(text)
        .split('\n')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_are_neutralised() {
        assert_eq!(for_terminal("plain é"), "plain é");
        assert_eq!(for_terminal("\x1b[31mred"), "\u{FFFD}[31mred");
        assert_eq!(for_terminal("a\u{202E}b\u{9b}c"), "a\u{FFFD}b\u{FFFD}c");
        assert_eq!(for_terminal("a\tb\nc"), "a b\nc");
        assert_eq!(one_line(" a\n b \r\n"), "a b");
        assert_eq!(for_terminal("over\rwrite"), "over\u{FFFD}write");
    }
}
