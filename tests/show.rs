//! `list`, `show`, `schema` and `completions`, and the documents that describe them.

mod common;

use std::collections::BTreeMap;

use common::{bless, partnereval, root};
use serde_json::Value;

fn show_json(args: &[&str]) -> Value {
    let mut all = vec!["show"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let out = partnereval(&all).expect_status(0);
    serde_json::from_str(&out.stdout).expect("show --format json prints JSON")
}

#[test]
fn bundled_self_evaluation_has_the_published_structure() {
    let def = show_json(&["action-in-partnership"]);
    assert_eq!(def["id"], "action-in-partnership");
    assert_eq!(def["languages"], serde_json::json!(["en", "fr"]));
    let items = def["items"].as_array().unwrap();
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    let expected: Vec<String> = (1..=18).map(|n| format!("q{n:02}")).collect();
    assert_eq!(ids, expected);
    for item in items {
        assert_eq!(item["kind"], "single");
        assert_eq!(item["no_answer"], true, "{}", item["id"]);
        let options = item["options"].as_array().unwrap();
        let codes: Vec<(&str, f64)> = options
            .iter()
            .map(|o| (o["code"].as_str().unwrap(), o["score"].as_f64().unwrap()))
            .collect();
        assert_eq!(
            codes,
            [("A", 3.0), ("B", 2.0), ("C", 1.0)],
            "{}",
            item["id"]
        );
    }
    let dims: BTreeMap<&str, Vec<&str>> = def["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let items = d["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i.as_str().unwrap())
                .collect();
            (d["id"].as_str().unwrap(), items)
        })
        .collect();
    let expected: BTreeMap<&str, Vec<&str>> = [
        ("perspectives", vec!["q01", "q02"]),
        ("early-involvement", vec!["q03"]),
        ("influence", vec!["q04"]),
        ("commitment", vec!["q05", "q09", "q10", "q11"]),
        ("power-balance", vec!["q12", "q13", "q14", "q16"]),
        (
            "co-construction",
            vec!["q06", "q07", "q08", "q15", "q17", "q18"],
        ),
    ]
    .into_iter()
    .collect();
    assert_eq!(dims, expected);
    // each item knows its dimension
    for item in items {
        let id = item["id"].as_str().unwrap();
        let dim = item["dimension"].as_str().unwrap();
        assert!(dims[dim].contains(&id));
    }
    let profile: Vec<&str> = def["profile"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(profile, ["sector", "role", "years"]);
    let sectors: Vec<&str> = def["profile"][0]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        sectors,
        [
            "primary-care",
            "public-health",
            "community",
            "social-services",
            "municipality",
            "education",
            "other"
        ]
    );
    assert_eq!(def["prerequisites"].as_array().unwrap().len(), 2);
    assert!(def["credit"]["en"].as_str().unwrap().contains("Bilodeau"));
    assert!(def["credit"]["fr"].as_str().unwrap().contains("Bilodeau"));
    assert!(def["hash"].as_str().unwrap().starts_with("sha256:"));
}

/// Every string that is a language table has non-empty English and French, distinct from
/// each other where they are sentences.
#[test]
fn every_bundled_text_exists_in_english_and_french() {
    fn walk(v: &Value, path: &str, found: &mut Vec<String>) {
        match v {
            Value::Object(map) if map.contains_key("en") || map.contains_key("fr") => {
                let en = map.get("en").and_then(Value::as_str).unwrap_or("");
                let fr = map.get("fr").and_then(Value::as_str).unwrap_or("");
                if en.trim().is_empty() || fr.trim().is_empty() {
                    found.push(format!("{path}: missing a language"));
                }
                if en.len() > 30
                    && en == fr
                    && !path.ends_with("source")
                    && !path.ends_with("licence")
                {
                    found.push(format!("{path}: French is a copy of English"));
                }
            }
            Value::Object(map) => map
                .iter()
                .for_each(|(k, v)| walk(v, &format!("{path}.{k}"), found)),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, &format!("{path}[{i}]"), found)),
            _ => {}
        }
    }
    let def = show_json(&["action-in-partnership"]);
    let mut problems = Vec::new();
    walk(&def, "", &mut problems);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn json_with_lang_keeps_one_language() {
    let def = show_json(&["action-in-partnership", "--lang", "fr"]);
    assert_eq!(
        def["items"][0]["text"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["fr"]
    );
    assert!(
        def["items"][0]["text"]["fr"]
            .as_str()
            .unwrap()
            .starts_with("Dans notre partenariat")
    );
}

#[test]
fn text_is_readable_in_both_languages_and_fits_80_columns() {
    let en = partnereval(["show", "action-in-partnership"])
        .expect_status(0)
        .stdout;
    assert!(en.starts_with("Self-evaluation of action in partnership\n"));
    assert!(en.contains("\nBefore you start\n"));
    assert!(en.contains("  q05  one choice, required, \"no answer\" offered, comment offered,"));
    assert!(en.contains("A [score 3]"));
    assert!(en.contains("strong       2.5 – 3"));
    assert!(en.contains("at least 25% of its valid answers are in"));
    let fr = partnereval(["show", "action-in-partnership", "--lang", "fr"])
        .expect_status(0)
        .stdout;
    assert!(fr.starts_with("Autodiagnostic de l’action en partenariat\n"));
    assert!(fr.contains("\nAvant de commencer\n"));
    assert!(fr.contains("Dans notre partenariat"));
    for line in en.lines().chain(fr.lines()) {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
    assert!(!en.contains('\x1b'), "no colour when not on a terminal");
}

#[test]
fn colour_is_used_only_when_asked_or_on_a_terminal() {
    let out = partnereval(["--color", "always", "show", "action-in-partnership"]).expect_status(0);
    assert!(out.stdout.contains("\x1b["));
    let out = partnereval(["--color", "never", "show", "action-in-partnership"]).expect_status(0);
    assert!(!out.stdout.contains("\x1b["));
}

#[test]
fn unknown_questionnaires_and_languages_are_usage_errors() {
    let out = partnereval(["show", "no-such-tool"]).expect_status(2);
    assert!(
        out.stderr.contains("unknown questionnaire `no-such-tool`"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("action-in-partnership"));
    let out = partnereval(["show", "action-in-partnership", "--lang", "de"]).expect_status(2);
    assert!(
        out.stderr
            .contains("`de` is not a language of this questionnaire (it offers: en, fr)"),
        "{}",
        out.stderr
    );
}

#[test]
fn show_refuses_an_invalid_file_with_located_errors() {
    let out = partnereval(["show", "tests/invalid/ids.toml"])
        .current_dir(root())
        .expect_status(1);
    assert!(
        out.stderr
            .contains("tests/invalid/ids.toml:16:6: error: duplicate item id `q1` (first at 8:6)"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn list_shows_bundled_and_local_questionnaires() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("questionnaires")).unwrap();
    std::fs::write(
        dir.path().join("questionnaires/mine.toml"),
        example_from_docs(),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("questionnaires/broken.toml"),
        "schema_version = 1\n",
    )
    .unwrap();
    let out = partnereval(["list", "--format", "json"])
        .current_dir(dir.path())
        .expect_status(0);
    let list: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(list["schema_version"], 1);
    // The output is the type its schema is generated from (`schema list`).
    serde_json::from_str::<partnereval::commands::list::Listing>(&out.stdout).unwrap();
    let rows: Vec<(&str, u64, &str)> = list["questionnaires"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap(),
                e["items"].as_u64().unwrap(),
                e["source"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("action-in-partnership", 18, "bundled"),
            ("partner-contributions", 2, "bundled"),
            ("coalition-check", 6, "questionnaires/mine.toml")
        ]
    );
    assert!(
        out.stderr
            .contains("warning: questionnaires/broken.toml is not a valid questionnaire"),
        "{}",
        out.stderr
    );
    // a local questionnaire is found by its id too
    let out = partnereval(["show", "coalition-check"])
        .current_dir(dir.path())
        .expect_status(0);
    assert!(out.stdout.starts_with("Coalition check-up"));
    let table = partnereval(["list"])
        .current_dir(dir.path())
        .expect_status(0)
        .stdout;
    assert!(
        table.contains("action-in-partnership") && table.contains("coalition-check"),
        "{table}"
    );
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
}

/// The annotated example in docs/questionnaire-format.md.
fn example_from_docs() -> String {
    let doc = std::fs::read_to_string(root().join("docs/questionnaire-format.md")).unwrap();
    let start = doc
        .find("## A complete annotated example")
        .expect("the example section");
    let block = &doc[start..];
    let open = block.find("```toml\n").unwrap() + "```toml\n".len();
    let close = block[open..].find("```").unwrap();
    block[open..open + close].to_owned()
}

#[test]
fn the_documented_example_is_valid_and_uses_every_item_kind() {
    let dir = tempfile::tempdir().unwrap();
    let example = example_from_docs();
    std::fs::write(dir.path().join("example.toml"), &example).unwrap();
    let out = partnereval(["validate", "example.toml"])
        .current_dir(dir.path())
        .expect_status(0);
    assert_eq!(
        out.stdout,
        "example.toml: ok: coalition-check 2.1.0 (6 items, 2 conditions, languages en, fr)\n"
    );
    for kind in ["multiple", "text", "number", "grid"] {
        assert!(example.contains(&format!("kind = \"{kind}\"")), "{kind}");
    }
}

/// The committed schemas are the ones the code generates (`BLESS=1` rewrites them).
#[test]
fn committed_schemas_match_the_code() {
    for (name, file) in partnereval::schemas::ALL {
        let generated = partnereval::schemas::render(*name);
        let path = root().join("docs").join(file);
        if bless() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "docs/{file} is out of date: run `BLESS=1 cargo test --test show`"
        );
    }
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let out = partnereval(["schema", "questionnaire"]).expect_status(0);
    let committed = std::fs::read_to_string(root().join("docs/questionnaire.schema.json")).unwrap();
    assert_eq!(out.stdout, committed);
    let schema: Value = serde_json::from_str(&out.stdout).unwrap();
    assert!(
        schema["required"]
            .as_array()
            .unwrap()
            .contains(&Value::from("schema_version"))
    );
}

#[test]
fn completions_for_the_usual_shells() {
    for shell in ["bash", "zsh", "fish"] {
        let out = partnereval(["completions", shell]).expect_status(0);
        assert!(
            out.stdout.contains("partnereval") && out.stdout.contains("validate"),
            "{shell}"
        );
    }
}

/// A closed pipe on standard output (`partnereval ... | head`) is not an error, for `show`
/// and every report format (the CSV writer wraps the pipe's error in its own).
#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::process::{Command, Stdio};
    let riverside = root().join("examples/riverside");
    let riverside = riverside.to_str().unwrap();
    let mut runs = vec![vec!["show", "action-in-partnership", "--format", "json"]];
    for format in ["table", "json", "csv", "markdown", "html"] {
        runs.push(vec!["report", riverside, "--format", format]);
    }
    for args in runs {
        let mut child = Command::new(env!("CARGO_BIN_EXE_partnereval"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Every file in questionnaires/ is compiled into the binary, and nothing else is.
#[test]
fn every_questionnaire_file_is_bundled() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("questionnaires"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut bundled: Vec<String> = partnereval::questionnaire::bundled::BUNDLED
        .iter()
        .map(|b| b.id.to_owned())
        .collect();
    bundled.sort();
    assert_eq!(files, bundled);
    for b in partnereval::questionnaire::bundled::BUNDLED {
        let on_disk =
            std::fs::read_to_string(root().join(format!("questionnaires/{}.toml", b.id))).unwrap();
        assert_eq!(on_disk, b.source);
    }
}

/// Every French text of a definition with the path it sits at, as `(path, en, fr)`.
fn french_texts(v: &Value, path: &str, out: &mut Vec<(String, String, String)>) {
    match v {
        Value::Object(map) if map.contains_key("fr") => {
            let s = |k: &str| map.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
            out.push((path.to_owned(), s("en"), s("fr")));
        }
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| french_texts(v, &format!("{path}.{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| french_texts(v, &format!("{path}[{i}]"), out)),
        _ => {}
    }
}

/// The French of both bundled questionnaires, as a reviewer types it: typographic
/// apostrophes, a space before `: ; ! ?`, the glossary's words, épicène wording where the
/// masculine used to stand for everyone, and no English left behind.
#[test]
fn bundled_french_follows_the_glossary_and_the_typography() {
    // Words the glossary or the inclusive-wording review replaced.
    let banned = [
        "je ne sais pas",
        "sans réponse",
        "ne peux pas juger",
        "décideur",
        "intervenant ",
        "praticien ",
        "citoyen ",
        "usagers",
        "initiés",
        "aucun de nous",
        "connues de tous",
        "dimension",
        "bande",
    ];
    // English words that would show an untranslated text (titles of cited works aside).
    let english = [" the ", " and ", " your ", " our ", " of ", "partnership"];
    for id in ["action-in-partnership", "partner-contributions"] {
        let def = show_json(&[id]);
        let mut texts = Vec::new();
        french_texts(&def, "", &mut texts);
        assert!(texts.len() > 20, "{id}: {texts:?}");
        let mut faults = Vec::new();
        for (path, en, fr) in &texts {
            let cited = path.ends_with("source") || path.ends_with("credit");
            if fr.contains('\'') {
                faults.push(format!("{path}: straight apostrophe: {fr}"));
            }
            if fr.contains("...") {
                faults.push(format!("{path}: three dots instead of …: {fr}"));
            }
            let chars: Vec<char> = fr.chars().collect();
            for (k, c) in chars.iter().enumerate() {
                if matches!(c, ':' | ';' | '!' | '?' | '»')
                    && k > 0
                    && !chars[k - 1].is_whitespace()
                {
                    faults.push(format!("{path}: no space before `{c}`: {fr}"));
                }
            }
            let lower = fr.to_lowercase();
            for word in banned {
                if lower.contains(word) {
                    faults.push(format!("{path}: `{word}`: {fr}"));
                }
            }
            if !cited {
                for word in english {
                    if format!(" {lower} ").contains(word) {
                        faults.push(format!("{path}: English `{word}` left: {fr}"));
                    }
                }
            }
            if en.len() > 12 && en == fr && !cited && !path.ends_with("licence") {
                faults.push(format!("{path}: the French is the English: {fr}"));
            }
        }
        assert!(faults.is_empty(), "{id}:\n{}", faults.join("\n"));
        // Interpretation levels are distinct words (not « peu » beside « un peu »).
        let bands: Vec<String> = def["bands"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["label"]["fr"].as_str().unwrap().to_owned())
            .collect();
        for (i, a) in bands.iter().enumerate() {
            for b in &bands[i + 1..] {
                assert!(
                    !a.contains(b.as_str()) && !b.contains(a.as_str()),
                    "{id}: {bands:?}"
                );
            }
        }
        // Every item has a short label and every profile field a label, in both languages.
        for item in def["items"].as_array().unwrap() {
            for lang in ["en", "fr"] {
                let short = item["short"][lang].as_str().unwrap_or("");
                assert!(
                    !short.is_empty() && short.chars().count() <= 40,
                    "{id} {}: short {lang} {short:?}",
                    item["id"]
                );
            }
        }
        for field in def["profile"].as_array().unwrap() {
            for lang in ["en", "fr"] {
                let label = field["label"][lang].as_str().unwrap_or("");
                assert!(
                    !label.is_empty() && label.chars().count() <= 30,
                    "{id} {}: label {lang} {label:?}",
                    field["id"]
                );
            }
        }
    }
    let aip = show_json(&["action-in-partnership", "--lang", "fr"]);
    assert_eq!(
        aip["no_answer_label"]["fr"],
        "Pas de réponse / je ne peux pas me prononcer"
    );
    assert_eq!(aip["profile"][1]["label"]["fr"], "Rôle");
    assert_eq!(
        aip["profile"][1]["choices"][1]["label"]["fr"],
        "Personne gestionnaire ou décisionnelle de mon organisation"
    );
    assert_eq!(
        aip["items"][0]["short"]["fr"],
        "Partenaires autour de la table"
    );
    let matrix = show_json(&["partner-contributions", "--lang", "fr"]);
    assert_eq!(
        matrix["no_answer_label"]["fr"],
        "Je ne peux pas me prononcer"
    );
    // The question agrees with its answers: « quelle contribution… ? » « Aucune », « Forte ».
    assert!(
        matrix["items"][1]["text"]["fr"]
            .as_str()
            .unwrap()
            .contains("quelle contribution votre organisation reçoit-elle")
    );
}

/// The French report names profile fields by their labels and speaks the reviewed wording.
#[test]
fn french_show_reads_the_reviewed_wording() {
    let fr = partnereval(["show", "action-in-partnership", "--lang", "fr"])
        .expect_status(0)
        .stdout;
    let flat = fr.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "action-in-partnership 1.1.0",
        "À quel secteur appartient votre organisation",
        "Personne intervenante ou praticienne de première ligne",
        "Engagement des parties prenantes clés",
        "il ne s’agit pas d’une évaluation du rendement",
    ] {
        assert!(flat.contains(expected), "missing {expected:?} in\n{fr}");
    }
    for gone in [
        "appartient-elle",
        "partenaires; ce n",
        "décideur",
        "Intervenant ou",
    ] {
        assert!(!flat.contains(gone), "{gone:?} is still in\n{fr}");
    }
}
