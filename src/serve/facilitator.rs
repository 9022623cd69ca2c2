//! The facilitator's pages: how many have answered (no figure under the minimum group
//! size), the compiled report of the round (the renderer of `report --format html`), and
//! the collective answer, with the spread of the members' answers beside each item once
//! enough have answered.

use axum::http::header::SET_COOKIE;
use axum::http::{HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use super::page::{html_response, layout};
use super::{App, Request, Role, access, session};
use crate::i18n::{Messages, messages};
use crate::questionnaire::DefinedItem;
use crate::report::{Options, Report};
use crate::survey::rules;

/// The round compiled as `report` compiles it, in `lang`; invalid files are left out (and
/// counted in the report), as the server cannot stop to ask.
pub fn compile(app: &App, lang: &str) -> anyhow::Result<Report> {
    let options = Options {
        language: lang.to_owned(),
        min_group_size: app.min_group_size,
        by: None,
        evaluation: Some(app.name.clone()),
        round: app.round.clone(),
        partners: app.partners.clone(),
        report_by: app.breakdowns.clone(),
        no_scores: false,
    };
    crate::commands::report::compile_paths(&app.def, &[app.responses_dir()], &options, true)
}

/// The facilitator's page.
pub fn dashboard(app: &App, req: &Request) -> Response {
    if !matches!(req.method, Method::GET | Method::HEAD) {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let lang = app.default_lang.clone();
    let m = messages(&lang);
    let def = &app.def;
    let token = session::token(&req.headers);
    let fresh = token.is_none();
    let token = token.unwrap_or_else(access::new_token);
    let draft = session::load(app, &token);
    let report = compile(app, &lang);
    let title = rules::label(def, &def.title, &lang);
    let body = html! {
        h1 { (m.serve.facilitator_heading) }
        p {
            (title)
            @if app.name != title { " · " (app.name) }
            @if let Some(round) = &app.round { " · " (m.serve.round_named(round)) }
        }
        h2 { (m.serve.answered_heading) }
        @match &report {
            Ok(r) if r.withheld.is_none() && r.respondents >= app.min_group_size => {
                p.count { (r.respondents) }
                p { (m.serve.answered(r.respondents)) }
            }
            Ok(_) => p { (m.serve.too_few_yet(app.min_group_size)) },
            Err(_) => p.error { (m.serve.report_failed) },
        }
        p { a.button.secondary href=(app.base(Role::Facilitator)) { (m.serve.refresh) } }
        h2 { (m.serve.report_heading) }
        p { (m.serve.report_text) }
        p { a.button href="report" { (m.serve.open_report) } }
        h2 { (m.serve.collective_heading) }
        p { (m.serve.collective_text) }
        @if draft.is_some() {
            p { a.button href="q" { (m.serve.collective_resume) } }
        } @else {
            form method="post" action="start" {
                input type="hidden" name="csrf" value=(app.csrf(&token));
                input type="hidden" name="lang" value=(lang);
                div.nav { button type="submit" { (m.serve.collective_start) } }
            }
        }
    };
    let mut r = html_response(
        StatusCode::OK,
        layout(m, &lang, m.serve.facilitator_heading, body),
    );
    if fresh
        && let Ok(v) = HeaderValue::from_str(&session::set_cookie(app, Role::Facilitator, &token))
    {
        r.headers_mut().append(SET_COOKIE, v);
    }
    r
}

/// The compiled report, as `report --format html` writes it.
pub fn report(app: &App, req: &Request) -> Response {
    if !matches!(req.method, Method::GET | Method::HEAD) {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let lang = app.default_lang.clone();
    let m = messages(&lang);
    let mut page = Vec::new();
    match compile(app, &lang).and_then(|r| crate::report::render::html::report(&r, &mut page)) {
        Ok(()) => (
            StatusCode::OK,
            [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
            page,
        )
            .into_response(),
        Err(e) => {
            eprintln!("{}", crate::sanitize::one_line(&format!("{e:#}")));
            super::page::message(
                m,
                &lang,
                StatusCode::INTERNAL_SERVER_ERROR,
                m.serve.report_failed,
                m.serve.report_failed,
                Some((&app.base(Role::Facilitator), m.serve.to_dashboard)),
            )
        }
    }
}

/// The spread of the members' answers to `item`, for the collective answer: per option,
/// how many chose it, once the round has at least the minimum group size of respondents;
/// until then, a note saying so.
pub fn spread(app: &App, m: &Messages, lang: &str, item: &DefinedItem) -> Option<Markup> {
    if item.options.is_empty() {
        return None;
    }
    let report = compile(app, lang).ok()?;
    if report.withheld.is_some() || report.respondents < app.min_group_size {
        return Some(html! {
            div.spread { p { (m.serve.spread_withheld(app.min_group_size)) } }
        });
    }
    let def = &app.def;
    let ids: Vec<(String, Option<String>)> = if item.rows.is_empty() {
        vec![(item.id.clone(), None)]
    } else {
        item.rows
            .iter()
            .map(|row| {
                (
                    format!("{}.{}", item.id, row.id),
                    Some(rules::label(def, &row.text, lang)),
                )
            })
            .collect()
    };
    let no_answer = rules::no_answer_label(def, m, lang);
    Some(html! {
        div.spread {
            h2 { (m.serve.spread_heading(report.respondents)) }
            @for (id, row) in &ids {
                @if let Some(stats) = report.items.iter().find(|s| &s.id == id) {
                    @if let Some(row) = row { p { strong { (row) } } }
                    ul {
                        @for o in &item.options {
                            li { (rules::option_label(def, item, &o.code, m, lang)) (m.colon) (stats.counts.get(&o.code).copied().unwrap_or(0)) }
                        }
                        @if item.no_answer { li { (no_answer) (m.colon) (stats.no_answer) } }
                    }
                }
            }
        }
    })
}
