//! `partnereval compare TARGET --from A --to B`: two rounds (or two response sets) side by
//! side.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::CompareArgs;
use crate::error::Error;
use crate::evaluation::{DEFAULT_MIN_GROUP_SIZE, Evaluation};
use crate::report::Options;
use crate::report::compare::compare;
use crate::report::render::Format;
use crate::report::render::compare::render;

/// One side: a label and where its responses are.
struct Side {
    label: String,
    paths: Vec<PathBuf>,
}

pub fn run(
    args: &CompareArgs,
    outputs: &crate::output::Outputs,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let common = &args.compile;
    common.output.check()?;
    let path = Path::new(&args.target);
    let shown = path.display().to_string();
    let (def, min, name, from, to) = if path.is_dir() {
        if !Evaluation::is_evaluation(path) {
            let m = &crate::i18n::current().commands;
            return Err(Error::Usage(m.compare_not_evaluation(&shown)).into());
        }
        let evaluation = Evaluation::open(path)?;
        if common.lang.is_none() {
            crate::i18n::set_current(evaluation.messages());
        }
        let m = &crate::i18n::current().commands;
        let rounds = evaluation.rounds();
        // A path where a round is expected: files are compared with a questionnaire.
        let round = |wanted: &str| {
            evaluation.find_round(wanted).map_err(|e| {
                if Path::new(wanted).exists() {
                    Error::Usage(m.compare_files_hint(
                        &e.to_string(),
                        &crate::shell::word(&evaluation.definition.id),
                    ))
                } else {
                    e
                }
            })
        };
        let (from, to) = (
            args.from.as_deref().map(round).transpose()?,
            args.to.as_deref().map(round).transpose()?,
        );
        let to = to.unwrap_or_else(|| evaluation.current_round());
        let from = match from {
            Some(r) => r,
            None => {
                let at = rounds.iter().position(|r| r.id == to.id).unwrap_or(0);
                match at.checked_sub(1) {
                    Some(k) => rounds[k].clone(),
                    None if rounds.len() == 1 => {
                        return Err(
                            Error::Usage(m.single_round(&crate::shell::word(&shown))).into()
                        );
                    }
                    None => {
                        return Err(
                            Error::Usage(m.first_round_none_before(&to.name, &shown)).into()
                        );
                    }
                }
            }
        };
        if from.id == to.id {
            return Err(Error::Usage(m.same_round(&to.name)).into());
        }
        let side = |r: &crate::evaluation::Round| Side {
            label: r.name.clone(),
            paths: vec![evaluation.round_dir(r)],
        };
        (
            evaluation.definition.clone(),
            evaluation.settings.min_group_size as usize,
            Some(crate::sanitize::one_line(&evaluation.settings.name)),
            side(&from),
            side(&to),
        )
    } else {
        let def = crate::questionnaire::load(&args.target)?.definition;
        let (Some(from), Some(to)) = (&args.from, &args.to) else {
            return Err(Error::Usage(
                crate::i18n::current()
                    .commands
                    .compare_needs_both(&crate::shell::word(&args.target)),
            )
            .into());
        };
        // Standard input can be read for one side only (a pipe named on both is refused
        // when the second side is read).
        if from == "-" && to == "-" {
            return Err(
                Error::Usage(crate::i18n::current().responses.stream_given_twice("-")).into(),
            );
        }
        let side = |p: &str| Side {
            label: if p == "-" {
                crate::report::stream::STDIN_NAME.to_owned()
            } else {
                crate::sanitize::one_line(p)
            },
            paths: vec![PathBuf::from(p)],
        };
        (
            def,
            DEFAULT_MIN_GROUP_SIZE as usize,
            None,
            side(from),
            side(to),
        )
    };
    let threshold = match args.threshold {
        Some(t) if !(t.is_finite() && t >= 0.0) => {
            return Err(Error::Usage(
                crate::i18n::current()
                    .commands
                    .bad_threshold(crate::i18n::Short(t, 6)),
            )
            .into());
        }
        Some(t) => Some(t),
        None => None,
    };
    let options = Options {
        language: common.language(&def)?,
        min_group_size: common.min_group(min)?,
        by: None,
        evaluation: name,
        round: None,
        partners: Vec::new(),
        report_by: Vec::new(),
        no_scores: false,
    };
    let compile = |side: &Side| {
        super::report::compile_paths(&def, &side.paths, &options, common.skip_invalid)
    };
    let (a, b) = (compile(&from)?, compile(&to)?);
    if threshold.is_some() && !b.rules.scales.is_empty() {
        let scales: Vec<String> = b
            .rules
            .scales
            .iter()
            .filter(|s| !s.items.is_empty())
            .map(|s| {
                let m = crate::i18n::current();
                format!("{}–{}", m.short(s.low, 2), m.short(s.high, 2))
            })
            .collect();
        return Err(Error::Usage(
            crate::i18n::current()
                .commands
                .threshold_several_scales(&scales.join(", ")),
        )
        .into());
    }
    let comparison = compare(&def, &a, &b, &from.label, &to.label, threshold);
    let format = Format::from(args.format);
    common.emit(outputs, out, |style, out| {
        render(&comparison, format, style, out)
    })
}
