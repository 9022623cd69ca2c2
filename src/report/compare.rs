//! Two rounds side by side: what changed per item and per dimension.
//!
//! [`compare`] takes two compiled [`Report`]s of the same questionnaire, each already under
//! the anonymity rule (a round below the minimum group size has its figures withheld), and
//! puts their figures side by side with the change. It reads nothing the two reports do not
//! show, so a comparison reveals no more than the two reports would, but for one thing it
//! keeps to itself: the p-value of each dimension's change rests on the respondents' mean
//! scores the reports carry unseen ([`DimensionStats::respondent_means`]).
//!
//! Every change is also tested against chance ([`answers_test`] for an item,
//! [`respondents_test`] for a dimension): with 8 to 20 members a mean moves by a few tenths
//! when the same people simply answer again, and a change beyond the threshold that chance
//! alone could give is said to be `within-chance` rather than improved or declined.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{BandInfo, DimensionStats, ItemStats, OptionInfo, QuestionnaireInfo, Report, Skipped};
use crate::i18n::messages;
use crate::questionnaire::Definition;

/// Version of the comparison JSON format: 2 since `improved` and `declined` (and `higher`,
/// `lower`) leave out the changes chance alone could give (`within-chance`).
pub const COMPARISON_SCHEMA_VERSION: u32 = 2;

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
    /// Items whose change is beyond the threshold but within chance, largest change first.
    pub within_chance: Vec<String>,
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

/// A scale's threshold, when items are on several scales.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScaleThreshold {
    pub id: String,
    pub low: f64,
    pub high: f64,
    pub threshold: f64,
    /// Its items (none for `common`).
    pub items: Vec<String>,
}

/// The rules behind the comparison, in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompareRules {
    /// A change in the mean larger than this (in score points) is a trend; with items on
    /// several scales, the first scale's (each scale's is in `scales`).
    pub threshold: f64,
    pub change: String,
    /// With items on several scales: each scale's range and threshold (`common`, for
    /// conditions over different scales: on 0 to 100).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<ScaleThreshold>,
    pub percentages: String,
    /// The bands means are placed in.
    pub bands: Vec<BandInfo>,
    pub divergence_threshold: f64,
    pub divergence: String,
    pub min_group_size: usize,
    pub anonymity: String,
    /// The significance level of the chance test: a change whose p-value is this or more
    /// is within chance.
    pub significance: f64,
    /// A dimension is tested exactly when its respondents can be split between the rounds
    /// in at most this many ways; otherwise by `resamples` random splits.
    pub exact_splits: u64,
    pub resamples: u64,
    /// The chance test, in words.
    pub chance: String,
    /// What "within chance" means, in words.
    pub within_chance: String,
}

/// How a change compares with the threshold and with chance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Trend {
    /// Up by more than the threshold, and more than chance would give.
    Improved,
    /// Down by more than the threshold, and more than chance would give.
    Declined,
    /// For the contribution levels of a matrix (neither favourable nor unfavourable):
    /// up, as `improved`.
    Higher,
    /// Down, as `declined`, for the contribution levels of a matrix.
    Lower,
    /// Up or down by more than the threshold, but by no more than answering again could
    /// give (p-value at the significance level or above).
    WithinChance,
    /// Up or down by no more than the threshold.
    Steady,
    /// A round has no valid answer.
    NotComparable,
}

impl Trend {
    /// The code, as in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Trend::Improved => "improved",
            Trend::Declined => "declined",
            Trend::Higher => "higher",
            Trend::Lower => "lower",
            Trend::WithinChance => "within-chance",
            Trend::Steady => "steady",
            Trend::NotComparable => "not-comparable",
        }
    }
}

/// How an item's divergence changed between the rounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DivergenceChange {
    /// Divergent in the second round only.
    Appeared,
    /// Divergent in the first round only.
    Resolved,
    /// Divergent in both.
    Both,
    /// Divergent in neither.
    #[serde(rename = "none")]
    Neither,
}

impl DivergenceChange {
    /// The code, as in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            DivergenceChange::Appeared => "appeared",
            DivergenceChange::Resolved => "resolved",
            DivergenceChange::Both => "both",
            DivergenceChange::Neither => "none",
        }
    }
}

/// How a p-value was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TestMethod {
    /// Over every way to split the answers (or respondents) between the rounds.
    Exact,
    /// Over [`RESAMPLES`] random splits drawn from a fixed seed.
    MonteCarlo,
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
    /// A few words naming the item (see `ItemStats::short`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    pub dimension: Option<String>,
    pub from: Side,
    pub to: Side,
    /// Mean in `to` minus mean in `from`; absent when either has no valid answer.
    pub change: Option<f64>,
    /// Option code → change in percentage points.
    pub percent_change: BTreeMap<String, f64>,
    /// `improved`, `declined`, `within-chance`, `steady`, or `not-comparable`; for the
    /// contribution levels of a matrix, `higher` and `lower` instead of improved and
    /// declined.
    pub trend: Trend,
    /// Two-sided p-value of the change in mean score (answers shuffled between the rounds);
    /// null when no test is possible.
    pub p_value: Option<f64>,
    /// How `p_value` was computed; null with it.
    pub test: Option<TestMethod>,
    pub divergent_from: bool,
    pub divergent_to: bool,
    pub divergence: DivergenceChange,
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
    pub trend: Trend,
    /// Two-sided p-value of the change in the respondents' mean scores (whole respondents
    /// shuffled between the rounds); null when no test is possible.
    pub p_value: Option<f64>,
    /// How `p_value` was computed; null with it.
    pub test: Option<TestMethod>,
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

/// The threshold of question `id` (an item, or a grid row `item.row`): `fixed` when given,
/// else its scale's.
fn question_threshold(def: &Definition, id: &str, fixed: Option<f64>) -> f64 {
    let item = id.split_once('.').map_or(id, |(item, _)| item);
    fixed
        .or_else(|| def.item(item).and_then(|i| def.item_threshold(i)))
        .unwrap_or_else(|| default_threshold(def))
}

/// The threshold of a condition (or the overall): its items' scale's, or
/// [`DEFAULT_THRESHOLD_SHARE`] of 0–100 on the common scale.
fn scope_threshold(def: &Definition, d: &DimensionStats, fixed: Option<f64>) -> f64 {
    if d.scale.as_deref() == Some(super::COMMON_SCALE) {
        return DEFAULT_THRESHOLD_SHARE * 100.0;
    }
    match d.items.first() {
        Some(id) => question_threshold(def, id, fixed),
        None => fixed.unwrap_or_else(|| default_threshold(def)),
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

/// The trend of a change: beyond the threshold either way, steady within it; beyond it but
/// with a p-value at the significance level or above, within chance (without a test, the
/// threshold alone decides).
fn trend(
    change: Option<f64>,
    threshold: f64,
    scored_as_levels: bool,
    chance: Option<Chance>,
) -> Trend {
    let beyond = |t: Trend| {
        if chance.is_some_and(|c| c.p >= SIGNIFICANCE - EPSILON) {
            Trend::WithinChance
        } else {
            t
        }
    };
    match change {
        None => Trend::NotComparable,
        Some(c) if c > threshold + EPSILON => beyond(if scored_as_levels {
            Trend::Higher
        } else {
            Trend::Improved
        }),
        Some(c) if c < -threshold - EPSILON => beyond(if scored_as_levels {
            Trend::Lower
        } else {
            Trend::Declined
        }),
        Some(_) => Trend::Steady,
    }
}

/// The scores of the options of question `id` (an item, or a grid row `item.row`).
fn option_scores(def: &Definition, id: &str) -> BTreeMap<String, f64> {
    let item = def.items.iter().find(|i| i.id == id).or_else(|| {
        let (item, _) = id.split_once('.')?;
        def.items.iter().find(|i| i.id == item)
    });
    item.map(|i| {
        i.options
            .iter()
            .filter_map(|o| Some((o.code.clone(), o.score?)))
            .collect()
    })
    .unwrap_or_default()
}

/// The chance test of an item from its two sides' counts, scored answers only.
fn item_chance(def: &Definition, id: &str, from: &Side, to: &Side) -> Option<Chance> {
    let scores = option_scores(def, id);
    let values: Vec<(f64, u64, u64)> = scores
        .iter()
        .map(|(code, &score)| {
            let n = |s: &Side| s.counts.get(code).copied().unwrap_or(0) as u64;
            (score, n(from), n(to))
        })
        .collect();
    answers_test(&values)
}

/// What two reports of the same questionnaire say about the change from one to the other.
pub fn compare(
    def: &Definition,
    from: &Report,
    to: &Report,
    from_label: &str,
    to_label: &str,
    fixed: Option<f64>,
) -> Comparison {
    let m = messages(&to.language);
    let (low, high) = match to.rules.scales.first() {
        Some(s) => (s.low, s.high),
        None => score_range(def),
    };
    let threshold = match to.rules.scales.first().and_then(|s| s.items.first()) {
        Some(id) => question_threshold(def, id, fixed),
        None => fixed.unwrap_or_else(|| default_threshold(def)),
    };
    let scales: Vec<ScaleThreshold> = to
        .rules
        .scales
        .iter()
        .map(|s| ScaleThreshold {
            id: s.id.clone(),
            low: s.low,
            high: s.high,
            threshold: match s.items.first() {
                Some(id) => question_threshold(def, id, fixed),
                None => DEFAULT_THRESHOLD_SHARE * 100.0,
            },
            items: s.items.clone(),
        })
        .collect();
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
            change: if scales.is_empty() {
                m.compare_rule_change(crate::i18n::Fixed(threshold, 2), low, high)
            } else {
                let each: Vec<String> = scales
                    .iter()
                    .map(|s| {
                        m.compare_scale_threshold(
                            &if s.items.is_empty() {
                                m.common_scale_name.to_owned()
                            } else {
                                s.items.join(", ")
                            },
                            crate::i18n::Fixed(s.threshold, 2),
                            s.low,
                            s.high,
                        )
                    })
                    .collect();
                format!("{} {}", m.compare_rule_change_scales, each.join(" "))
            },
            scales,
            percentages: m.compare_rule_percentages.to_owned(),
            bands: to.rules.bands.clone(),
            divergence_threshold: to.rules.divergence_threshold,
            divergence: to.rules.divergence.clone(),
            min_group_size: to.rules.min_group_size,
            anonymity: m.compare_rule_anonymity(to.rules.min_group_size),
            significance: SIGNIFICANCE,
            exact_splits: EXACT_SPLITS,
            resamples: RESAMPLES,
            chance: m.compare_rule_chance(
                crate::i18n::Fixed(SIGNIFICANCE, 2),
                EXACT_SPLITS,
                RESAMPLES,
            ),
            within_chance: m.compare_rule_within_chance(crate::i18n::Fixed(SIGNIFICANCE, 2)),
        },
        options: to.options.clone(),
        withheld: (!withheld.is_empty()).then(|| withheld.join(" ")),
        improved: Vec::new(),
        declined: Vec::new(),
        higher: Vec::new(),
        lower: Vec::new(),
        within_chance: Vec::new(),
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
            let chance = change.and_then(|_| item_chance(def, &b.id, &fa, &fb));
            Some(ItemChange {
                id: b.id.clone(),
                text: b.text.clone(),
                short: b.short.clone(),
                dimension: b.dimension.clone(),
                percent_change: percent_change(&fa, &fb),
                trend: trend(
                    change,
                    question_threshold(def, &b.id, fixed),
                    def.is_matrix_level(&b.id),
                    chance,
                ),
                p_value: chance.map(|c| c.p),
                test: chance.map(|c| c.method),
                change,
                from: fa,
                to: fb,
                divergent_from: a.divergent,
                divergent_to: b.divergent,
                divergence: match (a.divergent, b.divergent) {
                    (false, true) => DivergenceChange::Appeared,
                    (true, false) => DivergenceChange::Resolved,
                    (true, true) => DivergenceChange::Both,
                    (false, false) => DivergenceChange::Neither,
                },
            })
        })
        .collect();
    let dimension = |a: &DimensionStats, b: &DimensionStats| {
        let (fa, fb) = (dimension_side(a), dimension_side(b));
        let change = mean_change(&fa, &fb);
        let chance = match (&a.respondent_means, &b.respondent_means, change) {
            (Some(x), Some(y), Some(_)) => respondents_test(x, y),
            _ => None,
        };
        DimensionChange {
            id: b.id.clone(),
            name: b.name.clone(),
            percent_change: percent_change(&fa, &fb),
            trend: trend(change, scope_threshold(def, b, fixed), false, chance),
            p_value: chance.map(|c| c.p),
            test: chance.map(|c| c.method),
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
    let with_trend = |trend: Trend| -> Vec<String> {
        by_change
            .iter()
            .filter(|i| i.trend == trend)
            .map(|i| i.id.clone())
            .collect()
    };
    comparison.improved = with_trend(Trend::Improved);
    comparison.declined = with_trend(Trend::Declined);
    comparison.higher = with_trend(Trend::Higher);
    comparison.lower = with_trend(Trend::Lower);
    comparison.within_chance = with_trend(Trend::WithinChance);
    comparison
}

impl Comparison {
    /// The items of each trend beyond the threshold, with the trend: improved, declined,
    /// higher, lower, then within chance (largest change first); empty lists left out.
    pub fn trends(&self) -> Vec<(Trend, Vec<&ItemChange>)> {
        [
            (Trend::Improved, &self.improved),
            (Trend::Declined, &self.declined),
            (Trend::Higher, &self.higher),
            (Trend::Lower, &self.lower),
            (Trend::WithinChance, &self.within_chance),
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

// Chance: permutation tests of the change in mean score.
//
// Under the null hypothesis (nothing changed, the two rounds are two draws from the same
// people answering again), which answers fell in which round is arbitrary: every way to
// split the pooled answers into groups of the two rounds' sizes is equally likely. The
// p-value is the share of splits whose difference in means is at least as far from zero as
// the one observed (two-sided). The difference is a function of the sum of the smaller
// round's values alone (the total is fixed), so only that sum's distribution is needed.

/// The significance level: a change with a p-value of this or more is within chance.
pub const SIGNIFICANCE: f64 = 0.05;

/// A dimension is tested exactly when its respondents can be split between the two rounds
/// in at most this many ways; otherwise by Monte Carlo.
pub const EXACT_SPLITS: u64 = 20_000;

/// The random splits of a Monte Carlo test.
pub const RESAMPLES: u64 = 20_000;

/// The seed of every Monte Carlo test: the same answers always give the same p-value.
pub const SEED: u64 = 0x7061_7274_6e65_7273;

/// A path of the exact item test less likely than this is not followed: the total left out
/// is far below any p-value that matters.
const NEGLIGIBLE: f64 = 1e-30;

/// Steps of the exact item test beyond which it would take too long (rounds of many
/// thousands of answers on a scale of many options): Monte Carlo instead.
const EXACT_BUDGET: u64 = 200_000_000;

/// Part of the distribution of the exact item test: for one number of answers drawn, the
/// probability of each step sum from `start` on.
struct Row {
    start: i64,
    p: Vec<f64>,
}

impl Row {
    /// Drops the negligible probabilities at either end.
    fn trim(&mut self) {
        let keep = |p: &f64| *p >= NEGLIGIBLE;
        match self.p.iter().position(keep) {
            None => self.p.clear(),
            Some(first) => {
                let last = self.p.iter().rposition(keep).unwrap_or(first);
                self.p.truncate(last + 1);
                self.p.drain(..first);
                self.start += first as i64;
            }
        }
    }
}

/// A p-value and how it was computed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chance {
    pub p: f64,
    pub method: TestMethod,
}

/// Two-sided permutation test of the change in mean score of an item, from the answers'
/// counts: `values` holds (score, answers with it in the first round, in the second).
/// Exact: the distribution of the smaller round's score sum over every split of the pooled
/// answers (multivariate hypergeometric over the options) is worked out option by option;
/// only for very large rounds, where that would take too long, by Monte Carlo. Splits less
/// likely than 1e-30 are left out of the reckoning, so the p-value is exact but for a
/// difference far below anything shown (an extremely small p-value may come out as 0).
/// `None` when a round has no scored answer.
pub fn answers_test(values: &[(f64, u64, u64)]) -> Option<Chance> {
    let pooled = Pooled::new(values)?;
    match pooled.exact_by_options() {
        Some(p) => Some(Chance {
            p,
            method: TestMethod::Exact,
        }),
        None => Some(Chance {
            p: pooled.monte_carlo(),
            method: TestMethod::MonteCarlo,
        }),
    }
}

/// Two-sided permutation test of the change in a dimension's mean score, shuffling whole
/// respondents: `from` and `to` hold each distinct respondent mean of a round with how many
/// respondents had it. Exact over every split of the respondents when there are at most
/// [`EXACT_SPLITS`]; otherwise Monte Carlo over [`RESAMPLES`] random splits from [`SEED`],
/// p = (b + 1) / (R + 1) with b of the R splits at least as extreme. `None` when a round
/// has no respondent.
pub fn respondents_test(from: &[(f64, u64)], to: &[(f64, u64)]) -> Option<Chance> {
    let values: Vec<(f64, u64, u64)> = from
        .iter()
        .map(|&(v, n)| (v, n, 0))
        .chain(to.iter().map(|&(v, n)| (v, 0, n)))
        .collect();
    let pooled = Pooled::new(&values)?;
    Some(if pooled.splits() <= EXACT_SPLITS {
        Chance {
            p: pooled.exact_by_splits(),
            method: TestMethod::Exact,
        }
    } else {
        Chance {
            p: pooled.monte_carlo(),
            method: TestMethod::MonteCarlo,
        }
    })
}

/// The two rounds' values pooled: each distinct value (lowest first) with how many of it
/// each round has.
struct Pooled {
    /// (value, in the first round, in the second).
    values: Vec<(f64, u64, u64)>,
    n1: u64,
    n2: u64,
}

impl Pooled {
    fn new(values: &[(f64, u64, u64)]) -> Option<Pooled> {
        let mut v: Vec<(f64, u64, u64)> = values
            .iter()
            .copied()
            .filter(|&(x, a, b)| x.is_finite() && a + b > 0)
            .collect();
        v.sort_by(|a, b| a.0.total_cmp(&b.0));
        v.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 += later.1;
                kept.2 += later.2;
            }
            same
        });
        let n1: u64 = v.iter().map(|x| x.1).sum();
        let n2: u64 = v.iter().map(|x| x.2).sum();
        (n1 > 0 && n2 > 0).then_some(Pooled { values: v, n1, n2 })
    }

    fn total(&self) -> u64 {
        self.n1 + self.n2
    }

    /// The size of the smaller round, and each value's count in it: splits are counted by
    /// the values they put there (the same for either order of the rounds).
    fn drawn(&self) -> (u64, Vec<u64>) {
        if self.n1 <= self.n2 {
            (self.n1, self.values.iter().map(|x| x.1).collect())
        } else {
            (self.n2, self.values.iter().map(|x| x.2).collect())
        }
    }

    /// The number of ways to split the pooled values between the rounds, or
    /// `EXACT_SPLITS + 1` when more.
    fn splits(&self) -> u64 {
        let (k, n) = (self.n1.min(self.n2), self.total());
        let mut c: u128 = 1;
        for i in 1..=k {
            c = c * u128::from(n - k + i) / u128::from(i);
            if c > u128::from(EXACT_SPLITS) {
                return EXACT_SPLITS + 1;
            }
        }
        c as u64
    }

    /// |difference in means| for a sum `s` of the smaller round's values (`k` of them):
    /// the other round's mean minus this one's.
    fn distance(&self, s: f64, k: u64) -> f64 {
        let total: f64 = self.values.iter().map(|x| x.0 * (x.1 + x.2) as f64).sum();
        ((total - s) / (self.total() - k) as f64 - s / k as f64).abs()
    }

    /// A difference this much smaller than the observed one still counts as large: equal
    /// differences computed along two paths may differ in the last bits.
    fn tolerance(&self) -> f64 {
        let largest = self.values.iter().map(|x| x.0.abs()).fold(1.0, f64::max);
        1e-9 * largest
    }

    /// Exact p-value by enumerating how many of each value the smaller round gets (each
    /// composition weighted by the number of splits that give it).
    fn exact_by_splits(&self) -> f64 {
        let (k, observed) = self.drawn();
        let s_obs: f64 = self
            .values
            .iter()
            .zip(&observed)
            .map(|(x, &c)| x.0 * c as f64)
            .sum();
        let threshold = self.distance(s_obs, k) - self.tolerance();
        let totals: Vec<u64> = self.values.iter().map(|x| x.1 + x.2).collect();
        // What the values after each one can still take.
        let mut after = vec![0u64; totals.len() + 1];
        for j in (0..totals.len()).rev() {
            after[j] = after[j + 1] + totals[j];
        }
        let (mut extreme, mut all) = (0u128, 0u128);
        let mut stack: Vec<(usize, u64, f64, u128)> = vec![(0, k, 0.0, 1)];
        while let Some((j, left, s, w)) = stack.pop() {
            if j == totals.len() {
                if left == 0 {
                    all += w;
                    if self.distance(s, k) >= threshold {
                        extreme += w;
                    }
                }
                continue;
            }
            let low = left.saturating_sub(after[j + 1]);
            for c in low..=left.min(totals[j]) {
                stack.push((
                    j + 1,
                    left - c,
                    s + self.values[j].0 * c as f64,
                    w * choose(totals[j], c),
                ));
            }
        }
        extreme as f64 / all as f64
    }

    /// Exact p-value from the distribution of the smaller round's score sum, option by
    /// option: the count of each option it gets, given those before, is hypergeometric.
    /// Sums are in whole steps of the values' lattice, so the comparison with the observed
    /// one is exact. `None` when the values fit no lattice or the work would be too long.
    fn exact_by_options(&self) -> Option<f64> {
        let low = self.values.first()?.0;
        let scale = [
            1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 20.0, 24.0, 100.0,
        ]
        .into_iter()
        .find(|&k| {
            self.values
                .iter()
                .all(|x| (((x.0 - low) * k) - ((x.0 - low) * k).round()).abs() < 1e-9)
        })?;
        let (k, observed) = self.drawn();
        // (steps, pooled count, count in the smaller round), the largest pool last: it
        // takes whatever is left.
        let mut options: Vec<(i64, u64, u64)> = self
            .values
            .iter()
            .zip(&observed)
            .map(|(x, &c)| (((x.0 - low) * scale).round() as i64, x.1 + x.2, c))
            .collect();
        options.sort_by_key(|o| o.1);
        let n = self.total();
        let largest_step = options.iter().map(|o| o.0).max().unwrap_or(0);
        if (largest_step as u128) * u128::from(n) >= 1 << 40 {
            return None;
        }
        let total: i128 = options.iter().map(|o| o.0 as i128 * o.1 as i128).sum();
        // |S·n − total·k| is n·k times the |difference in means| of a split where the
        // smaller round's steps add up to S.
        let distance = |s: i64| (s as i128 * n as i128 - total * k as i128).abs();
        let observed = distance(options.iter().map(|o| o.0 * o.2 as i64).sum());
        // Row c: the probability of each step sum s (from `start` on) when the options so
        // far put c answers in the smaller round.
        let mut rows: BTreeMap<u64, Row> = BTreeMap::new();
        rows.insert(
            0,
            Row {
                start: 0,
                p: vec![1.0],
            },
        );
        let mut left = n;
        let mut work: u64 = 0;
        let (last, rest) = options.split_last()?;
        for &(step, pool, _) in rest {
            // Where each new row starts and ends, then what goes in it.
            let mut bounds: BTreeMap<u64, (i64, i64)> = BTreeMap::new();
            let draws: Vec<(u64, Hypergeometric, f64)> = rows
                .iter()
                .map(|(&c, row)| {
                    let top = row.p.iter().copied().fold(0.0, f64::max);
                    (c, Hypergeometric::new(left, pool, k - c), top)
                })
                .collect();
            for ((c, h, top), row) in draws.iter().zip(rows.values()) {
                h.walk(*top, |x, _| {
                    let from = row.start + x as i64 * step;
                    let to = from + row.p.len() as i64;
                    let b = bounds.entry(c + x).or_insert((from, to));
                    *b = (b.0.min(from), b.1.max(to));
                    work += row.p.len() as u64;
                });
                if work > EXACT_BUDGET {
                    return None;
                }
            }
            let mut next: BTreeMap<u64, Row> = bounds
                .into_iter()
                .map(|(c, (from, to))| {
                    (
                        c,
                        Row {
                            start: from,
                            p: vec![0.0; (to - from) as usize],
                        },
                    )
                })
                .collect();
            for ((c, h, top), row) in draws.iter().zip(rows.values()) {
                h.walk(*top, |x, q| {
                    if let Some(target) = next.get_mut(&(c + x)) {
                        let at = (row.start + x as i64 * step - target.start) as usize;
                        for (t, p) in target.p[at..].iter_mut().zip(&row.p) {
                            *t += p * q;
                        }
                    }
                });
            }
            for row in next.values_mut() {
                row.trim();
            }
            next.retain(|_, row| !row.p.is_empty());
            left -= pool;
            rows = next;
        }
        // Over the total kept rather than 1: what was dropped and rounding cancel out, and
        // a test where every split is as extreme gives exactly 1.
        let (mut extreme, mut all) = (0.0, 0.0);
        for (&c, row) in &rows {
            if k - c > last.1 {
                continue;
            }
            let add = (k - c) as i64 * last.0;
            for (i, p) in row.p.iter().enumerate() {
                all += p;
                if distance(row.start + i as i64 + add) >= observed {
                    extreme += p;
                }
            }
        }
        (all > 0.0).then(|| (extreme / all).min(1.0))
    }

    /// Monte Carlo p-value: [`RESAMPLES`] random splits from [`SEED`], each drawn value by
    /// value (how many of each the smaller round gets, given those before, is
    /// hypergeometric), so that the cost does not grow with the number of respondents;
    /// p = (b + 1) / (R + 1).
    fn monte_carlo(&self) -> f64 {
        let (k, observed) = self.drawn();
        let s_obs: f64 = self
            .values
            .iter()
            .zip(&observed)
            .map(|(x, &c)| x.0 * c as f64)
            .sum();
        let threshold = self.distance(s_obs, k) - self.tolerance();
        let mut rng = SplitMix64(SEED);
        let mut extreme: u64 = 0;
        for _ in 0..RESAMPLES {
            let (mut left, mut pool_left, mut s) = (k, self.total(), 0.0);
            for (j, x) in self.values.iter().enumerate() {
                if left == 0 {
                    break;
                }
                let pool = x.1 + x.2;
                let c = if j + 1 == self.values.len() {
                    left
                } else {
                    Hypergeometric::new(pool_left, pool, left).sample(rng.unit())
                };
                s += x.0 * c as f64;
                left -= c;
                pool_left -= pool;
            }
            if self.distance(s, k) >= threshold {
                extreme += 1;
            }
        }
        (extreme + 1) as f64 / (RESAMPLES + 1) as f64
    }
}

/// n choose k, for the small numbers of an exact enumeration.
fn choose(n: u64, k: u64) -> u128 {
    let k = k.min(n - k);
    let mut c: u128 = 1;
    for i in 1..=k {
        c = c * u128::from(n - k + i) / u128::from(i);
    }
    c
}

/// ln(n!): a table up to 255, Stirling's series beyond (error below 1e-15).
fn ln_factorial(n: u64) -> f64 {
    static TABLE: std::sync::OnceLock<[f64; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0.0; 256];
        for i in 1..256 {
            t[i] = t[i - 1] + (i as f64).ln();
        }
        t
    });
    if n < 256 {
        return table[n as usize];
    }
    let x = n as f64 + 1.0;
    (x - 0.5) * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI).ln() + 1.0 / (12.0 * x)
        - 1.0 / (360.0 * x.powi(3))
        + 1.0 / (1260.0 * x.powi(5))
}

fn ln_choose(n: u64, k: u64) -> f64 {
    ln_factorial(n) - ln_factorial(k) - ln_factorial(n - k)
}

/// How many marked items a draw of `r` from `m` items, `k` of them marked, holds.
struct Hypergeometric {
    m: u64,
    k: u64,
    r: u64,
    lo: u64,
    hi: u64,
    mode: u64,
    p_mode: f64,
}

impl Hypergeometric {
    fn new(m: u64, k: u64, r: u64) -> Self {
        let lo = r.saturating_sub(m - k);
        let hi = k.min(r);
        let mode = (((r + 1) as u128 * (k + 1) as u128 / (m + 2) as u128) as u64).clamp(lo, hi);
        let p_mode = (ln_choose(k, mode) + ln_choose(m - k, r - mode) - ln_choose(m, r)).exp();
        Hypergeometric {
            m,
            k,
            r,
            lo,
            hi,
            mode,
            p_mode,
        }
    }

    /// P(x + 1) / P(x), for lo ≤ x < hi.
    fn ratio(&self, x: u64) -> f64 {
        let (m, k, r) = (self.m, self.k, self.r);
        ((k - x) as f64 * (r - x) as f64) / ((x + 1) as f64 * ((m - k) + x + 1 - r) as f64)
    }

    /// Calls `f(x, P(x))` for every x whose probability times `weight` is not negligible,
    /// from the mode outwards (the distribution is unimodal).
    fn walk(&self, weight: f64, mut f: impl FnMut(u64, f64)) {
        if weight * self.p_mode < NEGLIGIBLE {
            return;
        }
        f(self.mode, self.p_mode);
        let (mut x, mut p) = (self.mode, self.p_mode);
        while x < self.hi {
            p *= self.ratio(x);
            x += 1;
            if weight * p < NEGLIGIBLE {
                break;
            }
            f(x, p);
        }
        let (mut x, mut p) = (self.mode, self.p_mode);
        while x > self.lo {
            p /= self.ratio(x - 1);
            x -= 1;
            if weight * p < NEGLIGIBLE {
                break;
            }
            f(x, p);
        }
    }

    /// The x at which the cumulative probability, taking the values from the most likely
    /// down, passes `u` (0 ≤ u < 1): a draw.
    fn sample(&self, u: f64) -> u64 {
        let (mut down, mut up) = (self.mode, self.mode);
        let (mut p_down, mut p_up) = (self.p_mode, self.p_mode);
        let mut sum = self.p_mode;
        while sum <= u {
            let next_up = if up < self.hi {
                p_up * self.ratio(up)
            } else {
                0.0
            };
            let next_down = if down > self.lo {
                p_down / self.ratio(down - 1)
            } else {
                0.0
            };
            if next_up <= 0.0 && next_down <= 0.0 {
                break;
            }
            if next_up >= next_down {
                up += 1;
                p_up = next_up;
                sum += next_up;
                if sum > u {
                    return up;
                }
            } else {
                down -= 1;
                p_down = next_down;
                sum += next_down;
                if sum > u {
                    return down;
                }
            }
        }
        self.mode
    }
}

/// SplitMix64: a small generator written here, so that the Monte Carlo p-values never change
/// with a library's version.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform number in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every split of the pooled values, enumerated one by one: the p-value as a fraction
    /// (splits at least as extreme, all splits).
    fn brute(from: &[f64], to: &[f64]) -> (u64, u64) {
        let pool: Vec<f64> = from.iter().chain(to).copied().collect();
        let (n, k) = (pool.len(), from.len());
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        let observed = (mean(to) - mean(from)).abs();
        let (mut extreme, mut all) = (0, 0);
        for mask in 0u32..(1 << n) {
            if mask.count_ones() as usize != k {
                continue;
            }
            let pick = |inside: bool| -> Vec<f64> {
                (0..n)
                    .filter(|i| (mask & (1 << i) != 0) == inside)
                    .map(|i| pool[i])
                    .collect()
            };
            let (a, b) = (pick(true), pick(false));
            all += 1;
            if (mean(&b) - mean(&a)).abs() >= observed - 1e-9 {
                extreme += 1;
            }
        }
        (extreme, all)
    }

    fn counts(values: &[f64], scores: &[f64]) -> Vec<u64> {
        scores
            .iter()
            .map(|s| values.iter().filter(|v| *v == s).count() as u64)
            .collect()
    }

    fn by_answers(from: &[f64], to: &[f64]) -> Chance {
        let scores = [1.0, 2.0, 3.0, 4.0, 5.0];
        let (a, b) = (counts(from, &scores), counts(to, &scores));
        let values: Vec<(f64, u64, u64)> =
            (0..scores.len()).map(|i| (scores[i], a[i], b[i])).collect();
        answers_test(&values).unwrap()
    }

    fn by_respondents(from: &[f64], to: &[f64]) -> Chance {
        let list = |v: &[f64]| v.iter().map(|&x| (x, 1)).collect::<Vec<_>>();
        respondents_test(&list(from), &list(to)).unwrap()
    }

    /// A small generator for the test cases (not the one the tests check).
    fn cases() -> Vec<(Vec<f64>, Vec<f64>)> {
        let mut state = 12345u64;
        let mut next = |m: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % m
        };
        (0..60)
            .map(|_| {
                let (n1, n2) = (1 + next(7) as usize, 1 + next(7) as usize);
                let options = 2 + next(4);
                let mut draw = |n: usize| (0..n).map(|_| (1 + next(options)) as f64).collect();
                (draw(n1), draw(n2))
            })
            .collect()
    }

    #[test]
    fn the_exact_test_of_answers_matches_enumerating_every_split() {
        for (from, to) in cases() {
            let (extreme, all) = brute(&from, &to);
            let c = by_answers(&from, &to);
            assert_eq!(c.method, TestMethod::Exact);
            assert!(
                (c.p - extreme as f64 / all as f64).abs() < 1e-12,
                "{from:?} {to:?}: {} ≠ {extreme}/{all}",
                c.p
            );
            // The same test from the other side.
            assert!((by_answers(&to, &from).p - c.p).abs() < 1e-12);
        }
    }

    #[test]
    fn the_exact_test_of_respondents_matches_enumerating_every_split() {
        for (from, to) in cases() {
            // Respondent means, not only whole scores.
            let from: Vec<f64> = from.iter().map(|x| x / 2.0 + 0.25).collect();
            let (extreme, all) = brute(&from, &to);
            let c = by_respondents(&from, &to);
            assert_eq!(c.method, TestMethod::Exact);
            assert_eq!(c.p, extreme as f64 / all as f64, "{from:?} {to:?}");
            assert_eq!(by_respondents(&to, &from).p, c.p);
        }
    }

    /// 30 respondents a round: C(60, 30) splits, so Monte Carlo, close to the exact value
    /// (the same data through the exact test of answers).
    #[test]
    fn the_monte_carlo_test_is_close_to_the_exact_one_and_never_changes() {
        let from: Vec<f64> = (0..30).map(|i| [1.0, 2.0, 2.0, 3.0][i % 4]).collect();
        let to: Vec<f64> = (0..30).map(|i| [2.0, 2.0, 3.0, 3.0, 1.0][i % 5]).collect();
        let exact = by_answers(&from, &to).p;
        let mc = by_respondents(&from, &to);
        assert_eq!(mc.method, TestMethod::MonteCarlo);
        // Standard error of a Monte Carlo p near 0.2 with 20 000 splits: 0.003.
        assert!((mc.p - exact).abs() < 0.012, "{} vs {exact}", mc.p);
        assert_eq!(by_respondents(&from, &to).p, mc.p);
        assert_eq!(by_respondents(&to, &from).p, mc.p);
        // p = (b + 1) / (R + 1).
        let b = mc.p * (RESAMPLES + 1) as f64 - 1.0;
        assert!((b - b.round()).abs() < 1e-6, "{b}");
    }

    /// Large rounds stay exact and quick: 3 000 answers a round on 3 and on 5 options.
    #[test]
    fn large_rounds_are_tested_exactly() {
        for options in [3u64, 5] {
            let values: Vec<(f64, u64, u64)> = (0..options)
                .map(|j| {
                    (
                        (j + 1) as f64,
                        3000 / options + j * 7,
                        3000 / options + 20 - j * 9,
                    )
                })
                .collect();
            let c = answers_test(&values).unwrap();
            assert_eq!(c.method, TestMethod::Exact, "{options} options");
            assert!(c.p > 0.0 && c.p <= 1.0, "{}", c.p);
            let swapped: Vec<(f64, u64, u64)> = values.iter().map(|&(v, a, b)| (v, b, a)).collect();
            assert!((answers_test(&swapped).unwrap().p - c.p).abs() < 1e-12);
        }
    }

    #[test]
    fn no_test_without_answers_in_both_rounds() {
        assert_eq!(answers_test(&[(3.0, 4, 0), (1.0, 2, 0)]), None);
        assert_eq!(respondents_test(&[], &[(2.0, 3)]), None);
        // All the same: nothing can differ.
        assert_eq!(answers_test(&[(2.0, 4, 5)]).unwrap().p, 1.0);
    }
}
