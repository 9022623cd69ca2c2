//! Laying text out in a width: paragraphs wrapped at words, hints kept whole.
//!
//! Widths are display columns (`console::measure_text_width`). A line is never as wide as
//! the terminal: the last column stays free, so that no terminal wraps a full line on its
//! own (some do, some do not, and a redraw that counts lines must know).

use console::measure_text_width;

/// The columns text may use in a terminal `width` columns wide.
pub fn usable(width: usize) -> usize {
    width.saturating_sub(1).max(10)
}

/// How far the lines after the first of `line` are indented: its leading spaces, plus the
/// mark it starts with when it has one ("A. ", "12. ", "- "), so that wrapped text lines up
/// after the mark.
fn hang(line: &str) -> (usize, usize) {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    let mark = rest.find(' ').filter(|&end| {
        let token = &rest[..end];
        let chars = token.chars().count();
        (token.ends_with('.') && (2..=4).contains(&chars) && !token.starts_with('.'))
            || matches!(token, "-" | "–" | "•" | "❯" | ">")
    });
    (
        indent,
        mark.map_or(0, |end| measure_text_width(&rest[..=end])),
    )
}

/// textwrap's options for `width` with these indents: lines break at spaces only (never
/// inside "front-line" or a date), a word is broken only when it alone is wider.
pub fn options<'a>(width: usize, first: &'a str, later: &'a str) -> textwrap::Options<'a> {
    textwrap::Options::new(width.max(1))
        .initial_indent(first)
        .subsequent_indent(later)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// One paragraph wrapped at words into lines of at most `width` columns; the lines after
/// the first hang under the paragraph's indent and mark (see [`hang`]). A word wider than
/// the line is the only thing ever broken.
pub fn wrap_paragraph(line: &str, width: usize) -> Vec<String> {
    let line = line.trim_end();
    if line.is_empty() {
        return vec![String::new()];
    }
    let (indent, mark) = hang(line);
    let first = " ".repeat(indent);
    let mut later = " ".repeat(indent + mark);
    if indent + mark + 10 > width {
        later = first.clone();
    }
    let options = options(width, &first, &later);
    textwrap::wrap(&line[indent..], &options)
        .into_iter()
        .map(|l| l.trim_end().to_owned())
        .collect()
}

/// A text of paragraphs (one a line; empty lines kept) wrapped into lines of at most
/// `width` columns. Each line comes with whether a paragraph starts on it.
pub fn wrap_text(text: &str, width: usize) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for para in text.split('\n') {
        for (k, line) in wrap_paragraph(para, width).into_iter().enumerate() {
            out.push((line, k == 0));
        }
    }
    out
}

/// [`wrap_text`] without the paragraph marks.
pub fn wrap_lines(text: &str, width: usize) -> Vec<String> {
    wrap_text(text, width).into_iter().map(|(l, _)| l).collect()
}

/// Hints ("Enter: confirm") joined with `separator` into lines of at most `width` columns,
/// breaking only between hints: a hint is broken only when it alone is wider than a line.
/// A line followed by another ends with the separator's mark (" ·") when there is room for
/// it; room for it is kept when hints are put together, so that it never goes alone onto a
/// line of its own.
pub fn hint_lines(hints: &[String], separator: &str, width: usize) -> Vec<String> {
    let mark = separator.trim_end();
    let hints: Vec<&String> = hints.iter().filter(|h| !h.is_empty()).collect();
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for (k, hint) in hints.iter().enumerate() {
        let tail = if k + 1 == hints.len() {
            0
        } else {
            measure_text_width(mark)
        };
        if current.is_empty() {
            current = (*hint).clone();
        } else if measure_text_width(&current)
            + measure_text_width(separator)
            + measure_text_width(hint)
            + tail
            <= width
        {
            current.push_str(separator);
            current.push_str(hint);
        } else {
            if measure_text_width(&current) + measure_text_width(mark) <= width {
                current.push_str(mark);
            }
            lines.push(std::mem::take(&mut current));
            current = (*hint).clone();
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
        .into_iter()
        .flat_map(|l| {
            if measure_text_width(&l) <= width {
                vec![l]
            } else if l.contains(separator) {
                // A hint made of several (what Enter does, and on the last row): broken
                // between them first.
                let parts: Vec<String> = l.split(separator).map(str::to_owned).collect();
                hint_lines(&parts, separator, width)
            } else {
                wrap_paragraph(&l, width)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_wrap_at_words_within_the_width_and_hang_under_their_mark() {
        let text = "A. …cover all the sectors and viewpoints that the issue touches.";
        let lines = wrap_paragraph(text, 30);
        assert!(
            lines.iter().all(|l| measure_text_width(l) <= 30),
            "{lines:?}"
        );
        assert_eq!(lines[0], "A. …cover all the sectors and");
        assert!(lines[1].starts_with("   viewpoints"), "{lines:?}");
        let lines = wrap_paragraph("  Funding: Major and more words here to wrap", 20);
        assert!(lines[1].starts_with("  ") && !lines[1].starts_with("   "));
        // French no-break spaces hold their words together.
        let fr = "Vos réponses sont conservées\u{202f}; pour continuer, lancez\u{a0}:";
        for width in 16..60 {
            for line in wrap_paragraph(fr, width) {
                assert!(!line.starts_with(';') && !line.starts_with(':'), "{line}");
                assert!(measure_text_width(&line) <= width, "{line:?} at {width}");
            }
        }
    }

    #[test]
    fn hints_break_only_between_hints() {
        let hints: Vec<String> = [
            "↑↓: move",
            "A/B/C or 1–3: choose",
            "Enter: confirm",
            "Esc: back",
        ]
        .map(String::from)
        .to_vec();
        let lines = hint_lines(&hints, " · ", 39);
        assert_eq!(
            lines,
            [
                "↑↓: move · A/B/C or 1–3: choose ·",
                "Enter: confirm · Esc: back"
            ]
        );
        assert_eq!(hint_lines(&hints, " · ", 200).len(), 1);
        // A grid's legend that fills a 40-column line exactly: the mark never goes alone
        // onto a line of its own ("4 Major" / "·").
        let legend: Vec<String> = ["1 None", "2 Minor", "3 Moderate", "4 Major", "5 Don't know"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            hint_lines(&legend, " · ", 39),
            ["1 None · 2 Minor · 3 Moderate ·", "4 Major · 5 Don't know"]
        );
        // A hint that fills a line alone goes without the mark rather than wrap.
        let hints: Vec<String> = [
            "↑↓: row",
            "Enter: next row · on the last row: done",
            "Esc: back",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            hint_lines(&hints, " · ", 39),
            [
                "↑↓: row ·",
                "Enter: next row · on the last row: done",
                "Esc: back"
            ]
        );
        // Too wide alone, it is broken between its parts, not inside one.
        assert_eq!(
            hint_lines(&hints, " · ", 30),
            [
                "↑↓: row ·",
                "Enter: next row ·",
                "on the last row: done",
                "Esc: back"
            ]
        );
    }
}
