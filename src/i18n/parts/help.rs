//! The help of the command line: what each command and option is for.
//!
//! The texts are in `locales/<lang>/help.ftl`. English help comes from the doc comments of
//! `src/cli.rs` (clap's derive); the English texts here are the same words (a test in
//! `cli.rs` holds them together), for translators to start from. `cli::command` puts the
//! texts of another language in place of clap's.

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// The help of the command line: what each command and option is for.
    pub struct HelpMessages;
    parts {}
    texts {
        /// What partnereval is (`partnereval --help`, first line).
        cli_about,
        /// After `partnereval --help`: how the language is chosen, the exit codes.
        cli_after_help,
        /// The heading of the usage line, with its colon.
        cli_usage_heading,
        /// Section headings of the help, with their colon (which clap writes).
        cli_heading_commands,
        cli_heading_arguments,
        cli_heading_options,
        /// clap's own `-h`, `--help`, `-V` and `help`.
        cli_help_flag,
        cli_help_flag_more,
        cli_help_flag_summary,
        cli_version_flag,
        cli_help_command_about,
        cli_help_command_arg,
        /// Placeholders for values (`<FILE>`), by the English placeholder.
        cli_value_when,
        cli_value_lang,
        cli_value_langs,
        cli_value_file,
        cli_value_dir,
        cli_value_target,
        cli_value_responses,
        cli_value_field,
        cli_value_round,
        cli_value_name,
        cli_value_round_or_path,
        cli_value_command,
        /// `--color` (every command).
        cli_color,
        cli_list_about,
        cli_list_format,
        cli_list_lang,
        cli_show_about,
        cli_show_questionnaire,
        cli_show_lang,
        cli_show_format,
        cli_validate_about,
        cli_validate_files,
        cli_init_about,
        cli_init_dir,
        cli_init_questionnaire,
        cli_init_name,
        cli_init_lang,
        cli_init_min_group,
        cli_init_partners,
        cli_take_about,
        cli_take_target,
        cli_take_out,
        cli_take_lang,
        cli_take_collective,
        cli_take_plain,
        cli_take_answers,
        cli_take_resume,
        cli_take_round,
        cli_serve_about,
        cli_serve_evaluation,
        cli_serve_lan,
        cli_serve_bind,
        cli_serve_lang,
        cli_serve_tls_cert,
        cli_serve_tls_key,
        cli_report_about,
        cli_report_target,
        cli_report_responses,
        cli_report_format,
        cli_report_by,
        cli_report_round,
        cli_report_no_scores,
        /// `--lang`, `--min-group`, `--skip-invalid` of `report` and `compare`.
        cli_compile_lang,
        cli_compile_min_group,
        cli_compile_skip_invalid,
        /// `--output` and `--force` of `report`, `compare` and `export`.
        cli_output,
        cli_force,
        cli_round_about,
        cli_round_new_about,
        cli_round_new_dir,
        cli_round_new_name,
        cli_round_new_first_name,
        cli_round_list_about,
        cli_round_list_dir,
        cli_round_list_format,
        cli_compare_about,
        cli_compare_target,
        cli_compare_from,
        cli_compare_to,
        cli_compare_threshold,
        cli_compare_format,
        cli_export_about,
        cli_export_target,
        cli_export_responses,
        cli_export_format,
        cli_export_round,
        cli_export_skip_invalid,
        cli_demo_about,
        cli_demo_dir,
        cli_demo_questionnaire,
        cli_demo_respondents,
        cli_demo_seed,
        cli_demo_collective,
        cli_demo_rounds,
        cli_demo_bundle,
        cli_schema_about,
        cli_schema_name,
        cli_completions_about,
        cli_completions_shell,
        cli_man_about,
        cli_man_command,
        cli_man_out_dir,
        cli_man_lang,
        /// The manual pages (`partnereval man`): the manual they belong to (at the top of
        /// every page), and the headings of their sections that are not the help's.
        man_manual,
        man_heading_name,
        man_heading_synopsis,
        man_heading_description,
        man_heading_commands,
        man_heading_notes,
        man_heading_version,
        man_heading_see_also,
        /// clap's errors: the arguments a command needs and was not given (a list follows).
        clap_missing_required,
    }
    arrays {}
    formats {
        /// After an option's help: its default value.
        fn cli_default_value(value: &str);
        /// After an option's help: the values it takes.
        fn cli_possible_values(values: &str);
        /// clap's errors (when the command line cannot be read), each on a line starting
        /// with `clap_error`.
        fn clap_error(message: &str);
        fn clap_unknown_argument(arg: &str);
        fn clap_invalid_value(value: &str, arg: &str);
        fn clap_value_required(arg: &str);
        fn clap_invalid_subcommand(name: &str);
        fn clap_missing_subcommand(name: &str);
        fn clap_subcommands(values: &str);
        fn clap_conflict(arg: &str, other: &str);
        /// (a list of the other arguments follows)
        fn clap_conflict_list(arg: &str);
        fn clap_used_twice(arg: &str);
        fn clap_too_many_values(value: &str, arg: &str);
        /// clap's suggestions: (the similar names, quoted, how many).
        fn clap_similar_argument(values: &str, n: usize);
        fn clap_similar_subcommand(values: &str, n: usize);
        fn clap_similar_value(values: &str, n: usize);
        /// clap's other tips, given in English by clap.
        fn clap_tip(tip: &str);
        /// clap's tip for a value that looks like an option: "to pass '-x' as a value, use
        /// '-- -x'" (`arg` and `usage` are quoted already).
        fn clap_tip_as_value(arg: &str, usage: &str);
        /// clap's tip that an option exists under a subcommand: "'round new --name' exists".
        fn clap_tip_exists(usage: &str);
        /// clap's tip for a subcommand written after `--`.
        fn clap_tip_remove_dashes(subcommand: &str);
        fn clap_try_help(flag: &str);
        /// A value quoted in clap's errors: 'x' in English, « x » in French.
        fn clap_quoted(value: &str);
    }
}
