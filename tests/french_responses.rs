//! Messages about responses, drafts and answers files, in French: each is one sentence of
//! the catalogue with the ids, codes and paths put in as they are, spaced the French way
//! (a no-break space before `:`), and with no English left outside those values.

mod common;

use std::path::{Path, PathBuf};

use common::{partnereval, root};
use fluent_bundle::FluentArgs;
use partnereval::i18n::{ResponseMessages, messages};

const NBSP: char = '\u{a0}';

/// Words of English that no French message has (each with the spaces around it).
const ENGLISH: &[&str] = &[
    " the ",
    " is ",
    " not ",
    " file",
    " answer",
    " of ",
    " and ",
    " to ",
    " or ",
    " cannot",
    " given",
    " unknown",
    " required",
    " folder",
    " read",
    " draft",
    " with ",
    " expected",
    " invalid",
    " no ",
    " has ",
    " was ",
    " this ",
    " item",
    " row",
    " warning",
    " bundle",
    " line",
    " field",
    " missing",
    " more than",
    " larger",
    " choice",
];

/// The English words left in `text` once the values in backticks and the `values` given
/// (paths, keys) are taken out.
fn english_in(text: &str, values: &[&str]) -> Vec<&'static str> {
    let mut text = text.to_owned();
    for v in values {
        text = text.replace(v, " ");
    }
    let outside: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    let outside = format!(" {} ", outside.to_lowercase()).replace(NBSP, " ");
    ENGLISH
        .iter()
        .copied()
        .filter(|w| outside.contains(w))
        .collect()
}

/// A copy of the Riverside example evaluation (English and French) in a temporary folder.
fn riverside() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("riverside");
    copy_dir(&root().join("examples/riverside"), &dir);
    (tmp, dir)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The lines of `text` from the first of `keys` they hold on (what comes before is another
/// part's: the file name, "error").
fn from_keys<'a>(text: &'a str, keys: &[&str]) -> Vec<&'a str> {
    text.lines()
        .filter_map(|line| {
            keys.iter()
                .filter_map(|k| line.find(k))
                .min()
                .map(|at| &line[at..])
        })
        .collect()
}

const ANSWERS: &str = "[answers]\nq01 = \"D\"\nq02 = \"A\"\nq19 = \"A\"\nq05 = 3\n[profile]\nsector = \"space\"\ncolour = \"blue\"\n[comments]\nq30 = \"x\"\nq02 = \" \"\n";

#[test]
fn the_problems_of_an_answers_file_are_said_in_french() {
    let (_tmp, dir) = riverside();
    let dir = dir.to_str().unwrap();
    let out = partnereval(["take", dir, "--answers", "-", "--lang", "fr"])
        .stdin(ANSWERS)
        .expect_status(1);
    let expected = [
        "profile.colour\u{a0}: champ de profil inconnu",
        "profile.sector\u{a0}: `space` n’est pas un choix possible (choix\u{a0}: primary-care, public-health, community, social-services, municipality, education, other)",
        "answers.q01\u{a0}: `D` n’est pas une option (options\u{a0}: A, B, C)",
        "answers.q05\u{a0}: réponse non valide pour un énoncé `single` (il faut un code d’option, en texte)",
        "answers.q19\u{a0}: énoncé inconnu",
        "answers.q03\u{a0}: énoncé obligatoire sans réponse",
        "comments.q30\u{a0}: énoncé inconnu",
        "comments.q02\u{a0}: le commentaire est vide",
    ];
    for line in expected {
        assert!(
            out.stderr.contains(line),
            "missing {line:?} in\n{}",
            out.stderr
        );
    }
    let keys = ["profile.", "answers.", "comments."];
    let lines = from_keys(&out.stderr, &keys);
    assert!(lines.len() >= expected.len(), "{}", out.stderr);
    for line in lines {
        let words = english_in(line, &keys);
        assert!(words.is_empty(), "English {words:?} in {line:?}");
        assert!(
            !line.contains(" :"),
            "an ordinary space before `:` in {line:?}"
        );
    }
    // The locale chooses French as well.
    let out = partnereval(["take", dir, "--answers", "-"])
        .env("LANG", "fr_CA.UTF-8")
        .stdin(ANSWERS)
        .expect_status(1);
    assert!(
        out.stderr
            .contains("answers.q01\u{a0}: `D` n’est pas une option (options\u{a0}: A, B, C)"),
        "{}",
        out.stderr
    );
    // English without either.
    let out = partnereval(["take", dir, "--answers", "-"])
        .stdin(ANSWERS)
        .expect_status(1);
    assert!(
        out.stderr
            .contains("answers.q01: `D` is not an option (options: A, B, C)"),
        "{}",
        out.stderr
    );
}

#[test]
fn what_the_parsers_find_wrong_is_said_in_french() {
    let (_tmp, dir) = riverside();
    let dir = dir.to_str().unwrap();
    let cases = [
        (
            "{\"answers\": {\"q01\": \"A\",}}",
            // The place is said once, before the message.
            "<stdin>:1:25: erreur: virgule en trop\n",
        ),
        (
            "{\"answers\": {\"q01\": true}}",
            "réponse non valide\u{a0}: donnez un code d’option, `no-answer`, un texte, un nombre, une liste de codes ou une table de lignes",
        ),
        (
            "schema_version = \"1\"\n[answers]\n",
            "type non valide\u{a0}: chaîne \"1\", alors qu’il faut un nombre entier de 0 ou plus",
        ),
        (
            "name = \"Alice\"\n[answers]\n",
            "champ inconnu `name` (champs possibles\u{a0}: `schema_version`, `mode`,",
        ),
        (
            "mode = \"group\"\n[answers]\n",
            "valeur inconnue `group` (valeurs possibles\u{a0}: `individual`, `collective`)",
        ),
        (
            "schema_version = 3\n[answers]\n",
            "schema_version 3 n’est pas prise en charge\u{202f}; utilisez 1",
        ),
    ];
    for (answers, expected) in cases {
        let out = partnereval(["take", dir, "--answers", "-", "--lang", "fr"])
            .stdin(answers)
            .expect_status(1);
        assert!(
            out.stderr.contains(expected),
            "{answers:?}: missing {expected:?} in\n{}",
            out.stderr
        );
        let said = &out.stderr[out.stderr.find(expected).unwrap()..];
        let said = said.lines().next().unwrap();
        let words = english_in(said, &["schema_version", "no-answer"]);
        assert!(words.is_empty(), "English {words:?} in {said:?}");
    }
}

#[test]
fn a_report_names_the_files_it_cannot_use_in_french() {
    let (_tmp, dir) = riverside();
    let responses = dir.join("responses");
    let mut first: Vec<PathBuf> = std::fs::read_dir(&responses)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    first.sort();
    let text = std::fs::read_to_string(&first[0]).unwrap();
    let mut response: serde_json::Value = serde_json::from_str(&text).unwrap();
    std::fs::write(responses.join("broken.json"), "{\"x\": 1}").unwrap();
    std::fs::write(responses.join("empty.json"), "  \n").unwrap();
    std::fs::write(responses.join("notes.txt"), "hello").unwrap();
    std::fs::create_dir(responses.join("old")).unwrap();
    response["id"] = "other1".into();
    response["answers"]["q01"] = "Z".into();
    response["language"] = "de".into();
    std::fs::write(
        responses.join("wrong.json"),
        serde_json::to_string(&response).unwrap(),
    )
    .unwrap();
    response["id"] = "other2".into();
    response["questionnaire"]["version"] = "0.1".into();
    std::fs::write(
        responses.join("version.json"),
        serde_json::to_string(&response).unwrap(),
    )
    .unwrap();
    let out = partnereval([
        "report",
        dir.to_str().unwrap(),
        "--lang",
        "fr",
        "--skip-invalid",
        "--format",
        "json",
    ])
    .expect_status(0);
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let reason = |name: &str| -> String {
        report["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["file"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("{name} is not among {}", report["skipped"]))["reason"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let expected = [
        (
            "broken.json",
            "pas une réponse partnereval\u{a0}: champ inconnu `x` (champs possibles\u{a0}: `schema_version`,",
        ),
        ("empty.json", "le fichier est vide"),
        (
            "notes.txt",
            "non lu\u{a0}: ni un fichier de réponse (*.json) ni un lot de réponses (*.ndjson)",
        ),
        (
            "old",
            "non lu\u{a0}: c’est un dossier\u{202f}; les dossiers à l’intérieur d’un dossier de réponses ne sont pas lus",
        ),
        (
            "wrong.json",
            "la langue `de` n’est pas une langue du questionnaire (en, fr)",
        ),
        ("wrong.json", "answers.q01\u{a0}: `Z` n’est pas une option"),
        (
            "version.json",
            "répond à la version 0.1 de `action-in-partnership`\u{202f}; cette évaluation utilise la version",
        ),
    ];
    for (file, said) in expected {
        let reason = reason(file);
        assert!(reason.contains(said), "{file}: {reason:?} lacks {said:?}");
        let words = english_in(
            &reason,
            &["answers.q01", "partnereval", "*.json", "*.ndjson"],
        );
        assert!(words.is_empty(), "English {words:?} in {reason:?}");
    }
    // What is not read is said on the terminal too.
    let warning = format!(
        "partnereval\u{a0}: avertissement\u{a0}: {}\u{a0}: non lu\u{a0}: ni un fichier",
        responses.join("notes.txt").display()
    );
    assert!(out.stderr.contains(&warning), "{}", out.stderr);
}

#[test]
fn drafts_that_are_not_offered_say_why_in_french() {
    let (_tmp, dir) = riverside();
    let drafts = dir.join("responses/.drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    std::fs::write(drafts.join("notes.txt"), "x").unwrap();
    std::fs::write(drafts.join("empty.json"), "{}").unwrap();
    let draft = serde_json::json!({
        "schema_version": 1,
        "step": 0,
        "response": {
            "schema_version": 1,
            "id": "someone-else",
            "questionnaire": {"id": "q", "version": "1", "hash": "sha256:0"},
            "language": "fr",
            "submitted": "2026-01-05",
            "mode": "individual",
            "profile": {},
            "answers": {}
        }
    });
    std::fs::write(drafts.join("planted.json"), draft.to_string()).unwrap();
    let out = partnereval(["take", dir.to_str().unwrap(), "--plain", "--lang", "fr"]).output();
    // Lines are wrapped to the terminal's width: read them as one text.
    let said = format!("{}\n{}", out.stdout, out.stderr).replace('\n', " ");
    for expected in [
        "pas un brouillon (les brouillons sont nommés ID.json)",
        "brouillon non valide\u{a0}: champ manquant\u{a0}: `schema_version`, à la ligne 1, colonne 2",
        "contient le brouillon `someone-else`, et non `planted` comme l’indique son nom\u{202f}; il a été renommé ou déposé là par quelqu’un, et n’est pas utilisé",
    ] {
        assert!(said.contains(expected), "missing {expected:?} in\n{said}");
    }
    let out = partnereval([
        "take",
        dir.to_str().unwrap(),
        "--plain",
        "--lang",
        "fr",
        "--resume",
        "nope",
    ])
    .output();
    assert!(
        out.stderr
            .contains(&format!("aucun brouillon `nope` dans {}", drafts.display())),
        "{}",
        out.stderr
    );
}

/// Every message of the part in French, its values filled with a placeholder: none is left
/// in English.
#[test]
fn no_response_message_is_left_in_english() {
    let fr = messages("fr").catalogue();
    let en = messages("en").catalogue();
    // Said the same way in both languages: a value, not a word.
    let same = ["parse_found_null", "file_size_mib", "file_size_kib"];
    for (key, vars) in ResponseMessages::KEYS {
        let mut args = FluentArgs::new();
        for v in *vars {
            args.set(*v, "VALUE");
        }
        let text = fr.format(key, Some(&args));
        let words = english_in(&text, &["VALUE"]);
        assert!(words.is_empty(), "{key}: English {words:?} in {text:?}");
        if !same.contains(key) {
            assert_ne!(text, en.format(key, Some(&args)), "{key} is not translated");
        }
    }
}

/// Sizes and counts follow French rules: units, and the singular for 0 and 1.
#[test]
fn sizes_are_written_the_french_way() {
    let m = &messages("fr").responses;
    assert_eq!(m.file_size_mib(4), "4 Mio");
    assert_eq!(m.file_size_bytes(1), "1 octet");
    assert_eq!(m.file_size_bytes(0), "0 octet");
    assert_eq!(m.file_size_bytes(100), "100 octets");
    assert_eq!(
        m.file_too_large(&m.file_size_kib(512)),
        "il dépasse 512 Kio, le maximum que partnereval lit pour ce genre de fichier"
    );
    assert_eq!(
        m.check_too_few_ticked(1, 0),
        "cochez au moins 1 option, et non 0"
    );
    assert_eq!(
        m.check_not_whole(partnereval::i18n::Short(2.5, 12)),
        "2,5 n’est pas un nombre entier"
    );
    let en = &messages("en").responses;
    assert_eq!(en.file_size_bytes(1), "1 byte");
    assert_eq!(
        en.check_not_whole(partnereval::i18n::Short(2.5, 12)),
        "2.5 is not a whole number"
    );
}
