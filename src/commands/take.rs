//! `partnereval take TARGET`: answer a questionnaire and submit a response.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::cli::TakeArgs;
use crate::error::Error;
use crate::evaluation::Evaluation;
use crate::i18n::{Messages, messages};
use crate::questionnaire::{Definition, load};
use crate::response::check::{Identity, check};
use crate::response::{Draft, Mode, answers_file, store};
use crate::survey::plain::Plain;
use crate::survey::tty::Tty;
use crate::survey::{Outcome, Prompter, Survey, SurveyError, new_draft};
use crate::{interrupt, sanitize};

/// Where the questionnaire comes from and where responses go.
struct Target {
    definition: Definition,
    /// Written relative to the folder's handle, never through a link put in place of one
    /// of the evaluation's folders meanwhile (see [`store::Folder`]).
    responses: store::Folder,
}

/// The language of `take`'s own words before the respondent chooses: `--lang`, else the
/// locale's when the questionnaire offers it, else its default.
fn interface_messages(args: &TakeArgs, def: &Definition) -> &'static Messages {
    messages(
        &args.lang.clone().unwrap_or_else(|| {
            crate::i18n::preferred_language(&def.languages, &def.default_language)
        }),
    )
}

/// The width the survey lays its text out in: the terminal's (on stderr, where it asks).
fn screen_width() -> usize {
    crate::terminal::width(&console::Term::stderr())
}

fn resolve(args: &TakeArgs) -> anyhow::Result<Target> {
    let path = Path::new(&args.target);
    if path.is_dir() {
        let m = &crate::i18n::current().commands;
        if !Evaluation::is_evaluation(path) {
            return Err(
                Error::Invalid(m.take_not_an_evaluation(&path.display().to_string())).into(),
            );
        }
        if args.out.is_some() {
            return Err(Error::Invalid(m.take_out_with_evaluation.to_owned()).into());
        }
        let evaluation = Evaluation::open(path)?;
        return Ok(Target {
            responses: evaluation.responses_folder(),
            definition: evaluation.definition,
        });
    }
    let loaded = load(&args.target)?;
    Ok(Target {
        definition: loaded.definition,
        responses: store::Folder::plain(args.out.clone().unwrap_or_else(|| PathBuf::from("."))),
    })
}

pub fn run(args: &TakeArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let target = resolve(args)?;
    let def = &target.definition;
    if let Some(lang) = &args.lang {
        def.require_language(lang)?;
    }
    crate::i18n::set_current(interface_messages(args, def));
    if let Some(file) = &args.answers {
        return submit_answers(args, file, &target, out);
    }
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let m = interface_messages(args, def);
    if !args.plain && !interactive {
        // In the language of the error line itself (set above).
        return Err(Error::Usage(m.commands.take_no_terminal(&args.target)).into());
    }
    let mut tty;
    let mut plain;
    let prompter: &mut dyn Prompter = if args.plain {
        plain = Plain::new(
            std::io::stdin().lock(),
            std::io::stderr(),
            m,
            screen_width(),
        );
        &mut plain
    } else {
        tty = Tty::new();
        &mut tty
    };
    interrupt::install(m);
    match interview(args, &target, prompter, out) {
        Err(e) => match e.downcast_ref::<SurveyError>() {
            Some(SurveyError::Interrupted) => interrupt::finish(interrupt::Stop::Interrupted),
            Some(SurveyError::EndOfInput) => interrupt::finish(interrupt::Stop::EndOfInput),
            _ => Err(e),
        },
        ok => ok,
    }
}

impl std::fmt::Display for SurveyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let m = &crate::i18n::current().commands;
        match self {
            SurveyError::Interrupted => f.write_str(m.survey_interrupted),
            SurveyError::EndOfInput => f.write_str(m.survey_end_of_input),
            SurveyError::Io(e) => f.write_str(&m.terminal_failed(&e.to_string())),
            SurveyError::Save(e) => f.write_str(&m.cannot_save_draft(&format!("{e:#}"))),
        }
    }
}

impl std::error::Error for SurveyError {}

/// The command that resumes `draft`.
fn resume_command(args: &TakeArgs, draft: &Draft) -> String {
    let mut cmd = format!("partnereval take {}", shell_word(&args.target));
    if let Some(out) = &args.out {
        cmd.push_str(&format!(
            " --out {}",
            shell_word(&out.display().to_string())
        ));
    }
    if args.plain {
        cmd.push_str(" --plain");
    }
    cmd.push_str(&format!(" --resume {}", draft.response.id));
    cmd
}

fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:".contains(c))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// Chooses or resumes a draft, runs the survey, and submits.
fn interview(
    args: &TakeArgs,
    target: &Target,
    p: &mut dyn Prompter,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let def = &target.definition;
    let responses = &target.responses;
    let first_m = interface_messages(args, def);
    let (draft, fresh) = match &args.resume {
        Some(id) => (load_matching_draft(&responses.path(), id, def)?, false),
        None => match offer_drafts(p, first_m, &responses.path(), def)? {
            Some(draft) => (draft, false),
            None => {
                let lang = match &args.lang {
                    Some(lang) => lang.clone(),
                    None => choose_language(p, def)?,
                };
                let mode = if args.collective {
                    Mode::Collective
                } else {
                    Mode::Individual
                };
                (new_draft(def, &lang, mode), true)
            }
        },
    };
    let m = messages(&draft.response.language);
    if !fresh {
        // A resumed draft is on disk already: stopping now loses none of its answers.
        interrupt::set_resume(m, resume_command(args, &draft));
    }
    let width = screen_width();
    let mut saved_once = false;
    let mut save = |d: &Draft| -> anyhow::Result<()> {
        store::save_draft(responses, d)?;
        if !saved_once {
            interrupt::set_resume(m, resume_command(args, d));
            saved_once = true;
        }
        Ok(())
    };
    let mut survey = Survey::new(def, draft, fresh, width, &mut save);
    let outcome = survey.run(p).map_err(anyhow::Error::from)?;
    let draft = survey.draft().clone();
    drop(survey);
    match outcome {
        Outcome::Submitted(response) => {
            let mut response = *response;
            response.submitted = crate::response::today();
            let problems = check(&response, def, Identity::Exact);
            if !problems.is_empty() {
                return Err(Error::Problems {
                    file: crate::i18n::current().commands.draft_label(&response.id),
                    problems,
                }
                .into());
            }
            let path = store::submit(responses, &response)?;
            store::remove_draft(responses, &response.id)?;
            // A new screen: the answers must not stay in view for the next person.
            p.screen(m.thanks).ok();
            writeln!(out, "{}", path.display())?;
        }
        Outcome::Left => {
            p.message(&m.left_as_draft(&resume_command(args, &draft)))
                .ok();
        }
        Outcome::Abandoned => {
            store::remove_draft(responses, &draft.response.id)?;
            p.message(m.abandoned).ok();
        }
    }
    Ok(())
}

fn load_matching_draft(responses: &Path, id: &str, def: &Definition) -> anyhow::Result<Draft> {
    let draft = store::load_draft(responses, id).map_err(|e| Error::Invalid(format!("{e:#}")))?;
    if draft.response.questionnaire.hash != def.hash {
        return Err(
            Error::Invalid(crate::i18n::current().commands.draft_other_version(
                id,
                &draft.response.questionnaire.id,
                &draft.response.questionnaire.version,
            ))
            .into(),
        );
    }
    Ok(draft)
}

/// Offers to resume an unfinished draft of this questionnaire; `None` to start anew.
fn offer_drafts(
    p: &mut dyn Prompter,
    m: &'static Messages,
    responses: &Path,
    def: &Definition,
) -> anyhow::Result<Option<Draft>> {
    let found = store::list_drafts(responses);
    let width = screen_width();
    for (path, reason) in &found.unusable {
        let text = m.draft_not_offered(
            &sanitize::for_terminal(&path.display().to_string()),
            &sanitize::for_terminal(reason),
        );
        p.message(&textwrap::fill(&text, width))
            .map_err(SurveyError::from)?;
    }
    let drafts: Vec<Draft> = found
        .drafts
        .into_iter()
        .filter(|d| d.response.questionnaire.hash == def.hash)
        .collect();
    if drafts.is_empty() {
        return Ok(None);
    }
    p.screen(&m.drafts_found(drafts.len()))
        .map_err(SurveyError::from)?;
    let total = def.items.len();
    let mut items: Vec<String> = drafts
        .iter()
        .map(|d| {
            m.resume_draft(
                &d.response.submitted.to_string(),
                d.response.answers.len(),
                total,
            )
        })
        .collect();
    items.push(m.start_new.to_owned());
    let chosen = p
        .select("", &items, Some(items.len() - 1))
        .map_err(SurveyError::from)?;
    Ok(chosen.and_then(|k| drafts.get(k).cloned()))
}

fn choose_language(p: &mut dyn Prompter, def: &Definition) -> anyhow::Result<String> {
    if def.languages.len() == 1 {
        return Ok(def.languages[0].clone());
    }
    let items: Vec<String> = def
        .languages
        .iter()
        .map(|l| {
            let m = messages(l);
            if m.lang == l {
                m.language_name.to_owned()
            } else {
                l.clone()
            }
        })
        .collect();
    // The locale's language first, when the questionnaire offers it.
    let preferred = crate::i18n::preferred_language(&def.languages, &def.default_language);
    let default = def.languages.iter().position(|l| *l == preferred);
    let chosen = p
        .select(messages(&preferred).choose_language, &items, default)
        .map_err(SurveyError::from)?;
    Ok(def.languages[chosen.or(default).unwrap_or(0)].clone())
}

/// `take --answers FILE`: check the answers and write them like an interactive response.
fn submit_answers(
    args: &TakeArgs,
    file: &str,
    target: &Target,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let m = &crate::i18n::current().commands;
    let (name, text) = if file == "-" {
        let limit = crate::files::MAX_RESPONSE_BYTES;
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .context(m.stdin_unreadable)?;
        if bytes.len() as u64 > limit {
            return Err(Error::Invalid(m.stdin_too_large(&crate::files::size(limit))).into());
        }
        let text =
            String::from_utf8(bytes).map_err(|_| Error::Invalid(m.stdin_not_utf8.to_owned()))?;
        ("<stdin>".to_owned(), text)
    } else {
        let bytes = crate::files::read(
            Path::new(file),
            crate::files::Links::Follow,
            crate::files::MAX_RESPONSE_BYTES,
        )
        .map_err(|source| Error::Read {
            path: file.into(),
            error: source,
        })?;
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::Invalid(m.file_not_utf8(&sanitize::one_line(file))))?;
        (file.to_owned(), text)
    };
    let mut answers = answers_file::parse(&name, &text)?;
    if args.collective {
        answers.mode = Mode::Collective;
    }
    let response =
        answers_file::into_response(&name, answers, &target.definition, args.lang.as_deref())?;
    let path = store::submit(&target.responses, &response)?;
    writeln!(out, "{}", path.display())?;
    Ok(())
}
