//! Evaluations and commands: their errors, and the output of validate, demo, list and show.
//!
//! The texts are in `locales/<lang>/commands.ftl`.

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// Evaluations and commands: their errors, and the output of validate, demo, list and show.
    pub struct CommandMessages;
    parts {}
    texts {
        /// The severity of a located problem: `FILE:LINE:COL: error: ...`.
        severity_error,
        /// The severity of a located problem: `FILE:LINE:COL: warning: ...`.
        severity_warning,
        /// Why a file could not be read, for the operating system's common reasons (said by
        /// the system in English; these say it in the language spoken).
        io_not_found,
        io_permission_denied,
        io_already_exists,
        io_is_a_directory,
        io_not_a_directory,
        io_storage_full,
        io_read_only,
        io_quota_exceeded,
        io_file_too_large,
        io_invalid_filename,
        /// `report --by` refused when the evaluation allows no breakdown: the list is empty.
        by_allowed_none,
        /// `take --out` with an evaluation folder.
        take_out_with_evaluation,
        /// Why a survey stopped (rarely shown: `take` reports these itself).
        survey_interrupted,
        survey_end_of_input,
        /// `take --answers -`: standard input could not be read.
        stdin_unreadable,
        stdin_not_utf8,
        /// `round new` with an empty or too long name.
        round_name_length,
        /// `round new --first-name` once the evaluation has rounds.
        first_name_too_late,
        /// `demo --bundle`: the bundle's temporary file could not be made.
        cannot_create_bundle,
        /// A `settings` problem: `languages = []`.
        settings_languages_empty,
    }
    arrays {}
    formats {
        /// The line of an error on stderr: `partnereval: error: MESSAGE`.
        fn error_line(message: &str);
        /// `compare --threshold` when items are on several scales.
        fn threshold_several_scales(scales: &str);
        /// A line of a list of problems in one file where they have no place: `FILE: error: PROBLEM`.
        fn problem_line(file: &str, problem: &str);
        fn unknown_questionnaire(name: &str, known: &str);
        fn cannot_read(path: &str, reason: &str);
        fn language_not_offered(lang: &str, offered: &str);
        /// After the problems of a file: how many, and that nothing was written.
        fn problems_nothing_written(file: &str, n: usize);
        /// `--output`: the folder it would go into does not exist.
        fn folder_missing(dir: &str);
        fn not_a_file_name(path: &str);
        fn output_in_evaluation(path: &str);
        /// `--output` names something other than a regular file; `kind` is "a folder"...
        fn output_not_regular(path: &str, kind: &str);
        fn output_exists(path: &str);
        /// `report`/`export` on an evaluation folder followed by files.
        fn evaluation_with_files(command: &str);
        /// `report`/`export` on a folder that is not an evaluation.
        fn not_an_evaluation_for(dir: &str, command: &str);
        fn round_needs_evaluation(target: &str);
        fn responses_after_questionnaire(command: &str, target: &str);
        fn min_group_below(n: usize, min: usize);
        /// `round`: the folder has no evaluation.toml.
        fn not_an_evaluation(dir: &str);
        /// `take` on a folder that is not an evaluation.
        fn take_not_an_evaluation(dir: &str);
        /// `take` without a terminal, neither `--plain` nor `--answers`.
        fn take_no_terminal(target: &str);
        fn terminal_failed(reason: &str);
        fn cannot_save_draft(reason: &str);
        /// What a draft is called in a list of its problems.
        fn draft_label(id: &str);
        fn draft_other_version(id: &str, questionnaire: &str, version: &str);
        /// `take --answers -`: more than `size` on standard input.
        fn stdin_too_large(size: &str);
        fn file_not_utf8(file: &str);
        /// The settings file is not UTF-8: (path, the first bad byte, counted from 1).
        fn settings_not_utf8(path: &str, byte: usize);
        /// `compare` on a folder that is not an evaluation.
        fn compare_not_evaluation(dir: &str);
        /// `compare --from PATH` on an evaluation: the error, and how to compare files.
        fn compare_files_hint(error: &str, id: &str);
        fn single_round(dir: &str);
        fn first_round_none_before(name: &str, dir: &str);
        fn same_round(name: &str);
        fn compare_needs_both(target: &str);
        fn bad_threshold(value: Short);
        /// `report --by` a field the evaluation does not allow: (field, the allowed ones).
        fn by_refused(field: &str, allowed: &str);
        fn not_a_profile_field(field: &str, known: &str);
        /// After the list of invalid responses: (invalid, all).
        fn compile_refused(n: usize, total: usize);
        /// After the list of invalid responses `--skip-invalid` skipped (on stderr).
        fn compile_skipped(n: usize);
        fn export_refused(n: usize);
        fn export_left_out(n: usize);
        /// `--round NAME` not found: (dir, wanted, the rounds as "name (id)").
        fn unknown_round(dir: &str, wanted: &str, rounds: &str);
        fn round_exists(dir: &str, name: &str, id: &str);
        fn cannot_edit(path: &str);
        fn cannot_create(path: &str);
        fn rounds_not_tables(path: &str);
        fn already_evaluation(dir: &str);
        fn min_group_too_small(min: u32);
        /// `init`: `responses` exists and is not a folder.
        fn responses_not_folder(path: &str, kind: &str);
        /// `responses/`, `rounds/` or a round's folder is a link or a file.
        fn not_a_real_folder(path: &str, kind: &str);
        fn settings_version(version: u32, supported: u32);
        fn settings_language_not_offered(lang: &str);
        fn settings_min_group(min: u32);
        fn settings_profile_unknown(field: &str);
        fn settings_profile_no_choices(field: &str);
        fn settings_profile_bad_code(field: &str, code: &str);
        fn settings_profile_code_twice(field: &str);
        fn settings_report_by_unknown(field: &str);
        fn settings_too_many_rounds(n: usize, max: usize);
        fn settings_round_id(id: &str);
        fn settings_round_id_twice(id: &str);
        fn settings_round_empty_name(id: &str);
        fn settings_round_control(id: &str);
        fn settings_round_name_twice(name: &str);
        fn settings_round_name_is_id(name: &str);
        fn settings_partner_code(code: &str);
        fn settings_partner_code_twice(code: &str);
        fn settings_partner_is_choice(code: &str, field: &str);
        /// `validate`: a valid file ("id version"), with its warnings (0 for none).
        fn validate_ok(file: &str, questionnaire: &str, items: usize, dimensions: usize, languages: &str, warnings: usize);
        /// `validate`: an invalid file.
        fn validate_invalid(file: &str, errors: usize, warnings: usize);
        /// `validate`: the last line when some files are invalid.
        fn validate_summary(invalid: usize, total: usize);
        /// `validate`: the last line when some files could not be read (each said already).
        fn validate_unreadable(unreadable: usize, total: usize);
        /// `list`: a questionnaire file that cannot be read (on stderr).
        fn list_cannot_read(path: &str, reason: &str);
        /// `list`: a questionnaire file with errors (on stderr).
        fn list_invalid(path: &str, n: usize);
        /// The name of a demo evaluation, in the questionnaire's default language.
        fn demo_name(title: &str);
        /// The name of the demo's round `n` (2 and after), in the same language.
        fn demo_round_name(n: u64);
        /// `demo`: what was made ("id version"). `collective` is 1 when a collective response was added.
        fn demo_created(dir: &str, n: u64, rounds: u64, questionnaire: &str, seed: u64, collective: u64);
        /// `demo`: what to try next (one round): a command, quoted to be pasted.
        fn demo_try(report: &str);
        /// `demo`: what to try next (several rounds): two commands, quoted to be pasted.
        fn demo_try_rounds(report: &str, compare: &str);
        /// `man COMMAND`: no such command (`commands`: those that have a page).
        fn man_unknown_command(name: &str, commands: &str);
        /// `man --lang`: a language partnereval's own texts are not in.
        fn man_language(lang: &str, languages: &str);
    }
}
