//! partnereval: partnership self-evaluation from the command line.
//!
//! `main.rs` calls [`main`]; everything else is a library so that tests can reach it.

pub mod cli;
pub mod color;
pub mod commands;
pub mod demo;
pub mod diagnostic;
pub mod error;
pub mod evaluation;
pub mod exit;
pub mod files;
pub mod i18n;
pub mod interrupt;
pub mod questionnaire;
pub mod report;
pub mod response;
pub mod sanitize;
pub mod schemas;
pub mod survey;
pub mod tables;
pub mod text;
pub mod typography;

use std::io::{self, Write};

use clap::Parser;

/// Parses the command line, runs the command, and turns the outcome into an exit code and,
/// on failure, a message on stderr.
pub fn main() -> u8 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    i18n::set_current(i18n::messages(&i18n::startup_language(&args)));
    let cli = cli::Cli::parse_from(args);
    color::init(cli.color);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = commands::run(&cli, &mut out).and_then(|()| Ok(out.flush()?));
    match result {
        Ok(()) => exit::OK,
        Err(e) if is_broken_pipe(&e) => exit::OK,
        Err(e) => {
            let _ = out.flush();
            let code = e
                .downcast_ref::<error::Error>()
                .map_or(exit::USAGE_OR_IO, error::Error::exit_code);
            let message = format!("{e:#}");
            let mut err = io::stderr().lock();
            if e.downcast_ref::<error::Error>()
                .is_some_and(error::Error::is_listing)
            {
                let _ = writeln!(err, "{}", sanitize::for_terminal(&message));
            } else {
                let _ = writeln!(
                    err,
                    "partnereval: error: {}",
                    sanitize::for_terminal(&message)
                );
            }
            code
        }
    }
}

/// A closed pipe on stdout (`partnereval show ... | head`) is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<io::Error>()
            .map(io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            })
            .or_else(
                || match cause.downcast_ref::<csv::Error>().map(csv::Error::kind) {
                    Some(csv::ErrorKind::Io(e)) => Some(e.kind()),
                    _ => None,
                },
            );
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}
