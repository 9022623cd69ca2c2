//! `take`'s drafts without a terminal (`--plain`): resumed by default, labelled so that a
//! person recognises theirs, kept apart by mode, finished into their round; in English and
//! French.

mod common;

use std::path::{Path, PathBuf};

use common::partnereval;
use serde_json::Value;

fn new_evaluation(lang: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    partnereval([
        "init",
        dir.to_str().unwrap(),
        "-q",
        "action-in-partnership",
        "--lang",
        lang,
    ])
    .expect_status(0);
    (tmp, dir)
}

/// What was written, its lines joined and its spaces (no-break ones too) made one.
fn said(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The id in the command that resumes, from what `take` said when the input ended.
fn resume_id(stderr: &str) -> String {
    stderr
        .split("--resume ")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// Starts an individual survey, skips the profile, answers q01 A and q02 B, then the input
/// ends: the draft's id.
fn individual_draft(dir: &Path, lang: &str) -> String {
    let out = partnereval(["take", dir.to_str().unwrap(), "--plain", "--lang", lang])
        .stdin("1\n1\n1\n8\n6\n4\n1\n2\n")
        .expect_status(130);
    resume_id(&out.stderr)
}

/// Starts a collective survey, answers q01 C, then the input ends: the draft's id.
fn collective_draft(dir: &Path, lang: &str) -> String {
    let out = partnereval([
        "take",
        dir.to_str().unwrap(),
        "--plain",
        "--lang",
        lang,
        "--collective",
    ])
    .stdin("1\n1\n1\nC\n")
    .expect_status(130);
    resume_id(&out.stderr)
}

/// The rest of an individual survey resumed at q03: C everywhere, no closing comment,
/// submit.
fn rest_of_survey() -> String {
    let mut lines: Vec<&str> = std::iter::repeat_n("c", 16).collect();
    lines.extend(["", "1"]);
    lines.join("\n") + "\n"
}

#[test]
fn the_most_recent_draft_is_resumed_by_default_and_modes_are_kept_apart() {
    let (_tmp, dir) = new_evaluation("en");
    let d = dir.to_str().unwrap();
    let mine = individual_draft(&dir, "en");
    let group = collective_draft(&dir, "en");

    // Individual mode offers the individual draft only, labelled, and chosen by Enter.
    let out = partnereval(["take", d, "--plain", "--lang", "en"]).output();
    let text = said(&out.stderr);
    for expected in [
        "1 collective draft is not offered here: take --collective offers it.",
        "An unfinished response was found.",
        "1) Resume: 2 of 18 answered, last: 2. Voice of the people most affected, started ",
        ", saved ",
        "2) Start a new response",
        "Type a number and press Enter. Enter alone: 1.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // Collective mode the other way round.
    let out = partnereval(["take", d, "--plain", "--lang", "en", "--collective"]).output();
    let text = said(&out.stderr);
    for expected in [
        "1 individual draft is not offered here: take without --collective offers it.",
        "1) Resume: 1 of 18 answered, last: 1. Partners around the table, started ",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // Enter alone resumes; the response keeps the draft's id.
    let out = partnereval(["take", d, "--plain", "--lang", "en"])
        .stdin(format!("\n{}", rest_of_survey()))
        .expect_status(0);
    let r: Value =
        serde_json::from_str(&std::fs::read_to_string(out.stdout.trim()).unwrap()).unwrap();
    assert_eq!(r["id"], mine.as_str());
    assert_eq!(r["answers"]["q02"], "B");
    assert_eq!(r["answers"]["q18"], "C");
    // The group's draft waits for the group, and answers no personal question.
    assert!(dir.join(format!("responses/.drafts/{group}.json")).exists());
    let mut lines: Vec<&str> = vec![""];
    lines.extend(std::iter::repeat_n("a", 17));
    lines.extend(["", "1"]);
    let out = partnereval(["take", d, "--plain", "--lang", "en", "--collective"])
        .stdin(lines.join("\n") + "\n")
        .expect_status(0);
    assert!(!out.stderr.contains("About you"), "{}", out.stderr);
    assert!(
        said(&out.stderr).contains("The group's answer: agree on one option together."),
        "{}",
        out.stderr
    );
    let r: Value =
        serde_json::from_str(&std::fs::read_to_string(out.stdout.trim()).unwrap()).unwrap();
    assert_eq!(r["id"], group.as_str());
    assert_eq!(r["mode"], "collective");
    assert_eq!(r["answers"]["q01"], "C");
    assert!(
        r.get("profile").is_none_or(|p| p == &serde_json::json!({})),
        "{r}"
    );
}

#[test]
fn drafts_of_an_earlier_round_are_still_finished_into_it() {
    let (_tmp, dir) = new_evaluation("en");
    let d = dir.to_str().unwrap();
    let older = individual_draft(&dir, "en");
    // A second later, so that the newer draft is the most recently saved.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    // "2": a new response, not the draft offered.
    let out = partnereval(["take", d, "--plain", "--lang", "en"])
        .stdin("2\n1\n1\n1\n8\n6\n4\n1\n2\n")
        .expect_status(130);
    let newer = resume_id(&out.stderr);
    assert_ne!(newer, older);
    let out = partnereval(["round", "new", d, "Spring"]).expect_status(0);
    assert!(
        said(&out.stdout).contains(
            "2 unfinished drafts stay in round \"Round 1\" and will be submitted into it, not into the new round: `take` still offers them, named with their round."
        ),
        "{}",
        out.stdout
    );
    let out = partnereval(["take", d, "--plain", "--lang", "en"])
        .stdin(format!("\n{}", rest_of_survey()))
        .expect_status(0);
    assert!(
        said(&out.stderr).contains("round \"Round 1\""),
        "{}",
        out.stderr
    );
    // Into the first round's folder, not the new round's.
    assert_eq!(
        PathBuf::from(out.stdout.trim()),
        dir.join(format!("responses/{newer}.json"))
    );
    assert!(!dir.join(format!("responses/.drafts/{newer}.json")).exists());
    // --resume finds a draft of an earlier round too, and finishes it there.
    let out = partnereval(["take", d, "--plain", "--resume", &older])
        .stdin(rest_of_survey())
        .expect_status(0);
    assert_eq!(
        PathBuf::from(out.stdout.trim()),
        dir.join(format!("responses/{older}.json"))
    );
    // A new draft goes into the new round.
    let id = individual_draft(&dir, "en");
    assert!(
        dir.join(format!("rounds/spring/.drafts/{id}.json"))
            .exists()
    );
}

#[test]
fn drafts_and_the_group_survey_speak_french() {
    let (_tmp, dir) = new_evaluation("fr");
    let d = dir.to_str().unwrap();
    individual_draft(&dir, "fr");
    collective_draft(&dir, "fr");
    let out = partnereval(["take", d, "--plain", "--lang", "fr"]).output();
    let text = said(&out.stderr);
    for expected in [
        "1 brouillon de réponse collective n’est pas proposé ici : take --collective le propose.",
        "1) Reprendre : 2 énoncés répondus sur 18, dernier : 2. Voix des personnes les plus touchées, commencé le ",
        ", enregistré le ",
        "Tapez un numéro et appuyez sur Entrée. Entrée seule : 1.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    for english in [
        "Resume", "answered", "started", "saved", "last:", "draft", "Enter",
    ] {
        assert!(!text.contains(english), "English {english:?} in\n{text}");
    }
    // The group's survey: the group's answer on every statement, letters accepted.
    let mut lines: Vec<&str> = vec![""];
    lines.extend(std::iter::repeat_n("b", 17));
    lines.extend(["", "3"]);
    let out = partnereval(["take", d, "--plain", "--lang", "fr", "--collective"])
        .stdin(lines.join("\n") + "\n")
        .expect_status(0);
    let text = said(&out.stderr);
    assert_eq!(
        text.matches("Réponse collective : entendez-vous sur un seul choix.")
            .count(),
        17,
        "{text}"
    );
    assert!(text.contains("Tapez un numéro ou une lettre (A/B/C) et appuyez sur Entrée."));
    assert!(text.contains("Revoyez la réponse collective"), "{text}");
    assert!(!text.contains("À propos de vous"), "{text}");
}

#[test]
fn take_round_finishes_the_drafts_of_that_round_only() {
    let (_tmp, dir) = new_evaluation("en");
    let d = dir.to_str().unwrap();
    let older = individual_draft(&dir, "en");
    // The command to finish them, with the round's name quoted for the shell.
    let out = partnereval([
        "round",
        "new",
        d,
        "Spring",
        "--first-name",
        "Autumn's round",
    ])
    .expect_status(0);
    let command = format!("partnereval take {d} --round 'Autumn'\\''s round'");
    assert!(
        out.stdout.contains(&format!(
            "`partnereval round list {d}` shows it. To finish that round's drafts only:\n  {command}\n"
        )),
        "{}",
        out.stdout
    );
    // "2": a new response in the new round, not the earlier round's draft offered.
    let out = partnereval(["take", d, "--plain", "--lang", "en"])
        .stdin("2\n1\n1\n1\n8\n6\n4\n1\n2\n")
        .expect_status(130);
    let newer = resume_id(&out.stderr);
    // The facilitator sees each round's drafts, and how to finish the earlier round's.
    let out = partnereval(["round", "list", d]).expect_status(0);
    let note = format!(
        "1 unfinished draft in round \"Autumn's round\", to be finished into it with:\n  {command}\n"
    );
    assert!(out.stdout.contains(&note), "{}", out.stdout);
    let listing: Value = serde_json::from_str(
        &partnereval(["round", "list", d, "--format", "json"])
            .expect_status(0)
            .stdout,
    )
    .unwrap();
    let drafts: Vec<&Value> = listing["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["drafts"])
        .collect();
    assert_eq!(drafts, [1, 1]);

    // --round offers that round's draft only (in any case), and submits it there.
    let out = partnereval([
        "take",
        d,
        "--round",
        "AUTUMN'S ROUND",
        "--plain",
        "--lang",
        "en",
    ])
    .stdin(format!("\n{}", rest_of_survey()))
    .expect_status(0);
    let text = said(&out.stderr);
    assert!(
        text.contains("1) Resume: 2 of 18 answered, last: 2. Voice of the people most affected"),
        "{text}"
    );
    assert!(!text.contains("2) Resume"), "{text}");
    assert_eq!(
        PathBuf::from(out.stdout.trim()),
        dir.join(format!("responses/{older}.json"))
    );
    assert!(
        dir.join(format!("rounds/spring/.drafts/{newer}.json"))
            .exists()
    );
    let out = partnereval(["round", "list", d]).expect_status(0);
    assert!(!out.stdout.contains("unfinished"), "{}", out.stdout);
    // A draft of another round is not found there; the current round's id is.
    let out = partnereval([
        "take", d, "--round", "round-1", "--plain", "--resume", &newer,
    ])
    .expect_status(2);
    assert!(out.stderr.contains(&newer), "{}", out.stderr);
    // Stopped in an earlier round, the command to resume names it.
    let out = partnereval(["take", d, "--round", "round-1", "--plain", "--lang", "en"])
        .stdin("1\n1\n1\n8\n6\n4\n1\n")
        .expect_status(130);
    assert!(
        said(&out.stderr).contains(&format!(
            "partnereval take {d} --round round-1 --plain --resume "
        )),
        "{}",
        out.stderr
    );
    let id = resume_id(&out.stderr);
    assert!(dir.join(format!("responses/.drafts/{id}.json")).exists());
    // A late paper form typed in goes into the round it was answered in.
    let mut answers = String::from("[answers]\n");
    for n in 1..=18 {
        answers.push_str(&format!("q{n:02} = \"A\"\n"));
    }
    let out = partnereval(["take", d, "--round", "round-1", "--answers", "-"])
        .stdin(answers)
        .expect_status(0);
    assert_eq!(
        PathBuf::from(out.stdout.trim()).parent().unwrap(),
        dir.join("responses")
    );

    // An unknown round is refused with the rounds there are; --round needs an evaluation.
    let out = partnereval(["take", d, "--round", "Winter", "--plain"]).expect_status(2);
    assert!(
        out.stderr.contains(
            "has no round `Winter`; its rounds are: Autumn's round (round-1), Spring (spring)"
        ),
        "{}",
        out.stderr
    );
    let out = partnereval([
        "take",
        "action-in-partnership",
        "--round",
        "Spring",
        "--plain",
    ])
    .expect_status(2);
    assert!(
        out.stderr
            .contains("--round applies to an evaluation folder"),
        "{}",
        out.stderr
    );
}

#[test]
fn round_new_says_in_french_what_becomes_of_the_drafts() {
    let (_tmp, dir) = new_evaluation("fr");
    let d = dir.to_str().unwrap();
    individual_draft(&dir, "fr");
    collective_draft(&dir, "fr");
    let out = partnereval(["round", "new", d, "Printemps 2027"])
        .env("LANG", "fr_CA.UTF-8")
        .expect_status(0);
    let text = said(&out.stdout);
    for expected in [
        "2 brouillons inachevés restent dans le tour « Tour 1 » et y seront soumis, pas dans le nouveau tour : `take` les propose encore, avec le nom de leur tour.",
        &format!("partnereval take {d} --round 'Tour 1'"),
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let out = partnereval(["round", "list", d])
        .env("LANG", "fr_CA.UTF-8")
        .expect_status(0);
    assert!(
        said(&out.stdout).contains(&format!(
            "2 brouillons inachevés dans le tour « Tour 1 », à terminer dans ce tour avec : partnereval take {d} --round 'Tour 1'"
        )),
        "{}",
        out.stdout
    );
}
