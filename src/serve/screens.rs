//! The survey's screens as pages: the start, one question (every kind, with its comment
//! box, the spread of the members' answers in collective mode, and why an answer was
//! refused), and the review. Built with maud, escaped by default.

use axum::http::StatusCode;
use axum::http::header::SET_COOKIE;
use axum::response::Response;
use maud::{Markup, html};

use super::page::{html_response, layout, set_header};
use super::{App, Request, Role, access, facilitator, session};
use crate::i18n::{Messages, messages};
use crate::questionnaire::DefinedItem;
use crate::questionnaire::format::ItemKind;
use crate::response::{Answer, Draft, Mode, NO_ANSWER_CODE};
use crate::survey::{Step, item_name, option_letter, rules};

/// The hidden fields of every form: the CSRF token and the step it was shown for.
pub(super) fn hidden(app: &App, token: &str, step: usize, from_review: bool) -> Markup {
    html! {
        input type="hidden" name="csrf" value=(app.csrf(token));
        input type="hidden" name="step" value=(step);
        @if from_review { input type="hidden" name="r" value="1"; }
    }
}

/// A member's start: the questionnaire, what happens to the answers, the language, Start.
pub(super) fn intro(
    app: &App,
    req: &Request,
    m: &Messages,
    lang: &str,
    token: Option<String>,
) -> Response {
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

/// What a refused form had, shown again with why.
#[derive(Default)]
pub(super) struct Shown {
    pub(super) error: Option<String>,
    /// The text typed (number, text, closing comment).
    pub(super) typed: Option<String>,
    /// The prerequisite was answered no: its `unmet` text, continue or stop.
    pub(super) unmet: bool,
    /// The boxes of a several-choice question as sorted out for an exclusive option.
    pub(super) ticks: Option<Vec<bool>>,
    /// What a change did to other answers.
    pub(super) note: Option<String>,
}

/// The first and last step of the question at `step` (a grid's rows are one screen).
pub(super) fn span(steps: &[Step], step: usize) -> (usize, usize) {
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
pub(super) fn question(
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
pub(super) fn choice(name: &str, value: &str, id: &str, text: &str, checked: bool) -> Markup {
    html! {
        div.choice {
            input type="radio" name=(name) id=(id) value=(value) checked[checked];
            label for=(id) { (text) }
        }
    }
}

/// One check box with its label.
pub(super) fn tick(name: &str, value: &str, id: &str, text: &str, checked: bool) -> Markup {
    html! {
        div.choice {
            input type="checkbox" name=(name) id=(id) value=(value) checked[checked];
            label for=(id) { (text) }
        }
    }
}

/// The screen of item `i`: where it is, the statement, its answers, its comment.
#[allow(clippy::too_many_arguments)]
pub(super) fn item_screen(
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
                    @if let Some(spread) = &spread { (spread) }
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
                    @if let Some(spread) = &spread { (spread) }
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
                    @if let Some(spread) = &spread { (spread) }
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
        (answers)
    }
}

/// Which boxes of several-choice item `item` the response ticks: its options, then "no
/// answer".
pub(super) fn ticks_of(item: &DefinedItem, r: &crate::response::Response) -> Vec<bool> {
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

/// The review: every answer, a way to change each, submit, or keep the draft and leave.
pub(super) fn review(
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
