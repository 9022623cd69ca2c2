//! `partnereval export TARGET --format ndjson`: every valid response, one per line.

use std::io::Write;

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
        false,
    )?;
    let (def, paths) = (target.definition, target.paths);
    args.output.check()?;
    let sources = input::sources(&paths)?;
    sources.warn_not_read();
    // First pass: check everything (the same checks as reports, repeated ids included).
    let layout = Layout::new(&def, &[]);
    let progress = input::Progress::new(sources.work * 2);
    let acc = input::read(&sources, &layout, &progress)?;
    let bad: std::collections::HashSet<Location> = acc.bad.iter().map(|(at, _)| *at).collect();
    if !acc.bad.is_empty() {
        let m = &crate::i18n::current().commands;
        if !args.skip_invalid {
            progress.finish();
        }
        for (_, s) in &acc.bad {
            eprintln!("{}", s.line());
        }
        if !args.skip_invalid {
            return Err(Error::Invalid(m.export_refused(acc.bad.len())).into());
        }
        eprintln!("{}", m.export_left_out(acc.bad.len()));
    }
    // Second pass: write the good ones, in order.
    let mut buffer: Vec<u8> = Vec::new();
    let mut sink: Box<dyn Write + '_> = match args.output.file() {
        Some(_) => Box::new(&mut buffer),
        None => Box::new(std::io::BufWriter::with_capacity(1 << 20, &mut *out)),
    };
    for (i, source) in sources.files.iter().enumerate() {
        let i = i as u32;
        let mut failed: Option<anyhow::Error> = None;
        // A bundle whose reading stopped early: nothing from there on was checked.
        let stop = acc
            .stopped
            .iter()
            .filter(|s| s.source == i)
            .map(|s| s.line)
            .min();
        let result = input::reread(source, |line, bytes| {
            let at = Location { source: i, line };
            if bad.contains(&at)
                || stop.is_some_and(|s| line >= s)
                || bytes.iter().all(u8::is_ascii_whitespace)
            {
                return Ok(());
            }
            if let Err(e) = write_line(&mut sink, &bytes) {
                failed = Some(e);
                return Err(std::io::Error::other("stopped"));
            }
            Ok(())
        });
        // A write that failed (a closed pipe, a full disk) is the error to report.
        if let Some(e) = failed {
            return Err(e);
        }
        result.map_err(|error| Error::Read {
            path: source.path.clone(),
            error,
        })?;
    }
    sink.flush()?;
    drop(sink);
    progress.finish();
    args.output.write(&buffer)?;
    Ok(())
}

/// One checked response as one compact line.
fn write_line(out: &mut dyn Write, json: &[u8]) -> anyhow::Result<()> {
    let response: Response = serde_json::from_slice(json)?;
    serde_json::to_writer(&mut *out, &response)?;
    out.write_all(b"\n")?;
    Ok(())
}
