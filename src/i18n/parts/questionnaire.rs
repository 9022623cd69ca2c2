//! Questionnaire files: loading them, and every problem validation finds.
//!
//! The texts are in `locales/<lang>/questionnaire.ftl`.

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// Questionnaire files: loading them, and every problem validation finds.
    pub struct QuestionnaireMessages;
    parts {}
    texts {}
    arrays {}
    formats {}
}
