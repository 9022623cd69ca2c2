//! `partnereval validate`: the invalid corpus, hostile input, and the bundled files.

mod common;

use common::{bless, partnereval, root};

/// What `validate` says about files on stderr: every line but the last error line (how many
/// files are invalid).
fn problems(stderr: &str) -> String {
    stderr
        .lines()
        .filter(|l| !l.starts_with("partnereval: error: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Every `tests/invalid/*.toml` gives exactly the messages in its `.expected` file.
#[test]
fn invalid_corpus_gives_located_messages() {
    let dir = root().join("tests/invalid");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "the corpus is missing");
    let mut failures = Vec::new();
    for case in cases {
        let rel = case
            .strip_prefix(root())
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let out = partnereval(["validate", &rel]).current_dir(root()).output();
        assert!(out.stdout.is_empty(), "{rel}: {}", out.stdout);
        let said = problems(&out.stderr);
        let expected_path = case.with_extension("expected");
        if bless() {
            std::fs::write(&expected_path, &said).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} has no .expected file", rel));
        if out.status != 1 || said != expected {
            failures.push(format!(
                "{rel}: status {}\n--- expected\n{expected}--- actual\n{said}",
                out.status
            ));
        }
        for line in said.lines().filter(|l| l.contains(": error: ")) {
            let located = line.strip_prefix(&format!("{rel}:")).and_then(|rest| {
                rest.split(':')
                    .take(2)
                    .map(|n| n.parse::<usize>().ok())
                    .collect::<Option<Vec<_>>>()
            });
            assert!(located.is_some(), "not FILE:LINE:COL: {line}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn bundled_questionnaires_are_valid_without_warnings() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("questionnaires"))
        .unwrap()
        .map(|e| {
            format!(
                "questionnaires/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .collect();
    files.sort();
    let mut args = vec!["validate".to_owned()];
    args.extend(files.iter().cloned());
    let out = partnereval(&args).current_dir(root()).expect_status(0);
    for f in &files {
        assert!(out.stdout.contains(&format!("{f}: ok: ")), "{}", out.stdout);
    }
    assert!(!out.stdout.contains("warning"), "{}", out.stdout);
}

#[test]
fn every_problem_in_every_file_is_reported_in_one_run() {
    let out = partnereval([
        "validate",
        "tests/invalid/ids.toml",
        "questionnaires/action-in-partnership.toml",
        "tests/invalid/bands.toml",
    ])
    .current_dir(root())
    .expect_status(1);
    assert!(
        out.stderr
            .contains("tests/invalid/ids.toml: invalid: 7 errors"),
        "{}",
        out.stderr
    );
    assert_eq!(
        out.stdout,
        "questionnaires/action-in-partnership.toml: ok: action-in-partnership 1.1.0 (18 items, 6 conditions, languages en, fr)\n"
    );
    assert!(
        out.stderr
            .contains("tests/invalid/bands.toml: invalid: 5 errors")
    );
    assert!(
        out.stderr
            .contains("2 of 3 questionnaire files are invalid"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_missing_file_is_an_io_error() {
    let out = partnereval(["validate", "no/such/file.toml"]).expect_status(2);
    assert!(
        out.stderr.contains("cannot read no/such/file.toml"),
        "{}",
        out.stderr
    );
}

/// Hostile input never panics or hangs; each gets a located error.
#[test]
fn hostile_input_is_rejected_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    // Deterministic pseudo-random bytes.
    let mut x: u32 = 2463534242;
    let garbage: Vec<u8> = (0..65536)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    let deep_arrays = format!(
        "schema_version = 1\nx = {}{}",
        "[".repeat(500_000),
        "]".repeat(500_000)
    );
    let deep_tables = format!(
        "schema_version = 1\nx = {}1{}",
        "{a=".repeat(100_000),
        "}".repeat(100_000)
    );
    let deep_keys = format!("schema_version = 1\n{}b = 1\n", "a.".repeat(100_000));
    let deep_headers = format!("schema_version = 1\n[{}]\n", vec!["t"; 100_000].join("."));
    let huge_string = format!(
        "schema_version = 1\nid = \"big\"\nversion = \"1\"\nlanguages = [\"en\"]\ntitle = \"{}\"\n[[items]]\nid = \"q1\"\ntext = \"t\"\noptions = [{{ code = \"A\", label = \"a\" }}]\n",
        "x".repeat(3_000_000)
    );
    let nul_bytes = "schema_version = 1\nid = \"a\0b\"\n".to_owned();
    let cases: Vec<(&str, Vec<u8>, i32, &str)> = vec![
        ("garbage.toml", garbage, 1, "not UTF-8"),
        (
            "deep-arrays.toml",
            deep_arrays.into_bytes(),
            1,
            "nested more than 64 levels",
        ),
        (
            "deep-tables.toml",
            deep_tables.into_bytes(),
            1,
            "nested more than 64 levels",
        ),
        ("deep-keys.toml", deep_keys.into_bytes(), 1, "invalid TOML"),
        (
            "deep-headers.toml",
            deep_headers.into_bytes(),
            1,
            "invalid TOML",
        ),
        ("huge-string.toml", huge_string.into_bytes(), 0, "ok: big 1"),
        ("nul.toml", nul_bytes.into_bytes(), 1, "invalid TOML"),
        (
            "too-big.toml",
            vec![b'#'; 9 * 1024 * 1024],
            1,
            "larger than 8 MiB",
        ),
    ];
    for (name, bytes, status, needle) in cases {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        let out = partnereval(["validate", name])
            .current_dir(dir.path())
            .output();
        assert_eq!(out.status, status, "{name}: {}{}", out.stdout, out.stderr);
        // Problems on stderr, a valid file on stdout.
        let said = if status == 1 {
            &out.stderr
        } else {
            &out.stdout
        };
        assert!(said.contains(needle), "{name}: {said}");
        assert!(!out.stderr.contains("panicked"), "{name}: {}", out.stderr);
        if status == 1 {
            assert!(out.stdout.is_empty(), "{name}: {}", out.stdout);
            assert!(
                out.stderr.starts_with(&format!("{name}:")),
                "{name}: {said}"
            );
        }
    }
}

#[test]
fn bundled_ids_can_be_validated_too() {
    let out = partnereval(["validate", "action-in-partnership"]).expect_status(0);
    assert!(out.stdout.contains("action-in-partnership: ok: action-in-partnership 1.1.0 (18 items, 6 conditions, languages en, fr)"), "{}", out.stdout);
}
