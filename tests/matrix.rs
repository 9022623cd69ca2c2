//! The Partner Contribution Matrix: figures checked against values worked out by hand.

mod common;

use common::{CATEGORIES, answer_matrix as answer, close, matrix_fixture as fixture, partnereval};
use serde_json::Value;

#[test]
fn the_matrix_matches_the_hand_computation() {
    let (_tmp, dir) = fixture();
    let out = partnereval(["report", dir.to_str().unwrap(), "--format", "json"]).expect_status(0);
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    let mx = &r["matrix"];
    assert_eq!(mx["by"], "organisation");
    let orgs = mx["organisations"].as_array().unwrap();
    let codes: Vec<&str> = orgs.iter().map(|o| o["code"].as_str().unwrap()).collect();
    assert_eq!(
        codes,
        ["alpha-clinic", "beta-health-unit"],
        "partner-list order"
    );
    // The one respondent who answered for "another organisation" is under the minimum group
    // size (3): not shown, and the report says so.
    assert_eq!(
        mx["notes"],
        serde_json::json!([
            "1 respondents who did not name a partner organisation are not shown: fewer than 3."
        ])
    );
    let alpha = &orgs[0];
    assert_eq!(alpha["respondents"], 2);
    // medians of two answers: staff (0 + 2)/2 = 1, authority (3 + 2)/2 = 2.5
    close(&alpha["contributes"]["staff"], 1.0);
    close(&alpha["contributes"]["authority"], 2.5);
    close(&alpha["contributes"]["funding"], 3.0);
    // 3 + 1 + 0 + 1 + 3 + 2 + 0 + 1 + 2.5 = 13.5; receives 0+1+0+0+1+2+2+3+1 = 10
    close(&alpha["contributed"], 13.5);
    close(&alpha["received"], 10.0);
    close(&alpha["balance"], -3.5);
    assert_eq!(
        alpha["disagreements"],
        serde_json::json!(["staff"]),
        "none and moderate are two levels apart"
    );
    let beta = &orgs[1];
    // 0 + 1 + 0 + 3 + 2 + 3 + 0 + 2 + 1 = 12
    close(&beta["contributed"], 12.0);
    assert_eq!(beta["disagreements"], serde_json::json!([]));
    // shares of 13.5 + 12 = 25.5
    close(&alpha["share_percent"], 100.0 * 13.5 / 25.5);
    close(&beta["share_percent"], 100.0 * 12.0 / 25.5);
    let category = |id: &str| {
        mx["categories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()
            .clone()
    };
    close(&category("premises")["contributed"], 4.0);
    // expertise received: Alpha 1 + Beta 2
    close(&category("expertise")["received"], 3.0);
    assert_eq!(category("funding")["cash"], true);
    assert_eq!(mx["gaps"], serde_json::json!(["volunteers", "networks"]));
    assert_eq!(
        mx["dependencies"],
        serde_json::json!([{"category": "funding", "organisation": "alpha-clinic"}])
    );
    // in kind: everything but funding, (25.5 − 3) / 25.5
    close(&mx["in_kind_percent"], 100.0 * 22.5 / 25.5);
    assert_eq!(
        mx["not_answered"],
        serde_json::json!(["Gamma Food Bank", "Delta School"])
    );
    // the matrix items are not "to discuss"
    assert_eq!(r["to_discuss"], serde_json::json!([]));
}

#[test]
fn unnamed_organisations_are_pooled_once_they_reach_the_minimum() {
    let (_tmp, dir) = fixture();
    let (n, mi, ma) = ("none", "minor", "major");
    answer(
        &dir,
        "other",
        [ma, mi, n, n, n, n, n, n, n],
        [n, n, n, n, n, n, n, n, n],
    );
    // a third one who did not say which organisation
    let mut text = String::from("[answers.contributes]\n");
    for c in CATEGORIES {
        text.push_str(&format!("{c} = \"minor\"\n"));
    }
    text.push_str("[answers.receives]\n");
    for c in CATEGORIES {
        text.push_str(&format!("{c} = \"none\"\n"));
    }
    partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(text)
        .expect_status(0);
    let out = partnereval(["report", dir.to_str().unwrap(), "--format", "json"]).expect_status(0);
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    let orgs = r["matrix"]["organisations"].as_array().unwrap();
    let pooled = orgs.last().unwrap();
    assert_eq!(pooled["code"], "(pooled)");
    assert_eq!(pooled["name"], "Other or not named (pooled)");
    assert_eq!(pooled["respondents"], 3);
    // funding: none (other), major (other), minor (not named) → median minor = 1
    close(&pooled["contributes"]["funding"], 1.0);
    assert_eq!(r["matrix"]["notes"], serde_json::json!([]));
    // The participation line names the organisations as the matrix does: the named ones
    // one by one, the others together.
    let codes = |list: &Value, key: &str| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|g| g[key].as_str().unwrap().to_owned())
            .collect()
    };
    let groups = &r["participation"][0]["groups"];
    let mut shown = codes(groups, "code");
    let mut named = codes(&r["matrix"]["organisations"], "code");
    shown.sort();
    named.sort();
    assert_eq!(shown, named);
    assert_eq!(groups.as_array().unwrap().last().unwrap()["n"], 3);
}

#[test]
fn the_matrix_shows_in_every_format() {
    let (_tmp, dir) = fixture();
    let table = partnereval(["report", dir.to_str().unwrap()])
        .expect_status(0)
        .stdout;
    let flat = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("What each organisation contributes"),
        "{table}"
    );
    assert!(
        flat.contains(
            "Gaps (no organisation contributes): Volunteers, Community links and networks"
        ),
        "{table}"
    );
    assert!(
        flat.contains("Disagreements within an organisation: Alpha Clinic (Staff time)"),
        "{table}"
    );
    assert!(
        flat.contains("Organisations that have not answered: Gamma Food Bank, Delta School"),
        "{table}"
    );
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
    let fr = partnereval(["report", dir.to_str().unwrap(), "--lang", "fr"])
        .expect_status(0)
        .stdout;
    let fr = fr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(fr.contains("Manques (aucune organisation ne contribue) : Bénévoles, Liens avec la communauté et réseaux"), "{fr}");
    let md = partnereval(["report", dir.to_str().unwrap(), "--format", "markdown"])
        .expect_status(0)
        .stdout;
    assert!(md.contains("## Contribution matrix"));
    assert!(
        md.contains("| Decision-making authority | 2.5 | 1 | 3.5 |"),
        "{md}"
    );
    let csv = partnereval(["report", dir.to_str().unwrap(), "--format", "csv"])
        .expect_status(0)
        .stdout;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = rows
        .iter()
        .find(|r| &r[4] == "matrix-contributes" && &r[2] == "alpha-clinic" && &r[5] == "authority")
        .unwrap();
    assert_eq!(&row[13], "2.5");
    assert_eq!(&row[1], "organisation");
}

#[test]
fn respondents_are_told_their_answers_are_not_anonymous() {
    let (_tmp, dir) = fixture();
    let def = partnereval(["show", "partner-contributions", "--format", "json"])
        .expect_status(0)
        .stdout;
    let def: Value = serde_json::from_str(&def).unwrap();
    assert!(
        def["notice"]["en"]
            .as_str()
            .unwrap()
            .contains("not anonymous")
    );
    assert!(
        def["notice"]["fr"]
            .as_str()
            .unwrap()
            .contains("pas anonymes")
    );
    // the partner list becomes the organisation's choices, "other" last
    let settings = std::fs::read_to_string(dir.join("evaluation.toml")).unwrap();
    assert!(
        settings.contains("code = \"beta-health-unit\""),
        "{settings}"
    );
    let plain = partnereval(["take", dir.to_str().unwrap(), "--plain", "--lang", "en"])
        .stdin("1\n")
        .expect_status(130);
    let shown = plain
        .stderr
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(shown.contains("so they are not anonymous"), "{shown}");
    assert!(!shown.contains("Your answers are anonymous"), "{shown}");
}

#[test]
fn grids_are_asked_row_by_row_in_plain_mode_with_notes() {
    let (_tmp, dir) = fixture();
    // start; organisation 3 (Gamma); contributes: 9 rows (the first with a note); receives:
    // 9 rows; closing comment skipped; submit.
    let mut lines = vec!["1", "3", "6", "Only on weekends", "4"];
    lines.extend(std::iter::repeat_n("2", 8));
    lines.extend(std::iter::repeat_n("1", 9));
    lines.extend(["", "1"]);
    let out = partnereval(["take", dir.to_str().unwrap(), "--plain", "--lang", "en"])
        .stdin(lines.join("\n") + "\n")
        .expect_status(0);
    assert!(out.stderr.contains("1 / 9 Funding"), "{}", out.stderr);
    let r: Value =
        serde_json::from_str(&std::fs::read_to_string(out.stdout.trim()).unwrap()).unwrap();
    assert_eq!(r["profile"]["organisation"], "gamma-food-bank");
    assert_eq!(r["answers"]["contributes"]["funding"], "major");
    assert_eq!(r["answers"]["contributes"]["authority"], "minor");
    assert_eq!(r["answers"]["receives"]["staff"], "none");
    assert_eq!(r["comments"]["contributes.funding"], "Only on weekends");
    let report = partnereval(["report", dir.to_str().unwrap(), "--format", "json"])
        .expect_status(0)
        .stdout;
    let report: Value = serde_json::from_str(&report).unwrap();
    assert_eq!(
        report["matrix"]["not_answered"],
        serde_json::json!(["Delta School"])
    );
    assert_eq!(
        report["comments"][0]["comments"][0]["item"],
        "contributes.funding"
    );
}

/// Contributed and received levels are not pooled into one "overall" figure.
#[test]
fn a_matrix_has_no_overall() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("m");
    common::partnereval([
        "demo",
        dir.to_str().unwrap(),
        "-q",
        "partner-contributions",
        "-n",
        "20",
    ])
    .expect_status(0);
    let out =
        common::partnereval(["report", dir.to_str().unwrap(), "--format", "json"]).expect_status(0);
    let r: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert!(r["overall"].is_null(), "{}", r["overall"]);
    assert!(r["matrix"].is_object());
}

/// A contribution matrix's report states only the rules that apply to it: its levels are
/// neither divergent nor least favourable.
#[test]
fn the_matrix_report_states_only_its_own_rules() {
    let (_tmp, dir) = fixture();
    for format in ["table", "markdown", "html"] {
        let out = partnereval(["report", dir.to_str().unwrap(), "--format", format])
            .expect_status(0)
            .stdout;
        assert!(!out.contains("Least favourable:"), "{format}\n{out}");
        assert!(!out.contains("Divergence: an item"), "{format}\n{out}");
        assert!(out.contains("No group of fewer than"), "{format}\n{out}");
    }
}
