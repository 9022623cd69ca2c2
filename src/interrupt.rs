//! Ctrl-C during a survey: restore the cursor, say how to resume, exit with 130.
//!
//! The draft is saved after every answer, so stopping at once loses at most the answer being
//! typed. The handler runs on its own thread (ctrlc); a prompt that sees Ctrl-C as a key
//! calls [`finish`] too, and whichever comes first ends the process.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

static MESSAGE: Mutex<Option<String>> = Mutex::new(None);
static FINISHING: AtomicBool = AtomicBool::new(false);

/// Installs the Ctrl-C handler with the message to print until [`set_message`] changes it.
pub fn install(message: String) {
    set_message(message);
    // An error means a handler is installed already (a second survey in one process).
    let _ = ctrlc::set_handler(|| finish());
}

/// The message printed on Ctrl-C (e.g. how to resume the draft just saved).
pub fn set_message(message: String) {
    if let Ok(mut m) = MESSAGE.lock() {
        *m = Some(message);
    }
}

/// Shows the cursor, prints the message and exits with status 130.
pub fn finish() -> ! {
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
    let message = MESSAGE
        .lock()
        .ok()
        .and_then(|m| m.clone())
        .unwrap_or_default();
    let _ = term.write_line("");
    let _ = term.write_line(&crate::sanitize::for_terminal(&message));
    std::process::exit(i32::from(crate::exit::INTERRUPTED))
}
