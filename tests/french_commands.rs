//! partnereval's own errors, command output and command-line help in French: with `--lang fr`
//! or a French locale, and for an evaluation, in its language. English stays as it was.

mod common;

use std::path::{Path, PathBuf};

use common::{Output, partnereval};

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// Words that say a French message still has English in it.
const ENGLISH: &[&str] = &[
    " the ",
    " and ",
    " of ",
    " is ",
    " not ",
    " to ",
    " with ",
    "error:",
    "warning:",
    "Usage",
    "Print",
    "default:",
    "possible values",
    "nothing was",
    "For more",
];

/// Fails when `text` has any of the English words.
fn assert_french(text: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "English ({word:?}) in:\n{text}");
    }
}

/// French spacing: « text » with no-break spaces inside.
fn fr(text: &str) -> String {
    text.replace("« ", &format!("«{NBSP}"))
        .replace(" »", &format!("{NBSP}»"))
        .replace(" :", &format!("{NBSP}:"))
        .replace(" ;", &format!("{NNBSP};"))
        .replace('\'', "’")
}

fn french(args: &[&str]) -> common::Run {
    partnereval(args).env("LANG", "fr_CA.UTF-8")
}

/// A demo evaluation (one round, 6 responses) in a temporary folder.
fn demo(rounds: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("eval");
    partnereval(["demo", dir.to_str().unwrap(), "-n", "6", "--rounds", rounds]).expect_status(0);
    (tmp, dir)
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn an_unknown_questionnaire_is_told_in_french() {
    for run in [
        partnereval(["show", "no-such-tool", "--lang", "fr"]),
        french(&["show", "no-such-tool"]),
    ] {
        let out = run.expect_status(2);
        assert!(
            out.stderr.starts_with(&fr(
                "partnereval : erreur : questionnaire inconnu `no-such-tool` : donnez le chemin d'un fichier .toml ou l'un de ces questionnaires : action-in-partnership"
            )),
            "{}",
            out.stderr
        );
        assert_french(&out.stderr);
    }
    // English as before.
    let out = partnereval(["show", "no-such-tool"]).expect_status(2);
    assert!(
        out.stderr
            .starts_with("partnereval: error: unknown questionnaire `no-such-tool`: give a path"),
        "{}",
        out.stderr
    );
}

/// `--lang de` asks for a language the questionnaire does not offer, and partnereval does
/// not speak: the locale's French says so.
#[test]
fn a_language_not_offered_is_told_in_the_locale_s_language() {
    let out = french(&["show", "action-in-partnership", "--lang", "de"]).expect_status(2);
    assert_eq!(
        out.stderr,
        fr(
            "partnereval : erreur : `de` n'est pas une langue de ce questionnaire (langues offertes : en, fr)\n"
        )
    );
    let out = partnereval(["show", "action-in-partnership", "--lang", "de"]).expect_status(2);
    assert_eq!(
        out.stderr,
        "partnereval: error: `de` is not a language of this questionnaire (it offers: en, fr)\n"
    );
}

#[test]
fn report_by_a_field_not_allowed_is_refused_in_french() {
    let (_tmp, dir) = demo("1");
    for run in [
        partnereval(["report", path(&dir), "--by", "role", "--lang", "fr"]),
        french(&["report", path(&dir), "--by", "role"]),
    ] {
        let out = run.expect_status(2);
        assert!(
            out.stderr.starts_with(&fr(
                "partnereval : erreur : les résultats par `role` ne sont pas permis ici (permis : sector). Des résultats ventilés"
            )),
            "{}",
            out.stderr
        );
        assert_french(&out.stderr);
    }
    // `--lang en` wins over the locale.
    let out = french(&["report", path(&dir), "--by", "role", "--lang", "en"]).expect_status(2);
    assert!(
        out.stderr
            .contains("figures by `role` are not allowed here (allowed: sector)"),
        "{}",
        out.stderr
    );
}

#[test]
fn compare_with_a_single_round_says_so_in_french() {
    let (_tmp, dir) = demo("1");
    let d = path(&dir);
    let out = french(&["compare", d]).expect_status(2);
    assert_eq!(
        out.stderr,
        fr(&format!(
            "partnereval : erreur : {d} n'a qu'un seul tour pour l'instant ; quand les partenaires s'évalueront de nouveau, commencez le tour suivant avec `partnereval round new {d} NOM`, puis comparez\n"
        ))
    );
    assert_french(&out.stderr);
    // A round that does not exist, named with its list.
    let (_tmp2, dir2) = demo("2");
    let out = french(&["compare", path(&dir2), "--from", "zzz"]).expect_status(2);
    assert!(
        out.stderr
            .contains(&fr("n'a pas de tour `zzz` ; ses tours sont : ")),
        "{}",
        out.stderr
    );
}

#[test]
fn a_broken_evaluation_toml_is_told_in_french_at_its_places() {
    let (_tmp, dir) = demo("1");
    let settings = dir.join("evaluation.toml");
    std::fs::write(
        &settings,
        "schema_version = 1\nname = \"x\"\ncreated = \"2026-01-01\"\nlanguages = [\"de\"]\nmin_group_size = 1\n\n[[rounds]]\nid = \"A\"\nname = \"a\"\nstarted = \"2026-01-01\"\n",
    )
    .unwrap();
    let s = path(&settings);
    // The located shape stays FILE:LINE:COL: severity: message, as compilers write it.
    let out = french(&["report", path(&dir)]).expect_status(1);
    assert_eq!(
        out.stderr,
        fr(&format!(
            "{s}:4:15: erreur: la langue `de` n'est pas offerte par le questionnaire\n\
             {s}:5:1: erreur: `min_group_size` doit être d'au moins 3\n\
             {s}:8:7: erreur: l'identifiant de tour `A` n'est pas valide (lettres minuscules, chiffres, `-`, `_`)\n"
        ))
    );
    // A TOML error: the parser's own words, located, with the French severity.
    std::fs::write(&settings, "schema_version = \n").unwrap();
    let out = french(&["round", "list", path(&dir)]).expect_status(1);
    assert!(
        out.stderr.starts_with(&format!("{s}:1:")) && out.stderr.contains(": erreur: "),
        "{}",
        out.stderr
    );
    // In English as before.
    std::fs::write(
        &settings,
        "schema_version = 2\nname = \"x\"\ncreated = \"2026-01-01\"\nlanguages = [\"en\"]\n",
    )
    .unwrap();
    let out = partnereval(["report", path(&dir)]).expect_status(1);
    assert_eq!(
        out.stderr,
        format!(
            "{s}:1:1: error: settings format version 2 is not supported; this partnereval reads version 1\n"
        )
    );
    let out = french(&["report", path(&dir)]).expect_status(1);
    assert_eq!(
        out.stderr,
        format!(
            "{s}:1:1: erreur: la version 2 du format des paramètres n’est pas prise en charge\u{202f}; cette version de partnereval lit la version 1\n"
        )
    );
}

#[test]
fn validate_sums_up_in_french() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.toml");
    std::fs::write(&bad, "id = 3\n").unwrap();
    let b = path(&bad);
    let out = french(&["validate", b, "action-in-partnership"]).expect_status(1);
    // The problems on stderr, the valid file on stdout.
    assert!(
        out.stderr.starts_with(&format!("{b}:1:1: erreur: ")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.ends_with(&fr(&format!(
            "\n{b} : invalide : 1 erreur\npartnereval : erreur : 1 fichier de questionnaire sur 2 est invalide\n"
        ))),
        "{}",
        out.stderr
    );
    assert_eq!(
        out.stdout,
        fr(
            "action-in-partnership : valide : action-in-partnership 1.1.0 (18 énoncés, 6 conditions, langues en, fr)\n"
        )
    );
    // English as before.
    let out = partnereval(["validate", b, "action-in-partnership"]).expect_status(1);
    assert!(out.stderr.contains(&format!("{b}: invalid: 1 error\n")));
    assert!(
        out.stderr
            .ends_with("partnereval: error: 1 of 2 questionnaire files are invalid\n")
    );
    assert_eq!(
        out.stdout,
        "action-in-partnership: ok: action-in-partnership 1.1.0 (18 items, 6 conditions, languages en, fr)\n"
    );
}

#[test]
fn demo_says_what_it_made_in_french() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("d");
    let d = path(&dir);
    let out = french(&["demo", d, "-n", "3", "--rounds", "2", "--collective"]).expect_status(0);
    assert_eq!(
        out.stdout,
        fr(&format!(
            "Évaluation de démonstration créée dans {d} : 3 réponses fictives dans chacun des 2 tours au questionnaire action-in-partnership 1.1.0 (graine 1) et une réponse collective.\n\
             Essayez : partnereval report {d} --by sector\n          partnereval compare {d}\n"
        ))
    );
    assert_french(&out.stdout);
}

#[test]
fn the_help_is_french_with_a_french_locale_or_lang() {
    let outputs: Vec<(String, Output)> = [
        vec!["--help"],
        vec!["-h"],
        vec!["help"],
        vec!["round", "--help"],
        vec!["help", "round", "new"],
    ]
    .into_iter()
    .map(|args| (args.join(" "), french(&args).expect_status(0)))
    .chain(
        [
            vec!["report", "--help", "--lang", "fr"],
            vec!["report", "-h", "--lang", "fr"],
            vec!["compare", "--lang=fr", "--help"],
        ]
        .into_iter()
        .map(|args| (args.join(" "), partnereval(&args).expect_status(0))),
    )
    .collect();
    for (args, out) in &outputs {
        let text = &out.stdout;
        assert!(
            text.contains(&format!("Utilisation{NBSP}: partnereval")),
            "{args}:\n{text}"
        );
        assert!(text.contains(&format!("Options{NBSP}:")), "{args}:\n{text}");
        assert!(text.contains("Afficher l’aide"), "{args}:\n{text}");
        assert_french(text);
        for english in [
            "<TARGET>",
            "<FILE>",
            "<DIR>",
            "<WHEN>",
            "Commands:",
            "Arguments:",
        ] {
            assert!(!text.contains(english), "{args}: {english}\n{text}");
        }
    }
    let top = &outputs[0].1.stdout;
    assert!(top.contains(&format!("Commandes{NBSP}:")), "{top}");
    // How the language is chosen.
    assert!(
        top.contains("celle de --lang") && top.contains("LC_ALL, LC_MESSAGES ou LANG"),
        "{top}"
    );
    let report = &outputs[5].1.stdout;
    assert!(
        report.contains("--by <CHAMP>") && report.contains("<CIBLE>"),
        "{report}"
    );
    assert!(
        report.contains(&format!("[par défaut{NBSP}: table]")),
        "{report}"
    );
}

#[test]
fn the_english_help_is_as_before_and_says_how_the_language_is_chosen() {
    let out = partnereval(["--help"]).expect_status(0);
    for text in [
        "Usage: partnereval [OPTIONS] <COMMAND>",
        "Commands:",
        "  list         List the bundled questionnaires and those in ./questionnaires/",
        "  -h, --help          Print help",
        "Language: --lang when given;",
        "LC_ALL, LC_MESSAGES or LANG",
        "Exit codes: 0 ok, 1 invalid input, 2 usage or I/O error, 130 interrupted.",
    ] {
        assert!(out.stdout.contains(text), "{text}\n{}", out.stdout);
    }
    let out = partnereval(["report", "--help"]).expect_status(0);
    assert!(out.stdout.contains("Possible values:"), "{}", out.stdout);
    assert!(out.stdout.contains("[default: table]"), "{}", out.stdout);
}

#[test]
fn clap_tips_are_told_in_french_too() {
    // clap's own suggestions, written in English by clap, are recognised and said again.
    let out = french(&["report", "x", "--bogus"]).expect_status(2);
    assert!(
        out.stderr.contains(&fr(
            "astuce : pour donner « --bogus » comme valeur, écrivez « -- --bogus »"
        )),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("to pass"), "{}", out.stderr);
}

#[test]
fn command_line_mistakes_are_told_in_french() {
    let out = french(&["report", "--frmat", "x"]).expect_status(2);
    assert!(
        out.stderr
            .starts_with(&fr("erreur : argument inattendu « --frmat »")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&fr("astuce : un argument semblable existe : « --format »")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&fr("Pour en savoir plus, essayez « --help ».")),
        "{}",
        out.stderr
    );
    assert_french(&out.stderr);
    let out = partnereval(["report", "x", "--format", "xx", "--lang", "fr"]).expect_status(2);
    assert!(
        out.stderr.starts_with(&fr(
            "erreur : valeur invalide « xx » pour « --format <FORMAT> »\n  [valeurs possibles : table, json, csv, markdown, html]"
        )),
        "{}",
        out.stderr
    );
    let out = french(&["report"]).expect_status(2);
    assert!(
        out.stderr.starts_with(&fr(
            "erreur : ces arguments obligatoires n'ont pas été donnés :\n  <CIBLE>"
        )),
        "{}",
        out.stderr
    );
    // English: clap's own words.
    let out = partnereval(["report", "--frmat", "x"]).expect_status(2);
    assert!(
        out.stderr
            .starts_with("error: unexpected argument '--frmat' found"),
        "{}",
        out.stderr
    );
}

/// With the test-only pseudo-language, every message of this area comes from the catalogue:
/// none is left in plain English.
#[test]
fn the_errors_come_from_the_catalogue() {
    let (_tmp, dir) = demo("1");
    for args in [
        vec!["show", "no-such-tool"],
        vec!["report", path(&dir), "--by", "role"],
        vec!["compare", path(&dir)],
        vec!["round", "list", "/no/such/folder"],
    ] {
        let out = partnereval(&args)
            .env("PARTNEREVAL_PSEUDO", "1")
            .expect_status(2);
        assert!(out.stderr.starts_with('⟦'), "{args:?}: {}", out.stderr);
        assert!(!out.stderr.contains("error"), "{args:?}: {}", out.stderr);
    }
}
