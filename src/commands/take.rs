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
use crate::shell;
use crate::survey::plain::Plain;
use crate::survey::tty::Tty;
use crate::survey::{Entry, Menu, Outcome, Prompter, Survey, SurveyError, new_draft};
use crate::{interrupt, sanitize};

/// Where the questionnaire comes from and where responses go.
struct Target {
    definition: Definition,
    /// Written relative to the folder's handle, never through a link put in place of one
    /// of the evaluation's folders meanwhile (see [`store::Folder`]).
    responses: store::Folder,
    /// The folders of the evaluation's earlier rounds, with their names: their drafts can
    /// still be finished, into their round.
    earlier: Vec<(String, store::Folder)>,
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

fn resolve(args: &TakeArgs) -> anyhow::Result<Target> {
    let path = Path::new(&args.target);
    if path.is_dir() {
        let m = &crate::i18n::current().commands;
        if !Evaluation::is_evaluation(path) {
            return Err(Error::Usage(m.take_not_an_evaluation(&shell::word(&args.target))).into());
        }
        if args.out.is_some() {
            return Err(Error::Usage(m.take_out_with_evaluation.to_owned()).into());
        }
        let evaluation = Evaluation::open(path)?;
        if let Some(wanted) = &args.round {
            // That round only: its drafts are offered, and what is submitted goes into it.
            let round = evaluation.find_round(wanted)?;
            return Ok(Target {
                responses: evaluation.round_folder(&round),
                earlier: Vec::new(),
                definition: evaluation.definition,
            });
        }
        let mut rounds = evaluation.rounds();
        rounds.pop();
        let earlier = rounds
            .iter()
            .map(|r| (r.name.clone(), evaluation.round_folder(r)))
            .collect();
        return Ok(Target {
            responses: evaluation.responses_folder(),
            earlier,
            definition: evaluation.definition,
        });
    }
    if args.round.is_some() {
        let m = &crate::i18n::current().commands;
        return Err(Error::Usage(m.round_needs_evaluation(&args.target)).into());
    }
    let loaded = load(&args.target)?;
    Ok(Target {
        definition: loaded.definition,
        responses: store::Folder::plain(args.out.clone().unwrap_or_else(|| PathBuf::from("."))),
        earlier: Vec::new(),
    })
}

/// `screen` is standard error's style, where the survey asks its questions.
pub fn run(
    args: &TakeArgs,
    screen: crate::output::Style,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
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
        return Err(Error::Usage(m.commands.take_no_terminal(&shell::word(&args.target))).into());
    }
    let mut tty;
    let mut plain;
    let prompter: &mut dyn Prompter = if args.plain {
        plain = Plain::new(std::io::stdin().lock(), std::io::stderr(), m, screen.width);
        &mut plain
    } else {
        tty = Tty::new();
        tty.set_language(m);
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
    let mut cmd = format!("partnereval take {}", shell::word(&args.target));
    if let Some(out) = &args.out {
        cmd.push_str(&format!(
            " --out {}",
            shell::word(&out.display().to_string())
        ));
    }
    if let Some(round) = &args.round {
        cmd.push_str(&format!(" --round {}", shell::word(round)));
    }
    if args.plain {
        cmd.push_str(" --plain");
    }
    cmd.push_str(&format!(" --resume {}", draft.response.id));
    cmd
}

/// Chooses or resumes a draft, runs the survey, and submits.
fn interview(
    args: &TakeArgs,
    target: &Target,
    p: &mut dyn Prompter,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let def = &target.definition;
    let first_m = interface_messages(args, def);
    let mode = if args.collective {
        Mode::Collective
    } else {
        Mode::Individual
    };
    let (draft, folder, fresh) = match &args.resume {
        Some(id) => {
            let folder = draft_folder(target, id);
            (load_matching_draft(&folder.path(), id, def)?, folder, false)
        }
        None => match offer_drafts(p, first_m, target, mode)? {
            Some(found) => (found.draft, found.folder, false),
            None => {
                let lang = match &args.lang {
                    Some(lang) => lang.clone(),
                    None => choose_language(p, def)?,
                };
                (new_draft(def, &lang, mode), target.responses.clone(), true)
            }
        },
    };
    let responses = &folder;
    let m = messages(&draft.response.language);
    if !fresh {
        // A resumed draft is on disk already: stopping now loses none of its answers.
        interrupt::set_resume(m, resume_command(args, &draft));
    }
    let mut saved_once = false;
    let mut save = |d: &Draft| -> anyhow::Result<()> {
        store::save_draft(responses, d)?;
        if !saved_once {
            interrupt::set_resume(m, resume_command(args, d));
            saved_once = true;
        }
        Ok(())
    };
    let mut survey = Survey::new(def, draft, fresh, &mut save);
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
            last_words(args, p, &m.left_as_draft(&resume_command(args, &draft)));
        }
        Outcome::Abandoned => {
            store::remove_draft(responses, &draft.response.id)?;
            last_words(args, p, m.abandoned);
        }
    }
    Ok(())
}

/// Says `text` as the survey ends without a response. On a screen, the drawing goes first
/// (the answers must not stay in view for the next person, and a message added under a
/// long screen would scroll its top away), then `text` under it, its command whole.
fn last_words(args: &TakeArgs, p: &mut dyn Prompter, text: &str) {
    if args.plain {
        p.message(text).ok();
    } else {
        p.screen("").ok();
        interrupt::say(text);
    }
}

/// The folder holding draft `id`: the current round's, else the earlier round's that has
/// it (the current round's when none has, for the error message).
fn draft_folder(target: &Target, id: &str) -> store::Folder {
    let has = |folder: &store::Folder| {
        crate::questionnaire::validate::is_identifier(id)
            && std::fs::symlink_metadata(
                store::drafts_dir(&folder.path()).join(format!("{id}.json")),
            )
            .is_ok()
    };
    if has(&target.responses) {
        return target.responses.clone();
    }
    target
        .earlier
        .iter()
        .rev()
        .map(|(_, folder)| folder)
        .find(|folder| has(folder))
        .cloned()
        .unwrap_or_else(|| target.responses.clone())
}

fn load_matching_draft(responses: &Path, id: &str, def: &Definition) -> anyhow::Result<Draft> {
    let draft = store::load_draft(responses, id)?;
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

/// A draft that can be resumed, with where it is.
struct Found {
    draft: Draft,
    folder: store::Folder,
    /// The name of the earlier round it belongs to (none: the current round).
    round: Option<String>,
    saved: Option<std::time::SystemTime>,
}

/// How a draft reads on the resume menu: how far it got, its last answer, when it was
/// started and last saved, and its round when an earlier one.
fn draft_details(m: &'static Messages, def: &Definition, found: &Found) -> String {
    let s = &m.survey;
    let r = &found.draft.response;
    let mut parts = vec![s.draft_progress(r.answers.len(), def.items.len())];
    // The question the respondent was at, else the last one answered.
    let at = found
        .draft
        .step
        .checked_sub(1)
        .and_then(|step| crate::survey::item_at(def, r.mode, step))
        .filter(|&i| r.answers.contains_key(&def.items[i].id))
        .or_else(|| {
            def.items
                .iter()
                .rposition(|item| r.answers.contains_key(&item.id))
        });
    if let Some(i) = at {
        parts.push(s.draft_last(&crate::survey::item_name(def, i, m.lang)));
    }
    parts.push(s.draft_started(&r.submitted.to_string()));
    if let Some(when) = found.saved.and_then(|t| jiff::Timestamp::try_from(t).ok()) {
        let local = when.to_zoned_datetime(jiff::tz::TimeZone::system());
        // A no-break space: a wrap does not part the day from the time.
        let saved = local.strftime("%Y-%m-%d\u{a0}%H:%M").to_string();
        parts.push(s.draft_saved(&saved));
    }
    if let Some(round) = &found.round {
        parts.push(s.draft_round(&sanitize::one_line(round)));
    }
    parts.join(", ")
}

/// Offers to resume an unfinished draft of this questionnaire in `mode`, the most recently
/// saved first and chosen unless the respondent moves; `None` to start anew. Drafts of the
/// other mode are counted, not offered; those of earlier rounds are offered with their
/// round's name, and finished into it.
fn offer_drafts(
    p: &mut dyn Prompter,
    m: &'static Messages,
    target: &Target,
    mode: Mode,
) -> anyhow::Result<Option<Found>> {
    let def = &target.definition;
    let mut usable = Vec::new();
    let folders = target
        .earlier
        .iter()
        .map(|(name, folder)| (Some(name.clone()), folder))
        .chain([(None, &target.responses)]);
    for (round, folder) in folders {
        let path = folder.path();
        let found = store::list_drafts(&path);
        for (file, reason) in &found.unusable {
            let text = m.draft_not_offered(
                &sanitize::for_terminal(&file.display().to_string()),
                &sanitize::for_terminal(reason),
            );
            p.message(&text).map_err(SurveyError::from)?;
        }
        for draft in found.drafts {
            if draft.response.questionnaire.hash != def.hash {
                continue;
            }
            let saved = store::draft_saved_at(&path, &draft.response.id);
            usable.push(Found {
                draft,
                folder: folder.clone(),
                round: round.clone(),
                saved,
            });
        }
    }
    let (mut drafts, other): (Vec<Found>, Vec<Found>) = usable
        .into_iter()
        .partition(|f| f.draft.response.mode == mode);
    if !other.is_empty() {
        let text = match mode {
            Mode::Individual => m.survey.drafts_collective_elsewhere(other.len()),
            Mode::Collective => m.survey.drafts_individual_elsewhere(other.len()),
        };
        p.message(&text).map_err(SurveyError::from)?;
    }
    if drafts.is_empty() {
        return Ok(None);
    }
    // The most recently saved first: the one a person coming back is most likely to want.
    drafts.sort_by(|a, b| {
        (b.saved, b.draft.response.submitted, &b.draft.response.id).cmp(&(
            a.saved,
            a.draft.response.submitted,
            &a.draft.response.id,
        ))
    });
    p.screen(&m.drafts_found(drafts.len()))
        .map_err(SurveyError::from)?;
    let mut entries: Vec<Entry> = drafts
        .iter()
        .map(|f| Entry::plain(m.survey.resume_draft_entry(&draft_details(m, def, f))))
        .collect();
    entries.push(Entry::plain(m.start_new));
    let menu = Menu {
        prompt: "",
        entries: &entries,
        default: Some(0),
        back: false,
    };
    p.set_language(m);
    let chosen = p.select(&menu).map_err(SurveyError::from)?;
    Ok(chosen.and_then(|k| (k < drafts.len()).then(|| drafts.swap_remove(k))))
}

fn choose_language(p: &mut dyn Prompter, def: &Definition) -> anyhow::Result<String> {
    if def.languages.len() == 1 {
        return Ok(def.languages[0].clone());
    }
    let entries: Vec<Entry> = def
        .languages
        .iter()
        .map(|l| {
            let m = messages(l);
            Entry::plain(if m.lang == l {
                m.language_name.to_owned()
            } else {
                l.clone()
            })
        })
        .collect();
    // The locale's language first, when the questionnaire offers it.
    let preferred = crate::i18n::preferred_language(&def.languages, &def.default_language);
    let default = def.languages.iter().position(|l| *l == preferred);
    let menu = Menu {
        prompt: messages(&preferred).choose_language,
        entries: &entries,
        default,
        back: false,
    };
    let chosen = p.select(&menu).map_err(SurveyError::from)?;
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
        crate::files::stdin_not_a_terminal()?;
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
    let response = answers_file::into_response(
        &name,
        &text,
        answers,
        &target.definition,
        args.lang.as_deref(),
    )?;
    let path = store::submit(&target.responses, &response)?;
    writeln!(out, "{}", path.display())?;
    Ok(())
}
