//! The command line, as clap sees it. Commands turn these into domain values.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Evaluate how well a partnership works together: questionnaires in TOML, surveys in the
/// terminal, compiled reports for the group discussion.
#[derive(Debug, Parser)]
#[command(
    name = "partnereval",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(after_help = "Exit codes: 0 ok, 1 invalid input, 2 usage or I/O error, 130 interrupted.")]
pub struct Cli {
    /// When to colour output: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, value_name = "WHEN")]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the bundled questionnaires and those in ./questionnaires/.
    List(ListArgs),
    /// Show a questionnaire: introduction, profile, items with their options, dimensions, bands.
    Show(ShowArgs),
    /// Check questionnaire files and report every problem as FILE:LINE:COL.
    Validate(ValidateArgs),
    /// Create an evaluation folder: settings, a frozen copy of the questionnaire, responses/.
    Init(InitArgs),
    /// Answer a questionnaire: interactively in a terminal, line by line (--plain), or from
    /// an answers file (--answers).
    Take(TakeArgs),
    /// Compile the responses into a report for the group discussion (table, JSON, CSV,
    /// Markdown, HTML).
    Report(ReportArgs),
    /// Start a new round of an evaluation (the partners answer again), or list its rounds.
    #[command(subcommand)]
    Round(RoundCommand),
    /// Compare two rounds (or two sets of responses): per item and per dimension, what
    /// changed.
    Compare(CompareArgs),
    /// Write every response as one NDJSON bundle (one response per line), checked.
    Export(ExportArgs),
    /// Create an evaluation filled with realistic synthetic responses, to try reports on.
    Demo(DemoArgs),
    /// Print the JSON Schema of one of partnereval's file formats.
    Schema(SchemaArgs),
    /// Print a shell completion script (e.g. `partnereval completions bash > ~/.local/share/bash-completion/completions/partnereval`).
    Completions(CompletionsArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// Language of the titles and headings (default: the locale's language, from LC_ALL,
    /// LC_MESSAGES or LANG, where a questionnaire offers it; else its default language).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Readable in a terminal.
    Text,
    /// The normalised definition (see `partnereval schema definition`).
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// A bundled questionnaire id (see `partnereval list`) or a path to a .toml file.
    #[arg(value_name = "QUESTIONNAIRE")]
    pub questionnaire: String,
    /// Language to show (text: the one shown; json: the only one kept). Default: all for
    /// json; for text, the locale's language (LC_ALL, LC_MESSAGES or LANG) when the
    /// questionnaire offers it, else its default language.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Questionnaire files (or bundled ids) to check.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder to create (or an empty or unrelated existing folder).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The questionnaire: a bundled id (see `partnereval list`) or a path to a .toml file.
    #[arg(long, short, value_name = "QUESTIONNAIRE")]
    pub questionnaire: String,
    /// Name of the evaluation (default: the questionnaire's title).
    #[arg(long)]
    pub name: Option<String>,
    /// Languages respondents may choose from, comma-separated (default: all the
    /// questionnaire's).
    #[arg(long, value_delimiter = ',', value_name = "LANG,...")]
    pub lang: Option<Vec<String>>,
    /// Reports never show a group with fewer respondents than this.
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub min_group: u32,
    /// The partner organisations, comma-separated (offered as the respondent's
    /// organisation by the contribution matrix).
    #[arg(long, value_name = "\"A, B, C\"")]
    pub partners: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct TakeArgs {
    /// An evaluation folder, a bundled questionnaire id, or a questionnaire file.
    #[arg(value_name = "TARGET")]
    pub target: String,
    /// Where responses go when TARGET is a questionnaire (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Language to answer in (default: asked when several are offered, the locale's
    /// language from LC_ALL, LC_MESSAGES or LANG first).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// The group fills in one shared answer together (recorded as a collective response).
    #[arg(long)]
    pub collective: bool,
    /// Line-based prompts with numbered choices, for screen readers and simple terminals.
    #[arg(long, conflicts_with = "answers")]
    pub plain: bool,
    /// Submit prepared answers from a TOML or JSON file (`-` for standard input) without
    /// asking anything.
    #[arg(long, value_name = "FILE")]
    pub answers: Option<String>,
    /// Continue the draft with this id.
    #[arg(long, value_name = "ID", conflicts_with = "answers")]
    pub resume: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum RoundCommand {
    /// Start a round: `take` then writes into it and `report` reads it.
    New(RoundNewArgs),
    /// List the rounds of an evaluation with their responses and drafts.
    List(RoundListArgs),
}

#[derive(Debug, clap::Args)]
pub struct RoundNewArgs {
    /// The evaluation folder.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Name of the new round, e.g. "2027 spring".
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Name to give the first round, when this is the second one (default: "Round 1").
    #[arg(long, value_name = "NAME")]
    pub first_name: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct RoundListArgs {
    /// The evaluation folder.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Tables for a terminal.
    Table,
    /// The report model (docs/report-format.md).
    Json,
    /// Tidy long format: one row per item × option × group.
    Csv,
    /// For meeting notes.
    Markdown,
    /// One self-contained page with charts, to show on a screen or print.
    Html,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// An evaluation folder, or a questionnaire (bundled id or .toml file) followed by
    /// response files and folders.
    #[arg(value_name = "TARGET")]
    pub target: String,
    /// Response files and folders (when TARGET is a questionnaire).
    #[arg(value_name = "RESPONSES")]
    pub responses: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// Show the figures of each group of this profile field side by side (e.g. sector).
    #[arg(long, value_name = "FIELD")]
    pub by: Option<String>,
    /// The round to report (its name or id; default: the current round).
    #[arg(long, value_name = "ROUND")]
    pub round: Option<String>,
    #[command(flatten)]
    pub compile: CompileArgs,
}

/// What `report` and `compare` share: how responses are compiled and where the result goes.
#[derive(Debug, clap::Args)]
pub struct CompileArgs {
    /// Language of the output's own texts (default: the locale's language, from LC_ALL,
    /// LC_MESSAGES or LANG, when the questionnaire offers it; else its default language).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Minimum group size (default: the evaluation's setting, or 3); can only raise it.
    #[arg(long, value_name = "N")]
    pub min_group: Option<usize>,
    /// Report invalid response files as skipped and go on, instead of refusing.
    #[arg(long)]
    pub skip_invalid: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Where a command's result goes: standard output, or a regular file written atomically.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct OutputArgs {
    /// Write to this regular file instead of standard output (`-`: standard output). An
    /// existing file is replaced only with --force, keeping its permissions.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the --output file if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// Tables for a terminal.
    Table,
    /// The comparison model (docs/comparison-format.md).
    Json,
    /// Tidy long format: one row per item or dimension × measure.
    Csv,
    /// For meeting notes.
    Markdown,
    /// One self-contained page with paired bars, to show on a screen or print.
    Html,
}

#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// An evaluation folder (then --from and --to are rounds), or a questionnaire (then they
    /// are response files, folders or bundles).
    #[arg(value_name = "TARGET")]
    pub target: String,
    /// The earlier round or response set (default: the round before the current one).
    #[arg(long, value_name = "ROUND|PATH")]
    pub from: Option<String>,
    /// The later round or response set (default: the current round).
    #[arg(long, value_name = "ROUND|PATH")]
    pub to: Option<String>,
    /// A change in the mean larger than this is flagged as improved or declined (default:
    /// 15% of the score range, 0.3 for A/B/C).
    #[arg(long, value_name = "POINTS")]
    pub threshold: Option<f64>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,
    #[command(flatten)]
    pub compile: CompileArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One response per line (newline-delimited JSON).
    Ndjson,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// An evaluation folder, or a questionnaire followed by response files, folders and
    /// bundles.
    #[arg(value_name = "TARGET")]
    pub target: String,
    /// Response files, folders and bundles (when TARGET is a questionnaire).
    #[arg(value_name = "RESPONSES")]
    pub responses: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ExportFormat::Ndjson)]
    pub format: ExportFormat,
    /// The round to export (its name or id; default: the current round).
    #[arg(long, value_name = "ROUND")]
    pub round: Option<String>,
    /// Leave invalid responses out (listed on stderr) instead of refusing.
    #[arg(long)]
    pub skip_invalid: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// The evaluation folder to create.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The questionnaire (bundled id or .toml file).
    #[arg(
        long,
        short,
        default_value = "action-in-partnership",
        value_name = "QUESTIONNAIRE"
    )]
    pub questionnaire: String,
    /// How many individual responses to make.
    #[arg(long, short = 'n', default_value_t = 60, value_name = "N")]
    pub respondents: u64,
    /// The same seed gives the same responses.
    #[arg(long, default_value_t = 1, value_name = "S")]
    pub seed: u64,
    /// Add a collective response, as if the group had also answered together.
    #[arg(long)]
    pub collective: bool,
    /// Make this many rounds ("Round 1", "Round 2"…), each with N responses, as if the
    /// partnership had evaluated itself again; things change between rounds.
    #[arg(long, default_value_t = 1, value_name = "K", value_parser = clap::value_parser!(u64).range(1..=20))]
    pub rounds: u64,
    /// Write the responses as one NDJSON bundle (responses/demo.ndjson) instead of one file
    /// each.
    #[arg(long)]
    pub bundle: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    /// The questionnaire TOML format (docs/questionnaire.schema.json).
    Questionnaire,
    /// The normalised definition printed by `show --format json` (docs/definition.schema.json).
    Definition,
    /// Evaluation settings, `evaluation.toml` (docs/evaluation.schema.json).
    Evaluation,
    /// A submitted response (docs/response.schema.json).
    Response,
    /// A draft in progress (docs/draft.schema.json).
    Draft,
    /// An answers file for `take --answers` (docs/answers.schema.json).
    Answers,
    /// The report printed by `report --format json` (docs/report.schema.json).
    Report,
    /// The comparison printed by `compare --format json` (docs/comparison.schema.json).
    Comparison,
}

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// Which format.
    #[arg(value_enum)]
    pub name: SchemaName,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Parses the command line (exits with clap's message on an error, or after printing the
/// help or the version).
pub fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    Cli::parse_from(args)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
