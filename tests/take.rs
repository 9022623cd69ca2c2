//! `init` and `take` without a terminal: answers files, plain mode, concurrency, crashes.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::partnereval;
use serde_json::Value;

fn new_evaluation() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    partnereval([
        "init",
        dir.to_str().unwrap(),
        "--questionnaire",
        "action-in-partnership",
        "--name",
        "Riverside",
    ])
    .expect_status(0);
    (tmp, dir)
}

/// The submitted response files in `dir/responses`.
fn responses(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("responses"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn full_answers(code: &str) -> String {
    let mut s = String::from("[answers]\n");
    for n in 1..=18 {
        s.push_str(&format!("q{n:02} = \"{code}\"\n"));
    }
    s
}

#[test]
fn init_creates_an_evaluation_and_refuses_to_overwrite_it() {
    let (_tmp, dir) = new_evaluation();
    assert!(dir.join("evaluation.toml").is_file());
    assert!(dir.join("responses").is_dir());
    let copy = std::fs::read_to_string(dir.join("questionnaire.toml")).unwrap();
    let original =
        std::fs::read_to_string(common::root().join("questionnaires/action-in-partnership.toml"))
            .unwrap();
    assert_eq!(copy, original, "the questionnaire is frozen as it was");
    let settings: toml::Table =
        toml::from_str(&std::fs::read_to_string(dir.join("evaluation.toml")).unwrap()).unwrap();
    assert_eq!(settings["name"].as_str(), Some("Riverside"));
    assert_eq!(settings["min_group_size"].as_integer(), Some(3));
    assert_eq!(settings["schema_version"].as_integer(), Some(1));
    let before = std::fs::read(dir.join("evaluation.toml")).unwrap();
    let out = partnereval([
        "init",
        dir.to_str().unwrap(),
        "-q",
        "action-in-partnership",
        "--name",
        "Other",
    ])
    .expect_status(2);
    assert!(
        out.stderr
            .contains("already holds an evaluation; nothing was changed"),
        "{}",
        out.stderr
    );
    assert_eq!(std::fs::read(dir.join("evaluation.toml")).unwrap(), before);
}

#[test]
fn init_checks_languages_and_group_size() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("e");
    let out = partnereval([
        "init",
        dir.to_str().unwrap(),
        "-q",
        "action-in-partnership",
        "--lang",
        "en,de",
    ])
    .expect_status(2);
    assert!(
        out.stderr
            .contains("`de` is not a language of this questionnaire"),
        "{}",
        out.stderr
    );
    assert!(!dir.join("evaluation.toml").exists());
    partnereval([
        "init",
        dir.to_str().unwrap(),
        "-q",
        "action-in-partnership",
        "--lang",
        "fr",
        "--min-group",
        "5",
    ])
    .expect_status(0);
    let settings = std::fs::read_to_string(dir.join("evaluation.toml")).unwrap();
    assert!(settings.contains("min_group_size = 5"), "{settings}");
    // a French-only evaluation refuses English answers
    let answers = format!("language = \"en\"\n{}", full_answers("A"));
    let out = partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(answers)
        .expect_status(1);
    assert!(
        out.stderr
            // The evaluation speaks French only, and so do its errors.
            .contains("la langue `en` n’est pas une langue du questionnaire (fr)"),
        "{}",
        out.stderr
    );
}

#[test]
fn answers_files_in_toml_and_json_are_written_like_interactive_responses() {
    let (_tmp, dir) = new_evaluation();
    let toml_answers = format!(
        "mode = \"collective\"\n[profile]\nsector = \"community\"\n[comments]\nq04 = \"Mostly consulted.\"\n{}q03 = \"no-answer\"\n",
        full_answers("B").replace("q03 = \"B\"\n", "")
    );
    let path = dir.parent().unwrap().join("answers.toml");
    std::fs::write(&path, &toml_answers).unwrap();
    let out = partnereval([
        "take",
        dir.to_str().unwrap(),
        "--answers",
        path.to_str().unwrap(),
    ])
    .expect_status(0);
    let written = PathBuf::from(out.stdout.trim());
    assert_eq!(responses(&dir), std::slice::from_ref(&written));
    let name = written.file_stem().unwrap().to_str().unwrap();
    assert!(
        name.len() == 32 && name.chars().all(|c| c.is_ascii_hexdigit()),
        "random name: {name}"
    );
    let r = read_json(&written);
    assert_eq!(r["schema_version"], 1);
    assert_eq!(r["id"], name);
    assert_eq!(r["mode"], "collective");
    assert_eq!(r["language"], "en");
    assert_eq!(r["questionnaire"]["id"], "action-in-partnership");
    assert!(
        r["questionnaire"]["hash"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );
    assert_eq!(r["answers"]["q03"], "no-answer");
    assert_eq!(r["answers"]["q18"], "B");
    assert_eq!(r["profile"]["sector"], "community");
    assert_eq!(r["comments"]["q04"], "Mostly consulted.");
    let date = r["submitted"].as_str().unwrap();
    assert_eq!(date.len(), 10, "the day only: {date}");
    let keys: Vec<&String> = r.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "answers",
            "comments",
            "id",
            "language",
            "mode",
            "profile",
            "questionnaire",
            "schema_version",
            "submitted"
        ]
    );

    // JSON on stdin, with --collective and --lang
    let json = serde_json::json!({
        "answers": (1..=18).map(|n| (format!("q{n:02}"), Value::from("A"))).collect::<serde_json::Map<_, _>>()
    });
    let out = partnereval([
        "take",
        dir.to_str().unwrap(),
        "--answers",
        "-",
        "--lang",
        "fr",
    ])
    .stdin(json.to_string())
    .expect_status(0);
    let r = read_json(Path::new(out.stdout.trim()));
    assert_eq!(r["language"], "fr");
    assert_eq!(r["mode"], "individual");
    assert_eq!(responses(&dir).len(), 2);
}

#[test]
fn invalid_answers_list_every_problem_and_write_nothing() {
    let (_tmp, dir) = new_evaluation();
    let answers = "[answers]\nq01 = \"D\"\nq02 = \"A\"\nq19 = \"A\"\nq05 = 3\n[profile]\nsector = \"space\"\ncolour = \"blue\"\n[comments]\nq30 = \"x\"\n";
    let out = partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(answers)
        .expect_status(1);
    // Each at the line of its key; a missing answer at its table.
    let expected = [
        "<stdin>:8:1: error: profile.colour: unknown profile field",
        "<stdin>:7:1: error: profile.sector: `space` is not a choice (choices: primary-care, public-health, community, social-services, municipality, education, other)",
        "<stdin>:2:1: error: answers.q01: `D` is not an option (options: A, B, C)",
        "<stdin>:5:1: error: answers.q05: not a valid answer to a `single` item (expected an option code as a string)",
        "<stdin>:4:1: error: answers.q19: unknown item",
        "<stdin>:1:2: error: answers.q03: required item has no answer",
        "<stdin>:10:1: error: comments.q30: unknown item",
    ];
    for line in expected {
        assert!(
            out.stderr.contains(line),
            "missing {line:?} in\n{}",
            out.stderr
        );
    }
    assert!(
        out.stderr
            .contains("<stdin>: 21 problems; nothing was written"),
        "{}",
        out.stderr
    );
    assert!(responses(&dir).is_empty());
    // The same in JSON, at the line of each key.
    let json = "{\n  \"answers\": {\n    \"q01\": \"A\",\n    \"q19\": \"A\",\n    \"q02\": \"D\"\n  }\n}\n";
    let out = partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(json)
        .expect_status(1);
    for line in [
        "<stdin>:5:5: error: answers.q02: `D` is not an option (options: A, B, C)",
        "<stdin>:4:5: error: answers.q19: unknown item",
        "<stdin>:2:3: error: answers.q03: required item has no answer",
    ] {
        assert!(
            out.stderr.contains(line),
            "missing {line:?} in\n{}",
            out.stderr
        );
    }
    // broken syntax: located
    let out = partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin("[answers]\nq01 = \"A\nq02 = 1\n")
        .expect_status(1);
    assert!(out.stderr.starts_with("<stdin>:2:"), "{}", out.stderr);
    let out = partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin("{\"answers\": {\"q01\": \"A\",}}")
        .expect_status(1);
    assert!(out.stderr.starts_with("<stdin>:1:"), "{}", out.stderr);
    let out = partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin("name = \"Alice\"\n[answers]\n")
        .expect_status(1);
    assert!(
        out.stderr.contains("unknown field `name`"),
        "no names are accepted: {}",
        out.stderr
    );
    assert!(responses(&dir).is_empty());
}

#[test]
fn a_questionnaire_target_writes_into_out() {
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("collected");
    let out = partnereval([
        "take",
        "action-in-partnership",
        "--out",
        out_dir.to_str().unwrap(),
        "--answers",
        "-",
    ])
    .stdin(full_answers("C"))
    .expect_status(0);
    let path = PathBuf::from(out.stdout.trim());
    assert_eq!(path.parent().unwrap(), out_dir);
    assert_eq!(read_json(&path)["answers"]["q07"], "C");
    // default: the current folder
    let out = partnereval(["take", "action-in-partnership", "--answers", "-"])
        .current_dir(tmp.path())
        .stdin(full_answers("A"))
        .expect_status(0);
    assert!(
        tmp.path().join(out.stdout.trim()).is_file(),
        "{}",
        out.stdout
    );
}

#[test]
fn without_a_terminal_take_stops_at_once_and_says_what_to_use() {
    let (_tmp, dir) = new_evaluation();
    let started = Instant::now();
    let out = partnereval(["take", dir.to_str().unwrap()]).expect_status(2);
    assert!(started.elapsed() < Duration::from_secs(20));
    assert!(
        out.stderr.contains("Use --plain") && out.stderr.contains("--answers FILE"),
        "{}",
        out.stderr
    );
    let out = partnereval(["take", dir.to_str().unwrap(), "--lang", "fr"]).expect_status(2);
    assert!(out.stderr.contains("Utilisez --plain"), "{}", out.stderr);
    assert!(responses(&dir).is_empty());
}

#[test]
fn the_plain_mode_reads_numbered_answers_from_standard_input() {
    let (_tmp, dir) = new_evaluation();
    // start, yes, yes, sector 2, role skipped (8 would be out of range: 6), years 3,
    // 18 answers (q02 = no answer), closing comment, submit
    let mut lines = vec!["1", "1", "1", "2", "9", "6", "3"];
    lines.push("2");
    lines.push("4");
    lines.extend(std::iter::repeat_n("1", 16));
    lines.extend(["A plain comment", "1"]);
    let input = lines.join("\n") + "\n";
    let out = partnereval(["take", dir.to_str().unwrap(), "--plain", "--lang", "en"])
        .stdin(input)
        .expect_status(0);
    assert!(
        out.stderr.contains("Please type a number from 1 to 7."),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("  1) A. ...cover all the sectors"),
        "{}",
        out.stderr
    );
    let r = read_json(Path::new(out.stdout.trim()));
    assert_eq!(
        r["profile"],
        serde_json::json!({"sector": "public-health", "years": "over-3"})
    );
    assert_eq!(r["answers"]["q01"], "B");
    assert_eq!(r["answers"]["q02"], "no-answer");
    assert_eq!(r["answers"]["q18"], "A");
    assert_eq!(r["closing_comment"], "A plain comment");
    assert!(
        !dir.join("responses/.drafts").read_dir().unwrap().any(|e| e
            .unwrap()
            .path()
            .extension()
            .is_some_and(|x| x == "json"))
    );
}

#[test]
fn input_that_ends_early_keeps_a_draft_and_says_how_to_resume() {
    let (_tmp, dir) = new_evaluation();
    let out = partnereval(["take", dir.to_str().unwrap(), "--plain", "--lang", "en"])
        .stdin("1\n1\n1\n8\n6\n4\n1\n2\n")
        .expect_status(130);
    assert!(
        out.stderr
            .contains("The input ended before the survey did. Your answers so far are kept"),
        "{}",
        out.stderr
    );
    let id = out
        .stderr
        .split("--resume ")
        .nth(1)
        .unwrap()
        .trim()
        .to_owned();
    let draft = read_json(&dir.join(format!("responses/.drafts/{id}.json")));
    assert_eq!(
        draft["response"]["answers"],
        serde_json::json!({"q01": "A", "q02": "B"})
    );
    assert!(responses(&dir).is_empty());
    // resume: only the remaining answers are asked
    let mut rest: Vec<&str> = std::iter::repeat_n("3", 16).collect();
    rest.extend(["", "1"]);
    let out = partnereval(["take", dir.to_str().unwrap(), "--plain", "--resume", &id])
        .stdin(rest.join("\n") + "\n")
        .expect_status(0);
    let r = read_json(Path::new(out.stdout.trim()));
    assert_eq!(r["id"], id.as_str());
    assert_eq!(r["answers"]["q02"], "B");
    assert_eq!(r["answers"]["q03"], "C");
    assert!(!dir.join(format!("responses/.drafts/{id}.json")).exists());
}

#[test]
fn many_concurrent_writers_never_clash() {
    let (_tmp, dir) = new_evaluation();
    let writers = 48;
    let children: Vec<_> = (0..writers)
        .map(|i| {
            let mut child = Command::new(env!("CARGO_BIN_EXE_partnereval"))
                .args(["take", dir.to_str().unwrap(), "--answers", "-"])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let code = ["A", "B", "C"][i % 3];
            child
                .stdin
                .take()
                .unwrap()
                .write_all(full_answers(code).as_bytes())
                .unwrap();
            child
        })
        .collect();
    let mut paths = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        paths.push(PathBuf::from(String::from_utf8(out.stdout).unwrap().trim()));
    }
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), writers);
    let files = responses(&dir);
    assert_eq!(files, paths);
    let mut counts = [0; 3];
    for f in &files {
        let r = read_json(f);
        let k = ["A", "B", "C"]
            .iter()
            .position(|c| r["answers"]["q01"] == *c)
            .unwrap();
        counts[k] += 1;
    }
    assert_eq!(counts, [16, 16, 16]);
}

/// SIGKILL in the middle of a survey: nothing partial in responses/, and the draft holds
/// every answer given before.
#[test]
fn a_killed_survey_leaves_no_partial_file_and_a_complete_draft() {
    let (_tmp, dir) = new_evaluation();
    let mut child = Command::new(env!("CARGO_BIN_EXE_partnereval"))
        .args(["take", dir.to_str().unwrap(), "--plain", "--lang", "en"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"1\n1\n1\n8\n6\n4\n1\n2\n3\n1\n").unwrap();
    stdin.flush().unwrap();
    let drafts = dir.join("responses/.drafts");
    let deadline = Instant::now() + Duration::from_secs(30);
    let draft = loop {
        let found = std::fs::read_dir(&drafts).ok().and_then(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .find(|p| p.extension().is_some_and(|x| x == "json"))
        });
        if let Some(path) = found
            && let Ok(text) = std::fs::read_to_string(&path)
            && let Ok(v) = serde_json::from_str::<Value>(&text)
            && v["response"]["answers"]
                .as_object()
                .is_some_and(|a| a.len() == 4)
        {
            break path;
        }
        assert!(
            Instant::now() < deadline,
            "the draft never held four answers"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);
    let v = read_json(&draft);
    assert_eq!(
        v["response"]["answers"],
        serde_json::json!({"q01": "A", "q02": "B", "q03": "C", "q04": "A"})
    );
    assert!(responses(&dir).is_empty(), "no response file after a kill");
    for entry in std::fs::read_dir(&drafts).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            read_json(&path);
        }
    }
}

#[test]
fn take_refuses_a_folder_that_is_not_an_evaluation() {
    let tmp = tempfile::tempdir().unwrap();
    // A usage error, as in every command given a folder that is not an evaluation.
    let out = partnereval(["take", tmp.path().to_str().unwrap(), "--answers", "-"])
        .stdin(full_answers("A"))
        .expect_status(2);
    assert!(
        out.stderr.contains("is not an evaluation folder"),
        "{}",
        out.stderr
    );
}

/// Bumping a bundled questionnaire leaves existing evaluations alone: an evaluation made
/// with version 1.0.0 (examples/riverside) keeps its frozen copy, takes new responses
/// against it and still reports, while a new evaluation gets the current version.
#[test]
fn an_evaluation_keeps_its_frozen_questionnaire_when_the_bundled_one_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let old = tmp.path().join("riverside");
    let example = common::root().join("examples/riverside");
    std::fs::create_dir_all(old.join("responses")).unwrap();
    for file in ["evaluation.toml", "questionnaire.toml"] {
        std::fs::copy(example.join(file), old.join(file)).unwrap();
    }
    for entry in std::fs::read_dir(example.join("responses")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, old.join("responses").join(path.file_name().unwrap())).unwrap();
    }
    let version = |dir: &Path| -> String {
        let q: toml::Table =
            toml::from_str(&std::fs::read_to_string(dir.join("questionnaire.toml")).unwrap())
                .unwrap();
        q["version"].as_str().unwrap().to_owned()
    };
    assert_eq!(version(&old), "1.0.0");
    let (_tmp, new) = new_evaluation();
    assert_eq!(version(&new), "1.1.0");

    let out = partnereval(["take", old.to_str().unwrap(), "--answers", "-"])
        .stdin(full_answers("A"))
        .expect_status(0);
    let r = read_json(Path::new(out.stdout.trim()));
    assert_eq!(r["questionnaire"]["version"], "1.0.0");
    let report = partnereval(["report", old.to_str().unwrap(), "--format", "json"])
        .expect_status(0)
        .stdout;
    let report: Value = serde_json::from_str(&report).unwrap();
    assert_eq!(report["questionnaire"]["version"], "1.0.0", "{report:#}");

    // A response to the new version is refused by the old evaluation, by its version.
    let out = partnereval(["take", new.to_str().unwrap(), "--answers", "-"])
        .stdin(full_answers("B"))
        .expect_status(0);
    let written = PathBuf::from(out.stdout.trim());
    std::fs::copy(
        &written,
        old.join("responses").join(written.file_name().unwrap()),
    )
    .unwrap();
    let out = partnereval(["report", old.to_str().unwrap()]).expect_status(1);
    assert!(
        out.stderr
            .contains("was made with version 1.1.0 of `action-in-partnership`; this evaluation uses version 1.0.0"),
        "{}",
        out.stderr
    );
}
