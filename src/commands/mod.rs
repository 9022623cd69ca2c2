//! One module per subcommand, dispatched by [`run`].

pub mod compare;
pub mod completions;
pub mod demo;
pub mod export;
pub mod init;
pub mod list;
pub mod man;
pub mod report;
pub mod round;
pub mod schema;
pub mod serve;
pub mod show;
pub mod take;
pub mod validate;

use std::io::Write;

use crate::cli::{Cli, Command};
use crate::output::{Outputs, Style};

/// Runs the command the user asked for, writing results to `out`.
/// `outputs` says how standard output, standard error and files given with `-o` look.
pub fn run(cli: &Cli, outputs: &Outputs, out: &mut dyn Write) -> anyhow::Result<()> {
    match &cli.command {
        Command::List(args) => list::run(args, outputs.stdout, out),
        Command::Show(args) => show::run(args, outputs.stdout, out),
        Command::Validate(args) => validate::run(args, out),
        Command::Init(args) => init::run(args, out),
        Command::Take(args) => take::run(args, outputs.stderr, out),
        Command::Serve(args) => serve::run(args, out),
        Command::Report(args) => report::run(args, outputs, out),
        Command::Round(command) => round::run(command, outputs.stdout, out),
        Command::Compare(args) => compare::run(args, outputs, out),
        Command::Export(args) => export::run(args, out),
        Command::Demo(args) => demo::run(args, out),
        Command::Schema(args) => schema::run(args, out),
        Command::Completions(args) => completions::run(args, out),
        Command::Man(args) => man::run(args, out),
    }
}

impl crate::cli::OutputArgs {
    /// The file to write, or `None` for standard output (no `-o`, or `-o -`).
    pub fn file(&self) -> Option<&std::path::Path> {
        self.output.as_deref().filter(|p| p.as_os_str() != "-")
    }

    /// Checks the output file before any work is done (see [`check_output`]).
    pub fn check(&self) -> Result<(), crate::error::Error> {
        match self.file() {
            Some(file) => check_output(file, self.force),
            None => Ok(()),
        }
    }

    /// Writes `bytes` to the output file atomically (see [`write_output`]).
    pub fn write(&self, bytes: &[u8]) -> anyhow::Result<()> {
        match self.file() {
            Some(file) => write_output(file, bytes, self.force),
            None => Ok(()),
        }
    }
}

/// Refuses an output file that is not, or would not be, a regular file of the user's: a
/// named pipe, a device or a folder (`-o` writes regular files only; the shell's `>` writes
/// into pipes and devices); an existing file unless `force`; a file that would overwrite
/// part of an evaluation folder (its settings, its questionnaire, or anything among its
/// responses); a file whose folder does not exist.
pub fn check_output(path: &std::path::Path, force: bool) -> Result<(), crate::error::Error> {
    use crate::error::Error;
    use crate::evaluation::{
        Evaluation, QUESTIONNAIRE_FILE, RESPONSES_DIR, ROUNDS_DIR, SETTINGS_FILE,
    };
    let m = &crate::i18n::current().commands;
    let shown = || crate::sanitize::one_line(&path.display().to_string());
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    if !dir.is_dir() {
        return Err(Error::Usage(m.folder_missing(&dir.display().to_string())));
    }
    if path.file_name().is_none() {
        return Err(Error::Usage(m.not_a_file_name(&shown())));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let in_evaluation = Evaluation::is_evaluation(dir)
        && (name == SETTINGS_FILE
            || name == QUESTIONNAIRE_FILE
            || name == RESPONSES_DIR
            || name == ROUNDS_DIR);
    let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_owned());
    let in_responses = canonical.ancestors().any(|a| {
        a.file_name()
            .is_some_and(|n| n == RESPONSES_DIR || n == ROUNDS_DIR)
            && a.parent().is_some_and(Evaluation::is_evaluation)
    });
    if in_evaluation || in_responses {
        return Err(Error::Usage(m.output_in_evaluation(&shown())));
    }
    if let Ok(meta) = path.symlink_metadata() {
        let kind = meta.file_type();
        if !kind.is_file() && !kind.is_symlink() {
            return Err(Error::Usage(
                m.output_not_regular(&shown(), crate::files::kind_name(kind)),
            ));
        }
        if !force {
            return Err(Error::Usage(m.output_exists(&shown())));
        }
    }
    Ok(())
}

/// What `report` and `export` read: a questionnaire and where its responses are, with the
/// evaluation's settings when the target is an evaluation folder.
pub struct ResponsesTarget {
    pub definition: crate::questionnaire::Definition,
    pub paths: Vec<std::path::PathBuf>,
    pub min_group_size: usize,
    /// The evaluation's name (none for a questionnaire with files).
    pub name: Option<String>,
    /// The evaluation's partner organisation codes.
    pub partners: Vec<String>,
    /// The profile fields reports may break figures down by.
    pub breakdowns: Vec<String>,
    /// The round's name, when the evaluation has several rounds.
    pub round: Option<String>,
}

/// Resolves TARGET [RESPONSES...] for `command`: an evaluation folder (the responses of
/// `round`, by default the current one), or a questionnaire followed by response files,
/// folders and bundles. Unless `lang_given` (`--lang`), partnereval speaks the evaluation's
/// language from then on.
pub fn responses_target(
    command: &str,
    target: &str,
    responses: &[std::path::PathBuf],
    round: Option<&str>,
    lang_given: bool,
) -> anyhow::Result<ResponsesTarget> {
    use crate::error::Error;
    use crate::evaluation::{DEFAULT_MIN_GROUP_SIZE, Evaluation, default_breakdowns};
    let m = &crate::i18n::current().commands;
    let path = std::path::Path::new(target);
    if path.is_dir() && Evaluation::is_evaluation(path) {
        if !responses.is_empty() {
            return Err(Error::Usage(m.evaluation_with_files(command)).into());
        }
        let evaluation = Evaluation::open(path)?;
        if !lang_given {
            crate::i18n::set_current(evaluation.messages());
        }
        let round = match round {
            Some(wanted) => evaluation.find_round(wanted)?,
            None => evaluation.current_round(),
        };
        return Ok(ResponsesTarget {
            paths: vec![evaluation.round_dir(&round)],
            round: evaluation.has_rounds().then(|| round.name.clone()),
            min_group_size: evaluation.settings.min_group_size as usize,
            partners: evaluation
                .settings
                .partners
                .iter()
                .map(|p| p.code.clone())
                .collect(),
            breakdowns: evaluation.breakdowns(),
            name: Some(crate::sanitize::one_line(&evaluation.settings.name)),
            definition: evaluation.definition,
        });
    }
    if path.is_dir() {
        return Err(
            Error::Usage(m.not_an_evaluation_for(&path.display().to_string(), command)).into(),
        );
    }
    if round.is_some() {
        return Err(Error::Usage(m.round_needs_evaluation(target)).into());
    }
    // Not a folder: a questionnaire, which must exist before anything else is asked.
    let definition = crate::questionnaire::load(target)?.definition;
    if responses.is_empty() {
        return Err(Error::Usage(m.responses_after_questionnaire(command, target)).into());
    }
    Ok(ResponsesTarget {
        paths: responses.to_vec(),
        min_group_size: DEFAULT_MIN_GROUP_SIZE as usize,
        name: None,
        round: None,
        partners: Vec::new(),
        breakdowns: default_breakdowns(&definition),
        definition,
    })
}

impl crate::cli::CompileArgs {
    /// The language of the output: `--lang`, else the locale's when the evaluation offers
    /// it, else its default language. A report can be in any language partnereval speaks
    /// (its own texts), even one the questionnaire is not written in: the questionnaire's
    /// texts are then shown in its default language.
    pub fn language(&self, def: &crate::questionnaire::Definition) -> anyhow::Result<String> {
        let lang = self.lang.clone().unwrap_or_else(|| {
            crate::i18n::preferred_language(&def.languages, &def.default_language)
        });
        if !crate::i18n::LANGUAGES.contains(&lang.as_str()) {
            def.require_language(&lang)?;
        }
        crate::i18n::set_current(crate::i18n::messages(&lang));
        Ok(lang)
    }

    /// The minimum group size: `--min-group`, which may only raise `min`.
    pub fn min_group(&self, min: usize) -> Result<usize, crate::error::Error> {
        match self.min_group {
            Some(n) if n < min => Err(crate::error::Error::Usage(
                crate::i18n::current().commands.min_group_below(n, min),
            )),
            Some(n) => Ok(n),
            None => Ok(min),
        }
    }

    /// Writes what `render` makes to `--output` (atomically, in a file's style) or to
    /// `out` (in standard output's style): see [`crate::output`].
    pub fn emit(
        &self,
        outputs: &Outputs,
        out: &mut dyn Write,
        render: impl Fn(Style, &mut dyn Write) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        match self.output.file() {
            Some(_) => {
                let mut buffer = Vec::new();
                render(outputs.file(), &mut buffer)?;
                self.output.write(&buffer)
            }
            None => render(outputs.stdout, out),
        }
    }
}

/// Writes a command's output to `file` atomically (after [`check_output`], which is run
/// again: the folder may have changed meanwhile). A replaced file keeps its permissions.
pub fn write_output(file: &std::path::Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    check_output(file, force)?;
    let dir = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = file.file_name().ok_or_else(|| {
        crate::error::Error::Usage(
            crate::i18n::current()
                .commands
                .not_a_file_name(&file.display().to_string()),
        )
    })?;
    let permissions = std::fs::symlink_metadata(file)
        .ok()
        .filter(|m| m.file_type().is_file())
        .map(|m| m.permissions());
    crate::response::store::write_atomic_with(
        dir,
        &name.to_string_lossy(),
        bytes,
        force,
        permissions,
    )?;
    Ok(())
}
