//! An evaluation folder is hostile input (issue 12), down to what the reports write: text
//! people typed reads as itself in Markdown, never as HTML, a link, an image or formatting;
//! and `completions` fails like every other command when its output is closed or full.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::partnereval;

/// Text that would be markup if it went through as typed: HTML, links, images, emphasis,
/// a table cell, code, maths, pandoc's attributes, bare links, a line break.
const INLINE: [&str; 12] = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[link](http://evil)",
    "![x](http://evil/x.png)",
    "**bold** and _em_",
    "| pipe |",
    "`code` ~~struck~~ 2^10^ $x$",
    "Heading {onclick=alert(1)} #",
    "see http://evil.example and www.evil.example or me@evil.example",
    "AT&amp;T &lt;b&gt;",
    "line one\nline two",
    "back\\slash",
];

/// Text that would start a block (a list, a heading, a quote, code, a rule, a definition,
/// HTML) where it opens a paragraph or a list item.
const LEADING: [&str; 14] = [
    "1. not a list",
    "2) not a list",
    "iv. not a list",
    "b. not a list",
    "- not a list",
    "+ not a list",
    "# not a heading",
    "> not a quote",
    ": not a definition",
    "(1) not a list",
    "~~~ not code",
    "```",
    "***",
    "<!-- hidden -->",
];

/// Every piece of hostile text, on one line, as a reader must see it.
fn expected_text() -> Vec<String> {
    INLINE
        .iter()
        .chain(LEADING.iter())
        .map(|t| t.replace('\n', " "))
        .collect()
}

/// A TOML basic string holding `text`.
fn toml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

/// A questionnaire whose title, item texts, dimension names, band labels, profile question
/// and choices are all hostile; two items, so that comments and changes have somewhere to go.
fn questionnaire(dir: &Path) -> PathBuf {
    let q = dir.join("hostile.toml");
    let s = toml_string;
    let text = format!(
        r#"schema_version = 1
id = "hostile"
version = "1"
languages = ["en"]
title = {title}

[comments]
items = true
closing = "Anything else?"

[[bands]]
id = "low"
label = {band}
min = 1
max = 2

[[bands]]
id = "high"
label = "high"
min = 2
max = 3

[[scales]]
id = "yes"
options = [
  {{ code = "A", score = 3, label = "Yes" }},
  {{ code = "B", score = 2, label = "Partly" }},
  {{ code = "C", score = 1, label = "No" }},
]

[[profile]]
id = "sector"
text = {field}
choices = [
  {{ code = "one", label = {choice1} }},
  {{ code = "two", label = {choice2} }},
]

[[items]]
id = "s1"
text = {item1}
scale = "yes"

[[items]]
id = "s2"
text = {item2}
scale = "yes"

[[dimensions]]
id = "d1"
name = {dimension}
items = ["s1", "s2"]
"#,
        title = s("<script>alert(1)</script> Title"),
        band = s("**low** <img src=x onerror=alert(1)>"),
        field = s("[field](http://evil)"),
        choice1 = s("<img src=x onerror=alert(1)>"),
        choice2 = s("| pipe |"),
        item1 = s("![x](http://evil/x.png) We trust each other."),
        item2 = s("<b>Decisions</b> are shared."),
        dimension = s("`Trust` <script>alert(1)</script>"),
    );
    std::fs::write(&q, text).unwrap();
    let check = partnereval(["validate", q.to_str().unwrap()]).output();
    assert_eq!(check.status, 0, "{}\n{}", check.stdout, check.stderr);
    q
}

/// Answers to the hostile questionnaire, with `texts` as the comments on s1 and s2 and the
/// closing comment.
fn answers(sector: &str, s1: &str, texts: [&str; 3]) -> String {
    format!(
        "closing_comment = {}\n[profile]\nsector = \"{sector}\"\n[answers]\ns1 = \"{s1}\"\ns2 = \"B\"\n[comments]\ns1 = {}\ns2 = {}\n",
        toml_string(texts[2]),
        toml_string(texts[0]),
        toml_string(texts[1]),
    )
}

fn take(dir: &Path, text: &str) {
    partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(text.to_owned())
        .expect_status(0);
}

/// An evaluation of the hostile questionnaire, with a hostile name and two hostile rounds,
/// each with six respondents (two groups of three) whose comments are the hostile texts, three
/// a respondent: all of them in round 1 and round 2 together.
fn evaluation() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let q = questionnaire(tmp.path());
    let dir = tmp.path().join("eval");
    let d = dir.to_str().unwrap();
    partnereval([
        "init",
        d,
        "-q",
        q.to_str().unwrap(),
        "--name",
        "<img src=x onerror=alert(1)> [evaluation](http://evil)",
    ])
    .expect_status(0);
    let mut texts = INLINE.iter().chain(LEADING.iter()).copied().cycle();
    let mut round = |s1: &str| {
        for k in 0..6 {
            let three = [(); 3].map(|()| texts.next().unwrap());
            let sector = if k < 3 { "one" } else { "two" };
            take(&dir, &answers(sector, s1, three));
        }
    };
    round("C");
    partnereval([
        "round",
        "new",
        d,
        "![round](http://evil/r.png) **2**",
        "--first-name",
        "<script>alert(1)</script> 1",
    ])
    .expect_status(0);
    round("A");
    (tmp, dir)
}

/// `partnereval ARGS` as Markdown.
fn markdown(args: &[&str]) -> String {
    let mut args = args.to_vec();
    args.extend(["--format", "markdown"]);
    partnereval(&args).expect_status(0).stdout
}

/// Whether the character at byte `at` of `text` is escaped by a backslash (an odd run of
/// backslashes before it).
fn escaped(text: &str, at: usize) -> bool {
    text[..at].bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1
}

/// What must never be in the Markdown itself: raw HTML, a link or an image opening, and
/// table rows with more cells than their header.
fn assert_inert(md: &str) {
    for tag in ["<img", "<script", "<b>", "<!--"] {
        assert!(!md.contains(tag), "{tag} in:\n{md}");
    }
    for (at, _) in md.match_indices("](") {
        assert!(escaped(md, at), "an unescaped ]( at {at} in:\n{md}");
    }
    for (at, _) in md.match_indices("![") {
        assert!(escaped(md, at + 1), "an unescaped ![ at {at} in:\n{md}");
    }
    let cells = |line: &str| {
        line.match_indices('|')
            .filter(|&(at, _)| !escaped(line, at))
            .count()
    };
    let mut columns = None;
    for line in md.lines() {
        if !line.starts_with('|') {
            columns = None;
            continue;
        }
        let n = cells(line);
        match columns {
            None => columns = Some(n),
            Some(c) => assert_eq!(n, c, "a row of another width: {line}"),
        }
    }
}

/// pandoc, or `None` after saying loudly that the rendering checks were skipped (a failure
/// under CI, which must have pandoc installed).
fn pandoc(test: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path)
        .map(|dir| dir.join("pandoc"))
        .find(|candidate| candidate.is_file());
    if found.is_none() {
        common::skip(
            test,
            "pandoc",
            "the Markdown was not rendered; to render it, install pandoc (Debian: apt-get install pandoc)",
        );
    }
    found
}

/// `md` rendered to HTML by pandoc reading it as `flavour`.
fn render(pandoc: &Path, flavour: &str, md: &str) -> String {
    let mut child = Command::new(pandoc)
        .args(["-f", flavour, "-t", "html", "--wrap=none"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(md.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "pandoc: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text a reader sees in `html`: tags dropped, entities read, spaces collapsed.
fn visible(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Renders `md` in pandoc's Markdown and in GitHub's: no element comes from typed text (the
/// headings, lists and tables are the ones the Markdown writes), and no escaping backslash
/// shows.
fn assert_renders_as_text(pandoc: &Path, md: &str) {
    for flavour in ["markdown", "gfm"] {
        let html = render(pandoc, flavour, md);
        for element in [
            "<img",
            "<script",
            "<a ",
            "<b>",
            "<strong",
            "<em",
            "<code",
            "<del",
            "<sup",
            "<sub",
            "<span",
            "<ol",
            "<blockquote",
            "<dl",
            "<pre",
            "<hr",
            "<!--",
            "onclick=\"",
            "onerror=\"",
        ] {
            assert!(
                !html.contains(element),
                "{flavour}: {element} in the HTML:\n{html}\n--- from\n{md}"
            );
        }
        let (headings, lists, tables) = blocks(md);
        let count = |tag: &str| html.matches(tag).count();
        assert_eq!(
            count("<h1") + count("<h2") + count("<h3"),
            headings,
            "{flavour}: headings in:\n{html}"
        );
        assert_eq!(count("<ul"), lists, "{flavour}: lists in:\n{html}");
        assert_eq!(count("<li"), items(md), "{flavour}: list items in:\n{html}");
        assert_eq!(count("<table"), tables, "{flavour}: tables in:\n{html}");
        let seen = visible(&html);
        assert_eq!(
            seen.matches('\\').count(),
            seen.matches("back\\slash").count(),
            "{flavour}: a visible backslash in: {seen}"
        );
    }
}

/// Every text of `texts` reads as typed in `md` rendered by pandoc (spaces aside).
fn assert_reads_as_typed(pandoc: &Path, md: &str, texts: &[String]) {
    for flavour in ["markdown", "gfm"] {
        let seen = visible(&render(pandoc, flavour, md));
        for text in texts {
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                seen.contains(&text),
                "{flavour}: {text:?} does not read as typed in: {seen}"
            );
        }
    }
}

/// The headings, lists and tables the Markdown itself writes: lines starting with `#`, and
/// runs of lines starting with `- ` or `|`.
fn blocks(md: &str) -> (usize, usize, usize) {
    let mut counts = (0, 0, 0);
    let mut previous = "";
    for line in md.lines() {
        if line.starts_with('#') {
            counts.0 += 1;
        } else if line.starts_with("- ") && !previous.starts_with("- ") {
            counts.1 += 1;
        } else if line.starts_with('|') && !previous.starts_with('|') {
            counts.2 += 1;
        }
        previous = line;
    }
    counts
}

/// The list items the Markdown itself writes.
fn items(md: &str) -> usize {
    md.lines().filter(|l| l.starts_with("- ")).count()
}

#[test]
fn the_markdown_report_shows_typed_text_as_text() {
    let (_tmp, dir) = evaluation();
    let d = dir.to_str().unwrap();
    let md = markdown(&["report", d]);
    assert_inert(&md);
    // Structure is kept: one title, and every comment is one list item, line breaks and all.
    let lines = |start: &str| md.lines().filter(|l| l.starts_with(start)).count();
    assert_eq!(lines("# "), 1, "{md}");
    assert_eq!((lines("- s1: "), lines("- s2: ")), (6, 6), "{md}");
    let grouped = markdown(&["report", d, "--by", "sector"]);
    assert_inert(&grouped);
    assert!(
        grouped.contains("&lt;img src=x onerror=alert(1)&gt; (n=3)"),
        "{grouped}"
    );
    let first = markdown(&["report", d, "--round", "<script>alert(1)</script> 1"]);
    assert_inert(&first);
    assert!(first.contains("\n- s2: line one line two\n"), "{first}");
    let Some(pandoc) = pandoc("the_markdown_report_shows_typed_text_as_text") else {
        return;
    };
    for md in [&md, &grouped, &first] {
        assert_renders_as_text(&pandoc, md);
    }
    // Round 1 holds the first 18 texts, round 2 the others.
    let mut typed = expected_text();
    typed.extend(
        [
            "<script>alert(1)</script> Title",
            "<img src=x onerror=alert(1)> [evaluation](http://evil)",
            "![round](http://evil/r.png) **2**",
            "`Trust` <script>alert(1)</script>",
        ]
        .map(str::to_owned),
    );
    let all = format!("{md}\n{first}\n{grouped}");
    assert_reads_as_typed(&pandoc, &all, &typed);
}

#[test]
fn the_markdown_comparison_shows_typed_text_as_text() {
    let (_tmp, dir) = evaluation();
    let md = markdown(&["compare", dir.to_str().unwrap()]);
    assert_inert(&md);
    assert!(md.contains("improved") || md.contains("Improved"), "{md}");
    let Some(pandoc) = pandoc("the_markdown_comparison_shows_typed_text_as_text") else {
        return;
    };
    assert_renders_as_text(&pandoc, &md);
    let typed = [
        "<script>alert(1)</script> Title",
        "<img src=x onerror=alert(1)> [evaluation](http://evil)",
        "<script>alert(1)</script> 1",
        "![round](http://evil/r.png) **2**",
        "![x](http://evil/x.png) We trust each other.",
        "`Trust` <script>alert(1)</script>",
    ]
    .map(str::to_owned);
    assert_reads_as_typed(&pandoc, &md, &typed);
}

/// `completions SHELL` with standard output `stdout` and a backtrace asked for.
fn completions(shell: &str, stdout: Stdio) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_partnereval"))
        .args(["completions", shell])
        .env("RUST_BACKTRACE", "1")
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

/// A closed pipe is not an error, as for every other command (`partnereval completions bash
/// | head -1`); a full disk is one, said in one line, never a panic.
#[test]
fn completions_fail_cleanly_when_their_output_is_closed_or_full() {
    for shell in ["bash", "zsh", "fish"] {
        // The reading end is closed before the script is written: the write fails.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = completions(shell, Stdio::from(writer));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{shell}: {stderr}");
        assert!(stderr.is_empty(), "{shell}: {stderr}");

        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = completions(shell, Stdio::from(full));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{shell}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("backtrace"),
            "{shell}: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{shell}: {stderr}");
        assert!(
            stderr.starts_with("partnereval: error: ") && stderr.contains("no space left"),
            "{shell}: {stderr}"
        );
    }
}
