//! Two rounds side by side: what changed per item and per dimension.
//!
//! [`compare`] takes two compiled [`Report`]s of the same questionnaire, each already under
//! the anonymity rule (a round below the minimum group size has its figures withheld), and
//! puts their figures side by side with the change. It reads nothing the two reports do not
//! show, so a comparison reveals no more than the two reports would.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{BandInfo, DimensionStats, ItemStats, OptionInfo, QuestionnaireInfo, Report, Skipped};
use crate::i18n::messages;
use crate::questionnaire::Definition;

/// Version of the comparison JSON format.
pub const COMPARISON_SCHEMA_VERSION: u32 = 1;

/// Default threshold for a change in the mean: this share of the score range.
pub const DEFAULT_THRESHOLD_SHARE: f64 = 0.15;

/// Changes closer than this to the threshold count as equal to it (floating-point noise:
/// 2.3 − 2.0 is 0.2999… or 0.3000…).
const EPSILON: f64 = 1e-9;

/// Two rounds compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "partnereval comparison")]
pub struct Comparison {
    pub schema_version: u32,
    pub questionnaire: QuestionnaireInfo,
    /// Name of the evaluation, when compared from an evaluation folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<String>,
    /// Language of the comparison's texts.
    pub language: String,
    pub from: RoundSummary,
    pub to: RoundSummary,
    pub rules: CompareRules,
    /// The answer options, in the scale's order (highest score first).
    pub options: Vec<OptionInfo>,
    /// Why there are no figures, when a round has too few respondents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<String>,
    /// Items whose trend is `improved`, and `declined`, largest change first.
    pub improved: Vec<String>,
    pub declined: Vec<String>,
    /// For the contribution levels of a matrix: items whose trend is `higher`, `lower`.
    pub higher: Vec<String>,
    pub lower: Vec<String>,
    pub items: Vec<ItemChange>,
    pub dimensions: Vec<DimensionChange>,
    pub overall: Option<DimensionChange>,
}

/// One side of the comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoundSummary {
    /// The round's name, or the response set's path.
    pub label: String,
    pub respondents: usize,
    pub drafts: usize,
    pub skipped: Vec<Skipped>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<String>,
}

/// The rules behind the comparison, in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompareRules {
    /// A change in the mean larger than this (in score points) is a trend.
    pub threshold: f64,
    pub change: String,
    pub percentages: String,
    /// The bands means are placed in.
    pub bands: Vec<BandInfo>,
    pub divergence_threshold: f64,
    pub divergence: String,
    pub min_group_size: usize,
    pub anonymity: String,
}

/// An item's (or a dimension's) figures in one round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Side {
    /// Valid answers.
    pub n: usize,
    pub no_answer: usize,
    /// Option code → number of answers.
    pub counts: BTreeMap<String, usize>,
    /// Option code → percentage of the valid answers.
    pub percent: BTreeMap<String, f64>,
    pub mean: Option<f64>,
    /// The id of the band of the mean (its label is in `rules.bands`).
    pub band: Option<String>,
}

/// One item in both rounds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemChange {
    pub id: String,
    pub text: String,
    pub dimension: Option<String>,
    pub from: Side,
    pub to: Side,
    /// Mean in `to` minus mean in `from`; absent when either has no valid answer.
    pub change: Option<f64>,
    /// Option code → change in percentage points.
    pub percent_change: BTreeMap<String, f64>,
    /// `improved`, `declined`, `steady`, or `not-comparable`; for the contribution levels of
    /// a matrix, `higher` and `lower` instead of improved and declined.
    pub trend: String,
    pub divergent_from: bool,
    pub divergent_to: bool,
    /// `appeared`, `resolved`, `both`, or `none`.
    pub divergence: String,
}

/// One dimension (or all items: `overall`) in both rounds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DimensionChange {
    pub id: String,
    pub name: String,
    pub from: Side,
    pub to: Side,
    pub change: Option<f64>,
    pub percent_change: BTreeMap<String, f64>,
    pub trend: String,
    pub divergent_items_from: usize,
    pub divergent_items_to: usize,
}

/// The default threshold for `def`: a share of its score range (0.3 for scores 1 to 3).
pub fn default_threshold(def: &Definition) -> f64 {
    let (low, high) = score_range(def);
    let t = (high - low) * DEFAULT_THRESHOLD_SHARE;
    if t > 0.0 {
        (t * 100.0).round() / 100.0
    } else {
        0.3
    }
}

/// The lowest and highest score of any option.
fn score_range(def: &Definition) -> (f64, f64) {
    let scores = def
        .items
        .iter()
        .flat_map(|i| i.options.iter())
        .filter_map(|o| o.score);
    let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
    for s in scores {
        low = low.min(s);
        high = high.max(s);
    }
    if low.is_finite() {
        (low, high)
    } else {
        (0.0, 0.0)
    }
}

fn item_side(i: &ItemStats) -> Side {
    Side {
        n: i.n,
        no_answer: i.no_answer,
        counts: i.counts.clone(),
        percent: i.percent.clone(),
        mean: i.mean,
        band: i.band.clone(),
    }
}

fn dimension_side(d: &DimensionStats) -> Side {
    Side {
        n: d.n,
        no_answer: d.no_answer,
        counts: d.counts.clone(),
        percent: d.percent.clone(),
        mean: d.mean,
        band: d.band.clone(),
    }
}

/// Percentage-point changes for the options both sides have, when both have valid answers.
fn percent_change(from: &Side, to: &Side) -> BTreeMap<String, f64> {
    if from.n == 0 || to.n == 0 {
        return BTreeMap::new();
    }
    from.percent
        .iter()
        .filter_map(|(code, p)| to.percent.get(code).map(|q| (code.clone(), q - p)))
        .collect()
}

fn mean_change(from: &Side, to: &Side) -> Option<f64> {
    Some(to.mean? - from.mean?)
}

/// The trend of a change: beyond the threshold either way, steady within it.
fn trend(change: Option<f64>, threshold: f64, scored_as_levels: bool) -> &'static str {
    match change {
        None => "not-comparable",
        Some(c) if c > threshold + EPSILON => {
            if scored_as_levels {
                "higher"
            } else {
                "improved"
            }
        }
        Some(c) if c < -threshold - EPSILON => {
            if scored_as_levels {
                "lower"
            } else {
                "declined"
            }
        }
        Some(_) => "steady",
    }
}

/// What two reports of the same questionnaire say about the change from one to the other.
pub fn compare(
    def: &Definition,
    from: &Report,
    to: &Report,
    from_label: &str,
    to_label: &str,
    threshold: f64,
) -> Comparison {
    let m = messages(&to.language);
    let (low, high) = score_range(def);
    let summary = |r: &Report, label: &str| RoundSummary {
        label: label.to_owned(),
        respondents: r.respondents,
        drafts: r.drafts,
        skipped: r.skipped.clone(),
        withheld: r.withheld.clone(),
    };
    let withheld = [(from, from_label), (to, to_label)]
        .iter()
        .filter(|(r, _)| r.withheld.is_some())
        .map(|(r, label)| m.compare_withheld(label, r.respondents, r.rules.min_group_size))
        .collect::<Vec<_>>();
    let mut comparison = Comparison {
        schema_version: COMPARISON_SCHEMA_VERSION,
        questionnaire: to.questionnaire.clone(),
        evaluation: to.evaluation.clone(),
        language: to.language.clone(),
        from: summary(from, from_label),
        to: summary(to, to_label),
        rules: CompareRules {
            threshold,
            change: m.compare_rule_change(crate::i18n::Fixed(threshold, 2), low, high),
            percentages: m.compare_rule_percentages.to_owned(),
            bands: to.rules.bands.clone(),
            divergence_threshold: to.rules.divergence_threshold,
            divergence: to.rules.divergence.clone(),
            min_group_size: to.rules.min_group_size,
            anonymity: m.compare_rule_anonymity(to.rules.min_group_size),
        },
        options: to.options.clone(),
        withheld: (!withheld.is_empty()).then(|| withheld.join(" ")),
        improved: Vec::new(),
        declined: Vec::new(),
        higher: Vec::new(),
        lower: Vec::new(),
        items: Vec::new(),
        dimensions: Vec::new(),
        overall: None,
    };
    if comparison.withheld.is_some() {
        return comparison;
    }
    comparison.items = to
        .items
        .iter()
        .filter_map(|b| {
            let a = from.items.iter().find(|a| a.id == b.id)?;
            let (fa, fb) = (item_side(a), item_side(b));
            let change = mean_change(&fa, &fb);
            Some(ItemChange {
                id: b.id.clone(),
                text: b.text.clone(),
                dimension: b.dimension.clone(),
                percent_change: percent_change(&fa, &fb),
                trend: trend(change, threshold, def.is_matrix_level(&b.id)).to_owned(),
                change,
                from: fa,
                to: fb,
                divergent_from: a.divergent,
                divergent_to: b.divergent,
                divergence: match (a.divergent, b.divergent) {
                    (false, true) => "appeared",
                    (true, false) => "resolved",
                    (true, true) => "both",
                    (false, false) => "none",
                }
                .to_owned(),
            })
        })
        .collect();
    let dimension = |a: &DimensionStats, b: &DimensionStats| {
        let (fa, fb) = (dimension_side(a), dimension_side(b));
        let change = mean_change(&fa, &fb);
        DimensionChange {
            id: b.id.clone(),
            name: b.name.clone(),
            percent_change: percent_change(&fa, &fb),
            trend: trend(change, threshold, false).to_owned(),
            change,
            from: fa,
            to: fb,
            divergent_items_from: a.divergent_items,
            divergent_items_to: b.divergent_items,
        }
    };
    comparison.dimensions = to
        .dimensions
        .iter()
        .filter_map(|b| {
            let a = from.dimensions.iter().find(|a| a.id == b.id)?;
            Some(dimension(a, b))
        })
        .collect();
    comparison.overall = match (&from.overall, &to.overall) {
        (Some(a), Some(b)) if def.matrix.is_none() => Some(dimension(a, b)),
        _ => None,
    };
    let mut by_change: Vec<&ItemChange> = comparison.items.iter().collect();
    by_change.sort_by(|a, b| {
        b.change
            .unwrap_or(0.0)
            .abs()
            .total_cmp(&a.change.unwrap_or(0.0).abs())
    });
    let with_trend = |trend: &str| -> Vec<String> {
        by_change
            .iter()
            .filter(|i| i.trend == trend)
            .map(|i| i.id.clone())
            .collect()
    };
    comparison.improved = with_trend("improved");
    comparison.declined = with_trend("declined");
    comparison.higher = with_trend("higher");
    comparison.lower = with_trend("lower");
    comparison
}

impl Comparison {
    /// The items of each trend beyond the threshold, with the trend: improved, declined,
    /// higher, lower (largest change first); empty lists left out.
    pub fn trends(&self) -> Vec<(&'static str, Vec<&ItemChange>)> {
        [
            ("improved", &self.improved),
            ("declined", &self.declined),
            ("higher", &self.higher),
            ("lower", &self.lower),
        ]
        .into_iter()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(trend, ids)| {
            (
                trend,
                ids.iter()
                    .filter_map(|id| self.items.iter().find(|i| &i.id == id))
                    .collect(),
            )
        })
        .collect()
    }
}
