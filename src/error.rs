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

    #[error("{}", crate::i18n::current().commands.unknown_questionnaire(.name, &.known.join(", ")))]
    UnknownQuestionnaire { name: String, known: Vec<String> },

    #[error("{}", crate::i18n::current().commands.cannot_read(&.path.display().to_string(), &io_reason(.error)))]
    Read {
        path: PathBuf,
        error: std::io::Error,
    },

    #[error("{}", crate::i18n::current().commands.language_not_offered(.lang, &.offered.join(", ")))]
    Language { lang: String, offered: Vec<String> },

    /// A file parsed but its content does not fit; every problem is listed.
    #[error("{}", render_problems(.file, .problems))]
    Problems { file: String, problems: Vec<String> },

    /// A file parsed but its content does not fit; every problem is listed at its place,
    /// as `FILE:LINE:COL: error: ...`.
    #[error("{}", render_problems_at(.file, .diagnostics))]
    ProblemsAt {
        file: String,
        diagnostics: Vec<Diagnostic>,
    },

    /// The command cannot run as asked (e.g. no terminal to ask questions in).
    #[error("{0}")]
    Usage(String),

    /// Some of the inputs were invalid and were reported already.
    #[error("{0}")]
    Invalid(String),

    /// Some files could not be read, each said already.
    #[error("{0}")]
    Unreadable(String),
}

impl Error {
    /// Whether the message is a list of located problems, printed as it is.
    pub fn is_listing(&self) -> bool {
        matches!(
            self,
            Error::InvalidFile(_) | Error::Problems { .. } | Error::ProblemsAt { .. }
        )
    }

    /// The exit code this error ends the process with.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::InvalidFile(_)
            | Error::Invalid(_)
            | Error::Problems { .. }
            | Error::ProblemsAt { .. } => exit::INVALID_INPUT,
            Error::UnknownQuestionnaire { .. }
            | Error::Read { .. }
            | Error::Language { .. }
            | Error::Usage(_)
            | Error::Unreadable(_) => exit::USAGE_OR_IO,
        }
    }
}

/// The problems of `file`, one a line, then how many there are and that nothing was written.
fn render_problems(file: &str, problems: &[String]) -> String {
    let m = &crate::i18n::current().commands;
    let mut lines: Vec<String> = problems.iter().map(|p| m.problem_line(file, p)).collect();
    lines.push(m.problems_nothing_written(file, problems.len()));
    lines.join("\n")
}

/// The located problems of `file`, one a line, then how many there are and that nothing was
/// written.
fn render_problems_at(file: &str, diagnostics: &[Diagnostic]) -> String {
    let m = &crate::i18n::current().commands;
    let mut lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    lines.push(m.problems_nothing_written(file, diagnostics.len()));
    lines.join("\n")
}

/// Why a file could not be read or written: for the common reasons the system gives
/// (`No such file or directory (os error 2)`, in English whatever the locale), the
/// catalogue's words in the user's language; else the system's. Errors partnereval made
/// itself (no OS error number) already say it in the user's language.
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    if error.raw_os_error().is_none() {
        return error.to_string();
    }
    let c = &crate::i18n::current().commands;
    match error.kind() {
        ErrorKind::NotFound => c.io_not_found,
        ErrorKind::PermissionDenied => c.io_permission_denied,
        ErrorKind::AlreadyExists => c.io_already_exists,
        ErrorKind::IsADirectory => c.io_is_a_directory,
        ErrorKind::NotADirectory => c.io_not_a_directory,
        ErrorKind::StorageFull => c.io_storage_full,
        ErrorKind::ReadOnlyFilesystem => c.io_read_only,
        ErrorKind::QuotaExceeded => c.io_quota_exceeded,
        ErrorKind::FileTooLarge => c.io_file_too_large,
        ErrorKind::InvalidFilename => c.io_invalid_filename,
        _ => return error.to_string(),
    }
    .to_owned()
}

fn render_diagnostics(diagnostics: &[Diagnostic]) -> String {
    let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    lines.join("\n")
}
