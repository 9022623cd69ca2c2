//! Ctrl-C or the end of input during a survey: restore the cursor, say how to resume, exit
//! with 130.
//!
//! The draft is saved after every answer, so stopping at once loses at most the answer being
//! typed. The handler runs on its own thread (ctrlc); a prompt that sees Ctrl-C as a key
//! calls [`finish`] too, and whichever comes first ends the process.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::i18n::Messages;

/// The language to speak in, and the command that resumes the saved draft (none yet).
static STATE: Mutex<Option<(&'static Messages, Option<String>)>> = Mutex::new(None);
static FINISHING: AtomicBool = AtomicBool::new(false);

/// Installs the Ctrl-C handler, speaking the language of `m`.
pub fn install(m: &'static Messages) {
    if let Ok(mut state) = STATE.lock() {
        *state = Some((m, None));
    }
    // An error means a handler is installed already (a second survey in one process).
    let _ = ctrlc::set_handler(|| finish(Stop::Interrupted));
}

/// Says that a draft is saved, and which command resumes it; `m` is the language of the
/// survey (chosen by the respondent).
pub fn set_resume(m: &'static Messages, command: String) {
    if let Ok(mut state) = STATE.lock() {
        *state = Some((m, Some(command)));
    }
}

/// Why the survey stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Ctrl-C.
    Interrupted,
    /// The input ended (`--plain` reading from a pipe or a file).
    EndOfInput,
}

/// Shows the cursor, says whether and how the draft can be resumed, and exits with 130.
pub fn finish(stop: Stop) -> ! {
    if FINISHING.swap(true, Ordering::SeqCst) {
        // The other thread is already exiting the process.
        loop {
            std::thread::park();
        }
    }
    let term = console::Term::stderr();
    if term.is_term() {
        let _ = term.show_cursor();
    }
    let state = STATE.lock().ok().and_then(|s| s.clone());
    let message = match (state, stop) {
        (Some((m, Some(cmd))), Stop::Interrupted) => m.interrupted(&cmd),
        (Some((m, None)), Stop::Interrupted) => m.interrupted_nothing_saved.to_owned(),
        (Some((m, Some(cmd))), Stop::EndOfInput) => m.end_of_input(&cmd),
        (Some((m, None)), Stop::EndOfInput) => m.end_of_input_nothing_saved.to_owned(),
        (None, _) => String::new(),
    };
    let _ = term.write_line("");
    say(&message);
    std::process::exit(i32::from(crate::exit::INTERRUPTED))
}

/// Writes the last words of a survey on stderr, each line ended: prose wrapped at words to
/// the terminal (no-break spaces hold), an indented command line left whole, to be copied.
pub fn say(message: &str) {
    let term = console::Term::stderr();
    let width = crate::output::live_width(&term);
    for line in crate::sanitize::for_terminal(message).lines() {
        let line = if line.starts_with("  ") {
            line.to_owned()
        } else {
            textwrap::fill(line, width)
        };
        let _ = term.write_line(&line);
    }
}
