//! Questionnaires of one's own (issue #18): every kind of answer reported, every scale read
//! on its own terms. Each figure is checked against values worked out by hand in comments.

mod common;

use std::path::{Path, PathBuf};

use common::{by_id, close, partnereval};
use serde_json::Value;

/// A questionnaire with a 4-point scale, a 0–10 rating, a reversed agreement item, and
/// unscored kinds (yes/no, multiple choice, a number, an open question).
const QUESTIONNAIRE: &str = r#"
schema_version = 1
id = "own"
version = "1.0.0"
languages = ["en", "fr"]
title = { en = "Our own check", fr = "Notre propre bilan" }

[[scales]]
id = "four"
options = [
  { code = "1", label = { en = "not at all", fr = "pas du tout" }, score = 1 },
  { code = "2", label = { en = "a little", fr = "un peu" }, score = 2 },
  { code = "3", label = { en = "mostly", fr = "surtout" }, score = 3 },
  { code = "4", label = { en = "fully", fr = "entièrement" }, score = 4 },
]

[[scales]]
id = "ten"
options = [
  { code = "0", label = "0", score = 0 }, { code = "1", label = "1", score = 1 },
  { code = "2", label = "2", score = 2 }, { code = "3", label = "3", score = 3 },
  { code = "4", label = "4", score = 4 }, { code = "5", label = "5", score = 5 },
  { code = "6", label = "6", score = 6 }, { code = "7", label = "7", score = 7 },
  { code = "8", label = "8", score = 8 }, { code = "9", label = "9", score = 9 },
  { code = "10", label = "10", score = 10 },
]

[[items]]
id = "split"
text = { en = "We share the work fairly.", fr = "Nous partageons le travail équitablement." }
scale = "four"

[[items]]
id = "rating"
text = { en = "How would you rate the partnership?", fr = "Quelle note donneriez-vous au partenariat ?" }
scale = "ten"
"#;

struct Eval {
    _tmp: tempfile::TempDir,
    questionnaire: PathBuf,
    responses: PathBuf,
}

impl Eval {
    fn new(questionnaire: &str) -> Eval {
        let tmp = tempfile::tempdir().unwrap();
        let q = tmp.path().join("own.toml");
        std::fs::write(&q, questionnaire).unwrap();
        let responses = tmp.path().join("responses");
        std::fs::create_dir(&responses).unwrap();
        Eval {
            _tmp: tmp,
            questionnaire: q,
            responses,
        }
    }

    /// Submits one response from an answers file in TOML.
    fn answer(&self, answers: &str) {
        partnereval([
            "take",
            path(&self.questionnaire),
            "--out",
            path(&self.responses),
            "--answers",
            "-",
        ])
        .stdin(answers)
        .expect_status(0);
    }

    fn report(&self, extra: &[&str]) -> Value {
        let mut args = vec![
            "report",
            path(&self.questionnaire),
            path(&self.responses),
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        serde_json::from_str(&partnereval(&args).expect_status(0).stdout).unwrap()
    }
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Seven respondents. `split`: 3 × "2", 3 × "3", 1 × "4" — 3 of 7 (43 %) in the lower third
/// (1–2) and 4 of 7 (57 %) in the upper third (3–4) of a 1–4 scale: divergent, and least
/// favourable (43 % ≥ a third). `rating`: 8, 9, 9, 8 and 1, 2, 2 — 4 of 7 in 7–10 and 3 of 7
/// in 0–3: divergent; 43 % in the lowest third: least favourable.
fn seven(eval: &Eval) {
    let plan = [
        ("2", "8"),
        ("2", "9"),
        ("2", "9"),
        ("3", "8"),
        ("3", "1"),
        ("3", "2"),
        ("4", "2"),
    ];
    for (split, rating) in plan {
        eval.answer(&format!(
            "[answers]\nsplit = \"{split}\"\nrating = \"{rating}\"\n"
        ));
    }
}

#[test]
fn divergence_and_least_favourable_read_the_thirds_of_any_scale() {
    let eval = Eval::new(QUESTIONNAIRE);
    seven(&eval);
    let report = eval.report(&[]);
    let items = &report["items"];
    let split = by_id(items, "split");
    assert_eq!(split["divergent"], true, "43 % in 1–2 and 57 % in 3–4");
    let rating = by_id(items, "rating");
    assert_eq!(rating["divergent"], true, "57 % in 7–10 and 43 % in 0–3");
    let to_discuss = report["to_discuss"].as_array().unwrap();
    let entry = |id: &str| {
        to_discuss
            .iter()
            .find(|d| d["item"] == id)
            .unwrap_or_else(|| panic!("{id} is to discuss"))
    };
    assert_eq!(
        entry("split")["least_options"],
        serde_json::json!(["1", "2"])
    );
    close(&entry("split")["least_percent"], 300.0 / 7.0);
    assert_eq!(
        entry("rating")["least_options"],
        serde_json::json!(["0", "1", "2", "3"])
    );
    close(&entry("rating")["least_percent"], 300.0 / 7.0);
}

/// `burden` is worded negatively ("meetings are a burden") and reverse-scored: answering
/// "4" (fully) scores 1. Answers 4, 4, 4, 1 score 1, 1, 1, 4: mean 7/4 = 1.75, and the
/// least favourable options are those that agree (3 and 4, scored 2 and 1): 3 of 4 = 75 %.
#[test]
fn reverse_scored_items_are_turned_around_before_every_figure() {
    let q = format!(
        "{QUESTIONNAIRE}\n[[items]]\nid = \"burden\"\nshort = \"Meetings a burden\"\ntext = \"Our meetings are a burden.\"\nscale = \"four\"\nreverse = true\nrequired = false\n"
    );
    let eval = Eval::new(&q);
    for burden in ["4", "4", "4", "1"] {
        eval.answer(&format!(
            "[answers]\nsplit = \"3\"\nrating = \"7\"\nburden = \"{burden}\"\n"
        ));
    }
    let report = eval.report(&[]);
    let burden = by_id(&report["items"], "burden");
    close(&burden["mean"], 1.75);
    assert_eq!(burden["reversed"], true);
    assert_eq!(burden["counts"]["4"], 3, "counts stay by the code answered");
    let entry = report["to_discuss"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["item"] == "burden")
        .expect("burden is to discuss");
    assert_eq!(entry["least_options"], serde_json::json!(["3", "4"]));
    close(&entry["least_percent"], 75.0);
    let rule = report["rules"]["reversed"].as_str().unwrap();
    assert!(rule.contains("burden"), "{rule}");
    // The legend keeps the usual scores: code 4 scores 4.
    let four = report["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["code"] == "4")
        .unwrap();
    close(&four["score"], 4.0);
    // Every format says so.
    let text = partnereval([
        "report",
        path(&eval.questionnaire),
        path(&eval.responses),
        "--format",
        "markdown",
    ])
    .expect_status(0)
    .stdout;
    assert!(text.contains("Reverse-scored"), "{text}");
}

#[test]
fn reverse_is_refused_where_it_cannot_apply() {
    let q = format!(
        "{QUESTIONNAIRE}\n[[items]]\nid = \"open\"\nkind = \"text\"\ntext = \"Anything else?\"\nreverse = true\n"
    );
    let eval = Eval::new(&q);
    let out = partnereval(["validate", path(&eval.questionnaire)]).output();
    assert_ne!(out.status, 0);
    let all = format!("{}{}", out.stdout, out.stderr);
    let line = QUESTIONNAIRE.lines().count() + 6;
    assert!(all.contains(&format!("own.toml:{line}:")), "{all}");
    assert!(all.contains("reverse"), "{all}");
}

/// Unscored kinds beside one scored item.
const KINDS: &str = r#"
schema_version = 1
id = "kinds"
version = "1.0.0"
languages = ["en", "fr"]
title = { en = "Kinds", fr = "Types" }

[[scales]]
id = "four"
options = [
  { code = "1", label = "1", score = 1 }, { code = "2", label = "2", score = 2 },
  { code = "3", label = "3", score = 3 }, { code = "4", label = "4", score = 4 },
]

[[items]]
id = "split"
text = "We share the work fairly."
scale = "four"

[[items]]
id = "benefits"
kind = "multiple"
short = { en = "Benefits", fr = "Bénéfices" }
text = { en = "What has your organisation gained?", fr = "Qu’a gagné votre organisation ?" }
no_answer = true
options = [
  { code = "contacts", label = { en = "Contacts", fr = "Des contacts" } },
  { code = "funding", label = { en = "Funding", fr = "Du financement" } },
  { code = "skills", label = { en = "Skills", fr = "Des compétences" } },
  { code = "none", label = { en = "None of these", fr = "Aucun de ceux-ci" } },
]

[[items]]
id = "hours"
kind = "number"
text = { en = "Hours given each month?", fr = "Heures données chaque mois ?" }
integer = true
min = 0
max = 200
unit = { en = "hours a month", fr = "heures par mois" }
no_answer = true

[[items]]
id = "next"
kind = "text"
text = { en = "What should we talk about next time?", fr = "De quoi parler la prochaine fois ?" }

[[items]]
id = "yesno"
text = "Did you attend the last meeting?"
options = [{ code = "yes", label = "yes" }, { code = "no", label = "no" }]
"#;

/// Six respondents (see the figures in `every_kind_of_item_is_reported`).
fn six(eval: &Eval) {
    let answers = [
        r#"split = "4"
benefits = ["contacts", "skills"]
hours = 2
next = "Budget"
yesno = "yes""#,
        r#"split = "3"
benefits = ["contacts"]
hours = 4
next = "Agenda"
yesno = "yes""#,
        r#"split = "3"
benefits = "no-answer"
hours = 10
yesno = "no""#,
        r#"split = "2"
benefits = ["funding", "contacts"]
hours = "no-answer"
next = "agenda too"
yesno = "no""#,
        r#"split = "1"
benefits = ["skills"]
hours = 1
yesno = "yes""#,
        r#"split = "4"
benefits = ["contacts"]
hours = 3
yesno = "yes""#,
    ];
    for a in answers {
        eval.answer(&format!("[answers]\n{a}\n"));
    }
}

/// `benefits`: 5 answered (1 no answer): contacts 4 (80 %), funding 1 (20 %), skills 2
/// (40 %), none 0. `hours`: 1, 2, 3, 4, 10 (1 no answer): Q1 2, median 3, Q3 4, mean 4.
/// `next`: three answers, sorted. `yesno` has no score: counted, never pooled, so the
/// overall is `split` alone: (4 + 3 + 3 + 2 + 1 + 4) / 6 = 17/6.
#[test]
fn every_kind_of_item_is_reported() {
    let eval = Eval::new(KINDS);
    six(&eval);
    let r = eval.report(&[]);
    let benefits = by_id(&r["choices"], "benefits");
    assert_eq!(benefits["n"], 5);
    assert_eq!(benefits["no_answer"], 1);
    let option = |code: &str| {
        benefits["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["code"] == code)
            .unwrap()
            .clone()
    };
    assert_eq!(option("contacts")["count"], 4);
    close(&option("contacts")["percent"], 80.0);
    close(&option("funding")["percent"], 20.0);
    close(&option("skills")["percent"], 40.0);
    assert_eq!(option("none")["count"], 0);
    let hours = by_id(&r["numbers"], "hours");
    assert_eq!(hours["n"], 5);
    assert_eq!(hours["no_answer"], 1);
    for (key, value) in [
        ("min", 1.0),
        ("q1", 2.0),
        ("median", 3.0),
        ("q3", 4.0),
        ("max", 10.0),
        ("mean", 4.0),
    ] {
        close(&hours[key], value);
    }
    assert_eq!(hours["unit"], "hours a month");
    let bins = hours["histogram"].as_array().unwrap();
    assert_eq!(bins.len(), 10, "one bin per whole value from 1 to 10");
    let counts: Vec<u64> = bins.iter().map(|b| b["count"].as_u64().unwrap()).collect();
    assert_eq!(counts, [1, 1, 1, 1, 0, 0, 0, 0, 0, 1]);
    let next = by_id(&r["open"], "next");
    assert_eq!(
        next["answers"],
        serde_json::json!(["Agenda", "Budget", "agenda too"])
    );
    let yesno = by_id(&r["items"], "yesno");
    assert_eq!(yesno["counts"]["yes"], 4);
    assert!(yesno["mean"].is_null());
    assert_eq!(r["overall"]["n"], 6, "yes/no answers are not pooled");
    close(&r["overall"]["mean"], 17.0 / 6.0);
    assert_eq!(r["overall"]["items"], serde_json::json!(["split"]));

    // Every format shows them, in both languages.
    let run = |format: &str, lang: &str| {
        partnereval([
            "report",
            path(&eval.questionnaire),
            path(&eval.responses),
            "--format",
            format,
            "--lang",
            lang,
        ])
        .expect_status(0)
        .stdout
    };
    for format in ["table", "markdown", "html"] {
        let en = run(format, "en");
        for needle in ["Several answers", "Numbers", "Open questions", "agenda too"] {
            assert!(en.contains(needle), "{format}: {needle}\n{en}");
        }
        let fr = run(format, "fr");
        for needle in [
            "Plusieurs réponses",
            "Nombres",
            "Questions ouvertes",
            "Des contacts",
        ] {
            assert!(fr.contains(needle), "{format} fr: {needle}\n{fr}");
        }
    }
    let md = run("markdown", "en");
    assert!(md.contains("| Contacts | 4 | 80% |"), "{md}");
    assert!(md.contains("| 5 | 1 | 1 | 2 | 3 | 4 | 10 | 4.00 |"), "{md}");
    let fr = run("markdown", "fr");
    assert!(fr.contains("| Des contacts | 4 | 80\u{a0}% |"), "{fr}");
    let html = run("html", "en");
    assert!(html.contains("class=\"barbox histogram\""), "a histogram");
    // Options without a score are neither favourable nor unfavourable; nor averaged.
    assert!(!html.contains("no</b>\u{a0}least favourable"), "{html}");
    assert!(!html.contains("n 6 · mean: –"), "{html}");
    let csv = run("csv", "en");
    assert!(
        csv.lines()
            .any(|l| l.starts_with("kinds,,all,6,choice,benefits,,contacts,4,80.0,5,1,"))
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("kinds,,all,6,number,hours,,,,,5,1,4.0,3.0,,1.0,2.0,4.0,10.0,"))
    );
}

/// A number or multiple-choice item answered by fewer than the minimum group size is
/// withheld like any item; open answers are listed like comments.
#[test]
fn few_answers_to_other_kinds_are_withheld() {
    let eval = Eval::new(KINDS);
    six(&eval);
    let r = eval.report(&["--min-group", "6"]);
    let withheld = r["withheld_items"].as_array().unwrap();
    for id in ["benefits", "hours"] {
        assert!(withheld.contains(&Value::from(id)), "{id}: {r}");
    }
    assert!(r.get("choices").is_none() && r.get("numbers").is_none());
}

/// The type a reader infers for a column from its non-empty cells.
fn inferred(cells: &[&str]) -> &'static str {
    let all = |f: fn(&str) -> bool| cells.iter().all(|c| f(c));
    if cells.is_empty() {
        "empty"
    } else if all(|c| c == "true" || c == "false") {
        "boolean"
    } else if all(|c| c.parse::<i64>().is_ok()) {
        "integer"
    } else if all(|c| c.parse::<f64>().is_ok() && c.contains('.')) {
        "decimal"
    } else {
        "text"
    }
}

/// The CSV of the bundled self-evaluation (by sector), the contribution matrix and a
/// questionnaire with every kind of item: each column keeps one type in all of them (an
/// empty column is a missing value, compatible with any type).
#[test]
fn csv_columns_keep_one_type_in_every_dataset() {
    let expected = [
        ("questionnaire", "text"),
        ("group_field", "text"),
        ("group", "text"),
        ("group_n", "integer"),
        ("scope", "text"),
        ("id", "text"),
        ("dimension", "text"),
        ("option", "text"),
        ("count", "integer"),
        ("percent", "decimal"),
        ("n", "integer"),
        ("no_answer", "integer"),
        ("mean", "decimal"),
        ("median", "decimal"),
        ("sd", "decimal"),
        ("min", "decimal"),
        ("q1", "decimal"),
        ("q3", "decimal"),
        ("max", "decimal"),
        ("band", "text"),
        ("divergent", "boolean"),
        ("divergent_items", "integer"),
        ("skipped_files", "integer"),
        ("not_applicable", "integer"),
    ];
    let kinds = Eval::new(KINDS);
    six(&kinds);
    let (_matrix_dir, matrix) = common::matrix_fixture();
    let riverside = common::root().join("examples/riverside");
    let datasets = [
        vec![path(&riverside), "--by", "sector"],
        vec![matrix.to_str().unwrap()],
        vec![path(&kinds.questionnaire), path(&kinds.responses)],
    ];
    for args in datasets {
        let mut all = vec!["report"];
        all.extend(&args);
        all.extend(["--format", "csv"]);
        let out = partnereval(&all).expect_status(0).stdout;
        let mut reader = csv::Reader::from_reader(out.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        let names: Vec<&str> = expected.iter().map(|(n, _)| *n).collect();
        assert_eq!(header, names);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        for (k, (name, kind)) in expected.iter().enumerate() {
            let cells: Vec<&str> = rows
                .iter()
                .map(|r| &r[k])
                .filter(|c| !c.is_empty())
                .collect();
            let found = inferred(&cells);
            // A column of decimals may happen to hold none; whole-number text is not one.
            assert!(
                found == *kind || found == "empty" || (*kind == "text" && found != "boolean"),
                "{args:?}: column {name} reads as {found}, documented as {kind}"
            );
        }
    }
}

/// The first questionnaire with a condition holding both scales, and a condition of the
/// 1–4 item alone.
fn mixed() -> String {
    format!(
        "{QUESTIONNAIRE}\n[[dimensions]]\nid = \"both\"\nname = \"Both\"\nitems = [\"split\", \"rating\"]\n"
    )
}

/// Items on a 1–4 and a 0–10 scale. `split` (2, 2, 2, 3, 3, 3, 4): mean 19/7 ≈ 2.71 on 1–4,
/// whose thirds are 1–2, 2–3, 3–4: moderate. `rating` (8, 9, 9, 8, 1, 2, 2): mean 39/7 ≈ 5.57
/// on 0–10 (thirds at 3.33 and 6.67): moderate. The condition over both is on 0–100: split's
/// answers are (s − 1)/3 × 100 (33.3, 33.3, 33.3, 66.7, 66.7, 66.7, 100), rating's s × 10
/// (80, 90, 90, 80, 10, 20, 20); their mean is (400 + 390) / 14 = 395/7 ≈ 56.43:
/// moderate on the common scale.
#[test]
fn each_scale_is_read_on_its_own_terms() {
    let eval = Eval::new(&mixed());
    seven(&eval);
    let r = eval.report(&[]);
    let split = by_id(&r["items"], "split");
    close(&split["mean"], 19.0 / 7.0);
    assert_eq!(split["band"], "moderate");
    assert_eq!(split["scale"], "four");
    let rating = by_id(&r["items"], "rating");
    close(&rating["mean"], 39.0 / 7.0);
    assert_eq!(rating["band"], "moderate");
    assert_eq!(rating["scale"], "ten");
    let both = by_id(&r["dimensions"], "both");
    close(&both["mean"], 395.0 / 7.0);
    assert_eq!(both["band"], "moderate");
    assert_eq!(both["scale"], "common");
    assert_eq!(both["n"], 14);
    assert!(
        both["counts"].as_object().unwrap().is_empty(),
        "codes of different scales are not pooled"
    );
    let scales = r["rules"]["scales"].as_array().unwrap();
    let ids: Vec<&str> = scales.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["four", "ten", "common"]);
    close(&scales[0]["bands"][0]["max"], 2.0);
    close(&scales[1]["bands"][0]["max"], 10.0 / 3.0);
    close(&scales[2]["bands"][2]["min"], 200.0 / 3.0);
    assert!(
        r["rules"]["common_scale"]
            .as_str()
            .unwrap()
            .contains("0 to 100")
    );
    // Band edges are printed rounded; each scale's bands and the common scale are said.
    let md = partnereval([
        "report",
        path(&eval.questionnaire),
        path(&eval.responses),
        "--format",
        "markdown",
    ])
    .expect_status(0)
    .stdout;
    assert!(
        md.contains("Bands for split: weak 1–2, moderate 2–3, strong 3–4."),
        "{md}"
    );
    assert!(
        md.contains("Bands for rating: weak 0–3.33, moderate 3.33–6.67, strong 6.67–10."),
        "{md}"
    );
    assert!(!md.contains("3.3333333"), "{md}");
    // The page draws each condition on its own axis.
    let html = partnereval([
        "report",
        path(&eval.questionnaire),
        path(&eval.responses),
        "--format",
        "html",
    ])
    .expect_status(0)
    .stdout;
    assert!(
        html.contains("Both: mean 56.43 on a scale from 0 to 100"),
        "{html}"
    );
    // Each item says what its codes mean; no legend mixes the two scales' codes.
    assert!(html.contains("4 fully · 3 mostly · 2 a little · 1 not at all"));
    assert!(!html.contains("most favourable, score 10"));
}

/// Bands written for one scale; bands for the whole questionnaire with items on two
/// ranges are refused with the way out.
#[test]
fn scales_carry_their_own_bands_and_threshold() {
    let own = QUESTIONNAIRE.replace(
        "  { code = \"4\", label = { en = \"fully\", fr = \"entièrement\" }, score = 4 },\n]",
        "  { code = \"4\", label = { en = \"fully\", fr = \"entièrement\" }, score = 4 },\n]\nthreshold = 0.5\nbands = [\n  { id = \"low\", label = \"low\", min = 1, max = 3 },\n  { id = \"high\", label = \"high\", min = 3, max = 4 },\n]",
    );
    assert_ne!(own, QUESTIONNAIRE);
    let eval = Eval::new(&own);
    seven(&eval);
    let r = eval.report(&[]);
    assert_eq!(
        by_id(&r["items"], "split")["band"],
        "low",
        "2.71 is under 3"
    );
    let both =
        format!("{QUESTIONNAIRE}\n[[bands]]\nid = \"all\"\nlabel = \"all\"\nmin = 0\nmax = 10\n");
    let eval = Eval::new(&both);
    let out = partnereval(["validate", path(&eval.questionnaire)]).output();
    assert_ne!(out.status, 0);
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(all.contains("different score ranges (1–4, 0–10)"), "{all}");
    assert!(all.contains("[[scales]]"), "{all}");
}

/// Two rounds: `split` moves by 23/7 − 19/7 = 4/7 ≈ 0.57, beyond its 1–4 scale's threshold
/// (15 % of 3 = 0.45); `rating` by 44/7 − 39/7 = 5/7 ≈ 0.71, within its 0–10 scale's (1.5).
#[test]
fn compare_uses_each_scale_s_threshold() {
    let eval = Eval::new(&mixed());
    seven(&eval);
    let later = eval.responses.with_file_name("later");
    std::fs::create_dir(&later).unwrap();
    for (split, rating) in [
        ("3", "9"),
        ("3", "9"),
        ("3", "9"),
        ("3", "9"),
        ("3", "2"),
        ("4", "3"),
        ("4", "3"),
    ] {
        partnereval([
            "take",
            path(&eval.questionnaire),
            "--out",
            path(&later),
            "--answers",
            "-",
        ])
        .stdin(format!(
            "[answers]\nsplit = \"{split}\"\nrating = \"{rating}\"\n"
        ))
        .expect_status(0);
    }
    let compare = |extra: &[&str]| {
        let mut args = vec![
            "compare",
            path(&eval.questionnaire),
            "--from",
            path(&eval.responses),
            "--to",
            path(&later),
        ];
        args.extend_from_slice(extra);
        partnereval(&args)
    };
    let c: Value =
        serde_json::from_str(&compare(&["--format", "json"]).expect_status(0).stdout).unwrap();
    let split = by_id(&c["items"], "split");
    close(&split["change"], 4.0 / 7.0);
    assert_ne!(split["trend"], "steady", "beyond 0.45");
    let rating = by_id(&c["items"], "rating");
    close(&rating["change"], 5.0 / 7.0);
    assert_eq!(rating["trend"], "steady", "within 1.5");
    let thresholds: Vec<(String, f64)> = c["rules"]["scales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_owned(),
                s["threshold"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        thresholds,
        [
            ("four".to_owned(), 0.45),
            ("ten".to_owned(), 1.5),
            ("common".to_owned(), 15.0)
        ]
    );
    let refused = compare(&["--threshold", "0.3"]).output();
    assert_eq!(refused.status, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("several scales (1–4, 0–10)"),
        "{}",
        refused.stderr
    );
}

/// A questionnaire written in English only is reported in French: partnereval's own texts
/// in French, the questionnaire's as written.
#[test]
fn a_report_speaks_partnereval_s_languages_whatever_the_questionnaire_s() {
    let q = r#"
schema_version = 1
id = "english-only"
version = "1.0.0"
languages = ["en"]
title = "Check-in"

[[items]]
id = "next"
kind = "text"
text = "What should we talk about next time?"
"#;
    let eval = Eval::new(q);
    for text in ["Funding", "Roles", "Funding again"] {
        eval.answer(&format!("[answers]\nnext = \"{text}\"\n"));
    }
    let fr = partnereval([
        "report",
        path(&eval.questionnaire),
        path(&eval.responses),
        "--lang",
        "fr",
    ])
    .expect_status(0)
    .stdout;
    assert!(fr.contains("Questions ouvertes"), "{fr}");
    assert!(fr.contains("What should we talk about next time?"), "{fr}");
    assert!(fr.contains("Funding again"), "{fr}");
    // A language partnereval does not speak is still refused.
    let de = partnereval([
        "report",
        path(&eval.questionnaire),
        path(&eval.responses),
        "--lang",
        "de",
    ])
    .output();
    assert_eq!(de.status, 2, "{}", de.stderr);
}

/// `--plain` numbers a 0–10 scale by its codes: typing 7 records "7" (not the seventh
/// option, "6"); labels are shown, never codes.
#[test]
fn plain_mode_records_what_is_typed_on_a_numbered_scale() {
    let eval = Eval::new(QUESTIONNAIRE);
    let out = partnereval([
        "take",
        path(&eval.questionnaire),
        "--out",
        path(&eval.responses),
        "--plain",
        "--lang",
        "en",
    ])
    .stdin("\n3\n7\n\n")
    .expect_status(0)
    .stderr;
    assert!(out.contains("\n   0) 0\n"), "{out}");
    assert!(out.contains("\n  10) 10\n  11) Back\n"), "{out}");
    assert!(out.contains("  3) mostly\n"), "labels, not codes: {out}");
    let file = std::fs::read_dir(&eval.responses)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .expect("a response");
    let response: Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    assert_eq!(response["answers"]["rating"], "7");
    assert_eq!(response["answers"]["split"], "3");
}
