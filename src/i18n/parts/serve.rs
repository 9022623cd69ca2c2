//! `partnereval serve`: what it prints, and the words of the pages it serves (the survey's
//! own words are the survey's messages).
//!
//! The texts are in `locales/<lang>/serve.ftl`.

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// `serve`'s terminal lines and pages.
    pub struct ServeMessages;
    parts {}
    texts {
        /// Under the addresses: how to stop the server.
        how_to_stop,
        /// When listening on this computer only.
        loopback_only,
        /// The accessible name of every page's main region.
        main_label,
        /// The accessible name of the language links.
        languages_label,
        /// The start page: what happens to the answers meanwhile.
        drafts_on_server,
        /// The start page: the legend of the language choice.
        answer_in,
        /// The button that records an answer and goes on.
        next,
        /// The label of an item's comment box.
        comment_optional,
        /// Under a text or number question that may be left empty.
        may_stay_empty,
        /// The review: the button beside each answer.
        change,
        /// The review: the button that goes to the first required item without an answer.
        answer_it,
        /// The review: the heading of the problems that stop a submission.
        not_submitted,
        /// After submitting (title).
        thanks_title,
        /// After submitting, a member.
        thanks_text,
        /// After submitting, the group.
        group_saved_text,
        /// After "keep as a draft and leave" (title).
        kept,
        kept_text,
        /// After "stop here" (title).
        stopped,
        /// A form posted after its response was submitted (title and text).
        already_submitted,
        already_submitted_text,
        /// A form posted for a draft that is no more (title and text).
        no_draft,
        no_draft_text,
        /// A form refused: from another site, or without this session's token.
        form_refused,
        form_refused_text,
        /// A body that is not a form.
        form_unreadable,
        form_unreadable_text,
        /// A draft or response could not be written.
        not_saved,
        not_saved_text,
        /// Links back.
        to_survey,
        to_start,
        to_dashboard,
        /// The facilitator's page.
        facilitator_heading,
        answered_heading,
        refresh,
        report_heading,
        report_text,
        open_report,
        report_failed,
        collective_heading,
        collective_text,
        collective_start,
        collective_resume,
        /// A certificate file with no PEM certificate in it.
        tls_no_pem,
    }
    arrays {}
    formats {
        /// The first line: the evaluation and the folder responses go to.
        fn serving(name: &str, folder: &str);
        /// The members' address (a QR code of it follows).
        fn members_address(url: &str);
        /// The facilitator's address.
        fn facilitator_address(url: &str);
        /// The address cannot be listened on.
        fn cannot_listen(address: &str, reason: &str);
        /// After Ctrl-C: the responses received while the server ran.
        fn stopped_summary(members: usize, groups: usize);
        /// Under a text or number question: what leaving it empty records.
        fn empty_is_no_answer(label: &str);
        /// The label of the comment box of a grid's row.
        fn row_comment(row: &str);
        /// The accessible name of a review line's button.
        fn change_named(name: &str);
        /// The facilitator's page: the round.
        fn round_named(round: &str);
        /// How many members have answered (at least the minimum group size).
        fn answered(n: usize);
        /// Fewer than the minimum group size have answered: no figure yet.
        fn too_few_yet(min: usize);
        /// The spread of the members' answers beside an item of the collective answer.
        fn spread_heading(n: usize);
        /// The spread is not shown yet.
        fn spread_withheld(min: usize);
        /// `--tls-cert` cannot be used.
        fn tls_bad_certificate(file: &str, reason: &str);
        /// `--tls-key` cannot be used.
        fn tls_bad_key(file: &str, reason: &str);
        /// The key does not go with the certificate, or they cannot be used together.
        fn tls_mismatch(cert: &str, key: &str, reason: &str);
    }
}
