//! End-to-end tests of `partnereval take` in a pseudo-terminal: the real binary, driven with
//! arrow keys, Enter and Ctrl-C as a person would drive it, then the files it wrote.
//!
//! Every key is sent after the text of the screen it answers has appeared. Keys sent while the
//! menu is still being drawn wait in the terminal's input queue, so no sleeps are needed.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Captures, Eof, Expect, Needle, Regex};
use serde_json::{Map, Value, json};
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_partnereval");
const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const CTRL_C: &str = "\x03";
const TIMEOUT: Duration = Duration::from_secs(10);
/// Items in the bundled questionnaire `action-in-partnership`.
const ITEMS: usize = 18;
/// Menu positions in the three profile questions: sector "Public health", role
/// "Practitioner or front-line worker", years "Prefer not to say".
const PROFILE: [usize; 3] = [1, 2, 3];

/// The answers a menu of an item offers, in menu order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    A,
    B,
    C,
    NoAnswer,
}

/// Menu position of "Add a comment…" on an item screen.
const ADD_COMMENT: usize = 4;
/// Menu position of "Back" on an item screen.
const BACK: usize = 5;

impl Choice {
    fn index(self) -> usize {
        self as usize
    }

    fn code(self) -> &'static str {
        match self {
            Choice::A => "A",
            Choice::B => "B",
            Choice::C => "C",
            Choice::NoAnswer => "no-answer",
        }
    }
}

/// Texts that tell which screen is showing, in one language.
struct Words {
    /// A phrase of the introduction.
    intro: &'static str,
    /// A phrase of each prerequisite question.
    prerequisites: [&'static str; 2],
    /// A phrase of each profile question.
    profile: [&'static str; 3],
    comment_prompt: &'static str,
    /// The menu entry that replaces "Add a comment…" once there is a comment.
    edit_comment: &'static str,
    closing: &'static str,
    review: &'static str,
    thanks: &'static str,
}

const EN: Words = Words {
    intro: "Your answers are anonymous",
    prerequisites: ["share information", "specific project"],
    profile: ["Which sector", "main role", "How long"],
    comment_prompt: "Your comment (empty to remove it)",
    edit_comment: "Change my comment…",
    closing: "One last thing",
    review: "Review your answers",
    thanks: "Thank you. Your response is saved:",
};

const FR: Words = Words {
    intro: "Vos réponses sont anonymes",
    prerequisites: ["réseautage", "échéancier"],
    profile: ["quel secteur", "rôle principal", "Depuis combien"],
    comment_prompt: "Votre commentaire (vide pour le retirer)",
    edit_comment: "Modifier mon commentaire…",
    closing: "Une dernière chose",
    review: "Revoyez vos réponses",
    thanks: "Merci. Votre réponse est enregistrée\u{a0}:",
};

/// An evaluation folder `eval` in a temporary directory, made by `partnereval init`.
struct Eval {
    tmp: TempDir,
}

impl Eval {
    fn new() -> Eval {
        Eval::init(&["-q", "action-in-partnership"])
    }

    /// `partnereval init eval ARGS` in a new temporary folder.
    fn init(args: &[&str]) -> Eval {
        let tmp = tempfile::tempdir().expect("a temporary directory");
        let out = Command::new(BIN)
            .args(["init", "eval"])
            .args(args)
            .current_dir(tmp.path())
            .output()
            .expect("partnereval init runs");
        assert!(
            out.status.success(),
            "partnereval init failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Eval { tmp }
    }

    fn responses_dir(&self) -> PathBuf {
        self.tmp.path().join("eval").join("responses")
    }

    fn drafts_dir(&self) -> PathBuf {
        self.responses_dir().join(".drafts")
    }

    /// Starts `partnereval take eval ARGS` in a terminal of 80 x 24.
    fn take(&self, args: &[&str]) -> Take {
        self.take_in(args, 80, 24)
    }

    /// Starts `partnereval take eval ARGS` in a terminal of `cols` x `rows`.
    fn take_in(&self, args: &[&str], cols: u16, rows: u16) -> Take {
        let mut command = Command::new(BIN);
        command
            .arg("take")
            .arg("eval")
            .args(args)
            .current_dir(self.tmp.path())
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("COLUMNS")
            .env_remove("LINES")
            .env_remove("LANG")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        let mut session = OsSession::spawn(command).expect("partnereval take starts in a pty");
        session
            .get_process_mut()
            .set_window_size(cols, rows)
            .expect("the pty takes a window size");
        session.set_expect_timeout(Some(TIMEOUT));
        Take {
            session,
            seen: String::new(),
        }
    }

    /// The submitted response `id`, checked to be the only file in responses/.
    fn only_response(&self, id: &str) -> Value {
        let files = json_files(&self.responses_dir());
        let expected = self.responses_dir().join(format!("{id}.json"));
        assert_eq!(
            files,
            vec![expected.clone()],
            "responses/ holds one response"
        );
        read_json(&expected)
    }

    fn draft(&self, id: &str) -> Value {
        read_json(&self.drafts_dir().join(format!("{id}.json")))
    }
}

/// The `.json` files directly in `dir` (none when it does not exist), sorted.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn lossy(bytes: &[u8]) -> String {
    console::strip_ansi_codes(&String::from_utf8_lossy(bytes)).into_owned()
}

/// A running `partnereval take` and what it has shown so far.
struct Take {
    session: OsSession,
    /// The output matched so far, without escape sequences (for failure messages).
    seen: String,
}

impl Take {
    /// Waits until `needle` shows; everything before it is consumed.
    fn expect<N: Needle>(&mut self, needle: N, what: &str) -> Captures {
        match self.session.expect(needle) {
            Ok(found) => {
                self.seen.push_str(&lossy(found.as_bytes()));
                found
            }
            Err(e) => self.fail(&format!("while waiting for {what}: {e}")),
        }
    }

    fn fail(&mut self, why: &str) -> ! {
        self.session
            .set_expect_timeout(Some(Duration::from_millis(300)));
        let rest = self
            .session
            .expect(Regex("(?s-u).+"))
            .map(|c| lossy(c.as_bytes()))
            .unwrap_or_default();
        let start = self
            .seen
            .char_indices()
            .rev()
            .nth(3000)
            .map_or(0, |(i, _)| i);
        panic!(
            "{why}\n--- end of the output matched so far ---\n{}\n--- output not matched ---\n{rest}",
            &self.seen[start..]
        );
    }

    /// Waits for `text`.
    fn wait(&mut self, text: &str) {
        self.expect(text, &format!("{text:?}"));
    }

    /// Waits for the screen of item `n` ("n / 18 · condition").
    fn item(&mut self, n: usize) {
        self.expect(
            Regex(format!("(?:^|[^0-9]){n} / {ITEMS} · ")),
            &format!("the screen of item {n}"),
        );
    }

    fn send(&mut self, keys: &str) {
        if let Err(e) = self.session.send(keys) {
            self.fail(&format!("cannot send {keys:?}: {e}"));
        }
    }

    /// Moves down `index` entries from the preselected one and presses Enter.
    fn choose(&mut self, index: usize) {
        self.send(&format!("{}{ENTER}", DOWN.repeat(index)));
    }

    /// Types a line (plain mode, text inputs).
    fn line(&mut self, text: &str) {
        self.send(&format!("{text}{ENTER}"));
    }

    /// Waits for the end of the program; its exit status.
    fn exit_status(mut self) -> i32 {
        self.expect(Eof, "the program to end");
        match self.session.get_process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("the program did not exit normally: {other:?}"),
        }
    }
}

/// The introduction (Start), both prerequisites (Yes), then the profile menus at `profile`.
fn begin(t: &mut Take, w: &Words, profile: [usize; 3]) {
    t.wait(w.intro);
    t.choose(0);
    for text in w.prerequisites {
        t.wait(text);
        t.choose(0);
    }
    for (text, index) in w.profile.into_iter().zip(profile) {
        t.wait(text);
        t.choose(index);
    }
}

/// Answers item `n` (nothing answered yet, so the menu starts on A).
fn answer(t: &mut Take, n: usize, choice: Choice) {
    t.item(n);
    t.choose(choice.index());
}

/// Answers items `from`..=18 with `choice`.
fn answer_rest(t: &mut Take, from: usize, choice: Choice) {
    for n in from..=ITEMS {
        answer(t, n, choice);
    }
}

/// Adds a comment to item `n` through "Add a comment…", then answers it.
fn answer_with_comment(t: &mut Take, w: &Words, n: usize, comment: &str, choice: Choice) {
    t.item(n);
    t.choose(ADD_COMMENT);
    t.wait(w.comment_prompt);
    t.line(comment);
    t.wait(w.edit_comment);
    t.choose(choice.index());
}

/// Leaves the closing comment empty.
fn skip_closing(t: &mut Take, w: &Words) {
    t.wait(w.closing);
    t.send(ENTER);
}

/// Chooses "Submit" on the review screen; the id in the path printed.
fn submit(t: &mut Take, w: &Words) -> String {
    t.wait(w.review);
    t.choose(0);
    submitted_id(t, w)
}

/// The id of the response whose path the program prints after submitting.
fn submitted_id(t: &mut Take, w: &Words) -> String {
    t.wait(w.thanks);
    let found = t.expect(
        Regex(r"eval/responses/([0-9a-f]{32})\.json"),
        "the path of the response",
    );
    String::from_utf8(found.get(1).expect("the id").to_vec()).expect("an ASCII id")
}

/// The answers map of a response answering item k+1 with `plan[k]`.
fn answers(plan: &[Choice; ITEMS]) -> Value {
    let map: Map<String, Value> = plan
        .iter()
        .enumerate()
        .map(|(k, c)| (format!("q{:02}", k + 1), json!(c.code())))
        .collect();
    Value::Object(map)
}

/// Every key of `v`, at any depth.
fn keys(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                out.push(k.clone());
                keys(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

/// Checks what every submitted response of these tests shares; the response.
fn check_submitted(eval: &Eval, id: &str, language: &str, mode: &str) -> Value {
    let r = eval.only_response(id);
    assert_eq!(r["id"], json!(id));
    assert_eq!(r["language"], json!(language));
    assert_eq!(r["mode"], json!(mode));
    assert_eq!(r["questionnaire"]["id"], json!("action-in-partnership"));
    assert_eq!(
        r["prerequisites"],
        json!({"beyond-networking": true, "defined-project": true})
    );
    assert!(
        json_files(&eval.drafts_dir()).is_empty(),
        "the draft is removed once submitted"
    );
    r
}

#[test]
fn full_survey_in_english() {
    let eval = Eval::new();
    let mut t = eval.take(&[]);
    t.wait("Language / Langue");
    t.wait("English");
    t.choose(0);
    begin(&mut t, &EN, PROFILE);

    let mut plan = [Choice::A; ITEMS];
    plan[1] = Choice::B;
    plan[2] = Choice::C;
    plan[3] = Choice::NoAnswer;
    plan[9] = Choice::B;
    plan[17] = Choice::C;
    let comment = "Roles are clear; budgets less so.";
    for (k, &choice) in plan.iter().enumerate() {
        let n = k + 1;
        if n == 4 {
            answer_with_comment(&mut t, &EN, n, comment, choice);
        } else {
            answer(&mut t, n, choice);
        }
    }
    skip_closing(&mut t, &EN);

    t.wait(EN.review);
    t.wait("Sector: Public health");
    t.wait("Role: Practitioner or front-line worker");
    t.wait("Years involved: (skipped)");
    t.wait("q03  C  ");
    t.wait("q04 [comment]  No answer / I cannot judge");
    t.wait("One last thing: (skipped)");
    t.wait("Submit");
    t.choose(0);
    let id = submitted_id(&mut t, &EN);
    assert_eq!(t.exit_status(), 0);

    let r = check_submitted(&eval, &id, "en", "individual");
    assert_eq!(r["answers"], answers(&plan));
    assert_eq!(r["comments"], json!({"q04": comment}));
    assert_eq!(
        r["profile"],
        json!({"sector": "public-health", "role": "practitioner"})
    );
    assert!(
        r.get("closing_comment").is_none(),
        "a skipped closing comment is absent"
    );
    let mut all = Vec::new();
    keys(&r, &mut all);
    for word in ["name", "email", "user", "respondent", "contact", "host"] {
        assert!(
            !all.iter().any(|k| k.to_lowercase().contains(word)),
            "the response has no {word:?}-like field: {all:?}"
        );
    }
}

#[test]
fn full_survey_in_french() {
    let eval = Eval::new();
    let mut t = eval.take(&[]);
    t.wait("Language / Langue");
    t.wait("Français");
    t.choose(1);

    t.wait(FR.intro);
    t.wait("Commencer");
    t.wait("Quitter");
    t.choose(0);
    t.wait(FR.prerequisites[0]);
    t.wait("Oui");
    t.wait("Non");
    t.choose(0);
    t.wait(FR.prerequisites[1]);
    t.wait("Retour");
    t.choose(0);
    t.wait(FR.profile[0]);
    t.wait("Soins de première ligne");
    t.wait("Je préfère ne pas répondre");
    t.choose(0);
    t.wait(FR.profile[1]);
    t.choose(0);
    t.wait(FR.profile[2]);
    t.choose(0);

    t.item(1);
    t.wait("Diversité des points de vue");
    t.wait("Pas de réponse / je ne peux pas me prononcer");
    t.wait("Ajouter un commentaire…");
    t.wait("Retour");
    t.choose(Choice::A.index());
    let comment = "Très bonne collaboration, à poursuivre.";
    answer_with_comment(&mut t, &FR, 2, comment, Choice::B);
    answer_rest(&mut t, 3, Choice::A);

    t.wait(FR.closing);
    t.wait("tapez < pour revenir");
    t.line("Merci à tous.");

    t.wait(FR.review);
    t.wait("q02 [commentaire]  B  ");
    t.wait("Soumettre");
    t.wait("Modifier une réponse…");
    t.choose(0);
    let id = submitted_id(&mut t, &FR);
    assert_eq!(t.exit_status(), 0);

    let r = check_submitted(&eval, &id, "fr", "individual");
    let mut plan = [Choice::A; ITEMS];
    plan[1] = Choice::B;
    assert_eq!(r["answers"], answers(&plan));
    assert_eq!(r["comments"], json!({"q02": comment}));
    assert_eq!(r["closing_comment"], json!("Merci à tous."));
    assert_eq!(
        r["profile"],
        json!({"sector": "primary-care", "role": "coordination", "years": "under-1"})
    );
}

#[test]
fn back_changes_the_previous_answer() {
    let eval = Eval::new();
    let mut t = eval.take(&["--lang", "en"]);
    begin(&mut t, &EN, PROFILE);
    answer(&mut t, 1, Choice::A);
    answer(&mut t, 2, Choice::A);
    t.item(3);
    t.wait("Back");
    t.choose(BACK);
    // Back on item 2, its answer A is preselected: one step down is B.
    t.item(2);
    t.wait("> A. ");
    t.choose(1);
    answer_rest(&mut t, 3, Choice::A);
    skip_closing(&mut t, &EN);
    let id = submit(&mut t, &EN);
    assert_eq!(t.exit_status(), 0);

    let r = check_submitted(&eval, &id, "en", "individual");
    let mut plan = [Choice::A; ITEMS];
    plan[1] = Choice::B;
    assert_eq!(r["answers"], answers(&plan));
}

#[test]
fn review_changes_an_answer() {
    let eval = Eval::new();
    let mut t = eval.take(&["--lang", "en"]);
    begin(&mut t, &EN, PROFILE);
    answer_rest(&mut t, 1, Choice::A);
    skip_closing(&mut t, &EN);

    t.wait(EN.review);
    t.wait("q05  A  ");
    t.wait("Change an answer…");
    t.choose(1);
    t.wait("Which answer do you want to change?");
    // The list starts with the 3 profile lines, then q01...
    t.choose(3 + 4);
    t.item(5);
    // The current answer A is preselected: two steps down is C.
    t.choose(2);
    // Straight back to the review, not on to item 6.
    t.wait(EN.review);
    t.wait("q04  A  ");
    t.wait("q05  C  ");
    t.wait("q06  A  ");
    t.wait("Submit");
    t.choose(0);
    let id = submitted_id(&mut t, &EN);
    assert_eq!(t.exit_status(), 0);

    let r = check_submitted(&eval, &id, "en", "individual");
    let mut plan = [Choice::A; ITEMS];
    plan[4] = Choice::C;
    assert_eq!(r["answers"], answers(&plan));
}

/// Answers items 1-4 (A, B, C, no answer) and presses Ctrl-C on item 5; the draft id.
fn interrupt_at_item_5(eval: &Eval) -> String {
    let mut t = eval.take(&["--lang", "en"]);
    begin(&mut t, &EN, PROFILE);
    for (n, choice) in (1..).zip([Choice::A, Choice::B, Choice::C, Choice::NoAnswer]) {
        answer(&mut t, n, choice);
    }
    t.item(5);
    t.wait("Back");
    t.send(CTRL_C);
    t.wait("Interrupted. Your answers so far are kept; to continue, run:");
    let found = t.expect(
        Regex(r"partnereval take eval --resume ([0-9a-f]{32})"),
        "the command that resumes",
    );
    let id = String::from_utf8(found.get(1).expect("the id").to_vec()).expect("an ASCII id");
    assert_eq!(t.exit_status(), 130, "Ctrl-C exits with 130");
    id
}

#[test]
fn the_stop_message_wraps_at_words_on_a_narrow_screen() {
    // At 40 columns the message would run to the edge and put "; pour continuer" on a line
    // of its own; wrapped at words, the narrow no-break space keeps ";" with its word, and
    // the command to copy stays whole on its line.
    let eval = Eval::new();
    let mut t = eval.take_in(&["--lang", "fr"], 40, 24);
    begin(&mut t, &FR, PROFILE);
    t.item(1);
    t.send(CTRL_C);
    t.expect(
        Regex(
            "Interrompu\\. Vos réponses sont\r?\nconservées\u{202f}; pour continuer, lancez\u{a0}:\r?\n  partnereval take eval --resume [0-9a-f]{32}",
        ),
        "the message wrapped at words",
    );
    assert_eq!(t.exit_status(), 130);
}

const FIRST_FOUR: [Choice; 4] = [Choice::A, Choice::B, Choice::C, Choice::NoAnswer];

#[test]
fn ctrl_c_keeps_a_draft_that_resume_finishes() {
    let eval = Eval::new();
    let id = interrupt_at_item_5(&eval);

    assert!(
        json_files(&eval.responses_dir()).is_empty(),
        "nothing is submitted on Ctrl-C"
    );
    let draft = eval.draft(&id);
    assert_eq!(
        draft["response"]["answers"],
        json!({"q01": "A", "q02": "B", "q03": "C", "q04": "no-answer"})
    );
    // 2 prerequisites, 3 profile questions, then items 1-4 answered: item 5 is next.
    assert_eq!(draft["step"], json!(2 + 3 + 4));
    assert_eq!(draft["response"]["language"], json!("en"));

    let mut t = eval.take(&["--resume", &id]);
    // No introduction again: straight to item 5.
    answer_rest(&mut t, 5, Choice::A);
    skip_closing(&mut t, &EN);
    let submitted = submit(&mut t, &EN);
    assert_eq!(t.exit_status(), 0);
    assert_eq!(submitted, id, "the response keeps the draft's id");

    let r = check_submitted(&eval, &id, "en", "individual");
    let mut plan = [Choice::A; ITEMS];
    plan[..4].copy_from_slice(&FIRST_FOUR);
    assert_eq!(r["answers"], answers(&plan));
    assert_eq!(
        r["profile"],
        json!({"sector": "public-health", "role": "practitioner"})
    );
}

#[test]
fn unfinished_draft_is_offered_on_the_next_take() {
    let eval = Eval::new();
    let id = interrupt_at_item_5(&eval);

    let mut t = eval.take(&["--lang", "en"]);
    t.wait("An unfinished response was found.");
    t.expect(
        Regex(r"Resume the one started \d{4}-\d{2}-\d{2} \(4 of 18 answered\)"),
        "the draft in the menu",
    );
    t.wait("Start a new response");
    // "Start a new response" is preselected; the draft is one entry up.
    t.send(&format!("{UP}{ENTER}"));
    answer_rest(&mut t, 5, Choice::B);
    skip_closing(&mut t, &EN);
    let submitted = submit(&mut t, &EN);
    assert_eq!(t.exit_status(), 0);
    assert_eq!(submitted, id);

    let r = check_submitted(&eval, &id, "en", "individual");
    let mut plan = [Choice::B; ITEMS];
    plan[..4].copy_from_slice(&FIRST_FOUR);
    assert_eq!(r["answers"], answers(&plan));
}

#[test]
fn collective_mode_is_recorded() {
    let eval = Eval::new();
    let mut t = eval.take(&["--lang", "en", "--collective"]);
    t.wait("Collective mode");
    begin(&mut t, &EN, PROFILE);
    answer_rest(&mut t, 1, Choice::C);
    skip_closing(&mut t, &EN);
    let id = submit(&mut t, &EN);
    assert_eq!(t.exit_status(), 0);

    let r = check_submitted(&eval, &id, "en", "collective");
    assert_eq!(r["answers"], answers(&[Choice::C; ITEMS]));
}

#[test]
fn plain_mode_in_a_terminal() {
    let eval = Eval::new();
    let mut t = eval.take(&["--plain", "--lang", "en"]);
    let hint = "Type a number and press Enter (< to go back).";

    t.wait(EN.intro);
    t.wait("1) Start");
    t.wait(&format!("{hint} [1]"));
    t.line("1");
    for text in EN.prerequisites {
        t.wait(text);
        t.wait("1) Yes");
        t.line("1");
    }
    for (text, number) in EN.profile.into_iter().zip(PROFILE) {
        t.wait(text);
        t.wait(hint);
        t.line(&(number + 1).to_string());
    }

    t.item(1);
    t.wait("1) A. ");
    t.wait("4) No answer / I cannot judge");
    t.wait("5) Add a comment…");
    t.wait("6) Back");
    t.line("1");
    t.item(2);
    t.line("2");
    // "<" goes back; Enter alone keeps the answer shown as the default.
    t.item(3);
    t.line("<");
    t.item(2);
    t.wait(&format!("{hint} [2]"));
    t.line("");
    t.item(3);
    t.line("3");
    t.item(4);
    t.line("5");
    t.wait(EN.comment_prompt);
    let comment = "Typed in plain mode.";
    t.line(comment);
    t.wait(EN.edit_comment);
    t.line("4");
    for n in 5..=ITEMS {
        t.item(n);
        t.wait(hint);
        t.line("1");
    }
    t.wait(EN.closing);
    t.wait("optional: Enter to skip");
    t.line("");
    t.wait(EN.review);
    t.wait("q02  B  ");
    t.wait(&format!("{hint} [1]"));
    t.line("");
    let id = submitted_id(&mut t, &EN);
    assert_eq!(t.exit_status(), 0);

    let r = check_submitted(&eval, &id, "en", "individual");
    let mut plan = [Choice::A; ITEMS];
    plan[1] = Choice::B;
    plan[2] = Choice::C;
    plan[3] = Choice::NoAnswer;
    assert_eq!(r["answers"], answers(&plan));
    assert_eq!(r["comments"], json!({"q04": comment}));
    assert_eq!(
        r["profile"],
        json!({"sector": "public-health", "role": "practitioner"})
    );
}

/// The contribution matrix: each grid on one compact screen, answered with number keys,
/// a note on a row with `n`, and Enter refused until every row has an answer.
#[test]
fn the_contribution_matrix_grid_on_one_screen() {
    let eval = Eval::init(&[
        "-q",
        "partner-contributions",
        "--partners",
        "Alpha Clinic, Beta Unit",
    ]);
    let mut t = eval.take(&["--lang", "en"]);
    t.wait("Partner contributions");
    t.wait("reported per organisation");
    t.wait("Start");
    t.send(ENTER);
    t.wait("Which organisation do you answer for?");
    t.wait("Alpha Clinic");
    t.send(ENTER);
    t.wait("1 / 2");
    t.wait("Decision-making authority");
    // 4 = major on funding, then 2 = minor on seven rows, 5 = "don't know" on the last.
    t.send("4");
    t.send(&"2".repeat(7));
    t.send("5");
    t.wait("[Don't know]");
    t.send("n");
    t.wait("Your comment");
    t.line("We lend the meeting room");
    t.wait("Decision-making authority");
    t.send(ENTER);
    t.wait("2 / 2");
    t.wait("Decision-making authority");
    t.send(ENTER);
    t.wait("Please answer every row");
    t.send(&"1".repeat(9));
    t.wait("[None]");
    t.send(ENTER);
    t.wait("Is anything your organisation");
    t.send(ENTER);
    t.wait("Review your answers");
    t.wait("Submit");
    t.send(ENTER);
    let found = t.expect(
        Regex("responses/([0-9a-f]{32})\\.json"),
        "the path of the response",
    );
    let id = lossy(&found[1]);
    assert_eq!(t.exit_status(), 0);
    let r = eval.only_response(&id);
    assert_eq!(r["profile"]["organisation"], "alpha-clinic");
    assert_eq!(r["answers"]["contributes"]["funding"], "major");
    assert_eq!(r["answers"]["contributes"]["networks"], "minor");
    assert_eq!(r["answers"]["contributes"]["authority"], "no-answer");
    assert_eq!(r["answers"]["receives"]["credibility"], "none");
    assert_eq!(
        r["comments"]["contributes.authority"],
        "We lend the meeting room"
    );
}
