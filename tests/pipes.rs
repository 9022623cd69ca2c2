//! Responses from pipes (issue 16): `-` reads an NDJSON bundle from standard input wherever
//! responses are read (`report`, `export`, `compare --from/--to`), and a named pipe or a
//! process substitution named on the command line is read as a bundle. Inside a responses
//! folder a pipe is still not read (tests/hostile.rs).
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::partnereval;
use serde_json::Value;

const Q: &str = "action-in-partnership";

/// A demo evaluation's responses exported as one bundle: (folder, bundle path, its text).
fn bundle(n: u32) -> (tempfile::TempDir, PathBuf, String) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let d = dir.to_str().unwrap();
    partnereval(["demo", d, "-n", &n.to_string(), "--seed", "7"]).expect_status(0);
    let text = partnereval(["export", d]).expect_status(0).stdout;
    let path = tmp.path().join("all.ndjson");
    std::fs::write(&path, &text).unwrap();
    (tmp, path, text)
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

/// Runs `partnereval ARGS` (stdin closed) while another thread writes `text` into the named
/// pipe `fifo`, after `delay`.
fn with_writer(fifo: &Path, text: &str, delay: Duration, args: &[&str]) -> common::Output {
    let writer = {
        let (fifo, text) = (fifo.to_owned(), text.to_owned());
        std::thread::spawn(move || {
            std::thread::sleep(delay);
            // Opening for writing waits for the reader.
            std::fs::write(fifo, text).unwrap();
        })
    };
    let out = Command::new(env!("CARGO_BIN_EXE_partnereval"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    writer.join().unwrap();
    common::Output {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_dash_reads_responses_from_standard_input_for_report_export_and_compare() {
    let (_tmp, path, text) = bundle(12);
    let p = path.to_str().unwrap();
    let from_file = partnereval(["report", Q, p, "-f", "json"]).expect_status(0);
    let piped = partnereval(["report", Q, "-", "-f", "json"])
        .stdin(text.clone())
        .expect_status(0);
    assert_eq!(json(&piped.stdout), json(&from_file.stdout));
    assert_eq!(json(&piped.stdout)["respondents"], 12);
    // `export` reads standard input twice (to check, then to write): from its copy.
    let exported = partnereval(["export", Q, "-"])
        .stdin(text.clone())
        .expect_status(0);
    assert_eq!(exported.stdout, text);
    // Standard input beside a file.
    let both = partnereval(["report", Q, "-", p, "-f", "json", "--skip-invalid"])
        .stdin(text.clone())
        .output();
    assert_eq!(both.status, 0, "{}", both.stderr);
    assert_eq!(
        json(&both.stdout)["respondents"],
        12,
        "the same responses twice count once"
    );
    let skipped = json(&both.stdout)["skipped"].as_array().unwrap().clone();
    assert_eq!(skipped.len(), 12);
    assert!(
        skipped[0]["reason"]
            .as_str()
            .unwrap()
            .contains("repeats the response id"),
        "{skipped:?}"
    );
    // compare: standard input on one side, named <stdin>.
    let out = partnereval(["compare", Q, "--from", "-", "--to", p, "-f", "json"])
        .stdin(text.clone())
        .expect_status(0);
    let c = json(&out.stdout);
    assert_eq!(c["from"]["label"], "<stdin>", "{c:#}");
    assert_eq!(c["from"]["respondents"], 12);
    assert_eq!(c["to"]["respondents"], 12);
}

#[test]
fn standard_input_is_read_once() {
    let (_tmp, _path, text) = bundle(3);
    for args in [
        vec!["report", Q, "-", "-"],
        vec!["export", Q, "-", "-"],
        vec!["report", Q, "-", "/dev/stdin"],
        vec!["compare", Q, "--from", "-", "--to", "-"],
    ] {
        let out = partnereval(&args).stdin(text.clone()).expect_status(2);
        assert!(
            out.stderr
                .contains("is given twice, but it can be read only once"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
    }
}

#[test]
fn lines_of_standard_input_are_named_like_lines_of_a_bundle() {
    let (_tmp, _path, text) = bundle(4);
    let first = text.lines().next().unwrap();
    // A broken line and a repeated response (found by reading the copy again).
    let input = format!("{text}not json\n{first}\n");
    let out = partnereval(["report", Q, "-"])
        .stdin(input.clone())
        .expect_status(1);
    assert!(
        out.stderr.contains("<stdin>:5:2: error: not valid JSON"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("<stdin>:6: error: repeats the response id")
            && out.stderr.contains("of <stdin>:1"),
        "{}",
        out.stderr
    );
    let out = partnereval(["export", Q, "-", "--skip-invalid"])
        .stdin(input)
        .expect_status(0);
    assert_eq!(
        out.stdout, text,
        "the bad and the repeated lines are left out"
    );
    assert!(out.stderr.contains("<stdin>:5"), "{}", out.stderr);
}

#[test]
fn a_named_pipe_is_read_as_a_bundle_and_waited_for() {
    let (tmp, _path, text) = bundle(5);
    let fifo = tmp.path().join("responses.pipe");
    mkfifo(&fifo);
    let f = fifo.to_str().unwrap();
    let out = with_writer(
        &fifo,
        &text,
        Duration::ZERO,
        &["report", Q, f, "-f", "json"],
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(json(&out.stdout)["respondents"], 5);
    // A writer that comes late: partnereval says that it waits, then reads.
    let out = with_writer(&fifo, &text, Duration::from_millis(2500), &["export", Q, f]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(out.stdout, text);
    assert!(
        out.stderr.contains(&format!(
            "waiting for responses to be written into the named pipe {f}"
        )),
        "{}",
        out.stderr
    );
    // A link to the pipe, as a user may name it.
    let link = tmp.path().join("link.ndjson");
    std::os::unix::fs::symlink(&fifo, &link).unwrap();
    let out = with_writer(
        &fifo,
        &text,
        Duration::ZERO,
        &["report", Q, link.to_str().unwrap(), "-f", "json"],
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(json(&out.stdout)["respondents"], 5);
    // The same pipe under two names is read once.
    let out = partnereval(["report", Q, f, link.to_str().unwrap()]).expect_status(2);
    assert!(out.stderr.contains("is given twice"), "{}", out.stderr);
}

#[test]
fn dev_stdin_and_process_substitution_are_pipes() {
    let (_tmp, path, text) = bundle(6);
    // `/dev/stdin` when standard input is a pipe: what `<(…)` gives, a /dev/fd/N leading to
    // a pipe.
    let out = partnereval(["report", Q, "/dev/stdin", "-f", "json"])
        .stdin(text.clone())
        .expect_status(0);
    assert_eq!(json(&out.stdout)["respondents"], 6);
    // The shell's own process substitution, where there is a bash.
    let Ok(bash) = which("bash") else {
        return common::skip(
            "dev_stdin_and_process_substitution_are_pipes",
            "bash",
            "install bash to try a process substitution <(…) with",
        );
    };
    let script = format!(
        "\"$0\" report {Q} <(cat \"$1\") -f json && \"$0\" compare {Q} --from <(cat \"$1\") --to <(head -n 3 \"$1\") -f json"
    );
    let out = Command::new(bash)
        .args(["-c", &script, env!("CARGO_BIN_EXE_partnereval")])
        .arg(&path)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut values = serde_json::Deserializer::from_str(&stdout).into_iter::<Value>();
    let report = values.next().unwrap().unwrap();
    assert_eq!(report["respondents"], 6);
    let comparison = values.next().unwrap().unwrap();
    assert_eq!(comparison["from"]["respondents"], 6);
    assert_eq!(comparison["to"]["respondents"], 3);
}

#[test]
fn a_missing_path_a_device_and_a_terminal_are_said_clearly() {
    let out = partnereval(["report", Q, "no-such.ndjson"]).expect_status(2);
    assert_eq!(
        out.stderr.trim(),
        "partnereval: error: cannot read no-such.ndjson: no such file or folder"
    );
    let out = partnereval(["report", Q, "/dev/zero"]).expect_status(2);
    assert!(
        out.stderr.contains("not a file or folder"),
        "{}",
        out.stderr
    );
    // Standard input that is a terminal: said at once rather than waited on.
    for args in [vec!["report", Q, "-"], vec!["take", Q, "--answers", "-"]] {
        let Some(out) = in_a_terminal(&args) else {
            return;
        };
        assert!(
            out.contains("standard input, which is a terminal here"),
            "{args:?}: {out}"
        );
        assert!(out.contains("exit 2"), "{args:?}: {out}");
    }
}

/// Runs `partnereval ARGS` with standard input (and output) a terminal, through `script`;
/// `None` (said on stderr) where `script` is missing.
fn in_a_terminal(args: &[&str]) -> Option<String> {
    let Ok(script) = which("script") else {
        common::skip(
            "a_missing_path_a_device_and_a_terminal_are_said_clearly",
            "the `script` command",
            "install util-linux's script (Debian: bsdutils) to give partnereval a terminal",
        );
        return None;
    };
    let tmp = tempfile::tempdir().unwrap();
    let command = format!(
        "'{}' {}; echo \"exit $?\"",
        env!("CARGO_BIN_EXE_partnereval"),
        args.join(" ")
    );
    let mut child = Command::new(script)
        .args(["-qec", &command, "/dev/null"])
        .current_dir(tmp.path())
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Kept open, as a person at the keyboard who types nothing.
    let stdin = child.stdin.take().unwrap();
    let out = wait_bounded(child, Duration::from_secs(30));
    drop(stdin);
    Some(out)
}

/// The output of `child`, which must end within `limit`.
fn wait_bounded(mut child: std::process::Child, limit: Duration) -> String {
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("partnereval waits on the terminal");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The path of `program` on the PATH.
fn which(program: &str) -> Result<PathBuf, ()> {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
        .ok_or(())
}
