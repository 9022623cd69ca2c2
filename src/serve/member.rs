//! What the survey's forms do in the browser: start a draft, record an answer by the
//! survey's rules and go on (or back, past the questions not asked), change an answer from
//! the review, stop, keep the draft and leave, submit. The pages are drawn by
//! [`super::screens`].
//!
//! Members answer individually; the facilitator's pages run the same screens in collective
//! mode, with the spread of the members' answers beside each item. Every form posts the
//! step it was shown for: a form from an older page (the browser's Back, a second tab, a
//! replay) changes nothing and leads to where the survey is.

use axum::http::header::SET_COOKIE;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::html;

use super::form::{Form, browser_language, form};
use super::page::{self, see_other, set_header};
use super::screens::{Shown, hidden, intro, question, review, span, ticks_of};
use super::{App, Request, Role, access, session};
use crate::i18n::{Messages, messages};
use crate::questionnaire::condition::relevance;
use crate::questionnaire::format::ItemKind;
use crate::response::check::{Identity, check};
use crate::response::{Answer, Draft, Mode, NO_ANSWER_CODE, store};
use crate::survey::prompter::{Ticks, exclusive_ticks};
use crate::survey::{Step, new_draft, rules};

/// The mode of `role`'s survey.
pub fn mode(role: Role) -> Mode {
    match role {
        Role::Member => Mode::Individual,
        Role::Facilitator => Mode::Collective,
    }
}

/// The pages of the survey: `""` (the start), `start`, `q` (the current question or the
/// review) and `submit`.
pub fn page(app: &App, req: &Request) -> Response {
    let token = session::token(&req.headers);
    let draft = token.as_deref().and_then(|t| session::load(app, t));
    let lang = draft.as_ref().map_or_else(
        || browser_language(app, req),
        |d| d.response.language.clone(),
    );
    let m = messages(&lang);
    // The checks' reasons in the member's language, not the server's.
    crate::i18n::with_current(m, || answer_page(app, req, m, &lang, token, draft))
}

/// [`page`] once the session and its language are known.
fn answer_page(
    app: &App,
    req: &Request,
    m: &'static Messages,
    lang: &str,
    token: Option<String>,
    draft: Option<Draft>,
) -> Response {
    match (&req.method, req.page.as_str()) {
        (&Method::GET | &Method::HEAD, "") => match draft {
            Some(_) => see_other(&format!("{}q", app.base(req.role))),
            None => intro(app, req, m, lang, token),
        },
        (&Method::POST, "start") => {
            let (form, token) = match form(app, req, m, lang) {
                Ok(f) => f,
                Err(r) => return *r,
            };
            start(app, req.role, &form, &token, draft)
        }
        (&Method::GET | &Method::HEAD, "q" | "start" | "submit") => match (draft, token) {
            (Some(draft), Some(token)) => {
                let from_review = req.query.split('&').any(|p| p == "r=1");
                show(app, req.role, m, &token, &draft, from_review)
            }
            _ => see_other(&app.base(req.role)),
        },
        (&Method::POST, "q" | "submit") => {
            let (form, token) = match form(app, req, m, lang) {
                Ok(f) => f,
                Err(r) => return *r,
            };
            let Some(draft) = draft else {
                return gone(app, req.role, m, lang, &token);
            };
            if req.page == "submit" {
                submit(app, req.role, m, &form, &token, draft)
            } else {
                answer(app, req.role, m, &form, &token, draft)
            }
        }
        _ => StatusCode::METHOD_NOT_ALLOWED.into_response(),
    }
}

/// A form posted for a draft that is no more: submitted already, or stopped.
fn gone(app: &App, role: Role, m: &Messages, lang: &str, token: &str) -> Response {
    let (title, text) = if session::submitted(app, token) {
        (m.serve.already_submitted, m.serve.already_submitted_text)
    } else {
        (m.serve.no_draft, m.serve.no_draft_text)
    };
    let mut r = page::message(
        m,
        lang,
        StatusCode::CONFLICT,
        title,
        text,
        Some((&app.base(role), m.serve.to_start)),
    );
    set_header(&mut r, SET_COOKIE, &session::clear_cookie(app, role));
    r
}

/// Starts the draft of session `token` in the language chosen (a session that has one
/// already goes on with it).
fn start(app: &App, role: Role, form: &Form, token: &str, draft: Option<Draft>) -> Response {
    let base = app.base(role);
    if draft.is_some() {
        return see_other(&format!("{base}q"));
    }
    let def = &app.def;
    let lang = form
        .get("lang")
        .filter(|l| def.languages.iter().any(|o| o == l))
        .unwrap_or(&app.default_lang);
    let mut draft = new_draft(def, lang, mode(role));
    draft.response.id = access::draft_id(token);
    match store::save_draft(&app.responses, &draft) {
        Ok(_) => see_other(&format!("{base}q")),
        Err(e) => cannot_save(messages(lang), lang, &e),
    }
}

/// The page when a draft could not be written (a full disk, a folder gone).
fn cannot_save(m: &Messages, lang: &str, e: &anyhow::Error) -> Response {
    eprintln!("{}", crate::sanitize::one_line(&format!("{e:#}")));
    page::message(
        m,
        lang,
        StatusCode::INTERNAL_SERVER_ERROR,
        m.serve.not_saved,
        m.serve.not_saved_text,
        None,
    )
}

/// The step a draft is at, past the questions not asked.
fn current_step(app: &App, draft: &Draft) -> usize {
    let steps = app.steps(draft.response.mode);
    rules::asked_from(
        &app.def,
        steps,
        &draft.response,
        draft.step.min(steps.len()),
    )
}

/// The current question (or the review) of `draft`, with `note` on top (answers taken out
/// by a change).
fn show_with(
    app: &App,
    role: Role,
    m: &Messages,
    token: &str,
    draft: &Draft,
    from_review: bool,
    note: Option<String>,
) -> Response {
    let step = current_step(app, draft);
    let steps = app.steps(draft.response.mode);
    if step >= steps.len() {
        let note = note.map(|n| html! { p.notice role="status" { (n) } });
        return review(app, m, token, draft, note, StatusCode::OK);
    }
    let shown = Shown {
        note,
        ..Shown::default()
    };
    question(
        app,
        role,
        m,
        token,
        draft,
        step,
        from_review,
        &shown,
        StatusCode::OK,
    )
}

/// The current question (or the review) of `draft`.
fn show(
    app: &App,
    role: Role,
    m: &Messages,
    token: &str,
    draft: &Draft,
    from_review: bool,
) -> Response {
    show_with(app, role, m, token, draft, from_review, None)
}

/// A refused answer: the same question again with why.
#[allow(clippy::too_many_arguments)]
fn refuse(
    app: &App,
    role: Role,
    m: &Messages,
    token: &str,
    draft: &Draft,
    step: usize,
    from_review: bool,
    error: String,
    typed: Option<String>,
) -> Response {
    let shown = Shown {
        error: Some(error),
        typed,
        ..Shown::default()
    };
    question(
        app,
        role,
        m,
        token,
        draft,
        step,
        from_review,
        &shown,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// Saves `draft` and shows where it is now.
fn save_and_go(app: &App, role: Role, m: &Messages, draft: &Draft, review: bool) -> Response {
    match store::save_draft(&app.responses, draft) {
        Ok(_) => see_other(&format!(
            "{}q{}",
            app.base(role),
            if review { "?r=1" } else { "" }
        )),
        Err(e) => cannot_save(m, &draft.response.language, &e),
    }
}

/// What a question's form does: records the answer and goes on, goes back, or (on the
/// review) goes to the question to change.
fn answer(
    app: &App,
    role: Role,
    m: &Messages,
    form: &Form,
    token: &str,
    mut draft: Draft,
) -> Response {
    let steps = app.steps(draft.response.mode);
    let step = current_step(app, &draft);
    // A form shown for another step than the draft's: out of date; nothing changes.
    if form.get("step").and_then(|s| s.parse::<usize>().ok()) != Some(step) {
        return see_other(&format!("{}q", app.base(role)));
    }
    let from_review = form.get("r") == Some("1");
    let action = form.get("action").unwrap_or("next");
    if step >= steps.len() {
        // The review's forms: change one answer, or keep the draft and leave.
        return match action {
            "leave" => left(app, role, m, &draft),
            "change" => match form.get("to").and_then(|s| s.parse::<usize>().ok()) {
                Some(to) if to < steps.len() => {
                    draft.step = to;
                    save_and_go(app, role, m, &draft, true)
                }
                _ => see_other(&format!("{}q", app.base(role))),
            },
            _ => see_other(&format!("{}q", app.base(role))),
        };
    }
    let (first, last) = span(steps, step);
    match action {
        "back" => {
            draft.step =
                rules::asked_before(&app.def, steps, &draft.response, first).unwrap_or(first);
            return save_and_go(app, role, m, &draft, false);
        }
        "stop" => return stop(app, role, m, &draft),
        "continue" => {
            draft.step = if from_review { steps.len() } else { last + 1 };
            return save_and_go(app, role, m, &draft, false);
        }
        _ => {}
    }
    let lang = draft.response.language.clone();
    let asked_before = relevance(&app.def, &draft.response);
    match apply(app, m, form, &lang, &mut draft.response, steps[step]) {
        Applied::Done => {}
        Applied::Sorted(note, ticks) => {
            let shown = Shown {
                error: Some(note),
                ticks: Some(ticks),
                ..Shown::default()
            };
            return question(
                app,
                role,
                m,
                token,
                &draft,
                step,
                from_review,
                &shown,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        Applied::Unmet => {
            if let Err(e) = store::save_draft(&app.responses, &draft) {
                return cannot_save(m, &lang, &e);
            }
            let shown = Shown {
                unmet: true,
                ..Shown::default()
            };
            return question(
                app,
                role,
                m,
                token,
                &draft,
                step,
                from_review,
                &shown,
                StatusCode::OK,
            );
        }
        Applied::Refused(error, typed) => {
            return refuse(app, role, m, token, &draft, step, from_review, error, typed);
        }
    }
    // A changed answer may make later questions not apply: their answers go, and the next
    // page says so. From the review, a question the change makes apply is asked first.
    let note = rules::drop_not_asked_note(&app.def, &mut draft.response, m);
    let newly = from_review
        .then(|| rules::newly_asked(&app.def, steps, &draft.response, last, &asked_before))
        .flatten();
    draft.step = match (from_review, newly) {
        (true, Some(k)) => k,
        (true, None) => steps.len(),
        (false, _) => last + 1,
    };
    if note.is_none() {
        return save_and_go(app, role, m, &draft, newly.is_some());
    }
    if let Err(e) = store::save_draft(&app.responses, &draft) {
        return cannot_save(m, &lang, &e);
    }
    show_with(app, role, m, token, &draft, newly.is_some(), note)
}

/// "Stop here": the draft goes, nothing is submitted.
fn stop(app: &App, role: Role, m: &Messages, draft: &Draft) -> Response {
    let lang = draft.response.language.as_str();
    if let Err(e) = store::remove_draft(&app.responses, &draft.response.id) {
        return cannot_save(m, lang, &e);
    }
    let mut r = page::message(
        m,
        lang,
        StatusCode::OK,
        m.serve.stopped,
        m.abandoned,
        Some((&app.base(role), m.serve.to_start)),
    );
    set_header(&mut r, SET_COOKIE, &session::clear_cookie(app, role));
    r
}

/// "Keep as a draft and leave".
fn left(app: &App, role: Role, m: &Messages, draft: &Draft) -> Response {
    page::message(
        m,
        &draft.response.language,
        StatusCode::OK,
        m.serve.kept,
        m.serve.kept_text,
        Some((&format!("{}q", app.base(role)), m.serve.to_survey)),
    )
}

/// Submits the draft: checked and written as `take` writes a response, the draft removed.
fn submit(app: &App, role: Role, m: &Messages, form: &Form, token: &str, draft: Draft) -> Response {
    let def = &app.def;
    let steps = app.steps(draft.response.mode);
    let lang = draft.response.language.clone();
    // Written already, the draft left behind by a server stopped between the two writes:
    // it goes now, and nothing is written twice.
    if session::submitted(app, token) {
        if let Err(e) = store::remove_draft(&app.responses, &draft.response.id) {
            return cannot_save(m, &lang, &e);
        }
        return gone(app, role, m, &lang, token);
    }
    if current_step(app, &draft) < steps.len() || form.get("step") != Some(&steps.len().to_string())
    {
        return see_other(&format!("{}q", app.base(role)));
    }
    let missing = rules::missing(def, &draft.response);
    if !missing.is_empty() {
        let first = rules::step_of_item(def, steps, missing[0]).unwrap_or(0);
        let error = html! {
            div.error role="alert" id="error" {
                p { (m.missing_required(&missing.join(", "))) }
                form method="post" action="q" {
                    (hidden(app, token, steps.len(), false))
                    input type="hidden" name="to" value=(first);
                    button type="submit" name="action" value="change" { (m.serve.answer_it) }
                }
            }
        };
        return review(
            app,
            m,
            token,
            &draft,
            Some(error),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let mut response = rules::finished(def, &draft);
    response.submitted = crate::response::today();
    let problems = check(&response, def, Identity::Exact);
    if !problems.is_empty() {
        let error = html! {
            div.error role="alert" id="error" {
                p { (m.serve.not_submitted) }
                ul { @for p in &problems { li { (p) } } }
            }
        };
        return review(
            app,
            m,
            token,
            &draft,
            Some(error),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    if let Err(e) = store::submit(&app.responses, &response) {
        return cannot_save(m, &lang, &e);
    }
    app.count_received(response.mode);
    if let Err(e) = store::remove_draft(&app.responses, &response.id) {
        eprintln!("{}", crate::sanitize::one_line(&format!("{e:#}")));
    }
    let text = match role {
        Role::Member => m.serve.thanks_text,
        Role::Facilitator => m.serve.group_saved_text,
    };
    let link = match role {
        Role::Member => None,
        Role::Facilitator => Some((app.base(role), m.serve.to_dashboard)),
    };
    let mut r = page::message(
        m,
        &lang,
        StatusCode::OK,
        m.serve.thanks_title,
        text,
        link.as_ref().map(|(h, n)| (h.as_str(), *n)),
    );
    set_header(&mut r, SET_COOKIE, &session::clear_cookie(app, role));
    r
}

/// What a question's form did to the response.
enum Applied {
    /// The answer is recorded.
    Done,
    /// A prerequisite was answered no: its `unmet` text is shown, to continue or stop.
    Unmet,
    /// The answer is refused, with why (and the text typed, to show again).
    Refused(String, Option<String>),
    /// An exclusive option was ticked with others: the boxes as sorted out, to confirm.
    Sorted(String, Vec<bool>),
}

/// Records the answer `form` gives to the question at `step` in `r`, by the survey's rules.
fn apply(
    app: &App,
    m: &Messages,
    form: &Form,
    lang: &str,
    r: &mut crate::response::Response,
    step: Step,
) -> Applied {
    let def = &app.def;
    match step {
        Step::Prerequisite(i) => {
            let pre = &def.prerequisites[i];
            match form.get("answer") {
                Some("yes") => {
                    r.prerequisites.insert(pre.id.clone(), true);
                }
                Some("no") => {
                    r.prerequisites.insert(pre.id.clone(), false);
                    return Applied::Unmet;
                }
                _ => return Applied::Refused(m.answer_needed.to_owned(), None),
            }
        }
        Step::Profile(i) => {
            let field = &def.profile[i];
            match form.get("answer").filter(|c| !c.is_empty()) {
                Some(code) if field.choices.iter().any(|c| c.code == code) => {
                    r.profile.insert(field.id.clone(), code.to_owned());
                }
                Some(_) => return Applied::Refused(m.answer_needed.to_owned(), None),
                None => {
                    r.profile.remove(&field.id);
                }
            }
        }
        Step::Item(i) | Step::GridRow(i, _) => {
            let item = &def.items[i];
            // Comments first: kept even when the answer is refused and asked again.
            for (k, v) in &form.0 {
                if let Some(key) = k.strip_prefix("comment.")
                    && item.comment
                    && (key == item.id
                        || item
                            .rows
                            .iter()
                            .any(|row| key == format!("{}.{}", item.id, row.id)))
                {
                    rules::set_comment(r, key, v);
                }
            }
            let result = match item.kind {
                ItemKind::Single => {
                    let answer = form
                        .get("answer")
                        .filter(|c| !c.is_empty())
                        .map(|c| Answer::Text(c.to_owned()));
                    rules::record(r, item, answer, m)
                }
                ItemKind::Grid => {
                    let given: std::collections::BTreeMap<String, String> = item
                        .rows
                        .iter()
                        .filter_map(|row| {
                            let code = form.get(&format!("row.{}", row.id))?;
                            Some((row.id.clone(), code.to_owned()))
                        })
                        .collect();
                    if item.required && given.len() < item.rows.len() {
                        let label = if item.no_answer {
                            rules::no_answer_label(def, m, lang)
                        } else {
                            m.no_answer_default.to_owned()
                        };
                        Err(m.survey.answer_every_row(&label))
                    } else {
                        let answer = (!given.is_empty()).then_some(Answer::Rows(given));
                        rules::record(r, item, answer, m)
                    }
                }
                ItemKind::Multiple => {
                    let mut ticked = Vec::new();
                    let mut unknown = false;
                    for code in form.all("answer") {
                        if code == NO_ANSWER_CODE && item.no_answer {
                            ticked.push(item.options.len());
                        } else if let Some(k) = item.options.iter().position(|o| o.code == code) {
                            ticked.push(k);
                        } else {
                            unknown = true;
                        }
                    }
                    if unknown {
                        Err(m.answer_needed.to_owned())
                    } else {
                        // "None of these" ticked with others: the one newly ticked wins,
                        // and the respondent sees the boxes again, as the terminal does.
                        let labels: Vec<String> = item
                            .options
                            .iter()
                            .map(|o| rules::label(def, &o.label, lang))
                            .chain(item.no_answer.then(|| rules::no_answer_label(def, m, lang)))
                            .collect();
                        let exclusive: Vec<bool> = (0..=item.options.len())
                            .map(|k| item.options.get(k).is_some_and(|o| o.exclusive))
                            .collect();
                        let before = ticks_of(item, r);
                        let after: Vec<bool> = (0..=item.options.len())
                            .map(|k| ticked.contains(&k))
                            .collect();
                        let ticks = exclusive_ticks(&before, &after, &exclusive);
                        if let Some(note) = ticks.note(&labels, m) {
                            return match ticks {
                                Ticks::Conflict { .. } => Applied::Refused(note, None),
                                _ => Applied::Sorted(note, ticks.apply(&after)),
                            };
                        }
                        rules::multiple_answer(def, item, &ticked, m, lang)
                            .and_then(|answer| rules::record(r, item, answer, m))
                    }
                }
                ItemKind::Number => {
                    let typed = form.get("answer").unwrap_or("");
                    match rules::number_answer(item, typed, m) {
                        Ok(answer) => rules::record(r, item, answer, m),
                        Err(e) => return Applied::Refused(e, Some(typed.to_owned())),
                    }
                }
                ItemKind::Text => {
                    let typed = form.get("answer").unwrap_or("").trim();
                    let answer = (!typed.is_empty()).then(|| Answer::Text(typed.to_owned()));
                    match rules::record(r, item, answer, m) {
                        Ok(()) => Ok(()),
                        Err(e) => return Applied::Refused(e, Some(typed.to_owned())),
                    }
                }
            };
            if let Err(e) = result {
                return Applied::Refused(e, None);
            }
        }
        Step::Closing => rules::set_closing(r, form.get("answer").unwrap_or("")),
    }
    Applied::Done
}
