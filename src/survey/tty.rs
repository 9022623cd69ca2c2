//! Prompting in a terminal with dialoguer: arrow keys, Esc to go back, Ctrl-C to stop.

use console::{Term, style};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, MultiSelect, Select};

use super::prompter::{PromptError, PromptResult, Prompter};

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
}
