//! The forms the pages post: read only as `application/x-www-form-urlencoded`, and only
//! with the session's CSRF token from a page of this server; and the language of the pages
//! before a draft decides it.

use axum::http::StatusCode;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use super::page::{self};
use super::{App, Request, access, session};
use crate::i18n::Messages;

/// The fields of a posted form, in order.
pub struct Form(pub(super) Vec<(String, String)>);

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
pub(super) fn browser_language(app: &App, req: &Request) -> String {
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
