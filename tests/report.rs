//! `partnereval report`: every figure checked against values worked out by hand.
//!
//! The fixture: seven individual responses to the bundled self-evaluation and one
//! collective response. Items q05–q18 are all B. The hand computation is in the comments.

mod common;

use std::path::{Path, PathBuf};

use common::{bless, by_id, close, partnereval, root, set_submitted_dates};
use serde_json::Value;

/// (sector, q01, q02, q03, q04) for each respondent; every other item is B.
const RESPONDENTS: [(&str, &str, &str, &str, &str); 7] = [
    ("public-health", "A", "A", "A", "A"),
    ("public-health", "A", "B", "C", "A"),
    ("public-health", "B", "no-answer", "C", "A"),
    ("community", "C", "C", "A", "C"),
    ("community", "C", "B", "C", "C"),
    ("community", "B", "no-answer", "A", "C"),
    ("municipality", "A", "A", "B", "B"),
];

fn answers(q: [&str; 4]) -> String {
    let mut s = String::from("[answers]\n");
    for n in 1..=18 {
        let code = if n <= 4 { q[n - 1] } else { "B" };
        s.push_str(&format!("q{n:02} = \"{code}\"\n"));
    }
    s
}

/// An evaluation holding the fixture responses.
fn fixture() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    partnereval([
        "init",
        dir.to_str().unwrap(),
        "-q",
        "action-in-partnership",
        "--name",
        "Fixture",
    ])
    .expect_status(0);
    for (i, (sector, a, b, c, d)) in RESPONDENTS.iter().enumerate() {
        let mut text = format!(
            "[profile]\nsector = \"{sector}\"\n{}",
            answers([a, b, c, d])
        );
        if i == 3 {
            text.push_str(
                "[comments]\nq04 = \"We are told, not asked.\"\nq01 = \"Schools are missing.\"\n",
            );
        }
        if i == 0 {
            text.push_str("[comments]\nq04 = \"Decisions are shared.\"\n");
        }
        partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
            .stdin(text)
            .expect_status(0);
    }
    let collective = format!(
        "mode = \"collective\"\nclosing_comment = \"Good talk.\"\n{}",
        answers(["B", "A", "C", "A"])
    );
    partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(collective)
        .expect_status(0);
    // A fixed day, so that the snapshots hold the same date whenever the tests run.
    set_submitted_dates(&dir.join("responses"), "2026-03-02");
    (tmp, dir)
}

fn report_json(dir: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["report", dir.to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    let out = partnereval(&args).expect_status(0);
    serde_json::from_str(&out.stdout).unwrap()
}

#[test]
fn item_figures_match_the_hand_computation() {
    let (_tmp, dir) = fixture();
    let r = report_json(&dir, &[]);
    assert_eq!(r["schema_version"], 1);
    assert_eq!(r["respondents"], 7);
    assert_eq!(r["drafts"], 0);
    assert_eq!(r["skipped"], serde_json::json!([]));
    let items = &r["items"];
    // q01: A A B C C B A → A 3, B 2, C 2; valid 7; mean (9+4+2)/7 = 15/7; sorted 1 1 2 2 3 3 3
    // → median 2; squared deviations 3·36/49 + 2·1/49 + 2·64/49 = 238/49, /6, sqrt.
    let q01 = by_id(items, "q01");
    assert_eq!(q01["n"], 7);
    assert_eq!(q01["counts"], serde_json::json!({"A": 3, "B": 2, "C": 2}));
    assert_eq!(q01["no_answer"], 0);
    close(&q01["percent"]["A"], 300.0 / 7.0);
    close(&q01["percent"]["C"], 200.0 / 7.0);
    close(&q01["mean"], 15.0 / 7.0);
    close(&q01["median"], 2.0);
    close(&q01["sd"], (238.0f64 / 49.0 / 6.0).sqrt());
    assert_eq!(q01["band"], "moderate");
    assert_eq!(
        q01["divergent"], true,
        "3/7 A and 2/7 C are both at least 25 %"
    );
    assert_eq!(q01["dimension"], "perspectives");
    // q02: A B – C B – A → A 2, B 2, C 1, no answer 2; valid 5; mean 11/5; median 2;
    // deviations .8 .8 -.2 -.2 -1.2 → 2.8/4 = .7.
    let q02 = by_id(items, "q02");
    assert_eq!(q02["n"], 5);
    assert_eq!(q02["no_answer"], 2);
    assert_eq!(q02["counts"], serde_json::json!({"A": 2, "B": 2, "C": 1}));
    close(&q02["percent"]["A"], 40.0);
    close(&q02["percent"]["C"], 20.0);
    close(&q02["mean"], 2.2);
    close(&q02["median"], 2.0);
    close(&q02["sd"], 0.7f64.sqrt());
    assert_eq!(q02["divergent"], false, "1/5 C is under 25 %");
    // q03: A C C A C A B → A 3, B 1, C 3; mean 14/7 = 2; deviations ±1 six times → sd 1.
    let q03 = by_id(items, "q03");
    close(&q03["mean"], 2.0);
    close(&q03["sd"], 1.0);
    assert_eq!(q03["divergent"], true);
    // q05: seven B → mean 2, sd 0
    let q05 = by_id(items, "q05");
    assert_eq!(q05["counts"], serde_json::json!({"A": 0, "B": 7, "C": 0}));
    close(&q05["sd"], 0.0);
    assert_eq!(q05["divergent"], false);
}

#[test]
fn dimension_and_overall_figures_pool_the_items() {
    let (_tmp, dir) = fixture();
    let r = report_json(&dir, &[]);
    let dims = &r["dimensions"];
    // perspectives = q01 + q02: A 5, B 4, C 3, no answer 2; valid 12; mean (15+11)/12.
    let p = by_id(dims, "perspectives");
    assert_eq!(p["items"], serde_json::json!(["q01", "q02"]));
    assert_eq!(p["n"], 12);
    assert_eq!(p["counts"], serde_json::json!({"A": 5, "B": 4, "C": 3}));
    assert_eq!(p["no_answer"], 2);
    close(&p["percent"]["A"], 500.0 / 12.0);
    close(&p["mean"], 26.0 / 12.0);
    assert_eq!(p["band"], "moderate");
    assert_eq!(p["divergent_items"], 1);
    let c = by_id(dims, "commitment");
    assert_eq!(c["items"], serde_json::json!(["q05", "q09", "q10", "q11"]));
    assert_eq!(c["n"], 28);
    close(&c["mean"], 2.0);
    // overall: A 3+2+3+3 = 11, C 2+1+3+3 = 9, B 126 − 2 − 11 − 9 = 104; mean 250/124.
    let o = &r["overall"];
    assert_eq!(o["n"], 124);
    assert_eq!(o["counts"], serde_json::json!({"A": 11, "B": 104, "C": 9}));
    assert_eq!(o["no_answer"], 2);
    close(&o["mean"], 250.0 / 124.0);
    assert_eq!(o["divergent_items"], 3);
}

#[test]
fn to_discuss_lists_the_least_favourable_then_the_divergent_with_their_rules() {
    let (_tmp, dir) = fixture();
    let r = report_json(&dir, &[]);
    // Least favourable: a third or more of the valid answers on C. q03 (A C C A C A B) and
    // q04 (A A A C C C B) have C 3/7 = 42.9 %, 7 valid answers each: tied, so in
    // questionnaire order. q01 has C 2/7 = 28.6 %, q02 C 1/5 = 20 %, q05–q18 none: not
    // least favourable, whatever their mean (q05's is 2.0, as low as q03's). Then q01,
    // divergent (A 3/7 and C 2/7, both ≥ 25 %).
    let listed: Vec<(String, Vec<String>)> = r["to_discuss"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let reasons = d["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_owned())
                .collect();
            (d["item"].as_str().unwrap().to_owned(), reasons)
        })
        .collect();
    let s = |x: &str| x.to_owned();
    assert_eq!(
        listed,
        [
            (s("q03"), vec![s("least-favourable"), s("divergent")]),
            (s("q04"), vec![s("least-favourable"), s("divergent")]),
            (s("q01"), vec![s("divergent")]),
        ]
    );
    close(&r["to_discuss"][0]["least_percent"], 300.0 / 7.0);
    assert_eq!(
        r["to_discuss"][0]["least_options"],
        serde_json::json!(["C"])
    );
    close(&r["to_discuss"][2]["least_percent"], 200.0 / 7.0);
    close(&r["rules"]["least_favourable_threshold"], 1.0 / 3.0);
    let rules = r["to_discuss"][0]["rules"].as_array().unwrap();
    assert!(
        rules[0]
            .as_str()
            .unwrap()
            .starts_with("Least favourable: items where at least 33% of the valid answers chose the item's least favourable options")
    );
    assert!(
        rules[1]
            .as_str()
            .unwrap()
            .contains("at least 25% of its valid answers are in the highest third")
    );
    close(&r["rules"]["divergence_threshold"], 0.25);
}

#[test]
fn the_collective_response_is_shown_beside_the_individual_majority() {
    let (_tmp, dir) = fixture();
    let r = report_json(&dir, &[]);
    let c = &r["collective"][0];
    // q01: group B, individual majority A (3 of 7) → differs. q02: A vs A/B tie → same.
    // q03: C vs A/C tie → same.
    assert_eq!(c["differs"], serde_json::json!(["q01"]));
    let q01 = by_id(&c["items"], "q01");
    assert_eq!(q01["answer"], "B");
    assert_eq!(q01["majority"], serde_json::json!(["A"]));
    assert_eq!(
        by_id(&c["items"], "q02")["majority"],
        serde_json::json!(["A", "B"])
    );
    assert_eq!(
        r["respondents"], 7,
        "the collective response is not an individual one"
    );
    // The group's closing comment is its own, apart from the individual ones.
    assert_eq!(r["closing_comments"], serde_json::json!([]));
    assert_eq!(c["closing_comment"], "Good talk.");
    // Each item with its statement and the label and score of the group's answer.
    assert!(!q01["answer_label"].as_str().unwrap().is_empty());
    close(&q01["score"], 2.0);
    assert!(
        q01["text"]
            .as_str()
            .unwrap()
            .starts_with("In our partnership")
    );
    // The group's own means: answers q01 B (2), q02 A (3), q03 C (1), q04 A (3), q05–q18 B
    // (2). Range of perspectives (q01, q02): 5/2 = 2.5, strong (2.5 ≤ s ≤ 3). Overall: (2 +
    // 3 + 1 + 3 + 14 × 2) / 18 = 37/18.
    let perspectives = by_id(&c["dimensions"], "perspectives");
    close(&perspectives["mean"], 2.5);
    assert_eq!(perspectives["n"], 2);
    assert_eq!(perspectives["band"], "strong");
    close(&c["overall"]["mean"], 37.0 / 18.0);
    assert_eq!(c["overall"]["n"], 18);
}

#[test]
fn comments_are_grouped_by_dimension_and_never_by_group() {
    let (_tmp, dir) = fixture();
    let r = report_json(&dir, &["--by", "sector"]);
    assert_eq!(
        r["comments"],
        serde_json::json!([
            {"dimension": "perspectives", "label": "Range of perspectives", "comments": [{"item": "q01", "text": "Schools are missing."}]},
            {"dimension": "influence", "label": "Influence on decisions", "comments": [
                {"item": "q04", "text": "Decisions are shared."},
                {"item": "q04", "text": "We are told, not asked."}
            ]}
        ])
    );
    for g in r["groups"]["groups"].as_array().unwrap() {
        assert!(g.get("comments").is_none());
    }
}

/// public-health 3, community 3, municipality 1, minimum 3. Hiding municipality alone
/// would leave it as 7 − 3 − 3 = 1 by subtraction, so the smallest shown group
/// (public-health, after community in code order) is pooled with it: other = 4.
#[test]
fn small_groups_are_pooled_so_that_subtraction_reveals_nothing() {
    let (_tmp, dir) = fixture();
    let r = report_json(&dir, &["--by", "sector"]);
    let groups = r["groups"]["groups"].as_array().unwrap();
    let shown: Vec<(&str, u64)> = groups
        .iter()
        .map(|g| (g["code"].as_str().unwrap(), g["n"].as_u64().unwrap()))
        .collect();
    assert_eq!(shown, [("community", 3), ("(pooled)", 4)]);
    assert_eq!(groups[1]["label"], "Pooled (Municipality, Public health)");
    let total: u64 = shown.iter().map(|(_, n)| n).sum();
    assert_eq!(total, 7, "no respondent is left out of the groups");
    // community q01: C C B → 4/3, weak; other q01: A A B A → 11/4, strong.
    close(&by_id(&groups[0]["items"], "q01")["mean"], 4.0 / 3.0);
    assert_eq!(by_id(&groups[0]["items"], "q01")["band"], "weak");
    close(&by_id(&groups[1]["items"], "q01")["mean"], 2.75);
    assert_eq!(by_id(&groups[1]["items"], "q01")["band"], "strong");
    // community q04: C C C → 1
    close(&by_id(&groups[0]["dimensions"], "influence")["mean"], 1.0);
    let hidden = &r["hidden_groups"][0];
    assert_eq!(hidden["action"], "pooled");
    assert_eq!(
        hidden["groups"],
        serde_json::json!(["Municipality", "Public health"])
    );
    // participation follows the same rule
    let sector = r["participation"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["field"] == "sector")
        .unwrap();
    let counts: Vec<(&str, u64)> = sector["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["code"].as_str().unwrap(), g["n"].as_u64().unwrap()))
        .collect();
    assert_eq!(counts, [("community", 3), ("(pooled)", 4)]);
    // no format shows municipality's own figures
    for format in ["table", "markdown", "csv", "json"] {
        let out = partnereval([
            "report",
            dir.to_str().unwrap(),
            "--by",
            "sector",
            "--format",
            format,
        ])
        .expect_status(0);
        assert!(!out.stdout.contains("municipality,"), "{format}");
        assert!(!out.stdout.contains("Municipality (n=1)"), "{format}");
        assert!(
            !out.stdout.contains("\"code\": \"municipality\""),
            "{format}"
        );
    }
}

#[test]
fn a_larger_minimum_pools_or_withholds_everything() {
    let (_tmp, dir) = fixture();
    let r = report_json(&dir, &["--by", "sector", "--min-group", "4"]);
    let groups = r["groups"]["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0]["n"], 7);
    let r = report_json(&dir, &["--min-group", "8"]);
    assert!(
        r["withheld"]
            .as_str()
            .unwrap()
            .starts_with("Only 7 individual responses")
    );
    assert_eq!(r["items"], serde_json::json!([]));
    assert_eq!(r["comments"], serde_json::json!([]));
    assert_eq!(r["participation"], serde_json::json!([]));
}

#[test]
fn unknown_group_fields_are_usage_errors() {
    let (_tmp, dir) = fixture();
    let out = partnereval(["report", dir.to_str().unwrap(), "--by", "colour"]).expect_status(2);
    assert!(
        out.stderr.contains(
            "`colour` is not a profile field of this questionnaire (fields: sector, role, years)"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn the_csv_is_tidy_and_reads_back_to_the_same_figures() {
    let (_tmp, dir) = fixture();
    let out = partnereval([
        "report",
        dir.to_str().unwrap(),
        "--format",
        "csv",
        "--by",
        "sector",
    ])
    .expect_status(0);
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, partnereval::report::render::csv::COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // all: 18 items × (A, B, C, no-answer) + 6 dimensions × 4 + overall × 4 = 100 rows,
    // and the same for each of the two groups but for q02, withheld in both (community has
    // 2 valid answers to it, under the minimum of 3; "other" goes with it, or community's
    // would be the total minus other's): 100 + 2 × 96.
    assert_eq!(rows.len(), 292);
    let find = |group: &str, id: &str, option: &str| {
        rows.iter()
            .find(|r| &r[2] == group && &r[5] == id && &r[7] == option)
            .unwrap_or_else(|| panic!("no row {group} {id} {option}"))
            .clone()
    };
    let q01a = find("all", "q01", "A");
    assert_eq!(&q01a[8], "3");
    assert!((q01a[9].parse::<f64>().unwrap() - 300.0 / 7.0).abs() < 1e-9);
    assert!((q01a[12].parse::<f64>().unwrap() - 15.0 / 7.0).abs() < 1e-9);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(&q01a[col("divergent")], "true");
    assert_eq!(&q01a[col("median")], "2.0", "decimals always have a point");
    let overall = find("all", "overall", "A");
    assert_eq!(&overall[col("divergent")], "", "only items are divergent");
    assert!(overall[col("divergent_items")].parse::<usize>().is_ok());
    let q02na = find("all", "q02", "no-answer");
    assert_eq!(&q02na[8], "2");
    assert_eq!(&q02na[9], "", "no-answer has no percentage");
    let other = find("(pooled)", "q01", "A");
    assert_eq!((&other[1], &other[3], &other[8]), ("sector", "4", "3"));
    assert_eq!(&find("all", "overall", "B")[8], "104");
}

/// `json` with every response id (32 hexadecimal digits, drawn at random by `take`) made
/// zeros, so that the snapshot holds the same text whenever the tests run.
fn fixed_response_ids(json: &str) -> String {
    let random = |v: &str| v.len() == 32 && v.bytes().all(|b| b.is_ascii_hexdigit());
    json.lines()
        .map(|line| match line.trim_start().strip_prefix("\"id\": \"") {
            Some(rest) if random(rest.trim_end_matches([',', '"'])) => {
                line.replace(rest.trim_end_matches([',', '"']), &"0".repeat(32))
            }
            _ => line.to_owned(),
        })
        .map(|line| line + "\n")
        .collect()
}

/// The rendered formats, compared with reviewed copies (`BLESS=1` rewrites them).
#[test]
fn every_format_matches_its_reviewed_snapshot() {
    let (_tmp, dir) = fixture();
    let snapshots = root().join("tests/fixtures/report");
    for (format, lang, file) in [
        ("table", "en", "table.en.txt"),
        ("table", "fr", "table.fr.txt"),
        ("markdown", "en", "report.md"),
        ("csv", "en", "report.csv"),
        // The model itself; the renderers' snapshots (tests/render_snapshots.rs) are made
        // from these.
        ("json", "en", "report.json"),
        ("json", "fr", "report.fr.json"),
    ] {
        let out = partnereval([
            "report",
            dir.to_str().unwrap(),
            "--by",
            "sector",
            "--format",
            format,
            "--lang",
            lang,
        ])
        .expect_status(0);
        let stdout = if format == "json" {
            fixed_response_ids(&out.stdout)
        } else {
            out.stdout
        };
        let path = snapshots.join(file);
        if bless() {
            std::fs::write(&path, &stdout).unwrap();
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            stdout == expected,
            "{file} differs from the snapshot:\n{}",
            stdout
        );
        if format == "table" {
            for line in stdout.lines() {
                assert!(line.chars().count() <= 80, "wider than 80 columns: {line}");
            }
        }
    }
}

#[test]
fn output_to_a_file() {
    let (tmp, dir) = fixture();
    let file = tmp.path().join("notes.md");
    let out = partnereval([
        "report",
        dir.to_str().unwrap(),
        "--format",
        "markdown",
        "-o",
        file.to_str().unwrap(),
    ])
    .expect_status(0);
    assert!(out.stdout.is_empty());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("# Self-evaluation of action in partnership")
    );
}

#[test]
fn bad_response_files_are_named_with_their_reason() {
    let (_tmp, dir) = fixture();
    let responses = dir.join("responses");
    let first = std::fs::read_dir(&responses)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let good: Value = serde_json::from_str(&std::fs::read_to_string(&first).unwrap()).unwrap();
    let variant = |f: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        f(&mut v);
        v.to_string()
    };
    let files: Vec<(&str, String)> = vec![
        ("a-empty.json", String::new()),
        (
            "b-broken.json",
            "{\"schema_version\": 1, \"id\": ".to_owned(),
        ),
        (
            "c-other-questionnaire.json",
            variant(&|v| v["questionnaire"]["id"] = "coalition-check".into()),
        ),
        (
            "d-other-version.json",
            variant(&|v| v["questionnaire"]["version"] = "0.9.0".into()),
        ),
        (
            "e-other-hash.json",
            variant(&|v| v["questionnaire"]["hash"] = "sha256:00".into()),
        ),
        (
            "f-unknown-item.json",
            variant(&|v| v["answers"]["q99"] = "A".into()),
        ),
        (
            "g-bad-code.json",
            variant(&|v| v["answers"]["q01"] = "Z".into()),
        ),
        ("h-duplicate.json", good.to_string()),
        (
            "i-future.json",
            variant(&|v| v["schema_version"] = 2.into()),
        ),
        ("j-name.json", variant(&|v| v["name"] = "Alice".into())),
    ];
    for (name, text) in &files {
        std::fs::write(responses.join(name), text).unwrap();
    }
    let out = partnereval(["report", dir.to_str().unwrap()]).expect_status(1);
    let expected = [
        "a-empty.json: the file is empty",
        "b-broken.json: not valid JSON",
        "c-other-questionnaire.json: answers questionnaire `coalition-check`, not `action-in-partnership`",
        "d-other-version.json: was made with version 0.9.0 of `action-in-partnership`; this evaluation uses version 1.1.0",
        "e-other-hash.json: was made with a different text of `action-in-partnership` 1.1.0",
        "f-unknown-item.json: answers.q99: unknown item",
        "g-bad-code.json: answers.q01: `Z` is not an option (options: A, B, C)",
        "h-duplicate.json: repeats the response id",
        "i-future.json: response format version 2 is not supported",
        "j-name.json: not a partnereval response: unknown field `name`",
    ];
    // One line each, `FILE:LINE:COL: error: ` where serde places the problem or at the key
    // a check found wrong (the unknown item, the other questionnaire), else `FILE: error: `
    // (an empty file, a repeated id: no place in the file is wrong).
    for e in expected {
        let (file, reason) = e.split_once(": ").unwrap();
        let located = !["a-empty.json", "h-duplicate.json"].contains(&file);
        assert!(
            out.stderr.lines().any(|l| {
                l.contains(reason)
                    && if located {
                        l.contains(&format!("{file}:")) && l.contains(": error: ")
                    } else {
                        l.contains(&format!("{file}: error: "))
                    }
            }),
            "missing {e:?} in\n{}",
            out.stderr
        );
    }
    // The unknown item at its key: `{"...": …, "answers": {"q99"` on the file's one line.
    let f = &files
        .iter()
        .find(|(n, _)| *n == "f-unknown-item.json")
        .unwrap()
        .1;
    let column = f.find("\"q99\"").unwrap() + 1;
    assert!(
        out.stderr.contains(&format!(
            "f-unknown-item.json:1:{column}: error: answers.q99"
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("10 of 18 responses are invalid; nothing was compiled"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
    // --skip-invalid: reported as skipped in every format, and the rest compiled
    let r = report_json(&dir, &["--skip-invalid"]);
    assert_eq!(r["skipped"].as_array().unwrap().len(), 10);
    assert_eq!(r["respondents"], 7);
    for (format, needle) in [
        ("table", "skipped files: 10"),
        ("markdown", "skipped files: 10"),
        ("csv", ",10,0\n"),
    ] {
        let out = partnereval([
            "report",
            dir.to_str().unwrap(),
            "--skip-invalid",
            "--format",
            format,
        ])
        .expect_status(0);
        let text = if format == "csv" {
            out.stdout.clone()
        } else {
            out.stdout.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        assert!(text.contains(needle), "{format}: {}", out.stdout);
    }
}

#[test]
fn a_questionnaire_with_response_files_and_folders() {
    let (_tmp, dir) = fixture();
    let responses = dir.join("responses");
    let one = std::fs::read_dir(&responses)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let r: Value = {
        let out = partnereval([
            "report",
            "action-in-partnership",
            responses.to_str().unwrap(),
            "--format",
            "json",
        ])
        .expect_status(0);
        serde_json::from_str(&out.stdout).unwrap()
    };
    assert_eq!(r["respondents"], 7);
    assert!(r.get("evaluation").is_none());
    let out = partnereval([
        "report",
        "action-in-partnership",
        one.to_str().unwrap(),
        responses.to_str().unwrap(),
    ])
    .expect_status(1);
    assert!(
        out.stderr.contains("repeats the response id"),
        "{}",
        out.stderr
    );
    let out = partnereval(["report", "action-in-partnership"]).expect_status(2);
    assert!(
        out.stderr
            .contains("give the response files, folders or bundles after the questionnaire"),
        "{}",
        out.stderr
    );
    let out = partnereval(["report", "action-in-partnership", "no/such/folder"]).expect_status(2);
    assert!(out.stderr.contains("no/such/folder"), "{}", out.stderr);
}

#[test]
fn the_report_json_parses_into_the_documented_model() {
    let (_tmp, dir) = fixture();
    let out = partnereval([
        "report",
        dir.to_str().unwrap(),
        "--format",
        "json",
        "--by",
        "sector",
    ])
    .expect_status(0);
    let report: partnereval::report::Report =
        serde_json::from_str(&out.stdout).expect("deny_unknown_fields model");
    assert_eq!(report.items.len(), 18);
    assert_eq!(report.dimensions.len(), 6);
}

/// Options are shown in the scale's order (highest score first), not in the alphabetical
/// order of their codes.
#[test]
fn option_columns_follow_the_scale() {
    let tmp = tempfile::tempdir().unwrap();
    let q = tmp.path().join("likert.toml");
    std::fs::write(
        &q,
        r#"schema_version = 1
id = "likert"
version = "1"
languages = ["en"]
title = "Likert"
[[items]]
id = "s1"
text = "We trust each other."
options = [
  { code = "agree", score = 3, label = "Agree" },
  { code = "neutral", score = 2, label = "Neither" },
  { code = "disagree", score = 1, label = "Disagree" },
]
"#,
    )
    .unwrap();
    let out = tmp.path().join("responses");
    std::fs::create_dir(&out).unwrap();
    for code in ["agree", "agree", "disagree", "neutral"] {
        partnereval([
            "take",
            q.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--answers",
            "-",
        ])
        .stdin(format!("[answers]\ns1 = \"{code}\"\n"))
        .expect_status(0);
    }
    let target = [q.to_str().unwrap(), out.to_str().unwrap()];
    let md = partnereval(["report", target[0], target[1], "--format", "markdown"])
        .expect_status(0)
        .stdout;
    assert!(md.contains("| item | agree | neutral | disagree |"), "{md}");
    assert!(md.contains("| s1 | 50% | 25% | 25% |"), "{md}");
    let table = partnereval(["report", target[0], target[1]])
        .expect_status(0)
        .stdout;
    let header = table.lines().find(|l| l.contains("agree")).unwrap();
    let (a, n, d) = (
        header.find(" agree").unwrap(),
        header.find("neutral").unwrap(),
        header.find("disagree").unwrap(),
    );
    assert!(a < n && n < d, "{header}");
    let json: Value = serde_json::from_str(
        &partnereval(["report", target[0], target[1], "--format", "json"])
            .expect_status(0)
            .stdout,
    )
    .unwrap();
    assert_eq!(
        json["options"],
        serde_json::json!([
            {"code": "agree", "score": 3.0},
            {"code": "neutral", "score": 2.0},
            {"code": "disagree", "score": 1.0}
        ])
    );
}

/// Bands are ids in JSON and CSV, the same in every language; the labels are in the rules.
#[test]
fn bands_are_ids_in_every_language() {
    let (_tmp, dir) = fixture();
    let fr = report_json(&dir, &["--lang", "fr"]);
    // q01: mean 15/7 = 2.14, in the band 1.5–2.5.
    assert_eq!(by_id(&fr["items"], "q01")["band"], "moderate");
    let moderate = fr["rules"]["bands"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "moderate")
        .unwrap();
    assert_eq!(moderate["label"], "moyen");
    let csv = partnereval([
        "report",
        dir.to_str().unwrap(),
        "--format",
        "csv",
        "--lang",
        "fr",
    ])
    .expect_status(0)
    .stdout;
    assert!(
        csv.lines()
            .any(|l| l.contains(",item,q01,") && l.contains(",moderate,")),
        "{csv}"
    );
    let table = partnereval(["report", dir.to_str().unwrap(), "--lang", "fr"])
        .expect_status(0)
        .stdout;
    assert!(table.contains("moyen"), "{table}");
}

/// In the Riverside example, q14 has the most C answers (5 of 12) and comes first; q11 (4 of
/// 12) comes after it, though its mean is lower.
#[test]
fn least_favourable_goes_by_the_share_of_the_least_favourable_option() {
    let out = partnereval(["report", "examples/riverside", "--format", "json"]).expect_status(0);
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    let least: Vec<(&str, f64)> = r["to_discuss"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| {
            d["reasons"]
                .as_array()
                .unwrap()
                .contains(&"least-favourable".into())
        })
        .map(|d| {
            (
                d["item"].as_str().unwrap(),
                d["least_percent"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(least[0].0, "q14");
    close(&least[0].1.into(), 500.0 / 12.0);
    let q11 = least.iter().position(|(id, _)| *id == "q11").unwrap();
    assert!(q11 > 0);
    // Shares never rise down the list.
    assert!(least.windows(2).all(|w| w[0].1 >= w[1].1 - 1e-9));
}

/// Prerequisites: how many answered yes and no to each, counted the same way from response
/// files (the general path) and from a bundle (the fast path), with what a "no" means.
#[test]
fn prerequisites_are_counted_with_what_a_no_means() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    let d = dir.to_str().unwrap();
    partnereval(["init", d, "-q", "action-in-partnership"]).expect_status(0);
    // (beyond-networking, defined-project) for four respondents; None: not answered.
    let given = [
        (Some(true), Some(true)),
        (Some(false), Some(true)),
        (Some(false), None),
        (None, None),
    ];
    for (a, b) in given {
        let mut text = String::from("[prerequisites]\n");
        if let Some(a) = a {
            text.push_str(&format!("beyond-networking = {a}\n"));
        }
        if let Some(b) = b {
            text.push_str(&format!("defined-project = {b}\n"));
        }
        text.push_str(&answers(["A", "B", "C", "A"]));
        partnereval(["take", d, "--answers", "-"])
            .stdin(text)
            .expect_status(0);
    }
    let check = |r: &Value| {
        let p = &r["prerequisites"];
        assert_eq!(p[0]["id"], "beyond-networking");
        assert_eq!(
            (p[0]["yes"].as_u64(), p[0]["no"].as_u64()),
            (Some(1), Some(2))
        );
        assert_eq!(p[1]["id"], "defined-project");
        assert_eq!(
            (p[1]["yes"].as_u64(), p[1]["no"].as_u64()),
            (Some(2), Some(0))
        );
        assert!(p[0]["unmet"].as_str().unwrap().contains("act together"));
    };
    check(&report_json(&dir, &[]));
    // The same responses as one bundle, read by the fast path.
    let bundle = tmp.path().join("all.ndjson");
    partnereval(["export", d, "-o", bundle.to_str().unwrap()]).expect_status(0);
    let q = dir.join("questionnaire.toml");
    let out = partnereval([
        "report",
        q.to_str().unwrap(),
        bundle.to_str().unwrap(),
        "--format",
        "json",
    ])
    .expect_status(0);
    check(&serde_json::from_str(&out.stdout).unwrap());
}

/// The terminal width honours `COLUMNS`: at 80 and at 120 columns no line is longer, the
/// wider screen is used, and no word is broken inside a cell.
#[test]
fn the_table_fits_the_width_columns_asks_for() {
    for cols in [80usize, 120] {
        let out = partnereval(["report", "examples/riverside", "--by", "sector"])
            .env("COLUMNS", &cols.to_string())
            .expect_status(0);
        let widest = out.stdout.lines().map(|l| l.chars().count()).max().unwrap();
        assert!(widest <= cols, "{cols}: a line of {widest}\n{}", out.stdout);
        assert!(
            widest > cols - 10,
            "{cols}: the width is not used ({widest})"
        );
        // Words of the bundled texts are whole: no cell ends inside "moderate" or a sector.
        for broken in ["moderat\n", "Communi\n", "voluntar\n"] {
            let cells: String = out
                .stdout
                .lines()
                .flat_map(|l| l.split("  "))
                .map(|c| format!("{}\n", c.trim()))
                .collect();
            assert!(
                !cells.contains(broken),
                "{cols}: {broken:?} cut\n{}",
                out.stdout
            );
        }
    }
}

/// `--no-scores`: the formats for people show how many chose each option and no mean,
/// median, deviation, band or overall mark; JSON keeps every figure.
#[test]
fn no_scores_leaves_out_means_and_bands_for_people_only() {
    let (_tmp, dir) = fixture();
    let d = dir.to_str().unwrap();
    for format in ["table", "markdown", "html"] {
        let out = partnereval(["report", d, "--no-scores", "--format", format]).expect_status(0);
        let text = out.stdout.to_lowercase();
        for word in ["moderate", "med.", "reading aid", "bands:", "2.14"] {
            assert!(
                !text.contains(word),
                "{format}: {word:?} is shown\n{}",
                out.stdout
            );
        }
        // The answers are all there: q01's A 43% (3 of 7).
        assert!(out.stdout.contains("43%"), "{format}\n{}", out.stdout);
    }
    let json = report_json(&dir, &["--no-scores"]);
    assert_eq!(json["scores_hidden"], true);
    close(&by_id(&json["items"], "q01")["mean"], 15.0 / 7.0);
    let with = partnereval(["report", d]).expect_status(0).stdout;
    assert!(with.contains("reading aids"), "{with}");
}

/// The three ways of use: the group's answer alone (every item with its text and the
/// chosen option, the group's comments, its conditions), and beside the members' answers
/// (the full spread, the items where the group chose otherwise than most members).
#[test]
fn the_collective_answer_reads_alone_and_beside_the_members() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    let d = dir.to_str().unwrap();
    partnereval(["init", d, "-q", "action-in-partnership"]).expect_status(0);
    let collective = format!(
        "mode = \"collective\"\nclosing_comment = \"A good first round.\"\n{}[comments]\nq02 = \"Invite residents.\"\n",
        answers(["C", "A", "B", "B"])
    );
    partnereval(["take", d, "--answers", "-"])
        .stdin(collective)
        .expect_status(0);
    let alone = partnereval(["report", d, "--format", "markdown"])
        .expect_status(0)
        .stdout;
    assert!(
        alone.contains("No individual responses: this report gives the group's collective answer"),
        "{alone}"
    );
    assert!(!alone.contains("Only 0"), "{alone}");
    // q01's statement and the label of the group's answer, C.
    assert!(
        alone.contains("In our partnership, the organisations and sectors"),
        "{alone}"
    );
    assert!(
        alone.contains("C …reflect only a few") || alone.contains("C ...reflect only a few"),
        "{alone}"
    );
    assert!(alone.contains("Invite residents."), "{alone}");
    assert!(alone.contains("A good first round."), "{alone}");
    assert!(
        alone.contains("The group's answers by condition"),
        "{alone}"
    );
    // With the fixture's seven members beside it.
    let (_tmp2, dir2) = fixture();
    let beside = partnereval(["report", dir2.to_str().unwrap(), "--format", "markdown"])
        .expect_status(0)
        .stdout;
    assert!(beside.contains("members' answers"), "{beside}");
    assert!(
        beside.contains(
            "The group agreed on an answer other than the one most members chose on: q01."
        ),
        "{beside}"
    );
    // q01's spread among the members: A 3, B 2, C 2 of 7.
    assert!(beside.contains("A 43% · B 29% · C 29%"), "{beside}");
}

/// Prerequisites are reported with how many answered no and what it means.
#[test]
fn prerequisites_are_shown_to_the_facilitator() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    let d = dir.to_str().unwrap();
    partnereval(["init", d, "-q", "action-in-partnership"]).expect_status(0);
    for no in [true, false, false] {
        let text = format!(
            "[prerequisites]\ndefined-project = {}\n{}",
            !no,
            answers(["A", "B", "C", "A"])
        );
        partnereval(["take", d, "--answers", "-"])
            .stdin(text)
            .expect_status(0);
    }
    let out = partnereval(["report", d]).expect_status(0).stdout;
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Prerequisites"), "{out}");
    assert!(
        flat.contains("1 of 3 answered no. What a no means: The statements assume"),
        "{out}"
    );
    let fr = partnereval(["report", d, "--lang", "fr"])
        .expect_status(0)
        .stdout;
    let flat = fr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("1 sur 3 a répondu non."), "{fr}");
}

/// `--by` in a terminal shows the conditions by group; the items by group stay in the
/// formats with room for them.
#[test]
fn by_group_shows_conditions_in_a_terminal_and_items_elsewhere() {
    let (_tmp, dir) = fixture();
    let d = dir.to_str().unwrap();
    let table = partnereval(["report", d, "--by", "sector"])
        .expect_status(0)
        .stdout;
    let start = table.find("By group").unwrap();
    let end = table.find("The group's answer").unwrap();
    let groups = &table[start..end];
    assert!(groups.contains("Range of perspectives"), "{groups}");
    assert!(!groups.contains("q05 Power"), "{groups}");
    let md = partnereval(["report", d, "--by", "sector", "--format", "markdown"])
        .expect_status(0)
        .stdout;
    let groups = &md[md.find("By group").unwrap()..];
    assert!(groups.contains("q05 Power"), "{groups}");
}

/// A report withheld as a whole (one respondent) does not also list every item as withheld.
#[test]
fn a_withheld_report_lists_no_withheld_items() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    let d = dir.to_str().unwrap();
    partnereval(["init", d, "-q", "action-in-partnership"]).expect_status(0);
    partnereval(["take", d, "--answers", "-"])
        .stdin(answers(["A", "B", "C", "A"]))
        .expect_status(0);
    let r = report_json(&dir, &[]);
    assert!(r["withheld"].is_string(), "{r}");
    assert!(r.get("withheld_items").is_none(), "{r}");
}
