//! The survey's screens in the browser, and what their forms do: the start (language, what
//! happens to the answers), one screen per question, the review, the submission.
//!
//! Members answer individually; the facilitator's pages run the same screens in collective
//! mode, with the spread of the members' answers beside each item. Every form posts the
//! step it was shown for: a form from an older page (the browser's Back, a second tab, a
//! replay) changes nothing and leads to where the survey is.

use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use super::page::{self, html_response, layout, see_other};
use super::{App, Request, Role, access, facilitator, session};
use crate::i18n::{Messages, messages};
use crate::questionnaire::DefinedItem;
use crate::questionnaire::condition::relevance;
use crate::questionnaire::format::ItemKind;
use crate::response::check::{Identity, check};
use crate::response::{Answer, Draft, Mode, NO_ANSWER_CODE, store};
use crate::survey::prompter::{Ticks, exclusive_ticks};
use crate::survey::{Step, item_name, new_draft, option_letter, rules};

/// The mode of `role`'s survey.
pub fn mode(role: Role) -> Mode {
    match role {
        Role::Member => Mode::Individual,
        Role::Facilitator => Mode::Collective,
    }
}

/// The fields of a posted form, in order.
pub struct Form(Vec<(String, String)>);

impl Form {
    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// The form of a POST request, once its CSRF token and origin are checked: a form from
/// another site, without the session's token, or with another session's, is refused (403);
/// a body that is not a form, 415 or 400.
pub fn form(
    app: &App,
    req: &Request,
    m: &Messages,
    lang: &str,
) -> Result<(Form, String), Box<Response>> {
    let is_form = req
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';').next().is_some_and(|t| {
                t.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            })
        });
    if !is_form {
        return Err(Box::new(StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response()));
    }
    let Ok(fields) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&req.body) else {
        return Err(Box::new(page::message(
            m,
            lang,
            StatusCode::BAD_REQUEST,
            m.serve.form_unreadable,
            m.serve.form_unreadable_text,
            Some((&app.base(req.role), m.serve.to_survey)),
        )));
    };
    let form = Form(fields);
    let refused = || {
        Box::new(page::message(
            m,
            lang,
            StatusCode::FORBIDDEN,
            m.serve.form_refused,
            m.serve.form_refused_text,
            Some((&app.base(req.role), m.serve.to_survey)),
        ))
    };
    if session::cross_site(&req.headers) {
        return Err(refused());
    }
    let Some(token) = session::token(&req.headers) else {
        return Err(refused());
    };
    match form.get("csrf") {
        Some(given) if access::same(given, &app.csrf(&token)) => Ok((form, token)),
        _ => Err(refused()),
    }
}

/// The language of the pages before a draft decides it: `?lang=` when the questionnaire
/// offers it, else the browser's first that it offers, else the server's.
fn browser_language(app: &App, req: &Request) -> String {
    let offered = |l: &str| app.def.languages.iter().any(|o| o == l);
    if let Ok(query) = serde_urlencoded::from_str::<Vec<(String, String)>>(&req.query)
        && let Some((_, l)) = query.iter().find(|(k, v)| k == "lang" && offered(v))
    {
        return l.clone();
    }
    let accepted = req
        .headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    for part in accepted.split(',') {
        let tag = part.split(';').next().unwrap_or("").trim();
        let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        if offered(&primary) {
            return primary;
        }
    }
    app.default_lang.clone()
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

fn set_header(r: &mut Response, name: axum::http::HeaderName, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        r.headers_mut().append(name, v);
    }
}

/// The hidden fields of every form: the CSRF token and the step it was shown for.
fn hidden(app: &App, token: &str, step: usize, from_review: bool) -> Markup {
    html! {
        input type="hidden" name="csrf" value=(app.csrf(token));
        input type="hidden" name="step" value=(step);
        @if from_review { input type="hidden" name="r" value="1"; }
    }
}

/// A member's start: the questionnaire, what happens to the answers, the language, Start.
fn intro(app: &App, req: &Request, m: &Messages, lang: &str, token: Option<String>) -> Response {
    let def = &app.def;
    let fresh = token.is_none();
    let token = token.unwrap_or_else(access::new_token);
    let title = rules::label(def, &def.title, lang);
    let text = |t: &crate::text::Text| {
        crate::sanitize::for_terminal(t.get(lang, &def.default_language)).into_owned()
    };
    let body = html! {
        @if def.languages.len() > 1 {
            nav.langs aria-label=(m.serve.languages_label) {
                @for (k, l) in def.languages.iter().enumerate() {
                    @if k > 0 { " · " }
                    @if l == lang {
                        span aria-current="true" { (messages(l).language_name) }
                    } @else {
                        a href={ "?lang=" (l) } lang=(l) hreflang=(l) { (messages(l).language_name) }
                    }
                }
            }
        }
        h1 { (title) }
        @if let Some(d) = &def.description { @for p in text(d).split("\n\n") { p { (p) } } }
        @if let Some(n) = &def.notice { @for p in text(n).split("\n\n") { p { (p) } } }
        @if let Some(minutes) = def.estimated_minutes { p { (m.minutes(minutes)) } }
        // A matrix is reported per organisation: its notice says so, and anonymity is not
        // promised. (The group starts from the facilitator's page, which says what it does.)
        p { (if def.matrix.is_some() { m.intro_no_names } else { m.intro_anonymous }) }
        p { (m.serve.drafts_on_server) }
        form method="post" action="start" {
            input type="hidden" name="csrf" value=(app.csrf(&token));
            @if def.languages.len() > 1 {
                fieldset {
                    legend { (m.serve.answer_in) }
                    @for (k, l) in def.languages.iter().enumerate() {
                        div.choice {
                            input type="radio" name="lang" id={ "lang" (k) } value=(l) checked[l == lang];
                            label for={ "lang" (k) } lang=(l) { (messages(l).language_name) }
                        }
                    }
                }
            }
            div.nav { button type="submit" { (m.start) } }
        }
    };
    let mut r = html_response(StatusCode::OK, layout(m, lang, &title, body));
    if fresh {
        set_header(
            &mut r,
            SET_COOKIE,
            &session::set_cookie(app, req.role, &token),
        );
    }
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

/// What a refused form had, shown again with why.
#[derive(Default)]
struct Shown {
    error: Option<String>,
    /// The text typed (number, text, closing comment).
    typed: Option<String>,
    /// The prerequisite was answered no: its `unmet` text, continue or stop.
    unmet: bool,
    /// The boxes of a several-choice question as sorted out for an exclusive option.
    ticks: Option<Vec<bool>>,
    /// What a change did to other answers.
    note: Option<String>,
}

/// The first and last step of the question at `step` (a grid's rows are one screen).
fn span(steps: &[Step], step: usize) -> (usize, usize) {
    match steps[step] {
        Step::GridRow(i, _) => {
            let first = steps
                .iter()
                .position(|s| matches!(s, Step::GridRow(j, _) if *j == i))
                .unwrap_or(step);
            let last = steps
                .iter()
                .rposition(|s| matches!(s, Step::GridRow(j, _) if *j == i))
                .unwrap_or(step);
            (first, last)
        }
        _ => (step, step),
    }
}

/// The screen of the question at `step`.
#[allow(clippy::too_many_arguments)]
fn question(
    app: &App,
    role: Role,
    m: &Messages,
    token: &str,
    draft: &Draft,
    step: usize,
    from_review: bool,
    shown: &Shown,
    status: StatusCode,
) -> Response {
    let def = &app.def;
    let r = &draft.response;
    let lang = r.language.as_str();
    let steps = app.steps(r.mode);
    let (first, _) = span(steps, step);
    let label = |t: &crate::text::Text| rules::label(def, t, lang);
    let text = |t: &crate::text::Text| {
        crate::sanitize::for_terminal(t.get(lang, &def.default_language)).into_owned()
    };
    let can_go_back = rules::asked_before(def, steps, r, first).is_some();
    let error = shown.error.as_deref().map(|e| {
        html! {
            p.error id="error" role="alert" { (e) }
        }
    });
    let error = match (&shown.note, error) {
        (Some(note), error) => Some(html! {
            p.notice role="status" { (note) }
            @if let Some(e) = error { (e) }
        }),
        (None, error) => error,
    };
    let described = shown.error.as_ref().map(|_| "error");
    let title;
    let content = match steps[step] {
        Step::Prerequisite(i) => {
            let pre = &def.prerequisites[i];
            title = m.prerequisites.to_owned();
            let current = r.prerequisites.get(&pre.id).copied();
            html! {
                p.progress { (m.prerequisites) }
                (error.clone().unwrap_or_default())
                @if shown.unmet {
                    p.notice role="alert" { (text(&pre.unmet)) }
                    div.nav {
                        button type="submit" name="action" value="continue" { (m.continue_anyway) }
                        button.secondary type="submit" name="action" value="stop" { (m.stop_here) }
                    }
                } @else {
                    fieldset aria-describedby=[described] {
                        legend { (text(&pre.text)) }
                        (choice("answer", "yes", "o0", m.yes, current == Some(true)))
                        (choice("answer", "no", "o1", m.no, current == Some(false)))
                    }
                }
            }
        }
        Step::Profile(i) => {
            let field = &def.profile[i];
            title = m.profile.to_owned();
            let current = r.profile.get(&field.id);
            html! {
                p.progress { (m.profile) }
                p.help { (m.profile_note) }
                (error.clone().unwrap_or_default())
                fieldset aria-describedby=[described] {
                    legend { (text(&field.text)) }
                    @if let Some(help) = &field.help { p.help { (label(help)) } }
                    @for (k, c) in field.choices.iter().enumerate() {
                        (choice("answer", &c.code, &format!("o{k}"), &label(&c.label), current == Some(&c.code)))
                    }
                    (choice("answer", "", "skip", m.prefer_not_to_say, current.is_none() && draft.step > step))
                }
            }
        }
        Step::Item(i) | Step::GridRow(i, _) => {
            let item = &def.items[i];
            title = item_name(def, i, lang);
            item_screen(
                app,
                role,
                m,
                draft,
                i,
                item,
                shown,
                error.clone(),
                described,
            )
        }
        Step::Closing => {
            title = m.closing_heading.to_owned();
            let current = shown
                .typed
                .clone()
                .or_else(|| r.closing_comment.clone())
                .unwrap_or_default();
            html! {
                p.progress { (m.closing_heading) }
                (error.clone().unwrap_or_default())
                @if let Some(q) = &def.closing_comment {
                    label.field for="answer" { (text(q)) }
                }
                textarea id="answer" name="answer" aria-describedby=[described] { (current) }
            }
        }
    };
    let body = html! {
        form method="post" action="q" {
            (hidden(app, token, step, from_review))
            (content)
            @if !shown.unmet {
                div.nav {
                    button type="submit" name="action" value="next" { (m.serve.next) }
                    @if can_go_back {
                        button.secondary type="submit" name="action" value="back" { (m.back) }
                    }
                }
            }
        }
    };
    html_response(status, layout(m, lang, &title, body))
}

/// One radio button with its label.
fn choice(name: &str, value: &str, id: &str, text: &str, checked: bool) -> Markup {
    html! {
        div.choice {
            input type="radio" name=(name) id=(id) value=(value) checked[checked];
            label for=(id) { (text) }
        }
    }
}

/// One check box with its label.
fn tick(name: &str, value: &str, id: &str, text: &str, checked: bool) -> Markup {
    html! {
        div.choice {
            input type="checkbox" name=(name) id=(id) value=(value) checked[checked];
            label for=(id) { (text) }
        }
    }
}

/// The screen of item `i`: where it is, the statement, its answers, its comment.
#[allow(clippy::too_many_arguments)]
fn item_screen(
    app: &App,
    role: Role,
    m: &Messages,
    draft: &Draft,
    i: usize,
    item: &DefinedItem,
    shown: &Shown,
    error: Option<Markup>,
    described: Option<&str>,
) -> Markup {
    let def = &app.def;
    let r = &draft.response;
    let lang = r.language.as_str();
    let label = |t: &crate::text::Text| rules::label(def, t, lang);
    let text = |t: &crate::text::Text| {
        crate::sanitize::for_terminal(t.get(lang, &def.default_language)).into_owned()
    };
    let mut progress = m.progress(i + 1, def.items.len());
    if let Some(d) = item.dimension.as_deref().and_then(|d| def.dimension(d)) {
        progress.push_str(&format!(" · {}", label(&d.name)));
    }
    let no_answer = rules::no_answer_label(def, m, lang);
    let option_text = |code: &str, text: &crate::text::Text| -> String {
        match option_letter(item, code) {
            Some(l) => format!("{l}. {}", label(text)),
            None => label(text),
        }
    };
    let comment = |key: &str, id: &str, what: &str| -> Markup {
        let current = r.comments.get(key).cloned().unwrap_or_default();
        html! {
            label.field for=(id) { (what) }
            textarea id=(id) name={ "comment." (key) } { (current) }
        }
    };
    let spread = match role {
        Role::Facilitator => facilitator::spread(app, m, lang, item),
        Role::Member => None,
    };
    let statement = text(&item.text);
    let answers = match item.kind {
        ItemKind::Single => {
            let current = rules::current_code(r, item, None);
            html! {
                fieldset aria-describedby=[described] {
                    legend { (statement) }
                    @if let Some(help) = &item.help { p.help { (label(help)) } }
                    @for (k, o) in item.options.iter().enumerate() {
                        (choice("answer", &o.code, &format!("o{k}"), &option_text(&o.code, &o.label), current.as_deref() == Some(o.code.as_str())))
                    }
                    @if item.no_answer {
                        (choice("answer", NO_ANSWER_CODE, "na", &no_answer, current.as_deref() == Some(NO_ANSWER_CODE)))
                    }
                }
                @if item.comment { (comment(&item.id, "comment", m.serve.comment_optional)) }
            }
        }
        ItemKind::Grid => html! {
            fieldset aria-describedby=[described] {
                legend { (statement) }
                @if let Some(help) = &item.help { p.help { (label(help)) } }
                @for (k, row) in item.rows.iter().enumerate() {
                    @let current = rules::current_code(r, item, Some(k));
                    @let row_text = label(&row.text);
                    fieldset {
                        legend { (row_text) }
                        @for (j, o) in item.options.iter().enumerate() {
                            (choice(&format!("row.{}", row.id), &o.code, &format!("r{k}o{j}"), &option_text(&o.code, &o.label), current.as_deref() == Some(o.code.as_str())))
                        }
                        @if item.no_answer {
                            (choice(&format!("row.{}", row.id), NO_ANSWER_CODE, &format!("r{k}na"), &no_answer, current.as_deref() == Some(NO_ANSWER_CODE)))
                        }
                        @if item.comment {
                            (comment(&rules::comment_key(item, Some(k)), &format!("comment{k}"), &m.serve.row_comment(&row_text)))
                        }
                    }
                }
            }
        },
        ItemKind::Multiple => {
            let now = ticks_of(item, r);
            let now = shown.ticks.as_ref().unwrap_or(&now);
            let ticked = |code: &str| {
                let k = if code == NO_ANSWER_CODE {
                    item.options.len()
                } else {
                    item.options
                        .iter()
                        .position(|o| o.code == code)
                        .unwrap_or(usize::MAX)
                };
                now.get(k).copied().unwrap_or(false)
            };
            html! {
                fieldset aria-describedby=[described] {
                    legend { (statement) }
                    @if let Some(help) = &item.help { p.help { (label(help)) } }
                    @for (k, o) in item.options.iter().enumerate() {
                        (tick("answer", &o.code, &format!("o{k}"), &option_text(&o.code, &o.label), ticked(&o.code)))
                    }
                    @if item.no_answer {
                        (tick("answer", NO_ANSWER_CODE, "na", &no_answer, ticked(NO_ANSWER_CODE)))
                    }
                }
                @if item.comment { (comment(&item.id, "comment", m.serve.comment_optional)) }
            }
        }
        ItemKind::Number | ItemKind::Text => {
            let current = shown
                .typed
                .clone()
                .unwrap_or_else(|| match r.answers.get(&item.id) {
                    Some(Answer::Number(x)) => x.to_string(),
                    Some(Answer::Text(t)) if t != NO_ANSWER_CODE => t.clone(),
                    _ => String::new(),
                });
            let mut hints = Vec::new();
            if let Some(help) = &item.help {
                hints.push(label(help));
            }
            if item.kind == ItemKind::Number
                && (item.min.is_some() || item.max.is_some() || item.unit.is_some())
            {
                let mut range = m.range(item.min, item.max);
                if let Some(unit) = &item.unit {
                    range = format!("{range} ({})", label(unit));
                }
                hints.push(range);
            }
            if item.no_answer {
                hints.push(m.serve.empty_is_no_answer(&no_answer));
            } else if !item.required {
                hints.push(m.serve.may_stay_empty.to_owned());
            }
            let hint_id = (!hints.is_empty()).then_some("hint");
            let describedby: Vec<&str> = described.into_iter().chain(hint_id).collect();
            let describedby = (!describedby.is_empty()).then(|| describedby.join(" "));
            html! {
                label.field for="answer" { (statement) }
                @if !hints.is_empty() { p.help id="hint" { (hints.join(" · ")) } }
                @if item.kind == ItemKind::Number {
                    input type="text" inputmode="decimal" id="answer" name="answer" value=(current) autocomplete="off" aria-describedby=[describedby];
                } @else {
                    textarea id="answer" name="answer" aria-describedby=[describedby] { (current) }
                }
                @if item.comment { (comment(&item.id, "comment", m.serve.comment_optional)) }
            }
        }
    };
    html! {
        p.progress {
            (progress)
            @if r.mode == Mode::Collective { br; (m.survey.group_answer) }
        }
        (error.unwrap_or_default())
        @if let Some(spread) = spread { (spread) }
        (answers)
    }
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

/// Which boxes of several-choice item `item` the response ticks: its options, then "no
/// answer".
fn ticks_of(item: &DefinedItem, r: &crate::response::Response) -> Vec<bool> {
    let current = r.answers.get(&item.id);
    (0..=item.options.len())
        .map(|k| match current {
            Some(Answer::Choices(codes)) => {
                k < item.options.len() && codes.contains(&item.options[k].code)
            }
            Some(a) => k == item.options.len() && a.is_no_answer(),
            None => false,
        })
        .collect()
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

/// The review: every answer, a way to change each, submit, or keep the draft and leave.
fn review(
    app: &App,
    m: &Messages,
    token: &str,
    draft: &Draft,
    error: Option<Markup>,
    status: StatusCode,
) -> Response {
    let def = &app.def;
    let r = &draft.response;
    let steps = app.steps(r.mode);
    let lang = r.language.as_str();
    let lines = rules::review(def, steps, r, m);
    let heading = match r.mode {
        Mode::Collective => m.survey.review_heading_group,
        Mode::Individual => m.review_heading,
    };
    let at = steps.len();
    let body = html! {
        h1 { (heading) }
        @if let Some(e) = error { (e) }
        dl.review {
            @for line in &lines {
                div {
                    dt {
                        (line.name)
                        @if line.commented { " [" (m.comment_label) "]" }
                    }
                    @if line.rows.is_empty() {
                        dd { (line.value) }
                    } @else {
                        @for (row, answer) in &line.rows {
                            dd { (row) (m.colon) (answer) }
                        }
                    }
                    dd {
                        form method="post" action="q" {
                            (hidden(app, token, at, false))
                            input type="hidden" name="to" value=(line.step);
                            button.secondary type="submit" name="action" value="change" aria-label=(m.serve.change_named(&line.name)) { (m.serve.change) }
                        }
                    }
                }
            }
        }
        form method="post" action="submit" {
            (hidden(app, token, at, false))
            div.nav {
                button type="submit" { (m.submit) }
            }
        }
        form method="post" action="q" {
            (hidden(app, token, at, false))
            div.nav {
                button.secondary type="submit" name="action" value="leave" { (m.save_and_leave) }
            }
        }
    };
    html_response(status, layout(m, lang, heading, body))
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
