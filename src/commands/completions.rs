//! `partnereval completions SHELL`: print a completion script.

use std::io::Write;

use crate::cli::CompletionsArgs;

pub fn run(args: &CompletionsArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    // Descriptions (zsh, fish, PowerShell) in the language partnereval speaks.
    let mut command = crate::cli::command();
    // `clap_complete::generate` panics when it cannot write; written into memory first, the
    // script reaches `out` like any other output, so that a closed pipe or a full disk is
    // told apart as for every other command.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "partnereval", &mut script);
    out.write_all(&script)?;
    Ok(())
}
