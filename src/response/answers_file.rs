//! Answers files: a response prepared without a terminal (`take --answers FILE`).
//!
//! TOML or JSON; documented in `docs/answers-format.md`. It is checked against the
//! questionnaire like any response, then written exactly like an interactive one.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::check::{Identity, Problem, check_keyed};
use super::{Answer, Mode, Response};
use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;
use crate::questionnaire::Definition;

/// The answers of one respondent or group, as a person or script writes them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "partnereval answers file")]
pub struct AnswersFile {
    /// Optional; when given, must be 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<u32>,
    /// `individual` (default) or `collective`.
    #[serde(default)]
    pub mode: Mode,
    /// Language the answers were given in; default: the language chosen with `--lang`, or
    /// the questionnaire's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Prerequisite id → yes (true) or no (false).
    #[serde(default)]
    pub prerequisites: BTreeMap<String, bool>,
    /// Profile field id → choice code; leave a field out to skip it.
    #[serde(default)]
    pub profile: BTreeMap<String, String>,
    /// Item id → option code, `no-answer`, text, number, list of codes or table of rows.
    pub answers: BTreeMap<String, Answer>,
    /// Item id → comment.
    #[serde(default)]
    pub comments: BTreeMap<String, String>,
    /// The closing comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing_comment: Option<String>,
}

/// Whether an answers file is JSON: when `name` ends in `.json` or the text starts with
/// `{` (after a byte-order mark and white space); TOML otherwise.
fn is_json(name: &str, text: &str) -> bool {
    name.ends_with(".json")
        || crate::encoding::normalised(text)
            .trim_start()
            .starts_with('{')
}

/// Parses an answers file (JSON or TOML, see [`is_json`]); a byte-order mark and CRLF line
/// ends are accepted. A problem is located as `FILE:LINE:COL`.
pub fn parse(name: &str, text: &str) -> Result<AnswersFile, Error> {
    let text: &str = &crate::encoding::normalised(text);
    let located = |offset: usize, message: String| {
        Error::InvalidFile(vec![Diagnostic::at(
            name,
            text,
            offset,
            Severity::Error,
            message,
        )])
    };
    if is_json(name, text) {
        serde_json::from_str(text).map_err(|e| {
            let offset = offset_of(text, e.line(), e.column());
            located(
                offset,
                crate::sanitize::one_line(&super::parse_error::json_problem(&e)),
            )
        })
    } else {
        toml::from_str(text)
            .map_err(|e| located(e.span().map_or(0, |s| s.start), in_words(e.message())))
    }
}

/// A parser message on one line, in the reader's language, without Rust type names.
fn in_words(message: &str) -> String {
    crate::sanitize::one_line(&super::parse_error::serde_message(message))
}

/// Byte offset of 1-based `line` and `column` (serde_json counts columns in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

/// Turns answers into a response to `def`, listing every problem when they do not fit, each
/// at the line of its key in `text` (the answers file they were read from).
pub fn into_response(
    name: &str,
    text: &str,
    answers: AnswersFile,
    def: &Definition,
    language: Option<&str>,
) -> Result<Response, Error> {
    let mut problems = Vec::new();
    if let Some(v) = answers.schema_version
        && v != super::RESPONSE_SCHEMA_VERSION
    {
        problems.push(Problem {
            key: vec!["schema_version".to_owned()],
            text: crate::i18n::current()
                .responses
                .answers_version_unsupported(v, super::RESPONSE_SCHEMA_VERSION),
        });
    }
    let lang = answers
        .language
        .as_deref()
        .or(language)
        .unwrap_or(&def.default_language);
    let mut response = Response::new(def, lang, answers.mode);
    response.prerequisites = answers.prerequisites;
    response.profile = answers.profile;
    response.answers = answers.answers;
    response.comments = answers.comments;
    response.closing_comment = answers.closing_comment;
    problems.extend(check_keyed(&response, def, Identity::Ignore));
    if problems.is_empty() {
        return Ok(response);
    }
    let text: &str = &crate::encoding::normalised(text);
    let json = is_json(name, text);
    // In the order of the checks: the answers given, then those missing.
    let diagnostics: Vec<Diagnostic> = problems
        .into_iter()
        .map(|p| {
            let offset = super::locate::key_offset(text, json, &p.key);
            Diagnostic::at(name, text, offset, Severity::Error, p.text)
        })
        .collect();
    Err(Error::ProblemsAt {
        file: name.to_owned(),
        diagnostics,
    })
}
