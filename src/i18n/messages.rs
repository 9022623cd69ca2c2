//! Every message of partnereval's interface, named once, with the values it takes.
//!
//! The names are the code's contract with the Fluent files: a text is a field, a message
//! with values is a method taking them by name (the Fluent variables are the argument
//! names). Errors and diagnostics have their own parts (`errors_*.rs`), reached as
//! `m.questionnaire`, `m.responses`, `m.commands`, `m.help`. `tests/catalogue.rs` checks every
//! language against these lists.

#[allow(unused_imports)]
use super::catalogue::{Fixed, Short};
use super::parts::{
    CommandMessages, HelpMessages, QuestionnaireMessages, ResponseMessages, ServeMessages,
    SurveyMessages,
};

messages! {
    /// The messages of one language.
    pub struct Messages;
    parts {
        /// Questionnaire files: loading and validation.
        questionnaire: QuestionnaireMessages,
        /// Responses, drafts and answers files.
        responses: ResponseMessages,
        /// Evaluations and commands.
        commands: CommandMessages,
        /// The command line's help.
        help: HelpMessages,
        /// The survey's newer texts.
        survey: SurveyMessages,
        /// `serve` and its pages.
        serve: ServeMessages,
    }
    texts {
        /// Between two hints or clauses of one line: "; " (" ; " in French).
        semicolon,
        /// The rule that says scores are partnereval's reading aid (the bundled instrument,
        /// whose original gives no score).
        rule_reading_aid,
        /// The same for a questionnaire of one's own, whose scores it gives itself.
        rule_reading_aid_own,
        /// The heading of the prerequisites' answers in a report.
        report_prerequisites,
        /// "What a no means", before a prerequisite's `unmet` text.
        prerequisite_meaning,
        /// A column: the spread of the members' answers beside the group's.
        col_members,
        /// A column: the group's mean score of a condition.
        col_group_mean,
        /// The heading of a collective response's own comments.
        collective_comments,
        /// Why a report has no compiled figures when the group answered only together.
        collective_only,
        /// The heading of a collective response's means by condition.
        collective_conditions,
        languages,
        /// The separator after a label: ": " in English, " : " in French.
        colon,
        credit,
        source,
        licence,
        prerequisites,
        prerequisites_note,
        if_not,
        profile,
        profile_note,
        items,
        dimension,
        dimensions,
        required,
        optional,
        no_answer_offered,
        /// `show`: beside an exclusive option ("none of these"), ticked alone.
        option_alone,
        comment_offered,
        closing_comment,
        no_answer_default,
        kind_single,
        kind_multiple,
        kind_text,
        kind_number,
        kind_grid,
        score,
        bands,
        bands_rule,
        bundled,
        language_name,
        choose_language,
        intro_anonymous,
        intro_collective,
        intro_no_names,
        intro_drafts,
        start,
        quit,
        yes,
        no,
        continue_anyway,
        stop_here,
        prefer_not_to_say,
        add_comment,
        edit_comment,
        comment_prompt,
        back,
        optional_enter,
        answer_needed,
        not_a_number,
        whole_number,
        closing_heading,
        review_heading,
        review_prompt,
        submit,
        change_answer,
        save_and_leave,
        which_answer,
        not_answered,
        skipped,
        comment_label,
        start_new,
        interrupted_nothing_saved,
        end_of_input_nothing_saved,
        abandoned,
        thanks,
        tick_plain,
        overall,
        rule_percentages,
        rule_mean,
        /// How means over items on different scales are made.
        rule_common_scale,
        not_stated,
        /// Why a breakdown is withheld when its crossings cannot be checked.
        crossing_unchecked,
        round_current_note,
        /// The name of the first round when a second starts without `--first-name`.
        first_round_name,
        other_items,
        report_to_discuss,
        col_item,
        col_mean,
        col_median,
        col_sd,
        col_band,
        col_why,
        col_statement,
        col_answers,
        col_no_answer,
        /// A column: respondents an item was not asked (its `show_if` not met).
        col_not_applicable,
        col_divergent,
        divergent_word,
        least_favourable_word,
        /// Beside a reverse-scored item on the page.
        reversed_word,
        by_note,
        col_group_answer,
        col_majority,
        differs_word,
        report_comments,
        /// Sections of the answers that are not chosen on a scored scale.
        report_choices,
        report_numbers,
        report_open,
        /// Under the multiple-choice tables: what the percentages are of.
        choices_note,
        /// Under the numbers table: what the quartiles are.
        numbers_note,
        col_option,
        col_count,
        col_min,
        col_q1,
        col_q3,
        col_max,
        report_rules,
        compare_rules,
        respondents,
        collective_responses,
        unfinished_drafts,
        skipped_files,
        matrix_heading,
        matrix_contributes,
        matrix_receives,
        matrix_balance,
        col_category,
        col_organisation,
        col_total,
        col_respondents,
        col_contributed,
        col_received,
        col_share,
        col_balance,
        gaps_label,
        dependencies_label,
        not_answered_label,
        disagreements_label,
        none_word,
        matrix_unnamed,
        round,
        compare_rule_percentages,
        col_change,
        col_trend,
        points_short,
        no_trend,
        divergence_heading,
        html_profile,
        /// With items on several scales: the change rule, before each scale's threshold.
        compare_rule_change_scales,
        /// In the rules: the common 0–100 scale's name, in place of its items.
        common_scale_name,
        /// Under the profile when its conditions are on different scales.
        html_profile_note_scales,
        html_items,
        html_bar_rule,
        html_summary,
        html_most_favourable,
        html_least_favourable,
    }
    arrays {
        list_columns[6],
        /// `round list` columns.
        round_columns[7],
        matrix_rules[5],
    }
    formats {
        /// A prerequisite's answers: its question, how many said no, of how many.
        fn prerequisite_line(question: &str, no: usize, answered: usize);
        /// The items where the group's answer is not the one most members chose.
        fn collective_differs(items: &str);
        fn minutes(m: u32);
        /// `show`: an item asked only when its `show_if` (`rule`, in the file's syntax) is
        /// met.
        fn asked_only_if(rule: &str);
        fn divergence(percent: Short);
        fn progress(n: usize, total: usize);
        fn missing_required(ids: &str);
        fn drafts_found(n: usize);
        /// A file among the drafts that is not offered, and why.
        fn draft_not_offered(path: &str, reason: &str);
        fn interrupted(cmd: &str);
        /// The input ended (`--plain` reading a file or a pipe) before the response was done.
        fn end_of_input(cmd: &str);
        fn left_as_draft(cmd: &str);
        fn choose_between(n: usize);
        fn rule_least_favourable(share: Short);
        /// The reverse-scored items (names joined by commas) and what that means.
        fn rule_reversed(items: &str);
        /// In the rules, with items on several scales: one scale's items and bands.
        fn scale_bands_line(items: &str, bands: &str);
        fn rule_anonymity(min: usize);
        fn pooled_label(groups: &str);
        fn pooled_reason(min: usize);
        fn hidden_reason(min: usize);
        /// Why a breakdown is withheld: (the field asked for, the other field, min).
        fn crossing_reason(by: &str, other: &str, min: usize);
        /// Why some items are left out of one group's figures: (items, min).
        fn items_withheld_reason(items: &str, min: usize);
        /// `round new`: (name, id, dir, folder).
        fn round_started(name: &str, id: &str, dir: &str, folder: &str);
        /// `round new`: (drafts left, the previous round's name, the command that finishes
        /// them, the command that lists the rounds).
        fn round_drafts_left(n: usize, previous: &str, command: &str, list: &str);
        /// `round list`, under the table, for each earlier round with drafts: (drafts, the
        /// round's name, the command that finishes them).
        fn round_list_drafts(n: usize, round: &str, command: &str);
        /// `round new`: (dir).
        fn round_compare_hint(dir: &str);
        /// `init`: (name, dir, questionnaire id, version, languages, min).
        fn init_created(name: &str, dir: &str, id: &str, version: &str, languages: &str, min: u32);
        fn init_partners(names: &str);
        fn init_no_partners(dir: &str);
        fn init_next(dir: &str);
        /// Why some items are left out of the whole report: (items, min).
        fn items_withheld_all(items: &str, min: usize);
        fn withheld(n: usize, min: usize);
        fn report_by(field: &str);
        fn report_collective(date: &str);
        fn in_kind_label(percent: Short);
        fn matrix_unnamed_hidden(n: usize, min: usize);
        fn compare_withheld(label: &str, n: usize, min: usize);
        fn compare_rule_change(threshold: Fixed, low: f64, high: f64);
        /// With items on several scales: one scale's threshold.
        fn compare_scale_threshold(items: &str, threshold: Fixed, low: f64, high: f64);
        fn compare_rule_anonymity(min: usize);
        fn compare_heading(from: &str, to: &str);
        fn respondent_count(n: usize);
        fn trend_word(trend: &str);
        fn divergence_change_word(change: &str);
        fn divergence_change_short(change: &str);
        fn trend_heading(trend: &str);
        fn html_footer(v: &str);
        fn html_profile_note(low: f64, high: f64);
        fn html_mean_alt(name: &str, mean: &str, low: f64, high: f64, band: &str);
        /// The column of one round in the comparison's tables, its mean and valid answers:
        /// (the round's name).
        fn col_round(round: &str);
        /// The note under the comparison's summary: (the first round's name, the second's).
        fn compare_note(from: &str, to: &str);
        /// The comparison's chance test, in words: (significance level, the most splits
        /// tested exactly, random splits of a Monte Carlo test).
        fn compare_rule_chance(significance: Fixed, splits: u64, resamples: u64);
        /// What "within chance" means: (significance level).
        fn compare_rule_within_chance(significance: Fixed);
    }
}
