//! Responses, drafts and answers files: reading, checking and storing them.
//!
//! The texts are in `locales/<lang>/responses.ftl`. Message ids start with the place they
//! belong to: `check_` (a response against its questionnaire), `answers_` (answers files),
//! `draft_` and `store_` (drafts and writing files), `file_` (files anyone may have put in a
//! shared folder), `input_` (the files and bundles a report reads), `json_` (what the JSON
//! parser finds wrong in the syntax), `parse_` (what the JSON and TOML parsers find that does
//! not fit the format; see `crate::response::parse_error`).

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// Responses, drafts and answers files: reading, checking and storing them.
    pub struct ResponseMessages;
    parts {}
    texts {
        /// An answer to a text item that is only spaces.
        check_empty_text,
        /// A number answer that is infinite or not a number.
        check_not_finite,
        /// A draft file whose name is not `ID.json`.
        draft_not_a_draft,
        /// What a file system entry is, with its article: a named pipe.
        file_kind_fifo,
        /// … a device.
        file_kind_device,
        /// … a socket.
        file_kind_socket,
        /// … a symbolic link.
        file_kind_link,
        /// … a folder.
        file_kind_folder,
        /// … a regular file.
        file_kind_file,
        /// … anything else.
        file_kind_other,
        /// Why a link inside an evaluation folder is not opened.
        file_link_refused,
        /// A path given on the command line that does not exist.
        input_no_such_file,
        /// `-` given where standard input is a terminal.
        stdin_is_terminal,
        /// Standard input or a named pipe opened a second time (never expected).
        stream_read_twice,
        /// Standard input or a named pipe read again before it was read (never expected).
        stream_not_read_yet,
        /// A file in a responses folder with another extension.
        input_not_a_response_file,
        /// A folder inside a responses folder.
        input_folder_not_read,
        /// A response file with nothing but white space.
        input_empty_file,
        /// Between the problems of one response, on one line: "; ".
        problem_separator,
        /// What a JSON parser finds wrong in the syntax, one text each.
        json_eof_list,
        json_eof_object,
        json_eof_string,
        json_eof_value,
        json_expected_colon,
        json_expected_comma_or_bracket,
        json_expected_comma_or_brace,
        json_expected_ident,
        json_expected_value,
        json_expected_quote,
        json_invalid_escape,
        json_invalid_number,
        json_number_out_of_range,
        json_invalid_unicode,
        json_control_character,
        json_key_not_string,
        json_lone_surrogate,
        json_trailing_comma,
        json_trailing_characters,
        json_end_of_hex_escape,
        json_recursion_limit,
        /// What a parser found where another type was expected: null.
        parse_found_null,
        /// … a list.
        parse_found_sequence,
        /// … an object.
        parse_found_map,
        /// What a parser expected: a string.
        parse_expected_string,
        /// … true or false.
        parse_expected_boolean,
        /// … a whole number of 0 or more.
        parse_expected_unsigned,
        /// … a whole number.
        parse_expected_integer,
        /// … a number.
        parse_expected_number,
        /// … a map (of keys to values).
        parse_expected_map,
        /// … an object (a record with named fields).
        parse_expected_object,
        /// … a list.
        parse_expected_sequence,
        /// … any of the shapes an answer may have.
        parse_expected_answer,
    }
    arrays {}
    formats {
        /// A problem at a place: a key (`answers.q01`) or a file.
        fn located(place: &str, problem: &str);
        /// The submitted day is not `YYYY-MM-DD`.
        fn check_not_a_day(value: &str);
        /// The submitted day is before the earliest a response may carry.
        fn check_day_too_early(value: &str, earliest: &str);
        /// The submitted day is after tomorrow.
        fn check_day_in_future(value: &str);
        /// An id that cannot be a response id (nor a file name).
        fn check_not_a_response_id(id: &str);
        /// A response in a format version this build does not read.
        fn check_version_unsupported(version: u32, supported: u32);
        /// A response to another questionnaire.
        fn check_other_questionnaire(found: &str, expected: &str);
        /// A response to another version of the questionnaire.
        fn check_other_version(version: &str, questionnaire: &str, expected: &str);
        /// A response to another text of the same version (hashes differ).
        fn check_other_text(questionnaire: &str, version: &str, found: &str, expected: &str);
        /// A key given twice (`answers.q01`, `profile.sector`, …).
        fn check_given_twice(key: &str);
        /// A language the questionnaire does not offer; `offered` is a list.
        fn check_language_not_offered(lang: &str, offered: &str);
        /// `prerequisites.ID` that the questionnaire does not have.
        fn check_unknown_prerequisite(key: &str);
        /// `profile.ID` that the questionnaire does not have.
        fn check_unknown_profile_field(key: &str);
        /// A profile code that is not one of the field's choices.
        fn check_not_a_choice(key: &str, code: &str, choices: &str);
        /// `answers.ID` or `comments.ID` for an item the questionnaire does not have.
        fn check_unknown_item(key: &str);
        /// A required item with no answer.
        fn check_required_unanswered(key: &str);
        /// A comment on a grid row the item does not have.
        fn check_no_such_row(key: &str, item: &str, row: &str);
        /// A comment on an item that takes none.
        fn check_no_comments(key: &str);
        /// A comment that is only spaces.
        fn check_empty_comment(key: &str);
        /// A closing comment the questionnaire does not offer.
        fn check_no_closing_comment(key: &str);
        /// `no-answer` (the code) to an item that does not offer it.
        fn check_item_no_no_answer(code: &str);
        /// `no-answer` (the code) in a grid that does not offer it.
        fn check_grid_no_no_answer(code: &str);
        /// A code that is not one of the item's options; `options` is a list.
        fn check_not_an_option(code: &str, options: &str);
        /// A code ticked twice in a multiple-choice answer.
        fn check_ticked_twice(code: &str);
        /// Exclusive option `code` ("none of these") ticked with others.
        fn check_exclusive(code: &str);
        /// An answer or comment (`key`) to an item not asked: its `show_if` (`rule`, as
        /// written in the file's syntax) is not met by the response's other answers.
        fn check_not_applicable(key: &str, rule: &str);
        /// Fewer boxes ticked than the item asks.
        fn check_too_few_ticked(min: u32, n: u32);
        /// More boxes ticked than the item allows.
        fn check_too_many_ticked(max: u32, n: u32);
        /// A number with decimals for an item that takes whole numbers.
        fn check_not_whole(value: Short);
        /// A number outside the item's range.
        fn check_outside_range(value: Short, min: Short, max: Short);
        /// A number below the item's least (it has no greatest).
        fn check_outside_range_at_least(value: Short, min: Short);
        /// A number above the item's greatest (it has no least).
        fn check_outside_range_at_most(value: Short, max: Short);
        /// A grid answer to a row the item does not have.
        fn check_unknown_row(row: &str);
        /// A grid row answered with a code that is not an option.
        fn check_row_not_an_option(row: &str, code: &str, options: &str);
        /// A row of a required grid left unanswered.
        fn check_row_unanswered(row: &str);
        /// An answer of the wrong shape for a `single` item (`kind` is its code).
        fn check_wrong_shape_single(kind: &str);
        /// … for a `multiple` item.
        fn check_wrong_shape_multiple(kind: &str);
        /// … for a `text` item.
        fn check_wrong_shape_text(kind: &str);
        /// … for a `number` item.
        fn check_wrong_shape_number(kind: &str);
        /// … for a `grid` item.
        fn check_wrong_shape_grid(kind: &str);
        /// An answers file's `schema_version` this build does not read.
        fn answers_version_unsupported(version: u32, supported: u32);
        /// A value in `answers` that is no kind of answer; `code` is `no-answer`.
        fn answers_not_an_answer(code: &str);
        /// A folder that cannot be made.
        fn store_cannot_create_folder(path: &str);
        /// A folder that cannot be opened.
        fn store_cannot_open_folder(path: &str);
        /// A folder of the evaluation replaced by a link or a file.
        fn store_not_an_evaluation_folder(path: &str);
        /// A temporary file that cannot be made in a folder.
        fn store_cannot_create_file_in(dir: &str);
        /// Writing into a folder failed.
        fn store_cannot_write_to(dir: &str);
        /// Putting the written file in place failed.
        fn store_cannot_write(path: &str);
        /// A draft that cannot be removed.
        fn draft_cannot_remove(path: &str);
        /// A draft id (from the command line) that is not an id.
        fn draft_not_an_id(id: &str);
        /// No draft of that id.
        fn draft_missing(id: &str, dir: &str);
        /// A draft that is not a valid draft, and what the parser says.
        fn draft_not_valid(reason: &str);
        /// A draft file whose content names another draft.
        fn draft_misnamed(found: &str, id: &str);
        /// A draft in a format version this build does not read.
        fn draft_version_unsupported(version: u32);
        /// A draft file whose name is not an id.
        fn draft_bad_name(problem: &str);
        /// A file that cannot be read, and why (the system's words).
        fn file_cannot_read(reason: &str);
        /// A file system entry that is not a regular file (`kind` is one of the kinds).
        fn file_not_regular(kind: &str);
        /// A file over the limit read for its kind (`size` is a size).
        fn file_too_large(size: &str);
        /// A size in mebibytes.
        fn file_size_mib(n: u64);
        /// A size in kibibytes.
        fn file_size_kib(n: u64);
        /// A size in bytes.
        fn file_size_bytes(n: u64);
        /// An entry of a responses folder that is not read, and why.
        fn input_not_read(reason: &str);
        /// A warning on the terminal about a file.
        fn input_warning(file: &str, reason: &str);
        /// A path given to `report` that is neither a file nor a folder.
        fn input_not_a_source(kind: &str);
        /// Waiting for something to write into the named pipe `name` (on stderr).
        fn stream_waiting(name: &str);
        /// `-` or a named pipe given twice to one command (`name` is `-` or the path).
        fn stream_given_twice(name: &str);
        /// A response file over the limit.
        fn input_response_too_large(size: &str);
        /// A response that is not UTF-8, with the first bad byte (counted from 1).
        fn input_not_utf8(byte: usize);
        /// Not JSON, and what the parser says.
        fn input_not_json(detail: &str);
        /// JSON, but not a response, and what is wrong.
        fn input_not_a_response(detail: &str);
        /// A bundle line over the limit.
        fn input_line_too_long(size: &str);
        /// A bundle with too many invalid lines.
        fn input_too_many_bad_lines(n: usize);
        /// A source that could not be read again to find repeated ids.
        fn input_reread_failed(reason: &str);
        /// A response that repeats another's id.
        fn input_repeats_id(id: &str, place: &str);
        /// What a JSON parser says, at a line and column.
        fn json_at(problem: &str, line: usize, column: usize);
        /// A field the format does not have; `expected` is a list of fields, maybe empty.
        fn parse_unknown_field(field: &str, expected: &str);
        /// A field the format requires.
        fn parse_missing_field(field: &str);
        /// A field given twice.
        fn parse_duplicate_field(field: &str);
        /// A value that is not one of those allowed; `expected` is a list.
        fn parse_unknown_variant(value: &str, expected: &str);
        /// A value of the wrong type (what was found, what was expected).
        fn parse_invalid_type(found: &str, expected: &str);
        /// A value of the right type but not allowed.
        fn parse_invalid_value(found: &str, expected: &str);
        /// A boolean found where something else was expected.
        fn parse_found_boolean(value: &str);
        /// An integer found where something else was expected.
        fn parse_found_integer(value: &str);
        /// A number with decimals found where something else was expected.
        fn parse_found_float(value: &str);
        /// A string (`value`, in double quotes) found where something else was expected.
        fn parse_found_string(value: &str);
    }
}
