//! Running the real binary from tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What a run of the binary produced.
#[derive(Debug)]
pub struct Output {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// A run of `partnereval` with arguments, a working directory and stdin.
pub struct Run {
    args: Vec<String>,
    dir: Option<PathBuf>,
    stdin: Vec<u8>,
    env: Vec<(String, String)>,
}

/// Starts describing a run of `partnereval ARGS`.
pub fn partnereval<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    Run {
        args: args.into_iter().map(|a| a.as_ref().to_owned()).collect(),
        dir: None,
        stdin: Vec::new(),
        env: Vec::new(),
    }
}

impl Run {
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.dir = Some(dir.as_ref().to_owned());
        self
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.stdin = input.into();
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Runs to completion.
    pub fn output(self) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_partnereval"));
        command
            .args(&self.args)
            .env_remove("NO_COLOR")
            // Nothing of the machine running the tests may reach the binary: not the
            // terminal's size, not the locale (`LANG=fr_CA.UTF-8` would pick French).
            .env("COLUMNS", "80")
            .env("LINES", "24")
            .env_remove("LANG")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in &self.env {
            command.env(k, v);
        }
        if let Some(dir) = &self.dir {
            command.current_dir(dir);
        }
        let mut child = command.spawn().expect("the binary starts");
        let mut stdin = child.stdin.take().expect("stdin is piped");
        let input = self.stdin.clone();
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let out = child.wait_with_output().expect("the binary runs");
        writer.join().expect("stdin writer");
        Output {
            status: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs and checks the exit status, showing the output when it differs.
    pub fn expect_status(self, status: i32) -> Output {
        let args = self.args.join(" ");
        let out = self.output();
        assert_eq!(
            out.status, status,
            "partnereval {args}\n--- stdout\n{}\n--- stderr\n{}",
            out.stdout, out.stderr
        );
        out
    }
}

/// The repository root (tests run from it, but say so explicitly).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether expected files should be rewritten from actual output (`BLESS=1`).
pub fn bless() -> bool {
    std::env::var_os("BLESS").is_some()
}

/// Asserts that a JSON number is `expected`, to within rounding error.
pub fn close(actual: &serde_json::Value, expected: f64) {
    let a = actual
        .as_f64()
        .unwrap_or_else(|| panic!("not a number: {actual}"));
    assert!((a - expected).abs() < 1e-9, "{a} != {expected}");
}

/// The element of a JSON list whose `id` is `id`.
pub fn by_id<'a>(list: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .find(|x| x["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {list}"))
}

/// Sets the `submitted` date of every response file in `folder` to `date`, so that what a
/// test compares does not depend on the day it runs (`take` dates a response today).
pub fn set_submitted_dates(folder: &Path, date: &str) {
    let key = "\"submitted\": \"";
    for entry in std::fs::read_dir(folder).expect("the responses folder") {
        let path = entry.expect("a folder entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a response file");
        let at = text.find(key).expect("a submitted date") + key.len();
        let end = at + text[at..].find('"').expect("the date's closing quote");
        let fixed = format!("{}{date}{}", &text[..at], &text[end..]);
        std::fs::write(&path, fixed).expect("the response file is rewritten");
    }
}

/// The text a reader sees: an HTML page without its tags, styles and drawings' coordinates.
pub fn visible(text: &str) -> String {
    let text = match (text.find("<style"), text.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &text[..a], &text[b..]),
        _ => text.to_owned(),
    };
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    // Markdown and HTML write `<`, `>`, `&` and quotes as entities.
    for (entity, c) in [
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&amp;", "&"),
    ] {
        out = out.replace(entity, c);
    }
    out
}

/// Every string in `value`, recursively.
pub fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(list) => list.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

pub const CATEGORIES: [&str; 9] = [
    "funding",
    "staff",
    "volunteers",
    "premises",
    "expertise",
    "information",
    "networks",
    "credibility",
    "authority",
];

/// One response for `organisation`: contributes, then receives, one level per category.
pub fn answer_matrix(dir: &std::path::Path, organisation: &str, gives: [&str; 9], gets: [&str; 9]) {
    let mut text = format!("[profile]\norganisation = \"{organisation}\"\n[answers.contributes]\n");
    for (c, level) in CATEGORIES.iter().zip(gives) {
        text.push_str(&format!("{c} = \"{level}\"\n"));
    }
    text.push_str("[answers.receives]\n");
    for (c, level) in CATEGORIES.iter().zip(gets) {
        text.push_str(&format!("{c} = \"{level}\"\n"));
    }
    partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(text)
        .expect_status(0);
}

/// A contribution-matrix evaluation: partners Alpha, Beta, Gamma, Delta; two people answer for Alpha (they disagree on staff
/// time: none and moderate), one for Beta, one as "another organisation"; Gamma and Delta
/// do not answer.
pub fn matrix_fixture() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("m");
    partnereval([
        "init",
        dir.to_str().unwrap(),
        "-q",
        "partner-contributions",
        "--partners",
        "Alpha Clinic, Beta Health Unit, Gamma Food Bank, Delta School",
    ])
    .expect_status(0);
    let (n, mi, mo, ma, dk) = ("none", "minor", "moderate", "major", "no-answer");
    answer_matrix(
        &dir,
        "alpha-clinic",
        [ma, n, n, mi, ma, mo, n, mi, ma],
        [n, mi, n, n, mi, mo, mo, ma, mi],
    );
    answer_matrix(
        &dir,
        "alpha-clinic",
        [ma, mo, n, mi, ma, mo, n, mi, mo],
        [n, mi, n, n, mi, mo, mo, ma, mi],
    );
    answer_matrix(
        &dir,
        "beta-health-unit",
        [n, mi, n, ma, mo, ma, n, mo, mi],
        [ma, mo, n, n, mo, mi, mi, mi, n],
    );
    answer_matrix(
        &dir,
        "other",
        [n, mi, n, n, mi, dk, ma, ma, n],
        [n, mi, n, n, ma, mo, n, mo, n],
    );
    (tmp, dir)
}

/// Says on stderr that `test` was skipped because `what` was not found, and `how` to run it;
/// under `CI`, fails instead (`.ci/run` installs every tool a test needs). Written to the
/// stream itself: `eprintln!` would be captured by the test harness and the skip unseen.
pub fn skip(test: &str, what: &str, how: &str) {
    if std::env::var_os("CI").is_some() {
        panic!("{test}: CI is set and {what} was not found: {how}");
    }
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: {what} was not found; {how}"
    );
}

/// The browser: `$CHROMIUM`, or the first of the usual names on the PATH; `None` when there
/// is none.
pub fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    ["chromium", "chromium-browser", "google-chrome", "chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// How every test runs Chromium: headless, without a sandbox (tests run as root in CI),
/// and without anything that would reach the network or slow a run down.
pub const HEADLESS_CHROMIUM: [&str; 11] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-extensions",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
    "--mute-audio",
];

/// `partnereval serve` running on a free port of the loopback, with the addresses it
/// printed; killed when dropped, so that a failed assertion leaves no server behind.
pub struct Served {
    pub child: std::process::Child,
    /// What it prints after its addresses (the summary once it stops).
    pub lines: std::io::Lines<std::io::BufReader<std::process::ChildStdout>>,
    /// The members' and the facilitator's addresses, scheme included.
    pub member: String,
    pub facilitator: String,
}

impl Served {
    /// `host:port` and the path of the members' address.
    pub fn member_host_and_path(&self) -> (String, String) {
        let rest = self.member.split_once("://").expect("an address").1;
        let (host, path) = rest.split_once('/').expect("a path");
        (host.to_owned(), format!("/{path}"))
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `partnereval serve ARGS --bind 127.0.0.1:0 --lang en` (no locale from the machine),
/// stderr to `stderr`, and reads its addresses.
pub fn serve(args: &[&str], stderr: Stdio) -> Served {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_partnereval"))
        .arg("serve")
        .args(args)
        .args(["--bind", "127.0.0.1:0", "--lang", "en"])
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("partnereval serve starts");
    let mut lines = std::io::BufReader::new(child.stdout.take().expect("stdout is piped")).lines();
    let (mut member, mut facilitator) = (None, None);
    for line in lines.by_ref() {
        let line = line.expect("serve's output is text");
        if let Some(url) = line.strip_prefix("Members: ") {
            member = Some(url.to_owned());
        }
        if line.starts_with("Facilitator") {
            facilitator = line.find("://").and_then(|at| {
                line[..at]
                    .rfind(' ')
                    .map(|space| line[space + 1..].to_owned())
            });
        }
        if line.starts_with("Ctrl-C") {
            break;
        }
    }
    let mut served = Served {
        child,
        lines,
        member: String::new(),
        facilitator: String::new(),
    };
    served.member = member.expect("the members' address is printed");
    served.facilitator = facilitator.expect("the facilitator's address is printed");
    served
}
