//! Prompting in a terminal with dialoguer: arrow keys, Esc to go back, Ctrl-C to stop.

use console::{Key, Term, measure_text_width, style, truncate_str};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, MultiSelect, Select};

use super::prompter::{GridReply, PromptError, PromptResult, Prompter};

/// The terminal prompter; questions go to stderr so stdout stays for results.
pub struct Tty {
    term: Term,
    theme: Box<dyn Theme>,
}

impl Default for Tty {
    fn default() -> Self {
        Self::new()
    }
}

impl Tty {
    pub fn new() -> Self {
        let theme: Box<dyn Theme> = if console::colors_enabled_stderr() {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Tty {
            term: Term::stderr(),
            theme,
        }
    }
}

fn map(e: dialoguer::Error) -> PromptError {
    match e {
        dialoguer::Error::IO(io) => PromptError::from(io),
    }
}

impl Prompter for Tty {
    fn screen(&mut self, text: &str) -> PromptResult<()> {
        self.term.clear_screen()?;
        let mut lines = text.lines();
        if let Some(first) = lines.next() {
            self.term.write_line(&style(first).bold().to_string())?;
        }
        for line in lines {
            self.term.write_line(line)?;
        }
        self.term.write_line("")?;
        Ok(())
    }

    fn message(&mut self, text: &str) -> PromptResult<()> {
        self.term.write_line(&style(text).yellow().to_string())?;
        Ok(())
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: Option<usize>,
    ) -> PromptResult<Option<usize>> {
        let mut select = Select::with_theme(&*self.theme);
        if !prompt.is_empty() {
            select = select.with_prompt(prompt);
        }
        select
            .items(items)
            .default(default.unwrap_or(0))
            .interact_on_opt(&self.term)
            .map_err(map)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> PromptResult<Option<Vec<usize>>> {
        MultiSelect::with_theme(&*self.theme)
            .with_prompt(prompt)
            .items(items)
            .defaults(checked)
            .interact_on_opt(&self.term)
            .map_err(map)
    }

    fn input(&mut self, prompt: &str, initial: &str) -> PromptResult<String> {
        Input::<String>::with_theme(&*self.theme)
            .with_prompt(prompt)
            .with_initial_text(initial)
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map_err(map)
    }

    fn compact_grid(&self) -> bool {
        true
    }

    fn grid(
        &mut self,
        prompt: &str,
        rows: &[String],
        levels: &[String],
        current: &[Option<usize>],
    ) -> PromptResult<GridReply> {
        let term = self.term.clone();
        let mut chosen = current.to_vec();
        let mut cursor = chosen.iter().position(Option::is_none).unwrap_or(0);
        term.hide_cursor()?;
        let mut drawn = 0;
        let reply = loop {
            if drawn > 0 {
                term.clear_last_lines(drawn)?;
            }
            let lines = grid_lines(
                prompt,
                rows,
                levels,
                &chosen,
                cursor,
                crate::terminal::width(&term),
            );
            for line in &lines {
                term.write_line(line)?;
            }
            drawn = lines.len();
            let key = match term.read_key() {
                Ok(key) => key,
                Err(e) => {
                    let _ = term.show_cursor();
                    return Err(e.into());
                }
            };
            let last = levels.len().saturating_sub(1);
            match key {
                Key::ArrowUp | Key::BackTab | Key::Char('k') => {
                    cursor = cursor.checked_sub(1).unwrap_or(rows.len() - 1)
                }
                Key::ArrowDown | Key::Tab | Key::Char('j') => cursor = (cursor + 1) % rows.len(),
                Key::ArrowLeft | Key::Char('h') => {
                    chosen[cursor] = Some(chosen[cursor].map_or(0, |k| k.saturating_sub(1)))
                }
                Key::ArrowRight | Key::Char('l') => {
                    chosen[cursor] = Some(chosen[cursor].map_or(0, |k| (k + 1).min(last)))
                }
                Key::Char(c) if c.is_ascii_digit() => {
                    let k = (c as usize).wrapping_sub('1' as usize);
                    if k <= last {
                        chosen[cursor] = Some(k);
                        cursor = (cursor + 1).min(rows.len() - 1);
                    }
                }
                Key::Char('n') => break GridReply::Note(cursor, chosen),
                Key::Enter => break GridReply::Done(chosen),
                Key::Escape => break GridReply::Back(chosen),
                _ => {}
            }
        };
        term.clear_last_lines(drawn)?;
        term.show_cursor()?;
        Ok(reply)
    }
}

/// The lines of a compact grid: one per row, the levels side by side with the chosen one in
/// brackets; when they do not fit, only the chosen level between arrows.
fn grid_lines(
    prompt: &str,
    rows: &[String],
    levels: &[String],
    chosen: &[Option<usize>],
    cursor: usize,
    width: usize,
) -> Vec<String> {
    let width = width.clamp(40, 120);
    let cells_width: usize = levels.iter().map(|l| measure_text_width(l) + 2).sum();
    let longest = rows
        .iter()
        .map(|r| measure_text_width(r))
        .max()
        .unwrap_or(0);
    let side_by_side = 4 + 12 + cells_width <= width;
    let label_width = if side_by_side {
        longest.min(width - 4 - cells_width)
    } else {
        longest.min(width / 2)
    };
    // Every line must fit: a wrapped line would throw off the redraw.
    let mut lines: Vec<String> = textwrap::wrap(prompt, width - 1)
        .iter()
        .map(|l| style(l).dim().to_string())
        .collect();
    for (r, row) in rows.iter().enumerate() {
        let marker = if r == cursor {
            style("❯").cyan().bold().to_string()
        } else {
            " ".to_owned()
        };
        let label = truncate_str(row, label_width, "…");
        let pad = " ".repeat(label_width.saturating_sub(measure_text_width(&label)));
        let answer = if side_by_side {
            levels
                .iter()
                .enumerate()
                .map(|(k, level)| {
                    if chosen[r] == Some(k) {
                        style(format!("[{level}]")).cyan().bold().to_string()
                    } else {
                        format!(" {level} ")
                    }
                })
                .collect::<String>()
        } else {
            match chosen[r] {
                Some(k) => format!(
                    "< {} > ({}/{})",
                    style(&levels[k]).cyan().bold(),
                    k + 1,
                    levels.len()
                ),
                None => format!("< – > (0/{})", levels.len()),
            }
        };
        lines.push(format!("{marker} {label}{pad}  {answer}"));
    }
    lines
}
