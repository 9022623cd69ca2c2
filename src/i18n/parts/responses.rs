//! Responses, drafts and answers files: reading, checking and storing them.
//!
//! The texts are in `locales/<lang>/responses.ftl`.

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// Responses, drafts and answers files: reading, checking and storing them.
    pub struct ResponseMessages;
    parts {}
    texts {}
    arrays {}
    formats {}
}
