//! `partnereval serve`: the evaluation's current round in the browser, for the meeting room.
//!
//! Members answer the survey by plain HTML forms (no script), one screen per question, with
//! the draft saved on the server at every page; the facilitator sees how many have answered,
//! the compiled report, and leads the group through a collective answer. The pages are a
//! front end of the survey engine ([`crate::survey`]): the rules of what is asked and what
//! is accepted are its functions ([`crate::survey::rules`]), and responses are checked and
//! written by the same functions as `take`'s.
//!
//! - [`access`]: access codes, session and CSRF tokens.
//! - [`session`]: which draft a request is about, and one request at a time per draft.
//! - [`page`]: the page around every screen, and the HTTP answers (404, 403, redirects).
//! - [`form`]: reading a posted form, its CSRF token and where it comes from.
//! - [`screens`]: the survey's screens as pages.
//! - [`member`]: what the survey's forms do: start, answer, back, review, submit.
//! - [`facilitator`]: the count, the report and the spread of answers.
//! - [`listen`]: connections, limits and time-outs, stopping cleanly.
//! - [`tls`]: HTTPS with the organisation's certificate.

pub mod access;
pub mod facilitator;
pub mod form;
pub mod listen;
pub mod member;
pub mod page;
pub mod screens;
pub mod session;
pub mod tls;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, RawQuery, State};
use axum::http::{HeaderMap, Method};
use axum::response::Response;
use axum::routing::any;

use crate::evaluation::Evaluation;
use crate::questionnaire::Definition;
use crate::response::{Mode, store};
use crate::survey::Step;

pub use access::Role;

/// The largest request body accepted: a page of answers with its comments is a few KiB.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// What `serve` needs to know besides the evaluation.
#[derive(Debug, Clone)]
pub struct Options {
    /// The code in the members' address.
    pub member_code: String,
    /// The code in the facilitator's address.
    pub facilitator_code: String,
    /// The language of the pages before a member chooses (default: the evaluation's).
    pub lang: Option<String>,
    /// Whether pages are served over HTTPS (cookies are then `Secure`).
    pub secure: bool,
}

impl Options {
    /// Options with new random codes.
    pub fn random(lang: Option<String>, secure: bool) -> Options {
        Options {
            member_code: access::new_code(),
            facilitator_code: access::new_code(),
            lang,
            secure,
        }
    }
}

/// The served evaluation and what the server holds while it runs.
pub struct App {
    pub def: Definition,
    /// The current round's responses folder, written only through [`store`].
    pub responses: store::Folder,
    /// The evaluation's name.
    pub name: String,
    /// The current round's name, when the evaluation has several.
    pub round: Option<String>,
    pub min_group_size: usize,
    pub partners: Vec<String>,
    pub breakdowns: Vec<String>,
    /// The language pages are in before a member chooses.
    pub default_lang: String,
    options: Options,
    secret: [u8; 32],
    /// The sequence of questions of a member, and of the group.
    steps: [Vec<Step>; 2],
    /// One lock per draft: two tabs of one session never write at once.
    locks: std::sync::Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Responses submitted since the server started: members', and the group's.
    pub received: [AtomicUsize; 2],
}

impl App {
    /// Opens the evaluation in `dir` to serve its current round.
    pub fn open(dir: &Path, options: Options) -> anyhow::Result<App> {
        let evaluation = Evaluation::open(dir)?;
        let def = &evaluation.definition;
        if let Some(lang) = &options.lang {
            def.require_language(lang)?;
        }
        let default_lang = options.lang.clone().unwrap_or_else(|| {
            crate::i18n::preferred_language(&def.languages, &def.default_language)
        });
        let round = evaluation.current_round();
        Ok(App {
            responses: evaluation.round_folder(&round),
            name: crate::sanitize::one_line(&evaluation.settings.name),
            round: evaluation.has_rounds().then(|| round.name.clone()),
            min_group_size: evaluation.settings.min_group_size as usize,
            partners: evaluation
                .settings
                .partners
                .iter()
                .map(|p| p.code.clone())
                .collect(),
            breakdowns: evaluation.breakdowns(),
            default_lang,
            steps: [
                crate::survey::steps(def, Mode::Individual),
                crate::survey::steps(def, Mode::Collective),
            ],
            secret: access::new_secret(),
            options,
            locks: Default::default(),
            received: Default::default(),
            def: evaluation.definition,
        })
    }

    /// Who `code` lets in, if anyone.
    pub fn role(&self, code: &str) -> Option<Role> {
        // Both compared, whichever matches: the time taken tells nothing.
        let member = access::same(code, &self.options.member_code);
        let facilitator = access::same(code, &self.options.facilitator_code);
        match (member, facilitator) {
            (true, _) => Some(Role::Member),
            (_, true) => Some(Role::Facilitator),
            _ => None,
        }
    }

    /// The path of `role`'s pages: `/CODE/`.
    pub fn base(&self, role: Role) -> String {
        match role {
            Role::Member => format!("/{}/", self.options.member_code),
            Role::Facilitator => format!("/{}/", self.options.facilitator_code),
        }
    }

    /// The sequence of questions in `mode`.
    pub fn steps(&self, mode: Mode) -> &[Step] {
        &self.steps[usize::from(mode == Mode::Collective)]
    }

    /// The responses folder's path.
    pub fn responses_dir(&self) -> PathBuf {
        self.responses.path()
    }

    /// Whether pages are served over HTTPS.
    pub fn secure(&self) -> bool {
        self.options.secure
    }

    /// The CSRF token of session `token`.
    pub fn csrf(&self, token: &str) -> String {
        access::csrf(&self.secret, token)
    }

    /// The lock of draft `id`.
    fn lock(&self, id: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut locks = self.locks.lock().unwrap_or_else(|e| e.into_inner());
        // Locks of drafts no request holds are dropped now and then.
        if locks.len() > 4096 {
            locks.retain(|_, l| Arc::strong_count(l) > 1);
        }
        locks.entry(id.to_owned()).or_default().clone()
    }

    /// Counts a response submitted in `mode`.
    fn count_received(&self, mode: Mode) {
        self.received[usize::from(mode == Mode::Collective)].fetch_add(1, Ordering::SeqCst);
    }
}

/// One request, as the page handlers see it.
pub struct Request {
    pub role: Role,
    pub method: Method,
    /// The page asked for after the code: "" (the start), "q", "submit", "report"…
    pub page: String,
    pub query: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// The server's routes: every path starts with an access code; anything else is 404.
pub fn router(app: Arc<App>) -> Router {
    let routes = Router::new()
        .route("/{code}", any(without_slash))
        .route("/{code}/", any(start))
        .route("/{code}/{page}", any(page))
        .fallback(|| async { page::not_found() })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(app);
    listen::limited(routes)
}

async fn without_slash(State(app): State<Arc<App>>, UrlPath(code): UrlPath<String>) -> Response {
    match app.role(&code) {
        Some(role) => page::see_other(&app.base(role)),
        None => page::not_found(),
    }
}

async fn start(
    State(app): State<Arc<App>>,
    UrlPath(code): UrlPath<String>,
    method: Method,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    handle(app, code, String::new(), method, query, headers, body).await
}

async fn page(
    State(app): State<Arc<App>>,
    UrlPath((code, page)): UrlPath<(String, String)>,
    method: Method,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    handle(app, code, page, method, query, headers, body).await
}

/// Checks the code, takes the session's lock, and runs the page's work (which reads and
/// writes files) on a thread that may block.
async fn handle(
    app: Arc<App>,
    code: String,
    page: String,
    method: Method,
    query: Option<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(role) = app.role(&code) else {
        return page::not_found();
    };
    let request = Request {
        role,
        method,
        page,
        query: query.unwrap_or_default(),
        headers,
        body,
    };
    let lock = session::token(&request.headers).map(|t| app.lock(&t));
    let _guard = match &lock {
        Some(lock) => Some(lock.clone().lock_owned().await),
        None => None,
    };
    let work = {
        let app = app.clone();
        tokio::task::spawn_blocking(move || route(&app, &request))
    };
    match work.await {
        Ok(response) => response,
        Err(_) => page::server_error(),
    }
}

/// The page for `request`.
fn route(app: &App, request: &Request) -> Response {
    match (request.role, request.page.as_str()) {
        (Role::Facilitator, "") => facilitator::dashboard(app, request),
        (Role::Facilitator, "report") => facilitator::report(app, request),
        (_, "" | "start" | "q" | "submit") => member::page(app, request),
        _ => page::not_found(),
    }
}
