//! `compare` says which changes chance alone would give: every p-value here is worked out by
//! hand (or by listing every split in the test), and the column heads name the rounds.
//!
//! Fixtures: the bundled self-evaluation (scores A 3, B 2, C 1; default threshold 0.3;
//! minimum group size 3). Unless said otherwise, items q04–q18 are B for everyone.

mod common;

use std::path::{Path, PathBuf};

use common::{by_id, close, partnereval};
use serde_json::{Value, json};

/// A response answering q01–q03 with `first`, every other item with `rest`.
fn answers(first: &[&str; 3], rest: &str) -> String {
    let mut s = String::from("[profile]\nsector = \"community\"\n[answers]\n");
    for n in 1..=18 {
        let code = if n <= 3 { first[n - 1] } else { rest };
        s.push_str(&format!("q{n:02} = \"{code}\"\n"));
    }
    s
}

fn take(dir: &Path, first: &[&str; 3], rest: &str) {
    partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(answers(first, rest))
        .expect_status(0);
}

/// An evaluation with two rounds, "Before" then "After": each response is (q01–q03, the
/// other items).
fn two_rounds(
    before: &[([&str; 3], &str)],
    after: &[([&str; 3], &str)],
) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    let d = dir.to_str().unwrap();
    partnereval(["init", d, "-q", "action-in-partnership", "--name", "Chance"]).expect_status(0);
    for (first, rest) in before {
        take(&dir, first, rest);
    }
    partnereval(["round", "new", d, "After", "--first-name", "Before"]).expect_status(0);
    for (first, rest) in after {
        take(&dir, first, rest);
    }
    (tmp, dir)
}

fn json_of(args: &[&str]) -> Value {
    let out = partnereval(args).expect_status(0);
    serde_json::from_str(&out.stdout).unwrap()
}

fn compare_json(dir: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["compare", dir.to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    json_of(&args)
}

/// The two-sided permutation p-value of the difference in means, by listing every way to
/// split the pooled values (as fractions: no rounding) into groups of the rounds' sizes.
fn every_split(from: &[(i64, i64)], to: &[(i64, i64)]) -> (u64, u64) {
    // (numerator, denominator) of each value; means compared as exact fractions.
    let pool: Vec<(i64, i64)> = from.iter().chain(to).copied().collect();
    let (n, k) = (pool.len(), from.len());
    // Σ a/b as one fraction over the product of the denominators, scaled by count.
    let mean_times = |values: &[(i64, i64)], scale: i64| -> (i128, i128) {
        let den: i128 = values.iter().map(|v| v.1 as i128).product();
        let num: i128 = values
            .iter()
            .map(|v| v.0 as i128 * (den / v.1 as i128))
            .sum();
        (num * scale as i128, den * values.len() as i128)
    };
    let distance = |a: &[(i64, i64)], b: &[(i64, i64)]| -> (i128, i128) {
        let (p, q) = mean_times(b, 1);
        let (r, s) = mean_times(a, 1);
        ((p * s - r * q).abs(), q * s)
    };
    let (on, od) = distance(from, to);
    let (mut extreme, mut all) = (0, 0);
    for mask in 0u32..(1 << n) {
        if mask.count_ones() as usize != k {
            continue;
        }
        let a: Vec<(i64, i64)> = (0..n)
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| pool[i])
            .collect();
        let b: Vec<(i64, i64)> = (0..n)
            .filter(|i| mask & (1 << i) == 0)
            .map(|i| pool[i])
            .collect();
        let (dn, dd) = distance(&a, &b);
        all += 1;
        if dn * od >= on * dd {
            extreme += 1;
        }
    }
    (extreme, all)
}

/// Round 1: q01 A, A, B, C (scores 3 3 2 1, mean 2.25); round 2: A, B, C, C (3 2 1 1, mean
/// 1.75). Change −0.5, beyond the threshold 0.3.
///
/// The 8 answers pooled are A×3, B×2, C×3, their scores add up to 16; a split gives round 1
/// four of them with score sum S, and the difference in means is (16 − S)/4 − S/4 =
/// 4 − S/2. Observed: S = 9, difference −0.5. A split is as extreme when |4 − S/2| ≥ 0.5,
/// that is S ≠ 8. The splits with S = 8 (a A's, b B's, c C's with a + b + c = 4 and
/// 3a + 2b + c = 8, so 2a + b = 4): (a, b, c) = (2, 0, 2): C(3,2)·C(2,0)·C(3,2) = 9, and
/// (1, 2, 1): C(3,1)·C(2,2)·C(3,1) = 9; 18 of the C(8,4) = 70 splits. p = 52/70 = 26/35 ≈
/// 0.743: within chance.
#[test]
fn a_small_change_is_within_chance_by_the_hand_count() {
    let (_tmp, dir) = two_rounds(
        &[
            (["A", "B", "B"], "B"),
            (["A", "B", "B"], "B"),
            (["B", "B", "B"], "B"),
            (["C", "B", "B"], "B"),
        ],
        &[
            (["A", "B", "B"], "B"),
            (["B", "B", "B"], "B"),
            (["C", "B", "B"], "B"),
            (["C", "B", "B"], "B"),
        ],
    );
    let c = compare_json(&dir, &[]);
    let q01 = by_id(&c["items"], "q01");
    close(&q01["change"], -0.5);
    close(&q01["p_value"], 26.0 / 35.0);
    assert_eq!(q01["test"], "exact");
    assert_eq!(q01["trend"], "within-chance");
    assert_eq!(c["declined"], json!([]));
    assert_eq!(c["within_chance"], json!(["q01"]));
    // No change at all: every split is as extreme.
    let q02 = by_id(&c["items"], "q02");
    assert_eq!(q02["p_value"], 1.0);
    assert_eq!(q02["trend"], "steady");
    assert_eq!(
        every_split(
            &[(3, 1), (3, 1), (2, 1), (1, 1)],
            &[(3, 1), (2, 1), (1, 1), (1, 1)]
        ),
        (52, 70)
    );

    // The rules say how, with the level as a number.
    assert_eq!(c["rules"]["significance"], 0.05);
    assert_eq!(c["rules"]["exact_splits"], 20000);
    assert_eq!(c["rules"]["resamples"], 20000);
    let chance = c["rules"]["chance"].as_str().unwrap();
    for words in [
        "two-sided permutation test",
        "0.05 significance level",
        "answers are shuffled",
        "whole respondents are shuffled",
        "at most 20000 ways",
        "20000 random splits drawn from a fixed seed",
        "Monte Carlo",
    ] {
        assert!(chance.contains(words), "{words}: {chance}");
    }
    let within = c["rules"]["within_chance"].as_str().unwrap();
    assert!(
        within.contains("cannot tell it from the noise of people simply answering again"),
        "{within}"
    );
    // Every format states the test.
    for format in ["table", "markdown", "html"] {
        let out = partnereval(["compare", dir.to_str().unwrap(), "--format", format])
            .env("COLUMNS", "100")
            .expect_status(0)
            .stdout;
        assert!(
            out.contains("two-sided permutation test"),
            "{format}: {out}"
        );
        assert!(out.contains("Within chance"), "{format}: {out}");
    }

    // CSV: the p-value on each row of the item.
    let csv = partnereval(["compare", dir.to_str().unwrap(), "--format", "csv"])
        .expect_status(0)
        .stdout;
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with(",trend,divergence,p_value")
    );
    let q01_rows: Vec<&str> = csv.lines().filter(|l| l.contains(",item,q01,")).collect();
    assert_eq!(q01_rows.len(), 6, "{csv}");
    for row in q01_rows {
        let p: f64 = row.rsplit(',').next().unwrap().parse().unwrap();
        assert!((p - 26.0 / 35.0).abs() < 1e-9, "{row}");
        assert!(row.contains(",within-chance,"), "{row}");
    }
}

/// 12 respondents answer A to every item, then 12 answer C: change −2 everywhere.
///
/// Items: of the C(24, 12) = 2 704 156 ways to split the 24 answers, only two are as
/// extreme (all A in one round, all C in the other): p = 2/2 704 156 ≈ 7.4e-7.
/// Dimensions: the 24 respondent means (3 or 1) split the same way, but C(24, 12) is more
/// than 20 000, so by Monte Carlo: no random split is likely to be as extreme
/// (probability 7.4e-7 each), so p = (0 + 1)/(20 000 + 1).
#[test]
fn a_clear_change_is_more_than_chance() {
    let before: Vec<([&str; 3], &str)> = vec![(["A", "A", "A"], "A"); 12];
    let after: Vec<([&str; 3], &str)> = vec![(["C", "C", "C"], "C"); 12];
    let (_tmp, dir) = two_rounds(&before, &after);
    let c = compare_json(&dir, &[]);
    for item in c["items"].as_array().unwrap() {
        close(&item["change"], -2.0);
        close(&item["p_value"], 2.0 / 2_704_156.0);
        assert_eq!(item["test"], "exact");
        assert_eq!(item["trend"], "declined", "{item}");
    }
    assert_eq!(c["declined"].as_array().unwrap().len(), 18);
    assert_eq!(c["within_chance"], json!([]));
    for d in c["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .chain([&c["overall"]])
    {
        close(&d["p_value"], 1.0 / 20_001.0);
        assert_eq!(d["test"], "monte-carlo");
        assert_eq!(d["trend"], "declined", "{d}");
    }
    let table = partnereval(["compare", dir.to_str().unwrap()])
        .expect_status(0)
        .stdout;
    assert!(table.contains("\nDeclined\n"), "{table}");
    assert!(!table.contains("Within chance ("), "{table}");
}

/// 3 respondents answer A to every item, then 3 answer C: a change of −2, the largest
/// there can be, yet only C(6, 3) = 20 ways to split 6 answers, 2 of them as extreme:
/// p = 2/20 = 0.1. The dimensions split 6 respondents in the same 20 ways (exact).
#[test]
fn a_large_change_among_few_is_within_chance() {
    let before: Vec<([&str; 3], &str)> = vec![(["A", "A", "A"], "A"); 3];
    let after: Vec<([&str; 3], &str)> = vec![(["C", "C", "C"], "C"); 3];
    let (_tmp, dir) = two_rounds(&before, &after);
    let c = compare_json(&dir, &[]);
    for item in c["items"].as_array().unwrap() {
        close(&item["change"], -2.0);
        close(&item["p_value"], 0.1);
        assert_eq!(item["trend"], "within-chance", "{item}");
    }
    assert_eq!(c["declined"], json!([]));
    assert_eq!(c["within_chance"].as_array().unwrap().len(), 18);
    for d in c["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .chain([&c["overall"]])
    {
        close(&d["p_value"], 0.1);
        assert_eq!(d["test"], "exact");
        assert_eq!(d["trend"], "within-chance", "{d}");
    }
    let table = partnereval(["compare", dir.to_str().unwrap()])
        .expect_status(0)
        .stdout;
    assert!(
        table.contains("Within chance (answering again could give these changes)"),
        "{table}"
    );
    assert!(!table.contains("\nDeclined\n"), "{table}");
    // The HTML page marks them apart, not as declined.
    let html = partnereval(["compare", dir.to_str().unwrap(), "--format", "html"])
        .expect_status(0)
        .stdout;
    assert!(html.contains("≈ within chance</span>"), "{html}");
    assert!(!html.contains("▼"), "{html}");
}

/// Swapping the rounds swaps the sign of every change, never a p-value: with 40
/// respondents a round (demo data), exact for the items and Monte Carlo for the dimensions.
#[test]
fn swapping_the_rounds_gives_the_same_p_values() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let d = dir.to_str().unwrap();
    partnereval(["demo", d, "-n", "40", "--rounds", "2"]).expect_status(0);
    let ab = compare_json(&dir, &["--from", "Round 1", "--to", "Round 2"]);
    let ba = compare_json(&dir, &["--from", "Round 2", "--to", "Round 1"]);
    for (x, y) in ab["items"]
        .as_array()
        .unwrap()
        .iter()
        .zip(ba["items"].as_array().unwrap())
    {
        assert_eq!(x["id"], y["id"]);
        assert_eq!(x["test"], "exact");
        let (p, q) = (
            x["p_value"].as_f64().unwrap(),
            y["p_value"].as_f64().unwrap(),
        );
        assert!((p - q).abs() < 1e-12, "{}: {p} vs {q}", x["id"]);
    }
    let dims = |c: &Value| -> Vec<Value> {
        c["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .chain([&c["overall"]])
            .cloned()
            .collect()
    };
    for (x, y) in dims(&ab).iter().zip(dims(&ba)) {
        assert_eq!(x["test"], "monte-carlo");
        assert_eq!(x["p_value"], y["p_value"], "{}", x["id"]);
        // (b + 1)/(R + 1) with R = 20 000.
        let b = x["p_value"].as_f64().unwrap() * 20_001.0 - 1.0;
        assert!((b - b.round()).abs() < 1e-6, "{b}");
    }
    // The same answers always give the same p-values.
    assert_eq!(compare_json(&dir, &[])["dimensions"], ab["dimensions"]);
    // improved/declined hold only changes beyond the threshold and beyond chance.
    for list in ["improved", "declined"] {
        for id in ab[list].as_array().unwrap() {
            let item = by_id(&ab["items"], id.as_str().unwrap());
            assert!(item["p_value"].as_f64().unwrap() < 0.05, "{item}");
        }
    }
    for id in ab["within_chance"].as_array().unwrap() {
        let item = by_id(&ab["items"], id.as_str().unwrap());
        assert!(item["p_value"].as_f64().unwrap() >= 0.05, "{item}");
        assert!(item["change"].as_f64().unwrap().abs() > 0.3, "{item}");
    }
}

/// Dimensions shuffle whole respondents, each with their mean over the dimension's items.
///
/// Range of perspectives (q01, q02). Round 1: (A, A) 3, (B, C) 1.5, (C, C) 1, (C, B) 1.5;
/// round 2: (A, C) 2, (A, C) 2, (B, C) 1.5, (A, B) 2.5, (B, no answer) 2. Means 1.75 and
/// 2, difference 0.25; of the C(9, 4) = 126 splits of the 9 respondents, 77 are as
/// extreme: p = 77/126 = 11/18.
///
/// With q03 answered by only 2 people in round 1 (fewer than 3), q03 is withheld there and
/// left out of that round's respondent means: overall, round 1 is (A, A + 15 B) 36/17,
/// (B, C + 15 B) 33/17, (C, C + 15 B) 32/17, (C, B + 15 B) 33/17; round 2, where q03 is
/// shown, (A, C, A) 37/18, (A, C, C) 35/18, (B, C, A) 2, (A, B, C) 2, (B, –, A) 35/17.
/// 52 of the 126 splits are as extreme: p = 52/126 = 26/63 (with q03 kept, it would be
/// 97/126).
#[test]
fn dimensions_shuffle_whole_respondents() {
    let round_2 = [
        (["A", "C", "A"], "B"),
        (["A", "C", "C"], "B"),
        (["B", "C", "A"], "B"),
        (["A", "B", "C"], "B"),
        (["B", "no-answer", "A"], "B"),
    ];
    let (_tmp, dir) = two_rounds(
        &[
            (["A", "A", "A"], "B"),
            (["B", "C", "A"], "B"),
            (["C", "C", "no-answer"], "B"),
            (["C", "B", "A"], "B"),
        ],
        &round_2,
    );
    let c = compare_json(&dir, &[]);
    let p = by_id(&c["dimensions"], "perspectives");
    close(&p["change"], 0.25);
    close(&p["p_value"], 11.0 / 18.0);
    assert_eq!(p["test"], "exact");
    assert_eq!(p["trend"], "steady");
    assert_eq!(
        every_split(
            &[(3, 1), (3, 2), (1, 1), (3, 2)],
            &[(2, 1), (2, 1), (3, 2), (5, 2), (2, 1)]
        ),
        (77, 126)
    );

    let (_tmp, dir) = two_rounds(
        &[
            (["A", "A", "A"], "B"),
            (["B", "C", "A"], "B"),
            (["C", "C", "no-answer"], "B"),
            (["C", "B", "no-answer"], "B"),
        ],
        &round_2,
    );
    let c = compare_json(&dir, &[]);
    let before = json_of(&[
        "report",
        dir.to_str().unwrap(),
        "--round",
        "Before",
        "--format",
        "json",
    ]);
    assert_eq!(before["withheld_items"], json!(["q03"]));
    assert!(
        c["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["id"] != "q03")
    );
    let e = by_id(&c["dimensions"], "early-involvement");
    assert_eq!(e["trend"], "not-comparable");
    assert_eq!(e["p_value"], Value::Null);
    assert_eq!(e["test"], Value::Null);
    let from = [(36, 17), (33, 17), (32, 17), (33, 17)];
    let to = [(37, 18), (35, 18), (2, 1), (2, 1), (35, 17)];
    assert_eq!(every_split(&from, &to), (52, 126));
    close(&c["overall"]["p_value"], 26.0 / 63.0);
    assert_eq!(
        every_split(&[(39, 18), (36, 18), (32, 17), (33, 17)], &to),
        (97, 126),
        "keeping q03 would give another p-value"
    );
    // The same through NDJSON bundles (the fast path, counted in parts and merged).
    let tmp = tempfile::tempdir().unwrap();
    let (old, new) = (
        tmp.path().join("before.ndjson"),
        tmp.path().join("after.ndjson"),
    );
    let d = dir.to_str().unwrap();
    partnereval([
        "export",
        d,
        "--round",
        "Before",
        "-o",
        old.to_str().unwrap(),
    ])
    .expect_status(0);
    partnereval(["export", d, "--round", "After", "-o", new.to_str().unwrap()]).expect_status(0);
    let sets = json_of(&[
        "compare",
        "action-in-partnership",
        "--from",
        old.to_str().unwrap(),
        "--to",
        new.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(sets["overall"]["p_value"], c["overall"]["p_value"]);
    assert_eq!(sets["dimensions"], c["dimensions"]);
    // Nothing of a respondent's means is written anywhere.
    let report = partnereval(["report", dir.to_str().unwrap(), "--format", "json"])
        .expect_status(0)
        .stdout;
    assert!(!report.contains("respondent_means"), "{report}");
}

/// The column heads name the rounds ("Before: mean (n)"), not "n 1 / mean 1", and no word
/// is broken at 80 or 120 columns.
#[test]
fn the_column_heads_name_the_rounds() {
    let (_tmp, dir) = two_rounds(
        &[
            (["A", "A", "A"], "B"),
            (["B", "C", "A"], "B"),
            (["C", "C", "B"], "B"),
        ],
        &[
            (["A", "C", "A"], "B"),
            (["A", "C", "C"], "B"),
            (["B", "C", "A"], "B"),
        ],
    );
    let d = dir.to_str().unwrap();
    let md = partnereval(["compare", d, "--format", "markdown"])
        .expect_status(0)
        .stdout;
    assert!(
        md.contains(
            "| item | Before: mean (n) | After: mean (n) | Change | A pts | B pts | C pts | Trend | div. |"
        ),
        "{md}"
    );
    assert!(
        md.contains("| q01 | 2.00\u{a0}(3) | 2.67\u{a0}(3) | +0.67 |"),
        "{md}"
    );
    assert!(md.contains("only in After"), "{md}");
    assert!(!md.contains("mean 1") && !md.contains("1 = Before"), "{md}");
    for width in ["80", "120"] {
        let table = partnereval(["compare", d])
            .env("COLUMNS", width)
            .expect_status(0)
            .stdout;
        let w: usize = width.parse().unwrap();
        for line in table.lines() {
            assert!(line.chars().count() <= w, "{width}: {line}");
        }
        let heads: Vec<&str> = table.lines().filter(|l| l.contains("Before")).collect();
        assert!(heads.iter().any(|l| l.contains("Before:")), "{table}");
        // Each word of the heads whole on a line.
        for word in ["Before:", "After:", "mean", "Change"] {
            assert!(table.contains(word), "{width}: {word}\n{table}");
        }
        assert!(
            !table.contains("n 1") && !table.contains("mean 1"),
            "{table}"
        );
        for line in table.lines() {
            for word in line.split_whitespace() {
                assert!(
                    !["Befo", "Aft", "mea", "Chan", "withi", "chanc"].contains(&word),
                    "a broken word at {width}: {line}"
                );
            }
        }
    }
    // Response sets are named by their file.
    let tmp = tempfile::tempdir().unwrap();
    let (old, new) = (
        tmp.path().join("autumn.ndjson"),
        tmp.path().join("spring.ndjson"),
    );
    partnereval([
        "export",
        d,
        "--round",
        "Before",
        "-o",
        old.to_str().unwrap(),
    ])
    .expect_status(0);
    partnereval(["export", d, "--round", "After", "-o", new.to_str().unwrap()]).expect_status(0);
    let md = partnereval([
        "compare",
        "action-in-partnership",
        "--from",
        old.to_str().unwrap(),
        "--to",
        new.to_str().unwrap(),
        "--format",
        "markdown",
    ])
    .expect_status(0)
    .stdout;
    assert!(
        md.contains("| item | autumn.ndjson: mean (n) | spring.ndjson: mean (n) |"),
        "{md}"
    );
}

/// In French: « dans les marges du hasard », the rules of the test, the rounds in the heads;
/// no English left in those messages.
#[test]
fn the_chance_test_speaks_french() {
    let before: Vec<([&str; 3], &str)> = vec![(["A", "A", "A"], "A"); 3];
    let after: Vec<([&str; 3], &str)> = vec![(["C", "C", "C"], "C"); 3];
    let (_tmp, dir) = two_rounds(&before, &after);
    let d = dir.to_str().unwrap();
    let table = partnereval(["compare", d, "--lang", "fr"])
        .expect_status(0)
        .stdout;
    // Lines joined (no-break spaces kept).
    let flat = table
        .split([' ', '\n'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    for words in [
        "Dans les marges du hasard (répondre de nouveau pourrait donner ces variations)",
        "dans les marges du hasard",
        "test de permutation bilatéral",
        "au seuil de signification de 0,05",
        "ce sont les personnes qui sont redistribuées",
        "méthode de Monte-",
        "dont la valeur p est de 0,05 ou plus",
        "Before\u{a0}:",
        "moy. (n)",
        "seulement dans «\u{a0}After\u{a0}»",
    ] {
        assert!(flat.contains(words), "{words}\n{table}");
    }
    for english in [
        "within",
        "chance",
        "shuffled",
        "splits",
        "answering",
        "significance",
        "mean (n)",
        "only in",
    ] {
        assert!(!table.contains(english), "{english}\n{table}");
    }
    let json = compare_json(&dir, &["--lang", "fr"]);
    assert!(
        json["rules"]["chance"].as_str().unwrap().contains(
            "(méthode de Monte-Carlo\u{a0}: les mêmes réponses donnent toujours la même valeur p)"
        ),
        "{json}"
    );
    assert!(
        json["rules"]["within_chance"]
            .as_str()
            .unwrap()
            .starts_with("Dans les marges du hasard\u{a0}: "),
        "{json}"
    );
    // The codes stay the same in every language.
    assert_eq!(by_id(&json["items"], "q01")["trend"], "within-chance");
    let md = partnereval(["compare", d, "--lang", "fr", "--format", "markdown"])
        .expect_status(0)
        .stdout;
    assert!(
        md.contains("| n° | Before\u{a0}: moy. (n) | After\u{a0}: moy. (n) | Variation |"),
        "{md}"
    );
    assert!(md.contains("| dans les marges du hasard |"), "{md}");
}

/// A bundle of `answers(i)` for i in 0..n, each line the exported `template` with another id.
fn bundle(path: &Path, template: &Value, n: usize, answers: impl Fn(usize) -> [&'static str; 18]) {
    let mut text = String::new();
    for i in 0..n {
        let mut r = template.clone();
        r["id"] = json!(format!(
            "{:032x}",
            path.to_str().unwrap().len() * 100_000 + i
        ));
        for (k, code) in answers(i).iter().enumerate() {
            r["answers"][format!("q{:02}", k + 1)] = json!(code);
        }
        text.push_str(&serde_json::to_string(&r).unwrap());
        text.push('\n');
    }
    std::fs::write(path, text).unwrap();
}

/// An item answered by only 2 of 300 respondents is withheld: it counts in nobody's means,
/// even when those 2 are far apart in a bundle read in parts on every core. The p-values of
/// the dimensions and overall are the same as if the 2 had chosen "no answer".
#[test]
fn a_withheld_item_counts_in_nobodys_means() {
    let (tmp, dir) = two_rounds(&[(["A", "B", "C"], "B"); 3], &[(["A", "B", "C"], "B"); 3]);
    let line = partnereval(["export", dir.to_str().unwrap(), "--round", "Before"])
        .expect_status(0)
        .stdout;
    let template: Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    let code =
        |i: usize, k: usize| ["A", "B", "C", "B", "A", "C", "B"][(i * 7 + k * k * 3 + i / 5) % 7];
    let before = |q03: bool| {
        move |i: usize| {
            let mut a: [&str; 18] = std::array::from_fn(|k| code(i, k));
            a[2] = if q03 && (i == 4 || i == 290) {
                "A"
            } else {
                "no-answer"
            };
            a
        }
    };
    let (with, without, after) = (
        tmp.path().join("with.ndjson"),
        tmp.path().join("without.ndjson"),
        tmp.path().join("after.ndjson"),
    );
    bundle(&with, &template, 300, before(true));
    bundle(&without, &template, 300, before(false));
    bundle(&after, &template, 300, |i| {
        std::array::from_fn(|k| code(i + 3, k))
    });
    let compare = |from: &Path| {
        json_of(&[
            "compare",
            "action-in-partnership",
            "--from",
            from.to_str().unwrap(),
            "--to",
            after.to_str().unwrap(),
            "--format",
            "json",
        ])
    };
    let (a, b) = (compare(&with), compare(&without));
    assert!(
        a["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["id"] != "q03")
    );
    let tests = |c: &Value| -> Vec<(Value, Value, Value)> {
        c["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .chain([&c["overall"]])
            .map(|d| (d["id"].clone(), d["p_value"].clone(), d["test"].clone()))
            .collect()
    };
    assert_eq!(tests(&a), tests(&b));
    assert_eq!(a["overall"]["test"], "monte-carlo");
    assert!(a["overall"]["p_value"].is_number());
}
