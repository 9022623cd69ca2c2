//! The survey's screens: prompts, hints, the review, drafts.
//!
//! The texts are in `locales/<lang>/survey.ftl`. (The survey's older texts are on
//! [`crate::i18n::Messages`] itself.)

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// The survey's screens: prompts, hints, the review, drafts.
    pub struct SurveyMessages;
    parts {}
    texts {}
    arrays {}
    formats {}
}
