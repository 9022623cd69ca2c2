//! The examples in docs/ are real: each is checked against the code.

mod common;

use common::{partnereval, root};
use partnereval::questionnaire::{bundled, parse_str};
use partnereval::response::Response;
use partnereval::response::check::{Identity, check};

/// The first fenced block of `lang` after the heading `## Example` in `docs/<file>`.
fn example(file: &str, lang: &str) -> String {
    let doc = std::fs::read_to_string(root().join("docs").join(file)).unwrap();
    let start = doc
        .find("\n## Example")
        .unwrap_or_else(|| panic!("{file} has no example"));
    let fence = format!("```{lang}\n");
    let open = doc[start..].find(&fence).unwrap() + start + fence.len();
    let close = doc[open..].find("```").unwrap() + open;
    doc[open..close].to_owned()
}

#[test]
fn the_response_example_is_a_valid_response_to_the_bundled_questionnaire() {
    let response: Response = serde_json::from_str(&example("response-format.md", "json")).unwrap();
    let def = parse_str(
        "bundled",
        bundled::find("action-in-partnership").unwrap().source,
    )
    .definition
    .unwrap();
    assert_eq!(
        check(&response, &def, Identity::Exact),
        Vec::<String>::new()
    );
}

#[test]
fn the_answers_example_is_accepted_by_take() {
    let tmp = tempfile::tempdir().unwrap();
    let out = partnereval([
        "take",
        "action-in-partnership",
        "--out",
        tmp.path().to_str().unwrap(),
        "--answers",
        "-",
    ])
    .stdin(example("answers-format.md", "toml"))
    .expect_status(0);
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.stdout.trim()).unwrap()).unwrap();
    assert_eq!(written["mode"], "collective");
    assert_eq!(
        written["comments"]["q04"],
        "Decisions are taken before meetings."
    );
}

#[test]
fn the_settings_example_is_used_by_take() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("e");
    partnereval(["init", dir.to_str().unwrap(), "-q", "action-in-partnership"]).expect_status(0);
    std::fs::write(
        dir.join("evaluation.toml"),
        example("evaluation-format.md", "toml"),
    )
    .unwrap();
    let answers = |sector: &str| {
        let mut s = format!("[profile]\nsector = \"{sector}\"\n[answers]\n");
        for n in 1..=18 {
            s.push_str(&format!("q{n:02} = \"A\"\n"));
        }
        s
    };
    partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(answers("community"))
        .expect_status(0);
    let out = partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
        .stdin(answers("education"))
        .expect_status(1);
    assert!(
        out.stderr.contains(
            "`education` is not a choice (choices: primary-care, public-health, community, other)"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn every_example_response_fits_its_evaluation() {
    let examples = root().join("examples");
    let mut checked = 0;
    for entry in std::fs::read_dir(&examples).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.join("evaluation.toml").is_file() {
            continue;
        }
        let evaluation = partnereval::evaluation::Evaluation::open(&dir).unwrap();
        for file in std::fs::read_dir(dir.join("responses")).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let response: Response =
                    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                let problems = check(&response, &evaluation.definition, Identity::Exact);
                assert!(problems.is_empty(), "{}: {problems:?}", path.display());
                assert_eq!(path.file_stem().unwrap().to_str().unwrap(), response.id);
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "the examples hold {checked} responses");
}

/// The column list after `Columns:` in a doc, as written there.
fn documented_columns(file: &str) -> Vec<String> {
    let doc = std::fs::read_to_string(root().join("docs").join(file)).unwrap();
    let start = doc.find("Columns: `").unwrap() + "Columns: `".len();
    let end = doc[start..].find("`.").unwrap() + start;
    doc[start..end]
        .split(',')
        .map(|c| c.trim().to_owned())
        .collect()
}

#[test]
fn the_documented_csv_columns_are_the_real_ones() {
    assert_eq!(
        documented_columns("report-format.md"),
        partnereval::report::render::csv::COLUMNS
    );
    assert_eq!(
        documented_columns("comparison-format.md"),
        partnereval::report::render::compare::COLUMNS
    );
}

/// Every key of the JSON models is in the table of its doc: the top-level keys, and for the
/// lists, the keys of their entries.
#[test]
fn the_documented_json_keys_are_the_real_ones() {
    for (file, schema, entries) in [
        ("report-format.md", "report", None),
        ("comparison-format.md", "comparison", None),
        ("questionnaire-format.md", "list", Some("Entry")),
        ("evaluation-format.md", "rounds", Some("RoundEntry")),
    ] {
        let doc = std::fs::read_to_string(root().join("docs").join(file)).unwrap();
        let out = partnereval(["schema", schema]).expect_status(0);
        let schema: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let mut objects = vec![&schema];
        if let Some(entry) = entries {
            objects.push(&schema["$defs"][entry]);
        }
        for object in objects {
            for key in object["properties"].as_object().unwrap().keys() {
                assert!(
                    doc.contains(&format!("| `{key}`")) || doc.contains(&format!(", `{key}`")),
                    "{file} does not document `{key}`"
                );
            }
        }
    }
}

/// Every JSON Schema in docs/ is linked from a document there, and named in the README.
#[test]
fn every_schema_is_documented() {
    let docs = root().join("docs");
    let mut pages = String::new();
    for entry in std::fs::read_dir(&docs).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            pages.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for (_, file) in partnereval::schemas::ALL {
        assert!(
            pages.contains(&format!("({file})")),
            "no page of docs/ links {file}"
        );
        assert!(
            readme.contains(&format!("docs/{file}")),
            "the README does not name docs/{file}"
        );
    }
}
