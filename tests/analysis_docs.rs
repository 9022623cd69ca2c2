//! The examples of `docs/analysis.md` run as written: its shell blocks with the binary
//! under test, its Python blocks (pandas, DuckDB) in one script, each block's output checked
//! against the `text` block that follows it.

mod common;

use std::process::Command;

/// A fenced block of the page: its language and its text.
struct Fence {
    lang: String,
    text: String,
}

fn fences(page: &str) -> Vec<Fence> {
    let mut out = Vec::new();
    let mut open: Option<Fence> = None;
    for line in page.lines() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(lang)) => {
                open = Some(Fence {
                    lang: lang.trim().to_owned(),
                    text: String::new(),
                })
            }
            (Some(_), Some(_)) => out.push(open.take().expect("open")),
            (Some(f), None) => {
                f.text.push_str(line);
                f.text.push('\n');
            }
            (None, None) => {}
        }
    }
    out
}

/// Whether python3 with pandas and DuckDB is there; a loud skip when not (a failure under
/// CI, where `.ci/run` installs them).
fn python_ready(test: &str) -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import pandas, duckdb"])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return true;
    }
    common::skip(
        test,
        "python3 with pandas and DuckDB",
        "install them with: python3 -m pip install pandas duckdb",
    );
    false
}

#[test]
fn the_analysis_examples_run_and_print_what_the_page_says() {
    if !python_ready("the_analysis_examples_run_and_print_what_the_page_says") {
        return;
    }
    let page = std::fs::read_to_string(common::root().join("docs/analysis.md")).unwrap();
    let blocks = fences(&page);
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_partnereval");
    let examples = common::root().join("examples");
    let mut script = String::new();
    let mut expected: Vec<String> = Vec::new();
    for (k, block) in blocks.iter().enumerate() {
        match block.lang.as_str() {
            "sh" => {
                let text = block
                    .text
                    .replace("partnereval ", &format!("{bin} "))
                    .replace("examples/", &format!("{}/", examples.display()));
                let out = Command::new("bash")
                    .args(["-euc", &text])
                    .current_dir(dir.path())
                    .env_remove("LANG")
                    .env_remove("LC_ALL")
                    .env_remove("LC_MESSAGES")
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{text}\n{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            "python" => {
                let shows = blocks.get(k + 1).is_some_and(|b| b.lang == "text");
                script.push_str(&format!("print('=== block {k}')\n{}\n", block.text));
                expected.push(if shows {
                    blocks[k + 1].text.clone()
                } else {
                    String::new()
                });
            }
            _ => {}
        }
    }
    assert!(expected.len() >= 4, "the page has its examples");
    let out = Command::new("python3")
        .args(["-c", &script])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{script}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let printed: Vec<&str> = stdout.split("=== block ").skip(1).collect();
    assert_eq!(printed.len(), expected.len());
    for (got, want) in printed.iter().zip(&expected) {
        let got = got.split_once('\n').map_or("", |(_, rest)| rest);
        assert_eq!(got, want, "docs/analysis.md prints something else");
    }
}
