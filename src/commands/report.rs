//! `partnereval report TARGET [RESPONSES...]`: compile and render.

use std::io::Write;

use crate::cli::ReportArgs;
use crate::error::Error;
use crate::report::accumulate::Layout;
use crate::report::render::{Format, render};
use crate::report::{Options, compile, input};

pub fn run(args: &ReportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let target = super::responses_target(
        "report",
        &args.target,
        &args.responses,
        args.round.as_deref(),
    )?;
    let (def, min, breakdowns) = (
        &target.definition,
        target.min_group_size,
        &target.breakdowns,
    );
    if let Some(file) = &args.output {
        super::check_output(file)?;
    }
    let lang = args
        .lang
        .clone()
        .unwrap_or_else(|| def.default_language.clone());
    def.require_language(&lang)?;
    if let Some(by) = &args.by
        && def.profile.iter().any(|f| &f.id == by)
        && !breakdowns.contains(by)
    {
        return Err(Error::Usage(format!(
            "figures by `{by}` are not allowed here (allowed: {}). Figures broken down by two different fields can be subtracted from each other to reveal one person's answers; an evaluation allows the fields listed in `report_by` in its evaluation.toml.",
            if breakdowns.is_empty() { "none".to_owned() } else { breakdowns.join(", ") }
        ))
        .into());
    }
    if let Some(n) = args.min_group
        && n < min
    {
        return Err(Error::Usage(format!(
            "--min-group {n} is below this evaluation's minimum group size ({min}); a report may only raise it"
        ))
        .into());
    }
    let options = Options {
        language: lang,
        min_group_size: args.min_group.unwrap_or(min),
        by: args.by.clone(),
        evaluation: target.name.clone(),
        round: target.round.clone(),
        partners: target.partners.clone(),
    };
    let report = compile_paths(def, &target.paths, &options, args.skip_invalid)?;
    let format = Format::from(args.format);
    match &args.output {
        Some(file) => {
            let mut buffer = Vec::new();
            let width = if format == Format::Table { 100 } else { 80 };
            render(&report, format, width, &mut buffer)?;
            super::write_output(file, &buffer)?;
        }
        None => render(&report, format, super::output_width(), out)?,
    }
    Ok(())
}

/// Reads the responses in `paths` (files, folders, bundles) and compiles them; refuses when
/// some are invalid unless `skip_invalid`.
pub fn compile_paths(
    def: &crate::questionnaire::Definition,
    paths: &[std::path::PathBuf],
    options: &Options,
    skip_invalid: bool,
) -> anyhow::Result<crate::report::Report> {
    let sources = input::sources(paths)?;
    let mut grouped: Vec<&str> = options.by.iter().map(String::as_str).collect();
    if let Some(mx) = &def.matrix {
        grouped.push(&mx.by);
    }
    let layout = Layout::new(def, &grouped);
    let progress = input::Progress::new(sources.work);
    let acc = input::read(&sources, &layout, &progress)?;
    progress.finish();
    if !acc.bad.is_empty() && !skip_invalid {
        let problems = acc
            .bad
            .iter()
            .map(|(_, s)| format!("{}: {}", s.file, s.reason))
            .collect::<Vec<_>>();
        return Err(Error::Invalid(format!(
            "{}\n{} of {} responses are invalid; nothing was compiled (use --skip-invalid to report them as skipped and go on)",
            problems.join("\n"),
            acc.bad.len(),
            acc.bad.len() as i64 + acc.individual + acc.collectives.len() as i64
        ))
        .into());
    }
    Ok(compile(&layout, acc, sources.drafts, options)?)
}
