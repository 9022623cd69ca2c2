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
        args.partners
            .as_deref()
            .map(|names| {
                let reserved: Vec<String> = questionnaire
                    .definition
                    .profile
                    .iter()
                    .filter(|f| f.partners)
                    .flat_map(|f| f.choices.iter().map(|c| c.code.clone()))
                    .collect();
                crate::evaluation::partners_from_names(names, &reserved)
            })
            .unwrap_or_default(),
    )?;
    let dir = crate::sanitize::for_terminal(&args.dir.display().to_string()).into_owned();
    let m = evaluation.messages();
    crate::i18n::set_current(m);
    writeln!(
        out,
        "{}",
        m.init_created(
            &crate::sanitize::one_line(&evaluation.settings.name),
            &dir,
            &evaluation.definition.id,
            &evaluation.definition.version,
            &evaluation.settings.languages.join(", "),
            evaluation.settings.min_group_size
        )
    )?;
    if !evaluation.settings.partners.is_empty() {
        let names: Vec<&str> = evaluation
            .settings
            .partners
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        writeln!(
            out,
            "{}",
            m.init_partners(&crate::sanitize::one_line(&names.join(", ")))
        )?;
    } else if evaluation.definition.profile.iter().any(|f| f.partners) {
        writeln!(out, "{}", m.init_no_partners(&dir))?;
    }
    writeln!(
        out,
        "{}",
        m.init_next(&crate::shell::word(&args.dir.display().to_string()))
    )?;
    Ok(())
}
