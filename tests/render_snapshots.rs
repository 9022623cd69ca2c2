//! Every renderer of the report (terminal at 80 and 120 columns, Markdown, HTML), in English
//! and French, compared with reviewed snapshots (insta) in `tests/snapshots/`: a change in
//! any output fails with a diff.
//!
//! The reports are made from the fixture's JSON (`tests/fixtures/report/report.json` and
//! `report.fr.json`, which `tests/report.rs` keeps equal to what `report --format json`
//! writes), and compiled by the binary from `examples/riverside` and from a small matrix
//! evaluation. After a deliberate change, `cargo insta review` (or `INSTA_UPDATE=always
//! cargo test --test render_snapshots`, then `git diff`) shows and accepts the new output.
//! Under CI (`CI` set, as `.ci/run` does) insta never writes a snapshot: a mismatch or a
//! missing snapshot fails.

mod common;

use common::{partnereval, root};
use partnereval::output::Style;
use partnereval::report::Report;
use partnereval::report::render::{Format, render};

/// The report as `partnereval report ARGS --format json` writes it.
fn compiled(args: &[&str]) -> Report {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    let out = partnereval(&args).expect_status(0);
    serde_json::from_str(&out.stdout).expect("the report JSON reads back as a Report")
}

/// The fixture's report in `lang`.
fn fixture(lang: &str) -> Report {
    let file = match lang {
        "en" => "report.json",
        other => &format!("report.{other}.json"),
    };
    let text = std::fs::read_to_string(root().join("tests/fixtures/report").join(file)).unwrap();
    serde_json::from_str(&text).expect("the fixture reads as a Report")
}

fn riverside() -> String {
    root().join("examples/riverside").display().to_string()
}

/// `report` in `format`, `width` columns wide for a terminal, without colour, the
/// version of partnereval left out (it changes with every release).
fn rendered(report: &Report, format: Format, width: usize) -> String {
    let mut out = Vec::new();
    render(report, format, Style::plain(width), &mut out).unwrap();
    String::from_utf8(out).unwrap().replace(
        concat!("partnereval ", env!("CARGO_PKG_VERSION")),
        "partnereval [version]",
    )
}

/// Checks `report` in every layout against the snapshots named `name_…`.
fn check(name: &str, report: &Report) {
    for (layout, format, width) in [
        ("table_80", Format::Table, 80),
        ("table_120", Format::Table, 120),
        ("markdown", Format::Markdown, 80),
        ("html", Format::Html, 80),
    ] {
        let text = rendered(report, format, width);
        if format == Format::Table {
            for line in text.lines() {
                assert!(
                    line.chars().count() <= width,
                    "{name} {layout}: wider than {width} columns: {line}"
                );
            }
        }
        insta::assert_snapshot!(format!("{name}_{layout}"), text);
    }
}

/// The model reads the fixture whole: written back, it is the same JSON (numbers compared as
/// read, since the fixture's are read the same way either side).
#[test]
fn the_fixture_json_reads_back_to_the_same_json() {
    for (lang, file) in [("en", "report.json"), ("fr", "report.fr.json")] {
        let text =
            std::fs::read_to_string(root().join("tests/fixtures/report").join(file)).unwrap();
        let read: serde_json::Value = serde_json::from_str(&text).unwrap();
        let again = serde_json::to_value(fixture(lang)).unwrap();
        assert!(again == read, "{file} does not read back to itself");
    }
}

#[test]
fn the_fixture_in_english() {
    check("fixture_en", &fixture("en"));
}

#[test]
fn the_fixture_in_french() {
    let report = fixture("fr");
    check("fixture_fr", &report);
    // The renderers' own words are French in every layout.
    for format in [Format::Table, Format::Markdown, Format::Html] {
        let text = rendered(&report, format, 80);
        assert!(text.contains("À discuter"), "{format:?}");
        for english in [
            "To discuss",
            "How to read",
            "Comments",
            "Respondents",
            "Items",
        ] {
            assert!(!text.contains(english), "{format:?}: {english}");
        }
    }
}

#[test]
fn riverside_in_english() {
    check("riverside_en", &compiled(&["report", &riverside()]));
}

#[test]
fn riverside_in_french() {
    check(
        "riverside_fr",
        &compiled(&["report", &riverside(), "--lang", "fr"]),
    );
}

#[test]
fn withheld_figures_in_both_languages() {
    for lang in ["en", "fr"] {
        let report = compiled(&["report", &riverside(), "--min-group", "20", "--lang", lang]);
        assert!(report.withheld.is_some());
        check(&format!("withheld_{lang}"), &report);
    }
}

#[test]
fn a_matrix_in_both_languages() {
    let (_tmp, dir) = common::matrix_fixture();
    for lang in ["en", "fr"] {
        let report = compiled(&["report", dir.to_str().unwrap(), "--lang", lang]);
        assert!(report.matrix.is_some());
        check(&format!("matrix_{lang}"), &report);
    }
}

/// The comparison of the two rounds of a 12-respondent demo, as `compare --format json`
/// writes it, in `lang`.
fn comparison(lang: &str) -> partnereval::report::compare::Comparison {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let d = dir.to_str().unwrap();
    partnereval(["demo", d, "-n", "12", "--rounds", "2"]).expect_status(0);
    let out = partnereval(["compare", d, "--format", "json", "--lang", lang]).expect_status(0);
    serde_json::from_str(&out.stdout).expect("the comparison JSON reads back as a Comparison")
}

/// The comparison `c` in `format`, as [`rendered`] gives a report.
fn compared(c: &partnereval::report::compare::Comparison, format: Format, width: usize) -> String {
    let mut out = Vec::new();
    partnereval::report::render::compare::render(c, format, Style::plain(width), &mut out).unwrap();
    String::from_utf8(out).unwrap().replace(
        concat!("partnereval ", env!("CARGO_PKG_VERSION")),
        "partnereval [version]",
    )
}

/// A comparison of two rounds in English and French: terminal at 80 columns, Markdown, HTML.
#[test]
fn a_comparison_of_two_rounds_in_both_languages() {
    for lang in ["en", "fr"] {
        let c = comparison(lang);
        for (layout, format) in [
            ("table_80", Format::Table),
            ("markdown", Format::Markdown),
            ("html", Format::Html),
        ] {
            let text = compared(&c, format, 80);
            if format == Format::Table {
                for line in text.lines() {
                    assert!(
                        line.chars().count() <= 80,
                        "compare {lang} {layout}: wider than 80 columns: {line}"
                    );
                }
            }
            insta::assert_snapshot!(format!("compare_{lang}_{layout}"), text);
        }
    }
}

/// What people typed (titles, round names, item texts, file names) reads as itself on the
/// comparison page: maud escapes it.
#[test]
fn the_comparison_page_escapes_what_people_typed() {
    let mut c = comparison("en");
    let typed = "<script>alert(1)</script> & \"q\"";
    c.questionnaire.title = typed.to_owned();
    c.evaluation = Some(typed.to_owned());
    c.from.label = typed.to_owned();
    c.items[0].text = typed.to_owned();
    c.dimensions[0].name = typed.to_owned();
    let html = compared(&c, Format::Html, 80);
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"),
        "{html}"
    );
}
