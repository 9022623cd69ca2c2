//! One module per subcommand, dispatched by [`run`].

pub mod completions;
pub mod demo;
pub mod export;
pub mod init;
pub mod list;
pub mod report;
pub mod schema;
pub mod show;
pub mod take;
pub mod validate;

use std::io::Write;

use crate::cli::{Cli, Command};

/// Runs the command the user asked for, writing results to `out`.
pub fn run(cli: &Cli, out: &mut dyn Write) -> anyhow::Result<()> {
    match &cli.command {
        Command::List(args) => list::run(args, out),
        Command::Show(args) => show::run(args, out),
        Command::Validate(args) => validate::run(args, out),
        Command::Init(args) => init::run(args, out),
        Command::Take(args) => take::run(args, out),
        Command::Report(args) => report::run(args, out),
        Command::Export(args) => export::run(args, out),
        Command::Demo(args) => demo::run(args, out),
        Command::Schema(args) => schema::run(args, out),
        Command::Completions(args) => completions::run(args, out),
    }
}

/// Width to lay text out in: the terminal's, or 80 when not writing to a terminal.
pub fn output_width() -> usize {
    console::Term::stdout()
        .size_checked()
        .map_or(80, |(_rows, cols)| usize::from(cols))
        .clamp(40, 120)
}
