//! `partnereval schema NAME`: print a JSON Schema.

use std::io::Write;

use crate::cli::SchemaArgs;

pub fn run(args: &SchemaArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    out.write_all(crate::schemas::render(args.name).as_bytes())?;
    Ok(())
}
