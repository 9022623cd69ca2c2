//! Demo data, NDJSON bundles and export: the same figures whichever way responses are
//! stored, and bad lines named by file and line.

mod common;

use std::path::Path;

use common::partnereval;
use serde_json::Value;

fn report(target: &str, extra: &[&str]) -> Value {
    let mut args = vec!["report", target, "--format", "json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&partnereval(&args).expect_status(0).stdout).unwrap()
}

#[test]
fn demo_is_deterministic_and_the_same_in_files_or_a_bundle() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    let c = tmp.path().join("c");
    partnereval([
        "demo",
        a.to_str().unwrap(),
        "-n",
        "120",
        "--seed",
        "7",
        "--collective",
    ])
    .expect_status(0);
    partnereval([
        "demo",
        b.to_str().unwrap(),
        "-n",
        "120",
        "--seed",
        "7",
        "--collective",
        "--bundle",
    ])
    .expect_status(0);
    partnereval(["demo", c.to_str().unwrap(), "-n", "120", "--seed", "8"]).expect_status(0);
    let (ra, rb, rc) = (
        report(a.to_str().unwrap(), &["--by", "sector"]),
        report(b.to_str().unwrap(), &["--by", "sector"]),
        report(c.to_str().unwrap(), &[]),
    );
    assert_eq!(ra["respondents"], 120);
    assert_eq!(ra["items"], rb["items"]);
    assert_eq!(ra["groups"], rb["groups"]);
    assert_eq!(ra["comments"], rb["comments"]);
    assert_eq!(ra["collective"][0]["items"], rb["collective"][0]["items"]);
    assert_ne!(ra["items"], rc["items"], "another seed, other answers");
    // realistic: some divergent items, some no-answers, groups that differ
    assert!(
        ra["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["divergent"] == true)
    );
    assert!(
        ra["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["no_answer"].as_u64().unwrap() > 0)
    );
    let files: Vec<_> = std::fs::read_dir(a.join("responses")).unwrap().collect();
    assert_eq!(files.len(), 121, "120 files and the collective one");
}

#[test]
fn export_writes_a_bundle_that_reports_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    partnereval(["demo", a.to_str().unwrap(), "-n", "50", "--collective"]).expect_status(0);
    let bundle = tmp.path().join("all.ndjson");
    partnereval([
        "export",
        a.to_str().unwrap(),
        "-o",
        bundle.to_str().unwrap(),
    ])
    .expect_status(0);
    let text = std::fs::read_to_string(&bundle).unwrap();
    assert_eq!(text.lines().count(), 51);
    for line in text.lines() {
        let r: partnereval::response::Response = serde_json::from_str(line).unwrap();
        assert_eq!(r.questionnaire.id, "action-in-partnership");
    }
    let from_files = report(a.to_str().unwrap(), &[]);
    let from_bundle = report("action-in-partnership", &[bundle.to_str().unwrap()]);
    assert_eq!(from_files["items"], from_bundle["items"]);
    assert_eq!(from_files["collective"], from_bundle["collective"]);
    // stdout too, byte for byte the same
    let out = partnereval(["export", a.to_str().unwrap()]).expect_status(0);
    assert_eq!(out.stdout, text);
}

#[test]
fn bad_lines_are_named_by_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    partnereval(["demo", a.to_str().unwrap(), "-n", "5", "--bundle"]).expect_status(0);
    let bundle = a.join("responses/demo.ndjson");
    let mut lines: Vec<String> = std::fs::read_to_string(&bundle)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let copy = lines[0].clone();
    lines.insert(2, "{\"schema_version\": 1, broken".to_owned());
    lines.insert(3, String::new());
    lines.push(copy.replace("\"q01\":\"", "\"q99\":\""));
    lines.push(copy);
    std::fs::write(&bundle, lines.join("\n") + "\n").unwrap();
    let out = partnereval(["report", a.to_str().unwrap()]).expect_status(1);
    let name = bundle.display().to_string();
    // The unknown item is located at its key on line 8.
    let column = lines[7].find("\"q99\"").unwrap() + 1;
    assert!(
        out.stderr
            .contains(&format!("{name}:3:23: error: not valid JSON")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!(
            "{name}:8:{column}: error: answers.q99: unknown item"
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&format!("{name}:9: error: repeats the response id")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!("of {name}:1")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("3 of 8 responses are invalid"),
        "{}",
        out.stderr
    );
    let r = report(a.to_str().unwrap(), &["--skip-invalid"]);
    assert_eq!(r["respondents"], 5);
    assert_eq!(r["skipped"].as_array().unwrap().len(), 3);
    let out = partnereval(["export", a.to_str().unwrap()]).expect_status(1);
    assert!(
        out.stderr.contains("nothing was exported"),
        "{}",
        out.stderr
    );
    let out = partnereval(["export", a.to_str().unwrap(), "--skip-invalid"]).expect_status(0);
    assert_eq!(out.stdout.lines().count(), 5);
}

#[test]
fn reports_refuse_what_would_expose_a_person_or_overwrite_an_evaluation() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    partnereval(["demo", a.to_str().unwrap(), "-n", "30"]).expect_status(0);
    let dir = a.to_str().unwrap();
    let out = partnereval(["report", dir, "--by", "role"]).expect_status(2);
    assert!(
        out.stderr
            .contains("figures by `role` are not allowed here (allowed: sector)"),
        "{}",
        out.stderr
    );
    let out = partnereval(["report", dir, "--min-group", "2"]).expect_status(2);
    assert!(
        out.stderr
            .contains("below this evaluation's minimum group size (3)"),
        "{}",
        out.stderr
    );
    partnereval(["report", dir, "--min-group", "5"]).expect_status(0);
    let before = std::fs::read(a.join("questionnaire.toml")).unwrap();
    for target in [
        "questionnaire.toml",
        "evaluation.toml",
        "responses/notes.md",
    ] {
        let path = a.join(target);
        let out = partnereval(["report", dir, "-o", path.to_str().unwrap()]).expect_status(2);
        assert!(
            out.stderr.contains("is part of an evaluation folder"),
            "{target}: {}",
            out.stderr
        );
    }
    assert_eq!(std::fs::read(a.join("questionnaire.toml")).unwrap(), before);
    let out = partnereval([
        "init",
        tmp.path().join("b").to_str().unwrap(),
        "-q",
        "action-in-partnership",
        "--min-group",
        "2",
    ])
    // A bad command-line value: a usage error, as for report and compare above.
    .expect_status(2);
    assert!(out.stderr.contains("at least 3"), "{}", out.stderr);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(a.join("evaluation.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o044,
            0o044 & !umask(),
            "shared folders: readable as the umask allows"
        );
    }
    assert!(Path::new(dir).join("responses").is_dir());
}

#[cfg(unix)]
fn umask() -> u32 {
    let out = std::process::Command::new("sh")
        .args(["-c", "umask"])
        .output()
        .unwrap();
    u32::from_str_radix(String::from_utf8_lossy(&out.stdout).trim(), 8).unwrap_or(0o022)
}

/// Response files of every size are read whole: short ones in one read, those over 16 KiB
/// (a long comment) read on, those over 4 MiB refused, empty ones named.
#[test]
fn response_files_of_any_size_are_read_whole_or_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    partnereval(["demo", a.to_str().unwrap(), "-n", "4"]).expect_status(0);
    let responses = a.join("responses");
    let files: Vec<_> = std::fs::read_dir(&responses)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    let mut long: Value = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    let comment = "Nous en avons parlé longuement. ".repeat(1000);
    long["comments"] = serde_json::json!({ "q01": comment });
    std::fs::write(&files[0], serde_json::to_vec_pretty(&long).unwrap()).unwrap();
    assert!(std::fs::metadata(&files[0]).unwrap().len() > 16 * 1024 + 1000);
    let r = report(a.to_str().unwrap(), &[]);
    assert_eq!(r["respondents"], 4);
    let full: usize = r["comments"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["comments"].as_array().unwrap())
        .map(|c| c["text"].as_str().unwrap().len())
        .max()
        .unwrap();
    assert!(full >= comment.trim_end().len(), "{full}");

    let mut huge = long.clone();
    huge["comments"] = serde_json::json!({ "q01": "x".repeat(5 * 1024 * 1024) });
    std::fs::write(&files[1], serde_json::to_vec(&huge).unwrap()).unwrap();
    std::fs::write(&files[2], b"").unwrap();
    let out = partnereval(["report", a.to_str().unwrap()]).expect_status(1);
    assert!(
        out.stderr.contains("too large for a response"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("the file is empty"), "{}", out.stderr);
}
