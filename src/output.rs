//! What each output looks like: whether it is coloured and how wide text is laid out in it,
//! decided once where the output is opened (standard output, standard error, a file given
//! with `-o`) and passed to what writes into it, as ripgrep's printer resolves a
//! `ColorChoice` per stream. There is no global switch: a report written to a file from a
//! terminal is not coloured because the terminal is.
//!
//! Colour: `--color never` never colours; `--color always` colours every output, files
//! included (as ripgrep does); `--color auto` (the default) colours a terminal only, and not
//! when `NO_COLOR` is set to a non-empty value or `TERM` is `dumb`.
//!
//! Width, one rule for every output: `COLUMNS` when it is set to a number (as `ls` and most
//! tools honour it), else the terminal's width when the output is a terminal, else
//! [`DEFAULT_WIDTH`]; always within [`MIN_WIDTH`]..=[`MAX_WIDTH`]. A file written with `-o`
//! is laid out as the shell's `>` would write it. Reports and comparisons, whose tables need
//! room, are laid out [`MIN_TABLE_WIDTH`] wide at least.

use std::io::IsTerminal;

use crate::cli::ColorChoice;

/// The width of an output that is not a terminal (a file, a pipe), unless `COLUMNS` says.
pub const DEFAULT_WIDTH: usize = 80;
/// The narrowest layout partnereval makes.
pub const MIN_WIDTH: usize = 20;
/// The widest layout partnereval makes: wider lines of prose are hard to read.
pub const MAX_WIDTH: usize = 160;

/// The narrowest a report's or a comparison's tables can be laid out without cutting words
/// to pieces: on a narrower output they are laid out this wide (and the terminal wraps).
pub const MIN_TABLE_WIDTH: usize = 60;

/// How one output looks: coloured or not, and its width in columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Style {
    /// No colour, `width` columns (within the bounds).
    pub fn plain(width: usize) -> Style {
        Style {
            color: false,
            width: width.clamp(MIN_WIDTH, MAX_WIDTH),
        }
    }

    /// This style at least `min` columns wide: for layouts that need room.
    pub fn at_least(self, min: usize) -> Style {
        Style {
            width: self.width.max(min),
            ..self
        }
    }

    /// `text` in bold when this output is coloured.
    pub fn bold(&self, text: &str) -> String {
        self.paint(text, |s| s.bold())
    }

    /// `text` underlined when this output is coloured.
    pub fn underlined(&self, text: &str) -> String {
        self.paint(text, |s| s.underlined())
    }

    /// `text` in bold and underlined when this output is coloured.
    pub fn bold_underlined(&self, text: &str) -> String {
        self.paint(text, |s| s.bold().underlined())
    }

    /// `text` dimmed when this output is coloured.
    pub fn dim(&self, text: &str) -> String {
        self.paint(text, |s| s.dim())
    }

    fn paint(
        &self,
        text: &str,
        f: impl FnOnce(console::StyledObject<&str>) -> console::StyledObject<&str>,
    ) -> String {
        if !self.color {
            return text.to_owned();
        }
        f(console::style(text).force_styling(true)).to_string()
    }
}

/// What decides every output's style, read from the command line and the environment once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outputs {
    choice: ColorChoice,
    /// `NO_COLOR` is set to a non-empty value, or `TERM` is `dumb`.
    env_forbids_color: bool,
    /// `COLUMNS`, when it is a positive number.
    columns: Option<usize>,
    /// Standard output's style.
    pub stdout: Style,
    /// Standard error's style (progress, warnings, the survey's screens).
    pub stderr: Style,
}

impl Outputs {
    /// Decides for standard output and standard error from `--color` and the environment.
    pub fn decide(choice: ColorChoice) -> Outputs {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let stdout = console::Term::stdout();
        let stderr = console::Term::stderr();
        Outputs::with(
            choice,
            no_color || dumb,
            columns_variable(),
            terminal_columns(&stdout, std::io::stdout().is_terminal()),
            terminal_columns(&stderr, std::io::stderr().is_terminal()),
        )
    }

    /// The decision from what [`Outputs::decide`] reads: the terminal's width for standard
    /// output and standard error when each is a terminal.
    pub fn with(
        choice: ColorChoice,
        env_forbids_color: bool,
        columns: Option<usize>,
        stdout_terminal: Option<usize>,
        stderr_terminal: Option<usize>,
    ) -> Outputs {
        let mut outputs = Outputs {
            choice,
            env_forbids_color,
            columns,
            stdout: Style::plain(DEFAULT_WIDTH),
            stderr: Style::plain(DEFAULT_WIDTH),
        };
        outputs.stdout = outputs.style(stdout_terminal);
        outputs.stderr = outputs.style(stderr_terminal);
        outputs
    }

    /// The style of a file written with `-o`: not a terminal.
    pub fn file(&self) -> Style {
        self.style(None)
    }

    /// The style of an output that is a terminal `columns` wide, or not a terminal (`None`).
    fn style(&self, terminal: Option<usize>) -> Style {
        let color = match self.choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal.is_some() && !self.env_forbids_color,
        };
        Style {
            color,
            width: width(self.columns, terminal),
        }
    }

    /// Tells `console` (which draws the survey's screens and the progress bar on standard
    /// error) the decision for standard error, and turns its own switch for standard output
    /// off: what is coloured there is decided by [`Style`], never by `console`.
    pub fn hand_to_console(&self) {
        console::set_colors_enabled(false);
        console::set_colors_enabled_stderr(self.stderr.color);
    }
}

/// The one width rule (see the module's documentation).
fn width(columns: Option<usize>, terminal: Option<usize>) -> usize {
    columns
        .or(terminal)
        .unwrap_or(DEFAULT_WIDTH)
        .clamp(MIN_WIDTH, MAX_WIDTH)
}

/// `COLUMNS` when it is set to a positive number.
fn columns_variable() -> Option<usize> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
}

/// The width of `term` when it is a terminal.
fn terminal_columns(term: &console::Term, is_terminal: bool) -> Option<usize> {
    is_terminal
        .then(|| term.size_checked())
        .flatten()
        .map(|(_, cols)| usize::from(cols))
}

/// The width of `term` now, by the same rule: for screens that follow the terminal as it is
/// resized (the survey, the interruption notice).
pub fn live_width(term: &console::Term) -> usize {
    width(columns_variable(), terminal_columns(term, term.is_term()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_choice_then_the_terminal_then_the_environment() {
        let tty = Some(100);
        let auto = Outputs::with(ColorChoice::Auto, false, None, tty, None);
        assert!(auto.stdout.color && !auto.stderr.color && !auto.file().color);
        let no_color = Outputs::with(ColorChoice::Auto, true, None, tty, tty);
        assert!(!no_color.stdout.color && !no_color.stderr.color);
        let always = Outputs::with(ColorChoice::Always, true, None, None, None);
        assert!(always.stdout.color && always.stderr.color && always.file().color);
        let never = Outputs::with(ColorChoice::Never, false, None, tty, tty);
        assert!(!never.stdout.color && !never.stderr.color && !never.file().color);
    }

    #[test]
    fn one_width_rule_with_one_clamp() {
        let o = Outputs::with(ColorChoice::Auto, false, None, Some(120), None);
        assert_eq!(o.stdout.width, 120);
        assert_eq!(o.stderr.width, DEFAULT_WIDTH);
        assert_eq!(o.file().width, DEFAULT_WIDTH);
        let o = Outputs::with(ColorChoice::Auto, false, Some(100), Some(120), None);
        assert_eq!((o.stdout.width, o.file().width), (100, 100));
        let o = Outputs::with(ColorChoice::Auto, false, None, Some(5), Some(1000));
        assert_eq!((o.stdout.width, o.stderr.width), (MIN_WIDTH, MAX_WIDTH));
    }

    #[test]
    fn styles_write_escapes_only_when_coloured() {
        let on = Style {
            color: true,
            width: 80,
        };
        assert_eq!(Style::plain(80).bold("a"), "a");
        assert!(on.bold("a").contains('\u{1b}'));
        assert!(on.dim("a").contains('\u{1b}') && on.underlined("a").contains('\u{1b}'));
    }
}
