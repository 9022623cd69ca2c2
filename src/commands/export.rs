//! `partnereval export TARGET --format ndjson`: every valid response, one per line.

use std::io::{BufRead, BufReader, Write};

use crate::cli::ExportArgs;
use crate::error::Error;
use crate::report::accumulate::{Layout, Location};
use crate::report::input;
use crate::response::Response;

pub fn run(args: &ExportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let target = super::responses_target(
        "export",
        &args.target,
        &args.responses,
        args.round.as_deref(),
    )?;
    let (def, paths) = (target.definition, target.paths);
    if let Some(file) = &args.output {
        super::check_output(file)?;
    }
    let sources = input::sources(&paths)?;
    // First pass: check everything (the same checks as reports, repeated ids included).
    let layout = Layout::new(&def, &[]);
    let progress = input::Progress::new(sources.work * 2);
    let acc = input::read(&sources, &layout, &progress)?;
    let bad: std::collections::HashSet<Location> = acc.bad.iter().map(|(at, _)| *at).collect();
    if !acc.bad.is_empty() {
        let list = acc
            .bad
            .iter()
            .map(|(_, s)| format!("{}: {}", s.file, s.reason))
            .collect::<Vec<_>>()
            .join("\n");
        if !args.skip_invalid {
            progress.finish();
            return Err(Error::Invalid(format!(
                "{list}\n{} responses are invalid; nothing was exported (use --skip-invalid to leave them out)",
                acc.bad.len()
            ))
            .into());
        }
        eprintln!("{}", crate::sanitize::for_terminal(&list));
        eprintln!("{} invalid responses left out", acc.bad.len());
    }
    // Second pass: write the good ones, in order.
    let mut buffer: Vec<u8> = Vec::new();
    let mut sink: Box<dyn Write + '_> = match &args.output {
        Some(_) => Box::new(&mut buffer),
        None => Box::new(std::io::BufWriter::with_capacity(1 << 20, &mut *out)),
    };
    for (i, source) in sources.files.iter().enumerate() {
        let i = i as u32;
        if source.bundle {
            let reader = BufReader::new(std::fs::File::open(&source.path)?);
            for (k, line) in reader.split(b'\n').enumerate() {
                let line = line?;
                let at = Location {
                    source: i,
                    line: k as u32 + 1,
                };
                if bad.contains(&at) || line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                write_line(&mut sink, &line)?;
            }
        } else if !bad.contains(&Location { source: i, line: 0 }) {
            write_line(&mut sink, &std::fs::read(&source.path)?)?;
        }
    }
    sink.flush()?;
    drop(sink);
    progress.finish();
    if let Some(file) = &args.output {
        super::write_output(file, &buffer)?;
    }
    Ok(())
}

/// One checked response as one compact line.
fn write_line(out: &mut dyn Write, json: &[u8]) -> anyhow::Result<()> {
    let response: Response = serde_json::from_slice(json)?;
    serde_json::to_writer(&mut *out, &response)?;
    out.write_all(b"\n")?;
    Ok(())
}
