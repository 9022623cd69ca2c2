//! End-to-end tests of `partnereval take` in a pseudo-terminal: the real binary, driven with
//! arrow keys, Enter and Ctrl-C as a person would drive it, then the files it wrote.
//!
//! Every key is sent after the text of the screen it answers has appeared. Keys sent while the
//! menu is still being drawn wait in the terminal's input queue, so no sleeps are needed.
//!
//! A virtual terminal ([`vt::Screen`]) is fed everything the program writes: after each screen
//! a test can check what a person sees, that no line ran past the right edge, and that the
//! question, its options and the keys hint are in view together.
#![cfg(unix)]

mod vt;

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
const RIGHT: &str = "\x1b[C";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";
const TIMEOUT: Duration = Duration::from_secs(30);
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
            screen: vt::Screen::new(usize::from(rows), usize::from(cols)),
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
    /// What the terminal shows.
    screen: vt::Screen,
}

impl Take {
    /// Waits until `needle` shows; everything before it is consumed.
    fn expect<N: Needle>(&mut self, needle: N, what: &str) -> Captures {
        match self.session.expect(needle) {
            Ok(found) => {
                self.seen.push_str(&lossy(found.as_bytes()));
                self.screen.feed(found.as_bytes());
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

    /// Reads what the program writes until it waits for a key: the screen is then whole.
    fn settle(&mut self) {
        self.session
            .set_expect_timeout(Some(Duration::from_millis(300)));
        while let Ok(found) = self.session.expect(Regex("(?s-u).+")) {
            self.seen.push_str(&lossy(found.as_bytes()));
            self.screen.feed(found.as_bytes());
        }
        self.session.set_expect_timeout(Some(TIMEOUT));
    }

    /// Once the screen is drawn: no line ran past the right edge, and every one of `texts`
    /// is in view (wherever it was wrapped).
    fn look(&mut self, texts: &[&str]) {
        let started = std::time::Instant::now();
        loop {
            self.settle();
            let flat = self.screen.flat();
            let shown = self.screen.lines().join("\n");
            if self.screen.overflows > 0 {
                self.fail(&format!("a line ran past the right edge:\n{shown}"));
            }
            let missing = texts
                .iter()
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
                .find(|t| !flat.contains(t));
            match missing {
                None => return,
                // A slow machine may not have drawn it yet.
                Some(_) if started.elapsed() < TIMEOUT => continue,
                Some(text) => self.fail(&format!("{text:?} is not in view:\n{shown}")),
            }
        }
    }

    /// Whether `text` is in view now (after [`Take::look`]).
    fn shows(&self, text: &str) -> bool {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.screen.flat().contains(&text)
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
    t.look(&[
        "Sector: Public health",
        "Role: Practitioner or front-line worker",
        "Years involved: (skipped)",
        "3. Early say in strategic choices: C. ...",
        "4. Decisions negotiated together [comment]: No answer / I cannot judge",
        "❯ Submit",
        "←→: page 1 of 3",
    ]);
    t.send(&RIGHT.repeat(2));
    t.look(&["One last thing: (skipped)", "page 3 of 3", "❯ Submit"]);
    t.send(ENTER);
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
    t.look(&["Entrée : confirmer · Échap : retour"]);
    t.line("Merci à tous.");

    t.wait(FR.review);
    t.look(&[
        "2. Voix des personnes les plus touchées [commentaire] : B. …se font entendre",
        "Soumettre",
        "Modifier une réponse…",
    ]);
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
    t.wait("❯ A. ");
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
    t.look(&["5. Power to decide and commit: A. ...", "Change an answer…"]);
    t.choose(1);
    t.wait("Which answer do you want to change?");
    // The list starts with the 3 profile lines, then q01...
    t.choose(3 + 4);
    t.item(5);
    // The current answer A is preselected: two steps down is C.
    t.choose(2);
    // Straight back to the review, not on to item 6.
    t.wait(EN.review);
    t.look(&[
        "4. Decisions negotiated together: A. ...",
        "5. Power to decide and commit: C. ...",
        "6. Shared view of problem and aims: A. ...",
        "❯ Submit",
    ]);
    t.send(ENTER);
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
    t.look(&[
        "❯ Resume: 4 of 18 answered, last: 4. Decisions negotiated together, started",
        "Start a new response",
    ]);
    // Resuming is what Enter does.
    t.send(ENTER);
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

/// The texts that tell what a screen is and which keys work, in one language.
struct Keys {
    start: &'static str,
    confirm: &'static str,
    back: &'static str,
    letters: &'static str,
    statement: &'static str,
    group: &'static str,
    comment_entry: &'static str,
    cancel: &'static str,
    change: &'static str,
    which: &'static str,
    more_below: &'static str,
    submit: &'static str,
    page: &'static str,
}

const EN_KEYS: Keys = Keys {
    start: "Start",
    confirm: "Enter: confirm",
    back: "Esc: back",
    letters: "↑↓, A/B/C or 1–3: choose",
    statement: "In our partnership,",
    group: "The group's answer: agree on one option together.",
    comment_entry: "Add a comment…",
    cancel: "Esc: cancel",
    change: "Change an answer…",
    which: "Which answer do you want to change?",
    more_below: "↓ more below",
    submit: "Submit",
    page: "page",
};

const FR_KEYS: Keys = Keys {
    start: "Commencer",
    confirm: "Entrée : confirmer",
    back: "Échap : retour",
    letters: "↑↓, A/B/C ou 1–3 : choisir",
    statement: "Dans notre partenariat,",
    group: "Réponse collective : entendez-vous sur un seul choix.",
    comment_entry: "Ajouter un commentaire…",
    cancel: "Échap : annuler",
    change: "Modifier une réponse…",
    which: "Quelle réponse voulez-vous modifier ?",
    more_below: "↓ suite plus bas",
    submit: "Soumettre",
    page: "page",
};

/// The whole survey at `cols` × 24, as a person would go through it, with a look at every
/// screen: nothing runs past the edge, and the question, its options and the keys hint are
/// in view together. Collective mode asks no personal question and says on every item
/// screen whose answer it is.
fn whole_survey(cols: u16, lang: &str, collective: bool) {
    let (w, k) = if lang == "fr" {
        (&FR, &FR_KEYS)
    } else {
        (&EN, &EN_KEYS)
    };
    let eval = Eval::new();
    let mut args = vec!["--lang", lang];
    if collective {
        args.push("--collective");
    }
    let mut t = eval.take_in(&args, cols, 24);
    t.wait(k.start);
    t.look(&[k.start, k.confirm]);
    let mut promised = t.shows(w.intro);
    if t.shows(k.page) {
        // The introduction is long for this screen: its other page, the menu still there.
        t.send(RIGHT);
        t.look(&[k.start, k.confirm, k.page]);
        promised |= t.shows(w.intro);
    }
    assert_eq!(promised, !collective, "a group is promised no anonymity");
    t.send(ENTER);
    // Texts that may be wrapped are looked for on the screen, not in the output.
    for text in w.prerequisites {
        t.look(&[text, k.confirm]);
        t.send(ENTER);
    }
    if !collective {
        for text in w.profile {
            t.look(&[text, k.confirm, k.back]);
            t.send(ENTER);
        }
    }
    for n in 1..=ITEMS {
        t.item(n);
        let mut shown = vec![
            k.statement,
            "A. ",
            "B. ",
            "C. ",
            k.letters,
            k.confirm,
            k.back,
        ];
        if collective {
            shown.push(k.group);
        }
        t.look(&shown);
        if collective {
            assert!(!t.shows(w.profile[0]));
        }
        if n == 2 {
            // A comment, written on a screen of its own with the question.
            t.send(&DOWN.repeat(ADD_COMMENT));
            t.look(&[&format!("❯ {}", k.comment_entry)]);
            t.send(ENTER);
            t.look(&[k.statement, w.comment_prompt, k.cancel]);
            t.line(
                "Une remarque assez longue pour passer à la ligne sur un écran étroit, et plus.",
            );
            t.look(&[k.statement, "A. ", k.letters]);
            // Typing a letter chooses, Enter confirms.
            t.send("b");
            t.look(&["❯ B. "]);
            t.send(ENTER);
        } else {
            t.send(&format!("c{ENTER}"));
        }
    }
    t.wait(w.closing);
    t.look(&[w.closing, k.confirm, k.back]);
    t.send(ENTER);
    let review = match (collective, lang) {
        (false, _) => w.review,
        (true, "fr") => "Revoyez la réponse collective",
        (true, _) => "Review the group's answers",
    };
    t.wait(review);
    t.look(&[review, k.submit, k.change, k.confirm, "1. "]);
    // Every page of the review, the heading and the menu on each.
    let mut pages = 1;
    while !t.shows("18. ") {
        t.send(RIGHT);
        t.look(&[review, k.submit, k.page]);
        pages += 1;
        assert!(pages < 10, "the review never reaches item 18");
    }
    // Change an answer: a list that scrolls under its question.
    t.send(&format!("{DOWN}{ENTER}"));
    t.look(&[k.which, "❯ ", k.more_below, k.confirm, k.back]);
    // Esc goes back to the review, which is where it was left.
    t.send(ESC);
    t.look(&[review, k.submit]);
    t.send(&format!("{DOWN}{ENTER}"));
    t.look(&[k.which, "❯ "]);
    t.send(&format!(
        "{}{ENTER}",
        DOWN.repeat(if collective { 2 } else { 5 })
    ));
    t.item(3);
    t.look(&[k.statement, "❯ C. "]);
    t.send(&format!("a{ENTER}"));
    t.wait(review);
    t.look(&[review, k.submit]);
    t.send(ENTER);
    let id = submitted_id(&mut t, w);
    assert_eq!(t.exit_status(), 0);
    let r = check_submitted(
        &eval,
        &id,
        lang,
        if collective {
            "collective"
        } else {
            "individual"
        },
    );
    let mut plan = [Choice::C; ITEMS];
    plan[1] = Choice::B;
    plan[2] = Choice::A;
    assert_eq!(r["answers"], answers(&plan));
    if collective {
        assert!(r.get("profile").is_none_or(|p| p == &json!({})), "{r}");
    }
}

#[test]
fn the_whole_survey_fits_40_columns_in_french() {
    whole_survey(40, "fr", false);
}

#[test]
fn the_whole_survey_fits_80_columns_in_english() {
    whole_survey(80, "en", false);
}

#[test]
fn collective_mode_fits_40_columns_in_english() {
    whole_survey(40, "en", true);
}

#[test]
fn collective_mode_fits_80_columns_in_french() {
    whole_survey(80, "fr", true);
}

#[test]
fn plain_mode_in_a_terminal() {
    let eval = Eval::new();
    let mut t = eval.take(&["--plain", "--lang", "en"]);
    let hint = "Type a number and press Enter.";
    let lettered = "Type a number or a letter (A/B/C) and press Enter.";

    t.wait(EN.intro);
    t.wait("1) Start");
    t.wait(&format!("{hint} Enter alone: 1."));
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
    t.wait(lettered);
    t.line("1");
    // A letter chooses.
    t.item(2);
    t.line("b");
    // The numbered "Back" goes back; Enter alone keeps the answer shown as the default.
    t.item(3);
    t.line("6");
    t.item(2);
    t.wait(&format!("{lettered} Enter alone: 2."));
    t.line("");
    t.item(3);
    t.line("C");
    t.item(4);
    t.line("5");
    t.wait(EN.comment_prompt);
    let comment = "Typed in plain mode.";
    t.line(comment);
    // The question again, then its options.
    t.item(4);
    t.wait("In our partnership, when decisions are made");
    t.wait(EN.edit_comment);
    t.line("4");
    for n in 5..=ITEMS {
        t.item(n);
        t.wait(lettered);
        t.line("1");
    }
    t.wait(EN.closing);
    t.wait("(optional: Enter to skip) (type < to go back)");
    t.line("");
    t.wait(EN.review);
    t.wait("2. Voice of the people most affected: B. ...are heard from time to time,");
    t.wait(&format!("{hint} Enter alone: 1."));
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

/// The contribution matrix: each grid on one screen, answered with number keys (a number
/// answers the row, Enter goes to the next, and on the last row finishes), a comment on a
/// row with `c`, and the last Enter refused until every row has an answer.
fn matrix_grid(cols: u16, lang: &str) {
    let fr = lang == "fr";
    let eval = Eval::init(&[
        "-q",
        "partner-contributions",
        "--partners",
        "Alpha Clinic, Beta Unit",
    ]);
    let mut t = eval.take_in(&["--lang", lang], cols, 24);
    t.wait(if fr { "Commencer" } else { "Start" });
    t.send(ENTER);
    t.wait("Alpha Clinic");
    t.send(ENTER);
    t.wait("1 / 2");
    let (question, legend, keys, comment_key, answer_row) = if fr {
        (
            "Pour chacun de ces éléments, quelle contribution votre organisation",
            "1 Aucune · 2 Faible · 3 Moyenne · 4 Forte · 5 Je ne peux pas me prononcer",
            "Entrée : ligne suivante · à la dernière ligne : terminé",
            "c : commentaire",
            "Veuillez répondre à chaque ligne ; « Je ne peux pas me prononcer » compte comme une réponse.",
        )
    } else {
        (
            "How much does your organisation",
            "None",
            "Enter: next row · on the last row: done",
            "c: comment",
            "Please answer every row; \"Don't know\" counts as an answer.",
        )
    };
    t.look(&[question, legend, keys, comment_key, "❯ "]);
    // 4 = major on funding; a number answers the row without leaving it.
    t.send("4");
    t.look(&[question, keys, if fr { "4 Forte" } else { "Major" }]);
    t.send(ENTER);
    for _ in 0..7 {
        t.send(&format!("2{ENTER}"));
    }
    t.send("5");
    t.look(&[
        question,
        keys,
        match (fr, cols) {
            (true, _) => "5 Je ne peux pas me prononcer",
            (false, 80) => "[Don't know]",
            (false, _) => "5 Don't know",
        },
    ]);
    t.send("c");
    t.look(&[
        question,
        if fr {
            "Votre commentaire sur"
        } else {
            "Your comment on"
        },
    ]);
    t.line("We lend the meeting room");
    t.look(&[question, keys]);
    t.send(ENTER);
    t.wait("2 / 2");
    // Enter down to the last row, then once more: every row needs an answer.
    t.send(&ENTER.repeat(9));
    t.wait(answer_row.split(' ').next().unwrap());
    t.look(&[answer_row, keys]);
    t.send(&format!("{}1", format!("1{ENTER}").repeat(8)));
    t.look(&[question, keys]);
    t.send(ENTER);
    t.wait(if fr {
        "Votre organisation apporte-t-elle"
    } else {
        "Is anything your organisation"
    });
    t.send(ENTER);
    t.wait(if fr {
        "Revoyez vos réponses"
    } else {
        "Review your answers"
    });
    t.look(&[if fr {
        "Financement : Forte"
    } else {
        "Funding: Major"
    }]);
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

#[test]
fn the_contribution_matrix_grid_at_80_columns() {
    matrix_grid(80, "en");
}

#[test]
fn the_contribution_matrix_grid_at_40_columns_in_french() {
    matrix_grid(40, "fr");
}

#[test]
fn the_contribution_matrix_grid_at_40_columns_in_english() {
    matrix_grid(40, "en");
}

/// A several-choice question with an exclusive option ("None of these"), in a terminal:
/// ticking it unticks the others at once, ticking another unticks it, and a note under the
/// question says so each time.
#[test]
fn an_exclusive_option_unticks_the_others_as_it_is_ticked() {
    let questionnaire = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/relevance/check-in.toml")
        .to_str()
        .unwrap()
        .to_owned();
    let eval = Eval::init(&["-q", &questionnaire]);
    let mut t = eval.take(&["--lang", "en"]);
    t.wait("Start");
    t.choose(0);
    t.wait("Your sector");
    t.choose(1);
    t.wait("Do you lead one of");
    t.choose(1);
    // "No": the question for project leads is not asked.
    t.wait("What has the partnership brought you?");
    t.look(&["[ ] Training", "[ ] None of these"]);
    // Training, then down twice and "None of these".
    t.send(&format!(" {DOWN}{DOWN} "));
    t.look(&[
        "[ ] Training",
        "[x] None of these",
        "Ticking \"None of these\" unticked: Training.",
    ]);
    // Back up to Contacts, ticked: "None of these" goes.
    t.send(&format!("{UP} "));
    t.look(&[
        "[x] Contacts",
        "[ ] None of these",
        "\"None of these\" was unticked: it cannot go with other options.",
    ]);
    assert!(!t.shows("Ticking \"None of these\""), "one note at a time");
    t.send(ENTER);
    t.wait("About how many hours");
    t.line("8");
    // Contacts only: the question about the training is not asked either.
    t.wait("Review your answers");
    assert!(!t.shows("Support for leads"));
    t.choose(0);
    t.wait("Thank you");
    assert_eq!(t.exit_status(), 0);
    let files = json_files(&eval.responses_dir());
    assert_eq!(files.len(), 1);
    let r = read_json(&files[0]);
    assert_eq!(
        r["answers"],
        json!({"role": "no", "benefits": ["contacts"], "hours": 8})
    );
}
