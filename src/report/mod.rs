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
pub mod render;
pub mod stats;

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
/// least favourable option (the one with the lowest score): a third.
pub const LEAST_FAVOURABLE_SHARE: f64 = 1.0 / 3.0;

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
        Compiler {
            def,
            layout,
            m: messages(lang),
            lang: lang.to_owned(),
            texts,
            shorts,
        }
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

    /// The id of the band `mean` is in (its label is in the rules).
    fn band(&self, mean: Option<f64>) -> Option<String> {
        mean.and_then(|m| self.def.band_of(m)).map(|b| b.id.clone())
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
        let scored: Vec<_> = s
            .item
            .options
            .iter()
            .filter_map(|o| o.score.map(|sc| (sc, &o.code)))
            .collect();
        let high = scored
            .iter()
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|x| x.1.as_str());
        let low = scored
            .iter()
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|x| x.1.as_str());
        let divergent = match (high, low) {
            (Some(h), Some(l)) => t.divergent(h, l, self.def.divergence.threshold),
            _ => false,
        };
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
            band: self.band(t.mean()),
            divergent,
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
        let pool = |id: String, name: String, members: Vec<&(ItemStats, Tally)>| {
            let mut t = Tally::default();
            for (_, tally) in &members {
                t.merge(tally);
            }
            DimensionStats {
                id,
                name,
                items: members.iter().map(|(s, _)| s.id.clone()).collect(),
                n: t.valid(),
                counts: t.counts.clone(),
                no_answer: t.no_answer,
                percent: t.percent(),
                mean: t.mean(),
                band: self.band(t.mean()),
                divergent_items: members.iter().filter(|(s, _)| s.divergent).count(),
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
                    .filter(|(s, _)| s.dimension.as_deref() == Some(d.id.as_str()))
                    .collect();
                pool(d.id.clone(), self.text(&d.name), members)
            })
            .collect();
        // A contribution matrix mixes what partners give and what they get: no overall.
        let overall = (!computed.is_empty() && self.def.matrix.is_none()).then(|| {
            pool(
                "overall".to_owned(),
                self.m.overall.to_owned(),
                computed.iter().collect(),
            )
        });
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
        for q in &self.layout.questions {
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

    fn rules(&self, min: usize) -> Rules {
        let m = self.m;
        Rules {
            percentages: m.rule_percentages.to_owned(),
            reading_aid: m.rule_reading_aid.to_owned(),
            mean: m.rule_mean.to_owned(),
            bands: self
                .def
                .bands
                .iter()
                .map(|b| BandInfo {
                    id: b.id.clone(),
                    label: self.text(&b.label),
                    min: b.min,
                    max: b.max,
                })
                .collect(),
            band_rule: m.bands_rule.to_owned(),
            divergence_threshold: self.def.divergence.threshold,
            divergence: m.divergence(crate::i18n::Short(self.def.divergence.threshold * 100.0, 1)),
            least_favourable_threshold: LEAST_FAVOURABLE_SHARE,
            least_favourable: m
                .rule_least_favourable(crate::i18n::Short(LEAST_FAVOURABLE_SHARE * 100.0, 0)),
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

    /// The codes of the options of question `id` with the lowest score (none when its
    /// options are not scored).
    fn least_options(&self, id: &str) -> Vec<String> {
        let Some(q) = self.layout.questions.iter().find(|q| q.id == id) else {
            return Vec::new();
        };
        let scored: Vec<(f64, &str)> = q
            .item
            .options
            .iter()
            .filter_map(|o| o.score.map(|s| (s, o.code.as_str())))
            .collect();
        let Some(lowest) = scored.iter().map(|(s, _)| *s).min_by(f64::total_cmp) else {
            return Vec::new();
        };
        scored
            .iter()
            .filter(|(s, _)| *s == lowest)
            .map(|(_, c)| (*c).to_owned())
            .collect()
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
    if let Some(o) = &mut overall {
        o.respondent_means = means.pop().flatten();
    }
    for (d, m) in dimensions.iter_mut().zip(means) {
        d.respondent_means = m;
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
    report.comments = comments(&c, &acc.comments);
    let mut closing = acc.closing.clone();
    closing.sort();
    report.closing_comments = closing;
    Ok(report)
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
    let dimension = |id: &str, name: String, members: &dyn Fn(&CollectiveItem) -> bool| {
        let scores: Vec<f64> = rows
            .iter()
            .filter(|i| members(i))
            .filter_map(|i| i.score)
            .collect();
        let mean = (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
        CollectiveDimension {
            id: id.to_owned(),
            name,
            n: scores.len(),
            mean,
            band: c.band(mean),
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
