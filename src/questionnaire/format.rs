//! The questionnaire file format (TOML), as written by people.
//!
//! These types are the contract documented in `docs/questionnaire-format.md`; the JSON
//! Schema in `docs/questionnaire.schema.json` is generated from them. They only say what
//! is *shaped* right; [`super::validate`] checks what the file *means*.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::text::Text;

/// The version of the questionnaire format this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A questionnaire definition: metadata, screening, profile, items and scoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "partnereval questionnaire", extend("$id" = "https://partnereval.org/schema/questionnaire-1.json"))]
pub struct QuestionnaireFile {
    /// Version of this file format; this build reads version 1.
    pub schema_version: u32,
    /// Stable identifier, e.g. `action-in-partnership` (lowercase letters, digits, `-`, `_`, `.`).
    pub id: String,
    /// Version of this questionnaire, e.g. `1.0.0`; stored with every response.
    pub version: String,
    /// Languages every text is written in, e.g. `["en", "fr"]`.
    pub languages: Vec<String>,
    /// Language used when none is chosen; defaults to the first of `languages`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_language: Option<String>,
    /// Title shown to respondents and in reports.
    pub title: Text,
    /// What the questionnaire is for; shown in the introduction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Shown in the introduction before anything is asked, e.g. that answers are reported
    /// per organisation and so are not anonymous.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<Text>,
    /// About how long answering takes, in minutes; shown in the introduction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_minutes: Option<u32>,
    /// Who made the instrument this file is based on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<Text>,
    /// Bibliographic source(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// Terms of use of this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Text>,
    /// Whether items accept "no answer / don't know" unless they say otherwise.
    #[serde(default)]
    pub no_answer: NoAnswer,
    /// Where respondents may write comments.
    #[serde(default)]
    pub comments: Comments,
    /// Parameters of the rule that flags items on which respondents disagree.
    #[serde(default)]
    pub divergence: Divergence,
    /// Interpretation bands for item and dimension mean scores. Default: the score range
    /// cut in three equal parts (weak / moderate / strong).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
    /// Named answer scales that several items share (Likert-style instruments).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<Scale>,
    /// Yes/no screening questions asked before the items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prerequisites: Vec<Prerequisite>,
    /// Respondent profile fields asked before the items; always skippable.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profile: Vec<ProfileField>,
    /// The items, in presentation order.
    #[serde(default)]
    pub items: Vec<Item>,
    /// Scoring groups ("conditions"), each listing its items in any order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dimensions: Vec<Dimension>,
    /// A contribution matrix: who brings what into the partnership and gets what back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<Matrix>,
}

/// A contribution matrix reported per organisation (Partner Contribution Matrix).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Matrix {
    /// The profile field that names the respondent's organisation; the matrix shows one row
    /// per organisation, however few answered for it (respondents are told beforehand).
    pub by: String,
    /// The grid item holding what each organisation contributes, one row per category.
    pub contributes: String,
    /// The grid item holding what each organisation receives, with the same rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receives: Option<String>,
    /// Rows that are money; every other contribution counts as in-kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cash_rows: Vec<String>,
}

/// The "no answer / don't know" choice: a flag, never an ordinary option, so it is counted
/// apart and never enters a mean.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoAnswer {
    /// Whether items accept it by default (an item's own `no_answer` overrides this).
    #[serde(default)]
    pub allowed: bool,
    /// The label shown for it; defaults to "No answer / don't know" in the tool's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
}

/// Optional comments: on items, and a closing comment at the end.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comments {
    /// Whether items offer an optional comment unless they say `comment = false`.
    #[serde(default)]
    pub items: bool,
    /// The question inviting a closing comment at the end of the questionnaire; no closing
    /// comment is offered when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<Text>,
}

/// Divergence rule: an item is divergent when at least `threshold` of its valid answers are
/// at the strongest end of the scale *and* at least `threshold` are at the weakest end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Divergence {
    /// Share of valid answers needed at each end, between 0 (exclusive) and 0.5.
    #[serde(default = "default_threshold")]
    pub threshold: f64,
}

/// The default share of answers at each end of the scale that makes an item divergent.
pub const DEFAULT_DIVERGENCE_THRESHOLD: f64 = 0.25;

fn default_threshold() -> f64 {
    DEFAULT_DIVERGENCE_THRESHOLD
}

impl Default for Divergence {
    fn default() -> Self {
        Divergence {
            threshold: DEFAULT_DIVERGENCE_THRESHOLD,
        }
    }
}

/// An interpretation band: a mean score `s` falls in the band when `min <= s < max`, or
/// `s == max` for the highest band. Bands must cover the score range without gap or overlap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Stable identifier, e.g. `strong`.
    pub id: String,
    /// Label shown in reports.
    pub label: Text,
    /// Lowest score in the band (inclusive).
    pub min: f64,
    /// Highest score in the band (exclusive, except for the highest band).
    pub max: f64,
}

/// A named list of options shared by several items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Identifier items use in `scale = "..."`.
    pub id: String,
    /// The options, from the first shown to the last.
    pub options: Vec<AnswerOption>,
    /// Interpretation bands for the means of items on this scale, covering its score
    /// range. Default: the questionnaire's `[[bands]]` when they cover this range, else
    /// the range cut in three equal parts (weak / moderate / strong).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
    /// The change in an item's mean that `compare` counts as a move (beyond it: improved
    /// or declined), in score points. Default: 15 % of the scale's score range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
}

/// One answer option of an item or scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// Code stored in responses, e.g. `A`; unique within the item or scale.
    pub code: String,
    /// What the respondent reads.
    pub label: Text,
    /// Numeric score used in compilation (higher is more favourable). Required for items
    /// that belong to a dimension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Whether the option is ticked alone ("none of these"): ticking it unticks the others,
    /// and a response that ticks it with another option is refused (`multiple` items).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
}

/// A yes/no screening question: the instrument fits when every answer is yes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Prerequisite {
    /// Stable identifier.
    pub id: String,
    /// The question, answered yes or no.
    pub text: Text,
    /// Shown when the answer is no: why the instrument may not fit.
    pub unmet: Text,
}

/// A respondent profile field (sector, role, ...): single choice, always skippable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileField {
    /// Stable identifier, used by `report --by`.
    pub id: String,
    /// The field's name in reports and on the review screen, a word or two ("Sector");
    /// default: its question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// The question.
    pub text: Text,
    /// Optional clarification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// The choices; "prefer not to say" is always offered in addition.
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// Whether the evaluation's partner organisations (`init --partners`) are offered as
    /// choices, before those written here (such as "other").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partners: bool,
}

/// A choice without a score (profile fields).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Code stored in responses.
    pub code: String,
    /// What the respondent reads.
    pub label: Text,
}

/// How an item is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// One option (the default).
    #[default]
    Single,
    /// Any number of options.
    Multiple,
    /// A free-text comment.
    Text,
    /// A number.
    Number,
    /// Several rows answered on one shared scale.
    Grid,
}

impl ItemKind {
    /// The name used in the file.
    pub fn name(self) -> &'static str {
        match self {
            ItemKind::Single => "single",
            ItemKind::Multiple => "multiple",
            ItemKind::Text => "text",
            ItemKind::Number => "number",
            ItemKind::Grid => "grid",
        }
    }

    /// Whether answers have options (inline or from a scale).
    pub fn has_options(self) -> bool {
        matches!(self, ItemKind::Single | ItemKind::Multiple | ItemKind::Grid)
    }

    /// Whether answers are scored, so the item can belong to a dimension.
    pub fn is_scored(self) -> bool {
        matches!(self, ItemKind::Single | ItemKind::Grid)
    }
}

/// One item. Which fields apply depends on `kind`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable identifier stored in responses (letters, digits, `-`, `_`).
    pub id: String,
    /// How the item is answered; default `single`.
    #[serde(default)]
    pub kind: ItemKind,
    /// The statement or question.
    pub text: Text,
    /// A few words naming the item wherever items are listed (report tables, the review
    /// screen), e.g. "Shared goals"; the full text stays one step away. Default: the start
    /// of its text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Text>,
    /// Optional clarification shown under the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// Asked only when earlier answers match this condition, e.g. `"role = yes"`,
    /// `"hours >= 5 and benefits includes training"`, `"profile.sector in (health, social)"`
    /// (see docs/questionnaire-format.md); otherwise the item is not applicable: not asked,
    /// not required, and any answer to it is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<String>,
    /// Whether an answer is needed to submit (the no-answer flag counts as an answer).
    /// Default: true, except for `text` items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Whether "no answer / don't know" is offered; default from the questionnaire's
    /// `[no_answer]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_answer: Option<bool>,
    /// Whether the respondent may add a comment to this item; default from `[comments]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<bool>,
    /// Options written for this item (`single`, `multiple`, `grid`); or use `scale`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<AnswerOption>>,
    /// Id of a shared scale (`single`, `multiple`, `grid`); or use `options`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    /// Whether the item is scored the other way round (`single`, `grid`): for a negatively
    /// worded statement, the option with the highest score becomes the least favourable.
    /// Each score `s` is turned into `low + high − s` before any figure is worked out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reverse: Option<bool>,
    /// Rows of a `grid` item, all answered on the item's options or scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<Vec<Row>>,
    /// Smallest accepted value (`number`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Largest accepted value (`number`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Whether only whole numbers are accepted (`number`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integer: Option<bool>,
    /// Unit shown after the value (`number`), e.g. "hours a month".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// Fewest options to tick (`multiple`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_choices: Option<u32>,
    /// Most options to tick (`multiple`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_choices: Option<u32>,
}

/// A row of a grid item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// Identifier unique within the item; responses store `item.row`.
    pub id: String,
    /// What the row asks about.
    pub text: Text,
}

/// A dimension: a named scoring group of items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// Stable identifier, e.g. `power-balance`.
    pub id: String,
    /// Name shown to people.
    pub name: Text,
    /// What the dimension measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Ids of its items (`single` or `grid`), in any order; an item belongs to one dimension
    /// at most.
    pub items: Vec<String>,
}
