//! The command line, as clap sees it. Commands turn these into domain values.

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
    /// Language of the titles (default: each questionnaire's default language).
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
    /// json, the questionnaire's default language for text.
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    /// The questionnaire TOML format (docs/questionnaire.schema.json).
    Questionnaire,
    /// The normalised definition printed by `show --format json` (docs/definition.schema.json).
    Definition,
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
