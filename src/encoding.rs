//! Text files as editors save them: every JSON and TOML input may start with a UTF-8
//! byte-order mark and may end its lines with CRLF (`docs/answers-format.md`,
//! `docs/response-format.md`, `docs/questionnaire-format.md`).
//!
//! The mark is dropped. Before TOML (or an answers file) is parsed, each CRLF becomes LF, so
//! that a multi-line string holds the same text whichever line ends its file was saved with,
//! and a questionnaire has the same content hash. Only the `\r` of a `\r\n` goes, at the end
//! of its line: a line and column counted in the normalised text are those of the file. A
//! `\r` alone is left for the parser to refuse. JSON needs no more than the mark dropped
//! (CR is white space to it, and never allowed inside a string).

use std::borrow::Cow;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// `bytes` without a byte-order mark at the start.
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// `text` without a byte-order mark at the start and with LF line ends.
pub fn normalised(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if memchr::memmem::find(text.as_bytes(), b"\r\n").is_some() {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// [`normalised`], for text already owned: no copy when nothing changes.
pub fn normalised_string(text: String) -> String {
    match normalised(&text) {
        Cow::Borrowed(same) if same.len() == text.len() => text,
        other => other.into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::line_column;

    #[test]
    fn the_mark_and_crlf_go_and_nothing_else() {
        assert_eq!(without_bom(b"\xef\xbb\xbf{}"), b"{}");
        assert_eq!(without_bom(b"{}\xef\xbb\xbf"), b"{}\xef\xbb\xbf");
        assert_eq!(normalised("\u{feff}a = 1\r\nb = 2\r\n"), "a = 1\nb = 2\n");
        assert_eq!(normalised("a\rb\r\n"), "a\rb\n");
        assert!(matches!(normalised("a = 1\n"), Cow::Borrowed(_)));
        assert_eq!(normalised_string("\u{feff}x\r\n".to_owned()), "x\n");
        assert_eq!(normalised_string("x\n".to_owned()), "x\n");
    }

    #[test]
    fn lines_and_columns_are_those_of_the_file() {
        let crlf = "a = 1\r\nbé = x\r\n";
        let lf = normalised(crlf);
        let x = lf.find('x').unwrap();
        assert_eq!(line_column(&lf, x), (2, 6));
        assert_eq!(line_column(crlf, crlf.find('x').unwrap()), (2, 6));
    }
}
