//! The commands the README shows run as written.

mod common;

use common::{partnereval, root};

/// Every `partnereval ...` line of the README's `sh` blocks, without its comment.
fn readme_commands() -> Vec<Vec<String>> {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut commands = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = line == "```sh";
            continue;
        }
        let command = line.split(" #").next().unwrap().trim();
        if in_sh && command.starts_with("partnereval ") {
            let words = shell_words(command);
            commands.push(words[1..].to_vec());
        }
    }
    commands
}

/// Splits on spaces, keeping "double quoted" words together.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !current.is_empty() {
                    words.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

#[test]
fn the_readme_walkthrough_runs() {
    let tmp = tempfile::tempdir().unwrap();
    let answers = std::fs::read_to_string(root().join("docs/answers-format.md")).unwrap();
    let start = answers.find("```toml\n").unwrap() + 8;
    let end = answers[start..].find("```").unwrap() + start;
    std::fs::write(tmp.path().join("answers.toml"), &answers[start..end]).unwrap();
    let commands = readme_commands();
    assert!(commands.len() >= 8, "{commands:?}");
    let mut ran = 0;
    for args in &commands {
        let interactive = args[0] == "take" && !args.iter().any(|a| a == "--answers");
        if interactive {
            continue; // needs a terminal: covered by tests/pty.rs
        }
        // What a pipe feeds (`partnereval man report | man -l -`) is not partnereval's.
        let args = match args.iter().position(|a| a == "|") {
            Some(k) => &args[..k],
            None => &args[..],
        };
        let (args, stdout_file) = match args.iter().position(|a| a == ">") {
            Some(k) => (&args[..k], Some(args[k + 1].clone())),
            None => (args, None),
        };
        // The shipped examples are read where they are; what is written goes to `tmp`.
        let args: Vec<String> = args
            .iter()
            .map(|a| {
                if a.starts_with("examples/") {
                    root().join(a).to_string_lossy().into_owned()
                } else {
                    a.clone()
                }
            })
            .collect();
        let out = partnereval(&args).current_dir(tmp.path()).expect_status(0);
        if let Some(file) = stdout_file {
            std::fs::write(tmp.path().join(file), out.stdout).unwrap();
        }
        ran += 1;
    }
    assert!(ran >= 6);
    assert!(tmp.path().join("notes.md").is_file());
    assert!(tmp.path().join("check-in.html").is_file());
    assert!(
        std::fs::read_to_string(tmp.path().join("results.csv"))
            .unwrap()
            .starts_with("questionnaire,group_field")
    );
}
