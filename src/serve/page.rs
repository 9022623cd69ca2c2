//! The page around every screen (the report page's styles, and a few of the survey's own),
//! and the HTTP answers every route shares.
//!
//! Pages are built with maud, as the report page is: every value is escaped unless wrapped
//! in `PreEscaped`, which only the constant styles are.

use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, LOCATION, REFERRER_POLICY,
    X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::i18n::Messages;

/// No script, no font, no image, no frame, nothing fetched from anywhere; forms post only
/// to this server.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
    form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// What the survey's screens add to the report page's styles: large targets, one column,
/// readable at 360 px.
const SERVE_STYLE: &str = "
body { max-width: 40rem; }
.progress { color: var(--muted); margin: 0 0 .5rem; }
fieldset { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
legend { font-size: 1.15rem; font-weight: 600; padding: 0; margin-bottom: .6rem; }
fieldset fieldset legend { font-size: 1rem; }
.help { color: var(--muted); margin: 0 0 .6rem; }
.choice { display: flex; gap: .6rem; align-items: flex-start; padding: .55rem .6rem; margin: .35rem 0;
  border: 1px solid var(--line); border-radius: .4rem; }
.choice input { width: 1.3rem; height: 1.3rem; margin: .1rem 0 0; flex: none; }
.choice label { flex: 1; }
label.field { display: block; font-weight: 600; margin: 1rem 0 .3rem; }
input[type=text], textarea { width: 100%; font: inherit; padding: .5rem; border: 1px solid #767676; border-radius: .3rem; }
textarea { min-height: 5rem; }
.nav { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1.25rem 0; }
button, .button { font: inherit; font-weight: 600; padding: .6rem 1.2rem; border-radius: .4rem; border: 2px solid var(--ink);
  background: var(--ink); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: #fff; color: var(--ink); }
button:focus-visible, .button:focus-visible, input:focus-visible, textarea:focus-visible, a:focus-visible {
  outline: 3px solid #1f5f8b; outline-offset: 2px; }
.error { border-left: 4px solid #b54a2a; background: #f6d9d2; padding: .5rem .75rem; margin: .75rem 0; }
.notice { border-left: 4px solid #1f5f8b; background: #e8f0f6; padding: .5rem .75rem; margin: .75rem 0; }
dl.review { margin: 0; }
dl.review div { border-bottom: 1px solid var(--line); padding: .5rem 0; }
dl.review dt { font-weight: 600; }
dl.review dd { margin: .2rem 0 0; }
dl.review form { display: inline; }
dl.review button { padding: .2rem .7rem; font-weight: 400; margin-top: .3rem; }
.spread { border: 1px solid var(--line); padding: .5rem .75rem; margin: .75rem 0; }
.spread h2 { margin-top: .25rem; font-size: 1.1rem; }
.spread ul { margin: .3rem 0; }
.count { font-size: 2.5rem; font-weight: 700; margin: .25rem 0; }
.langs { text-align: right; margin: 0 0 .5rem; }
";

/// The page: `title` in the tab, `body` inside `main`.
pub fn layout(m: &Messages, lang: &str, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE) "\n"
        html lang=(lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="same-origin";
                title { (title) }
                style { (PreEscaped(crate::report::render::html::STYLE)) (PreEscaped(SERVE_STYLE)) }
            }
            body {
                main id="main" aria-label=(m.serve.main_label) { (body) }
            }
        }
    }
}

/// A page as the answer, with `status`.
pub fn html_response(status: StatusCode, page: Markup) -> Response {
    (
        status,
        [(CONTENT_TYPE, "text/html; charset=utf-8")],
        page.into_string(),
    )
        .into_response()
}

/// The answer to a wrong code or an unknown page: the same few bytes whatever was asked,
/// in no language (nothing tells a guess that it came close).
pub fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(CONTENT_TYPE, "text/plain; charset=utf-8")],
        "404\n",
    )
        .into_response()
}

/// The answer when the page's work failed unexpectedly.
pub fn server_error() -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(CONTENT_TYPE, "text/plain; charset=utf-8")],
        "500\n",
    )
        .into_response()
}

/// "See `location`" after a form: the browser asks for it with GET, and reloading it posts
/// nothing again.
pub fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(LOCATION, value);
    }
    response
}

/// A short page saying `text` with a link to `href` named `link`.
pub fn message(
    m: &Messages,
    lang: &str,
    status: StatusCode,
    title: &str,
    text: &str,
    link: Option<(&str, &str)>,
) -> Response {
    html_response(
        status,
        layout(
            m,
            lang,
            title,
            html! {
                h1 { (title) }
                p { (text) }
                @if let Some((href, name)) = link {
                    p { a.button href=(href) { (name) } }
                }
            },
        ),
    )
}

/// Adds the headers every answer carries: the CSP, no caching (answers stay off the
/// device's disk cache), a referrer only to this server (the address's code never leaves in
/// one; a browser then sends the form's `Origin`, which `no-referrer` would make `null`), no
/// framing, no type guessing.
pub async fn secure_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}

/// Adds header `name: value` to `r` (a value that is no header value is left out).
pub fn set_header(r: &mut Response, name: axum::http::HeaderName, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        r.headers_mut().append(name, v);
    }
}
