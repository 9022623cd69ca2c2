//! Responses: the JSON file each respondent (or group) submits, and drafts in progress.
//!
//! The format is documented in `docs/response-format.md`; its JSON Schema is generated from
//! these types. No name, e-mail or other contact detail has a place in it.

pub mod answers_file;
pub mod check;
pub mod fast;
pub mod locate;
pub mod parse_error;
pub mod store;
pub mod view;

use std::collections::BTreeMap;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::questionnaire::Definition;

/// Version of the response format this build reads and writes.
pub const RESPONSE_SCHEMA_VERSION: u32 = 1;

/// The code stored for "no answer / don't know".
pub use crate::questionnaire::validate::NO_ANSWER_CODE;

/// A submitted response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "partnereval response")]
pub struct Response {
    /// Version of this format; this build reads version 1.
    pub schema_version: u32,
    /// Random identifier (UUID v4), also the file name; says nothing about the respondent.
    pub id: String,
    /// The questionnaire answered.
    pub questionnaire: QuestionnaireRef,
    /// Language the questionnaire was answered in.
    pub language: String,
    /// Day of submission (no time of day, so responses cannot be matched to who was in the
    /// room when).
    #[schemars(with = "String", extend("format" = "date"))]
    pub submitted: Date,
    /// Whether one person answered, or a group answered together.
    pub mode: Mode,
    /// Answers to the screening questions (true = yes).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub prerequisites: BTreeMap<String, bool>,
    /// Profile field id → choice code; a skipped field ("prefer not to say") is absent.
    #[serde(default)]
    pub profile: BTreeMap<String, String>,
    /// Item id → answer; an unanswered optional item is absent.
    pub answers: BTreeMap<String, Answer>,
    /// Item id → comment.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub comments: BTreeMap<String, String>,
    /// The closing comment, when the questionnaire offers one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing_comment: Option<String>,
}

/// Which questionnaire, exactly, a response answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
    /// The content hash of the normalised definition (`sha256:...`).
    pub hash: String,
}

impl QuestionnaireRef {
    pub fn of(def: &Definition) -> Self {
        QuestionnaireRef {
            id: def.id.clone(),
            version: def.version.clone(),
            hash: def.hash.clone(),
        }
    }
}

/// Who answered: one member, or the group together (one collective diagnosis).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    #[default]
    Individual,
    Collective,
}

/// One answer; which shape is valid depends on the item's kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Answer {
    /// `number` items; a whole number is written without a decimal point (`12`, not
    /// `12.0`).
    #[serde(serialize_with = "whole_when_whole")]
    Number(f64),
    /// `single`: an option code or `no-answer`; `text`: the text; `multiple` and `number`:
    /// `no-answer`.
    Text(String),
    /// `multiple`: the codes ticked.
    Choices(Vec<String>),
    /// `grid`: row id → option code or `no-answer`.
    Rows(BTreeMap<String, String>),
}

impl Answer {
    pub fn no_answer() -> Self {
        Answer::Text(NO_ANSWER_CODE.to_owned())
    }

    pub fn is_no_answer(&self) -> bool {
        matches!(self, Answer::Text(s) if s == NO_ANSWER_CODE)
    }
}

/// A response in progress, saved after every answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "partnereval draft")]
pub struct Draft {
    pub schema_version: u32,
    /// Where to resume: the index of the next question in the survey's sequence.
    pub step: usize,
    /// The answers so far; `submitted` holds the day the draft was started.
    pub response: Response,
}

impl Response {
    /// An empty response to `def`, dated today, with a new random id.
    pub fn new(def: &Definition, language: &str, mode: Mode) -> Self {
        Response {
            schema_version: RESPONSE_SCHEMA_VERSION,
            id: uuid::Uuid::new_v4().simple().to_string(),
            questionnaire: QuestionnaireRef::of(def),
            language: language.to_owned(),
            submitted: today(),
            mode,
            prerequisites: BTreeMap::new(),
            profile: BTreeMap::new(),
            answers: BTreeMap::new(),
            comments: BTreeMap::new(),
            closing_comment: None,
        }
    }
}

/// Today's date where the respondent is.
pub fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

/// Writes a whole number of at most 2^53 as an integer ("12"), any other as a decimal; read
/// back, both are the same `f64`.
fn whole_when_whole<S: serde::Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if x.fract() == 0.0 && x.abs() <= EXACT {
        s.serialize_i64(*x as i64)
    } else {
        s.serialize_f64(*x)
    }
}
