//! The colour decision, made once at start-up for stdout and stderr.

use std::io::IsTerminal;

use crate::cli::ColorChoice;

/// Decides whether to colour, from `--color`, `NO_COLOR` and whether each stream is a
/// terminal, and tells `console` (used by our output and the survey screens). Returns the
/// decision for stdout.
pub fn init(choice: ColorChoice) -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let decide = |is_terminal: bool| match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && !no_color && !dumb,
    };
    let stdout = decide(std::io::stdout().is_terminal());
    console::set_colors_enabled(stdout);
    console::set_colors_enabled_stderr(decide(std::io::stderr().is_terminal()));
    stdout
}
