//! Line-based prompting (`take --plain`): numbered choices, one line per answer. Works with
//! screen readers, simple terminals and piped input.
//!
//! Every line is wrapped at words within the width (80 columns at most, whatever the
//! terminal), options are written in full, and there is one way back, said once: the
//! numbered "Back" entry of a menu, or `<` on a line to type.

use std::io::{BufRead, Write};

use super::layout::{usable, wrap_lines, wrap_paragraph};
use super::prompter::{Entry, Escape, Field, Menu, PromptError, PromptResult, Prompter};
use crate::i18n::Messages;

/// The widest line plain mode writes, for screen readers and braille displays.
pub const MAX_WIDTH: usize = 80;

/// Reads answers line by line from `input`, writes questions to `out`.
pub struct Plain<R, W> {
    input: R,
    out: W,
    m: &'static Messages,
    /// The columns lines may use.
    width: usize,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    /// A prompter for a terminal (or a pipe) `width` columns wide; lines stay within 80.
    pub fn new(input: R, out: W, m: &'static Messages, width: usize) -> Self {
        Plain {
            input,
            out,
            m,
            width: usable(width.min(MAX_WIDTH + 1)),
        }
    }

    fn write_text(&mut self, text: &str) -> PromptResult<()> {
        for line in wrap_lines(text, self.width) {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    fn read_line(&mut self) -> PromptResult<String> {
        write!(self.out, "> ")?;
        self.out.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            writeln!(self.out)?;
            return Err(PromptError::EndOfInput);
        }
        Ok(line.trim_end_matches(['\n', '\r']).to_owned())
    }

    /// The entries numbered (1, 2, 3… unless `numbers` are given), each wrapped at words
    /// under its number.
    fn numbered(
        &mut self,
        items: &[String],
        marks: Option<&[bool]>,
        numbers: Option<&[usize]>,
    ) -> PromptResult<()> {
        let number = |i: usize| numbers.and_then(|n| n.get(i).copied()).unwrap_or(i + 1);
        let digits = (0..items.len())
            .map(|i| number(i).to_string().len())
            .max()
            .unwrap_or(1);
        for (i, item) in items.iter().enumerate() {
            let mark = match marks {
                Some(m) if m.get(i).copied().unwrap_or(false) => "[x] ",
                Some(_) => "[ ] ",
                None => "",
            };
            let lead = format!("  {:>digits$}) {mark}", number(i));
            let pad = " ".repeat(console::measure_text_width(&lead));
            for (k, para) in item.split('\n').enumerate() {
                let para = para.trim();
                let options =
                    super::layout::options(self.width, if k == 0 { &lead } else { &pad }, &pad);
                writeln!(self.out, "{}", textwrap::fill(para, &options))?;
            }
        }
        Ok(())
    }
}

impl<R: BufRead, W: Write> Prompter for Plain<R, W> {
    fn set_language(&mut self, m: &'static Messages) {
        self.m = m;
    }

    fn screen(&mut self, text: &str) -> PromptResult<()> {
        writeln!(self.out)?;
        self.write_text(text)
    }

    fn message(&mut self, text: &str) -> PromptResult<()> {
        self.write_text(text)
    }

    fn select(&mut self, menu: &Menu) -> PromptResult<Option<usize>> {
        let m = &self.m.survey;
        if !menu.prompt.is_empty() {
            self.write_text(menu.prompt)?;
        }
        let items: Vec<String> = menu.entries.iter().map(Entry::label).collect();
        let numbers = menu.numbers();
        self.numbered(&items, None, Some(&numbers))?;
        let letters: Vec<char> = menu.entries.iter().filter_map(|e| e.letter).collect();
        let letters_said = letters
            .iter()
            .map(char::to_string)
            .collect::<Vec<_>>()
            .join("/");
        let mut hint = if letters.is_empty() {
            m.plain_choose.to_owned()
        } else {
            m.plain_choose_letters(&letters_said)
        };
        if let Some(d) = menu.default {
            hint.push(' ');
            hint.push_str(&m.plain_default(numbers[d]));
        }
        self.write_text(&hint)?;
        loop {
            let line = self.read_line()?;
            let line = line.trim();
            if line.is_empty()
                && let Some(d) = menu.default
            {
                return Ok(Some(d));
            }
            // The numbered "Back" is the way said; "<", the old way, is still understood.
            if line == "<" && menu.back {
                return Ok(None);
            }
            let mut chars = line.chars();
            if let (Some(c), None) = (chars.next(), chars.next())
                && let Some(k) = menu
                    .entries
                    .iter()
                    .position(|e| e.letter.is_some_and(|l| l.eq_ignore_ascii_case(&c)))
            {
                return Ok(Some(k));
            }
            match line.parse::<usize>().ok().and_then(|n| menu.by_number(n)) {
                Some(k) => return Ok(Some(k)),
                None => {
                    let (first, last) = (
                        numbers.iter().min().copied().unwrap_or(1),
                        numbers.iter().max().copied().unwrap_or(1),
                    );
                    let again = if first != 1 {
                        self.m.survey.choose_from_to(first, last)
                    } else if letters.is_empty() {
                        self.m.choose_between(items.len())
                    } else {
                        m.choose_between_letters(items.len(), &letters_said)
                    };
                    self.write_text(&again)?;
                }
            }
        }
    }

    /// The whole set is typed on one line: the engine sorts out exclusive entries.
    fn multi_select(
        &mut self,
        items: &[String],
        checked: &[bool],
        _exclusive: &[bool],
        back: bool,
    ) -> PromptResult<Option<Vec<usize>>> {
        self.numbered(items, Some(checked), None)?;
        let mut hint = self.m.tick_plain.to_owned();
        if back {
            hint = format!("{hint} ({})", self.m.survey.plain_back);
        }
        self.write_text(&hint)?;
        loop {
            let line = self.read_line()?;
            let line = line.trim();
            if line == "<" && back {
                return Ok(None);
            }
            if line.is_empty() {
                return Ok(Some(
                    (0..items.len())
                        .filter(|&i| checked.get(i).copied().unwrap_or(false))
                        .collect(),
                ));
            }
            let picked: Option<Vec<usize>> = line
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(|s| {
                    s.parse::<usize>()
                        .ok()
                        .filter(|n| (1..=items.len()).contains(n))
                        .map(|n| n - 1)
                })
                .collect();
            match picked {
                Some(mut v) => {
                    v.sort_unstable();
                    v.dedup();
                    return Ok(Some(v));
                }
                None => {
                    let again = self.m.choose_between(items.len());
                    self.write_text(&again)?;
                }
            }
        }
    }

    fn input(&mut self, field: &Field) -> PromptResult<Option<String>> {
        let way = match field.escape {
            Escape::Stay => None,
            Escape::Back => Some(self.m.survey.plain_back),
            Escape::Cancel => Some(self.m.survey.plain_cancel),
        };
        let prompt = match (field.prompt.is_empty(), way) {
            (true, None) => String::new(),
            (true, Some(way)) => format!("({way})"),
            (false, None) => field.prompt.to_owned(),
            // One pair of brackets: "(optional: Enter to skip; type < to go back)".
            (false, Some(way)) => match field.prompt.strip_suffix(')') {
                Some(open) => format!("{open}{}{way})", self.m.semicolon),
                None => format!("{} ({way})", field.prompt),
            },
        };
        if !prompt.is_empty() {
            self.write_text(&prompt)?;
        }
        if !field.initial.is_empty() {
            let shown = format!("[{}]", crate::sanitize::one_line(field.initial));
            for line in wrap_paragraph(&shown, self.width) {
                writeln!(self.out, "{line}")?;
            }
        }
        let line = self.read_line()?;
        if line.trim() == "<" && field.escape != Escape::Stay {
            return Ok(None);
        }
        // A comment's prompt says that an empty one is removed; elsewhere Enter alone keeps
        // the answer shown.
        Ok(Some(if line.is_empty() && field.escape != Escape::Cancel {
            field.initial.to_owned()
        } else {
            line
        }))
    }
}
