//! The survey's screens: prompts, hints, the review, drafts.
//!
//! The texts are in `locales/<lang>/survey.ftl`. (The survey's older texts are on
//! [`crate::i18n::Messages`] itself.) Keys are named as a keyboard shows them; a hint is
//! "key: what it does", and hints are joined with " · ".

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// The survey's screens: prompts, hints, the review, drafts.
    pub struct SurveyMessages;
    parts {}
    texts {
        /// Between two hints of a keys line.
        hint_separator,
        /// Up and Down move between entries.
        key_move,
        /// Enter confirms the entry chosen.
        key_confirm,
        /// Escape (or Backspace) goes back to the previous question.
        key_back,
        /// Escape leaves a comment as it was.
        key_cancel,
        /// Space ticks an entry of a several-choice question.
        key_tick,
        /// Up and Down move between the rows of a grid.
        key_rows,
        /// Enter on a grid's row.
        key_grid_enter,
        /// Enter on a grid's last row.
        key_grid_done,
        /// The key that writes a comment on a grid's row.
        key_comment,
        /// Shown where entries above are out of view.
        more_above,
        /// Shown where entries below are out of view.
        more_below,
        /// Plain mode: how to choose in a numbered list.
        plain_choose,
        /// Plain mode, a text field: the one way back.
        plain_back,
        /// Plain mode, a comment: how to leave it as it was.
        plain_cancel,
        /// Under the heading of every item screen in collective mode.
        group_answer,
        /// The introduction in collective mode, instead of the anonymity promise.
        intro_group,
        /// The review's heading in collective mode.
        review_heading_group,
        /// Where an answer to a grid row is missing on the review.
        row_not_answered,
    }
    arrays {}
    formats {
        /// A lettered menu: typing a letter or a number chooses (letters: "A/B/C").
        fn key_letters(letters: &str, last: usize);
        /// A numbered menu: typing a number chooses.
        fn key_numbers(last: usize);
        /// Left and Right turn the pages of a long screen.
        fn key_page(page: usize, pages: usize);
        /// Left, Right or a number choose a grid row's answer.
        fn key_levels(last: usize);
        /// Plain mode, a lettered menu: how to choose (letters: "A/B/C").
        fn plain_choose_letters(letters: &str);
        /// Plain mode, a lettered menu: what was typed is not an entry.
        fn choose_between_letters(n: usize, letters: &str);
        /// `--plain`, options numbered by their codes (a 0–10 scale).
        fn choose_from_to(first: usize, last: usize);
        /// Plain mode: the entry that Enter alone chooses.
        fn plain_default(n: usize);
        /// A text field where Enter alone records the questionnaire's no-answer label.
        fn no_answer_enter(label: &str);
        /// A grid's answer is missing on some rows; the no-answer label counts.
        fn answer_every_row(label: &str);
        /// A several-choice question: the no-answer entry ticked with others.
        fn no_answer_alone(label: &str);
        /// Ticking the exclusive option `option` ("None of these") unticked `others` (their
        /// labels, comma-separated).
        fn exclusive_unticked_others(option: &str, others: &str);
        /// Ticking another option unticked the exclusive option `option`.
        fn exclusive_unticked(option: &str);
        /// The exclusive option `option` and others ticked at once (plain mode).
        fn exclusive_alone(option: &str);
        /// A changed answer made `count` later questions not apply: their answers (`items`,
        /// "4. Short label", comma-separated) were removed.
        fn answers_dropped(items: &str, count: usize);
        /// The comment prompt of a grid's row.
        fn comment_on(row: &str);
        /// A draft on the resume menu: what it holds, then "Resume".
        fn resume_draft_entry(details: &str);
        /// How far a draft got.
        fn draft_progress(done: usize, total: usize);
        /// The last question answered in a draft (its short label).
        fn draft_last(item: &str);
        /// The day a draft was started.
        fn draft_started(date: &str);
        /// When a draft was last saved (local time).
        fn draft_saved(when: &str);
        /// A draft of an earlier round, finished into that round.
        fn draft_round(round: &str);
        /// Drafts of the other mode, not offered here.
        fn drafts_collective_elsewhere(n: usize);
        fn drafts_individual_elsewhere(n: usize);
        /// The review: page `page` of `pages`.
        fn review_page(page: usize, pages: usize);
    }
}
