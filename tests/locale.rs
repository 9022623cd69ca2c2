//! The language of the output when `--lang` is not given: the locale's (`LC_ALL`, else
//! `LC_MESSAGES`, else `LANG`) when the questionnaire offers it, else its default language.

mod common;

use common::{partnereval, root, strings, visible};

fn riverside() -> String {
    root().join("examples/riverside").display().to_string()
}

#[test]
fn the_locale_chooses_the_language_when_lang_is_not_given() {
    let r = riverside();
    let report = |env: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec!["report", r.as_str(), "--format", "json"];
        args.extend_from_slice(extra);
        let mut run = partnereval(&args);
        for (k, v) in env {
            run = run.env(k, v);
        }
        let out = run.expect_status(0);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        v["language"].as_str().unwrap().to_owned()
    };
    assert_eq!(report(&[], &[]), "en");
    assert_eq!(report(&[("LANG", "fr_CA.UTF-8")], &[]), "fr");
    assert_eq!(report(&[("LANG", "fr_FR.UTF-8")], &["--lang", "en"]), "en");
    // LC_ALL comes before LANG, LC_MESSAGES between them.
    assert_eq!(
        report(&[("LANG", "fr_CA.UTF-8"), ("LC_ALL", "en_CA.UTF-8")], &[]),
        "en"
    );
    assert_eq!(
        report(
            &[("LANG", "en_CA.UTF-8"), ("LC_MESSAGES", "fr_CA.UTF-8")],
            &[]
        ),
        "fr"
    );
    // A language the questionnaire does not offer, or the C locale: its default.
    assert_eq!(report(&[("LANG", "de_DE.UTF-8")], &[]), "en");
    assert_eq!(report(&[("LANG", "C.UTF-8")], &[]), "en");
}

#[test]
fn show_and_list_follow_the_locale_too() {
    let out = partnereval(["show", "action-in-partnership"])
        .env("LANG", "fr_CA.UTF-8")
        .expect_status(0);
    assert!(out.stdout.starts_with("Autodiagnostic"), "{}", out.stdout);
    let out = partnereval(["list"])
        .env("LANG", "fr_CA.UTF-8")
        .expect_status(0);
    assert!(out.stdout.contains("Autodiagnostic"), "{}", out.stdout);
}

/// The places where French needs a no-break space and has none, or an ordinary one: before
/// `:`, `;` and `?` that end a word (a time or an address has none), inside « ». (`!` is left
/// out: the tables use it alone as the mark of a divergent item.) Returns the lines.
fn french_spacing_faults(text: &str) -> Vec<String> {
    let mut faults = Vec::new();
    for line in text.lines() {
        // A Markdown table's rule (`| --- | ---: |`) aligns its columns with colons.
        if line.chars().all(|c| "|-: ".contains(c)) {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = if i > 0 { Some(chars[i - 1]) } else { None };
            let after = chars.get(i + 1).copied();
            let ends = after.is_none_or(|a| a.is_whitespace());
            let bad = match c {
                ':' | ';' | '?' => ends && before.is_some_and(|b| b != '\u{a0}' && b != '\u{202f}'),
                '«' => after == Some(' '),
                '»' => before == Some(' '),
                _ => false,
            };
            if bad {
                faults.push(line.to_owned());
                break;
            }
        }
    }
    faults
}

/// The texts of a French report that are not partnereval's own words: what people typed
/// (comments) and the questionnaire's texts (their French is reviewed on its own).
fn not_ours(report: &str) -> Vec<String> {
    let r: serde_json::Value = serde_json::from_str(report).unwrap();
    let mut texts = Vec::new();
    strings(&r["comments"], &mut texts);
    strings(&r["closing_comments"], &mut texts);
    // A collective response's own comments, shown with its answers.
    for c in r["collective"].as_array().into_iter().flatten() {
        strings(&c["comments"], &mut texts);
        strings(&c["closing_comment"], &mut texts);
    }
    let q = root().join("examples/riverside/questionnaire.toml");
    let def = partnereval([
        "show",
        q.to_str().unwrap(),
        "--format",
        "json",
        "--lang",
        "fr",
    ])
    .expect_status(0);
    strings(&serde_json::from_str(&def.stdout).unwrap(), &mut texts);
    // Longest first, so that a text is taken out before any part of it.
    texts.retain(|t| t.chars().count() > 3);
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts
}

#[test]
fn french_output_puts_no_break_spaces_where_french_needs_them() {
    let r = riverside();
    let report = |format: &str| {
        partnereval([
            "report", &r, "--by", "sector", "--lang", "fr", "--format", format,
        ])
        .expect_status(0)
        .stdout
    };
    let theirs = not_ours(&report("json"));
    let mut outputs = Vec::new();
    for format in ["table", "markdown", "html"] {
        let out = report(format);
        // What people typed and the questionnaire's texts are taken out (where a table
        // wraps one, its lines stay: none of the bundled texts has a fault there).
        let mut text = visible(&out);
        for t in &theirs {
            text = text.replace(t.as_str(), "…");
        }
        outputs.push((format!("report {format}"), text));
    }
    // A line that a wrapped typed text runs through (it shares 12 characters with one) is
    // theirs, not ours.
    let typed = |line: &str| {
        let chars: Vec<char> = line.chars().collect();
        chars.windows(12).any(|w| {
            let piece: String = w.iter().collect();
            theirs.iter().any(|t| t.contains(&piece))
        })
    };
    for (what, text) in outputs {
        let mut faults = french_spacing_faults(&text);
        faults.retain(|line| !typed(line));
        assert!(faults.is_empty(), "{what}:\n{}", faults.join("\n"));
        // Numbers for people: a decimal comma, and "25 %" with a no-break space.
        if what.starts_with("report") {
            assert!(text.contains('\u{a0}'), "{what}");
            assert!(!text.contains("2.2"), "{what}: a decimal point in French");
        }
    }
}

#[test]
fn init_and_rounds_speak_the_evaluation_s_language() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    let d = dir.to_str().unwrap();
    let out = partnereval([
        "init",
        d,
        "-q",
        "action-in-partnership",
        "--lang",
        "fr",
        "--name",
        "Quartier",
    ])
    .expect_status(0);
    assert!(
        out.stdout
            .starts_with("Évaluation «\u{a0}Quartier\u{a0}» créée"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("Les membres répondent avec\u{a0}:"),
        "{}",
        out.stdout
    );
    let out = partnereval(["round", "new", d, "Printemps"]).expect_status(0);
    assert!(
        out.stdout.starts_with("Tour «\u{a0}Printemps\u{a0}»"),
        "{}",
        out.stdout
    );
    let out = partnereval(["round", "list", d]).expect_status(0);
    for word in [
        "Tour 1",
        "Printemps",
        "Commencé",
        "Brouillons",
        "le tour en cours",
    ] {
        assert!(out.stdout.contains(word), "{word}: {}", out.stdout);
    }
    // An English-only evaluation speaks English, even in a French locale, and its first
    // round is "Round 1".
    let en = tmp.path().join("en");
    let e = en.to_str().unwrap();
    partnereval(["init", e, "-q", "action-in-partnership", "--lang", "en"]).expect_status(0);
    partnereval(["round", "new", e, "Spring"]).expect_status(0);
    let out = partnereval(["round", "list", e])
        .env("LANG", "fr_CA.UTF-8")
        .expect_status(0);
    assert!(out.stdout.contains("Round 1"), "{}", out.stdout);
    assert!(out.stdout.contains("the current round"), "{}", out.stdout);
}

/// Only the language follows the locale: numbers, dates and the CSV never follow the other
/// categories (`LC_NUMERIC`, `LC_TIME`, `LC_COLLATE`…), and `LC_ALL=C` means English. A
/// French locale for numbers leaves an English report as it is, and an English one leaves
/// the French report's decimal comma.
#[test]
fn numbers_follow_the_language_never_lc_numeric() {
    let r = riverside();
    let run = |env: &[(&str, &str)], args: &[&str]| {
        let mut all = vec!["report", r.as_str()];
        all.extend_from_slice(args);
        let mut run = partnereval(&all);
        for (k, v) in env {
            run = run.env(k, v);
        }
        run.expect_status(0).stdout
    };
    let others = [
        ("LC_NUMERIC", "fr_FR.UTF-8"),
        ("LC_TIME", "fr_FR.UTF-8"),
        ("LC_COLLATE", "fr_FR.UTF-8"),
        ("LC_MONETARY", "fr_FR.UTF-8"),
    ];
    for format in ["table", "csv", "json", "markdown"] {
        let plain = run(&[], &["--format", format]);
        assert_eq!(run(&others, &["--format", format]), plain, "{format}");
        assert_eq!(
            run(
                &[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")],
                &["--format", format]
            ),
            plain,
            "{format}: LC_ALL=C is English"
        );
    }
    let french = run(&[("LANG", "fr_FR.UTF-8")], &[]);
    assert!(french.contains("1,92"), "{french}");
    let english_numbers = [("LANG", "fr_FR.UTF-8"), ("LC_NUMERIC", "en_US.UTF-8")];
    assert_eq!(run(&english_numbers, &[]), french);
}
