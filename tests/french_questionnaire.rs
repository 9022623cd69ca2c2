//! Questionnaire files in French: the problems `validate` finds, said in French, and the
//! French texts of a questionnaire spaced as French is printed.

mod common;

use common::{bless, partnereval, root};

/// The cases of `tests/invalid` whose French output is kept in `<name>.fr.expected`.
const CASES: &[&str] = &["ids", "labels", "shape", "show-if"];

/// English words that have no business in a French message (ids, keys and values are
/// taken out before looking: they are between backticks or quotes).
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "are",
    "not",
    "must",
    "use",
    "and",
    "or",
    "in",
    "of",
    "at",
    "first",
    "invalid",
    "duplicate",
    "item",
    "items",
    "label",
    "characters",
    "text",
    "missing",
    "language",
    "declared",
    "empty",
    "keep",
    "words",
    "expected",
    "field",
    "unknown",
    "variant",
    "string",
    "number",
    "letters",
    "digits",
    "starting",
    "with",
    "reserved",
    "set",
    "instead",
    "dimension",
    "word",
    "without",
    "spaces",
    "column",
    "fits",
    "few",
    "most",
];

/// The message of each diagnostic line (`FILE:LINE:COL: SEVERITY: MESSAGE`).
fn messages(out: &str) -> Vec<&str> {
    out.lines()
        .filter_map(|l| {
            let (_, rest) = l.split_once(".toml:")?;
            let mut parts = rest.splitn(4, ':');
            let (line, column) = (parts.next()?, parts.next()?);
            if line.parse::<usize>().is_err() || column.parse::<usize>().is_err() {
                return None;
            }
            let _severity = parts.next()?;
            Some(parts.next()?.trim_start())
        })
        .collect()
}

/// `message` without what is quoted in it (`` `q 3` ``, `"twenty"`).
fn unquoted(message: &str) -> String {
    let mut out = String::new();
    let mut quote = None;
    for c in message.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '`' || c == '"' => quote = Some(c),
            None => out.push(c),
        }
    }
    out
}

#[test]
fn the_corpus_is_said_in_french() {
    let mut failures = Vec::new();
    for name in CASES {
        let rel = format!("tests/invalid/{name}.toml");
        let out = partnereval(["validate", &rel])
            .env("LANG", "fr_CA.UTF-8")
            .current_dir(root())
            .output();
        // The problems are on stderr, before the last line (how many files are invalid).
        assert!(out.stdout.is_empty(), "{rel}: {}", out.stdout);
        let listing: String = out
            .stderr
            .lines()
            .filter(|l| !l.starts_with("partnereval"))
            .map(|l| format!("{l}\n"))
            .collect();
        let expected_path = root().join(format!("tests/invalid/{name}.fr.expected"));
        if bless() {
            std::fs::write(&expected_path, &listing).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("tests/invalid/{name}.fr.expected is missing"));
        if out.status != 1 || listing != expected {
            failures.push(format!(
                "{rel}: status {}\n--- expected\n{expected}--- actual\n{}",
                out.status, listing
            ));
        }
        let said = messages(&listing);
        assert!(!said.is_empty(), "{rel}: no message\n{}", listing);
        // The locations are the English ones, FILE:LINE:COL.
        let english = partnereval(["validate", &rel]).current_dir(root()).output();
        let at = |out: &str| -> Vec<String> {
            out.lines()
                // Located lines only (the summary line is worded per language).
                .filter(|l| {
                    l.split_once(".toml:")
                        .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_ascii_digit()))
                })
                .map(|l| l.splitn(4, ':').take(3).collect::<Vec<_>>().join(":"))
                .collect()
        };
        assert_eq!(at(&listing), at(&english.stderr), "{rel}");
        for message in said {
            let words = unquoted(message);
            let left: Vec<&str> = words
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
                .collect();
            assert!(left.is_empty(), "{rel}: English {left:?} in: {message}");
            // French spacing: none of its signs glued to a word or after an ordinary space.
            for sign in [':', ';', '?', '!'] {
                assert!(
                    !words.contains(&format!(" {sign}")),
                    "{rel}: an ordinary space before {sign:?}: {message}"
                );
            }
            assert!(
                !words.contains('\''),
                "{rel}: a straight apostrophe: {message}"
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn french_messages_say_how_to_fix_and_where_the_first_one_is() {
    let out = partnereval(["validate", "tests/invalid/ids.toml"])
        .env("LANG", "fr_CA.UTF-8")
        .current_dir(root())
        .output();
    assert!(
        out.stderr.contains(
            "tests/invalid/ids.toml:16:6: erreur: identifiant d’énoncé `q1` en double \
             (première occurrence\u{a0}: ligne 8, colonne 6)"
        ),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("`no-answer` est réservé\u{a0}: écrivez `no_answer = true`"),
        "{}",
        out.stderr
    );
    let out = partnereval(["validate", "tests/invalid/bands.toml"])
        .env("LANG", "fr_CA.UTF-8")
        .current_dir(root())
        .output();
    // Numbers read by a person take the decimal comma.
    assert!(
        out.stderr
            .contains("les niveaux `low` (1,5–2) et `middle` (1,8–3) se chevauchent"),
        "{}",
        out.stderr
    );
}

/// French questionnaire texts are spaced when the questionnaire is loaded: a narrow no-break
/// space before every `?` of a French question, none in English.
#[test]
fn french_questions_are_spaced() {
    let fr = partnereval(["show", "action-in-partnership", "--lang", "fr"]).expect_status(0);
    let questions: Vec<&str> = fr.stdout.lines().filter(|l| l.ends_with('?')).collect();
    assert!(!questions.is_empty(), "{}", fr.stdout);
    for line in &questions {
        assert!(line.ends_with("\u{202f}?"), "not spaced: {line:?}");
    }
    for (i, _) in fr.stdout.match_indices('?') {
        let before: String = fr.stdout[..i].chars().rev().take(40).collect();
        assert!(
            before.starts_with('\u{202f}'),
            "a `?` without its narrow no-break space after {:?}",
            before.chars().rev().collect::<String>()
        );
    }
    let en = partnereval(["show", "action-in-partnership", "--lang", "en"]).expect_status(0);
    assert!(en.stdout.contains('?'), "{}", en.stdout);
    assert!(!en.stdout.contains('\u{202f}'), "{}", en.stdout);
    // The definition's hash is of the texts as written: the same in either language.
    let hash = |lang: &str| {
        let out = partnereval([
            "show",
            "action-in-partnership",
            "--format",
            "json",
            "--lang",
            lang,
        ])
        .expect_status(0);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        v["hash"].as_str().unwrap().to_owned()
    };
    assert_eq!(hash("fr"), hash("en"));
}
