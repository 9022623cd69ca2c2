//! Problems found in a file a user gave us, located as `FILE:LINE:COL`.

use std::fmt;

use serde::Serialize;

/// How serious a problem is: errors make a file unusable, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file, with its 1-based line and column (in characters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic at byte `offset` of `source`.
    pub fn at(
        file: &str,
        source: &str,
        offset: usize,
        severity: Severity,
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = line_column(source, offset);
        Diagnostic {
            file: file.to_owned(),
            line,
            column,
            severity,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = &crate::i18n::current().commands;
        let severity = match self.severity {
            Severity::Error => m.severity_error,
            Severity::Warning => m.severity_warning,
        };
        write!(
            f,
            "{}:{}:{}: {severity}: {}",
            self.file,
            self.line,
            self.column,
            crate::sanitize::for_terminal(&self.message)
        )
    }
}

/// 1-based line and column of byte `offset` in `source`; columns count characters.
/// An offset past the end or inside a character is clamped to a valid position.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Sorts diagnostics by position, errors before warnings at the same place.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = "a = 1\nété = \"x\"\n";
        assert_eq!(line_column(src, 0), (1, 1));
        assert_eq!(line_column(src, 6), (2, 1));
        // `=` after "été " is the 5th character of line 2, though byte 12.
        assert_eq!(line_column(src, src.find('=').unwrap()), (1, 3));
        let eq2 = src[6..].find('=').unwrap() + 6;
        assert_eq!(line_column(src, eq2), (2, 5));
        assert_eq!(line_column(src, 10_000), (3, 1));
        // inside a multi-byte character: clamped back to its start
        assert_eq!(line_column(src, 7), (2, 1));
    }
}
