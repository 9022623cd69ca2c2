//! `partnereval serve` over HTTP: the pages in process (the router called directly), and the
//! real binary on a free port. Every route without its code or with a wrong one; forms
//! refused when they come from elsewhere, are replayed, oversized or not forms; answers the
//! questionnaire refuses; a whole survey posted by plain forms written as `take --answers`
//! writes it; the facilitator's count, report and collective answer.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use common::partnereval;
use partnereval::serve::{App, Options, router};
use serde_json::Value;
use tower::ServiceExt;

const MEMBER: &str = "0123456789abcdef0123456789abcdef01234567";
const FACILITATOR: &str = "89abcdef0123456789abcdef0123456789abcdef";

/// A new evaluation of the fixture questionnaire with every kind of question.
fn evaluation() -> (tempfile::TempDir, PathBuf) {
    evaluation_of("tests/fixtures/serve/kinds.toml")
}

/// A new evaluation of the questionnaire `fixture` (a path from the repository's root).
fn evaluation_of(fixture: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("meeting");
    let fixture = common::root().join(fixture);
    partnereval([
        "init",
        dir.to_str().unwrap(),
        "--questionnaire",
        fixture.to_str().unwrap(),
        "--name",
        "Riverside",
    ])
    .expect_status(0);
    (tmp, dir)
}

fn app(dir: &Path) -> Arc<App> {
    let options = Options {
        member_code: MEMBER.to_owned(),
        facilitator_code: FACILITATOR.to_owned(),
        lang: Some("en".to_owned()),
        secure: false,
    };
    Arc::new(App::open(dir, options).unwrap())
}

/// What a request got back.
#[derive(Debug)]
struct Page {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Page {
    /// The value of the form field `name` on the page (the first).
    fn field(&self, name: &str) -> String {
        let key = format!("name=\"{name}\" value=\"");
        let at = self
            .body
            .find(&key)
            .unwrap_or_else(|| panic!("no field {name} on the page:\n{}", self.body));
        let rest = &self.body[at + key.len()..];
        rest[..rest.find('"').unwrap()].to_owned()
    }

    fn location(&self) -> String {
        self.headers["location"].to_str().unwrap().to_owned()
    }
}

/// A browser without script: a cookie, forms posted as they are on the page.
struct Browser {
    router: Router,
    runtime: tokio::runtime::Runtime,
    cookie: Option<String>,
    base: String,
}

impl Browser {
    fn new(app: &Arc<App>, code: &str) -> Browser {
        Browser {
            router: router(app.clone()),
            runtime: tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap(),
            cookie: None,
            base: format!("/{code}/"),
        }
    }

    fn send(&mut self, request: Request<Body>) -> Page {
        let router = self.router.clone();
        let response = self
            .runtime
            .block_on(async move { router.oneshot(request).await.unwrap() });
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = self.runtime.block_on(async move {
            axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .unwrap()
        });
        for value in headers.get_all("set-cookie") {
            let value = value.to_str().unwrap();
            let pair = value.split(';').next().unwrap();
            if value.contains("Max-Age=0") {
                self.cookie = None;
            } else {
                self.cookie = Some(pair.to_owned());
            }
        }
        Page {
            status,
            headers,
            body: String::from_utf8(bytes.to_vec()).unwrap(),
        }
    }

    fn request(&self, method: Method, path: &str) -> axum::http::request::Builder {
        let uri = if path.starts_with('/') {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        };
        let mut r = Request::builder()
            .method(method)
            .uri(uri)
            .header("host", "127.0.0.1:8470");
        if let Some(cookie) = &self.cookie {
            r = r.header("cookie", cookie);
        }
        r
    }

    fn get(&mut self, path: &str) -> Page {
        let r = self.request(Method::GET, path).body(Body::empty()).unwrap();
        self.send(r)
    }

    /// Posts `fields` as a form to `path`.
    fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let body = serde_urlencoded::to_string(fields).unwrap();
        let r = self
            .request(Method::POST, path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", "http://127.0.0.1:8470")
            .body(Body::from(body))
            .unwrap();
        self.send(r)
    }

    /// Posts the form of the current page (`page`) with its CSRF token and step, plus
    /// `fields`, and follows the redirect.
    fn answer(&mut self, page: &Page, fields: &[(&str, &str)]) -> Page {
        let csrf = page.field("csrf");
        let step = page.field("step");
        let mut all = vec![("csrf", csrf.as_str()), ("step", step.as_str())];
        // The hidden field of a question reached from the review.
        if page.body.contains("name=\"r\" value=\"1\"") {
            all.push(("r", "1"));
        }
        all.extend_from_slice(fields);
        let after = self.post("q", &all);
        assert_eq!(after.status, StatusCode::SEE_OTHER, "{}", after.body);
        let next = after.location();
        self.get(&next)
    }

    /// Opens the start page and starts in `lang`: the first question.
    fn start(&mut self, lang: &str) -> Page {
        let intro = self.get("");
        assert_eq!(intro.status, StatusCode::OK);
        let csrf = intro.field("csrf");
        let started = self.post("start", &[("csrf", &csrf), ("lang", lang)]);
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
        self.get(&started.location())
    }
}

/// Answers the fixture's whole survey the same way each time; returns the review page.
fn answer_everything(b: &mut Browser) -> Page {
    let page = b.start("en");
    assert!(page.body.contains("Are you a member"), "{}", page.body);
    let page = b.answer(&page, &[("answer", "yes"), ("action", "next")]);
    assert!(page.body.contains("Your sector?"));
    let page = b.answer(&page, &[("answer", "health"), ("action", "next")]);
    assert!(page.body.contains("We share one aim."));
    let page = b.answer(
        &page,
        &[
            ("answer", "B"),
            ("comment.shared", "Good talk"),
            ("action", "next"),
        ],
    );
    assert!(page.body.contains("How do you hear the news?"));
    let page = b.answer(
        &page,
        &[
            ("answer", "mail"),
            ("answer", "meetings"),
            ("action", "next"),
        ],
    );
    let page = b.answer(&page, &[("answer", "12"), ("action", "next")]);
    assert!(page.body.contains("How much do you trust"));
    let page = b.answer(
        &page,
        &[
            ("row.city", "A"),
            ("row.clinic", "no-answer"),
            ("comment.trust.city", "new mayor"),
            ("action", "next"),
        ],
    );
    let page = b.answer(&page, &[("answer", "The fair"), ("action", "next")]);
    assert!(page.body.contains("Anything else?"));
    let page = b.answer(&page, &[("answer", "Thanks"), ("action", "next")]);
    assert!(page.body.contains("Review your answers"), "{}", page.body);
    page
}

/// The one response file in `dir` (a folder of responses), as JSON.
fn responses(dir: &Path) -> Vec<Value> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            out.push(serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap());
        }
    }
    out
}

fn drafts(dir: &Path) -> usize {
    std::fs::read_dir(dir.join(".drafts")).map_or(0, |d| d.count())
}

/// Submits from the review page.
fn submit(b: &mut Browser, review: &Page) -> Page {
    let csrf = review.field("csrf");
    let step = review.field("step");
    b.post("submit", &[("csrf", &csrf), ("step", &step)])
}

#[test]
fn a_survey_posted_by_plain_forms_is_written_as_take_writes_it() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut b = Browser::new(&app, MEMBER);
    let review = answer_everything(&mut b);
    for shown in [
        "Health",
        "B.\u{a0}In part",
        "Mail, Meetings",
        "12",
        "The fair",
        "Thanks",
    ] {
        assert!(review.body.contains(shown), "{shown} on the review");
    }
    let responses_dir = dir.join("responses");
    assert_eq!(drafts(&responses_dir), 1, "the draft is on the server");
    let done = submit(&mut b, &review);
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("Your response is saved"));
    assert_eq!(
        drafts(&responses_dir),
        0,
        "the draft is gone once submitted"
    );
    assert!(b.cookie.is_none(), "the session is forgotten");
    let served = responses(&responses_dir);
    assert_eq!(served.len(), 1);

    // The same answers through `take --answers`, into another evaluation.
    let (_tmp2, other) = evaluation();
    let answers = r#"language = "en"
closing_comment = "Thanks"
[prerequisites]
member = true
[profile]
sector = "health"
[answers]
shared = "B"
channels = ["mail", "meetings"]
hours = 12
trust = { city = "A", clinic = "no-answer" }
story = "The fair"
[comments]
shared = "Good talk"
"trust.city" = "new mayor"
"#;
    partnereval(["take", other.to_str().unwrap(), "--answers", "-"])
        .stdin(answers)
        .expect_status(0);
    let taken = responses(&other.join("responses"));
    assert_eq!(taken.len(), 1);
    let without = |v: &Value| {
        let mut v = v.clone();
        v.as_object_mut().unwrap().remove("id");
        v.as_object_mut().unwrap().remove("submitted");
        v
    };
    assert_eq!(without(&served[0]), without(&taken[0]));
    // Both are read by report alike.
    partnereval(["validate", dir.join("questionnaire.toml").to_str().unwrap()]).expect_status(0);
    let report =
        partnereval(["report", dir.to_str().unwrap(), "--format", "json"]).expect_status(0);
    let report: Value = serde_json::from_str(&report.stdout).unwrap();
    assert_eq!(report["respondents"], 1);
    assert!(report["skipped"].as_array().unwrap().is_empty());
}

#[test]
fn every_route_without_its_code_or_with_a_wrong_one_is_the_same_404() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut b = Browser::new(&app, MEMBER);
    let wrong = "0123456789abcdef0123456789abcdef01234568";
    let short = &MEMBER[..39];
    let mut seen = Vec::new();
    for code in ["", wrong, short, "x", "..", "%2e%2e"] {
        for page in ["", "q", "start", "submit", "report", "favicon.ico", "a/b"] {
            for method in [Method::GET, Method::POST, Method::HEAD] {
                let path = if code.is_empty() {
                    format!("/{page}")
                } else {
                    format!("/{code}/{page}")
                };
                let r = b
                    .request(method.clone(), &path)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(Body::from("csrf=x&step=0"))
                    .unwrap();
                let got = b.send(r);
                assert_eq!(got.status, StatusCode::NOT_FOUND, "{method} {path}");
                assert!(got.headers.get("set-cookie").is_none(), "{method} {path}");
                seen.push(got.body);
            }
        }
    }
    seen.sort();
    seen.dedup();
    assert!(
        seen.len() <= 2,
        "one body for GET/POST and one for HEAD: {seen:?}"
    );
    // A member's code does not open the facilitator's pages.
    assert_eq!(b.get("report").status, StatusCode::NOT_FOUND);
    // The right code does.
    assert_eq!(b.get("").status, StatusCode::OK);
    assert_eq!(
        b.get(&format!("/{FACILITATOR}/report")).status,
        StatusCode::OK
    );
}

#[test]
fn every_answer_carries_the_content_security_policy_and_a_strict_cookie() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut b = Browser::new(&app, MEMBER);
    let intro = b.get("");
    let cookie = intro.headers["set-cookie"].to_str().unwrap().to_owned();
    for part in ["HttpOnly", "SameSite=Strict", &format!("Path=/{MEMBER}/")] {
        assert!(cookie.contains(part), "{cookie}");
    }
    for page in [intro, b.get("/nothing"), b.get(&format!("/{FACILITATOR}/"))] {
        let csp = page.headers["content-security-policy"].to_str().unwrap();
        assert!(csp.starts_with("default-src 'none'"), "{csp}");
        assert!(csp.contains("form-action 'self'"));
        assert_eq!(page.headers["referrer-policy"], "same-origin");
        assert_eq!(page.headers["cache-control"], "no-store");
        assert_eq!(page.headers["x-frame-options"], "DENY");
    }
    // No script, no external address on any page.
    let page = b.start("en");
    assert!(!page.body.contains("<script"));
    assert!(!page.body.contains("http://") && !page.body.contains("https://"));
}

#[test]
fn forms_from_another_site_or_session_are_refused() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut b = Browser::new(&app, MEMBER);
    let page = b.start("en");
    let csrf = page.field("csrf");
    let step = page.field("step");
    let yes = |csrf: &str| {
        serde_urlencoded::to_string([
            ("csrf", csrf),
            ("step", step.as_str()),
            ("answer", "yes"),
            ("action", "next"),
        ])
        .unwrap()
    };
    let post = |b: &mut Browser, body: String, headers: &[(&str, &str)]| {
        let mut r = b
            .request(Method::POST, "q")
            .header("content-type", "application/x-www-form-urlencoded");
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        b.send(r.body(Body::from(body)).unwrap())
    };
    // Another site's page posting with the member's cookie (a browser that still sends it).
    let got = post(&mut b, yes(&csrf), &[("origin", "http://evil.example")]);
    assert_eq!(got.status, StatusCode::FORBIDDEN);
    for site in ["cross-site", "same-site"] {
        let got = post(&mut b, yes(&csrf), &[("sec-fetch-site", site)]);
        assert_eq!(got.status, StatusCode::FORBIDDEN);
    }
    // Without the token, with a wrong one, with another session's.
    let got = post(&mut b, yes(""), &[]);
    assert_eq!(got.status, StatusCode::FORBIDDEN);
    let got = post(&mut b, yes(&"0".repeat(32)), &[]);
    assert_eq!(got.status, StatusCode::FORBIDDEN);
    let mut other = Browser::new(&app, MEMBER);
    let other_page = other.start("en");
    let got = post(&mut b, yes(&other_page.field("csrf")), &[]);
    assert_eq!(got.status, StatusCode::FORBIDDEN);
    assert!(got.body.contains("Form not accepted"));
    // Without the cookie.
    let saved = b.cookie.take();
    let got = post(&mut b, yes(&csrf), &[]);
    assert_eq!(got.status, StatusCode::FORBIDDEN);
    b.cookie = saved;
    // Nothing was recorded: the question is still the first.
    let again = b.get("q");
    assert!(again.body.contains("Are you a member"));
    assert_eq!(again.field("step"), "0");
    // The same form from this page goes through.
    let got = post(&mut b, yes(&csrf), &[("origin", "http://127.0.0.1:8470")]);
    assert_eq!(got.status, StatusCode::SEE_OTHER);
}

#[test]
fn replayed_forms_change_nothing() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut b = Browser::new(&app, MEMBER);
    let first = b.start("en");
    let second = b.answer(&first, &[("answer", "yes"), ("action", "next")]);
    assert!(second.body.contains("Your sector?"));
    // The first page's form again, with another answer: out of date, nothing changes.
    let csrf = first.field("csrf");
    let replay = b.post(
        "q",
        &[
            ("csrf", &csrf),
            ("step", "0"),
            ("answer", "no"),
            ("action", "next"),
        ],
    );
    assert_eq!(replay.status, StatusCode::SEE_OTHER);
    let now = b.get("q");
    assert!(
        now.body.contains("Your sector?"),
        "still at the second question"
    );
    let draft: Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::fs::read_dir(dir.join("responses/.drafts"))
                .unwrap()
                .next()
                .unwrap()
                .unwrap()
                .path(),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(draft["response"]["prerequisites"]["member"], true);
    // A submission replayed after it went through writes no second response.
    let mut b = Browser::new(&app, MEMBER);
    let review = answer_everything(&mut b);
    let cookie = b.cookie.clone();
    assert_eq!(submit(&mut b, &review).status, StatusCode::OK);
    b.cookie = cookie.clone();
    let again = submit(&mut b, &review);
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("Already submitted"));
    assert_eq!(responses(&dir.join("responses")).len(), 1);
    // A server stopped between writing the response and removing the draft leaves the
    // draft: submitting it again writes nothing and removes it.
    let response = responses(&dir.join("responses")).remove(0);
    let id = response["id"].as_str().unwrap().to_owned();
    let draft = serde_json::json!({"schema_version": 1, "step": 99, "response": response});
    std::fs::write(
        dir.join(format!("responses/.drafts/{id}.json")),
        serde_json::to_vec(&draft).unwrap(),
    )
    .unwrap();
    b.cookie = cookie;
    let left = b.get("q");
    assert!(left.body.contains("Review your answers"));
    let again = submit(&mut b, &left);
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    assert_eq!(responses(&dir.join("responses")).len(), 1);
    assert!(
        !dir.join(format!("responses/.drafts/{id}.json")).exists(),
        "the draft left behind is removed"
    );
}

#[test]
fn oversized_and_malformed_bodies_are_refused() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut b = Browser::new(&app, MEMBER);
    let page = b.start("en");
    let csrf = page.field("csrf");
    let huge = format!(
        "csrf={csrf}&step=0&action=next&answer={}",
        "y".repeat(200 * 1024)
    );
    let r = b
        .request(Method::POST, "q")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(huge))
        .unwrap();
    assert_eq!(b.send(r).status, StatusCode::PAYLOAD_TOO_LARGE);
    // Not a form.
    let r = b
        .request(Method::POST, "q")
        .header("content-type", "application/json")
        .body(Body::from(format!("{{\"csrf\":\"{csrf}\"}}")))
        .unwrap();
    assert_eq!(b.send(r).status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let r = b
        .request(Method::POST, "q")
        .body(Body::from("csrf=1"))
        .unwrap();
    assert_eq!(b.send(r).status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // Bytes that are no form, and a step that is no number.
    for body in [
        b"\xff\xfe\x00garbage=%%%".to_vec(),
        format!("csrf={csrf}&step=zero&answer=yes").into_bytes(),
        format!("csrf={csrf}&step=99999999999999999999999&answer=yes").into_bytes(),
    ] {
        let r = b
            .request(Method::POST, "q")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        let got = b.send(r);
        assert!(
            got.status == StatusCode::FORBIDDEN || got.status == StatusCode::SEE_OTHER,
            "{}",
            got.status
        );
    }
    // A method no page answers.
    let r = b.request(Method::DELETE, "q").body(Body::empty()).unwrap();
    assert_eq!(b.send(r).status, StatusCode::METHOD_NOT_ALLOWED);
    let now = b.get("q");
    assert_eq!(now.field("step"), "0", "nothing was recorded");
}

#[test]
fn answers_the_questionnaire_refuses_are_asked_again_and_never_written() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut b = Browser::new(&app, MEMBER);
    let page = b.start("en");
    let page = b.answer(&page, &[("answer", "yes"), ("action", "next")]);
    let page = b.answer(&page, &[("action", "next")]);
    // A required single choice left empty, then a code that is no option.
    let csrf = page.field("csrf");
    let step = page.field("step");
    let post = |b: &mut Browser, fields: &[(&str, &str)]| {
        let mut all = vec![
            ("csrf", csrf.as_str()),
            ("step", step.as_str()),
            ("action", "next"),
        ];
        all.extend_from_slice(fields);
        b.post("q", &all)
    };
    let got = post(&mut b, &[]);
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(got.body.contains("An answer is needed"), "{}", got.body);
    assert!(got.body.contains("role=\"alert\""));
    let got = post(&mut b, &[("answer", "Z")]);
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = b.answer(&page, &[("answer", "A"), ("action", "next")]);
    // Three ticks where two at most are allowed; no answer with another.
    let csrf = page.field("csrf");
    let step = page.field("step");
    let got = b.post(
        "q",
        &[
            ("csrf", &csrf),
            ("step", &step),
            ("answer", "mail"),
            ("answer", "meetings"),
            ("answer", "hallway"),
        ],
    );
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", got.body);
    let got = b.post(
        "q",
        &[
            ("csrf", &csrf),
            ("step", &step),
            ("answer", "mail"),
            ("answer", "no-answer"),
        ],
    );
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = b.answer(&page, &[("answer", "hallway")]);
    // Numbers: not one, not whole, out of range; the text typed is shown again.
    let csrf = page.field("csrf");
    let step = page.field("step");
    for (typed, says) in [
        ("twelve", "number"),
        ("2,5", "whole number"),
        ("300", "200"),
    ] {
        let got = b.post("q", &[("csrf", &csrf), ("step", &step), ("answer", typed)]);
        assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(got.body.contains(says), "{typed}: {}", got.body);
        assert!(got.body.contains(&format!("value=\"{typed}\"")));
    }
    // A grid with a row left out.
    let page = b.answer(&page, &[("answer", "4")]);
    let csrf = page.field("csrf");
    let step = page.field("step");
    let got = b.post("q", &[("csrf", &csrf), ("step", &step), ("row.city", "A")]);
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(got.body.contains("every row"), "{}", got.body);

    // A draft that does not fit the questionnaire (planted on the server's disk) is not
    // submitted: the review says why, and no response is written.
    let token = b.cookie.clone().unwrap();
    let token = token.split('=').nth(1).unwrap();
    let id = partnereval::serve::access::draft_id(token);
    let path = dir.join(format!("responses/.drafts/{id}.json"));
    let mut draft: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    draft["step"] = Value::from(99);
    draft["response"]["answers"]["shared"] = Value::from("A");
    draft["response"]["answers"]["trust"] = serde_json::json!({"city": "A", "clinic": "B"});
    draft["response"]["profile"]["sector"] = Value::from("space");
    std::fs::write(&path, serde_json::to_vec(&draft).unwrap()).unwrap();
    let review = b.get("q");
    assert!(review.body.contains("Review your answers"));
    let got = submit(&mut b, &review);
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", got.body);
    assert!(got.body.contains("cannot be submitted"), "{}", got.body);
    assert!(got.body.contains("space"), "{}", got.body);
    assert!(responses(&dir.join("responses")).is_empty());
    assert_eq!(drafts(&dir.join("responses")), 1, "the draft is kept");
}

#[test]
fn back_stop_and_leave_do_what_they_say() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut b = Browser::new(&app, MEMBER);
    let page = b.start("fr");
    assert!(
        page.body.contains("Êtes-vous membre"),
        "the language chosen"
    );
    assert!(page.body.contains("lang=\"fr\""));
    let page = b.answer(&page, &[("answer", "yes"), ("action", "next")]);
    let back = b.answer(&page, &[("action", "back")]);
    assert!(back.body.contains("Êtes-vous membre"));
    assert!(back.body.contains("value=\"yes\" checked"), "{}", back.body);
    // No: the prerequisite's unmet text, then stop: nothing submitted, the draft gone.
    let csrf = back.field("csrf");
    let unmet = b.post(
        "q",
        &[
            ("csrf", &csrf),
            ("step", "0"),
            ("answer", "no"),
            ("action", "next"),
        ],
    );
    assert_eq!(unmet.status, StatusCode::OK);
    assert!(
        unmet
            .body
            .contains("Les questions s’adressent aux membres."),
        "{}",
        unmet.body
    );
    let stopped = b.post("q", &[("csrf", &csrf), ("step", "0"), ("action", "stop")]);
    assert_eq!(stopped.status, StatusCode::OK);
    assert_eq!(drafts(&dir.join("responses")), 0);
    assert!(responses(&dir.join("responses")).is_empty());
    // Leave from the review: the draft stays, and the same browser comes back to it.
    let mut b = Browser::new(&app, MEMBER);
    let review = answer_everything(&mut b);
    let left = b.post(
        "q",
        &[
            ("csrf", &review.field("csrf")),
            ("step", &review.field("step")),
            ("action", "leave"),
        ],
    );
    assert_eq!(left.status, StatusCode::OK);
    assert_eq!(drafts(&dir.join("responses")), 1);
    let home = b.get("");
    assert_eq!(
        home.status,
        StatusCode::SEE_OTHER,
        "a session with a draft resumes"
    );
    let again = b.get(&home.location());
    assert!(again.body.contains("Review your answers"));
    // Change an answer from the review: back to the review after it.
    let shared_step = "2";
    let change = b.post(
        "q",
        &[
            ("csrf", &again.field("csrf")),
            ("step", &again.field("step")),
            ("action", "change"),
            ("to", shared_step),
        ],
    );
    let question = b.get(&change.location());
    assert!(question.body.contains("We share one aim."));
    let review = b.answer(&question, &[("answer", "C"), ("action", "next")]);
    assert!(review.body.contains("C.\u{a0}Not yet"), "{}", review.body);
}

#[test]
fn the_facilitator_sees_no_figure_before_the_minimum_group_size() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut f = Browser::new(&app, FACILITATOR);
    for n in 0..3 {
        let page = f.get("");
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("Fewer than 3 members"),
            "{n}: {}",
            page.body
        );
        let mut b = Browser::new(&app, MEMBER);
        let review = answer_everything(&mut b);
        assert_eq!(submit(&mut b, &review).status, StatusCode::OK);
    }
    let page = f.get("");
    assert!(
        page.body.contains("3 members have answered"),
        "{}",
        page.body
    );
    let report = f.get("report");
    assert_eq!(report.status, StatusCode::OK);
    assert!(report.body.starts_with("<!DOCTYPE html>"));
    assert!(report.body.contains("Meeting check-in"));
}

#[test]
fn the_group_answers_with_the_spread_of_the_members_answers() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut f = Browser::new(&app, FACILITATOR);
    let dash = f.get("");
    let started = f.post("start", &[("csrf", &dash.field("csrf")), ("lang", "en")]);
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    let page = f.get(&started.location());
    assert!(page.body.contains("Are you a member"));
    let page = f.answer(&page, &[("answer", "yes")]);
    // No profile question for a group: the first item, and no spread yet.
    assert!(page.body.contains("We share one aim."), "{}", page.body);
    assert!(page.body.contains("once 3 have answered"), "{}", page.body);
    for _ in 0..3 {
        let mut b = Browser::new(&app, MEMBER);
        let review = answer_everything(&mut b);
        assert_eq!(submit(&mut b, &review).status, StatusCode::OK);
    }
    let page = f.get("q");
    assert!(
        page.body.contains("What 3 members answered"),
        "{}",
        page.body
    );
    assert!(page.body.contains("B.\u{a0}In part: 3"), "{}", page.body);
    let page = f.answer(&page, &[("answer", "A")]);
    let page = f.answer(&page, &[("answer", "mail")]);
    let page = f.answer(&page, &[("answer", "40")]);
    assert!(page.body.contains("the city"));
    let page = f.answer(&page, &[("row.city", "B"), ("row.clinic", "B")]);
    let page = f.answer(&page, &[("answer", "")]);
    let review = f.answer(&page, &[("answer", "")]);
    assert!(review.body.contains("Review the group"), "{}", review.body);
    let done = submit(&mut f, &review);
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.body.contains("The group's response is saved"));
    let all = responses(&dir.join("responses"));
    let group: Vec<&Value> = all.iter().filter(|r| r["mode"] == "collective").collect();
    assert_eq!(group.len(), 1);
    assert_eq!(group[0]["answers"]["shared"], "A");
    assert!(group[0]["profile"].as_object().unwrap().is_empty());
}

/// The relevance rules of the engine hold in the browser: a question whose `show_if` is not
/// met is not shown (forward or back) nor reviewed; a change from the review asks what it
/// makes apply and takes out what it makes not apply, saying so; an exclusive option is
/// sorted out as in the terminal.
#[test]
fn questions_not_asked_are_passed_over_and_exclusive_options_sorted_out() {
    let (_tmp, dir) = evaluation_of("tests/fixtures/relevance/check-in.toml");
    let app = app(&dir);
    let mut b = Browser::new(&app, MEMBER);
    let page = b.start("en");
    assert!(page.body.contains("Your sector"));
    let page = b.answer(&page, &[("answer", "community")]);
    assert!(page.body.contains("Do you lead one"));
    let page = b.answer(&page, &[("answer", "no")]);
    assert!(
        page.body.contains("What has the partnership brought you?"),
        "lead is not asked"
    );
    // Back passes over it too.
    let back = b.answer(&page, &[("action", "back")]);
    assert!(back.body.contains("Do you lead one"), "{}", back.body);
    let page = b.answer(&back, &[("answer", "no")]);
    // "None of these" ticked with another at once: which was meant cannot be told.
    let csrf = page.field("csrf");
    let step = page.field("step");
    let got = b.post(
        "q",
        &[
            ("csrf", &csrf),
            ("step", &step),
            ("answer", "training"),
            ("answer", "none"),
        ],
    );
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        got.body.contains("cannot be ticked with other options"),
        "{}",
        got.body
    );
    let page = b.answer(&page, &[("answer", "training")]);
    assert!(page.body.contains("hours a month"));
    // Back, and "None of these" ticked beside the training ticked before: the others go,
    // and the boxes are shown again to confirm.
    let benefits = b.answer(&page, &[("action", "back")]);
    let got = b.post(
        "q",
        &[
            ("csrf", &csrf),
            ("step", &benefits.field("step")),
            ("answer", "training"),
            ("answer", "none"),
        ],
    );
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        got.body
            .contains("Ticking &quot;None of these&quot; unticked: Training."),
        "{}",
        got.body
    );
    assert!(got.body.contains("value=\"none\" checked"), "{}", got.body);
    assert!(!got.body.contains("value=\"training\" checked"));
    let page = b.answer(&benefits, &[("answer", "none")]);
    let review = b.answer(&page, &[("answer", "10")]);
    assert!(
        review.body.contains("Review your answers"),
        "training is not asked: {}",
        review.body
    );
    assert!(!review.body.contains("Support for leads"));
    assert!(!review.body.contains("Useful training"));
    // From the review: role = yes makes lead apply; it is asked, then the review again.
    let change = |b: &mut Browser, review: &Page, to: &str| {
        let got = b.post(
            "q",
            &[
                ("csrf", &review.field("csrf")),
                ("step", &review.field("step")),
                ("action", "change"),
                ("to", to),
            ],
        );
        b.get(&got.location())
    };
    let role = change(&mut b, &review, "1");
    assert!(role.body.contains("Do you lead one"));
    let lead = b.answer(&role, &[("answer", "yes")]);
    assert!(lead.body.contains("As a project lead"), "{}", lead.body);
    let review = b.answer(&lead, &[("answer", "A")]);
    assert!(review.body.contains("Support for leads"), "{}", review.body);
    // role = no again: lead's answer goes, and the review says so.
    let role = change(&mut b, &review, "1");
    let csrf = role.field("csrf");
    let got = b.post(
        "q",
        &[
            ("csrf", &csrf),
            ("step", &role.field("step")),
            ("r", "1"),
            ("answer", "no"),
        ],
    );
    assert_eq!(got.status, StatusCode::OK);
    assert!(got.body.contains("Review your answers"));
    assert!(
        got.body
            .contains("Your answer to 2. Support for leads was removed"),
        "{}",
        got.body
    );
    assert!(!got.body.contains("<dt>2. Support for leads"));
    assert_eq!(submit(&mut b, &got).status, StatusCode::OK);
    let written = responses(&dir.join("responses"));
    assert_eq!(written.len(), 1);
    assert!(written[0]["answers"].get("lead").is_none());
    assert_eq!(
        written[0]["answers"]["benefits"],
        serde_json::json!(["none"])
    );
}

/// The real binary on a free port: it prints both addresses, answers on them, refuses a
/// head too large, and stops on SIGINT saying what it received.
#[cfg(unix)]
#[test]
fn the_binary_serves_on_a_free_port_and_stops_on_ctrl_c() {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    use std::process::{Command, Stdio};

    let (_tmp, dir) = evaluation();
    let mut served = common::serve(&[dir.to_str().unwrap()], Stdio::piped());
    let (member, facilitator) = (served.member.clone(), served.facilitator.clone());
    assert_ne!(member, facilitator);
    let (host, path) = member
        .strip_prefix("http://")
        .unwrap()
        .split_once('/')
        .unwrap();
    let code = path.trim_end_matches('/');
    assert!(code.len() >= 32, "at least 128 bits: {code}");
    let fetch = |request: String| -> String {
        let mut s = TcpStream::connect(host).unwrap();
        s.write_all(request.as_bytes()).unwrap();
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        out
    };
    let get = |path: &str| {
        fetch(format!(
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        ))
    };
    assert!(get(&format!("/{code}/")).starts_with("HTTP/1.1 200"));
    assert!(get("/").starts_with("HTTP/1.1 404"));
    assert!(get(&format!("/{code}x/")).starts_with("HTTP/1.1 404"));
    // A head over the limit.
    let big = format!(
        "GET /{code}/ HTTP/1.1\r\nHost: {host}\r\nX-Big: {}\r\nConnection: close\r\n\r\n",
        "a".repeat(64 * 1024)
    );
    let got = fetch(big);
    assert!(got.is_empty() || got.starts_with("HTTP/1.1 431"), "{got}");
    // Too many headers.
    let many: String = (0..200).map(|k| format!("X-H{k}: 1\r\n")).collect();
    let got = fetch(format!(
        "GET /{code}/ HTTP/1.1\r\nHost: {host}\r\n{many}Connection: close\r\n\r\n"
    ));
    assert!(got.is_empty() || got.starts_with("HTTP/1.1 431"), "{got}");
    assert!(
        get(&format!("/{code}/")).starts_with("HTTP/1.1 200"),
        "still serving"
    );
    // A member answers and submits through the real server.
    self::member(host, &format!("/{code}/")).expect("the member's survey goes through");
    assert_eq!(responses(&dir.join("responses")).len(), 1);

    let status = Command::new("kill")
        .args(["-INT", &served.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let rest: Vec<String> = served.lines.by_ref().map(|l| l.unwrap()).collect();
    let exit = served.child.wait().unwrap();
    assert_eq!(exit.code(), Some(0));
    assert!(
        rest.iter()
            .any(|l| l == "Stopped. Received 1 response from members and 0 collective responses."),
        "{rest:?}"
    );
}

/// One request to a real server over a new connection: status, `Location`, `Set-Cookie`
/// and body; `None` when the server is gone.
#[cfg(unix)]
fn http(
    host: &str,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: Option<&str>,
) -> Option<(u16, Option<String>, Option<String>, String)> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(host).ok()?;
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .ok()?;
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    if let Some(cookie) = cookie {
        request.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    let body = form.unwrap_or("");
    if form.is_some() {
        request.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    request.push_str("\r\n");
    request.push_str(body);
    s.write_all(request.as_bytes()).ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    let (head, body) = out.split_once("\r\n\r\n")?;
    let status = head.get(9..12)?.parse().ok()?;
    let header = |name: &str| {
        head.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_owned())
    };
    Some((
        status,
        header("location:"),
        header("set-cookie:").map(|c| c.split(';').next().unwrap().to_owned()),
        body.to_owned(),
    ))
}

/// One member answering the fixture's survey against a real server; stops quietly when the
/// server is gone.
#[cfg(unix)]
fn member(host: &str, base: &str) -> Option<()> {
    let field = |page: &str, name: &str| -> Option<String> {
        let key = format!("name=\"{name}\" value=\"");
        let at = page.find(&key)? + key.len();
        Some(page[at..at + page[at..].find('"')?].to_owned())
    };
    let (_, _, cookie, page) = http(host, "GET", base, None, None)?;
    let cookie = cookie?;
    let csrf = field(&page, "csrf")?;
    let form = format!("csrf={csrf}&lang=en");
    http(
        host,
        "POST",
        &format!("{base}start"),
        Some(&cookie),
        Some(&form),
    )?;
    let answers = [
        "answer=yes",
        "answer=health",
        "answer=A&comment.shared=ok",
        "answer=mail",
        "answer=3",
        "row.city=A&row.clinic=B",
        "answer=fine",
        "answer=thanks",
    ];
    for answer in answers {
        let (_, _, _, page) = http(host, "GET", &format!("{base}q"), Some(&cookie), None)?;
        let form = format!(
            "csrf={}&step={}&{answer}&action=next",
            field(&page, "csrf")?,
            field(&page, "step")?
        );
        let (status, ..) = http(
            host,
            "POST",
            &format!("{base}q"),
            Some(&cookie),
            Some(&form),
        )?;
        assert_eq!(status, 303, "{answer}");
    }
    let (_, _, _, page) = http(host, "GET", &format!("{base}q"), Some(&cookie), None)?;
    let form = format!(
        "csrf={}&step={}",
        field(&page, "csrf")?,
        field(&page, "step")?
    );
    let (status, ..) = http(
        host,
        "POST",
        &format!("{base}submit"),
        Some(&cookie),
        Some(&form),
    )?;
    assert_eq!(status, 200);
    Some(())
}

/// Killing the server (SIGKILL) while members answer and submit leaves no half-written file:
/// every response `report` finds is whole, every draft parses; an interrupted write can only
/// leave a temporary `.tmp-*.partial`, which no reader takes for a response.
#[cfg(unix)]
#[test]
fn killing_the_server_mid_run_leaves_no_partial_file() {
    let (_tmp, dir) = evaluation();
    let mut served = common::serve(&[dir.to_str().unwrap()], std::process::Stdio::null());
    let (host, base) = served.member_host_and_path();
    let host = host.as_str();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let members: Vec<_> = (0..6)
        .map(|_| {
            let (host, base, stop) = (host.to_owned(), base.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    if member(&host, &base).is_none() {
                        break;
                    }
                }
            })
        })
        .collect();
    let responses_dir = dir.join("responses");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while responses(&responses_dir).len() < 8 {
        assert!(std::time::Instant::now() < deadline, "too slow to answer");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    served.child.kill().unwrap();
    served.child.wait().unwrap();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for m in members {
        m.join().unwrap();
    }
    // Every response file is whole and valid.
    let written = responses(&responses_dir).len();
    let report =
        partnereval(["report", dir.to_str().unwrap(), "--format", "json"]).expect_status(0);
    let report: Value = serde_json::from_str(&report.stdout).unwrap();
    assert_eq!(report["respondents"], written);
    assert!(report["skipped"].as_array().unwrap().is_empty(), "{report}");
    // Every draft parses; anything else is a temporary file of an interrupted write.
    for entry in std::fs::read_dir(responses_dir.join(".drafts")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if name.starts_with(".tmp-") {
            assert!(name.ends_with(".partial"), "{name}");
            continue;
        }
        let _: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    for entry in std::fs::read_dir(&responses_dir).unwrap() {
        let name = entry.unwrap().file_name().to_str().unwrap().to_owned();
        assert!(
            name.ends_with(".json")
                || name == ".drafts"
                || (name.starts_with(".tmp-") && name.ends_with(".partial")),
            "{name}"
        );
    }
}

/// A client that sends its request's head too slowly, or keeps a connection open without
/// asking anything, is cut off (after 10 s) while others are served.
#[cfg(unix)]
#[test]
fn slow_clients_time_out() {
    use std::io::{Read, Write};
    use std::time::{Duration, Instant};

    let (_tmp, dir) = evaluation();
    let served = common::serve(&[dir.to_str().unwrap()], std::process::Stdio::null());
    let (host, path) = served.member_host_and_path();
    let (host, path) = (host.as_str(), path.trim_start_matches('/'));
    let connect = || {
        let s = std::net::TcpStream::connect(host).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(40))).unwrap();
        s
    };
    // Half a head, then nothing; and a connection that never sends a byte.
    let mut slow = connect();
    slow.write_all(format!("GET /{path} HTTP/1.1\r\nHost: {host}\r\nX-Slow: ").as_bytes())
        .unwrap();
    let mut idle = connect();
    let started = Instant::now();
    // Meanwhile the server answers others.
    let (status, ..) = http(host, "GET", &format!("/{path}"), None, None).unwrap();
    assert_eq!(status, 200);
    let mut out = Vec::new();
    let _ = slow.read_to_end(&mut out);
    let slow_after = started.elapsed();
    let text = String::from_utf8_lossy(&out);
    assert!(out.is_empty() || text.starts_with("HTTP/1.1 408"), "{text}");
    let mut out = Vec::new();
    let _ = idle.read_to_end(&mut out);
    let idle_after = started.elapsed();
    for after in [slow_after, idle_after] {
        assert!(
            after >= Duration::from_secs(9) && after < Duration::from_secs(35),
            "cut off after {after:?}"
        );
    }
}

/// With the organisation's certificate and key, the addresses are https, the pages are
/// served over TLS only, and the cookie is `Secure`; a key that does not go with the
/// certificate, or a file that is no certificate, is refused naming the file.
#[cfg(unix)]
#[test]
fn https_with_the_organisations_certificate() {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    use tokio_rustls::rustls;
    use tokio_rustls::rustls::pki_types::CertificateDer;
    use tokio_rustls::rustls::pki_types::pem::PemObject;

    let tmp = tempfile::tempdir().unwrap();
    let at = |name: &str| tmp.path().join(name);
    let (cert, key, ca) = (at("cert.pem"), at("key.pem"), at("ca.pem"));
    std::fs::write(
        at("ext.cnf"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    // A certificate authority of the organisation, and the laptop's certificate from it.
    let steps: [&[&str]; 3] = [
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=Test CA",
            "-keyout",
            "ca-key.pem",
            "-out",
            "ca.pem",
        ],
        &[
            "req",
            "-new",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            "key.pem",
            "-out",
            "req.csr",
        ],
        &[
            "x509",
            "-req",
            "-in",
            "req.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca-key.pem",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
            "-out",
            "cert.pem",
        ],
    ];
    let made = steps.iter().try_for_each(|args| {
        let status = Command::new("openssl")
            .args(*args)
            .current_dir(tmp.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
        if status.success() {
            Ok(())
        } else {
            Err(std::io::Error::other("openssl failed"))
        }
    });
    if made.is_err() {
        return common::skip(
            "https_with_the_organisations_certificate",
            "openssl (to make a certificate)",
            "install openssl (Debian: apt-get install openssl)",
        );
    }
    let (_tmp, dir) = evaluation();
    let d = dir.to_str().unwrap();
    // A key that is not the certificate's; a certificate that is no certificate.
    let other_key = tmp.path().join("other.pem");
    Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-out",
        ])
        .arg(&other_key)
        .status()
        .unwrap();
    let args = |c: &std::path::Path, k: &std::path::Path| {
        vec![
            "serve".to_owned(),
            d.to_owned(),
            "--bind".to_owned(),
            "127.0.0.1:0".to_owned(),
            "--tls-cert".to_owned(),
            c.display().to_string(),
            "--tls-key".to_owned(),
            k.display().to_string(),
        ]
    };
    let out = partnereval(args(&cert, &other_key)).expect_status(1);
    assert!(
        out.stderr.contains("cannot serve HTTPS together"),
        "{}",
        out.stderr
    );
    let out = partnereval(args(&key, &key)).expect_status(1);
    assert!(
        out.stderr.contains("not a usable certificate chain"),
        "{}",
        out.stderr
    );
    let out = partnereval(["serve", d, "--tls-cert", cert.to_str().unwrap()]).expect_status(2);
    assert!(out.stderr.contains("--tls-key"), "{}", out.stderr);

    let (cert_path, key_path) = (cert.display().to_string(), key.display().to_string());
    let served = common::serve(
        &[d, "--tls-cert", &cert_path, "--tls-key", &key_path],
        Stdio::null(),
    );
    assert!(served.member.starts_with("https://"), "{}", served.member);
    let (host, path) = served.member_host_and_path();
    let (host, path) = (host.as_str(), path.trim_start_matches('/'));
    // Plain HTTP gets nothing.
    let plain = http(host, "GET", &format!("/{path}"), None, None);
    assert!(plain.is_none_or(|(status, ..)| status != 200));
    // Over TLS, trusting that certificate only.
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_file(&ca).unwrap())
        .unwrap();
    let config = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let connection = rustls::ClientConnection::new(std::sync::Arc::new(config), name).unwrap();
    let socket = std::net::TcpStream::connect(host).unwrap();
    let mut stream = rustls::StreamOwned::new(connection, socket);
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    let _ = stream.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    let cookie = out
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .unwrap();
    assert!(cookie.contains("; Secure"), "{cookie}");
}

/// The pages in French say nothing of `serve`'s or the survey's in English.
#[test]
fn french_pages_have_no_english() {
    // The English texts of serve's catalogue and of the survey's, without their values.
    let mut english = Vec::new();
    for file in [
        "locales/en/serve.ftl",
        "locales/en/partnereval.ftl",
        "locales/en/survey.ftl",
    ] {
        let text = std::fs::read_to_string(common::root().join(file)).unwrap();
        for line in text.lines() {
            let Some((_, value)) = line.split_once(" = ") else {
                continue;
            };
            for part in value.split(['{', '}']).step_by(2) {
                let part = part.trim();
                if part.len() >= 12 && part.contains(' ') {
                    english.push(part.to_owned());
                }
            }
        }
    }
    let (_tmp, dir) = evaluation();
    let options = Options {
        member_code: MEMBER.to_owned(),
        facilitator_code: FACILITATOR.to_owned(),
        lang: Some("fr".to_owned()),
        secure: false,
    };
    let app = Arc::new(App::open(&dir, options).unwrap());
    let mut b = Browser::new(&app, MEMBER);
    let mut pages = vec![b.get("")];
    let page = b.start("fr");
    let csrf = page.field("csrf");
    // A prerequisite answered no: its text, continue or stop.
    pages.push(b.post("q", &[("csrf", &csrf), ("step", "0"), ("answer", "no")]));
    let next = b.post(
        "q",
        &[("csrf", &csrf), ("step", "0"), ("action", "continue")],
    );
    let profile = b.get(&next.location());
    let item = b.answer(&profile, &[]);
    // An answer needed.
    pages.push(b.post("q", &[("csrf", &csrf), ("step", &item.field("step"))]));
    pages.push(profile);
    pages.push(item);
    let mut f = Browser::new(&app, FACILITATOR);
    pages.push(f.get(""));
    for page in &pages {
        for text in &english {
            assert!(
                !page.body.contains(text.as_str()),
                "English {text:?} in\n{}",
                page.body
            );
        }
    }
    assert!(pages[0].body.contains("Commencer"));
    assert!(pages.last().unwrap().body.contains("Animation"));
}

/// A member who answers in French on a server started in English reads why an answer is
/// refused in French, the questionnaire's checks included.
#[test]
fn a_refused_answer_is_explained_in_the_members_language() {
    let (_tmp, dir) = evaluation();
    let app = app(&dir);
    let mut b = Browser::new(&app, MEMBER);
    let page = b.start("fr");
    let page = b.answer(&page, &[("answer", "yes")]);
    let page = b.answer(&page, &[]);
    let page = b.answer(&page, &[("answer", "A")]);
    assert!(
        page.body.contains("Comment apprenez-vous les nouvelles"),
        "{}",
        page.body
    );
    let got = b.post(
        "q",
        &[
            ("csrf", &page.field("csrf")),
            ("step", &page.field("step")),
            ("answer", "mail"),
            ("answer", "meetings"),
            ("answer", "hallway"),
        ],
    );
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        got.body.contains("cochez au plus 2 options"),
        "{}",
        got.body
    );
    assert!(!got.body.contains("tick at most"));
    // The server's own language is untouched.
    assert_eq!(partnereval::i18n::current().lang, "en");
}
