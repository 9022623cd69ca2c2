//! The language of the output when `--lang` is not given: the locale's (`LC_ALL`, else
//! `LC_MESSAGES`, else `LANG`) when the questionnaire offers it, else its default language.

mod common;

use common::{partnereval, root};

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
