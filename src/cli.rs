//! The command line, as clap sees it. Commands turn these into domain values.

use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::i18n::HelpMessages;

/// Evaluate how well a partnership works together: questionnaires in TOML, surveys in the
/// terminal, compiled reports for the group discussion.
#[derive(Debug, Parser)]
#[command(
    name = "partnereval",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(
    after_help = "Language: --lang when given; else, for an evaluation or a questionnaire, the locale's language (LC_ALL, LC_MESSAGES or LANG) when it offers it, else its default language; for other commands, the locale's language, else English.\nExit codes: 0 ok, 1 invalid input, 2 usage or I/O error, 130 interrupted."
)]
pub struct Cli {
    /// When to colour output: auto (a terminal only, never a file or a pipe; not when NO_COLOR is set or TERM is dumb), always (files too) or never.
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
    /// Serve the evaluation's current round in the browser for a meeting: members answer
    /// from their phones, the facilitator sees the count, the report and the group's answer.
    Serve(ServeArgs),
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
    /// Print the manual page of partnereval or of one of its commands, or write them all
    /// into a folder (`partnereval man --out-dir ~/.local/share/man/man1`).
    Man(ManArgs),
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
    /// Answer in this round of the evaluation (its name or id; default: the current round):
    /// its drafts are offered, and the response goes into it.
    #[arg(long, value_name = "ROUND")]
    pub round: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The evaluation folder.
    #[arg(value_name = "EVALUATION")]
    pub evaluation: PathBuf,
    /// Listen on the local network (every address, port 8470) instead of this computer only.
    #[arg(long, conflicts_with = "bind")]
    pub lan: bool,
    /// The address and port to listen on (default: 127.0.0.1:8470; port 0 picks a free one).
    #[arg(long, value_name = "ADDR:PORT")]
    pub bind: Option<std::net::SocketAddr>,
    /// The language of the pages before a member chooses, and of the facilitator's pages.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Serve over HTTPS with this certificate chain (PEM); needs --tls-key.
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The private key of --tls-cert (PEM).
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
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
    /// Response files, folders and bundles (when TARGET is a questionnaire); `-` or a named
    /// pipe: a bundle read from standard input or the pipe.
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
    /// Leave out scores, means, bands and the overall (partnereval's reading aids, not part
    /// of the original tool): show only how many chose each option.
    #[arg(long)]
    pub no_scores: bool,
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
    /// are response files, folders or bundles; `-` for standard input on one side).
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
    /// Response files, folders and bundles (when TARGET is a questionnaire); `-` or a named
    /// pipe: a bundle read from standard input or the pipe.
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
    /// The questionnaires printed by `list --format json` (docs/list.schema.json).
    List,
    /// The rounds printed by `round list --format json` (docs/rounds.schema.json).
    Rounds,
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

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// The command whose page to print, e.g. `report` or `round new` (default: partnereval's
    /// own page, which lists the commands).
    #[arg(value_name = "COMMAND", conflicts_with = "out_dir")]
    pub command: Vec<String>,
    /// Write every page into this folder instead (partnereval.1, partnereval-report.1 and so
    /// on; the folder is made if missing, pages already there are replaced).
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Language of the pages (default: the locale's language, from LC_ALL, LC_MESSAGES or
    /// LANG, when partnereval speaks it; else English).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

/// Parses the command line (exits with clap's message on an error, or after printing the
/// help or the version), in the language partnereval speaks ([`crate::i18n::current`]).
pub fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    use clap::FromArgMatches;
    let mut cmd = command();
    let mut matches = cmd
        .try_get_matches_from_mut(args)
        .unwrap_or_else(|e| fail(e));
    Cli::from_arg_matches_mut(&mut matches)
        .map_err(|e| e.format(&mut cmd))
        .unwrap_or_else(|e| fail(e))
}

/// Prints clap's error (or the help or version it was asked for) and exits.
fn fail(e: clap::Error) -> ! {
    if crate::i18n::current().lang == "en" {
        e.exit()
    }
    e.apply::<errors::Localized>().exit()
}

/// The command line as clap sees it, with its help in the language partnereval speaks:
/// the doc comments of this file in English; in another language, every command's and
/// option's help from the catalogue's `help` part, and clap's own words (headings, `--help`,
/// `--version`, the `help` command, defaults and possible values) in that language too.
pub fn command() -> clap::Command {
    command_in(crate::i18n::current())
}

/// The command line with its help in the language of `m` (see [`command`]).
pub fn command_in(m: &'static crate::i18n::Messages) -> clap::Command {
    if m.lang == "en" {
        return Cli::command();
    }
    let h = &m.help;
    let mut cmd = Cli::command()
        .about(h.cli_about)
        .after_help(h.cli_after_help);
    // Built first, so that clap's own `--help`, `--version` and `help` exist to be changed.
    cmd.build();
    localize(&mut cmd, "", h);
    cmd
}

/// A heading as clap wants it: clap adds the colon (the catalogue's text has it, with the
/// language's space before it).
fn heading(text: &'static str) -> &'static str {
    text.strip_suffix(':').unwrap_or(text)
}

/// Puts the texts of `h` into `cmd` (at `path`: "" for partnereval, "report", "round new",
/// "help report") and its subcommands.
fn localize(cmd: &mut clap::Command, path: &str, h: &'static HelpMessages) {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        h.cli_usage_heading
    );
    let mut c = std::mem::take(cmd)
        .help_template(template)
        .subcommand_help_heading(heading(h.cli_heading_commands))
        .subcommand_value_name(h.cli_value_command);
    if let Some(about) = command_about(h, path) {
        c = c.about(about).long_about(None);
    }
    *cmd = c.mut_args(|a| localize_arg(a, path, h));
    for sub in cmd.get_subcommands_mut() {
        let path = if path.is_empty() {
            sub.get_name().to_owned()
        } else {
            format!("{path} {}", sub.get_name())
        };
        localize(sub, &path, h);
    }
}

fn localize_arg(a: clap::Arg, path: &str, h: &'static HelpMessages) -> clap::Arg {
    // Under headings of their own (clap's are English), positionals in their order.
    let a = match (a.get_help_heading(), a.get_index()) {
        (Some(_), _) => a,
        (None, Some(index)) if a.is_positional() => a
            .help_heading(heading(h.cli_heading_arguments))
            .display_order(index),
        (None, _) => a.help_heading(heading(h.cli_heading_options)),
    };
    let a = match a.get_value_names().map(<[_]>::to_vec) {
        Some(names) => a.value_names(
            names
                .into_iter()
                .map(|n| value_name(h, n.as_str()).map_or(n, clap::builder::Str::from))
                .collect::<Vec<_>>(),
        ),
        None => a,
    };
    match a.get_id().as_str() {
        "help" if a.get_long_help().is_some() => a
            .help(h.cli_help_flag_more)
            .long_help(h.cli_help_flag_summary),
        "help" => a.help(h.cli_help_flag),
        "version" => a.help(h.cli_version_flag),
        id => {
            let Some(text) = arg_help(h, path, id) else {
                return a;
            };
            let mut text = text.to_owned();
            let mut a = a;
            if a.get_action().takes_values() {
                let defaults: Vec<String> = a
                    .get_default_values()
                    .iter()
                    .map(|v| v.to_string_lossy().into_owned())
                    .collect();
                if !defaults.is_empty() && !a.is_hide_default_value_set() {
                    text = format!("{text} {}", h.cli_default_value(&defaults.join(" ")));
                    a = a.hide_default_value(true);
                }
                let values: Vec<String> = a
                    .get_possible_values()
                    .iter()
                    .filter(|v| !v.is_hide_set())
                    .map(|v| v.get_name().to_owned())
                    .collect();
                if !values.is_empty() && !a.is_hide_possible_values_set() {
                    text = format!("{text} {}", h.cli_possible_values(&values.join(", ")));
                    a = a.hide_possible_values(true);
                }
            }
            a.help(text).long_help(None)
        }
    }
}

/// A placeholder for values (`<FILE>`) in the language of `h`; those that read the same in
/// every language (`QUESTIONNAIRE`, `N`) are kept.
fn value_name(h: &'static HelpMessages, english: &str) -> Option<&'static str> {
    Some(match english {
        "WHEN" => h.cli_value_when,
        "LANG" => h.cli_value_lang,
        "LANG,..." => h.cli_value_langs,
        "FILE" => h.cli_value_file,
        "DIR" => h.cli_value_dir,
        "TARGET" => h.cli_value_target,
        "RESPONSES" => h.cli_value_responses,
        "FIELD" => h.cli_value_field,
        "ROUND" => h.cli_value_round,
        "NAME" => h.cli_value_name,
        "ROUND|PATH" => h.cli_value_round_or_path,
        "COMMAND" => h.cli_value_command,
        _ => return None,
    })
}

/// What the command at `path` does ("" is partnereval itself; "round help" is clap's `help`
/// of `round`, and "help report" or "round help new" the copies of `report` and `round new`
/// under a `help`).
fn command_about(h: &'static HelpMessages, path: &str) -> Option<&'static str> {
    let mut words: Vec<&str> = path.split_whitespace().collect();
    if let Some(at) = words.iter().position(|w| *w == "help") {
        if at + 1 == words.len() {
            return Some(h.cli_help_command_about);
        }
        words.remove(at);
        return command_about(h, &words.join(" "));
    }
    Some(match path {
        "" => h.cli_about,
        "list" => h.cli_list_about,
        "show" => h.cli_show_about,
        "validate" => h.cli_validate_about,
        "init" => h.cli_init_about,
        "take" => h.cli_take_about,
        "serve" => h.cli_serve_about,
        "report" => h.cli_report_about,
        "round" => h.cli_round_about,
        "round new" => h.cli_round_new_about,
        "round list" => h.cli_round_list_about,
        "compare" => h.cli_compare_about,
        "export" => h.cli_export_about,
        "demo" => h.cli_demo_about,
        "schema" => h.cli_schema_about,
        "completions" => h.cli_completions_about,
        "man" => h.cli_man_about,
        _ => return None,
    })
}

/// The help of option (or argument) `id` of the command at `path`.
fn arg_help(h: &'static HelpMessages, path: &str, id: &str) -> Option<&'static str> {
    Some(match (path, id) {
        (_, "color") => h.cli_color,
        (_, "output") => h.cli_output,
        (_, "force") => h.cli_force,
        ("help", "subcommand") => h.cli_help_command_arg,
        ("list", "format") => h.cli_list_format,
        ("list", "lang") => h.cli_list_lang,
        ("show", "questionnaire") => h.cli_show_questionnaire,
        ("show", "lang") => h.cli_show_lang,
        ("show", "format") => h.cli_show_format,
        ("validate", "files") => h.cli_validate_files,
        ("init", "dir") => h.cli_init_dir,
        ("init", "questionnaire") => h.cli_init_questionnaire,
        ("init", "name") => h.cli_init_name,
        ("init", "lang") => h.cli_init_lang,
        ("init", "min_group") => h.cli_init_min_group,
        ("init", "partners") => h.cli_init_partners,
        ("take", "target") => h.cli_take_target,
        ("take", "out") => h.cli_take_out,
        ("take", "lang") => h.cli_take_lang,
        ("take", "collective") => h.cli_take_collective,
        ("take", "plain") => h.cli_take_plain,
        ("take", "answers") => h.cli_take_answers,
        ("take", "resume") => h.cli_take_resume,
        ("take", "round") => h.cli_take_round,
        ("serve", "evaluation") => h.cli_serve_evaluation,
        ("serve", "lan") => h.cli_serve_lan,
        ("serve", "bind") => h.cli_serve_bind,
        ("serve", "lang") => h.cli_serve_lang,
        ("serve", "tls_cert") => h.cli_serve_tls_cert,
        ("serve", "tls_key") => h.cli_serve_tls_key,
        ("report", "target") => h.cli_report_target,
        ("report", "responses") => h.cli_report_responses,
        ("report", "format") => h.cli_report_format,
        ("report", "by") => h.cli_report_by,
        ("report", "round") => h.cli_report_round,
        ("report", "no_scores") => h.cli_report_no_scores,
        ("report" | "compare", "lang") => h.cli_compile_lang,
        ("report" | "compare", "min_group") => h.cli_compile_min_group,
        ("report" | "compare", "skip_invalid") => h.cli_compile_skip_invalid,
        ("round new", "dir") => h.cli_round_new_dir,
        ("round new", "name") => h.cli_round_new_name,
        ("round new", "first_name") => h.cli_round_new_first_name,
        ("round list", "dir") => h.cli_round_list_dir,
        ("round list", "format") => h.cli_round_list_format,
        ("compare", "target") => h.cli_compare_target,
        ("compare", "from") => h.cli_compare_from,
        ("compare", "to") => h.cli_compare_to,
        ("compare", "threshold") => h.cli_compare_threshold,
        ("compare", "format") => h.cli_compare_format,
        ("export", "target") => h.cli_export_target,
        ("export", "responses") => h.cli_export_responses,
        ("export", "format") => h.cli_export_format,
        ("export", "round") => h.cli_export_round,
        ("export", "skip_invalid") => h.cli_export_skip_invalid,
        ("demo", "dir") => h.cli_demo_dir,
        ("demo", "questionnaire") => h.cli_demo_questionnaire,
        ("demo", "respondents") => h.cli_demo_respondents,
        ("demo", "seed") => h.cli_demo_seed,
        ("demo", "collective") => h.cli_demo_collective,
        ("demo", "rounds") => h.cli_demo_rounds,
        ("demo", "bundle") => h.cli_demo_bundle,
        ("schema", "name") => h.cli_schema_name,
        ("completions", "shell") => h.cli_completions_shell,
        ("man", "command") => h.cli_man_command,
        ("man", "out_dir") => h.cli_man_out_dir,
        ("man", "lang") => h.cli_man_lang,
        _ => return None,
    })
}

/// clap's errors in the language partnereval speaks.
mod errors {
    use clap::builder::StyledStr;
    use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

    /// Writes clap's errors with the catalogue's words ([`crate::i18n::current`]): the
    /// common ones (an unknown or misplaced argument, a wrong or missing value, a missing
    /// argument or subcommand, a conflict) in full; for the rare others, clap's own short
    /// English description.
    pub struct Localized;

    impl ErrorFormatter for Localized {
        fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
            let h = &crate::i18n::current().help;
            let text = |kind| match error.get(kind) {
                Some(ContextValue::String(s)) => Some(s.clone()),
                _ => None,
            };
            let q = |s: &str| h.clap_quoted(s);
            let list = |kind| match error.get(kind) {
                Some(ContextValue::Strings(v)) => v.clone(),
                Some(ContextValue::String(s)) => vec![s.clone()],
                _ => Vec::new(),
            };
            let arg = text(ContextKind::InvalidArg);
            let value = text(ContextKind::InvalidValue);
            let mut message = match (error.kind(), arg.as_deref(), value.as_deref()) {
                (ErrorKind::UnknownArgument, Some(arg), _) => h.clap_unknown_argument(arg),
                (ErrorKind::InvalidValue, Some(arg), Some("")) => h.clap_value_required(arg),
                (ErrorKind::InvalidValue | ErrorKind::ValueValidation, Some(arg), Some(value)) => {
                    let mut m = h.clap_invalid_value(value, arg);
                    if let Some(source) = std::error::Error::source(error) {
                        m = format!("{m}{}{source}", crate::i18n::current().colon);
                    }
                    m
                }
                (ErrorKind::TooManyValues, Some(arg), Some(value)) => {
                    h.clap_too_many_values(value, arg)
                }
                (ErrorKind::MissingRequiredArgument, _, _) => {
                    let mut m = h.clap_missing_required.to_owned();
                    for a in list(ContextKind::InvalidArg) {
                        m.push_str(&format!("\n  {a}"));
                    }
                    m
                }
                (ErrorKind::InvalidSubcommand, _, _)
                    if text(ContextKind::InvalidSubcommand).is_some() =>
                {
                    h.clap_invalid_subcommand(
                        &text(ContextKind::InvalidSubcommand).unwrap_or_default(),
                    )
                }
                (ErrorKind::MissingSubcommand, _, _)
                    if text(ContextKind::InvalidSubcommand).is_some() =>
                {
                    h.clap_missing_subcommand(
                        &text(ContextKind::InvalidSubcommand).unwrap_or_default(),
                    )
                }
                (ErrorKind::ArgumentConflict, Some(arg), _) => {
                    match error.get(ContextKind::PriorArg) {
                        Some(ContextValue::String(prior)) if prior == arg => h.clap_used_twice(arg),
                        Some(ContextValue::String(prior)) => h.clap_conflict(arg, prior),
                        _ => {
                            let mut m = h.clap_conflict_list(arg);
                            for a in list(ContextKind::PriorArg) {
                                m.push_str(&format!("\n  {a}"));
                            }
                            m
                        }
                    }
                }
                (kind, _, _) => kind
                    .as_str()
                    .map(str::to_owned)
                    .or_else(|| std::error::Error::source(error).map(|s| s.to_string()))
                    .unwrap_or_default(),
            };
            let values = list(ContextKind::ValidValue);
            if !values.is_empty() {
                message.push_str(&format!(
                    "\n  {}",
                    h.cli_possible_values(&values.join(", "))
                ));
            }
            let subcommands = list(ContextKind::ValidSubcommand);
            if error.kind() == ErrorKind::MissingSubcommand && !subcommands.is_empty() {
                message.push_str(&format!(
                    "\n  {}",
                    h.clap_subcommands(&subcommands.join(", "))
                ));
            }
            let mut tips = Vec::new();
            for (kind, say) in [
                (
                    ContextKind::SuggestedSubcommand,
                    HelpMessages::clap_similar_subcommand
                        as fn(&HelpMessages, &str, usize) -> String,
                ),
                (
                    ContextKind::SuggestedArg,
                    HelpMessages::clap_similar_argument,
                ),
                (
                    ContextKind::SuggestedValue,
                    HelpMessages::clap_similar_value,
                ),
            ] {
                let similar = list(kind);
                if !similar.is_empty() {
                    let quoted: Vec<String> = similar.iter().map(|s| q(s)).collect();
                    tips.push(say(h, &quoted.join(", "), similar.len()));
                }
            }
            if let Some(ContextValue::StyledStrs(suggested)) = error.get(ContextKind::Suggested) {
                tips.extend(suggested.iter().map(|s| tip(h, &s.to_string(), &q)));
            }
            if !tips.is_empty() {
                message.push('\n');
                for tip in tips {
                    message.push_str(&format!("\n  {tip}"));
                }
            }
            let mut out = h.clap_error(&message);
            if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
                let usage = usage.to_string();
                let usage = usage.strip_prefix("Usage:").map_or(usage.clone(), |rest| {
                    format!("{}{rest}", h.cli_usage_heading)
                });
                out.push_str(&format!("\n\n{usage}"));
            }
            out.push_str(&format!("\n\n{}\n", h.clap_try_help("--help")));
            StyledStr::from(out)
        }
    }

    /// One of clap's suggestions in the user's language: the forms clap 4 writes are
    /// recognised, anything else is given as clap wrote it.
    fn tip(h: &HelpMessages, clap: &str, q: &dyn Fn(&str) -> String) -> String {
        // "to pass '-x' as a value, use '-- -x'"
        if let Some(rest) = clap.strip_prefix("to pass '")
            && let Some((arg, usage)) = rest.split_once("' as a value, use '")
            && let Some(usage) = usage.strip_suffix('\'')
        {
            return h.clap_tip_as_value(&q(arg), &q(usage));
        }
        // "subcommand 'new' exists; to use it, remove the '--' before it"
        if let Some(rest) = clap.strip_prefix("subcommand '")
            && let Some(sub) = rest.strip_suffix("' exists; to use it, remove the '--' before it")
        {
            return h.clap_tip_remove_dashes(&q(sub));
        }
        // "'round new --name' exists"
        if let Some(usage) = clap
            .strip_prefix('\'')
            .and_then(|r| r.strip_suffix("' exists"))
        {
            return h.clap_tip_exists(&q(usage));
        }
        h.clap_tip(clap)
    }

    use crate::i18n::HelpMessages;
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::{arg_help, command_about, command_in};
    use crate::i18n::messages;

    #[test]
    fn cli_is_well_formed() {
        super::Cli::command().debug_assert();
        command_in(messages("fr")).debug_assert();
    }

    /// Every command (by path: "", "report", "round new", "help report") with its about,
    /// and every argument with its help.
    fn texts(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String, Option<String>)>) {
        out.push((
            path.to_owned(),
            String::new(),
            cmd.get_about().map(ToString::to_string),
        ));
        for a in cmd.get_arguments() {
            out.push((
                path.to_owned(),
                a.get_id().to_string(),
                a.get_help().map(ToString::to_string),
            ));
        }
        for sub in cmd.get_subcommands() {
            let sub_path = if path.is_empty() {
                sub.get_name().to_owned()
            } else {
                format!("{path} {}", sub.get_name())
            };
            texts(sub, &sub_path, out);
        }
    }

    fn all_texts(mut cmd: clap::Command) -> Vec<(String, String, Option<String>)> {
        cmd.build();
        let mut out = Vec::new();
        texts(&cmd, "", &mut out);
        out
    }

    /// English help is written by clap from the doc comments; the English texts of the
    /// catalogue's `help` part, which translators start from, must say the same.
    #[test]
    fn the_english_catalogue_says_what_the_doc_comments_say() {
        let h = &messages("en").help;
        let mut cmd = super::Cli::command();
        cmd.build();
        assert_eq!(
            cmd.get_after_help().map(ToString::to_string).as_deref(),
            Some(h.cli_after_help)
        );
        for (path, id, text) in all_texts(super::Cli::command()) {
            let expected = match id.as_str() {
                "" => command_about(h, &path),
                "help" => continue,
                "version" => Some(h.cli_version_flag),
                id => arg_help(h, &path, id),
            };
            assert_eq!(text.as_deref(), expected, "`{path}` `{id}`");
        }
    }

    /// In French, every command and every option has its own help, none of it English.
    #[test]
    fn every_command_and_option_has_french_help() {
        let english = all_texts(super::Cli::command());
        let french = all_texts(command_in(messages("fr")));
        assert_eq!(english.len(), french.len());
        for ((path, id, en), (fr_path, fr_id, fr)) in english.iter().zip(&french) {
            assert_eq!((path, id), (fr_path, fr_id));
            let fr = fr
                .as_deref()
                .unwrap_or_else(|| panic!("`{path}` `{id}` has no help"));
            assert_ne!(Some(fr), en.as_deref(), "`{path}` `{id}` is still English");
            for word in [
                " the ", " and ", " of ", " to ", "Print", "Show", "default:",
            ] {
                assert!(!fr.contains(word), "`{path}` `{id}`: {fr}");
            }
        }
    }
}
