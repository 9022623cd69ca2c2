//! `partnereval init DIR --questionnaire Q`: create an evaluation folder.

use std::io::Write;

use crate::cli::InitArgs;
use crate::evaluation::Evaluation;
use crate::questionnaire::load;

pub fn run(args: &InitArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let questionnaire = load(&args.questionnaire)?;
    let evaluation = Evaluation::init(
        &args.dir,
        &questionnaire,
        args.name.as_deref(),
        args.lang.clone(),
        args.min_group,
    )?;
    let dir = crate::sanitize::for_terminal(&args.dir.display().to_string()).into_owned();
    writeln!(
        out,
        "Created evaluation \"{}\" in {dir} ({} {}, languages {}, minimum group size {}).",
        crate::sanitize::one_line(&evaluation.settings.name),
        evaluation.definition.id,
        evaluation.definition.version,
        evaluation.settings.languages.join(", "),
        evaluation.settings.min_group_size
    )?;
    writeln!(out, "Members answer with:   partnereval take {dir}")?;
    writeln!(out, "Settings are in:       {dir}/evaluation.toml")?;
    Ok(())
}
