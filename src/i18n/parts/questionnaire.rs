//! Questionnaire files: loading them, and every problem validation finds.
//!
//! The texts are in `locales/<lang>/questionnaire.ftl`. Every message is said to the
//! author of a questionnaire file: what is wrong and how to fix it, in one sentence. The
//! location (`FILE:LINE:COL`) is put before it by the caller; `line` and `column` given
//! here point at another place in the same file (the first of two duplicates).

#[allow(unused_imports)]
use crate::i18n::{Fixed, Short};

messages! {
    /// Questionnaire files: loading them, and every problem validation finds.
    pub struct QuestionnaireMessages;
    parts {}
    texts {
        /// The file is not UTF-8.
        not_utf8,
        /// `version` is empty or has spaces.
        invalid_version,
        /// `languages = []`.
        no_languages,
        /// No `[[items]]`.
        no_items,
        /// A text that is empty or only spaces.
        empty_text,
        /// `options = []`.
        empty_options,
        /// An option whose code is `no-answer`.
        reserved_no_answer,
        /// A profile field with no choices and no `partners = true`.
        empty_choices,
        /// An item with both `options` and `scale`.
        options_and_scale,
        /// A `grid` item without `rows`.
        grid_needs_rows,
        /// `rows = []`.
        empty_rows,
        /// `reverse = true` on an item with fewer than two scored options.
        reverse_needs_scores,
        /// A scale's `threshold` that is not a positive number.
        threshold_not_positive,
        /// A dimension with `items = []`.
        empty_dimension,
        /// Warning: scored items but no `[[dimensions]]`.
        no_dimensions,
        /// A band whose `min` or `max` is infinite or not a number.
        band_limits_not_finite,
        /// serde/toml: an enum (such as `kind`) given something other than a string.
        wanted_string_or_table,
        /// serde: a text that is neither a string nor a table of strings.
        text_shape,
        /// A `multiple` item with `max_choices = 0`.
        max_choices_zero,
        /// `show_if = ""`.
        condition_empty,
        /// What a condition message says was found where nothing more is written.
        condition_end,
        /// A condition with a quote (`role = "yes"`).
        condition_quoted,
    }
    arrays {}
    formats {
        /// `id` of one collection that is not an identifier.
        fn invalid_option_code(id: &str);
        fn invalid_scale_id(id: &str);
        fn invalid_prerequisite_id(id: &str);
        fn invalid_profile_field_id(id: &str);
        fn invalid_choice_code(id: &str);
        fn invalid_item_id(id: &str);
        fn invalid_row_id(id: &str);
        fn invalid_dimension_id(id: &str);
        fn invalid_band_id(id: &str);
        /// `id` used twice in one collection; `line` and `column` of its first use.
        fn duplicate_option_code(id: &str, line: usize, column: usize);
        fn duplicate_scale_id(id: &str, line: usize, column: usize);
        fn duplicate_prerequisite_id(id: &str, line: usize, column: usize);
        fn duplicate_profile_field_id(id: &str, line: usize, column: usize);
        fn duplicate_choice_code(id: &str, line: usize, column: usize);
        fn duplicate_item_id(id: &str, line: usize, column: usize);
        fn duplicate_row_id(id: &str, line: usize, column: usize);
        fn duplicate_dimension_id(id: &str, line: usize, column: usize);
        fn duplicate_band_id(id: &str, line: usize, column: usize);
        /// The questionnaire's own `id` is not valid.
        fn invalid_questionnaire_id(id: &str);
        /// An entry of `languages` that is not a language code.
        fn not_a_language_code(code: &str);
        /// A language written twice in `languages`.
        fn language_twice(lang: &str);
        /// `default_language` is not in `languages`.
        fn default_language_not_declared(lang: &str);
        /// `[divergence] threshold` outside (0, 0.5].
        fn threshold_out_of_range(threshold: Short);
        /// A text table without `lang`.
        fn text_missing_language(lang: &str);
        /// A text in `lang`, not among `declared` (the list as written, comma-separated).
        fn language_not_declared(lang: &str, declared: &str);
        /// A text holding a control character; `code` is its hexadecimal number (`001B`).
        fn control_character(code: &str);
        /// An option `score` that is infinite or not a number.
        fn score_not_finite(score: Short);
        /// Option `code` without a score while others of its list have one.
        fn option_unscored(code: &str);
        /// Warning: a short label of `length` characters, over `max`.
        fn label_too_long(length: usize, max: usize);
        /// An item of `kind` (`single`, `multiple`, `grid`) with neither options nor scale.
        fn needs_options(kind: &str);
        /// `scale = "scale"` names no `[[scales]]`.
        fn unknown_scale(scale: &str, known: &str);
        /// Key `field` given on an item of `kind`, which does not take it.
        fn not_for_kind(field: &str, kind: &str);
        /// `min` or `max` (`field`) of a `number` item is infinite or not a number.
        fn not_finite(field: &str);
        /// A `number` item with `max` below `min`.
        fn max_below_min(min: Short, max: Short);
        /// A `multiple` item with `max_choices` below `min_choices`.
        fn max_choices_below_min(min: u32, max: u32);
        /// `[[bands]]` with items on several score ranges (`ranges`: "1–5, 0–10").
        fn bands_several_ranges(ranges: &str);
        /// `min_choices` or `max_choices` (`field`) set to `value`, above the item's number
        /// of `options`.
        fn choices_above_options(field: &str, value: u32, options: usize);
        /// An option `code` marked exclusive on an item with `min_choices = min` (above 1).
        fn exclusive_min_choices(code: &str, min: u32);
        /// `exclusive = true` on an option of an item of `kind`, which is not `multiple`.
        fn exclusive_not_multiple(kind: &str);
        /// Scale `scale` has exclusive option `code` and item `item` of `kind` (not
        /// `multiple`) uses it.
        fn exclusive_in_scale(code: &str, scale: &str, item: &str, kind: &str);
        /// A condition holds `character`, which has no meaning there.
        fn condition_character(character: &str);
        /// Conditions: what was expected, and what was `found` (`` `x` `` as written, or
        /// [`Self::condition_end`]). An item id or `profile.FIELD`, where a test starts.
        fn condition_expected_item(found: &str);
        /// An operator after the item `id`.
        fn condition_expected_operator(id: &str, found: &str);
        /// `in` after `id not`.
        fn condition_expected_in(id: &str, found: &str);
        /// A code or number after operator `op`.
        fn condition_expected_value(op: &str, found: &str);
        /// A bracketed list of codes after `op` (`in`, `not in`).
        fn condition_expected_list(op: &str, found: &str);
        /// `,` or `)` inside a list of codes.
        fn condition_expected_comma(found: &str);
        /// `)` closing a bracket.
        fn condition_expected_close(found: &str);
        /// `and`, `or` or the end, after a complete test.
        fn condition_expected_and_or(found: &str);
        /// A condition tests item `id`, which does not exist.
        fn condition_unknown_item(id: &str);
        /// A condition tests `profile.id`, which does not exist; `fields`: those that do
        /// (`count` of them), comma-separated.
        fn condition_unknown_profile_field(id: &str, fields: &str, count: usize);
        /// A condition tests profile field `id`, which offers the evaluation's partners.
        fn condition_partners_field(id: &str);
        /// Operator `op` on `id`, of `kind`: `single`, `multiple`, `number`, or `profile`
        /// (a profile field).
        fn condition_operator(op: &str, id: &str, kind: &str);
        /// Item `id`'s condition tests `id` itself.
        fn condition_on_itself(id: &str);
        /// Item `item`'s condition tests item `id`, which comes after it.
        fn condition_forward(id: &str, item: &str);
        /// A condition compares `id` with `code`, not one of its `codes` (comma-separated).
        fn condition_unknown_code(code: &str, id: &str, codes: &str);
        /// A condition compares number item `id` with `value`, which is not a number.
        fn condition_not_a_number(value: &str, id: &str);
        /// A condition tests item `id` of `kind` (`text`, `grid`), whose answers it cannot
        /// read.
        fn condition_not_testable(id: &str, kind: &str);
        /// A dimension lists item `id`, which does not exist.
        fn unknown_item(id: &str);
        /// Item `id` listed by a second dimension; the first lists it at `line`:`column`.
        fn item_in_two_dimensions(id: &str, line: usize, column: usize);
        /// Item `id` of `kind` (`text`, `number`, `multiple`) listed by a dimension.
        fn unscored_kind_in_dimension(id: &str, kind: &str);
        /// Warning: scored item `id` in no dimension.
        fn item_in_no_dimension(id: &str);
        /// Option `code` without a score, on item `item` that is in a dimension.
        fn option_needs_score(code: &str, item: &str);
        /// Band `id` with `max` not above `min`.
        fn empty_band(id: &str, min: Short, max: Short);
        /// Two bands that overlap, each with its limits.
        fn bands_overlap(low: &str, low_min: Short, low_max: Short, high: &str, high_min: Short, high_max: Short);
        /// Two bands with a gap between `from` (the end of `low`) and `to` (the start of `high`).
        fn bands_gap(low: &str, high: &str, from: Short, to: Short);
        /// The lowest band starts at `start`, above the `lowest` score.
        fn bands_start_above(start: Short, lowest: Short);
        /// The highest band ends at `end`, below the `highest` score.
        fn bands_end_below(end: Short, highest: Short);
        /// `[matrix] by` names no profile field.
        fn unknown_profile_field(id: &str);
        /// A `[matrix]` key names `id`, which is not a `grid` item.
        fn not_a_grid(id: &str);
        /// `[matrix] receives` (`receives`) has other rows than `contributes`.
        fn rows_differ(receives: &str, contributes: &str);
        /// `[matrix] cash_rows` names `row`, which is not a row of `item`.
        fn not_a_row(row: &str, item: &str);
        /// The file is over the size limit, `size` mebibytes.
        fn too_large(size: u64);
        /// Arrays and inline tables nested deeper than `levels`.
        fn too_deep(levels: usize);
        /// The TOML parser's `reason` (English, from the parser).
        fn invalid_toml(reason: &str);
        /// No `schema_version`; `version` is the one this build reads.
        fn missing_schema_version(version: u32);
        /// `schema_version = found` (as written), which this build (`version`) cannot read.
        fn newer_version(found: &str, version: u32);
        /// `schema_version` is not an integer but a `kind`: `string`, `float`, `boolean`,
        /// `datetime`, `array` or `table`.
        fn schema_version_type(version: u32, kind: &str);
        /// serde: `missing field`.
        fn missing_field(field: &str);
        /// serde: an unknown key `field`; `fields` are the keys allowed there (`count` of
        /// them), as serde lists them (`` `id`, `kind` ``).
        fn unknown_field(field: &str, fields: &str, count: usize);
        /// serde: an unknown value `value` where `values` (`count` of them) are allowed.
        fn unknown_variant(value: &str, values: &str, count: usize);
        /// serde: a value of the wrong type. `found`: `string`, `integer`, `float`,
        /// `boolean`, `array`, `table`; `value`: the value as serde quotes it (`"twenty"`,
        /// `` `5` ``), empty for arrays and tables; `expected`: `whole-number`, `number`,
        /// `array`, `boolean`, `string`.
        fn invalid_type(found: &str, value: &str, expected: &str);
        /// serde: a value of the right type out of its range (such as a negative whole
        /// number); the same values as [`Self::invalid_type`].
        fn invalid_value(found: &str, value: &str, expected: &str);
        /// serde or toml: a `reason` we do not put in words ourselves (English).
        fn format_problem(reason: &str);
    }
}
