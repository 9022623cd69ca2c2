//! An evaluation folder is hostile input (issue 12): whatever a member with write access to
//! the shared folder puts in it, nothing escapes it, nothing hangs, nothing leaks. One test
//! per defect found on the shared drive.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Output, partnereval};
use serde_json::Value;

/// A new evaluation of the bundled self-evaluation.
fn evaluation() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    partnereval(["init", dir.to_str().unwrap(), "-q", "action-in-partnership"]).expect_status(0);
    (tmp, dir)
}

/// Answers with `profile` (TOML lines) and `q01` as given, every other item B.
fn answers(profile: &str, q01: &str) -> String {
    let mut s = format!("[profile]\n{profile}\n[answers]\nq01 = \"{q01}\"\n");
    for n in 2..=18 {
        s.push_str(&format!("q{n:02} = \"B\"\n"));
    }
    s
}

/// Submits `text` as an answers file; returns the response file written.
fn take(dir: &Path, text: &str) -> PathBuf {
    let out = partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(text.to_owned())
        .expect_status(0);
    PathBuf::from(out.stdout.trim())
}

/// Runs `partnereval ARGS` in `dir`, killing it (and failing) if it runs over 30 seconds:
/// what is tested here is that nothing hangs.
fn bounded(dir: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_partnereval"))
        .args(args)
        .current_dir(dir)
        .env("COLUMNS", "80")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("partnereval {args:?} hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    Output {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

fn symlink(target: impl AsRef<Path>, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

/// A draft holding `response` with its id replaced by `id`.
fn draft_json(response: &Path, id: &str) -> String {
    let mut r: Value = serde_json::from_str(&std::fs::read_to_string(response).unwrap()).unwrap();
    r["id"] = Value::from(id);
    serde_json::json!({"schema_version": 1, "step": 3, "response": r}).to_string()
}

/// Every file under `dir`, recursively (links not followed).
fn all_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            out.extend(all_files(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}

#[test]
fn a_planted_draft_cannot_write_outside_the_evaluation_or_over_a_response() {
    let (tmp, dir) = evaluation();
    let victim = take(&dir, &answers("sector = \"community\"", "A"));
    let victim_bytes = std::fs::read(&victim).unwrap();
    let victim_id = victim.file_stem().unwrap().to_str().unwrap().to_owned();
    let drafts = dir.join("responses/.drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    for (name, id) in [
        ("evil", "../../../PWNED".to_owned()),
        ("abs", tmp.path().join("PWNED").display().to_string()),
        ("over", format!("../{victim_id}")),
    ] {
        std::fs::write(
            drafts.join(format!("{name}.json")),
            draft_json(&victim, &id),
        )
        .unwrap();
        let out = partnereval(["take", dir.to_str().unwrap(), "--plain", "--resume", name])
            .stdin("\n\n\n\n")
            .output();
        assert_eq!(out.status, 1, "{name}: {}", out.stderr);
        assert!(
            out.stderr.contains("it was renamed or planted"),
            "{name}: {}",
            out.stderr
        );
    }
    // Nothing was written anywhere, and the response is as it was.
    let files: Vec<PathBuf> = all_files(tmp.path());
    assert!(
        files.iter().all(|f| !f.to_string_lossy().contains("PWNED")),
        "{files:?}"
    );
    assert_eq!(std::fs::read(&victim).unwrap(), victim_bytes);
    partnereval(["report", dir.to_str().unwrap(), "--format", "json"]).expect_status(0);
    // Offered drafts are read under the same rule: a planted one is named, not offered.
    let out = partnereval(["take", dir.to_str().unwrap(), "--plain", "--lang", "en"])
        .stdin("")
        .output();
    assert!(out.stderr.contains("Not offered: "), "{}", out.stderr);
    assert!(!out.stderr.contains("Resume the one"), "{}", out.stderr);
}

#[test]
fn special_files_never_hang_and_never_fill_memory() {
    // (A named pipe given to `report` as responses is read as a bundle, waiting for a
    // writer as `cat` does and saying so: tests/pipes.rs.)
    let (tmp, dir) = evaluation();
    let here = tmp.path();
    mkfifo(&here.join("pipe.toml"));
    for args in [
        vec!["validate", "/dev/zero"],
        vec!["validate", "/dev/urandom"],
        vec!["validate", "pipe.toml"],
        vec!["show", "/dev/zero"],
        vec!["take", "eval", "--answers", "/dev/zero"],
        vec!["take", "eval", "--answers", "pipe.toml"],
        vec!["report", "action-in-partnership", "/dev/zero"],
    ] {
        let out = bounded(here, &args);
        assert_eq!(out.status, 2, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("not a regular file")
                || out.stderr.contains("not a file or folder"),
            "{args:?}: {}",
            out.stderr
        );
    }
    // The questionnaire of an evaluation turned into a pipe, then a link to /dev/zero.
    let q = dir.join("questionnaire.toml");
    let saved = std::fs::read(&q).unwrap();
    std::fs::remove_file(&q).unwrap();
    mkfifo(&q);
    let out = bounded(here, &["report", "eval"]);
    assert_eq!(out.status, 2, "{}", out.stderr);
    assert!(out.stderr.contains("named pipe"), "{}", out.stderr);
    std::fs::remove_file(&q).unwrap();
    symlink("/dev/zero", &q);
    let out = bounded(here, &["report", "eval"]);
    assert_eq!(out.status, 2, "{}", out.stderr);
    assert!(out.stderr.contains("symbolic link"), "{}", out.stderr);
    std::fs::remove_file(&q).unwrap();
    std::fs::write(&q, saved).unwrap();
    // Drafts that are pipes or links to devices are named, and the report goes on.
    let drafts = dir.join("responses/.drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    mkfifo(&drafts.join("0123abcd.json"));
    symlink("/dev/zero", &drafts.join("4567abcd.json"));
    let out = bounded(here, &["report", "eval", "--format", "json"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        r["drafts"], 2,
        "unusable drafts are still counted as drafts"
    );
}

#[test]
fn output_files_are_regular_files_replaced_only_when_asked() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let (tmp, _dir) = evaluation();
    let here = tmp.path();
    // A pipe a reader waits on is not replaced.
    let pipe = here.join("pipe.md");
    mkfifo(&pipe);
    let out = bounded(here, &["show", "action-in-partnership"]);
    assert_eq!(out.status, 0);
    let out = bounded(
        here,
        &["report", "eval", "--format", "markdown", "-o", "pipe.md"],
    );
    assert_eq!(out.status, 2, "{}", out.stderr);
    assert!(out.stderr.contains("named pipe"), "{}", out.stderr);
    assert!(
        std::fs::symlink_metadata(&pipe)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    // Nor is a device, even with --force (as root it could be).
    for device in ["/dev/null", "/dev/full"] {
        let out = bounded(here, &["report", "eval", "-o", device, "--force"]);
        assert_eq!(out.status, 2, "{device}: {}", out.stderr);
        assert!(out.stderr.contains("a device"), "{}", out.stderr);
        let meta = std::fs::symlink_metadata(device).unwrap();
        assert!(
            meta.file_type().is_char_device(),
            "{device} is still a device"
        );
    }
    // An existing file is kept unless --force; replaced, it keeps its permissions.
    let file = here.join("notes.md");
    std::fs::write(&file, "mine").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = bounded(
        here,
        &["report", "eval", "--format", "markdown", "-o", "notes.md"],
    );
    assert_eq!(out.status, 2, "{}", out.stderr);
    assert!(out.stderr.contains("--force"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
    let out = bounded(
        here,
        &[
            "report", "eval", "--format", "markdown", "-o", "notes.md", "--force",
        ],
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(std::fs::read_to_string(&file).unwrap().starts_with("# "));
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // `-o -` is standard output.
    let out = bounded(here, &["report", "eval", "--format", "markdown", "-o", "-"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("# "), "{}", out.stdout);
    assert!(!here.join("-").exists());
}

/// Sets `report_by` in the evaluation's settings.
fn set_report_by(dir: &Path, fields: &str) {
    let path = dir.join("evaluation.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("report_by"))
        .map(|l| format!("{l}\n"))
        .collect();
    let text = text.replacen(
        "min_group_size",
        &format!("report_by = {fields}\nmin_group_size"),
        1,
    );
    std::fs::write(&path, text).unwrap();
}

#[test]
fn two_breakdowns_that_could_be_subtracted_are_withheld() {
    // 4 primary-care/decision, 3 community/coordination, 1 education/decision: decision
    // (5) minus primary care (4) would be the education member's answers.
    let (_tmp, dir) = evaluation();
    let d = dir.to_str().unwrap();
    for _ in 0..4 {
        take(
            &dir,
            &answers("sector = \"primary-care\"\nrole = \"decision\"", "A"),
        );
    }
    for _ in 0..3 {
        take(
            &dir,
            &answers("sector = \"community\"\nrole = \"coordination\"", "B"),
        );
    }
    take(
        &dir,
        &answers("sector = \"education\"\nrole = \"decision\"", "C"),
    );
    set_report_by(&dir, "[\"sector\", \"role\"]");
    for (by, other) in [("role", "sector"), ("sector", "role")] {
        let out = partnereval(["report", d, "--by", by, "--format", "json"]).expect_status(0);
        let r: Value = serde_json::from_str(&out.stdout).unwrap();
        assert!(r.get("groups").is_none(), "--by {by}: {}", r["groups"]);
        let note = r["hidden_groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["action"] == "withheld")
            .unwrap_or_else(|| panic!("--by {by}: {}", r["hidden_groups"]));
        let reason = note["reason"].as_str().unwrap();
        assert!(
            reason.contains(&format!("remove {other} from report_by")),
            "{reason}"
        );
        let table = partnereval(["report", d, "--by", by]).expect_status(0);
        assert!(table.stdout.contains("are not shown"), "{}", table.stdout);
    }
    // With one field in report_by, its breakdown is shown again.
    set_report_by(&dir, "[\"sector\"]");
    let out = partnereval(["report", d, "--by", "sector", "--format", "json"]).expect_status(0);
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(r["groups"]["groups"].as_array().unwrap().len(), 2);
    // Crossings of 3 or more are safe: both breakdowns are shown.
    take(
        &dir,
        &answers("sector = \"education\"\nrole = \"decision\"", "C"),
    );
    take(
        &dir,
        &answers("sector = \"education\"\nrole = \"decision\"", "C"),
    );
    set_report_by(&dir, "[\"sector\", \"role\"]");
    for by in ["sector", "role"] {
        let out = partnereval(["report", d, "--by", by, "--format", "json"]).expect_status(0);
        let r: Value = serde_json::from_str(&out.stdout).unwrap();
        assert!(
            r["groups"]["groups"].is_array(),
            "--by {by}: {}",
            r["hidden_groups"]
        );
    }
}

#[test]
fn an_item_answered_by_too_few_in_a_group_is_withheld_there() {
    // community: 3 respondents, two of whom gave no answer to q01; public health: 4.
    let (_tmp, dir) = evaluation();
    let d = dir.to_str().unwrap();
    take(&dir, &answers("sector = \"community\"", "C"));
    take(&dir, &answers("sector = \"community\"", "no-answer"));
    take(&dir, &answers("sector = \"community\"", "no-answer"));
    for _ in 0..4 {
        take(&dir, &answers("sector = \"public-health\"", "A"));
    }
    let out = partnereval(["report", d, "--by", "sector", "--format", "json"]).expect_status(0);
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    let groups = r["groups"]["groups"].as_array().unwrap();
    // Community's q01 rests on 1 answer: withheld. Public health's would then be the total
    // minus nothing else shown: withheld too.
    for g in groups {
        assert_eq!(g["withheld_items"], serde_json::json!(["q01"]), "{g}");
        assert!(
            g["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["id"] != "q01"),
            "{g}"
        );
    }
    // Community's condition "perspectives" (q01, q02) rests on q02 alone: 3 B, mean 2.
    let community = groups.iter().find(|g| g["code"] == "community").unwrap();
    let perspectives = community["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "perspectives")
        .unwrap();
    assert_eq!(perspectives["n"], 3);
    assert_eq!(perspectives["no_answer"], 0);
    assert_eq!(perspectives["mean"], 2.0);
    // The whole group's q01 is still shown: 1 C, 4 A, 2 no answer.
    let q01 = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "q01")
        .unwrap();
    assert_eq!(q01["counts"], serde_json::json!({"A": 4, "B": 0, "C": 1}));
    // Every format says so.
    for format in ["table", "markdown", "csv", "html"] {
        let out = partnereval(["report", d, "--by", "sector", "--format", format]).expect_status(0);
        if format == "csv" {
            assert!(
                !out.stdout
                    .lines()
                    .any(|l| l.contains(",community,") && l.contains(",q01,")),
                "{}",
                out.stdout
            );
        } else {
            assert!(out.stdout.contains("left out of this group"), "{format}");
        }
    }
}

#[test]
fn nothing_in_a_responses_folder_is_skipped_without_a_word() {
    let (tmp, dir) = evaluation();
    let d = dir.to_str().unwrap();
    for _ in 0..3 {
        take(&dir, &answers("sector = \"community\"", "A"));
    }
    let outside = tmp.path().join("outside.json");
    let one = all_files(&dir.join("responses"))[0].clone();
    std::fs::copy(&one, &outside).unwrap();
    let responses = dir.join("responses");
    symlink("loop.json", &responses.join("loop.json"));
    symlink("nowhere.json", &responses.join("dangling.json"));
    symlink(&outside, &responses.join("outside.json"));
    mkfifo(&responses.join("fifo.json"));
    std::fs::create_dir(responses.join("x.json")).unwrap();
    std::fs::write(responses.join("notes.txt"), "minutes").unwrap();
    let out = bounded(tmp.path(), &["report", d, "--format", "json"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        r["respondents"], 3,
        "the link out of the folder is not counted"
    );
    let skipped: Vec<&str> = r["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["file"].as_str().unwrap())
        .collect();
    for name in [
        "loop.json",
        "dangling.json",
        "outside.json",
        "fifo.json",
        "x.json",
        "notes.txt",
    ] {
        assert!(
            skipped.iter().any(|s| s.ends_with(name)),
            "{name}: {skipped:?}"
        );
        assert!(
            out.stderr
                .lines()
                .any(|l| l.contains(name) && l.contains("not read")),
            "{name}: {}",
            out.stderr
        );
    }
}

#[test]
fn response_ids_and_dates_are_checked() {
    let (_tmp, dir) = evaluation();
    let good = take(&dir, &answers("sector = \"community\"", "A"));
    let text = std::fs::read_to_string(&good).unwrap();
    let id = good.file_stem().unwrap().to_str().unwrap().to_owned();
    let long = "a".repeat(100_000);
    let cases = [
        ("empty.json", text.replace(&id, "")),
        ("long.json", text.replace(&id, &long)),
        ("path.json", text.replace(&id, "../../etc/passwd")),
        (
            "future.json",
            text.replacen(
                "\"submitted\": \"",
                "\"submitted\": \"9999-12-31\", \"x\": \"",
                1,
            ),
        ),
    ];
    std::fs::remove_file(&good).unwrap();
    for (name, bad) in cases {
        let path = dir.join("responses").join(name);
        // The future date is written by editing the field itself.
        let bad = if name == "future.json" {
            let mut v: Value = serde_json::from_str(&text).unwrap();
            v["submitted"] = Value::from("9999-12-31");
            v.to_string()
        } else {
            bad
        };
        std::fs::write(&path, bad).unwrap();
        let out = partnereval(["report", dir.to_str().unwrap()]).expect_status(1);
        let wanted = if name == "future.json" {
            "is a day in the future"
        } else {
            "is not a response id"
        };
        assert!(out.stderr.contains(wanted), "{name}: {}", out.stderr);
        assert!(out.stderr.len() < 2000, "a long id is not printed whole");
        std::fs::remove_file(&path).unwrap();
    }
}

#[test]
fn temporary_files_left_by_a_killed_write_are_removed() {
    let (_tmp, dir) = evaluation();
    let responses = dir.join("responses");
    let drafts = responses.join(".drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let old = std::time::SystemTime::now() - Duration::from_secs(3600);
    let mut stale = Vec::new();
    for folder in [&responses, &drafts] {
        let path = folder.join(".tmp-a1b2c3.partial");
        let f = std::fs::File::create(&path).unwrap();
        f.set_modified(old).unwrap();
        stale.push(path);
    }
    // A write in progress (a fresh file) is left alone.
    let fresh = responses.join(".tmp-inprogress.partial");
    std::fs::write(&fresh, "{").unwrap();
    // Dated by this process's clock, as the stale ones are: under faketime the file system
    // would otherwise date it by the real one.
    std::fs::File::options()
        .write(true)
        .open(&fresh)
        .unwrap()
        .set_modified(std::time::SystemTime::now())
        .unwrap();
    partnereval(["report", dir.to_str().unwrap()]).expect_status(0);
    for path in &stale {
        assert!(!path.exists(), "{} is left behind", path.display());
    }
    assert!(fresh.exists());
}

#[test]
fn end_of_input_keeps_the_draft_and_says_how_to_resume() {
    let (_tmp, dir) = evaluation();
    let d = dir.to_str().unwrap();
    // Start, two prerequisites, three profile questions, q01: then the input ends.
    let out = partnereval(["take", d, "--plain", "--lang", "en"])
        .stdin("1\n1\n1\n1\n1\n1\n1\n")
        .expect_status(130);
    assert!(out.stderr.contains("The input ended"), "{}", out.stderr);
    assert!(!out.stderr.contains("nothing was saved"), "{}", out.stderr);
    let id = out
        .stderr
        .split("--resume ")
        .nth(1)
        .unwrap()
        .trim()
        .to_owned();
    // Resumed, then ended at once: the draft is still there and said to be.
    let out = partnereval(["take", d, "--plain", "--resume", &id])
        .stdin("")
        .expect_status(130);
    assert!(
        out.stderr.contains(&format!("--resume {id}")),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("nothing was saved"), "{}", out.stderr);
    assert!(dir.join(format!("responses/.drafts/{id}.json")).exists());
}

#[test]
fn links_in_place_of_the_evaluation_folders_are_refused() {
    for folder in ["responses", "responses/.drafts"] {
        let (tmp, dir) = evaluation();
        let d = dir.to_str().unwrap();
        let elsewhere = tmp.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).unwrap();
        let path = dir.join(folder);
        if path.exists() {
            std::fs::remove_dir_all(&path).unwrap();
        }
        symlink(&elsewhere, &path);
        let out = partnereval(["take", d, "--answers", "-"])
            .stdin(answers("", "A"))
            .expect_status(1);
        assert!(
            out.stderr.contains("is a symbolic link, not a folder"),
            "{}",
            out.stderr
        );
        partnereval(["report", d]).expect_status(1);
        assert_eq!(
            std::fs::read_dir(&elsewhere).unwrap().count(),
            0,
            "{folder}"
        );
    }
}

#[test]
fn an_item_answered_by_fewer_than_the_minimum_is_shown_nowhere() {
    // 3 municipality, 3 education; one municipality member answers q01, five say no answer.
    let (_tmp, dir) = evaluation();
    let d = dir.to_str().unwrap();
    take(&dir, &answers("sector = \"municipality\"", "C"));
    for _ in 0..2 {
        take(&dir, &answers("sector = \"municipality\"", "no-answer"));
    }
    for _ in 0..3 {
        take(&dir, &answers("sector = \"education\"", "no-answer"));
    }
    let collective = format!(
        "mode = \"collective\"\n{}",
        answers("", "A").replace("[profile]\n\n", "")
    );
    take(&dir, &collective);
    for by in [None, Some("sector")] {
        let mut args = vec!["report", d, "--format", "json"];
        if let Some(field) = by {
            args.extend(["--by", field]);
        }
        let out = partnereval(&args).expect_status(0);
        let r: Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(r["withheld_items"], serde_json::json!(["q01"]));
        assert!(
            r["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["id"] != "q01")
        );
        assert!(
            r["to_discuss"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["item"] != "q01")
        );
        let c = &r["collective"][0]["items"];
        let q01 = c
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == "q01")
            .unwrap();
        assert_eq!(q01["majority"], serde_json::json!([]), "{q01}");
        assert_eq!(q01["differs"], false);
        // "perspectives" (q01, q02) is over q02 alone: 6 B.
        let dims = r["dimensions"].as_array().unwrap();
        let p = dims.iter().find(|x| x["id"] == "perspectives").unwrap();
        assert_eq!(
            (p["n"].clone(), p["no_answer"].clone()),
            (6.into(), 0.into())
        );
        if by.is_some() {
            for g in r["groups"]["groups"].as_array().unwrap() {
                assert!(
                    g["items"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .all(|i| i["id"] != "q01"),
                    "{g}"
                );
            }
        }
    }
    for format in ["table", "markdown", "html"] {
        let out = partnereval(["report", d, "--format", format]).expect_status(0);
        assert!(out.stdout.contains("q01: not shown"), "{format}");
    }
    let csv = partnereval(["report", d, "--format", "csv"]).expect_status(0);
    assert!(!csv.stdout.contains(",q01,"), "{}", csv.stdout);
}

#[test]
fn two_breakdowns_cannot_be_subtracted_item_by_item_either() {
    // Every crossing has 0 or 3 respondents, but in education × decision only one answered
    // q01: decision minus municipality would be that answer.
    let (_tmp, dir) = evaluation();
    let d = dir.to_str().unwrap();
    for _ in 0..3 {
        take(
            &dir,
            &answers("sector = \"municipality\"\nrole = \"decision\"", "A"),
        );
        take(
            &dir,
            &answers("sector = \"education\"\nrole = \"practitioner\"", "B"),
        );
    }
    take(
        &dir,
        &answers("sector = \"education\"\nrole = \"decision\"", "C"),
    );
    for _ in 0..2 {
        take(
            &dir,
            &answers("sector = \"education\"\nrole = \"decision\"", "no-answer"),
        );
    }
    set_report_by(&dir, "[\"sector\", \"role\"]");
    for by in ["sector", "role"] {
        let out = partnereval(["report", d, "--by", by, "--format", "json"]).expect_status(0);
        let r: Value = serde_json::from_str(&out.stdout).unwrap();
        for g in r["groups"]["groups"].as_array().unwrap() {
            assert!(
                g["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|i| i["id"] != "q01"),
                "--by {by}: {g}"
            );
            assert!(
                g["withheld_items"]
                    .as_array()
                    .unwrap()
                    .contains(&"q01".into())
            );
            // Other items are still shown by group.
            assert!(
                g["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|i| i["id"] == "q02")
            );
        }
    }
}

#[test]
fn a_bundle_of_garbage_is_not_read_to_its_end() {
    // 300,000 lines that are not responses: reading stops after 100,000 with a word, and
    // memory stays small (each reason is not kept for ever).
    let (tmp, dir) = evaluation();
    let d = dir.to_str().unwrap();
    for _ in 0..3 {
        take(&dir, &answers("sector = \"community\"", "A"));
    }
    std::fs::write(dir.join("responses/bad.ndjson"), "x\n".repeat(300_000)).unwrap();
    let out = bounded(
        tmp.path(),
        &["report", d, "--skip-invalid", "--format", "json"],
    );
    assert_eq!(
        out.status,
        0,
        "{}",
        &out.stderr[..out.stderr.len().min(500)]
    );
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(r["respondents"], 3);
    let skipped = r["skipped"].as_array().unwrap();
    assert!(skipped.len() <= 100_001, "{}", skipped.len());
    assert!(skipped.iter().any(|s| {
        s["reason"]
            .as_str()
            .unwrap()
            .contains("it is not read from this line on")
    }),);
    // export leaves out what was not read, and says what it skipped.
    let out = bounded(tmp.path(), &["export", d, "--skip-invalid"]);
    assert_eq!(out.status, 0);
    assert_eq!(out.stdout.lines().count(), 3);
}

#[test]
fn a_link_put_in_place_of_responses_during_a_survey_stops_the_writes() {
    use std::io::Write;
    let (tmp, dir) = evaluation();
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_partnereval"))
        .args(["take", dir.to_str().unwrap(), "--plain", "--lang", "en"])
        .env_remove("LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Start, two prerequisites, three profile questions: the draft is saved by now.
    stdin.write_all(b"1\n1\n1\n1\n1\n1\n").unwrap();
    stdin.flush().unwrap();
    let drafts = dir.join("responses/.drafts");
    let started = Instant::now();
    while std::fs::read_dir(&drafts).map_or(0, |d| d.count()) == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no draft was saved"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::fs::rename(dir.join("responses"), tmp.path().join("moved")).unwrap();
    symlink(&elsewhere, &dir.join("responses"));
    // The rest of the survey: every item A, then submit.
    for _ in 0..18 {
        let _ = stdin.write_all(b"1\n");
    }
    let _ = stdin.write_all(b"\n1\n");
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{stderr}");
    // Said by the check before the write, or by the write itself if the link came between.
    assert!(
        stderr.contains("not a folder of the evaluation"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
}

#[test]
fn init_writes_nothing_into_a_folder_it_cannot_use() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    std::fs::create_dir(&dir).unwrap();
    symlink(tmp.path(), &dir.join("responses"));
    let out = partnereval(["init", dir.to_str().unwrap(), "-q", "action-in-partnership"])
        .expect_status(2);
    assert!(out.stderr.contains("nothing was written"), "{}", out.stderr);
    assert!(!dir.join("evaluation.toml").exists());
    assert!(!dir.join("questionnaire.toml").exists());
}

#[test]
fn special_files_in_place_of_settings_or_questionnaires_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    std::fs::create_dir(&dir).unwrap();
    mkfifo(&dir.join("evaluation.toml"));
    let out = bounded(tmp.path(), &["report", "eval"]);
    assert_eq!(out.status, 2);
    assert!(
        out.stderr.contains("evaluation.toml: it is a named pipe"),
        "{}",
        out.stderr
    );
    std::fs::create_dir(tmp.path().join("questionnaires")).unwrap();
    mkfifo(&tmp.path().join("questionnaires/mine.toml"));
    let out = bounded(tmp.path(), &["show", "mine"]);
    assert_eq!(out.status, 2);
    assert!(
        out.stderr.contains("mine.toml: it is a named pipe"),
        "{}",
        out.stderr
    );
}

#[test]
fn thousands_of_rounds_are_refused_quickly() {
    let (tmp, dir) = evaluation();
    let path = dir.join("evaluation.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    for k in 0..12_000 {
        text.push_str(&format!(
            "\n[[rounds]]\nid = \"r{k}\"\nname = \"n{k}\"\nstarted = \"2026-01-01\"\n"
        ));
    }
    std::fs::write(&path, text).unwrap();
    let out = bounded(tmp.path(), &["round", "list", "eval"]);
    assert_eq!(out.status, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("12000 rounds; an evaluation has at most 1000"),
        "{}",
        &out.stderr[..out.stderr.len().min(400)]
    );
}
