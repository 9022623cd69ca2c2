//! `partnereval man`: a manual page for partnereval and each of its commands, made from the
//! same command line as `--help`, in English and French; rendered by `man -l` when man-db is
//! installed (`.ci/run` installs it).

mod common;

use std::path::Path;
use std::process::Command;

use clap::CommandFactory;
use common::{partnereval, skip};

/// Every command with a page, by its words after `partnereval` ("" for partnereval itself),
/// with its long options: from the command line itself, so a new command or option needs
/// no change here.
fn commands() -> Vec<(String, Vec<String>)> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, Vec<String>)>) {
        let longs = cmd
            .get_arguments()
            .filter_map(|a| a.get_long().map(str::to_owned))
            .collect();
        out.push((path.to_owned(), longs));
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let sub_path = format!("{path} {}", sub.get_name()).trim().to_owned();
            walk(sub, &sub_path, out);
        }
    }
    let mut cmd = partnereval::cli::Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "", &mut out);
    out
}

/// The file a page is installed as: `partnereval.1`, `partnereval-round-new.1`.
fn file_name(path: &str) -> String {
    let mut name = String::from("partnereval");
    for word in path.split_whitespace() {
        name.push('-');
        name.push_str(word);
    }
    format!("{name}.1")
}

/// The first request of a page that is not roff's own setting of the apostrophe string.
fn first_macro(page: &str) -> &str {
    page.lines()
        .find(|l| !l.starts_with(".ie ") && !l.starts_with(".el "))
        .unwrap_or("")
}

/// How roff writes `--name` (a dash is `\-`).
fn roff_dashes(text: &str) -> String {
    text.replace('-', "\\-")
}

#[test]
fn out_dir_writes_one_page_per_command_and_man_command_prints_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("share/man/man1");
    let out = partnereval(["man", "--out-dir", dir.to_str().unwrap()]).expect_status(0);
    let commands = commands();
    assert!(commands.len() >= 16, "{commands:?}");
    let mut written: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut expected: Vec<String> = commands.iter().map(|(p, _)| file_name(p)).collect();
    expected.sort();
    assert_eq!(
        written, expected,
        "no page for clap's `help`, one for every other"
    );
    // Each file written is named on stdout.
    assert_eq!(out.stdout.lines().count(), expected.len(), "{}", out.stdout);
    for (path, longs) in &commands {
        let name = file_name(path);
        let page = std::fs::read_to_string(dir.join(&name)).unwrap();
        let title = name.trim_end_matches(".1");
        assert!(
            first_macro(&page).starts_with(&format!(".TH \"{title}\" 1 \"\" \"partnereval ")),
            "{name}: {}",
            first_macro(&page)
        );
        for heading in [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH VERSION"] {
            assert!(page.contains(heading), "{name} has no {heading}");
        }
        for long in longs {
            assert!(
                page.contains(&format!("\\fB{}\\fR", roff_dashes(&format!("--{long}")))),
                "{name} does not describe --{long}"
            );
        }
        if !path.is_empty() {
            assert!(
                page.contains(".SH \"SEE ALSO\"\n\\fBpartnereval\\fR(1)"),
                "{name}"
            );
        }
        let mut args = vec!["man"];
        args.extend(path.split_whitespace());
        let printed = partnereval(&args).expect_status(0);
        assert_eq!(printed.stdout, page, "`partnereval {}`", args.join(" "));
    }
    let main = std::fs::read_to_string(dir.join("partnereval.1")).unwrap();
    for (path, _) in commands
        .iter()
        .filter(|(p, _)| !p.is_empty() && !p.contains(' '))
    {
        let reference = roff_dashes(&format!("partnereval-{path}(1)"));
        assert!(
            main.contains(&reference),
            "partnereval.1 lists no {reference}"
        );
    }
    assert!(main.contains(".SH COMMANDS") && main.contains(".SH NOTES"));
    assert!(!main.contains("SUBCOMMANDS") && !main.contains("EXTRA"));
    // Made again into the same folder: the pages are replaced, not refused.
    partnereval(["man", "--out-dir", dir.to_str().unwrap()]).expect_status(0);
}

#[test]
fn french_pages_say_everything_in_french() {
    for args in [vec!["man", "report", "--lang", "fr"], vec!["man", "report"]] {
        let out = partnereval(&args)
            .env("LANG", "fr_CA.UTF-8")
            .expect_status(0);
        let page = out.stdout;
        for heading in [
            ".SH NOM",
            ".SH SYNOPSIS",
            ".SH ARGUMENTS",
            ".SH OPTIONS",
            ".SH \"VOIR AUSSI\"",
            "\"Manuel de partnereval\"",
        ] {
            assert!(page.contains(heading), "{args:?}: no {heading}\n{page}");
        }
        for english in [
            ".SH NAME",
            "Possible values",
            "[default:",
            "Print help",
            "Output format",
            "SEE ALSO",
        ] {
            assert!(!page.contains(english), "{args:?}: {english}\n{page}");
        }
        assert!(page.contains("Compiler les réponses"), "{page}");
    }
    let main = partnereval(["man", "--lang", "fr"]).expect_status(0).stdout;
    assert!(
        main.contains(".SH COMMANDES") && main.contains(".SH REMARQUES"),
        "{main}"
    );
}

#[test]
fn an_unknown_command_or_language_is_refused_with_the_choices() {
    let out = partnereval(["man", "repot"]).expect_status(2);
    assert!(
        out.stderr.contains("`repot` is not a partnereval command")
            && out.stderr.contains("report, round, round new, round list"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
    let out = partnereval(["man", "help"]).expect_status(2);
    assert!(out.stderr.contains("`help` is not"), "{}", out.stderr);
    let out = partnereval(["man", "--lang", "de"]).expect_status(2);
    assert!(
        out.stderr.contains("not in `de` (languages: en, fr)"),
        "{}",
        out.stderr
    );
    let out = partnereval(["man", "report", "--lang", "fr"])
        .env("LANG", "fr_CA.UTF-8")
        .output();
    assert_eq!(out.status, 0);
    let out = partnereval(["man", "repot"])
        .env("LANG", "fr_CA.UTF-8")
        .expect_status(2);
    assert!(
        out.stderr.contains("n’est pas une commande de partnereval"),
        "{}",
        out.stderr
    );
    partnereval(["man", "report", "--out-dir", "x"]).expect_status(2);
}

/// `man`, or `None` after saying on stderr that the test was skipped and how to run it.
/// Under `CI` a missing `man` is a failure: `.ci/run` installs it.
fn man(test: &str) -> Option<()> {
    let found = Command::new("man").arg("--version").output().is_ok()
        && Command::new("groff").arg("--version").output().is_ok();
    if found {
        return Some(());
    }
    skip(
        test,
        "`man` or `groff`",
        "to render the manual pages, install man-db (Debian: apt-get install man-db groff-base)",
    );
    None
}

/// `man -l PAGE` with every groff warning on: what it printed and what it warned.
fn render(page: &Path) -> (String, String) {
    let out = Command::new("man")
        .args(["--warnings=all", "-l"])
        .arg(page)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        // Under faketime (scripts/test-any-day.sh), man-db's pipeline fails to start with
        // libfaketime preloaded; what groff makes of a page does not depend on the date.
        .env_remove("LD_PRELOAD")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}: {out:?}", page.display());
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn man_renders_every_page_without_a_warning() {
    let Some(()) = man("man_renders_every_page_without_a_warning") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    for lang in ["en", "fr"] {
        let dir = tmp.path().join(lang);
        partnereval(["man", "--lang", lang, "--out-dir", dir.to_str().unwrap()]).expect_status(0);
        for (path, _) in commands() {
            let page = dir.join(file_name(&path));
            let (text, warnings) = render(&page);
            assert!(warnings.is_empty(), "{}: {warnings}", page.display());
            let (name, synopsis) = if lang == "en" {
                ("NAME", "SYNOPSIS")
            } else {
                ("NOM", "SYNOPSIS")
            };
            assert!(
                text.contains(&format!("\n{name}\n")) && text.contains(&format!("\n{synopsis}\n")),
                "{}:\n{text}",
                page.display()
            );
            // The synopsis names the command as it is typed.
            let typed = format!("partnereval {path}");
            let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(words.contains(typed.trim()), "{}:\n{text}", page.display());
            // The header names the page, and roff's escapes are all resolved.
            assert!(
                text.lines()
                    .next()
                    .is_some_and(|l| l.starts_with(&file_name(&path).replace(".1", "(1)"))),
                "{}:\n{text}",
                page.display()
            );
            assert!(!text.contains("\\f") && !text.contains("\\-"), "{text}");
        }
    }
}

/// A link planted in place of a page is replaced by the page, never written through.
#[cfg(unix)]
#[test]
fn out_dir_replaces_a_link_instead_of_following_it() {
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("precious.txt");
    std::fs::write(&target, "keep me").unwrap();
    let dir = tmp.path().join("man1");
    std::fs::create_dir(&dir).unwrap();
    std::os::unix::fs::symlink(&target, dir.join("partnereval-report.1")).unwrap();
    partnereval(["man", "--out-dir", dir.to_str().unwrap()]).expect_status(0);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    let page = dir.join("partnereval-report.1");
    assert!(page.symlink_metadata().unwrap().file_type().is_file());
    assert!(std::fs::read_to_string(page).unwrap().contains(".SH NAME"));
}
