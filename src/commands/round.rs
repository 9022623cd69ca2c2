//! `partnereval round new DIR NAME` and `partnereval round list DIR`.

use std::io::Write;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::cli::{ListFormat, RoundCommand, RoundListArgs, RoundNewArgs};
use crate::error::Error;
use crate::evaluation::{Evaluation, Round};
use crate::response::store;
use crate::sanitize::for_terminal;
use crate::shell;

/// `style` is standard output's (the table of `round list`).
pub fn run(
    command: &RoundCommand,
    style: crate::output::Style,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match command {
        RoundCommand::New(args) => new(args, out),
        RoundCommand::List(args) => list(args, style, out),
    }
}

fn open(dir: &std::path::Path) -> anyhow::Result<Evaluation> {
    if !Evaluation::is_evaluation(dir) {
        return Err(Error::Usage(
            crate::i18n::current()
                .commands
                .not_an_evaluation(&dir.display().to_string()),
        )
        .into());
    }
    let evaluation = Evaluation::open(dir)?;
    crate::i18n::set_current(evaluation.messages());
    Ok(evaluation)
}

fn new(args: &RoundNewArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut evaluation = open(&args.dir)?;
    let found = store::list_drafts(&evaluation.responses_dir());
    let round = evaluation.new_round(&args.name, args.first_name.as_deref())?;
    // The round before the new one, under the name it has now (`--first-name`).
    let rounds = evaluation.rounds();
    let previous = rounds[rounds.len().saturating_sub(2)].clone();
    let dir = for_terminal(&shell::word(&args.dir.display().to_string())).into_owned();
    let m = evaluation.messages();
    writeln!(
        out,
        "{}",
        m.round_started(
            &for_terminal(&round.name),
            &round.id,
            &dir,
            &evaluation.round_dir(&round).display().to_string()
        )
    )?;
    let waiting = found.drafts.len() + found.unusable.len();
    if waiting > 0 {
        writeln!(
            out,
            "{}",
            m.round_drafts_left(
                waiting,
                &for_terminal(&previous.name),
                &finish_command(&dir, &previous),
                &format!("partnereval round list {dir}")
            )
        )?;
    }
    writeln!(
        out,
        "{}",
        m.round_compare_hint(&crate::shell::word(&args.dir.display().to_string()))
    )?;
    Ok(())
}

/// The command that offers the drafts of `round` only and submits them into it; `dir` is
/// the evaluation folder as a shell word.
fn finish_command(dir: &str, round: &Round) -> String {
    format!(
        "partnereval take {dir} --round {}",
        for_terminal(&shell::word(&round.name))
    )
}

/// Version of the `round list --format json` format.
pub const ROUNDS_SCHEMA_VERSION: u32 = 1;

/// What `round list --format json` prints: the rounds of an evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "partnereval round list")]
pub struct RoundListing {
    /// Version of this format: 1.
    pub schema_version: u32,
    /// The rounds, oldest first; the last is the current one. An evaluation that never
    /// started a second round has one, in `responses/`.
    pub rounds: Vec<RoundEntry>,
}

/// One round of the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoundEntry {
    /// The round's id: `round-1` for the first, else its folder under `rounds/`.
    pub id: String,
    /// The round's name, as `--round` takes it.
    pub name: String,
    /// Day the round started.
    #[schemars(with = "String", extend("format" = "date"))]
    pub started: jiff::civil::Date,
    /// Whether this is the current round, the one `take` writes into.
    pub current: bool,
    /// The folder of its responses, relative to the evaluation.
    pub folder: String,
    /// Response files (`.json`) in it.
    pub files: usize,
    /// Bundles (`.ndjson`, `.jsonl`) in it.
    pub bundles: usize,
    /// Drafts in it (unfinished responses), unreadable ones included.
    pub drafts: usize,
}

fn list(
    args: &RoundListArgs,
    style: crate::output::Style,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let evaluation = open(&args.dir)?;
    let current = evaluation.current_round();
    let mut entries = Vec::new();
    for round in evaluation.rounds() {
        let dir = evaluation.round_dir(&round);
        let (mut files, mut bundles) = (0, 0);
        if dir.is_dir() {
            let sources = crate::report::input::sources(std::slice::from_ref(&dir))?;
            bundles = sources.files.iter().filter(|s| s.bundle).count();
            files = sources.files.len() - bundles;
        }
        let found = store::list_drafts(&dir);
        entries.push(RoundEntry {
            current: round.id == current.id,
            folder: dir
                .strip_prefix(&evaluation.dir)
                .unwrap_or(&dir)
                .display()
                .to_string(),
            id: round.id,
            name: round.name,
            started: round.started,
            files,
            bundles,
            drafts: found.drafts.len() + found.unusable.len(),
        });
    }
    match args.format {
        ListFormat::Json => {
            let listing = RoundListing {
                schema_version: ROUNDS_SCHEMA_VERSION,
                rounds: entries,
            };
            serde_json::to_writer_pretty(&mut *out, &listing)?;
            writeln!(out)?;
        }
        ListFormat::Table => {
            let m = evaluation.messages();
            let mut table = crate::tables::compact(style);
            table.set_header(m.round_columns.to_vec());
            for e in &entries {
                table.add_row(vec![
                    if e.current { "*" } else { "" }.to_owned(),
                    for_terminal(&e.name).into_owned(),
                    e.started.to_string(),
                    e.folder.clone(),
                    e.files.to_string(),
                    e.bundles.to_string(),
                    e.drafts.to_string(),
                ]);
            }
            crate::tables::tighten(&mut table);
            writeln!(out, "{table}")?;
            writeln!(out, "{}", m.round_current_note)?;
            // The current round's drafts are offered by `take` as it is; an earlier round's
            // wait for someone to finish them there.
            let dir = for_terminal(&shell::word(&args.dir.display().to_string())).into_owned();
            for (round, e) in evaluation.rounds().iter().zip(&entries) {
                if e.drafts > 0 && !e.current {
                    writeln!(
                        out,
                        "{}",
                        m.round_list_drafts(
                            e.drafts,
                            &for_terminal(&e.name),
                            &finish_command(&dir, round)
                        )
                    )?;
                }
            }
        }
    }
    Ok(())
}
