//! partnereval: partnership self-evaluation from the command line.
//!
//! `main.rs` calls [`main`]; everything else is a library so that tests can reach it.

pub mod cli;
pub mod commands;
pub mod demo;
pub mod diagnostic;
pub mod encoding;
pub mod error;
pub mod evaluation;
pub mod exit;
pub mod files;
pub mod i18n;
pub mod interrupt;
pub mod output;
pub mod questionnaire;
pub mod report;
pub mod response;
pub mod sanitize;
pub mod schemas;
pub mod serve;
pub mod shell;
pub mod survey;
pub mod tables;
pub mod text;
pub mod typography;

use std::io::{self, Write};

/// Parses the command line, runs the command, and turns the outcome into an exit code and,
/// on failure, a message on stderr.
pub fn main() -> u8 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    i18n::set_current(i18n::messages(&spoken_language(&args)));
    let cli = cli::parse(args);
    let outputs = output::Outputs::decide(cli.color);
    outputs.hand_to_console();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = commands::run(&cli, &outputs, &mut out).and_then(|()| Ok(out.flush()?));
    match result {
        Ok(()) => exit::OK,
        Err(e) if is_broken_pipe(&e) => exit::OK,
        Err(e) => {
            let _ = out.flush();
            let code = e
                .downcast_ref::<error::Error>()
                .map_or(exit::USAGE_OR_IO, error::Error::exit_code);
            // The causes one after the other, as `{e:#}` writes them, with this language's
            // colon.
            let m = i18n::current();
            let message = e
                .chain()
                .map(|cause| match cause.downcast_ref::<io::Error>() {
                    Some(io) => error::io_reason(io),
                    None => cause.to_string(),
                })
                .collect::<Vec<_>>()
                .join(m.colon);
            let mut err = io::stderr().lock();
            if e.downcast_ref::<error::Error>()
                .is_some_and(error::Error::is_listing)
            {
                let _ = writeln!(err, "{}", sanitize::for_terminal(&message));
            } else {
                let _ = writeln!(
                    err,
                    "{}",
                    m.commands.error_line(&sanitize::for_terminal(&message))
                );
            }
            code
        }
    }
}

/// The language to speak until a command knows better: the first `--lang` when partnereval
/// speaks it, else the locale's when it does, else English (`--lang de` asks for a language
/// the questionnaire may offer, not one partnereval's own messages are in).
fn spoken_language(args: &[std::ffi::OsString]) -> String {
    let speaks = |lang: &str| {
        i18n::LANGUAGES
            .iter()
            .any(|l| lang == *l || lang.starts_with(&format!("{l}-")))
    };
    let asked = i18n::startup_language(args);
    if speaks(&asked) {
        return asked;
    }
    i18n::locale_language()
        .filter(|l| speaks(l))
        .unwrap_or_else(|| "en".to_owned())
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
