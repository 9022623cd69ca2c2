//! `--format html` for report and compare: one self-contained page, checked as text and
//! rendered in a real browser (headless Chromium prints it to PDF and takes screenshots).
//!
//! Chromium comes from the Debian package `chromium` (`.ci/run` installs it); set
//! `CHROMIUM` to use another binary.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{HEADLESS_CHROMIUM, find_chromium, partnereval, root, skip};
use serde_json::Value;

/// The browser for a test named `test`, or `None` after saying on stderr that the test was
/// skipped and how to run it (under `CI`, a failure: `.ci/run` installs it).
fn chromium(test: &str) -> Option<PathBuf> {
    let found = find_chromium();
    if found.is_none() {
        skip(
            test,
            "headless Chromium",
            "to run the browser checks, install Chromium (Debian: apt-get install chromium fonts-dejavu-core) or set CHROMIUM to its path",
        );
    }
    found
}

/// Runs headless Chromium on `page` with `args`, each run with a profile of its own, and
/// returns its standard output.
fn browse(browser: &Path, page: &Path, args: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new("timeout")
        .arg("120")
        .arg(browser)
        .args(HEADLESS_CHROMIUM)
        .args([
            // Any request the page made would fail to resolve.
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .env("HOME", profile.path())
        // Under `faketime` (scripts/test-any-day.sh) the browser would inherit the fake
        // clock, which stalls it; the page it renders holds no date of the day.
        .env_remove("LD_PRELOAD")
        .output()
        .expect("chromium starts");
    assert!(
        out.status.success(),
        "chromium {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The page as the browser parsed it.
fn dom(browser: &Path, page: &Path) -> String {
    browse(browser, page, &["--dump-dom".to_owned()])
}

/// Prints `page` to PDF and returns the bytes.
fn pdf(browser: &Path, page: &Path, out: &Path) -> Vec<u8> {
    browse(
        browser,
        page,
        &[
            "--no-pdf-header-footer".to_owned(),
            format!("--print-to-pdf={}", out.display()),
        ],
    );
    std::fs::read(out).unwrap()
}

/// The pages of a PDF and the size of the first, in points.
fn pdf_pages(bytes: &[u8]) -> (usize, (f64, f64)) {
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let text = String::from_utf8_lossy(bytes);
    let pages = text.matches("/Type /Page\n").count()
        + text.matches("/Type /Page ").count()
        + text.matches("/Type /Page/").count()
        + text.matches("/Type /Page>").count();
    let at = text.find("/MediaBox [").expect("a MediaBox");
    let rest = &text[at + "/MediaBox [".len()..];
    let numbers: Vec<f64> = rest[..rest.find(']').unwrap()]
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    (pages, (numbers[2] - numbers[0], numbers[3] - numbers[1]))
}

/// Takes a screenshot `width` pixels wide and returns its size and how many distinct colours
/// it has (a blank page has one).
fn screenshot(
    browser: &Path,
    page: &Path,
    out: &Path,
    width: u32,
    height: u32,
) -> (u32, u32, usize) {
    browse(
        browser,
        page,
        &[
            format!("--window-size={width},{height}"),
            format!("--screenshot={}", out.display()),
        ],
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(out).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bytes = &buf[..info.buffer_size()];
    let channels = info.color_type.samples();
    let colours: std::collections::HashSet<&[u8]> = bytes.chunks(channels).collect();
    (info.width, info.height, colours.len())
}

/// Checks that nothing in the page would be fetched: no scripts, styles, fonts, images or
/// frames from elsewhere, no URL at all, and a policy that forbids loading anything.
fn assert_self_contained(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..80]);
    assert!(html.contains(
        r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">"#
    ));
    let lower = html.to_lowercase();
    for forbidden in [
        "http:",
        "https:",
        "//cdn",
        "<script",
        "<link",
        "<img",
        "<iframe",
        "@import",
        "@font-face",
        "src=",
        "xlink:href",
    ] {
        assert!(
            !lower.contains(forbidden),
            "the page contains `{forbidden}`"
        );
    }
    // url(...) only for the page's own patterns.
    for (at, _) in lower.match_indices("url(") {
        assert!(lower[at..].starts_with("url(#"), "{}", &lower[at..at + 40]);
    }
    // Links only to places in the page.
    for (at, _) in lower.match_indices("href=\"") {
        assert!(lower[at + 6..].starts_with('#'), "{}", &lower[at..at + 40]);
    }
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// Every chart is an image with a text alternative.
fn assert_charts_have_text(html: &str) {
    for (at, _) in html.match_indices("<svg") {
        let tag = &html[at..at + html[at..].find('>').unwrap()];
        if tag.contains("aria-hidden=\"true\"") {
            continue;
        }
        assert!(tag.contains("role=\"img\""), "{tag}");
        let label = tag.split("aria-label=\"").nth(1).expect("an aria-label");
        assert!(label.len() > 10, "{tag}");
        let rest = &html[at + tag.len() + 1..];
        assert!(rest.starts_with("<title>"), "{tag}");
    }
}

fn riverside() -> String {
    root().join("examples/riverside").display().to_string()
}

#[test]
fn the_report_page_is_self_contained_and_shows_every_item() {
    let html = partnereval(["report", &riverside(), "--format", "html"])
        .expect_status(0)
        .stdout;
    let json: Value = serde_json::from_str(
        &partnereval(["report", &riverside(), "--format", "json"])
            .expect_status(0)
            .stdout,
    )
    .unwrap();
    assert_self_contained(&html);
    assert_charts_have_text(&html);
    assert!(html.contains(r#"<html lang="en">"#));
    let items = json["items"].as_array().unwrap();
    // One stacked bar per item, in an item block with its id.
    assert_eq!(count(&html, r#"<svg class="bar""#), items.len());
    for item in items {
        let id = item["id"].as_str().unwrap();
        assert!(html.contains(&format!(r#"id="item-{id}""#)), "{id}");
    }
    // The profile: one mean bar per dimension and one for overall.
    let profile = &html[html.find(r#"<section id="profile">"#).unwrap()..];
    let profile = &profile[..profile.find("</section>").unwrap()];
    assert_eq!(
        count(profile, "<svg"),
        json["dimensions"].as_array().unwrap().len() + 1
    );
    // Divergent and least favourable items are marked with words, not only colour.
    let divergent = items.iter().filter(|i| i["divergent"] == true).count();
    assert!(divergent > 0);
    assert_eq!(count(&html, "⇄ divergent</span>"), divergent);
    let least = json["to_discuss"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| {
            d["reasons"]
                .as_array()
                .unwrap()
                .contains(&"least-favourable".into())
        })
        .count();
    assert_eq!(count(&html, "▼ least favourable</span>"), least);
    // The figures are written as text too: q01's percentages from the JSON.
    let q01 = &items[0];
    let a = q01["percent"]["A"].as_f64().unwrap().round();
    assert!(
        html.contains(&format!("A {a}% ({})", q01["counts"]["A"])),
        "{a}"
    );
    // Comments and rules are there; the collective answer too.
    assert!(html.contains(r#"<section id="comments">"#));
    assert!(html.contains(r#"<section id="rules">"#));
    assert!(html.contains(r#"<section id="collective-1">"#));
}

#[test]
fn the_report_page_speaks_french_and_escapes_what_people_typed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    let d = dir.to_str().unwrap();
    partnereval(["init", d, "-q", "action-in-partnership"]).expect_status(0);
    for code in ["A", "B", "C"] {
        let mut answers = String::from("[answers]\n");
        for n in 1..=18 {
            answers.push_str(&format!("q{n:02} = \"{code}\"\n"));
        }
        answers.push_str(
            "[comments]\nq01 = \"<script>alert('x')</script> & <img src=http://x.test/a.png>\"\n",
        );
        partnereval(["take", d, "--answers", "-"])
            .stdin(answers)
            .expect_status(0);
    }
    let html = partnereval(["report", d, "--format", "html", "--lang", "fr"])
        .expect_status(0)
        .stdout;
    assert!(html.contains(r#"<html lang="fr">"#));
    assert!(html.contains("Profil des conditions"));
    assert!(html.contains("Réponses par énoncé"));
    assert!(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;img"));
    assert!(!html.contains("<script>"));
    // What people typed is text: the escaped comment is the only "http" in the page.
    let without_comment = html.replace("src=http://x.test/a.png", "");
    assert_self_contained(&without_comment);
}

#[test]
fn the_report_page_renders_in_chromium_prints_and_fits_a_phone() {
    let Some(browser) = chromium("the_report_page_renders_in_chromium_prints_and_fits_a_phone")
    else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let d = dir.to_str().unwrap();
    partnereval(["demo", d, "-n", "60", "--collective"]).expect_status(0);
    let page = tmp.path().join("report.html");
    partnereval([
        "report",
        d,
        "--format",
        "html",
        "--by",
        "sector",
        "-o",
        page.to_str().unwrap(),
    ])
    .expect_status(0);
    let html = std::fs::read_to_string(&page).unwrap();
    assert_self_contained(&html);
    assert_charts_have_text(&html);
    // The groups side by side: one small bar per shown group and row.
    assert!(html.contains(r#"<section id="groups">"#));
    assert!(count(&html, r#"<svg class="mini""#) > 0);

    // The browser parses the page into the same structure.
    let parsed = dom(&browser, &page);
    assert_eq!(count(&parsed, r#"<svg class="bar""#), 18);
    assert_eq!(
        count(&parsed, r#"<svg class="mini""#),
        count(&html, r#"<svg class="mini""#)
    );
    assert!(parsed.contains(r#"<section id="profile">"#));

    // Printed on Letter (Chromium's default) and on A4: several pages, each a real page.
    let (pages, size) = pdf_pages(&pdf(&browser, &page, &tmp.path().join("letter.pdf")));
    assert!(pages >= 2, "{pages} pages");
    assert!(
        (size.0 - 612.0).abs() < 2.0 && (size.1 - 792.0).abs() < 2.0,
        "{size:?}"
    );
    let a4 = tmp.path().join("a4.html");
    std::fs::write(&a4, html.replace("@page {", "@page { size: A4;")).unwrap();
    let (a4_pages, size) = pdf_pages(&pdf(&browser, &a4, &tmp.path().join("a4.pdf")));
    assert!(
        (size.0 - 595.0).abs() < 2.0 && (size.1 - 842.0).abs() < 2.0,
        "{size:?}"
    );
    assert!(
        a4_pages >= 2 && a4_pages <= pages + 2,
        "{a4_pages} vs {pages}"
    );

    // Screenshots on a laptop and on a phone: real pixels, not a blank page.
    let (w, h, colours) = screenshot(&browser, &page, &tmp.path().join("wide.png"), 1280, 1600);
    assert_eq!((w, h), (1280, 1600));
    assert!(colours > 20, "{colours} colours");
    let (w, _, colours) = screenshot(&browser, &page, &tmp.path().join("narrow.png"), 390, 1400);
    assert_eq!(w, 390);
    assert!(colours > 20, "{colours} colours");
}

#[test]
fn the_compare_page_shows_both_rounds_and_the_change() {
    let Some(browser) = chromium("the_compare_page_shows_both_rounds_and_the_change") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let d = dir.to_str().unwrap();
    partnereval(["demo", d, "-n", "40", "--rounds", "2"]).expect_status(0);
    let page = tmp.path().join("compare.html");
    partnereval([
        "compare",
        d,
        "--format",
        "html",
        "-o",
        page.to_str().unwrap(),
    ])
    .expect_status(0);
    let json: Value = serde_json::from_str(
        &partnereval(["compare", d, "--format", "json"])
            .expect_status(0)
            .stdout,
    )
    .unwrap();
    let html = std::fs::read_to_string(&page).unwrap();
    assert_self_contained(&html);
    assert_charts_have_text(&html);
    // Two bars per item (one per round), two mean bars per dimension and overall.
    assert_eq!(count(&html, r#"<svg class="bar""#), 2 * 18);
    let profile = &html[html.find(r#"<section id="profile">"#).unwrap()..];
    let profile = &profile[..profile.find("</section>").unwrap()];
    assert_eq!(
        count(profile, "<svg"),
        2 * (json["dimensions"].as_array().unwrap().len() + 1)
    );
    // Every improved and declined item is listed with an arrow and a word.
    let improved = json["improved"].as_array().unwrap().len();
    let declined = json["declined"].as_array().unwrap().len();
    assert!(improved > 0 && declined > 0, "{json}");
    assert_eq!(count(&html, "▲ improved</span>"), improved);
    assert_eq!(count(&html, "▼ declined</span>"), declined);
    assert!(html.contains("From Round 1 (n 40) to Round 2 (n 40)"));
    // Items are grouped under their dimension, as in the report.
    for d in json["dimensions"].as_array().unwrap() {
        let heading = format!("<h3>{}</h3>", d["name"].as_str().unwrap());
        assert!(html.contains(&heading), "{heading}");
    }

    let parsed = dom(&browser, &page);
    assert_eq!(count(&parsed, r#"<svg class="bar""#), 36);
    let (pages, _) = pdf_pages(&pdf(&browser, &page, &tmp.path().join("compare.pdf")));
    assert!(pages >= 2, "{pages} pages");
    let (_, _, colours) = screenshot(&browser, &page, &tmp.path().join("compare.png"), 1000, 1400);
    assert!(colours > 20, "{colours} colours");

    let fr = partnereval(["compare", d, "--format", "html", "--lang", "fr"])
        .expect_status(0)
        .stdout;
    assert!(fr.contains(r#"<html lang="fr">"#));
    assert!(fr.contains("Ce qui a changé"));
    assert!(fr.contains("en hausse</span>") || fr.contains("en baisse</span>"));
}

/// How the page at `page` is laid out in a frame `width` pixels wide: (the width of its
/// content, the width of the frame). The report allows no script; the measuring page around
/// it is the test's own, in the same folder.
fn laid_out(browser: &Path, page: &Path, width: u32) -> (u32, u32) {
    let frame = page.with_file_name(format!("frame-{width}.html"));
    let name = page.file_name().unwrap().to_str().unwrap();
    std::fs::write(
        &frame,
        format!(
            r#"<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="{name}" width="{width}" height="900" style="border:0"></iframe>
<script>window.addEventListener('load', () => {{
  const f = document.getElementById('f');
  document.body.setAttribute('data-fit', f.contentDocument.documentElement.scrollWidth + ' ' + f.contentWindow.innerWidth);
}});</script></body></html>"#
        ),
    )
    .unwrap();
    let dom = browse(
        browser,
        &frame,
        &[
            "--allow-file-access-from-files".to_owned(),
            "--window-size=2000,1000".to_owned(),
            "--virtual-time-budget=3000".to_owned(),
            "--dump-dom".to_owned(),
        ],
    );
    let fit = dom
        .split("data-fit=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no measure in {}", &dom[..dom.len().min(400)]));
    let mut parts = fit.split(' ').map(|x| x.parse::<u32>().unwrap());
    (parts.next().unwrap(), parts.next().unwrap())
}

/// On a phone (390 px), a laptop (1280) and a projector (1920), nothing runs past the right
/// edge of the report or comparison page, `--by` table included (a table wider than a phone
/// scrolls within its box), and the page is drawn (not blank) at 1280 and 1920.
#[test]
fn pages_fit_a_phone_a_laptop_and_a_projector() {
    let Some(browser) = chromium("pages_fit_a_phone_a_laptop_and_a_projector") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let r = riverside();
    let demo = tmp.path().join("demo");
    partnereval(["demo", demo.to_str().unwrap(), "-n", "12", "--rounds", "2"]).expect_status(0);
    let pages = [
        ("by.html", vec!["report", r.as_str(), "--by", "sector"]),
        (
            "by-fr.html",
            vec!["report", r.as_str(), "--by", "sector", "--lang", "fr"],
        ),
        ("compare.html", vec!["compare", demo.to_str().unwrap()]),
    ];
    for (name, args) in pages {
        let page = tmp.path().join(name);
        let mut args = args.clone();
        args.extend(["--format", "html", "-o", page.to_str().unwrap()]);
        partnereval(&args).expect_status(0);
        for width in [390, 1280, 1920] {
            let (content, frame) = laid_out(&browser, &page, width);
            assert!(
                content <= frame,
                "{name} at {width} px: the content is {content} px wide in a {frame} px frame"
            );
        }
        for width in [1280u32, 1920] {
            let shot = tmp.path().join(format!("{name}-{width}.png"));
            let (w, _, colours) = screenshot(&browser, &page, &shot, width, 1080);
            assert_eq!(w, width);
            assert!(
                colours > 16,
                "{name} at {width} px looks blank ({colours} colours)"
            );
        }
    }
}

/// The comparison page tells the rounds apart by colour and pattern with a legend naming
/// them, puts each trend mark beside the name of what it is about (not in the column of
/// round names), and draws the letters in the bars as text over the fills (never
/// stretched), in English and French.
#[test]
fn the_compare_page_tells_the_rounds_apart_and_marks_trends_beside_the_names() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let d = dir.to_str().unwrap();
    partnereval(["demo", d, "-n", "12", "--rounds", "2"]).expect_status(0);
    let html = partnereval(["compare", d, "--format", "html"])
        .expect_status(0)
        .stdout;
    assert_self_contained(&html);
    assert_charts_have_text(&html);
    // A legend naming each round, with its swatch, in the profile and over the items.
    let legend = r#"<ul class="legend rounds"><li><span class="round earlier" aria-hidden="true"></span>Round 1</li><li><span class="round" aria-hidden="true"></span>Round 2</li></ul>"#;
    assert_eq!(count(&html, legend), 2, "{html}");
    // The earlier round's bars are striped: one overlay per item bar of that round, and one
    // per mean bar of that round.
    let items = count(&html, r#"<svg class="bar""#) / 2;
    let profile = &html[html.find(r#"<section id="profile">"#).unwrap()..];
    let profile = &profile[..profile.find("</section>").unwrap()];
    let means = count(profile, "<svg") / 2;
    assert_eq!(
        count(&html, r#"fill="url(#round-earlier)""#),
        items + means,
        "{html}"
    );
    // Trend marks sit with the condition's name, and the round-name column holds only
    // the round's name.
    for part in profile.split(r#"<div class="name">"#).skip(1) {
        let name = &part[..part.find("</div>").unwrap()];
        assert!(
            !name.contains('▲') && !name.contains('▼') && !name.contains('≈'),
            "{name}"
        );
    }
    assert!(profile.contains(r#"<div class="dim">"#), "{profile}");
    // Letters are text over the bars, never stretched.
    assert!(!html.contains("textLength") && !html.contains("lengthAdjust"));
    assert!(html.contains(r#"<span class="letter" aria-hidden="true""#));
    let fr = partnereval(["compare", d, "--format", "html", "--lang", "fr"])
        .expect_status(0)
        .stdout;
    assert!(fr.contains(r#"<html lang="fr">"#));
    assert_eq!(count(&fr, r#"class="legend rounds""#), 2);
}
