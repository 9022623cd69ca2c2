//! Files as editors save them (issue 16): a UTF-8 byte-order mark at the start and CRLF line
//! ends are accepted in every JSON and TOML input — questionnaires, evaluation settings,
//! answers files, response files, bundles, drafts — with multi-line strings, content hashes
//! and the places of problems as with LF.

mod common;

use std::path::{Path, PathBuf};

use common::partnereval;
use serde_json::Value;

const BOM: &str = "\u{feff}";

/// The four ways of saving `text` (written with LF): as it is, with CRLF, with a mark, with
/// both; each with its name.
fn savings(text: &str) -> [(&'static str, String); 4] {
    let crlf = text.replace('\n', "\r\n");
    [
        ("lf", text.to_owned()),
        ("crlf", crlf.clone()),
        ("bom", format!("{BOM}{text}")),
        ("bom-crlf", format!("{BOM}{crlf}")),
    ]
}

/// A questionnaire with multi-line strings (basic and literal), one a line end inside.
const QUESTIONNAIRE: &str = r#"schema_version = 1
id = "multi"
version = "1.0.0"
languages = ["en"]
title = "Multi-line"
description = """
First line.
Second line."""

[comments]
items = true

[[profile]]
id = "sector"
text = "Sector?"
choices = [{ code = "health", label = "Health" }, { code = "school", label = "School" }]

[[items]]
id = "a"
text = '''
Does it
work?'''
options = [{ code = "y", score = 1, label = "Yes" }, { code = "n", score = 0, label = "No" }]

[[dimensions]]
id = "all"
name = "All"
items = ["a"]
"#;

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_questionnaire_reads_the_same_however_it_was_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let mut shown = Vec::new();
    for (how, text) in savings(QUESTIONNAIRE) {
        let path = write(tmp.path(), &format!("{how}.toml"), &text);
        let p = path.to_str().unwrap();
        let out = partnereval(["validate", p]).expect_status(0);
        assert!(
            out.stdout.contains(": ok: multi 1.0.0"),
            "{how}: {}",
            out.stdout
        );
        shown.push(json(
            &partnereval(["show", p, "--format", "json"])
                .expect_status(0)
                .stdout,
        ));
    }
    let definition = &shown[0];
    assert_eq!(
        definition["description"]["en"], "First line.\nSecond line.",
        "{definition:#}"
    );
    assert_eq!(definition["items"][0]["text"]["en"], "Does it\nwork?");
    for other in &shown[1..] {
        assert_eq!(
            other, definition,
            "the same definition, so the same content hash"
        );
    }
    // The bundled questionnaire, saved on Windows: the same hash as the bundled one.
    let bundled =
        std::fs::read_to_string(common::root().join("questionnaires/action-in-partnership.toml"))
            .unwrap();
    let hash = |p: &str| {
        json(
            &partnereval(["show", p, "--format", "json"])
                .expect_status(0)
                .stdout,
        )["hash"]
            .clone()
    };
    let saved = write(tmp.path(), "windows.toml", &savings(&bundled)[3].1);
    assert_eq!(hash(saved.to_str().unwrap()), hash("action-in-partnership"));
}

#[test]
fn problems_are_at_the_same_line_and_column_with_crlf_and_a_mark() {
    let tmp = tempfile::tempdir().unwrap();
    let broken = QUESTIONNAIRE.replace("items = [\"a\"]", "items = [\"a\", \"zz\"]");
    let syntax = QUESTIONNAIRE.replace("title = \"Multi-line\"", "title = Multi-line");
    for (what, text) in [("reference", broken), ("syntax", syntax)] {
        let mut said = Vec::new();
        for (how, text) in savings(&text) {
            write(tmp.path(), "q.toml", &text);
            let out = partnereval(["validate", "q.toml"])
                .current_dir(tmp.path())
                .expect_status(1);
            said.push((how, out.stdout + &out.stderr));
        }
        assert!(said[0].1.contains("q.toml:"), "{what}: {}", said[0].1);
        for (how, text) in &said[1..] {
            assert_eq!(text, &said[0].1, "{what}, {how}");
        }
    }
}

/// An evaluation of the questionnaire above, made from its CRLF copy with a mark.
fn evaluation(tmp: &Path) -> PathBuf {
    let q = write(tmp, "q.toml", &savings(QUESTIONNAIRE)[3].1);
    let dir = tmp.join("eval");
    partnereval(["init", dir.to_str().unwrap(), "-q", q.to_str().unwrap()]).expect_status(0);
    dir
}

#[test]
fn evaluation_settings_with_a_mark_and_crlf_are_read_and_written_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = evaluation(tmp.path());
    let d = dir.to_str().unwrap();
    let settings = dir.join("evaluation.toml");
    let text = std::fs::read_to_string(&settings).unwrap();
    std::fs::write(&settings, &savings(&text)[3].1).unwrap();
    let out = partnereval(["report", d, "--format", "json"]).expect_status(0);
    assert_eq!(json(&out.stdout)["respondents"], 0);
    partnereval(["round", "new", d, "Spring"]).expect_status(0);
    let rounds = partnereval(["round", "list", d, "--format", "json"]).expect_status(0);
    assert!(rounds.stdout.contains("Spring"), "{}", rounds.stdout);
    // Written back with LF and no mark.
    let written = std::fs::read_to_string(&settings).unwrap();
    assert!(
        !written.starts_with(BOM) && !written.contains('\r'),
        "{written:?}"
    );
}

/// The answers of `tests`' questionnaire, in TOML, with a multi-line comment.
const ANSWERS_TOML: &str = "[profile]\nsector = \"school\"\n[answers]\na = \"y\"\n[comments]\na = \"\"\"\nWorks\nwell.\"\"\"\n";
const ANSWERS_JSON: &str = "{\n  \"profile\": {\"sector\": \"health\"},\n  \"answers\": {\"a\": \"n\"},\n  \"comments\": {\"a\": \"Fine.\"}\n}\n";

#[test]
fn answers_files_with_a_mark_and_crlf_are_read_from_files_and_standard_input() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = evaluation(tmp.path());
    let d = dir.to_str().unwrap();
    for (format, answers, comment) in [
        ("toml", ANSWERS_TOML, "Works\nwell."),
        ("json", ANSWERS_JSON, "Fine."),
    ] {
        for (how, text) in savings(answers) {
            let file = write(tmp.path(), &format!("answers-{how}.{format}"), &text);
            // A file named .toml or .json; the same on standard input, where the format is
            // told from the text (JSON starts with `{`, after the mark).
            for source in [file.to_str().unwrap(), "-"] {
                let out = partnereval(["take", d, "--answers", source])
                    .stdin(text.clone())
                    .output();
                assert_eq!(out.status, 0, "{format} {how} {source}: {}", out.stderr);
                let r = json(&std::fs::read_to_string(out.stdout.trim()).unwrap());
                assert_eq!(r["comments"]["a"], comment, "{format} {how} {source}");
            }
        }
    }
    // A problem is at the same place however the file was saved.
    for (format, answers) in [("toml", ANSWERS_TOML), ("json", ANSWERS_JSON)] {
        let wrong = answers
            .replace("\"y\"", "\"maybe\"")
            .replace("\"n\"", "\"maybe\"");
        let mut said = Vec::new();
        for (how, text) in savings(&wrong) {
            write(tmp.path(), &format!("wrong.{format}"), &text);
            let out = partnereval(["take", d, "--answers", &format!("wrong.{format}")])
                .current_dir(tmp.path())
                .expect_status(1);
            said.push((how, out.stderr));
        }
        let line = if format == "toml" { 4 } else { 3 };
        let col = if format == "toml" { 1 } else { 15 };
        assert!(
            said[0].1.starts_with(&format!(
                "wrong.{format}:{line}:{col}: error: answers.a: `maybe` is not an option"
            )),
            "{}",
            said[0].1
        );
        for (how, text) in &said[1..] {
            assert_eq!(text, &said[0].1, "{format} {how}");
        }
    }
}

#[test]
fn response_files_and_bundles_with_a_mark_and_crlf_are_counted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = evaluation(tmp.path());
    let d = dir.to_str().unwrap();
    for answers in [ANSWERS_TOML, ANSWERS_JSON, ANSWERS_TOML, ANSWERS_JSON] {
        partnereval(["take", d, "--answers", "-"])
            .stdin(answers)
            .expect_status(0);
    }
    let lines = partnereval(["export", d]).expect_status(0).stdout;
    let q = tmp.path().join("q.toml");
    let q = q.to_str().unwrap();
    let files = tmp.path().join("files");
    std::fs::create_dir(&files).unwrap();
    // Each response file saved one way, pretty-printed (line ends inside it).
    for (k, ((how, _), line)) in savings("").iter().zip(lines.lines()).enumerate() {
        let pretty = serde_json::to_string_pretty(&json(line)).unwrap() + "\n";
        let text = savings(&pretty)[k].1.clone();
        write(&files, &format!("{how}.json"), &text);
    }
    // A bundle with a mark on its first line and CRLF after every line.
    let bundle = write(tmp.path(), "all.ndjson", &savings(&lines)[3].1);
    for source in [files.to_str().unwrap(), bundle.to_str().unwrap()] {
        let out = partnereval(["report", q, source, "--format", "json"]).expect_status(0);
        let r = json(&out.stdout);
        assert_eq!(r["respondents"], 4, "{source}: {}", out.stderr);
        assert!(
            r["skipped"].as_array().unwrap().is_empty(),
            "{source}: {r:#}"
        );
        // Exported as plain NDJSON: no mark, no CR.
        let out = partnereval(["export", q, source]).expect_status(0);
        assert_eq!(out.stdout.lines().count(), 4);
        assert!(
            !out.stdout.contains(BOM) && !out.stdout.contains('\r'),
            "{source}"
        );
    }
    // On standard input too.
    let out = partnereval(["report", q, "-", "--format", "json"])
        .stdin(savings(&lines)[3].1.clone())
        .expect_status(0);
    assert_eq!(json(&out.stdout)["respondents"], 4);
    // A mark is accepted at the start of a file only: inside a bundle it is refused, named.
    let inside = format!("{lines}{BOM}{}\n", lines.lines().next().unwrap());
    write(tmp.path(), "inside.ndjson", &inside);
    let out = partnereval(["report", q, "inside.ndjson"])
        .current_dir(tmp.path())
        .expect_status(1);
    assert!(
        out.stderr
            .contains("inside.ndjson:5:1: error: not valid JSON"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_draft_with_a_mark_and_crlf_is_resumed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    let d = dir.to_str().unwrap();
    partnereval(["init", d, "-q", "action-in-partnership"]).expect_status(0);
    // Skip the profile, answer q01 A and q02 B, then the input ends.
    let out = partnereval(["take", d, "--plain", "--lang", "en"])
        .stdin("1\n1\n1\n8\n6\n4\n1\n2\n")
        .expect_status(130);
    let id = out
        .stderr
        .split("--resume ")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let draft = dir.join(format!("responses/.drafts/{id}.json"));
    let pretty =
        serde_json::to_string_pretty(&json(&std::fs::read_to_string(&draft).unwrap())).unwrap();
    std::fs::write(&draft, &savings(&pretty)[3].1).unwrap();
    let mut rest: Vec<&str> = std::iter::repeat_n("c", 16).collect();
    rest.extend(["", "1"]);
    let out = partnereval(["take", d, "--plain", "--lang", "en", "--resume", &id])
        .stdin(rest.join("\n") + "\n")
        .expect_status(0);
    let r = json(&std::fs::read_to_string(out.stdout.trim()).unwrap());
    assert_eq!(r["id"], id.as_str());
    assert_eq!(r["answers"]["q02"], "B");
    assert_eq!(r["answers"]["q18"], "C");
}
