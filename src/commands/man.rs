//! `partnereval man [COMMAND...]` and `partnereval man --out-dir DIR`: the manual pages.
//!
//! The pages are written by clap_mangen from the same command line as `--help`
//! ([`crate::cli::command`]), so they say what the help says, in the language partnereval
//! speaks. One page per command, named as packagers install them: `partnereval.1` lists the
//! commands, `partnereval-report.1`, `partnereval-round-new.1` and so on describe one each.

use std::io::Write;

use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};

use crate::cli::ManArgs;
use crate::error::Error;
use crate::i18n::HelpMessages;

/// The manual section of user commands.
const SECTION: &str = "1";

pub fn run(args: &ManArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if let Some(lang) = &args.lang {
        // `crate::main` speaks the first `--lang` when partnereval speaks it.
        let lang_lower = lang.to_ascii_lowercase();
        let spoken = crate::i18n::LANGUAGES
            .iter()
            .any(|l| lang_lower == *l || lang_lower.starts_with(&format!("{l}-")));
        if !spoken {
            return Err(Error::Usage(
                crate::i18n::current()
                    .commands
                    .man_language(lang, &crate::i18n::LANGUAGES.join(", ")),
            )
            .into());
        }
    }
    let pages = pages();
    match &args.out_dir {
        Some(dir) => {
            for page in &pages {
                let path = crate::response::store::write_atomic(
                    dir,
                    &page.file_name(),
                    page.roff.as_bytes(),
                    true,
                )?;
                writeln!(out, "{}", path.display())?;
            }
        }
        None => {
            let wanted = args.command.join(" ");
            let page =
                pages.iter().find(|p| p.path == wanted).ok_or_else(|| {
                    let known: Vec<&str> = pages
                        .iter()
                        .map(|p| p.path.as_str())
                        .filter(|p| !p.is_empty())
                        .collect();
                    Error::Usage(crate::i18n::current().commands.man_unknown_command(
                        &crate::sanitize::one_line(&wanted),
                        &known.join(", "),
                    ))
                })?;
            out.write_all(page.roff.as_bytes())?;
        }
    }
    Ok(())
}

/// One manual page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The command's words after `partnereval`: "" for partnereval itself, "round new".
    pub path: String,
    /// The page, in roff.
    pub roff: String,
}

impl Page {
    /// The page's file name: `partnereval.1`, `partnereval-round-new.1`.
    pub fn file_name(&self) -> String {
        let mut name = String::from("partnereval");
        for word in self.path.split_whitespace() {
            name.push('-');
            name.push_str(word);
        }
        format!("{name}.{SECTION}")
    }
}

/// Every page, partnereval's first, then each command's (a command's own commands after
/// it), in the language partnereval speaks.
pub fn pages() -> Vec<Page> {
    let h = &crate::i18n::current().help;
    let mut cmd = crate::cli::command();
    cmd.build();
    prepare(&mut cmd, h);
    let mut pages = Vec::new();
    collect(&cmd, "", &[], h, &mut pages);
    pages
}

/// Readies `cmd` and its commands for clap_mangen: clap's `help` command has no page; every
/// argument sits under the help's "Arguments" or "Options" heading (English help has them by
/// default; clap_mangen would otherwise file everything under OPTIONS), and the commands are
/// named by the help's placeholder and listed under the pages' heading for them.
fn prepare(cmd: &mut clap::Command, h: &'static HelpMessages) {
    let c = std::mem::take(cmd)
        .subcommand_value_name(h.cli_value_command)
        .subcommand_help_heading(h.man_heading_commands);
    // The catalogue's headings end with their colon (in French, with the space before it).
    let trimmed = |heading: &'static str| heading.trim_end_matches(':').trim_end();
    // No argument has a heading of its own: those of the help are the only ones.
    *cmd = c.mut_args(|a| {
        let heading = if a.is_positional() {
            trimmed(h.cli_heading_arguments)
        } else {
            trimmed(h.cli_heading_options)
        };
        a.help_heading(heading)
    });
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() == "help" {
            *sub = std::mem::take(sub).hide(true);
        } else {
            prepare(sub, h);
        }
    }
}

/// The page of `cmd` (at `path`, under the commands `parents`) and those of its commands.
fn collect(
    cmd: &clap::Command,
    path: &str,
    parents: &[String],
    h: &'static HelpMessages,
    pages: &mut Vec<Page>,
) {
    pages.push(Page {
        path: path.to_owned(),
        roff: render(cmd, parents, h),
    });
    let name = cmd.get_display_name().unwrap_or(cmd.get_name()).to_owned();
    let mut parents = parents.to_vec();
    parents.push(name);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let sub_path = if path.is_empty() {
            sub.get_name().to_owned()
        } else {
            format!("{path} {}", sub.get_name())
        };
        collect(sub, &sub_path, &parents, h, pages);
    }
}

/// The page of one command: clap_mangen's, its section headings in the language spoken, and
/// for a command, the pages to see also (partnereval's, its parent command's).
fn render(cmd: &clap::Command, parents: &[String], h: &'static HelpMessages) -> String {
    let version = cmd.get_version().unwrap_or_default();
    let man = Man::new(cmd.clone());
    let mut bytes = Vec::new();
    man.render(&mut bytes).expect("writing into memory");
    let text = String::from_utf8(bytes).expect("clap_mangen writes UTF-8");
    let mut page = String::with_capacity(text.len());
    // clap_mangen's own headings, in English (those of the arguments and commands are the
    // help's, see `prepare`). A text line is never one of these: roff escapes a leading dot.
    for line in text.split_inclusive('\n') {
        if line.starts_with(".TH ") {
            page.push_str(&title(man.get_filename(), version, h));
            continue;
        }
        let heading = match line.trim_end() {
            ".SH NAME" => h.man_heading_name,
            ".SH SYNOPSIS" => h.man_heading_synopsis,
            ".SH DESCRIPTION" => h.man_heading_description,
            ".SH EXTRA" => h.man_heading_notes,
            ".SH VERSION" => h.man_heading_version,
            _ => {
                page.push_str(line);
                continue;
            }
        };
        page.push_str(&Roff::new().control("SH", [heading]).to_roff());
    }
    if !parents.is_empty() {
        let mut roff = Roff::new();
        roff.control("SH", [h.man_heading_see_also]);
        let mut line = Vec::new();
        for (i, parent) in parents.iter().enumerate() {
            if i > 0 {
                line.push(roman(", "));
            }
            line.push(bold(parent.as_str()));
            line.push(roman(format!("({SECTION})")));
        }
        roff.text(line);
        page.push_str(&roff.to_roff());
    }
    page
}

/// The page's `.TH` line: its title, section, date (none: the page is the same whenever it
/// is made), source and manual. clap_mangen writes an empty date as nothing, so that the
/// source would be read as the date.
fn title(file_name: String, version: &str, h: &HelpMessages) -> String {
    let quoted = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let name = file_name
        .strip_suffix(&format!(".{SECTION}"))
        .unwrap_or(&file_name)
        .to_owned();
    format!(
        ".TH {} {SECTION} \"\" {} {}\n",
        quoted(&name),
        quoted(&format!("partnereval {version}")),
        quoted(h.man_manual)
    )
}
