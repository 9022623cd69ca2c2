//! Commands partnereval tells people to type (to resume a draft, to finish a round's
//! drafts), written so that a POSIX shell reads each word back as it was.

/// `s` as one shell word that can be pasted: as it is when nothing in it means anything to
/// a shell, else in single quotes, a quote inside written `'\''` (by `shell-words`); then
/// cleaned for the terminal (a control character cannot reach it).
pub fn word(s: &str) -> String {
    crate::sanitize::for_terminal(&shell_words::quote(s)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::word;

    #[test]
    fn words_are_quoted_only_when_a_shell_would_read_them_otherwise() {
        assert_eq!(word("round-1"), "round-1");
        assert_eq!(word("eval/2026_a:b"), "eval/2026_a:b");
        assert_eq!(word("2027 spring"), "'2027 spring'");
        assert_eq!(word("Été"), "Été");
        assert_eq!(word("it's $HOME"), "'it'\\''s $HOME'");
        assert_eq!(word(""), "''");
        assert_eq!(word("~/x"), "'~/x'");
    }
}
