//! Every command, run in French, says nothing in English; run in the test-only
//! pseudo-language (`PARTNEREVAL_PSEUDO=1`), every word of its own comes from the catalogue.
//!
//! Both run the same scenario: list, show, validate, init, demo, round list and new, take
//! (line by line and from an answers file), report and compare in every format for people,
//! and the errors a user meets most. What is not partnereval's own words is taken out first:
//! the questionnaires' texts, what people typed, paths, ids and the command lines it suggests.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{partnereval, root, strings, visible};

/// One run of the scenario: (what was run, what it wrote on stdout and stderr).
type Outputs = Vec<(String, String)>;

/// Runs `args` with `env`, and keeps what it wrote whatever its exit status.
fn run(outputs: &mut Outputs, env: &[(&str, &str)], args: &[&str], stdin: &str) {
    let mut r = partnereval(args).stdin(stdin.as_bytes().to_vec());
    for (k, v) in env {
        r = r.env(k, v);
    }
    let out = r.output();
    assert!(
        !out.stderr.contains("panicked"),
        "{args:?} panicked: {}",
        out.stderr
    );
    outputs.push((args.join(" "), format!("{}\n{}", out.stdout, out.stderr)));
}

/// The scenario, in the language `env` chooses, on questionnaires `q` (the self-evaluation)
/// and `matrix` (the contribution matrix): bundled ids or files.
fn scenario(dir: &Path, env: &[(&str, &str)], q: &str, matrix_q: &str) -> Outputs {
    let mut out = Vec::new();
    let o = &mut out;
    let eval = dir.join("eval");
    let demo = dir.join("demo");
    let matrix = dir.join("matrix");
    let (e, d, mx) = (
        eval.to_str().unwrap(),
        demo.to_str().unwrap(),
        matrix.to_str().unwrap(),
    );
    let broken = root().join("tests/invalid/ids.toml");
    let answers = dir.join("answers.toml");
    std::fs::write(&answers, "[answers]\nq01 = \"D\"\n").unwrap();
    let answers = answers.to_str().unwrap();
    run(o, env, &["list"], "");
    run(o, env, &["show", q], "");
    run(o, env, &["show", matrix_q], "");
    run(o, env, &["validate", q], "");
    run(o, env, &["validate", broken.to_str().unwrap()], "");
    run(o, env, &["init", e, "-q", q, "--name", "Quartier"], "");
    run(
        o,
        env,
        &["init", mx, "-q", matrix_q, "--partners", "Alpha, Beta"],
        "",
    );
    run(
        o,
        env,
        &[
            "demo",
            d,
            "-q",
            q,
            "-n",
            "12",
            "--rounds",
            "2",
            "--collective",
        ],
        "",
    );
    run(o, env, &["round", "list", d], "");
    // Line by line: start, skip the profile, answer a few items, then the input ends.
    // Enter alone takes the default language: the locale's.
    run(o, env, &["take", e, "--plain"], "\n1\n4\n5\n4\n1\n2\n3\n");
    run(o, env, &["take", mx, "--plain"], "\n1\n1\n1\n2\n3\n");
    run(o, env, &["take", e, "--answers", answers], "");
    for format in ["table", "markdown", "html"] {
        run(o, env, &["report", d, "--format", format], "");
        run(o, env, &["compare", d, "--format", format], "");
        run(o, env, &["report", mx, "--format", format], "");
    }
    run(o, env, &["report", d, "--by", "role"], "");
    run(o, env, &["report", d, "--by", "sector"], "");
    run(o, env, &["compare", e], "");
    run(o, env, &["report", &format!("{d}/nowhere")], "");
    run(o, env, &["show", "no-such-questionnaire"], "");
    run(o, env, &["round", "new", e, "Printemps"], "");
    run(o, env, &["round", "list", e], "");
    out
}

/// The words of `text`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The words that are not partnereval's own: those of the questionnaires (in `lang`, or all
/// languages), and what the demo's respondents "typed".
fn value_words(questionnaires: &[&str], lang: Option<&str>, demo: &Path) -> BTreeSet<String> {
    let mut texts = Vec::new();
    for q in questionnaires {
        let mut args = vec!["show", q, "--format", "json"];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        let def = partnereval(&args).expect_status(0);
        strings(&serde_json::from_str(&def.stdout).unwrap(), &mut texts);
    }
    let bundle = partnereval(["export", demo.to_str().unwrap()]).expect_status(0);
    for line in bundle.stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        strings(&v["comments"], &mut texts);
        strings(&v["closing_comment"], &mut texts);
    }
    texts
        .iter()
        .flat_map(|t| words(t))
        .map(str::to_lowercase)
        .collect()
}

/// The text a reader sees in `output` ([`visible`]), without what is not prose: paths, file names, options (`--by`), code in backticks,
/// and the command lines partnereval suggests.
fn readable(output: &str, dir: &Path) -> String {
    let mut out = visible(output);
    out = out.replace(dir.to_str().unwrap(), "/");
    // Markdown escapes, code in backticks and the system's own words are not prose.
    out = out.replace("\\-", "-");
    while let Some(a) = out.find('`') {
        let Some(b) = out[a + 1..].find('`') else {
            break;
        };
        out.replace_range(a..a + b + 2, " ");
    }
    out = out.replace("No such file or directory (os error 2)", " ");
    // Names the scenario gives, and the folder `round list` shows.
    for name in [
        "Quartier",
        "Printemps",
        "printemps",
        "Alpha",
        "Beta",
        " responses ",
    ] {
        out = out.replace(name, " ");
    }
    out.lines()
        .map(|l| {
            let l = l.find("partnereval ").map_or(l, |i| &l[..i]);
            l.split_whitespace()
                .filter(|t| {
                    // Keys of a file (`answers.q01`) are code too.
                    let bare = t.trim_end_matches([':', '.', ',']);
                    let key = bare.contains('.')
                        && bare
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
                    !(key
                        || t.contains('/')
                        || t.starts_with('-')
                        || t.starts_with('`')
                        || t.ends_with(".toml")
                        || t.ends_with(".json"))
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Words that are English and not French (`on`, `a`, `source`, `minutes`, `conditions`,
/// `options`, `divergent`, `type` are both, and left out).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "is",
    "are",
    "not",
    "you",
    "your",
    "with",
    "from",
    "this",
    "that",
    "was",
    "were",
    "has",
    "have",
    "please",
    "answer",
    "answers",
    "response",
    "responses",
    "round",
    "rounds",
    "report",
    "item",
    "items",
    "group",
    "groups",
    "shown",
    "none",
    "only",
    "unfinished",
    "draft",
    "drafts",
    "skipped",
    "file",
    "files",
    "folder",
    "error",
    "warning",
    "problem",
    "problems",
    "mean",
    "band",
    "bands",
    "least",
    "favourable",
    "respondents",
    "overall",
    "comment",
    "comments",
    "back",
    "start",
    "quit",
    "submit",
    "change",
    "yes",
    "no",
    "other",
    "by",
    "at",
    "in",
    "for",
    "to",
    "be",
    "or",
    "an",
    "it",
    "as",
    "can",
    "will",
    "unknown",
    "found",
    "written",
    "nothing",
    "saved",
    "keep",
    "kept",
    "run",
    "created",
    "improved",
    "declined",
    "steady",
    "higher",
    "lower",
    "discuss",
    "why",
    "statement",
    "rules",
];

#[test]
fn french_output_of_every_command_has_no_english() {
    let tmp = tempfile::tempdir().unwrap();
    let (q, matrix) = ("action-in-partnership", "partner-contributions");
    let outputs = scenario(tmp.path(), &[("LANG", "fr_CA.UTF-8")], q, matrix);
    let theirs = value_words(&[q, matrix], Some("fr"), &tmp.path().join("demo"));
    let english: BTreeSet<&str> = ENGLISH.iter().copied().collect();
    let mut faults = Vec::new();
    for (what, output) in &outputs {
        for line in readable(output, tmp.path()).lines() {
            let found: Vec<String> = words(line)
                .map(str::to_lowercase)
                .filter(|w| english.contains(w.as_str()) && !theirs.contains(w))
                .collect();
            if !found.is_empty() {
                faults.push(format!("{what}: {found:?} in: {}", line.trim()));
            }
        }
    }
    faults.dedup();
    assert!(
        faults.is_empty(),
        "English in French output ({}):\n{}",
        faults.len(),
        faults.join("\n")
    );
}

/// A copy of bundled questionnaire `id` whose texts are all in the pseudo-language too, so
/// that what is left in plain English can only be partnereval's own words.
fn pseudo_questionnaire(dir: &Path, id: &str) -> String {
    fn dress(v: &mut toml::Value, in_text: bool) {
        match v {
            toml::Value::String(s) if in_text => *s = partnereval::i18n::pseudo(s).into_owned(),
            toml::Value::Table(t) => {
                for (k, v) in t.iter_mut() {
                    dress(v, k == "en" || k == "fr");
                }
            }
            toml::Value::Array(list) => list.iter_mut().for_each(|v| dress(v, false)),
            _ => {}
        }
    }
    let text = std::fs::read_to_string(root().join(format!("questionnaires/{id}.toml"))).unwrap();
    let mut value: toml::Value = toml::from_str(&text).unwrap();
    dress(&mut value, false);
    let path = dir.join(format!("{id}.toml"));
    std::fs::write(&path, toml::to_string(&value).unwrap()).unwrap();
    path.to_str().unwrap().to_owned()
}

/// Whether `word` could have come from the pseudo-language: its vowels are all changed.
fn pseudo_or_not_a_word(word: &str) -> bool {
    word.chars().count() < 3 || !word.chars().any(|c| "aeiouAEIOU".contains(c))
}

#[test]
fn every_own_word_comes_from_the_catalogue() {
    let tmp = tempfile::tempdir().unwrap();
    let q = pseudo_questionnaire(tmp.path(), "action-in-partnership");
    let matrix = pseudo_questionnaire(tmp.path(), "partner-contributions");
    let outputs = scenario(tmp.path(), &[("PARTNEREVAL_PSEUDO", "1")], &q, &matrix);
    // Ids and codes are the questionnaires' too (`q01`, `sector`), and `list` shows the
    // bundled ones.
    let mut theirs = value_words(&[&q, &matrix], None, &tmp.path().join("demo"));
    theirs.extend(value_words(
        &["action-in-partnership", "partner-contributions"],
        Some("en"),
        &tmp.path().join("demo"),
    ));
    let mut faults = Vec::new();
    for (what, output) in &outputs {
        for line in readable(output, tmp.path()).lines() {
            let stray: Vec<&str> = words(line)
                .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
                .filter(|w| !pseudo_or_not_a_word(w) && !theirs.contains(&w.to_lowercase()))
                .collect();
            if !stray.is_empty() {
                faults.push(format!("{what}: {stray:?} in: {}", line.trim()));
            }
        }
    }
    faults.dedup();
    assert!(
        faults.is_empty(),
        "texts that bypass the catalogue ({}):\n{}",
        faults.len(),
        faults.join("\n")
    );
}

/// `take --plain` in French wraps at words within the 80 columns the tests set, menus
/// included (French runs longer than English).
#[test]
fn french_plain_survey_fits_its_width() {
    let tmp = tempfile::tempdir().unwrap();
    let eval = tmp.path().join("eval");
    let e = eval.to_str().unwrap();
    partnereval(["init", e, "-q", "action-in-partnership", "--lang", "fr"]).expect_status(0);
    // Start, skip the profile, answer every item, then look at the review and leave.
    let mut input = String::from("1\n4\n6\n4\n");
    for i in 0..18 {
        input.push_str(&format!("{}\n", i % 3 + 1));
    }
    input.push_str("\n3\n");
    let out = partnereval(["take", e, "--plain"])
        .stdin(input.into_bytes())
        .output();
    let long: Vec<&str> = out
        .stderr
        .lines()
        // The command to resume is kept whole, to be copied.
        .filter(|l| l.chars().count() > 80 && !l.trim_start().starts_with("partnereval "))
        .collect();
    assert!(
        out.stderr.contains("Énoncé") || out.stderr.contains("1 / 18"),
        "{}",
        out.stderr
    );
    assert!(
        long.is_empty(),
        "lines over 80 columns:\n{}",
        long.join("\n")
    );
}
