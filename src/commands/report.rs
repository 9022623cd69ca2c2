//! `partnereval report TARGET [RESPONSES...]`: compile and render.

use std::io::Write;

use crate::cli::ReportArgs;
use crate::error::Error;
use crate::report::accumulate::Layout;
use crate::report::render::{Format, render};
use crate::report::{Options, compile, input};

pub fn run(
    args: &ReportArgs,
    outputs: &crate::output::Outputs,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let target = super::responses_target(
        "report",
        &args.target,
        &args.responses,
        args.round.as_deref(),
        args.compile.lang.is_some(),
    )?;
    let (def, min, breakdowns) = (
        &target.definition,
        target.min_group_size,
        &target.breakdowns,
    );
    let common = &args.compile;
    common.output.check()?;
    let lang = common.language(def)?;
    if let Some(by) = &args.by
        && def.profile.iter().any(|f| &f.id == by)
        && !breakdowns.contains(by)
    {
        let m = &crate::i18n::current().commands;
        let allowed = if breakdowns.is_empty() {
            m.by_allowed_none.to_owned()
        } else {
            breakdowns.join(", ")
        };
        return Err(Error::Usage(m.by_refused(by, &allowed)).into());
    }
    let options = Options {
        language: lang,
        min_group_size: common.min_group(min)?,
        by: args.by.clone(),
        evaluation: target.name.clone(),
        round: target.round.clone(),
        partners: target.partners.clone(),
        report_by: breakdowns.clone(),
        no_scores: args.no_scores,
    };
    let report = compile_paths(def, &target.paths, &options, common.skip_invalid)?;
    let format = Format::from(args.format);
    common.emit(outputs, out, |style, out| {
        render(&report, format, style, out)
    })
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
    sources.warn_not_read();
    let mut grouped: Vec<&str> = options.by.iter().map(String::as_str).collect();
    if let Some(mx) = &def.matrix {
        grouped.push(&mx.by);
    }
    let layout =
        Layout::new(def, &grouped).with_cross(options.by.is_some() && options.report_by.len() > 1);
    let progress = input::Progress::new(sources.work);
    let acc = input::read(&sources, &layout, &progress)?;
    progress.finish();
    if !acc.bad.is_empty() {
        // Every problem on stderr, located where it has a place; then, without
        // --skip-invalid, the refusal, else how many were skipped (the report counts them).
        let m = &crate::i18n::current().commands;
        for (_, s) in &acc.bad {
            eprintln!("{}", s.line());
        }
        if !skip_invalid {
            let total = acc.bad.len() as i64 + acc.individual + acc.collectives.len() as i64;
            return Err(Error::Invalid(
                m.compile_refused(acc.bad.len(), usize::try_from(total).unwrap_or(0)),
            )
            .into());
        }
        eprintln!("{}", m.compile_skipped(acc.bad.len()));
    }
    let mut report = compile(&layout, acc, sources.drafts, options)?;
    // Entries that were not responses are named in the report's skipped figures too.
    report.skipped.extend(sources.not_read.iter().cloned());
    Ok(report)
}
