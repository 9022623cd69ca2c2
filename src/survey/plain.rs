//! Line-based prompting (`take --plain`): numbered choices, one line per answer. Works with
//! screen readers, simple terminals and piped input.

use std::io::{BufRead, Write};

use super::prompter::{PromptError, PromptResult, Prompter};
use crate::i18n::Messages;

/// Reads answers line by line from `input`, writes questions to `out`.
pub struct Plain<R, W> {
    input: R,
    out: W,
    m: &'static Messages,
    /// The width numbered choices are wrapped to.
    width: usize,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    /// A prompter wrapping its numbered choices to `width` columns.
    pub fn new(input: R, out: W, m: &'static Messages, width: usize) -> Self {
        Plain {
            input,
            out,
            m,
            width,
        }
    }

    /// Switches the language of the prompter's own hints.
    pub fn set_messages(&mut self, m: &'static Messages) {
        self.m = m;
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

    fn numbered(&mut self, items: &[String], marks: Option<&[bool]>) -> PromptResult<()> {
        let width = items.len().to_string().len();
        for (i, item) in items.iter().enumerate() {
            let mark = match marks {
                Some(m) if m.get(i).copied().unwrap_or(false) => "[x] ",
                Some(_) => "[ ] ",
                None => "",
            };
            let lead = format!("  {:>width$}) {mark}", i + 1);
            let pad = " ".repeat(console::measure_text_width(&lead));
            // The survey wraps choices for a menu's narrower lead; wrap them again for
            // this one, at words.
            let text: Vec<&str> = item.lines().map(str::trim).collect();
            let options = textwrap::Options::new(self.width)
                .initial_indent(&lead)
                .subsequent_indent(&pad);
            writeln!(self.out, "{}", textwrap::fill(&text.join(" "), &options))?;
        }
        Ok(())
    }
}

impl<R: BufRead, W: Write> Prompter for Plain<R, W> {
    fn screen(&mut self, text: &str) -> PromptResult<()> {
        writeln!(self.out)?;
        writeln!(self.out, "{text}")?;
        Ok(())
    }

    fn message(&mut self, text: &str) -> PromptResult<()> {
        writeln!(self.out, "{text}")?;
        Ok(())
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: Option<usize>,
    ) -> PromptResult<Option<usize>> {
        if !prompt.is_empty() {
            writeln!(self.out, "{prompt}")?;
        }
        self.numbered(items, None)?;
        let hint = match default {
            Some(d) => format!("{} [{}]", self.m.select_hint, d + 1),
            None => self.m.select_hint.to_owned(),
        };
        writeln!(self.out, "{hint}")?;
        loop {
            let line = self.read_line()?;
            let line = line.trim();
            if line.is_empty()
                && let Some(d) = default
            {
                return Ok(Some(d));
            }
            if line == "<" {
                return Ok(None);
            }
            match line.parse::<usize>() {
                Ok(n) if (1..=items.len()).contains(&n) => return Ok(Some(n - 1)),
                _ => writeln!(self.out, "{}", self.m.choose_between(items.len()))?,
            }
        }
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> PromptResult<Option<Vec<usize>>> {
        let _ = prompt;
        self.numbered(items, Some(checked))?;
        writeln!(self.out, "{}", self.m.tick_plain)?;
        loop {
            let line = self.read_line()?;
            let line = line.trim();
            if line == "<" {
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
                None => writeln!(self.out, "{}", self.m.choose_between(items.len()))?,
            }
        }
    }

    fn input(&mut self, prompt: &str, initial: &str) -> PromptResult<String> {
        if !prompt.is_empty() {
            writeln!(self.out, "{prompt}")?;
        }
        if !initial.is_empty() {
            writeln!(self.out, "[{}]", crate::sanitize::one_line(initial))?;
        }
        let line = self.read_line()?;
        Ok(if line.is_empty() {
            initial.to_owned()
        } else {
            line
        })
    }
}
