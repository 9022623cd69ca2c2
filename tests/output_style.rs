//! Colour and width are decided for each output: a report written with `-o` from a terminal
//! has no escape sequences while the same report on the terminal is coloured; `--color
//! always` colours files too (as ripgrep does); `NO_COLOR` and `TERM=dumb` turn `auto` off.
#![cfg(unix)]

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Eof, Expect};

use common::{partnereval, root};

const BIN: &str = env!("CARGO_BIN_EXE_partnereval");

/// Runs `partnereval ARGS` in a terminal of 100 x 40 with `env`, in `dir`; returns what it
/// showed on the terminal once it exited with 0.
fn in_terminal(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    // The size is set by `stty` in the terminal before partnereval starts: setting it from
    // here after the spawn could come after partnereval has read it.
    let mut command = Command::new("sh");
    command
        .args(["-c", "stty cols 100 rows 40 && exec \"$0\" \"$@\"", BIN])
        .args(args)
        .current_dir(dir)
        .env("TERM", "xterm")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS")
        .env_remove("LINES")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    for (k, v) in env {
        command.env(k, v);
    }
    let mut session = OsSession::spawn(command).expect("partnereval starts in a pty");
    session
        .get_process_mut()
        .set_window_size(100, 40)
        .expect("the pty takes a window size");
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    let shown = session
        .expect(Eof)
        .expect("the terminal is read to the end")
        .as_bytes()
        .to_vec();
    let status = session.get_process().wait().expect("partnereval exits");
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "partnereval {args:?}: {status:?}\n{}",
        String::from_utf8_lossy(&shown)
    );
    String::from_utf8_lossy(&shown).into_owned()
}

/// The escape sequences that colour or style text (SGR: `ESC [ … m`).
fn styled(text: &str) -> bool {
    text.contains("\x1b[1m") || text.contains("\x1b[3") || text.contains("\x1b[4m")
}

#[test]
fn a_report_written_to_a_file_from_a_terminal_is_not_coloured() {
    let tmp = tempfile::tempdir().unwrap();
    let riverside = root().join("examples/riverside");
    let r = riverside.to_str().unwrap();

    let screen = in_terminal(tmp.path(), &["report", r, "--color", "auto"], &[]);
    assert!(styled(&screen), "the terminal is coloured:\n{screen}");
    // Laid out to the terminal's 100 columns, not to a file's 80.
    let widest = console::strip_ansi_codes(&screen)
        .lines()
        .map(console::measure_text_width)
        .max()
        .unwrap();
    assert!((81..=100).contains(&widest), "{widest} columns");

    let shown = in_terminal(
        tmp.path(),
        &["report", r, "--color", "auto", "-o", "auto.txt"],
        &[],
    );
    let file = std::fs::read_to_string(tmp.path().join("auto.txt")).unwrap();
    assert!(!file.contains('\x1b'), "no escape in the file:\n{file}");
    assert!(
        !shown.contains("Self-evaluation"),
        "the report is not shown:\n{shown}"
    );
    // The file is what `>` would have written: the width of something not a terminal.
    let piped = partnereval(["report", r])
        .env("COLUMNS", "")
        .expect_status(0)
        .stdout;
    assert_eq!(file, piped);
    assert!(file.lines().all(|l| console::measure_text_width(l) <= 80));

    // --color always colours every output, files included.
    in_terminal(
        tmp.path(),
        &["report", r, "--color", "always", "-o", "always.txt"],
        &[],
    );
    let file = std::fs::read_to_string(tmp.path().join("always.txt")).unwrap();
    assert!(styled(&file), "--color always colours the file:\n{file}");
    assert_eq!(console::strip_ansi_codes(&file), piped);
}

#[test]
fn no_color_and_a_dumb_terminal_turn_auto_colour_off() {
    let tmp = tempfile::tempdir().unwrap();
    for env in [("NO_COLOR", "1"), ("TERM", "dumb")] {
        let screen = in_terminal(tmp.path(), &["show", "action-in-partnership"], &[env]);
        assert!(!styled(&screen), "{env:?}:\n{screen}");
    }
    // An empty NO_COLOR does not count.
    let screen = in_terminal(
        tmp.path(),
        &["show", "action-in-partnership"],
        &[("NO_COLOR", "")],
    );
    assert!(styled(&screen), "{screen}");
    // --color always wins over both.
    let screen = in_terminal(
        tmp.path(),
        &["--color", "always", "show", "action-in-partnership"],
        &[("NO_COLOR", "1")],
    );
    assert!(styled(&screen), "{screen}");
}

#[test]
fn pipes_are_not_coloured_unless_asked() {
    let r = root().join("examples/riverside");
    let r = r.to_str().unwrap();
    let out = partnereval(["report", r]).expect_status(0);
    assert!(!out.stdout.contains('\x1b') && !out.stderr.contains('\x1b'));
    let out = partnereval(["report", r, "--color", "always"]).expect_status(0);
    assert!(styled(&out.stdout));
}
