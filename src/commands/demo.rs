//! `partnereval demo DIR`: an evaluation filled with synthetic responses.

use std::io::Write;

use anyhow::Context;
use rayon::prelude::*;

use crate::cli::DemoArgs;
use crate::demo::Demo;
use crate::evaluation::{DEFAULT_MIN_GROUP_SIZE, Evaluation, partners_from_names};
use crate::questionnaire::load;
use crate::response::{Mode, store};

/// Partner organisations of the demo, for questionnaires that ask for one.
const DEMO_PARTNERS: &str = "Harbour Family Health Team, City Public Health, Northside Food Bank, Riverside Housing Co-op, Eastgate School Board";

/// Responses are made and written in batches of this many.
const BATCH: u64 = 8192;

pub fn run(args: &DemoArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let loaded = load(&args.questionnaire)?;
    let partners = if loaded.definition.profile.iter().any(|f| f.partners) {
        partners_from_names(DEMO_PARTNERS, &[])
    } else {
        Vec::new()
    };
    // The evaluation's own words (its name, its rounds' names) are in the language of the
    // person who makes it: the locale's when the questionnaire offers it, else its default.
    let lang = crate::i18n::preferred_language(
        &loaded.definition.languages,
        &loaded.definition.default_language,
    );
    let name = crate::i18n::messages(&lang).commands.demo_name(
        loaded
            .definition
            .title
            .get(&lang, &loaded.definition.default_language),
    );
    let evaluation = Evaluation::init(
        &args.dir,
        &loaded,
        Some(&name),
        None,
        DEFAULT_MIN_GROUP_SIZE,
        partners,
    )?;
    let mut evaluation = evaluation;
    crate::i18n::set_current(evaluation.messages());
    let words = &crate::i18n::messages(&lang).commands;
    let definition = evaluation.definition.clone();
    let first = Demo::new(&definition, args.seed);
    for round in 1..=args.rounds {
        if round > 1 {
            evaluation.new_round(&words.demo_round_name(round), None)?;
        }
        let demo = if round == 1 {
            Demo::new(&definition, args.seed)
        } else {
            first.later_round(round)
        };
        fill_round(&demo, &evaluation.responses_dir(), args)?;
    }
    let def = &evaluation.definition;
    let dir = crate::sanitize::for_terminal(&args.dir.display().to_string()).into_owned();
    let dir_word = crate::shell::word(&args.dir.display().to_string());
    let m = &crate::i18n::current().commands;
    writeln!(
        out,
        "{}",
        m.demo_created(
            &dir,
            args.respondents,
            args.rounds,
            &format!("{} {}", def.id, def.version),
            args.seed,
            u64::from(args.collective)
        )
    )?;
    // Only commands that work on what was made: a breakdown the evaluation allows.
    let report = match evaluation.breakdowns().first() {
        Some(field) => format!(
            "partnereval report {dir_word} --by {}",
            crate::shell::word(field)
        ),
        None => format!("partnereval report {dir_word}"),
    };
    if args.rounds > 1 {
        let compare = format!("partnereval compare {dir_word}");
        writeln!(out, "{}", m.demo_try_rounds(&report, &compare))?;
    } else {
        writeln!(out, "{}", m.demo_try(&report))?;
    }
    Ok(())
}

/// Writes the responses of one round into `responses`.
fn fill_round(demo: &Demo<'_>, responses: &std::path::Path, args: &DemoArgs) -> anyhow::Result<()> {
    let mut bundle = if args.bundle {
        let file = tempfile::Builder::new()
            .prefix(".tmp-")
            .suffix(".partial")
            .tempfile_in(responses)
            .context(crate::i18n::current().commands.cannot_create_bundle)?;
        Some(std::io::BufWriter::with_capacity(1 << 20, file))
    } else {
        None
    };
    let mut start = 0;
    while start < args.respondents {
        let end = (start + BATCH).min(args.respondents);
        let lines: Vec<String> = (start..end)
            .into_par_iter()
            .map(|n| {
                let r = demo.response(n, Mode::Individual);
                match &bundle {
                    Some(_) => serde_json::to_string(&r).map_err(anyhow::Error::from),
                    None => {
                        let mut json = serde_json::to_vec_pretty(&r)?;
                        json.push(b'\n');
                        store::write_file(
                            responses,
                            &format!("{}.json", r.id),
                            &json,
                            false,
                            false,
                        )?;
                        Ok(String::new())
                    }
                }
            })
            .collect::<anyhow::Result<_>>()?;
        if let Some(w) = &mut bundle {
            for line in lines {
                w.write_all(line.as_bytes())?;
                w.write_all(b"\n")?;
            }
        }
        start = end;
    }
    if let Some(w) = bundle {
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.as_file().sync_all()?;
        file.persist(responses.join("demo.ndjson"))
            .map_err(|e| e.error)?;
    }
    if args.collective {
        let sample: Vec<_> = (0..args.respondents.min(200))
            .map(|n| demo.response(n, Mode::Individual))
            .collect();
        store::submit(&store::Folder::plain(responses), &demo.collective(&sample))?;
    }
    Ok(())
}
