//! Compiled results for the facilitator's discussion: one model, several renderers.
//!
//! [`compile`] turns a questionnaire and its responses into a [`Report`], a plain
//! `Serialize` value documented in `docs/report-format.md`; `render/` writes it as a
//! table, JSON, CSV or Markdown.

pub mod accumulate;
pub mod anonymity;
pub mod compare;
pub mod input;
pub mod matrix;
pub mod other;
pub mod render;
pub mod stats;
pub mod stream;

use crate::questionnaire::format::Band;
use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::{Messages, messages};
use crate::questionnaire::Definition;
use crate::response::{Answer, NO_ANSWER_CODE, Response};
use accumulate::{Acc, Counts, Layout};
use anonymity::{Group, plan};
use stats::Tally;

/// The code of a group pooled by the minimum group size (no choice code can have brackets).
pub const POOLED_CODE: &str = "(pooled)";
/// The code of the respondents who did not answer a profile question.
pub const NOT_STATED_CODE: &str = "(not stated)";

/// Version of the report JSON format.
pub const REPORT_SCHEMA_VERSION: u32 = 1;

/// An item is least favourable when at least this share of its valid answers chose its
/// least favourable options (those in the lowest third of its score range): a third.
pub const LEAST_FAVOURABLE_SHARE: f64 = 1.0 / 3.0;

/// The id of the common 0–100 scale in `rules.scales`: the means of conditions (and the
/// overall) over items on different scales.
pub const COMMON_SCALE: &str = "common";

/// Why an item is to discuss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Many chose its least favourable option ([`LEAST_FAVOURABLE_SHARE`] or more).
    LeastFavourable,
    /// Its answers sit at both ends of the scale.
    Divergent,
}

/// A compiled report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "partnereval report")]
pub struct Report {
    pub schema_version: u32,
    pub questionnaire: QuestionnaireInfo,
    /// Name of the evaluation, when compiled from an evaluation folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<String>,
    /// Name of the round, when the evaluation has several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<String>,
    /// Language of the report's texts.
    pub language: String,
    /// Whether the renderers for people leave out scores, means, bands and the overall
    /// (`report --no-scores`); JSON and CSV keep every figure.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub scores_hidden: bool,
    /// The rules behind every figure, in words.
    pub rules: Rules,
    /// The answer options of the scored items, in the scale's order (highest score first).
    pub options: Vec<OptionInfo>,
    /// Individual responses compiled.
    pub respondents: usize,
    /// Unfinished drafts (a count only).
    pub drafts: usize,
    /// Files (or lines) that were not compiled, and why.
    pub skipped: Vec<Skipped>,
    /// Why the figures are withheld, when there are too few respondents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<String>,
    /// Respondents per profile group, for each profile field.
    pub participation: Vec<Breakdown>,
    /// How the individual respondents answered each prerequisite (yes/no screening
    /// questions), with what a "no" means.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prerequisites: Vec<PrerequisiteAnswers>,
    /// The least favourable and the divergent items, with the rule that put each there.
    pub to_discuss: Vec<ToDiscuss>,
    pub items: Vec<ItemStats>,
    pub dimensions: Vec<DimensionStats>,
    pub overall: Option<DimensionStats>,
    /// Figures per profile group (`report --by FIELD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Grouped>,
    /// Groups pooled or hidden by the minimum group size, and why.
    pub hidden_groups: Vec<HiddenGroups>,
    /// Items answered (A, B, C…) by fewer respondents than the minimum group size, but by
    /// some: their figures are not shown anywhere (not in `items`, not in any group, not in
    /// the collective's majority), and dimensions and overall are over the other items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withheld_items: Vec<String>,
    /// Multiple-choice items: how many ticked each option.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<other::ChoiceStats>,
    /// Number items: their distribution.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub numbers: Vec<other::NumberStats>,
    /// Open questions: what respondents wrote, in alphabetical order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open: Vec<other::OpenAnswers>,
    /// Collective responses beside the compiled individual answers.
    pub collective: Vec<Collective>,
    /// Comments by dimension, never tied to a profile group.
    pub comments: Vec<CommentGroup>,
    /// Closing comments.
    pub closing_comments: Vec<String>,
    /// The contribution matrix, for questionnaires that declare one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<matrix::MatrixReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireInfo {
    pub id: String,
    pub version: String,
    pub hash: String,
    pub title: String,
}

/// The rules, stated so that every reader of the report can check a figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub percentages: String,
    /// That scores, means, bands and the overall are partnereval's reading aids, not part
    /// of the original instrument.
    pub reading_aid: String,
    pub mean: String,
    pub bands: Vec<BandInfo>,
    pub band_rule: String,
    pub divergence_threshold: f64,
    pub divergence: String,
    /// The share of valid answers on an item's least favourable option (0–1) from which
    /// it is least favourable.
    pub least_favourable_threshold: f64,
    pub least_favourable: String,
    /// The scales items are read on, when there are several: each with its range and
    /// bands (`common` for means over items on different scales, on 0 to 100); absent
    /// when every item is on one scale (then `bands` are its bands).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<ScaleInfo>,
    /// How means over items on different scales are made; absent when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_scale: Option<String>,
    /// The reverse-scored items and what that means; absent when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reversed: Option<String>,
    pub min_group_size: usize,
    pub anonymity: String,
}

/// An answer option as reports show it: its code and score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OptionInfo {
    pub code: String,
    pub score: Option<f64>,
}

/// A scale of the report: the items read on it, its score range and bands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScaleInfo {
    /// The questionnaire's scale id, else the first item on it; `common` for the common
    /// 0–100 scale.
    pub id: String,
    pub low: f64,
    pub high: f64,
    pub bands: Vec<BandInfo>,
    /// The items on it (none for `common`).
    pub items: Vec<String>,
    /// Its options, highest score first, with the labels of its first item (none for
    /// `common`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ScaleOption>,
}

/// An option of a scale, for legends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScaleOption {
    pub code: String,
    pub label: String,
    pub score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BandInfo {
    pub id: String,
    pub label: String,
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Skipped {
    pub file: String,
    pub reason: String,
    /// The same problem located as `FILE:LINE:COL`, when it has a place (a JSON error), for
    /// the lines on stderr; not part of the report.
    #[serde(skip)]
    #[schemars(skip)]
    pub at: Option<crate::diagnostic::Diagnostic>,
}

impl Skipped {
    /// The problem as a line on stderr: `FILE:LINE:COL: error: …` where it has a place,
    /// else `FILE: error: …`.
    pub fn line(&self) -> String {
        match &self.at {
            Some(d) => d.to_string(),
            None => crate::i18n::current()
                .commands
                .problem_line(&self.file, &crate::sanitize::for_terminal(&self.reason)),
        }
    }
}

/// The answers to one prerequisite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PrerequisiteAnswers {
    pub id: String,
    /// The question.
    pub text: String,
    /// What a "no" means: why the instrument may not fit.
    pub unmet: String,
    /// Individual respondents who answered yes, and no (the others did not answer it).
    pub yes: usize,
    pub no: usize,
}

/// Respondents per group of one profile field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Breakdown {
    pub field: String,
    pub label: String,
    pub groups: Vec<GroupCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupCount {
    /// The choice code; `(pooled)` for a pooled group, `(not stated)` for those who skipped.
    pub code: String,
    pub label: String,
    pub n: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ToDiscuss {
    pub item: String,
    pub text: String,
    pub reasons: Vec<Reason>,
    /// The rules that put the item here, in words.
    pub rules: Vec<String>,
    /// The least favourable option (several when they share the lowest score).
    pub least_options: Vec<String>,
    /// Percentage of the valid answers on the least favourable option.
    pub least_percent: Option<f64>,
    pub mean: Option<f64>,
    /// The id of the band of the mean (its label is in `rules.bands`).
    pub band: Option<String>,
}

/// The compiled answers to one scored item (or one row of a grid: `item.row`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemStats {
    pub id: String,
    pub text: String,
    /// A few words naming the item where items are listed: its `short` label; for a row
    /// of a grid, the grid's short label (else its id) and the row's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    pub dimension: Option<String>,
    /// Valid answers (every answer but no-answer).
    pub n: usize,
    /// Option code → number of answers, for every option of the item.
    pub counts: BTreeMap<String, usize>,
    pub no_answer: usize,
    /// Respondents the item was not asked: its `show_if` was not met by their answers.
    /// Counted apart from `no_answer`; neither is in `n` or the percentages. Absent when 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub not_applicable: usize,
    /// Option code → percentage of the valid answers.
    pub percent: BTreeMap<String, f64>,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    /// Sample standard deviation (n − 1).
    pub sd: Option<f64>,
    /// The id of the band of the mean (its label is in `rules.bands`).
    pub band: Option<String>,
    pub divergent: bool,
    /// Whether the item is reverse-scored (its scores are already turned around).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reversed: bool,
    /// The entry of `rules.scales` its mean and band are read on, when items are on
    /// several scales.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Pooled answers over the items of a dimension (or over all items: `overall`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DimensionStats {
    pub id: String,
    pub name: String,
    pub items: Vec<String>,
    /// Valid answers over all its items.
    pub n: usize,
    pub counts: BTreeMap<String, usize>,
    pub no_answer: usize,
    pub percent: BTreeMap<String, f64>,
    pub mean: Option<f64>,
    /// The id of the band of the mean (its label is in `rules.bands`).
    pub band: Option<String>,
    pub divergent_items: usize,
    /// The entry of `rules.scales` its mean is read on, when items are on several scales:
    /// its items' shared scale, or `common` (0 to 100) when they are on different ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    /// Each distinct mean score of the individual respondents counted here (a respondent's
    /// mean over the items of the dimension they answered, withheld items left out), with
    /// how many respondents had it, lowest first: for `compare`, whose test of a
    /// dimension's change shuffles whole respondents between the rounds (one person's
    /// answers to several items are not independent). Respondent-level data: never
    /// serialised, never shown; only the test's p-value leaves the comparison. `None` when
    /// not known: groups of `--by`, a report read back from JSON, a withheld report, or
    /// see [`accumulate::Acc::respondent_means`].
    #[serde(skip)]
    pub respondent_means: Option<accumulate::RespondentMeans>,
}

/// Figures for each shown group of a profile field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Grouped {
    pub field: String,
    pub label: String,
    pub groups: Vec<GroupStats>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupStats {
    pub code: String,
    pub label: String,
    pub n: usize,
    /// The items shown for this group (those withheld are in `withheld_items`).
    pub items: Vec<ItemStats>,
    /// Items whose figures rest on fewer valid answers than the minimum group size in this
    /// group (or would let another group's be worked out): not shown, and left out of the
    /// group's dimensions and overall.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withheld_items: Vec<String>,
    pub dimensions: Vec<DimensionStats>,
    pub overall: Option<DimensionStats>,
}

/// What the minimum group size did to some groups of a breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum HiddenAction {
    /// Shown together as "other".
    Pooled,
    /// Not shown.
    Hidden,
    /// The whole breakdown, which could be subtracted from another.
    Withheld,
    /// Some items of a group.
    ItemsWithheld,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HiddenGroups {
    pub field: String,
    /// The field's name in the report's language (its `label`, else its question).
    pub label: String,
    /// The groups concerned (labels); empty when the whole breakdown is withheld.
    pub groups: Vec<String>,
    /// `pooled` (shown together as "other"), `hidden`, `withheld` (the whole breakdown,
    /// which could be subtracted from another) or `items-withheld` (some items of a group).
    #[schemars(with = "String")]
    pub action: HiddenAction,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Collective {
    pub id: String,
    #[schemars(with = "String")]
    pub submitted: jiff::civil::Date,
    pub items: Vec<CollectiveItem>,
    /// Items where the collective answer is not the individual majority.
    pub differs: Vec<String>,
    /// The group's mean score per dimension (over the items it answered), with its band.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dimensions: Vec<CollectiveDimension>,
    /// The group's mean score over all its scored answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall: Option<CollectiveDimension>,
    /// The group's comments on items (its own: never mixed with the individual ones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<ItemComment>,
    /// The group's closing comment (never mixed with the individual ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing_comment: Option<String>,
}

/// The collective response's mean score over the items of one dimension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CollectiveDimension {
    pub id: String,
    pub name: String,
    /// Scored answers counted (not "no answer").
    pub n: usize,
    pub mean: Option<f64>,
    pub band: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CollectiveItem {
    pub id: String,
    /// The item's statement (a grid row's: the statement and the row).
    pub text: String,
    /// A few words naming the item (see `ItemStats::short`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// The group's answer (an option code or `no-answer`); absent when not given.
    pub answer: Option<String>,
    /// The label of the group's answer, in the report's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_label: Option<String>,
    /// The score of the group's answer, when the option is scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The most frequent individual answers (several when tied).
    pub majority: Vec<String>,
    pub differs: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CommentGroup {
    /// The dimension id; absent for items in no dimension.
    pub dimension: Option<String>,
    pub label: String,
    pub comments: Vec<ItemComment>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemComment {
    pub item: String,
    pub text: String,
}

/// What the report is asked for.
#[derive(Debug, Clone)]
pub struct Options {
    pub language: String,
    pub min_group_size: usize,
    pub by: Option<String>,
    pub evaluation: Option<String>,
    /// The round's name, when the evaluation has several.
    pub round: Option<String>,
    /// The evaluation's partner organisations (codes), for the matrix.
    pub partners: Vec<String>,
    /// The profile fields reports may break figures down by (`report_by`): with several,
    /// a breakdown is shown only if it cannot be subtracted from another.
    pub report_by: Vec<String>,
    /// Whether scores, means and bands are left out of what people read (`--no-scores`).
    pub no_scores: bool,
}

/// Per pair of shown groups (one of each field): the respondents they share, and their
/// valid answers to each question.
type Crossings = BTreeMap<(usize, usize), (i64, Vec<i64>)>;

/// The groups of one profile field as they may be shown.
struct FieldGroups {
    label: String,
    /// Each shown group with the profile codes it stands for (several when pooled).
    shown: Vec<(GroupCount, Vec<Option<String>>)>,
    notes: Vec<HiddenGroups>,
}

struct Compiler<'d> {
    def: &'d Definition,
    layout: &'d Layout<'d>,
    m: &'static Messages,
    lang: String,
    /// The text of each question, in the report's language.
    texts: Vec<String>,
    /// The short label of each question, in the report's language.
    shorts: Vec<Option<String>>,
    /// The bands each question's mean is read on (empty without scores).
    bands: Vec<Vec<Band>>,
    /// The different band sets in use, in order of first use: each with the questions
    /// read on it (several sets: their means are never pooled as they are).
    sets: Vec<(Vec<Band>, Vec<usize>)>,
}

/// The bands of means pooled over items on different scales, on the common 0–100 scale.
fn common_bands() -> Vec<Band> {
    crate::questionnaire::default_bands(0.0, 100.0)
}

/// How the means of several questions are read.
enum Reading<'b> {
    /// On the scale they share, with its bands.
    Shared(&'b [Band]),
    /// Each answer as its place in its item's score range, 0 to 100.
    Common,
}

impl<'d> Compiler<'d> {
    fn new(layout: &'d Layout<'d>, lang: &str) -> Self {
        let def = layout.def;
        let text =
            |t: &crate::text::Text| crate::sanitize::one_line(t.get(lang, &def.default_language));
        let texts = layout
            .questions
            .iter()
            .map(
                |q| match q.row.and_then(|r| q.item.rows.iter().find(|x| x.id == r)) {
                    Some(row) => format!("{} {}", text(&q.item.text), text(&row.text)),
                    None => text(&q.item.text),
                },
            )
            .collect();
        let shorts = layout
            .questions
            .iter()
            .map(|q| {
                let short = q.item.short.as_ref().map(text);
                match q.row.and_then(|r| q.item.rows.iter().find(|x| x.id == r)) {
                    Some(row) => Some(format!(
                        "{} · {}",
                        short.unwrap_or_else(|| q.item.id.clone()),
                        text(&row.text)
                    )),
                    None => short,
                }
            })
            .collect();
        let bands: Vec<Vec<Band>> = layout
            .questions
            .iter()
            .map(|q| def.item_bands(q.item).into_owned())
            .collect();
        let mut sets: Vec<(Vec<Band>, Vec<usize>)> = Vec::new();
        for (q, b) in bands.iter().enumerate().filter(|(_, b)| !b.is_empty()) {
            match sets.iter_mut().find(|(set, _)| set == b) {
                Some((_, qs)) => qs.push(q),
                None => sets.push((b.clone(), vec![q])),
            }
        }
        Compiler {
            def,
            layout,
            m: messages(lang),
            lang: lang.to_owned(),
            texts,
            shorts,
            bands,
            sets,
        }
    }

    /// How the means over `questions` are read: on their shared bands, or on the common
    /// scale when their items are on different ones.
    fn reading(&self, questions: impl Iterator<Item = usize>) -> Reading<'_> {
        let mut first: Option<&[Band]> = None;
        for q in questions {
            let b = &self.bands[q];
            if b.is_empty() {
                continue;
            }
            match first {
                None => first = Some(b),
                Some(f) if f != b.as_slice() => return Reading::Common,
                Some(_) => {}
            }
        }
        Reading::Shared(first.unwrap_or(&self.def.bands))
    }

    /// A score of question `q` as its place in the item's score range, 0 to 100.
    fn on_common_scale(&self, q: usize, score: f64) -> f64 {
        match self.layout.questions[q].item.score_range() {
            Some((lo, hi)) if hi > lo => 100.0 * (score - lo) / (hi - lo),
            _ => 0.0,
        }
    }

    /// The id of the band scale entry (`rules.scales`) of a set of bands, when there are
    /// several; `None` when all items share one.
    fn set_id(&self, bands: &[Band]) -> Option<String> {
        if self.sets.len() < 2 {
            return None;
        }
        let (_, qs) = self.sets.iter().find(|(b, _)| b == bands)?;
        let first = &self.layout.questions[qs[0]];
        Some(first.item.scale.clone().unwrap_or_else(|| first.id.clone()))
    }

    /// A profile field's name: its label, else its question, else its id.
    fn field_label(&self, id: &str) -> String {
        self.def.profile.iter().find(|f| f.id == id).map_or_else(
            || id.to_owned(),
            |f| self.text(f.label.as_ref().unwrap_or(&f.text)),
        )
    }

    fn text(&self, t: &crate::text::Text) -> String {
        crate::sanitize::one_line(t.get(&self.lang, &self.def.default_language))
    }

    /// The tally of question `q` from its counts.
    fn tally(&self, q: usize, counts: &Counts) -> Tally {
        let mut t = Tally::default();
        for (k, o) in self.layout.questions[q].item.options.iter().enumerate() {
            let n = counts.options.get(k).copied().unwrap_or(0).max(0) as usize;
            t.add_many(&o.code, o.score, n);
        }
        t.no_answer = counts.no_answer.max(0) as usize;
        t
    }

    fn item_stats(&self, q: usize, counts: &Counts) -> (ItemStats, Tally) {
        let t = self.tally(q, counts);
        let s = &self.layout.questions[q];
        // Contribution levels differ between organisations by design: the matrix shows its
        // own disagreements (within an organisation), and no divergence.
        let divergent = !self.def.is_matrix_level(&s.id)
            && t.divergent(
                &s.item.upper_third(),
                &s.item.lower_third(),
                self.def.divergence.threshold,
            );
        let stats = ItemStats {
            id: s.id.clone(),
            text: self.texts[q].clone(),
            short: self.shorts[q].clone(),
            dimension: s.item.dimension.clone(),
            n: t.valid(),
            counts: t.counts.clone(),
            no_answer: t.no_answer,
            not_applicable: counts.not_applicable.max(0) as usize,
            percent: t.percent(),
            mean: t.mean(),
            median: t.median(),
            sd: t.sd(),
            band: t
                .mean()
                .and_then(|m| crate::questionnaire::band_in(&self.bands[q], m))
                .map(|b| b.id.clone()),
            scale: self.set_id(&self.bands[q]),
            divergent,
            reversed: s.item.reverse,
        };
        (stats, t)
    }

    /// Items, dimensions and overall from the counts of each question.
    fn figures(
        &self,
        counts: &[Counts],
    ) -> (Vec<ItemStats>, Vec<DimensionStats>, Option<DimensionStats>) {
        let computed: Vec<(ItemStats, Tally)> = counts
            .iter()
            .enumerate()
            .map(|(q, c)| self.item_stats(q, c))
            .collect();
        let pool = |id: String, name: String, members: Vec<(usize, &(ItemStats, Tally))>| {
            let mut t = Tally::default();
            for (_, (_, tally)) in &members {
                t.merge(tally);
            }
            let reading = self.reading(members.iter().map(|(q, _)| *q));
            let (mean, band, scale, common) = match reading {
                Reading::Shared(bands) => {
                    let mean = t.mean();
                    let band = mean.and_then(|m| crate::questionnaire::band_in(bands, m));
                    (mean, band.map(|b| b.id.clone()), self.set_id(bands), false)
                }
                Reading::Common => {
                    let (sum, n) = members
                        .iter()
                        .flat_map(|(q, (_, tally))| {
                            tally
                                .scores
                                .iter()
                                .map(|&(s, c)| (self.on_common_scale(*q, s), c))
                        })
                        .fold((0.0, 0usize), |(sum, n), (x, c)| {
                            (sum + x * c as f64, n + c)
                        });
                    let mean = (n > 0).then(|| sum / n as f64);
                    let band = mean.and_then(|m| {
                        crate::questionnaire::band_in(&common_bands(), m).map(|b| b.id.clone())
                    });
                    (mean, band, Some(COMMON_SCALE.to_owned()), true)
                }
            };
            DimensionStats {
                id,
                name,
                items: members.iter().map(|(_, (s, _))| s.id.clone()).collect(),
                n: t.valid(),
                // Codes of different scales mean different things: not pooled.
                counts: if common {
                    BTreeMap::new()
                } else {
                    t.counts.clone()
                },
                no_answer: t.no_answer,
                percent: if common { BTreeMap::new() } else { t.percent() },
                mean,
                band,
                scale,
                divergent_items: members.iter().filter(|(_, (s, _))| s.divergent).count(),
                respondent_means: None,
            }
        };
        let dimensions = self
            .def
            .dimensions
            .iter()
            .map(|d| {
                let members = computed
                    .iter()
                    .enumerate()
                    .filter(|(_, (s, _))| s.dimension.as_deref() == Some(d.id.as_str()))
                    .collect();
                pool(d.id.clone(), self.text(&d.name), members)
            })
            .collect();
        // A contribution matrix mixes what partners give and what they get: no overall.
        // Items without scores (yes/no) are reported on their own, never pooled.
        let scored: Vec<(usize, &(ItemStats, Tally))> = computed
            .iter()
            .enumerate()
            .filter(|(q, _)| self.layout.questions[*q].item.score_range().is_some())
            .collect();
        let overall = (!scored.is_empty() && self.def.matrix.is_none())
            .then(|| pool("overall".to_owned(), self.m.overall.to_owned(), scored));
        (
            computed.into_iter().map(|(s, _)| s).collect(),
            dimensions,
            overall,
        )
    }

    /// The options of the scored questions, each code once (with the score it has where
    /// first seen), highest score first; codes without a score last.
    fn options(&self) -> Vec<OptionInfo> {
        let mut out: Vec<OptionInfo> = Vec::new();
        // Reverse-scored items last: the legend gives each code its usual score.
        let (usual, reversed): (Vec<_>, Vec<_>) =
            self.layout.questions.iter().partition(|q| !q.item.reverse);
        for q in usual.into_iter().chain(reversed) {
            for o in &q.item.options {
                if !out.iter().any(|x| x.code == o.code) {
                    out.push(OptionInfo {
                        code: o.code.clone(),
                        score: o.score,
                    });
                }
            }
        }
        out.sort_by(|a, b| match (a.score, b.score) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        out
    }

    fn band_infos(&self, bands: &[Band]) -> Vec<BandInfo> {
        bands
            .iter()
            .map(|b| BandInfo {
                id: b.id.clone(),
                label: self.text(&b.label),
                min: b.min,
                max: b.max,
            })
            .collect()
    }

    /// The scales in use when there are several, and the common scale when some condition
    /// (or the overall) mixes them.
    fn scales(&self) -> Vec<ScaleInfo> {
        if self.sets.len() < 2 {
            return Vec::new();
        }
        let mut out: Vec<ScaleInfo> = self
            .sets
            .iter()
            .map(|(bands, qs)| {
                let (low, high) = crate::questionnaire::bands_span(bands).unwrap_or((0.0, 0.0));
                ScaleInfo {
                    id: self.set_id(bands).unwrap_or_default(),
                    low,
                    high,
                    bands: self.band_infos(bands),
                    items: qs
                        .iter()
                        .map(|&q| self.layout.questions[q].id.clone())
                        .collect(),
                    options: {
                        let mut options: Vec<ScaleOption> = self.layout.questions[qs[0]]
                            .item
                            .options
                            .iter()
                            .map(|o| ScaleOption {
                                code: o.code.clone(),
                                label: self.text(&o.label),
                                score: o.score,
                            })
                            .collect();
                        options.sort_by(|a, b| {
                            b.score
                                .unwrap_or(f64::MIN)
                                .total_cmp(&a.score.unwrap_or(f64::MIN))
                        });
                        options
                    },
                }
            })
            .collect();
        out.push(ScaleInfo {
            id: COMMON_SCALE.to_owned(),
            low: 0.0,
            high: 100.0,
            bands: self.band_infos(&common_bands()),
            items: Vec::new(),
            options: Vec::new(),
        });
        out
    }

    fn rules(&self, min: usize) -> Rules {
        let m = self.m;
        let scales = self.scales();
        Rules {
            percentages: m.rule_percentages.to_owned(),
            // The bundled instrument's original gives no score; one's own gives its own.
            reading_aid: if self.def.id == crate::questionnaire::bundled::SELF_EVALUATION {
                m.rule_reading_aid.to_owned()
            } else {
                m.rule_reading_aid_own.to_owned()
            },
            mean: m.rule_mean.to_owned(),
            bands: match self.sets.as_slice() {
                [(only, _)] => self.band_infos(only),
                _ => self.band_infos(&self.def.bands),
            },
            common_scale: (!scales.is_empty()).then(|| m.rule_common_scale.to_owned()),
            scales,
            band_rule: m.bands_rule.to_owned(),
            divergence_threshold: self.def.divergence.threshold,
            divergence: m.divergence(crate::i18n::Short(self.def.divergence.threshold * 100.0, 1)),
            least_favourable_threshold: LEAST_FAVOURABLE_SHARE,
            least_favourable: m
                .rule_least_favourable(crate::i18n::Short(LEAST_FAVOURABLE_SHARE * 100.0, 0)),
            reversed: {
                let reversed: Vec<String> = self
                    .def
                    .items
                    .iter()
                    .filter(|i| i.reverse)
                    .map(|i| {
                        render::item_name(&i.id, i.short.as_ref().map(|s| self.text(s)).as_deref())
                    })
                    .collect();
                (!reversed.is_empty()).then(|| m.rule_reversed(&reversed.join(", ")))
            },
            min_group_size: min,
            anonymity: m.rule_anonymity(min),
        }
    }

    /// The items to discuss: the least favourable (by the share of answers on their least
    /// favourable option, most first; ties: more valid answers first, then questionnaire
    /// order), then the other divergent items in questionnaire order.
    fn to_discuss(&self, items: &[ItemStats]) -> Vec<ToDiscuss> {
        let m = self.m;
        let least_rule =
            m.rule_least_favourable(crate::i18n::Short(LEAST_FAVOURABLE_SHARE * 100.0, 0));
        let divergence_rule =
            m.divergence(crate::i18n::Short(self.def.divergence.threshold * 100.0, 1));
        // Contribution levels are not favourable or unfavourable: the matrix speaks for them.
        let mut out: Vec<ToDiscuss> = items
            .iter()
            .filter(|i| !self.def.is_matrix_level(&i.id) && i.n > 0)
            .filter_map(|i| {
                let least_options = self.least_options(&i.id);
                let least = least_options
                    .iter()
                    .map(|c| i.counts.get(c).copied().unwrap_or(0))
                    .sum::<usize>();
                let share = least as f64 / i.n as f64;
                let is_least = !least_options.is_empty() && share >= LEAST_FAVOURABLE_SHARE - 1e-9;
                if !is_least && !i.divergent {
                    return None;
                }
                let mut reasons = Vec::new();
                let mut rules = Vec::new();
                if is_least {
                    reasons.push(Reason::LeastFavourable);
                    rules.push(least_rule.clone());
                }
                if i.divergent {
                    reasons.push(Reason::Divergent);
                    rules.push(divergence_rule.clone());
                }
                Some(ToDiscuss {
                    item: i.id.clone(),
                    text: i.text.clone(),
                    reasons,
                    rules,
                    least_percent: (!least_options.is_empty()).then_some(share * 100.0),
                    least_options,
                    mean: i.mean,
                    band: i.band.clone(),
                })
            })
            .collect();
        // Stable: questionnaire order among equals.
        let valid = |id: &str| items.iter().find(|i| i.id == id).map_or(0, |i| i.n);
        out.sort_by(|a, b| {
            let least = |d: &ToDiscuss| d.reasons.contains(&Reason::LeastFavourable);
            least(b).cmp(&least(a)).then_with(|| {
                if least(a) && least(b) {
                    let (pa, pb) = (
                        a.least_percent.unwrap_or(0.0),
                        b.least_percent.unwrap_or(0.0),
                    );
                    pb.total_cmp(&pa).then(valid(&b.item).cmp(&valid(&a.item)))
                } else {
                    std::cmp::Ordering::Equal
                }
            })
        });
        out
    }

    /// The codes of the least favourable options of question `id`: those in the lowest
    /// third of its score range (none when its options are not scored).
    fn least_options(&self, id: &str) -> Vec<String> {
        self.layout
            .questions
            .iter()
            .find(|q| q.id == id)
            .map(|q| {
                q.item
                    .lower_third()
                    .into_iter()
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Slot (choice index, or the number of choices for "not stated") → the shown group of
    /// `field` it is in; `None` when a shown code is not a choice of the field.
    fn slot_blocks(
        &self,
        field: usize,
        shown: &[(GroupCount, Vec<Option<String>>)],
    ) -> Option<BTreeMap<usize, usize>> {
        let choices = &self.def.profile[field].choices;
        let mut blocks = BTreeMap::new();
        for (b, (_, codes)) in shown.iter().enumerate() {
            for code in codes {
                let slot = match code {
                    None => choices.len(),
                    Some(c) => choices.iter().position(|ch| &ch.code == c)?,
                };
                blocks.insert(slot, b);
            }
        }
        Some(blocks)
    }

    /// How the shown groups of `by` cross those of every other field of `report_by`: for
    /// each other field, per pair of shown groups, the respondents they share and their
    /// valid answers to each question. `None` when the crossings cannot be checked (the
    /// questionnaire's profile does not fit [`accumulate::cross_key`]).
    fn crossings(
        &self,
        by: &str,
        shown: &[(GroupCount, Vec<Option<String>>)],
        report_by: &[String],
        acc: &Acc,
        min: usize,
    ) -> Option<Vec<(String, Crossings)>> {
        let others: Vec<&String> = report_by.iter().filter(|f| *f != by).collect();
        if others.is_empty() {
            return Some(Vec::new());
        }
        if !self.layout.cross {
            return None;
        }
        let index_of = |field: &str| self.def.profile.iter().position(|f| f.id == field);
        let f = index_of(by)?;
        let by_blocks = self.slot_blocks(f, shown)?;
        let mut out = Vec::new();
        for other in others {
            let Some(g) = index_of(other) else { continue };
            let Some(FieldGroups {
                shown: other_shown, ..
            }) = self.groups_of(other, acc, min)
            else {
                continue;
            };
            let other_blocks = self.slot_blocks(g, &other_shown)?;
            let mut cells: Crossings = BTreeMap::new();
            let blocks_of = |key: u64| {
                let a = by_blocks.get(&accumulate::cross_slot(key, f))?;
                let b = other_blocks.get(&accumulate::cross_slot(key, g))?;
                Some((*a, *b))
            };
            for (&key, &n) in &acc.cross {
                if let Some(pair) = blocks_of(key) {
                    cells.entry(pair).or_default().0 += n;
                }
            }
            for (&key, valid) in &acc.cross_items {
                if let Some(pair) = blocks_of(key) {
                    let cell = &mut cells.entry(pair).or_default().1;
                    cell.resize(valid.len(), 0);
                    for (x, v) in cell.iter_mut().zip(valid) {
                        *x += v;
                    }
                }
            }
            out.push((other.clone(), cells));
        }
        Some(out)
    }

    /// The groups of a profile field, the plan for showing them, and the report's notes.
    fn groups_of(&self, field_id: &str, acc: &Acc, min: usize) -> Option<FieldGroups> {
        let index = self.def.profile.iter().position(|f| f.id == field_id)?;
        let field = &self.def.profile[index];
        let counts: BTreeMap<Option<String>, usize> = acc.profile[index]
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(code, n)| (code.clone(), *n as usize))
            .collect();
        let groups: Vec<Group> = counts
            .iter()
            .map(|(code, &n)| Group {
                code: code.clone(),
                n,
            })
            .collect();
        let p = plan(&groups, min);
        let label_of = |code: &Option<String>| match code {
            None => self.m.not_stated.to_owned(),
            Some(c) => field
                .choices
                .iter()
                .find(|ch| &ch.code == c)
                .map(|ch| self.text(&ch.label))
                .unwrap_or_else(|| c.clone()),
        };
        let mut shown: Vec<(GroupCount, Vec<Option<String>>)> = p
            .shown
            .iter()
            .map(|g| {
                (
                    GroupCount {
                        code: g.code.clone().unwrap_or_else(|| NOT_STATED_CODE.to_owned()),
                        label: label_of(&g.code),
                        n: g.n,
                    },
                    vec![g.code.clone()],
                )
            })
            .collect();
        let mut notes = Vec::new();
        if !p.pooled.is_empty() {
            let labels: Vec<String> = p.pooled.iter().map(|g| label_of(&g.code)).collect();
            shown.push((
                GroupCount {
                    code: POOLED_CODE.to_owned(),
                    label: self.m.pooled_label(&labels.join(", ")),
                    n: p.pooled_n(),
                },
                p.pooled.iter().map(|g| g.code.clone()).collect(),
            ));
            notes.push(HiddenGroups {
                field: field_id.to_owned(),
                label: self.field_label(field_id),
                groups: labels,
                action: HiddenAction::Pooled,
                reason: self.m.pooled_reason(min),
            });
        }
        if !p.hidden.is_empty() {
            notes.push(HiddenGroups {
                field: field_id.to_owned(),
                label: self.field_label(field_id),
                groups: p.hidden.iter().map(|g| label_of(&g.code)).collect(),
                action: HiddenAction::Hidden,
                reason: self.m.hidden_reason(min),
            });
        }
        Some(FieldGroups {
            label: self.field_label(field_id),
            shown,
            notes,
        })
    }
}

/// For each shown group (block) of a breakdown, the questions whose figures must not be
/// shown: those resting on fewer than `min` valid answers in the group, and, when only one
/// group's figure would be missing, the smallest other one too, so that none can be worked
/// out by subtracting the shown groups from the total (the same plan as for groups).
fn withheld_cells(blocks: &[(GroupCount, Vec<Counts>)], min: usize) -> Vec<Vec<usize>> {
    let mut withheld = vec![Vec::new(); blocks.len()];
    let questions = blocks.first().map_or(0, |(_, c)| c.len());
    for q in 0..questions {
        let valid: Vec<usize> = blocks
            .iter()
            .map(|(_, counts)| counts[q].options.iter().sum::<i64>().max(0) as usize)
            .collect();
        for b in anonymity::not_shown(&valid, min) {
            withheld[b].push(q);
        }
    }
    withheld
}

/// Compiles counted responses into a report.
pub fn compile(
    layout: &Layout<'_>,
    acc: Acc,
    drafts: usize,
    options: &Options,
) -> Result<Report, crate::error::Error> {
    let def = layout.def;
    let c = Compiler::new(layout, &options.language);
    let m = c.m;
    let min = options.min_group_size.max(1);
    if let Some(field) = &options.by
        && !def.profile.iter().any(|f| &f.id == field)
    {
        let known: Vec<&str> = def.profile.iter().map(|f| f.id.as_str()).collect();
        return Err(crate::error::Error::Usage(
            crate::i18n::current()
                .commands
                .not_a_profile_field(field, &known.join(", ")),
        ));
    }
    let individual = acc.individual.max(0) as usize;
    // With no individual response at all, a group that answered together reads its own
    // answer: that is what the report is for, not a shortfall.
    let withheld = (individual < min).then(|| {
        if individual == 0 && !acc.collectives.is_empty() {
            m.collective_only.to_owned()
        } else {
            m.withheld(individual, min)
        }
    });
    let group_counts = |field: &str| -> &[accumulate::GroupCounts] {
        layout
            .grouped
            .iter()
            .position(|&i| def.profile[i].id == field)
            .map_or(&[][..], |g| acc.groups[g].as_slice())
    };
    let mut collectives = acc.collectives.clone();
    collectives.sort_by(|a, b| (a.submitted, &a.id).cmp(&(b.submitted, &b.id)));
    let mut report = Report {
        schema_version: REPORT_SCHEMA_VERSION,
        questionnaire: QuestionnaireInfo {
            id: def.id.clone(),
            version: def.version.clone(),
            hash: def.hash.clone(),
            title: c.text(&def.title),
        },
        evaluation: options.evaluation.clone(),
        round: options.round.clone(),
        language: c.lang.clone(),
        scores_hidden: options.no_scores,
        rules: c.rules(min),
        options: c.options(),
        respondents: individual,
        drafts,
        skipped: acc.bad.iter().map(|(_, s)| s.clone()).collect(),
        withheld: withheld.clone(),
        participation: Vec::new(),
        prerequisites: Vec::new(),
        to_discuss: Vec::new(),
        items: Vec::new(),
        dimensions: Vec::new(),
        overall: None,
        groups: None,
        hidden_groups: Vec::new(),
        withheld_items: Vec::new(),
        choices: Vec::new(),
        numbers: Vec::new(),
        open: Vec::new(),
        collective: Vec::new(),
        comments: Vec::new(),
        closing_comments: Vec::new(),
        matrix: def
            .matrix
            .as_ref()
            .and_then(|mx| matrix::compile(&c, group_counts(&mx.by), &options.partners, min)),
    };
    // An item answered by fewer than the minimum (but some) would show those few answers:
    // it is left out of every figure, and of the dimensions and overall.
    let valid = |counts: &Counts| counts.options.iter().sum::<i64>().max(0) as usize;
    // (When the whole report is withheld, no item is listed: none is shown anyway.)
    let withheld_everywhere: Vec<usize> = (0..layout.questions.len())
        .filter(|&q| withheld.is_none() && (1..min).contains(&valid(&acc.all[q])))
        .collect();
    let mut all = acc.all.clone();
    for &q in &withheld_everywhere {
        all[q] = Counts::default();
        report.withheld_items.push(layout.questions[q].id.clone());
    }
    let (mut items, dimensions, overall) = c.figures(&all);
    items.retain(|i| !report.withheld_items.contains(&i.id));
    report.collective = collectives
        .iter()
        .map(|r| collective(&c, r, &items, withheld.is_none()))
        .collect();
    if withheld.is_some() {
        return Ok(report);
    }
    report.prerequisites = def
        .prerequisites
        .iter()
        .zip(&acc.prerequisites)
        .map(|(p, [yes, no])| PrerequisiteAnswers {
            id: p.id.clone(),
            text: c.text(&p.text),
            unmet: c.text(&p.unmet),
            yes: (*yes).max(0) as usize,
            no: (*no).max(0) as usize,
        })
        .collect();
    for field in &def.profile {
        // A contribution matrix names the partner organisations, as respondents were told:
        // its participation line is its organisations, named and pooled as the matrix has
        // them (`matrix::compile` holds the rule).
        if let Some(mx) = report.matrix.as_ref().filter(|mx| mx.by == field.id) {
            report.participation.push(Breakdown {
                field: field.id.clone(),
                label: c.field_label(&field.id),
                groups: mx
                    .organisations
                    .iter()
                    .map(|o| GroupCount {
                        code: o.code.clone(),
                        label: o.name.clone(),
                        n: o.respondents,
                    })
                    .collect(),
            });
            continue;
        }
        if let Some(FieldGroups {
            label,
            shown,
            notes,
        }) = c.groups_of(&field.id, &acc, min)
        {
            report.participation.push(Breakdown {
                field: field.id.clone(),
                label,
                groups: shown.into_iter().map(|(g, _)| g).collect(),
            });
            if options.by.is_none() {
                report.hidden_groups.extend(notes);
            }
        }
    }
    report.to_discuss = c.to_discuss(&items);
    // Each respondent's means, for the comparison's tests only (never written).
    let mut means = acc.respondent_means(layout, &withheld_everywhere);
    let (mut dimensions, mut overall) = (dimensions, overall);
    // Respondent means are counted in score points: they mean nothing for a scope over
    // several scales (its comparison then has no chance test, and says so).
    let points = |d: &DimensionStats| d.scale.as_deref() != Some(COMMON_SCALE);
    if let Some(o) = &mut overall {
        o.respondent_means = means.pop().flatten().filter(|_| points(o));
    }
    for (d, m) in dimensions.iter_mut().zip(means) {
        d.respondent_means = m.filter(|_| points(d));
    }
    report.items = items;
    report.dimensions = dimensions;
    report.overall = overall;
    if let Some(field) = &options.by
        && let Some(FieldGroups {
            label,
            shown,
            notes,
        }) = c.groups_of(field, &acc, min)
    {
        report.hidden_groups = notes;
        // A group shared by fewer than the minimum (but some) with a group of another
        // field withholds the breakdown; an item answered by so few in one crossing
        // withholds that item in every group.
        let under = |n: i64| n > 0 && (n as usize) < min;
        let crossings = c.crossings(field, &shown, &options.report_by, &acc, min);
        let problem = match &crossings {
            None => Some(m.crossing_unchecked.to_owned()),
            Some(list) => list
                .iter()
                .find(|(_, cells)| cells.values().any(|(n, _)| under(*n)))
                .map(|(other, _)| m.crossing_reason(field, other, min)),
        };
        let crossing: Vec<usize> = crossings
            .iter()
            .flatten()
            .flat_map(|(_, cells)| cells.values())
            .flat_map(|(_, valid)| {
                valid
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| under(**n))
                    .map(|(q, _)| q)
            })
            .collect::<std::collections::BTreeSet<usize>>()
            .into_iter()
            .collect();
        if let Some(reason) = problem {
            report.hidden_groups.push(HiddenGroups {
                field: field.clone(),
                label: c.field_label(field),
                groups: Vec::new(),
                action: HiddenAction::Withheld,
                reason,
            });
        } else {
            let counts = group_counts(field);
            let mut blocks: Vec<(GroupCount, Vec<Counts>)> = shown
                .into_iter()
                .map(|(count, codes)| {
                    let mut pooled = vec![Counts::default(); layout.questions.len()];
                    for g in counts.iter().filter(|g| codes.contains(&g.code)) {
                        for (a, b) in pooled.iter_mut().zip(&g.counts) {
                            a.merge(b);
                        }
                    }
                    (count, pooled)
                })
                .collect();
            let mut withheld = withheld_cells(&blocks, min);
            for list in &mut withheld {
                list.extend(withheld_everywhere.iter().chain(&crossing).copied());
                list.sort_unstable();
                list.dedup();
            }
            let mut groups = Vec::new();
            for (b, (count, pooled)) in blocks.iter_mut().enumerate() {
                let mut left_out = Vec::new();
                for &q in &withheld[b] {
                    pooled[q] = Counts::default();
                    left_out.push(layout.questions[q].id.clone());
                }
                let (mut items, dimensions, overall) = c.figures(pooled);
                items.retain(|i| !left_out.contains(&i.id));
                // Items withheld from the whole report are said so once, not per group.
                let noted: Vec<&str> = left_out
                    .iter()
                    .filter(|id| !report.withheld_items.contains(id))
                    .map(String::as_str)
                    .collect();
                if !noted.is_empty() {
                    report.hidden_groups.push(HiddenGroups {
                        field: field.clone(),
                        label: c.field_label(field),
                        groups: vec![count.label.clone()],
                        action: HiddenAction::ItemsWithheld,
                        reason: m.items_withheld_reason(&noted.join(", "), min),
                    });
                }
                groups.push(GroupStats {
                    code: count.code.clone(),
                    label: count.label.clone(),
                    n: count.n,
                    items,
                    withheld_items: left_out,
                    dimensions,
                    overall,
                });
            }
            report.groups = Some(Grouped {
                field: field.clone(),
                label,
                groups,
            });
        }
    }
    other_answers(&c, &acc, min, &mut report);
    report.comments = comments(&c, &acc.comments);
    let mut closing = acc.closing.clone();
    closing.sort();
    report.closing_comments = closing;
    Ok(report)
}

/// The answers to the `multiple`, `number` and `text` items. A multiple-choice or number
/// item answered by fewer than `min` respondents is withheld like any item; open answers
/// are listed like comments.
fn other_answers(c: &Compiler<'_>, acc: &Acc, min: usize, report: &mut Report) {
    use other::Other;
    for (item, slot) in c.def.items.iter().zip(&c.layout.others) {
        let Some(counts) = slot.and_then(|k| acc.others.get(k)) else {
            continue;
        };
        let text = c.text(&item.text);
        let short = item.short.as_ref().map(|s| c.text(s));
        let n = counts.answered();
        if !matches!(counts, Other::Texts(_)) && (1..min).contains(&n) {
            report.withheld_items.push(item.id.clone());
            continue;
        }
        let count = |x: i64| x.max(0) as usize;
        match counts {
            Other::Ticks {
                ticks,
                no_answer,
                not_applicable,
                ..
            } => report.choices.push(other::ChoiceStats {
                id: item.id.clone(),
                text,
                short,
                n,
                no_answer: count(*no_answer),
                not_applicable: count(*not_applicable),
                options: item
                    .options
                    .iter()
                    .zip(ticks)
                    .map(|(o, &t)| other::ChoiceCount {
                        code: o.code.clone(),
                        label: c.text(&o.label),
                        count: count(t),
                        percent: if n == 0 {
                            0.0
                        } else {
                            100.0 * count(t) as f64 / n as f64
                        },
                    })
                    .collect(),
            }),
            Other::Numbers {
                values,
                no_answer,
                not_applicable,
            } => {
                let (sorted, histogram) = other::number_figures(values);
                let q = |p: f64| other::quantile(&sorted, p);
                report.numbers.push(other::NumberStats {
                    id: item.id.clone(),
                    text,
                    short,
                    unit: item.unit.as_ref().map(|u| c.text(u)),
                    n,
                    no_answer: count(*no_answer),
                    not_applicable: count(*not_applicable),
                    min: sorted.first().copied(),
                    q1: q(0.25),
                    median: q(0.5),
                    q3: q(0.75),
                    max: sorted.last().copied(),
                    mean: (!sorted.is_empty())
                        .then(|| sorted.iter().sum::<f64>() / sorted.len() as f64),
                    histogram,
                });
            }
            Other::Texts(texts) => {
                let mut answers = texts.clone();
                answers.sort();
                if !answers.is_empty() {
                    report.open.push(other::OpenAnswers {
                        id: item.id.clone(),
                        text,
                        short,
                        answers,
                    });
                }
            }
        }
    }
}

/// The code a response gives to question `q`, if any.
fn code_of<'r>(q: &accumulate::Question<'_>, r: &'r Response) -> Option<&'r str> {
    match (r.answers.get(&q.item.id)?, q.row) {
        (Answer::Text(code), None) => Some(code),
        (Answer::Rows(rows), Some(row)) => rows.get(row).map(String::as_str),
        _ => None,
    }
}

fn collective(c: &Compiler<'_>, r: &Response, items: &[ItemStats], compare: bool) -> Collective {
    let rows: Vec<CollectiveItem> =
        c.layout
            .questions
            .iter()
            .enumerate()
            .map(|(q, s)| {
                let answer = code_of(s, r).map(str::to_owned);
                // No majority beside an item whose figures are withheld.
                let stats = items.iter().find(|i| i.id == s.id);
                let majority = if let (true, Some(stats)) = (compare, stats) {
                    let t = Tally {
                        counts: stats
                            .counts
                            .iter()
                            .filter(|(_, n)| **n > 0)
                            .map(|(k, n)| (k.clone(), *n))
                            .collect(),
                        ..Tally::default()
                    };
                    t.modes()
                } else {
                    Vec::new()
                };
                let differs = match &answer {
                    Some(a) if a != NO_ANSWER_CODE && !majority.is_empty() => !majority.contains(a),
                    _ => false,
                };
                let option = answer
                    .as_deref()
                    .and_then(|a| s.item.options.iter().find(|o| o.code == a));
                let answer_label = match answer.as_deref() {
                    Some(NO_ANSWER_CODE) => {
                        Some(c.text(c.def.no_answer_label.as_ref().unwrap_or(
                            &crate::text::Text::Plain(c.m.no_answer_default.to_owned()),
                        )))
                    }
                    _ => option.map(|o| c.text(&o.label)),
                };
                CollectiveItem {
                    id: s.id.clone(),
                    text: c.texts[q].clone(),
                    short: c.shorts[q].clone(),
                    answer,
                    answer_label,
                    score: option.and_then(|o| o.score),
                    majority,
                    differs,
                }
            })
            .collect();
    let question = |q: &CollectiveItem| c.layout.questions.iter().position(|x| x.id == q.id);
    let dimension = |id: &str, name: String, members: &dyn Fn(&CollectiveItem) -> bool| {
        let scored: Vec<(usize, f64)> = rows
            .iter()
            .filter(|i| members(i))
            .filter_map(|i| Some((question(i)?, i.score?)))
            .collect();
        let reading = c.reading(scored.iter().map(|(q, _)| *q));
        let values: Vec<f64> = match reading {
            Reading::Shared(_) => scored.iter().map(|(_, s)| *s).collect(),
            Reading::Common => scored
                .iter()
                .map(|(q, s)| c.on_common_scale(*q, *s))
                .collect(),
        };
        let mean = (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
        let common = common_bands();
        let bands: &[Band] = match reading {
            Reading::Shared(bands) => bands,
            Reading::Common => &common,
        };
        let band = mean
            .and_then(|m| crate::questionnaire::band_in(bands, m))
            .map(|b| b.id.clone());
        CollectiveDimension {
            id: id.to_owned(),
            name,
            n: values.len(),
            mean,
            band,
        }
    };
    let in_dimension = |q: &CollectiveItem, d: &str| {
        c.layout
            .questions
            .iter()
            .find(|x| x.id == q.id)
            .is_some_and(|x| x.item.dimension.as_deref() == Some(d))
    };
    let dimensions: Vec<CollectiveDimension> = c
        .def
        .dimensions
        .iter()
        .map(|d| dimension(&d.id, c.text(&d.name), &|q| in_dimension(q, &d.id)))
        .collect();
    let overall =
        (!c.def.dimensions.is_empty() || rows.iter().any(|i| i.score.is_some())).then(|| {
            dimension("overall", c.m.overall.to_owned(), &|q| {
                !c.def.is_matrix_level(&q.id)
            })
        });
    let clean = |t: &str| crate::sanitize::for_terminal(t).into_owned();
    Collective {
        id: r.id.clone(),
        submitted: r.submitted,
        differs: rows
            .iter()
            .filter(|i| i.differs)
            .map(|i| i.id.clone())
            .collect(),
        items: rows,
        dimensions,
        overall,
        comments: r
            .comments
            .iter()
            .map(|(item, text)| ItemComment {
                item: item.clone(),
                text: clean(text),
            })
            .collect(),
        closing_comment: r.closing_comment.as_deref().map(clean),
    }
}

/// Comments grouped by the dimension of their item, in questionnaire order, each group's
/// comments sorted by item then text (never by respondent).
fn comments(c: &Compiler<'_>, all: &[(String, String)]) -> Vec<CommentGroup> {
    let mut by_item: BTreeMap<usize, Vec<(String, String)>> = BTreeMap::new();
    for (key, text) in all {
        // a note on a grid row is keyed `item.row`
        let item = key.split_once('.').map_or(key.as_str(), |(item, _)| item);
        if let Some(pos) = c.def.items.iter().position(|i| i.id == item) {
            by_item
                .entry(pos)
                .or_default()
                .push((key.clone(), text.clone()));
        }
    }
    let mut groups: Vec<CommentGroup> = Vec::new();
    let mut push = |dimension: Option<String>, label: String, texts: &mut Vec<(String, String)>| {
        texts.sort();
        let entry = match groups.iter_mut().position(|g| g.dimension == dimension) {
            Some(k) => &mut groups[k],
            None => {
                groups.push(CommentGroup {
                    dimension: dimension.clone(),
                    label,
                    comments: Vec::new(),
                });
                groups.last_mut().expect("just pushed")
            }
        };
        entry.comments.extend(
            texts
                .drain(..)
                .map(|(item, text)| ItemComment { item, text }),
        );
    };
    for d in &c.def.dimensions {
        for (pos, texts) in by_item.iter_mut() {
            let item = &c.def.items[*pos];
            if item.dimension.as_deref() == Some(d.id.as_str()) {
                push(Some(d.id.clone()), c.text(&d.name), texts);
            }
        }
    }
    for texts in by_item.values_mut() {
        if !texts.is_empty() {
            push(None, c.m.other_items.to_owned(), texts);
        }
    }
    groups
}
