//! The commands partnereval suggests can be pasted and work: `demo`'s suggestions run with
//! exit 0 on what it made, for every bundled questionnaire, in a folder whose name has a
//! space and a quote in it.

mod common;

use common::partnereval;

/// The commands after "Try:" in `text`, split as a shell would split them.
fn suggested(text: &str) -> Vec<Vec<String>> {
    let Some((_, rest)) = text.split_once("Try:") else {
        panic!("no suggestion in\n{text}");
    };
    rest.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| shell_words::split(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

#[test]
fn every_command_demo_suggests_works_on_what_it_made() {
    let listing = partnereval(["list", "--format", "json"]).expect_status(0);
    let listing: serde_json::Value = serde_json::from_str(&listing.stdout).unwrap();
    let ids: Vec<String> = listing["questionnaires"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["source"] == "bundled")
        .map(|q| q["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(ids.len() >= 2, "{ids:?}");
    let tmp = tempfile::tempdir().unwrap();
    for id in &ids {
        for rounds in ["1", "2"] {
            let dir = format!("{id} it's round {rounds}");
            let out = partnereval(["demo", &dir, "-q", id, "--rounds", rounds])
                .current_dir(tmp.path())
                .expect_status(0);
            let commands = suggested(&out.stdout);
            assert_eq!(
                commands.len(),
                rounds.parse::<usize>().unwrap(),
                "{}",
                out.stdout
            );
            for command in commands {
                assert_eq!(command[0], "partnereval", "{command:?}");
                assert!(command.contains(&dir), "{command:?} names {dir}");
                partnereval(&command[1..])
                    .current_dir(tmp.path())
                    .expect_status(0);
            }
        }
    }
}

/// The resume hint of an interrupted `take --plain` is quoted too.
#[test]
fn the_resume_command_is_quoted_to_be_pasted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = "an eval's folder";
    partnereval(["init", dir, "-q", "action-in-partnership"])
        .current_dir(tmp.path())
        .expect_status(0);
    // Input ends after the language is chosen: the draft is kept, and the command says so.
    let out = partnereval(["take", dir, "--plain", "--lang", "en"])
        .current_dir(tmp.path())
        .stdin("1\n")
        .output();
    assert_eq!(out.status, 130, "{}", out.stderr);
    let line = out
        .stderr
        .lines()
        .find(|l| l.trim_start().starts_with("partnereval take"))
        .unwrap_or_else(|| panic!("no resume command in\n{}", out.stderr));
    let words = shell_words::split(line.trim()).unwrap();
    assert_eq!(words[2], dir, "{line}");
    assert_eq!(words[3..5], ["--plain", "--resume"], "{line}");
}
