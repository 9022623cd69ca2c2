//! Sessions: the token in a browser's cookie, the draft it names, and the checks every form
//! goes through (its CSRF token, where it comes from).

use axum::http::HeaderMap;
use axum::http::header::{COOKIE, HOST, ORIGIN};

use super::access;
use super::{App, Role};
use crate::response::{Draft, store};

/// The cookie's name (its path is the role's address, so that members' and the
/// facilitator's never meet).
pub const COOKIE_NAME: &str = "partnereval";

/// The session token a request's cookie carries, when it has the shape of one.
pub fn token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|t| access::is_token(t))
}

/// The `Set-Cookie` value that gives the browser session `token` for `role`'s pages: only
/// sent back to this server's pages of that role, never read by a script, never sent from
/// another site's page, only over HTTPS when served so; kept for a day (a meeting), so that
/// a closed tab resumes.
pub fn set_cookie(app: &App, role: Role, token: &str) -> String {
    format!(
        "{COOKIE_NAME}={token}; Path={}; Max-Age=86400; HttpOnly; SameSite=Strict{}",
        app.base(role),
        if app.secure() { "; Secure" } else { "" }
    )
}

/// The `Set-Cookie` value that makes the browser forget its session.
pub fn clear_cookie(app: &App, role: Role) -> String {
    format!(
        "{COOKIE_NAME}=; Path={}; Max-Age=0; HttpOnly; SameSite=Strict",
        app.base(role)
    )
}

/// Whether a form posted with `headers` may come from another site: the browser says so
/// (`Sec-Fetch-Site` other than same-origin), or, from a browser that does not, its
/// `Origin` names another host than the one asked. (The CSRF token is checked too.)
pub fn cross_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.to_str(), Ok("same-origin" | "none"));
    }
    let Some(origin) = headers.get(ORIGIN) else {
        return false;
    };
    let host = headers.get(HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin
        .to_str()
        .ok()
        .and_then(|o| o.split_once("://"))
        .map(|(_, rest)| rest);
    match (origin_host, host) {
        (Some(o), Some(h)) => o != h,
        _ => true,
    }
}

/// Loads the draft of session `token`, when there is one.
pub fn load(app: &App, token: &str) -> Option<Draft> {
    let id = access::draft_id(token);
    let dir = app.responses_dir();
    if std::fs::symlink_metadata(store::drafts_dir(&dir).join(format!("{id}.json"))).is_err() {
        return None;
    }
    let draft = store::load_draft(&dir, &id).ok()?;
    (draft.response.questionnaire.hash == app.def.hash).then_some(draft)
}

/// Whether session `token` submitted its response already.
pub fn submitted(app: &App, token: &str) -> bool {
    let id = access::draft_id(token);
    std::fs::symlink_metadata(app.responses_dir().join(format!("{id}.json"))).is_ok()
}
