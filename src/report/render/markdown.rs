//! The report as Markdown, for meeting notes: the [`blocks`](super::blocks) laid out.
//!
//! Everything in a report that people typed (titles, names, labels, item texts, comments,
//! even file names found in a responses folder) is hostile input: it must read as itself in
//! GitHub, pandoc or VS Code, never as HTML, a link, an image or formatting. So every piece
//! of text goes through [`escape`] on its way out, and only the markup written here (heading
//! marks, list dashes, table pipes) is left as Markdown.

use std::io::Write;

use super::blocks::{Align, Block, blocks};
use crate::report::Report;

/// `text` as Markdown that renders as the text itself, on one line, wherever it is written:
/// a heading, a paragraph, a list item or a table cell.
///
/// - `<`, `>` and `&` become entities: no HTML, no autolink, no block quote, no entity
///   written by someone else.
/// - Punctuation that starts inline markup anywhere is backslash-escaped: `\`, `` ` ``,
///   `*`, `_`, `[`, `]`, `|`, `~`, `#`, `{`, `}`, `$`, `^`, `@` (code, emphasis, links,
///   images, table cells, strike-through, closing heading marks, pandoc's attributes, maths,
///   super- and subscripts, e-mail links).
/// - What only matters in some places is escaped there: `!` before `[`, `-` before `-`
///   (pandoc's dashes), `:` before `//` and `.` after `www` (bare links), and at the start,
///   where a list, a definition or an example list could begin: `-`, `+` or `:` followed by
///   a space, `(`, and the `.` or `)` of `1.`, `a)`, `iv.`.
/// - Line breaks and other controls become spaces or U+FFFD ([`crate::sanitize::one_line`]),
///   and the ends are trimmed, so a text never leaves its table cell or list item nor
///   starts an indented code block.
pub fn escape(text: &str) -> String {
    let text = crate::sanitize::one_line(text);
    let chars: Vec<char> = text.chars().collect();
    let marker = list_marker_end(&chars);
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => {
                if backslashed(&chars, i, marker) {
                    out.push('\\');
                }
                out.push(c);
            }
        }
    }
    out
}

/// Whether the character at `i` of `chars` needs a backslash before it (see [`escape`]);
/// `marker` is where a leading list marker ends.
fn backslashed(chars: &[char], i: usize, marker: Option<usize>) -> bool {
    let next = chars.get(i + 1).copied();
    let spaced = next.is_none_or(char::is_whitespace);
    match chars[i] {
        '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '{' | '}' | '$' | '^' | '@' => true,
        '!' => next == Some('['),
        '-' => next == Some('-') || (i == 0 && spaced),
        '+' => i == 0 && spaced,
        ':' => (i == 0 && spaced) || chars[i + 1..].starts_with(&['/', '/']),
        '(' => i == 0,
        '.' | ')' if marker == Some(i) => true,
        '.' => {
            i >= 3
                && chars[i - 3..i]
                    .iter()
                    .collect::<String>()
                    .eq_ignore_ascii_case("www")
        }
        _ => false,
    }
}

/// Where the `.` or `)` of a leading list marker is (`12.`, `3)`, `b.`, `iv)` followed by a
/// space or the end), in CommonMark or in pandoc's lists.
fn list_marker_end(chars: &[char]) -> Option<usize> {
    let run = chars
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let marker = chars.get(run).is_some_and(|c| matches!(c, '.' | ')'));
    let spaced = chars.get(run + 1).is_none_or(|c| c.is_whitespace());
    let word = &chars[..run];
    let numeral = word.iter().all(char::is_ascii_digit)
        || word.len() == 1
        || word.iter().all(|c| "ivxIVX".contains(*c));
    (run > 0 && marker && spaced && numeral).then_some(run)
}

/// The title of the document.
pub fn title(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(out, "# {}", escape(text))
}

/// A heading of `level` (2 or 3), after a blank line.
fn heading(out: &mut dyn Write, level: usize, text: &str) -> std::io::Result<()> {
    writeln!(out, "\n{} {}", "#".repeat(level), escape(text))
}

/// A paragraph, after a blank line.
pub fn para(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(out, "\n{}", escape(text))
}

/// An item of a bulleted list.
fn bullet(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(out, "- {}", escape(text))
}

pub fn render(report: &Report, out: &mut dyn Write) -> anyhow::Result<()> {
    lay_out(&blocks(report), out)?;
    Ok(())
}

/// Writes `blocks` as Markdown: every block after a blank line, tables as GitHub's (figures
/// aligned right), charts left out (the table that stands for each is shown instead).
pub fn lay_out(blocks: &[Block], out: &mut dyn Write) -> std::io::Result<()> {
    for block in blocks {
        match block {
            Block::Title { text, about } => {
                title(out, text)?;
                for a in about {
                    match &a.prefix {
                        Some(prefix) => para(out, &format!("{prefix}{}", a.text))?,
                        None => para(out, &a.text)?,
                    }
                }
            }
            Block::Heading { level, text, .. } => heading(out, usize::from(*level), text)?,
            Block::Para { text, .. } => para(out, text)?,
            Block::List { items, .. } => {
                writeln!(out)?;
                for item in items {
                    bullet(out, item)?;
                }
            }
            Block::Table(t) => {
                if let Some(caption) = &t.caption {
                    heading(out, 3, caption)?;
                }
                grid(out, t)?;
            }
            Block::Figure(f) => {
                heading(out, 2, &f.heading)?;
                grid(out, &f.table)?;
            }
        }
    }
    Ok(())
}

/// A table after a blank line; a cell's aside in brackets after its text.
fn grid(out: &mut dyn Write, t: &super::blocks::Table) -> std::io::Result<()> {
    writeln!(out)?;
    let titles: Vec<String> = t.columns.iter().map(|c| c.title.clone()).collect();
    let titles: Vec<String> = titles.iter().map(|c| escape(c)).collect();
    writeln!(out, "| {} |", titles.join(" | "))?;
    let rule: String = t
        .columns
        .iter()
        .map(|c| match c.align {
            Align::Left => " --- |",
            Align::Right => " ---: |",
        })
        .collect();
    writeln!(out, "|{rule}")?;
    for cells in &t.rows {
        let cells: Vec<String> = cells
            .iter()
            .map(|c| match &c.aside {
                Some(aside) => format!("{} ({})", escape(&c.text), escape(aside)),
                None => escape(&c.text),
            })
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn plain_text_is_left_alone() {
        for text in [
            "Good talk.",
            "Yes. Fine (mostly) - thanks!",
            "+0.25",
            "-50",
            "2.00",
            "n-1",
        ] {
            assert_eq!(escape(text), text);
        }
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(escape("AT&T"), "AT&amp;T");
        assert_eq!(escape("[a](http://b)"), "\\[a\\](http\\://b)");
        assert_eq!(escape("![x](y)"), "\\!\\[x\\](y)");
        assert_eq!(escape("**b** _e_ `c`"), "\\*\\*b\\*\\* \\_e\\_ \\`c\\`");
        assert_eq!(escape("| a |"), "\\| a \\|");
        assert_eq!(escape("a\\b"), "a\\\\b");
        assert_eq!(escape(" one\n two "), "one two");
        assert_eq!(escape("www.x.org a@b.org"), "www\\.x.org a\\@b.org");
        assert_eq!(escape("a -- b"), "a \\-- b");
    }

    #[test]
    fn what_would_start_a_block_is_escaped_at_the_start_only() {
        for (text, escaped) in [
            ("1. a", "1\\. a"),
            ("12) a", "12\\) a"),
            ("b. a", "b\\. a"),
            ("iv. a", "iv\\. a"),
            ("- a", "\\- a"),
            ("+ a", "\\+ a"),
            (": a", "\\: a"),
            ("(1) a", "\\(1) a"),
            ("# a", "\\# a"),
            ("> a", "&gt; a"),
            ("a 1. - + : (", "a 1. - + : ("),
        ] {
            assert_eq!(escape(text), escaped, "{text}");
        }
    }
}
