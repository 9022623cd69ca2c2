//! Evaluations and commands: their errors, and the output of validate, demo, list and show.
//!
//! The texts are in `locales/<lang>/commands.ftl`.

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// Evaluations and commands: their errors, and the output of validate, demo, list and show.
    pub struct CommandMessages;
    parts {}
    texts {}
    arrays {}
    formats {}
}
