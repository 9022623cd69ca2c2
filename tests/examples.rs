//! The three example evaluations of one's own questionnaires (issue #18), reported in every
//! format and both languages: every kind of answer on the page, and the figures worked out
//! by hand in each example's README.md.

mod common;

use std::path::PathBuf;

use common::{by_id, close, partnereval};
use serde_json::Value;

const EXAMPLES: [&str; 3] = ["collaboration-factors", "synergy", "check-in"];
const FORMATS: [&str; 5] = ["table", "markdown", "html", "json", "csv"];

fn example(name: &str) -> PathBuf {
    common::root().join("examples").join(name)
}

fn report(name: &str, format: &str, lang: &str) -> String {
    let dir = example(name);
    partnereval([
        "report",
        dir.to_str().unwrap(),
        "--format",
        format,
        "--lang",
        lang,
        "--color",
        "never",
    ])
    .expect_status(0)
    .stdout
}

fn json(name: &str) -> Value {
    serde_json::from_str(&report(name, "json", "en")).unwrap()
}

/// The value of `column` in the CSV row whose `scope`, `id` and `option` are those given.
fn csv_cell(csv: &str, scope: &str, id: &str, option: &str, column: &str) -> String {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = reader
        .records()
        .map(Result::unwrap)
        .find(|r| {
            r[at("group")] == *"all"
                && r[at("scope")] == *scope
                && r[at("id")] == *id
                && r[at("option")] == *option
        })
        .unwrap_or_else(|| panic!("no CSV row {scope} {id} {option}"));
    row[at(column)].to_owned()
}

#[test]
fn every_example_is_reported_in_every_format_and_both_languages() {
    for name in EXAMPLES {
        for format in FORMATS {
            for lang in ["en", "fr"] {
                let out = report(name, format, lang);
                assert!(!out.trim().is_empty(), "{name} {format} {lang}: empty");
                if format == "table" {
                    // At 80 columns (the tests' COLUMNS), no line is wider, and no option's
                    // share is cut from its name.
                    for line in out.lines() {
                        assert!(
                            line.chars().count() <= 80,
                            "{name} {lang}: a line over 80 columns:\n{line}"
                        );
                        let t = line.trim();
                        assert!(
                            !(t.starts_with('%') || t.starts_with("· ") || t == "·"),
                            "{name} {lang}: a line broken inside a figure:\n{out}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_check_in_puts_its_open_answers_on_the_page_in_every_format() {
    // The open question is the point of a check-in: its five answers, in every format but
    // the CSV (which holds figures only), in both languages.
    for format in ["table", "markdown", "html", "json"] {
        for lang in ["en", "fr"] {
            let out = report("check-in", format, lang);
            for answer in [
                "Who follows up on decisions between meetings?",
                "The budget for next year, before it is decided for us.",
                "How we welcome the new school board representative.",
            ] {
                assert!(
                    out.contains(answer),
                    "check-in {format} {lang}: missing {answer:?}"
                );
            }
        }
    }
    let r = json("check-in");
    let open = by_id(&r["open"], "next-topic");
    assert_eq!(open["answers"].as_array().unwrap().len(), 5);
    // progress: strongly agree 1, agree 3, neutral 1, disagree 1 → 22/6, median 4.
    let progress = by_id(&r["items"], "progress");
    assert_eq!(progress["n"], 6);
    close(&progress["mean"], 22.0 / 6.0);
    close(&progress["median"], 4.0);
    close(&progress["percent"]["agree"], 50.0);
    // confidence: 4, 5, 6, 7, 8 and one no answer → mean 6, median 6.
    let confidence = by_id(&r["items"], "confidence");
    assert_eq!(
        (confidence["n"].as_u64(), confidence["no_answer"].as_u64()),
        (Some(5), Some(1))
    );
    close(&confidence["mean"], 6.0);
    close(&confidence["median"], 6.0);
}

#[test]
fn collaboration_factors_turns_its_negative_statements_around() {
    let r = json("collaboration-factors");
    // means: 3 × 1, 4 × 2, 1 × 3 → 14/8 = 1.75, nobody agrees.
    let means = by_id(&r["items"], "means");
    close(&means["mean"], 1.75);
    assert_eq!(means["n"], 8);
    // leadership: 3 at each end → 3.00 and divergent.
    let leadership = by_id(&r["items"], "leadership");
    close(&leadership["mean"], 3.0);
    assert_eq!(leadership["divergent"], true);
    // worth-it, raw 2.00 over 7 answers, reversed (6 − s): 28/7 = 4.00.
    let worth = by_id(&r["items"], "worth-it");
    close(&worth["mean"], 4.0);
    assert_eq!(worth["reversed"], true);
    assert_eq!(worth["n"], 7);
    // decided-beforehand, raw 20/7, reversed 22/7.
    let decided = by_id(&r["items"], "decided-beforehand");
    close(&decided["mean"], 22.0 / 7.0);
    assert_eq!(decided["reversed"], true);
    // Conditions that hold them, and the overall, with the reversed scores.
    close(&by_id(&r["dimensions"], "membership")["mean"], 110.0 / 31.0);
    close(&by_id(&r["dimensions"], "process")["mean"], 122.0 / 39.0);
    close(&r["overall"]["mean"], 521.0 / 156.0);
    let reversed = r["rules"]["reversed"].as_str().unwrap();
    assert!(reversed.contains("worth-it") && reversed.contains("decided-beforehand"));
    let discuss: Vec<&str> = r["to_discuss"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["item"].as_str().unwrap())
        .collect();
    assert!(discuss.starts_with(&["means"]), "{discuss:?}");
    assert!(discuss.contains(&"leadership"));
    // At 80 columns, the agreement scale's long codes are keyed by their scores, and the
    // keys explained under the table.
    let table = report("collaboration-factors", "table", "en");
    assert!(
        table.contains("5 strongly-agree · 4 agree · 3 neutral · 2 disagree · 1 strongly-disagree"),
        "{table}"
    );
    // Every other format says so too.
    assert!(report("collaboration-factors", "html", "en").contains("↺"));
    assert!(report("collaboration-factors", "markdown", "fr").contains("worth-it"));
    let csv = report("collaboration-factors", "csv", "en");
    assert_eq!(csv_cell(&csv, "item", "worth-it", "agree", "mean"), "4.0");
}

#[test]
fn synergy_reports_every_kind_of_item_on_its_own_terms() {
    let r = json("synergy");
    // voices: half at each end → 3.00, divergent.
    let voices = by_id(&r["items"], "voices");
    close(&voices["mean"], 3.0);
    close(&voices["percent"]["extremely-well"], 40.0);
    close(&voices["percent"]["not-well-at-all"], 40.0);
    assert_eq!(voices["divergent"], true);
    close(&by_id(&r["items"], "time-use")["mean"], 1.9);
    // satisfaction (0–10): 9 × 3, 8 × 3, 2 × 2, 1 × 2 → 5.70, median 8; 60% at 8–9 and
    // 40% at 1–2: divergent on the thirds of 0–10, with no answer at either end.
    let satisfaction = by_id(&r["items"], "satisfaction");
    close(&satisfaction["mean"], 5.7);
    close(&satisfaction["median"], 8.0);
    assert_eq!(satisfaction["divergent"], true);
    // Yes/no: counted, in no mean.
    let drawbacks = by_id(&r["items"], "drawbacks");
    assert_eq!(drawbacks["counts"]["yes"], 4);
    assert_eq!(drawbacks["no_answer"], 1);
    assert!(drawbacks["mean"].is_null());
    // Conditions on their own scales; the overall over both on 0–100:
    // (128 − 40) × 25 + (81 − 30) × 25 + 57 × 10 = 4045 over 80 answers.
    close(&by_id(&r["dimensions"], "synergy")["mean"], 3.2);
    close(&by_id(&r["dimensions"], "leadership")["mean"], 2.7);
    close(&r["overall"]["mean"], 4045.0 / 80.0);
    assert_eq!(r["overall"]["scale"], "common");
    // benefits (tick all): 9 answered, 1 no answer; shares of the 9.
    let benefits = by_id(&r["choices"], "benefits");
    assert_eq!(
        (benefits["n"].as_u64(), benefits["no_answer"].as_u64()),
        (Some(9), Some(1))
    );
    let option = |code: &str| {
        benefits["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["code"] == code)
            .unwrap()
            .clone()
    };
    assert_eq!(option("relationships")["count"], 7);
    close(&option("relationships")["percent"], 700.0 / 9.0);
    assert_eq!(option("none")["count"], 2);
    // hours: 2 4 6 8 10 12 16 24 40 → quartiles 6, 10, 16 (type 7), mean 122/9; bins of 5.
    let hours = by_id(&r["numbers"], "hours");
    assert_eq!(
        (hours["n"].as_u64(), hours["no_answer"].as_u64()),
        (Some(9), Some(1))
    );
    for (key, value) in [
        ("min", 2.0),
        ("q1", 6.0),
        ("median", 10.0),
        ("q3", 16.0),
        ("max", 40.0),
    ] {
        close(&hours[key], value);
    }
    close(&hours["mean"], 122.0 / 9.0);
    let bins: Vec<(f64, u64)> = hours["histogram"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["from"].as_f64().unwrap(), b["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        bins,
        [
            (0.0, 2),
            (5.0, 2),
            (10.0, 2),
            (15.0, 1),
            (20.0, 1),
            (25.0, 0),
            (30.0, 0),
            (35.0, 1)
        ]
    );
    // Open answers: the follow-up was written by 3 (asked only of the 4 who said yes).
    assert_eq!(
        by_id(&r["open"], "drawbacks-which")["answers"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        by_id(&r["open"], "one-change")["answers"]
            .as_array()
            .unwrap()
            .len(),
        6
    );

    // The same figures in the other formats.
    let csv = report("synergy", "csv", "en");
    assert_eq!(
        csv_cell(&csv, "choice", "benefits", "relationships", "count"),
        "7"
    );
    assert_eq!(csv_cell(&csv, "number", "hours", "", "q3"), "16.0");
    assert_eq!(
        csv_cell(&csv, "item", "voices", "extremely-well", "divergent"),
        "true"
    );
    let table = report("synergy", "table", "fr");
    assert!(
        table.contains("13,56"),
        "the mean hours in French:\n{table}"
    );
    assert!(
        table.contains("78\u{a0}%"),
        "relationships' share in French:\n{table}"
    );
    let html = report("synergy", "html", "en");
    assert!(
        html.contains("0–5: 2 · 5–10: 2 · 10–15: 2"),
        "the histogram's text"
    );
    let markdown = report("synergy", "markdown", "en");
    assert!(markdown.contains("Useful working relationships with other organisations"));
}

#[test]
fn the_excerpts_in_the_questionnaire_format_are_those_of_the_examples() {
    let doc = std::fs::read_to_string(common::root().join("docs/questionnaire-format.md")).unwrap();
    let start = doc
        .find("## Three questionnaires of one's own")
        .expect("the section");
    let end = start + doc[start..].find("\n## ").expect("the next section");
    let section = &doc[start..end];
    let files: Vec<String> = EXAMPLES
        .iter()
        .map(|name| std::fs::read_to_string(example(name).join("questionnaire.toml")).unwrap())
        .collect();
    let mut blocks = 0;
    for block in section.split("```toml\n").skip(1) {
        let excerpt = &block[..block.find("```").expect("a closed block")];
        assert!(
            files.iter().any(|f| f.contains(excerpt)),
            "not in any example questionnaire:\n{excerpt}"
        );
        blocks += 1;
    }
    assert!(blocks >= 5, "{blocks} excerpts");
}
