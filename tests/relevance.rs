//! Relevance rules (`show_if`) and exclusive options end to end: answers files refused and
//! accepted, and reports counting those not asked apart from "no answer".

mod common;

use common::{partnereval, root};

/// The check-in: `lead` is asked if `role = yes`; `training` if `benefits includes
/// training and (hours >= 5 or profile.sector = health)`; `benefits` has an exclusive
/// `none`.
fn check_in() -> String {
    root()
        .join("tests/fixtures/relevance/check-in.toml")
        .to_str()
        .unwrap()
        .to_owned()
}

/// Submits `answers` (TOML) into `out`; returns the run.
fn take(out: &std::path::Path, answers: &str) -> common::Output {
    partnereval([
        "take",
        &check_in(),
        "--out",
        out.to_str().unwrap(),
        "--answers",
        "-",
    ])
    .stdin(answers)
    .output()
}

fn files(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).unwrap().count()
}

#[test]
fn an_answer_to_an_item_not_asked_is_refused_saying_which_rule() {
    let tmp = tempfile::tempdir().unwrap();
    let out = take(
        tmp.path(),
        "[answers]\nrole = \"no\"\nlead = \"A\"\nbenefits = [\"contacts\"]\ntraining = \"A\"\n[comments]\nlead = \"Fine.\"\n",
    );
    assert_eq!(out.status, 1, "{}", out.stderr);
    for line in [
        "<stdin>:3:1: error: answers.lead: this item is asked only if `role = yes`, which the other answers do not meet: leave it out",
        "<stdin>:5:1: error: answers.training: this item is asked only if `benefits includes training and (hours >= 5 or profile.sector = health)`, which the other answers do not meet: leave it out",
        "<stdin>:7:1: error: comments.lead: this item is asked only if `role = yes`",
        "<stdin>: 3 problems; nothing was written",
    ] {
        assert!(
            out.stderr.contains(line),
            "missing {line:?} in\n{}",
            out.stderr
        );
    }
    assert_eq!(files(tmp.path()), 0);
    // In French too.
    let out = partnereval([
        "take",
        &check_in(),
        "--out",
        tmp.path().to_str().unwrap(),
        "--answers",
        "-",
        "--lang",
        "fr",
    ])
    .stdin("[answers]\nrole = \"no\"\nlead = \"A\"\nbenefits = [\"none\"]\n")
    .env("LANG", "fr_CA.UTF-8")
    .output();
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains(
            "answers.lead\u{a0}: cet énoncé n’est posé que si `role = yes`, ce que les autres réponses ne remplissent pas\u{a0}: retirez-le"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn a_required_item_not_asked_is_not_required_and_one_asked_is() {
    let tmp = tempfile::tempdir().unwrap();
    // `lead` and `training` are required, but not asked: accepted without them.
    let out = take(
        tmp.path(),
        "[answers]\nrole = \"no\"\nbenefits = [\"training\"]\nhours = 2\n",
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
    // Asked (role = yes; training with 5 hours or more, or a health sector): required.
    let out = take(
        tmp.path(),
        "[answers]\nrole = \"yes\"\nbenefits = [\"training\"]\nhours = 5\n",
    );
    assert_eq!(out.status, 1);
    assert!(
        out.stderr
            .contains("answers.lead: required item has no answer"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("answers.training: required item has no answer"),
        "{}",
        out.stderr
    );
    let out = take(
        tmp.path(),
        "[profile]\nsector = \"health\"\n[answers]\nrole = \"no\"\nbenefits = [\"training\"]\n",
    );
    assert!(
        out.stderr
            .contains("answers.training: required item has no answer"),
        "the profile field counts: {}",
        out.stderr
    );
    // "No answer" to `role` meets no rule: `lead` is not asked.
    let out = take(
        tmp.path(),
        "[answers]\nrole = \"no-answer\"\nbenefits = [\"none\"]\n",
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(files(tmp.path()), 2);
}

#[test]
fn an_exclusive_option_is_ticked_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let out = take(
        tmp.path(),
        "[answers]\nrole = \"no\"\nbenefits = [\"contacts\", \"none\"]\n",
    );
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains(
            "<stdin>:3:1: error: answers.benefits: `none` is ticked alone or not at all: untick the other options, or `none`"
        ),
        "{}",
        out.stderr
    );
    let out = take(
        tmp.path(),
        "[answers]\nrole = \"no\"\nbenefits = [\"none\"]\n",
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
}

/// Eight respondents, worked by hand:
///
/// | # | sector | role      | lead      | benefits           | hours | training  |
/// |---|--------|-----------|-----------|--------------------|-------|-----------|
/// | 1 |        | yes       | A         | training           | 10    | A         |
/// | 2 |        | yes       | B         | training           | 6     | C         |
/// | 3 | health | yes       | no answer | contacts           | 3     | (not asked) |
/// | 4 |        | yes       | C         | training, contacts | 8     | no answer |
/// | 5 |        | no        | (not asked) | none             | 0     | (not asked) |
/// | 6 |        | no        | (not asked) | training         | 12    | A         |
/// | 7 |        | no answer | (not asked) | none             |       | (not asked) |
/// | 8 | health | no        | (not asked) | training         | 1     | A         |
///
/// role: yes 4, no 3, no answer 1, not applicable 0, n 7.
/// lead: A 1, B 1, C 1, no answer 1, not applicable 4 (5–8), n 3.
/// training: A 3, C 1, no answer 1, not applicable 3 (3, 5, 7), n 4: A 75%.
const RESPONDENTS: [&str; 8] = [
    "[answers]\nrole = \"yes\"\nlead = \"A\"\nbenefits = [\"training\"]\nhours = 10\ntraining = \"A\"\n",
    "[answers]\nrole = \"yes\"\nlead = \"B\"\nbenefits = [\"training\"]\nhours = 6\ntraining = \"C\"\n",
    "[profile]\nsector = \"health\"\n[answers]\nrole = \"yes\"\nlead = \"no-answer\"\nbenefits = [\"contacts\"]\nhours = 3\n",
    "[answers]\nrole = \"yes\"\nlead = \"C\"\nbenefits = [\"training\", \"contacts\"]\nhours = 8\ntraining = \"no-answer\"\n",
    "[answers]\nrole = \"no\"\nbenefits = [\"none\"]\nhours = 0\n",
    "[answers]\nrole = \"no\"\nbenefits = [\"training\"]\nhours = 12\ntraining = \"A\"\n",
    "[answers]\nrole = \"no-answer\"\nbenefits = [\"none\"]\n",
    "[profile]\nsector = \"health\"\n[answers]\nrole = \"no\"\nbenefits = [\"training\"]\nhours = 1\ntraining = \"A\"\n",
];

#[test]
fn reports_count_those_not_asked_apart_from_no_answer() {
    let tmp = tempfile::tempdir().unwrap();
    for answers in RESPONDENTS {
        let out = take(tmp.path(), answers);
        assert_eq!(out.status, 0, "{answers}\n{}", out.stderr);
    }
    let dir = tmp.path().to_str().unwrap();
    let report = |format: &str| {
        partnereval(["report", &check_in(), dir, "--format", format]).expect_status(0)
    };
    let json: serde_json::Value = serde_json::from_str(&report("json").stdout).unwrap();
    assert_eq!(json["respondents"], 8);
    let item = |id: &str| {
        json["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap_or_else(|| panic!("no item {id} in {json}"))
            .clone()
    };
    let role = item("role");
    assert_eq!(
        (&role["n"], &role["no_answer"], role.get("not_applicable")),
        (&7.into(), &1.into(), None),
        "0 not applicable is left out of the JSON"
    );
    let lead = item("lead");
    assert_eq!(lead["counts"], serde_json::json!({"A": 1, "B": 1, "C": 1}));
    assert_eq!(
        (&lead["n"], &lead["no_answer"], &lead["not_applicable"]),
        (&3.into(), &1.into(), &4.into())
    );
    let training = item("training");
    assert_eq!(
        training["counts"],
        serde_json::json!({"A": 3, "B": 0, "C": 1})
    );
    assert_eq!(
        (
            &training["n"],
            &training["no_answer"],
            &training["not_applicable"]
        ),
        (&4.into(), &1.into(), &3.into())
    );
    // Percentages are of the valid answers only.
    assert_eq!(training["percent"]["A"], 75.0);
    // CSV: a column of its own, on every row of the item.
    let csv = report("csv").stdout;
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (id, option, no_answer, not_applicable) = (
        column("id"),
        column("option"),
        column("no_answer"),
        column("not_applicable"),
    );
    let row = |item: &str, code: &str| -> Vec<String> {
        csv.lines()
            .map(|l| l.split(',').map(str::to_owned).collect::<Vec<_>>())
            .find(|r| r[id] == item && r[option] == code && r[column("group")] == "all")
            .unwrap_or_else(|| panic!("no row {item} {code} in\n{csv}"))
    };
    assert_eq!(row("lead", "A")[not_applicable], "4");
    assert_eq!(row("lead", "no-answer")[no_answer], "1");
    assert_eq!(row("training", "C")[not_applicable], "3");
    assert_eq!(row("role", "yes")[not_applicable], "0");
    assert_eq!(
        row("support", "A")[not_applicable],
        "",
        "not for conditions"
    );
    // The table for a terminal: a column beside "no answer".
    let table = report("table").stdout;
    let lines: Vec<&str> = table.lines().collect();
    let head = lines
        .iter()
        .position(|l| l.trim_start().starts_with("item ") && l.contains("n/a"))
        .unwrap_or_else(|| panic!("no items table with a n/a column in\n{table}"));
    let row = |name: &str| -> Vec<&str> {
        lines[head..]
            .iter()
            .find(|l| l.trim_start().starts_with(name))
            .unwrap_or_else(|| panic!("no {name} row in\n{table}"))
            .split_whitespace()
            .collect()
    };
    // No answer, n/a, n and the mean, side by side.
    for (name, figures) in [
        ("lead ", ["1", "4", "3", "2.00"]),
        ("training ", ["1", "3", "4", "2.50"]),
        ("role ", ["1", "0", "7", "–"]),
    ] {
        let cells = row(name);
        assert!(
            cells.windows(4).any(|w| w == figures),
            "{name}: {figures:?} not in {cells:?}"
        );
    }
    // Markdown: the same column; HTML: the column, and the count in the item's figures.
    let markdown = report("markdown").stdout;
    assert!(
        markdown.contains("| lead Support for leads | A 33% · B 33% · C 33% | 1 | 4 | 3 |"),
        "{markdown}"
    );
    let html = report("html").stdout;
    assert!(html.contains("no ans.: 1 · n/a: 4"), "{html}");
}
