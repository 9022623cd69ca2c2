//! Rounds (`round new`, `round list`, `--round`) and `compare`, with every compared figure
//! checked against values worked out by hand.
//!
//! The fixture: the bundled self-evaluation; items q04–q18 are B for everyone, so only
//! q01–q03 move. Scores: A 3, B 2, C 1. Divergence: at least 25% of the valid answers at
//! each end. Default threshold: 15% of the range 1–3 = 0.3. With 4 and 5 respondents, every
//! change beyond the threshold is one chance alone could give (p ≥ 0.05: see
//! tests/compare_chance.rs for the test itself), so those trends are `within-chance`.

mod common;

use std::path::{Path, PathBuf};

use common::{by_id, close, partnereval};
use serde_json::{Value, json};

/// Round 1 ("2026 autumn"): (q01, q02, q03) for each of 4 respondents.
const ROUND_1: [[&str; 3]; 4] = [
    ["A", "A", "A"],
    ["B", "C", "A"],
    ["C", "C", "no-answer"],
    ["C", "B", "A"],
];

/// Round 2 ("2027 spring"): 5 respondents.
const ROUND_2: [[&str; 3]; 5] = [
    ["A", "C", "A"],
    ["A", "C", "C"],
    ["B", "C", "A"],
    ["A", "B", "C"],
    ["B", "no-answer", "A"],
];

fn answers(q: &[&str; 3]) -> String {
    let mut s = String::from("[profile]\nsector = \"community\"\n[answers]\n");
    for n in 1..=18 {
        let code = if n <= 3 { q[n - 1] } else { "B" };
        s.push_str(&format!("q{n:02} = \"{code}\"\n"));
    }
    s
}

fn take(dir: &Path, q: &[&str; 3]) {
    partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(answers(q))
        .expect_status(0);
}

/// A new evaluation of the bundled self-evaluation, with no response yet.
fn new_evaluation() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    partnereval(["init", dir.to_str().unwrap(), "-q", "action-in-partnership"]).expect_status(0);
    (tmp, dir)
}

/// An evaluation with both rounds answered; round 2 is current.
fn fixture() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    let d = dir.to_str().unwrap();
    partnereval(["init", d, "-q", "action-in-partnership", "--name", "Rounds"]).expect_status(0);
    for q in &ROUND_1 {
        take(&dir, q);
    }
    let out = partnereval([
        "round",
        "new",
        d,
        "2027 spring",
        "--first-name",
        "2026 autumn",
    ])
    .expect_status(0);
    assert!(
        out.stdout.contains("Started round \"2027 spring\""),
        "{}",
        out.stdout
    );
    for q in &ROUND_2 {
        take(&dir, q);
    }
    (tmp, dir)
}

fn json_of(args: &[&str]) -> Value {
    let out = partnereval(args).expect_status(0);
    serde_json::from_str(&out.stdout).unwrap()
}

#[test]
fn rounds_are_recorded_in_the_settings_and_take_writes_into_the_current_one() {
    let (_tmp, dir) = new_evaluation();
    let d = dir.to_str().unwrap();
    // A comment of the facilitator's must survive the edit.
    let settings = dir.join("evaluation.toml");
    let mut text = std::fs::read_to_string(&settings).unwrap();
    text.push_str("# Sectors agreed at the March meeting.\n");
    std::fs::write(&settings, &text).unwrap();
    take(&dir, &ROUND_1[0]);

    partnereval(["round", "new", d, "2027 spring"]).expect_status(0);
    let text = std::fs::read_to_string(&settings).unwrap();
    assert!(
        text.contains("# Sectors agreed at the March meeting."),
        "{text}"
    );
    assert!(text.contains("name = \"Round 1\""), "{text}");
    assert!(text.contains("id = \"2027-spring\""), "{text}");
    assert!(dir.join("rounds/2027-spring").is_dir());

    take(&dir, &ROUND_2[0]);
    take(&dir, &ROUND_2[1]);
    let json_files = |p: PathBuf| {
        std::fs::read_dir(p)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "json")
            })
            .count()
    };
    assert_eq!(json_files(dir.join("responses")), 1);
    assert_eq!(json_files(dir.join("rounds/2027-spring")), 2);

    let listing = json_of(&["round", "list", d, "--format", "json"]);
    // The output is the type its schema is generated from (`schema rounds`).
    serde_json::from_value::<partnereval::commands::round::RoundListing>(listing.clone()).unwrap();
    assert_eq!(listing["schema_version"], 1);
    let list = &listing["rounds"];
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["id"], "round-1");
    assert_eq!(list[0]["folder"], "responses");
    assert_eq!(list[0]["files"], 1);
    assert_eq!(list[0]["current"], false);
    assert_eq!(list[1]["name"], "2027 spring");
    assert_eq!(list[1]["folder"], "rounds/2027-spring");
    assert_eq!(list[1]["files"], 2);
    assert_eq!(list[1]["current"], true);

    // The same name twice is refused, and nothing changes.
    let out = partnereval(["round", "new", d, "2027 SPRING"]).expect_status(2);
    assert!(
        out.stderr.contains("already has a round called"),
        "{}",
        out.stderr
    );
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), text);
    // --first-name only applies when the second round starts.
    let out = partnereval(["round", "new", d, "2028", "--first-name", "x"]).expect_status(2);
    assert!(out.stderr.contains("--first-name"), "{}", out.stderr);
}

#[test]
fn a_single_round_evaluation_works_as_before() {
    let (_tmp, dir) = new_evaluation();
    let d = dir.to_str().unwrap();
    for q in &ROUND_1 {
        take(&dir, q);
    }
    let settings = std::fs::read_to_string(dir.join("evaluation.toml")).unwrap();
    assert!(!settings.contains("[[rounds]]"), "{settings}");
    let r = json_of(&["report", d, "--format", "json"]);
    assert_eq!(r["respondents"], 4);
    assert!(r.get("round").is_none(), "a single round is not named: {r}");
    let r = json_of(&["report", d, "--format", "json", "--round", "round-1"]);
    assert_eq!(r["respondents"], 4);
    let out = partnereval(["compare", d]).expect_status(2);
    assert!(
        out.stderr.contains("a single round so far"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("round new"), "{}", out.stderr);
}

#[test]
fn report_and_export_read_the_current_round_unless_told() {
    let (tmp, dir) = fixture();
    let d = dir.to_str().unwrap();
    let r = json_of(&["report", d, "--format", "json"]);
    assert_eq!(r["respondents"], 5);
    assert_eq!(r["round"], "2027 spring");
    let r = json_of(&["report", d, "--format", "json", "--round", "2026 Autumn"]);
    assert_eq!(r["respondents"], 4);
    assert_eq!(r["round"], "2026 autumn");
    let out = partnereval(["report", d, "--round", "2026 autumn"]).expect_status(0);
    assert!(
        out.stdout.contains("Rounds · 2026 autumn"),
        "{}",
        out.stdout
    );

    let out = partnereval(["report", d, "--round", "2025"]).expect_status(2);
    assert!(
        out.stderr.contains("no round `2025`")
            && out
                .stderr
                .contains("2026 autumn (round-1), 2027 spring (2027-spring)"),
        "{}",
        out.stderr
    );
    let out = partnereval(["export", d, "--round", "round-1"]).expect_status(0);
    assert_eq!(out.stdout.lines().count(), 4);
    let out = partnereval(["export", d]).expect_status(0);
    assert_eq!(out.stdout.lines().count(), 5);
    let out = partnereval(["report", "action-in-partnership", d, "--round", "x"]).expect_status(2);
    assert!(
        out.stderr
            .contains("--round applies to an evaluation folder"),
        "{}",
        out.stderr
    );
    // Output files may not land among a round's responses.
    let out =
        partnereval(["report", d, "-o", &format!("{d}/rounds/2027-spring/r.md")]).expect_status(2);
    assert!(
        out.stderr.contains("part of an evaluation folder"),
        "{}",
        out.stderr
    );
    drop(tmp);
}

#[test]
fn hostile_round_settings_are_refused_with_their_place() {
    let (tmp, dir) = new_evaluation();
    let d = dir.to_str().unwrap();
    let settings = dir.join("evaluation.toml");
    let text = std::fs::read_to_string(&settings).unwrap();
    std::fs::write(
        &settings,
        format!(
            "{text}\n[[rounds]]\nid = \"round-1\"\nname = \"One\"\nstarted = \"2026-01-01\"\n\n[[rounds]]\nid = \"../../outside\"\nname = \"one\"\nstarted = \"2026-06-01\"\n"
        ),
    )
    .unwrap();
    let out = partnereval(["report", d]).expect_status(1);
    assert!(out.stderr.contains("evaluation.toml"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("round id `../../outside` is not an identifier"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("round name `one` is used twice"),
        "{}",
        out.stderr
    );
    let out = partnereval(["take", d, "--answers", "-"])
        .stdin(answers(&ROUND_1[0]))
        .expect_status(1);
    assert!(out.stderr.contains("not an identifier"), "{}", out.stderr);
    assert!(!tmp.path().join("outside").exists());
}

#[test]
fn compare_figures_match_the_hand_computation() {
    let (_tmp, dir) = fixture();
    let c = json_of(&["compare", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(c["schema_version"], 2);
    assert_eq!(c["evaluation"], "Rounds");
    assert_eq!(c["from"]["label"], "2026 autumn");
    assert_eq!(c["from"]["respondents"], 4);
    assert_eq!(c["to"]["label"], "2027 spring");
    assert_eq!(c["to"]["respondents"], 5);
    close(&c["rules"]["threshold"], 0.3);
    assert!(
        c["rules"]["change"]
            .as_str()
            .unwrap()
            .contains("more than 0.30 points")
    );
    assert_eq!(
        c["options"],
        json!([{"code": "A", "score": 3.0}, {"code": "B", "score": 2.0}, {"code": "C", "score": 1.0}])
    );

    // q01: round 1 A B C C → A1 B1 C2, n 4, mean 7/4 = 1.75, 25/25/50%, divergent (A 25%
    // and C 50% both ≥ 25%). Round 2 A A B A B → A3 B2, n 5, mean 13/5 = 2.6, 60/40/0%,
    // not divergent (C 0%). Change 0.85 > 0.3, but p = 5/21 (30 of the C(9, 4) = 126
    // splits of the 9 answers are as extreme): within chance; A +35, B +15, C −50 points.
    let q01 = by_id(&c["items"], "q01");
    assert_eq!(q01["from"]["n"], 4);
    assert_eq!(q01["from"]["counts"], json!({"A": 1, "B": 1, "C": 2}));
    close(&q01["from"]["mean"], 1.75);
    assert_eq!(q01["to"]["n"], 5);
    close(&q01["to"]["mean"], 2.6);
    close(&q01["change"], 0.85);
    close(&q01["percent_change"]["A"], 35.0);
    close(&q01["percent_change"]["B"], 15.0);
    close(&q01["percent_change"]["C"], -50.0);
    assert_eq!(q01["trend"], "within-chance");
    close(&q01["p_value"], 5.0 / 21.0);
    assert_eq!(q01["test"], "exact");
    assert_eq!(q01["divergent_from"], true);
    assert_eq!(q01["divergent_to"], false);
    assert_eq!(q01["divergence"], "resolved");

    // q02: round 1 A C C B → mean 1.75, divergent. Round 2 C C C B no-answer → B1 C3, n 4,
    // no answer 1, mean 5/4 = 1.25, 0/25/75%, not divergent. Change −0.5, within chance;
    // A −25, B 0, C +25.
    let q02 = by_id(&c["items"], "q02");
    assert_eq!(q02["to"]["n"], 4);
    assert_eq!(q02["to"]["no_answer"], 1);
    close(&q02["to"]["mean"], 1.25);
    close(&q02["change"], -0.5);
    close(&q02["percent_change"]["A"], -25.0);
    close(&q02["percent_change"]["B"], 0.0);
    close(&q02["percent_change"]["C"], 25.0);
    assert_eq!(q02["trend"], "within-chance");
    assert_eq!(q02["divergence"], "resolved");

    // q03: round 1 A A no-answer A → A3, n 3, mean 3, not divergent. Round 2 A C A C A →
    // A3 C2, n 5, mean 11/5 = 2.2, 60/0/40%, divergent. Change −0.8, within chance; newly
    // divergent.
    let q03 = by_id(&c["items"], "q03");
    assert_eq!(q03["from"]["n"], 3);
    assert_eq!(q03["from"]["no_answer"], 1);
    close(&q03["from"]["mean"], 3.0);
    close(&q03["to"]["mean"], 2.2);
    close(&q03["change"], -0.8);
    close(&q03["percent_change"]["A"], -40.0);
    close(&q03["percent_change"]["C"], 40.0);
    assert_eq!(q03["trend"], "within-chance");
    assert_eq!(q03["divergence"], "appeared");

    // q04–q18: all B in both rounds: mean 2, change 0, steady.
    let q10 = by_id(&c["items"], "q10");
    close(&q10["change"], 0.0);
    assert_eq!(q10["trend"], "steady");
    assert_eq!(q10["divergence"], "none");
    assert_eq!(c["items"].as_array().unwrap().len(), 18);

    assert_eq!(c["improved"], json!([]));
    assert_eq!(c["declined"], json!([]));
    // Largest change first: q01 (+0.85), q03 (−0.8), then q02 (−0.5).
    assert_eq!(c["within_chance"], json!(["q01", "q03", "q02"]));

    // Range of perspectives (q01, q02): round 1 A2 B2 C4, n 8, mean 14/8 = 1.75; round 2
    // A3 B3 C3, n 9, no answer 1, mean 18/9 = 2. Change 0.25 ≤ 0.3: steady.
    let p = by_id(&c["dimensions"], "perspectives");
    assert_eq!(p["from"]["n"], 8);
    close(&p["from"]["mean"], 1.75);
    assert_eq!(p["to"]["n"], 9);
    assert_eq!(p["to"]["no_answer"], 1);
    close(&p["to"]["mean"], 2.0);
    close(&p["change"], 0.25);
    close(&p["percent_change"]["A"], 100.0 / 3.0 - 25.0);
    close(&p["percent_change"]["C"], 100.0 / 3.0 - 50.0);
    assert_eq!(p["trend"], "steady");
    assert_eq!(p["divergent_items_from"], 2);
    assert_eq!(p["divergent_items_to"], 0);
    // Early involvement (q03 only): 3 → 2.2, within chance.
    let e = by_id(&c["dimensions"], "early-involvement");
    close(&e["change"], -0.8);
    assert_eq!(e["trend"], "within-chance");
    // Overall: round 1 A5 B62 C4, n 71, mean 143/71; round 2 A6 B78 C5, n 89, mean 179/89;
    // change −18/6319, steady.
    let o = &c["overall"];
    assert_eq!(o["from"]["n"], 71);
    close(&o["from"]["mean"], 143.0 / 71.0);
    assert_eq!(o["to"]["n"], 89);
    close(&o["to"]["mean"], 179.0 / 89.0);
    close(&o["change"], -18.0 / 6319.0);
    assert_eq!(o["trend"], "steady");
}

#[test]
fn the_threshold_is_a_strict_bound_and_can_be_set() {
    let (_tmp, dir) = fixture();
    let d = dir.to_str().unwrap();
    // q01 changes by exactly 0.85 (2.6 − 1.75): not more than 0.85, so steady.
    let c = json_of(&["compare", d, "--format", "json", "--threshold", "0.85"]);
    assert_eq!(by_id(&c["items"], "q01")["trend"], "steady");
    assert_eq!(c["within_chance"], json!([]));
    // Beyond it, the change is tested against chance (within chance here).
    let c = json_of(&["compare", d, "--format", "json", "--threshold", "0.84"]);
    assert_eq!(by_id(&c["items"], "q01")["trend"], "within-chance");
    // q02 changes by −0.5: beyond a threshold of 0.49, steady at 0.5.
    let c = json_of(&["compare", d, "--format", "json", "--threshold", "0.5"]);
    assert_eq!(c["within_chance"], json!(["q01", "q03"]));
    let out = partnereval(["compare", d, "--threshold=-1"]).expect_status(2);
    assert!(out.stderr.contains("--threshold"), "{}", out.stderr);
}

#[test]
fn a_round_below_the_minimum_is_not_compared() {
    let (_tmp, dir) = fixture();
    let d = dir.to_str().unwrap();
    partnereval(["round", "new", d, "2027 autumn"]).expect_status(0);
    take(&dir, &ROUND_1[0]);
    take(&dir, &ROUND_1[1]);
    let c = json_of(&["compare", d, "--format", "json"]);
    assert_eq!(c["from"]["label"], "2027 spring");
    assert_eq!(c["to"]["respondents"], 2);
    assert!(
        c["withheld"]
            .as_str()
            .unwrap()
            .contains("2027 autumn has 2 individual responses, fewer than 3"),
        "{c}"
    );
    assert_eq!(c["items"], json!([]));
    assert_eq!(c["dimensions"], json!([]));
    assert_eq!(c["overall"], Value::Null);
    // Every format says so and shows no figure.
    for format in ["table", "markdown", "csv", "html"] {
        let out = partnereval(["compare", d, "--format", format]).expect_status(0);
        assert!(!out.stdout.contains("q01"), "{format}: {}", out.stdout);
    }
    // Raising the minimum withholds the 4- and 5-respondent rounds as well.
    let c = json_of(&[
        "compare",
        d,
        "--format",
        "json",
        "--from",
        "round-1",
        "--to",
        "2027 spring",
        "--min-group",
        "5",
    ]);
    assert!(
        c["withheld"]
            .as_str()
            .unwrap()
            .contains("2026 autumn has 4"),
        "{c}"
    );
    let out = partnereval(["compare", d, "--min-group", "2"]).expect_status(2);
    assert!(out.stderr.contains("only raise"), "{}", out.stderr);
}

#[test]
fn two_response_sets_compare_like_two_rounds() {
    let (tmp, dir) = fixture();
    let d = dir.to_str().unwrap();
    let old = tmp.path().join("old.ndjson");
    partnereval([
        "export",
        d,
        "--round",
        "round-1",
        "-o",
        old.to_str().unwrap(),
    ])
    .expect_status(0);
    let new = dir.join("rounds/2027-spring");
    let from_rounds = json_of(&["compare", d, "--format", "json"]);
    let from_sets = json_of(&[
        "compare",
        "action-in-partnership",
        "--from",
        old.to_str().unwrap(),
        "--to",
        new.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(from_sets["items"], from_rounds["items"]);
    assert_eq!(from_sets["dimensions"], from_rounds["dimensions"]);
    assert_eq!(from_sets["from"]["label"], old.to_str().unwrap());
    let out = partnereval([
        "compare",
        "action-in-partnership",
        "--from",
        old.to_str().unwrap(),
    ])
    .expect_status(2);
    assert!(
        out.stderr.contains("give both response sets"),
        "{}",
        out.stderr
    );
}

#[test]
fn compare_formats_say_the_same() {
    let (_tmp, dir) = fixture();
    let d = dir.to_str().unwrap();
    let table = partnereval(["compare", d]).expect_status(0).stdout;
    assert!(
        table.contains("From 2026 autumn (4 respondents) to 2027 spring (5 respondents)"),
        "{table}"
    );
    assert!(
        table.contains("Within chance (answering again could give these changes)"),
        "{table}"
    );
    assert!(table.contains("1.75 → 2.60 (+0.85)"), "{table}");
    let flat = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("3.00 → 2.20 (-0.80)"), "{table}");
    assert!(table.contains("newly divergent"), "{table}");
    assert!(table.contains("more than 0.30 points"), "{table}");
    let fr = partnereval(["compare", d, "--lang", "fr"])
        .expect_status(0)
        .stdout;
    assert!(
        fr.contains("De 2026 autumn (4 répondants) à 2027 spring (5 répondants)"),
        "{fr}"
    );
    assert!(fr.contains("Dans les marges du hasard"), "{fr}");
    assert!(fr.contains("plus de 0,30 point "), "{fr}");
    let md = partnereval(["compare", d, "--format", "markdown"])
        .expect_status(0)
        .stdout;
    assert!(
        // The evaluation under the title, as the report's Markdown has it.
        md.starts_with("# Self-evaluation of action in partnership\n\nRounds\n"),
        "{md}"
    );
    assert!(
        md.contains(
            "| q01 | 1.75\u{a0}(4) | 2.60\u{a0}(5) | +0.85 | +35 | +15 | -50 | within chance | ended |"
        ),
        "{md}"
    );
    let csv = partnereval(["compare", d, "--format", "csv"])
        .expect_status(0)
        .stdout;
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "questionnaire,from,to,scope,id,dimension,measure,option,from_value,to_value,change,trend,divergence,p_value"
    );
    assert!(
        csv.lines().any(|l| l
            .starts_with("action-in-partnership,2026 autumn,2027 spring,item,q02,perspectives,mean,,1.75,1.25,-0.5,within-chance,resolved,0.71428571428571")),
        "{csv}"
    );
    assert!(
        csv.lines().any(|l| l
            .starts_with("action-in-partnership,2026 autumn,2027 spring,item,q01,perspectives,percent,C,50,0,-50,within-chance,resolved,0.2380952380952")),
        "{csv}"
    );
    assert!(
        csv.lines().any(|l| l.starts_with(
            "action-in-partnership,2026 autumn,2027 spring,overall,overall,,n,,71,89,18,"
        )),
        "{csv}"
    );
}

#[test]
fn replacement_choices_and_round_names_are_checked() {
    let (_tmp, dir) = new_evaluation();
    let d = dir.to_str().unwrap();
    let settings = dir.join("evaluation.toml");
    let text = std::fs::read_to_string(&settings).unwrap();
    // A code with a quote would break the JSON of every response that picks it.
    std::fs::write(
        &settings,
        format!(
            "{text}\n[profile.sector]\nchoices = [{{ code = \"x\\\"\", label = \"X\" }}, {{ code = \"(pooled)\", label = \"P\" }}, {{ code = \"hc\", label = \"A\" }}, {{ code = \"hc\", label = \"B\" }}]\n"
        ),
    )
    .unwrap();
    let out = partnereval(["report", d]).expect_status(1);
    assert!(
        out.stderr
            .contains("choice code `x\"` is not an identifier"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("choice code `(pooled)` is not an identifier"),
        "{}",
        out.stderr
    );
    std::fs::write(
        &settings,
        format!("{text}\n[profile.sector]\nchoices = [{{ code = \"hc\", label = \"A\" }}, {{ code = \"hc\", label = \"B\" }}]\n"),
    )
    .unwrap();
    let out = partnereval(["report", d]).expect_status(1);
    assert!(
        out.stderr.contains("a choice code is used twice"),
        "{}",
        out.stderr
    );
    std::fs::write(&settings, &text).unwrap();

    // The drafts message names the previous round as it is now called.
    take(&dir, &ROUND_1[0]);
    let drafts = dir.join("responses/.drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let response = std::fs::read_dir(dir.join("responses"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .unwrap();
    let draft = serde_json::json!({
        "schema_version": 1,
        "draft_id": "d1",
        "started": "2026-01-01",
        "step": 3,
        "response": serde_json::from_slice::<Value>(&std::fs::read(&response).unwrap()).unwrap(),
    });
    std::fs::write(drafts.join("d1.json"), draft.to_string()).unwrap();
    let out =
        partnereval(["round", "new", d, "Spring", "--first-name", "Baseline"]).expect_status(0);
    assert!(
        out.stdout.contains(
            "1 unfinished draft stays in round \"Baseline\" and will be submitted into it"
        ),
        "{}",
        out.stdout
    );
    // A name that is another round's id would make --round ambiguous.
    let out = partnereval(["round", "new", d, "round-1"]).expect_status(2);
    assert!(
        out.stderr.contains("already has a round called"),
        "{}",
        out.stderr
    );
}
