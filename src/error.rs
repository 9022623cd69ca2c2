//! Errors a user can cause, each naming the file, id or flag involved.

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;
use crate::exit;

/// What went wrong, in terms a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file has problems; every one is listed as `FILE:LINE:COL: error: ...`.
    #[error("{}", render_diagnostics(.0))]
    InvalidFile(Vec<Diagnostic>),

    #[error("unknown questionnaire `{name}`: give a path to a .toml file or one of: {}", .known.join(", "))]
    UnknownQuestionnaire { name: String, known: Vec<String> },

    #[error("cannot read {}: {error}", .path.display())]
    Read {
        path: PathBuf,
        error: std::io::Error,
    },

    #[error("`{lang}` is not a language of this questionnaire (it offers: {})", .offered.join(", "))]
    Language { lang: String, offered: Vec<String> },

    /// A file parsed but its content does not fit; every problem is listed.
    #[error("{}\n{}: {} problem{}; nothing was written", .problems.iter().map(|p| format!("{file}: {p}")).collect::<Vec<_>>().join("\n"), .file, .problems.len(), if .problems.len() == 1 { "" } else { "s" })]
    Problems { file: String, problems: Vec<String> },

    /// The command cannot run as asked (e.g. no terminal to ask questions in).
    #[error("{0}")]
    Usage(String),

    /// Some of the inputs were invalid and were reported already.
    #[error("{0}")]
    Invalid(String),
}

impl Error {
    /// Whether the message is a list of located problems, printed as it is.
    pub fn is_listing(&self) -> bool {
        matches!(self, Error::InvalidFile(_) | Error::Problems { .. })
    }

    /// The exit code this error ends the process with.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::InvalidFile(_) | Error::Invalid(_) | Error::Problems { .. } => {
                exit::INVALID_INPUT
            }
            Error::UnknownQuestionnaire { .. }
            | Error::Read { .. }
            | Error::Language { .. }
            | Error::Usage(_) => exit::USAGE_OR_IO,
        }
    }
}

fn render_diagnostics(diagnostics: &[Diagnostic]) -> String {
    let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    lines.join("\n")
}
