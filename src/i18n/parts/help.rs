//! The help of the command line: what each command and option is for.
//!
//! The texts are in `locales/<lang>/help.ftl`.

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// The help of the command line: what each command and option is for.
    pub struct HelpMessages;
    parts {}
    texts {}
    arrays {}
    formats {}
}
