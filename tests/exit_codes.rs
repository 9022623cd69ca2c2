//! One diagnostic discipline for every command: each kind of problem ends every command with
//! the code `src/exit.rs` gives it (the README's table), problems go to stderr, and standard
//! output holds no diagnostic.

mod common;

use std::path::Path;

use common::{partnereval, root};
use partnereval::exit::{INVALID_INPUT, TABLE, USAGE_OR_IO};

/// A folder with a two-round demo evaluation `ev` (one invalid response in its current
/// round when `broken`), a questionnaire with a problem `bad.toml`, an answers file with a
/// problem `bad-answers.toml`, an empty file `file` and a folder `folder`.
fn fixture(broken: bool) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let ev = tmp.path().join("ev");
    partnereval(["demo", ev.to_str().unwrap(), "-n", "6", "--rounds", "2"]).expect_status(0);
    if broken {
        std::fs::write(
            ev.join("rounds/round-2/zz-broken.json"),
            "{\"schema_version\": 1,\n  \"id\": }\n",
        )
        .unwrap();
    }
    std::fs::write(tmp.path().join("bad.toml"), "id = \"x\"\nversion = 1\n").unwrap();
    std::fs::write(
        tmp.path().join("bad-answers.toml"),
        "[answers]\nq01 = \"Z\"\n",
    )
    .unwrap();
    std::fs::write(tmp.path().join("file"), "").unwrap();
    std::fs::create_dir(tmp.path().join("folder")).unwrap();
    tmp
}

/// Runs `args` in `dir` and checks the exit code, that stderr says something, and that
/// stdout holds no diagnostic.
fn check(dir: &Path, code: u8, args: &[&str]) -> String {
    let out = partnereval(args)
        .current_dir(dir)
        .expect_status(i32::from(code));
    assert!(!out.stderr.trim().is_empty(), "{args:?}: nothing on stderr");
    for word in ["error", "warning", "erreur", "cannot", "invalid", "usage"] {
        assert!(
            !out.stdout.to_lowercase().contains(word),
            "{args:?}: a diagnostic on stdout:\n{}",
            out.stdout
        );
    }
    out.stderr
}

#[test]
fn every_command_gives_the_same_code_for_the_same_kind_of_problem() {
    let tmp = fixture(false);
    let d = tmp.path();
    // The command line is wrong: an unknown option, a value out of range, options that do
    // not go together, something named that does not exist.
    for args in [
        &["list", "--format", "xml"][..],
        &["show", "no-such-questionnaire"],
        &["show", "action-in-partnership", "--lang", "de"],
        &["validate"],
        &[
            "init",
            "new",
            "-q",
            "action-in-partnership",
            "--min-group",
            "1",
        ],
        &["init", "ev", "-q", "action-in-partnership"],
        &["take", "ev", "--out", "elsewhere"],
        &["take", "folder", "--answers", "bad-answers.toml"],
        &["take", "ev", "--plain", "--resume", "not an id"],
        &["take", "ev", "--plain", "--resume", "no-such-draft"],
        &["report", "ev", "--min-group", "1"],
        &["report", "ev", "--round", "no-such-round"],
        &["report", "ev", "--by", "no-such-field"],
        &["round", "new", "ev", ""],
        &["round", "list", "file"],
        &["compare", "ev", "--min-group", "1"],
        &["compare", "ev", "--from", "no-such-round"],
        &["export", "ev", "--no-such-option"],
        &["demo", "new", "--rounds", "0"],
        &["schema", "no-such-schema"],
        &["completions", "no-such-shell"],
        &["man", "no-such-command"],
    ] {
        check(d, USAGE_OR_IO, args);
    }
    // A file could not be read or written.
    for args in [
        &["show", "missing.toml"][..],
        &["validate", "missing.toml"],
        &["init", "new", "-q", "missing.toml"],
        &["take", "ev", "--answers", "missing.toml"],
        &["report", "action-in-partnership", "missing.json"],
        &[
            "compare",
            "action-in-partnership",
            "missing.json",
            "missing2.json",
        ],
        &["export", "action-in-partnership", "missing.json"],
        &["demo", "file/new"],
        &["man", "--out-dir", "file"],
        &["report", "ev", "-o", "no-such-folder/out.txt"],
    ] {
        check(d, USAGE_OR_IO, args);
    }
    // A file has problems: each is said, located where it has a place.
    for args in [
        &["show", "bad.toml"][..],
        &["validate", "bad.toml"],
        &["init", "new", "-q", "bad.toml"],
        &["take", "ev", "--answers", "bad-answers.toml"],
        &["report", "bad.toml", "ev/responses"],
    ] {
        let stderr = check(d, INVALID_INPUT, args);
        assert!(
            stderr.contains(":1:1: error:") || stderr.contains(":2:1: error:"),
            "{args:?}: not located:\n{stderr}"
        );
    }
    let broken = fixture(true);
    for args in [&["report", "ev"][..], &["compare", "ev"], &["export", "ev"]] {
        let stderr = check(broken.path(), INVALID_INPUT, args);
        assert!(stderr.contains("zz-broken.json"), "{args:?}:\n{stderr}");
    }
}

/// `validate` says every file it cannot read, not only the first, and its problems go to
/// stderr; a file that is fine is said on stdout.
#[test]
fn validate_says_every_problem_on_stderr() {
    let tmp = fixture(false);
    let d = tmp.path();
    let stderr = check(
        d,
        USAGE_OR_IO,
        &["validate", "missing.toml", "bad.toml", "missing2.toml"],
    );
    assert!(
        stderr.contains("missing.toml") && stderr.contains("missing2.toml"),
        "{stderr}"
    );
    assert!(stderr.contains("bad.toml:1:1: error:"), "{stderr}");
    let out = partnereval(["validate", "action-in-partnership"]).expect_status(0);
    assert!(out.stdout.contains("ok"), "{}", out.stdout);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

/// The README's table of exit codes is the one in `src/exit.rs`.
#[test]
fn the_readme_gives_the_exit_code_table() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for (code, meaning) in TABLE {
        let row = format!("| {code} | {meaning} |");
        assert!(readme.contains(&row), "README.md lacks the row\n{row}");
    }
}

/// `--skip-invalid` goes on, and says on stderr what it skipped and why: invalid files and
/// repeated response ids, in every command that reads responses.
#[test]
fn skip_invalid_lists_what_it_skipped() {
    let tmp = fixture(true);
    let round = tmp.path().join("ev/rounds/round-2");
    let first = std::fs::read_dir(&round)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("zz-broken.json"))
        .unwrap();
    std::fs::copy(&first, round.join("zz-again.json")).unwrap();
    for args in [
        &["report", "ev", "--skip-invalid"][..],
        &["compare", "ev", "--skip-invalid"],
        &["export", "ev", "--skip-invalid"],
    ] {
        let out = partnereval(args).current_dir(tmp.path()).expect_status(0);
        assert!(
            out.stderr.contains("zz-broken.json"),
            "{args:?}:\n{}",
            out.stderr
        );
        assert!(
            out.stderr.contains("zz-again.json") && out.stderr.contains("repeats the response id"),
            "{args:?}:\n{}",
            out.stderr
        );
    }
}
