//! Answers that are not chosen on a scored scale: ticks of a multiple-choice item, numbers
//! and open answers. They are counted as the responses stream by ([`Other`]) and reported
//! in their own terms ([`ChoiceStats`], [`NumberStats`], [`OpenAnswers`]): they never enter
//! a mean score, a band, a condition or the overall.

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::questionnaire::DefinedItem;
use crate::questionnaire::format::ItemKind;
use crate::response::NO_ANSWER_CODE;
use crate::response::view::AnswerView;

/// The answers to one `multiple`, `number` or `text` item, counted. Signed, so that a
/// response counted twice can be taken out again.
#[derive(Debug, Clone, PartialEq)]
pub enum Other {
    /// Per option (in the item's order), the respondents who ticked it; how many answered
    /// (ticked something) and how many gave no answer.
    Ticks {
        ticks: Vec<i64>,
        answered: i64,
        no_answer: i64,
        not_applicable: i64,
    },
    /// Each distinct value (by its bits) with how many gave it, no answer, and how many
    /// were not asked (`show_if`).
    Numbers {
        values: HashMap<u64, i64>,
        no_answer: i64,
        not_applicable: i64,
    },
    /// What respondents wrote (never tied to a respondent or a group).
    Texts(Vec<String>),
}

impl Other {
    /// The empty counts of `item`, when it is of a kind counted here.
    pub fn of(item: &DefinedItem) -> Option<Other> {
        Some(match item.kind {
            ItemKind::Multiple => Other::Ticks {
                ticks: vec![0; item.options.len()],
                answered: 0,
                no_answer: 0,
                not_applicable: 0,
            },
            ItemKind::Number => Other::Numbers {
                values: HashMap::new(),
                no_answer: 0,
                not_applicable: 0,
            },
            ItemKind::Text => Other::Texts(Vec::new()),
            ItemKind::Single | ItemKind::Grid => return None,
        })
    }

    /// Counts one checked answer of `item` in (`sign` 1) or out (`sign` −1).
    pub fn add(&mut self, item: &DefinedItem, answer: &AnswerView<'_>, sign: i64) {
        match (self, answer) {
            (Other::Ticks { no_answer, .. }, a) | (Other::Numbers { no_answer, .. }, a)
                if a.is_no_answer() =>
            {
                *no_answer += sign;
            }
            (
                Other::Ticks {
                    ticks, answered, ..
                },
                AnswerView::Choices(codes),
            ) => {
                *answered += sign;
                for code in codes {
                    if let Some(k) = item.options.iter().position(|o| o.code == *code) {
                        ticks[k] += sign;
                    }
                }
            }
            (Other::Numbers { values, .. }, AnswerView::Number(x)) => {
                *values.entry(x.to_bits()).or_default() += sign;
            }
            (Other::Texts(texts), AnswerView::Text(t)) if t != NO_ANSWER_CODE => {
                let text = crate::sanitize::for_terminal(t).into_owned();
                if text.trim().is_empty() {
                    return;
                }
                if sign > 0 {
                    texts.push(text);
                } else if let Some(k) = texts.iter().position(|x| *x == text) {
                    texts.remove(k);
                }
            }
            _ => {}
        }
    }

    /// Counts a respondent the item was not asked (its `show_if` not met) in or out.
    pub fn not_asked(&mut self, sign: i64) {
        match self {
            Other::Ticks { not_applicable, .. } | Other::Numbers { not_applicable, .. } => {
                *not_applicable += sign;
            }
            Other::Texts(_) => {}
        }
    }

    /// Adds the counts of another part of the responses.
    pub fn merge(&mut self, other: Other) {
        match (self, other) {
            (
                Other::Ticks {
                    ticks,
                    answered,
                    no_answer,
                    not_applicable,
                },
                Other::Ticks {
                    ticks: t,
                    answered: a,
                    no_answer: n,
                    not_applicable: na,
                },
            ) => {
                for (x, y) in ticks.iter_mut().zip(t) {
                    *x += y;
                }
                *answered += a;
                *no_answer += n;
                *not_applicable += na;
            }
            (
                Other::Numbers {
                    values,
                    no_answer,
                    not_applicable,
                },
                Other::Numbers {
                    values: v,
                    no_answer: n,
                    not_applicable: na,
                },
            ) => {
                for (k, c) in v {
                    *values.entry(k).or_default() += c;
                }
                *no_answer += n;
                *not_applicable += na;
            }
            (Other::Texts(texts), Other::Texts(t)) => texts.extend(t),
            _ => {}
        }
    }

    /// How many respondents gave a valid answer.
    pub fn answered(&self) -> usize {
        match self {
            Other::Ticks { answered, .. } => (*answered).max(0) as usize,
            Other::Numbers { values, .. } => values.values().sum::<i64>().max(0) as usize,
            Other::Texts(texts) => texts.len(),
        }
    }
}

/// A multiple-choice item: how many ticked each option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChoiceStats {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// Respondents who ticked at least one option.
    pub n: usize,
    pub no_answer: usize,
    /// Respondents the item was not asked (its `show_if` not met); absent when 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub not_applicable: usize,
    /// Each option in the questionnaire's order.
    pub options: Vec<ChoiceCount>,
}

/// One option of a multiple-choice item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChoiceCount {
    pub code: String,
    pub label: String,
    /// Respondents who ticked it.
    pub count: usize,
    /// Of the `n` respondents who answered (0 to 100); the options of an item add up to
    /// more than 100 when people tick several.
    pub percent: f64,
}

/// A number item: its distribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NumberStats {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// What the numbers count ("hours a month").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub n: usize,
    pub no_answer: usize,
    /// Respondents the item was not asked (its `show_if` not met); absent when 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub not_applicable: usize,
    pub min: Option<f64>,
    /// First quartile, median and third quartile (linear interpolation between the
    /// ordered values, as R's and pandas' defaults).
    pub q1: Option<f64>,
    pub median: Option<f64>,
    pub q3: Option<f64>,
    pub max: Option<f64>,
    pub mean: Option<f64>,
    /// Counts over equal bins covering `min` to `max`, lowest first: one per value when the
    /// values are whole and span at most 12, else about ten of a round width (1, 2, 2.5
    /// or 5 times a power of ten) from a multiple of it.
    pub histogram: Vec<Bin>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A bin of a histogram: values `from <= x < to`, the last bin including `to` (for whole
/// values spanning at most 12, one bin per value; else bins of a round width from a
/// multiple of it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bin {
    pub from: f64,
    pub to: f64,
    pub count: usize,
}

/// What respondents wrote to an open question, in alphabetical order (never in the order
/// given, so that no answer can be tied to a response).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenAnswers {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    pub answers: Vec<String>,
}

/// The quantile `p` (0 to 1) of sorted `values`, by linear interpolation (R's type 7).
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(last);
    Some(sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]))
}

/// The figures of a number item from its counted values.
pub fn number_figures(values: &HashMap<u64, i64>) -> (Vec<f64>, Vec<Bin>) {
    let mut sorted: Vec<f64> = Vec::new();
    let mut distinct: Vec<(f64, usize)> = values
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(bits, n)| (f64::from_bits(*bits), *n as usize))
        .collect();
    distinct.sort_by(|a, b| a.0.total_cmp(&b.0));
    for &(x, n) in &distinct {
        sorted.extend(std::iter::repeat_n(x, n));
    }
    (sorted.clone(), histogram(&distinct))
}

/// Equal bins over the values: one per whole value when they are whole and span at most
/// 12, else about ten bins of a round width.
fn histogram(distinct: &[(f64, usize)]) -> Vec<Bin> {
    let (Some(&(lo, _)), Some(&(hi, _))) = (distinct.first(), distinct.last()) else {
        return Vec::new();
    };
    let whole = distinct.iter().all(|(x, _)| x.fract() == 0.0);
    if whole && hi - lo <= 12.0 {
        let mut bins: Vec<Bin> = (0..=((hi - lo) as usize))
            .map(|k| Bin {
                from: lo + k as f64,
                to: lo + k as f64 + 1.0,
                count: 0,
            })
            .collect();
        for &(x, n) in distinct {
            bins[(x - lo) as usize].count += n;
        }
        return bins;
    }
    // About ten bins of a round width (1, 2 or 5 times a power of ten, and 2.5 for
    // decimals), starting at a multiple of it: "0–5 · 5–10 · …", not "2–5.8 · 5.8–9.6";
    // the last includes its end.
    let (mantissa, exponent) = round_step((hi - lo) / 10.0, whole);
    let edge = |k: i64| {
        let units = (k * mantissa) as f64;
        if exponent >= 0 {
            units * 10f64.powi(exponent) / 10.0
        } else {
            units / 10f64.powi(-exponent) / 10.0
        }
    };
    let step = edge(1);
    let first = (lo / step).floor() as i64;
    // The maximum on an edge closes the last bin rather than open one of its own.
    let count = ((hi / step).ceil() as i64 - first).max(1);
    let mut bins: Vec<Bin> = (0..count)
        .map(|k| Bin {
            from: edge(first + k),
            to: edge(first + k + 1),
            count: 0,
        })
        .collect();
    for &(x, n) in distinct {
        let k = ((x / step).floor() as i64 - first).clamp(0, count - 1) as usize;
        bins[k].count += n;
    }
    bins
}

/// The smallest round bin width at least `raw`, as tenths (10, 20, 25, 50) times a power of
/// ten; whole values get whole widths (never 2.5 nor below 1).
fn round_step(raw: f64, whole: bool) -> (i64, i32) {
    let raw = if whole { raw.max(1.0) } else { raw };
    if !(raw.is_finite() && raw > 0.0) {
        return (10, 0);
    }
    let mut exponent = raw.log10().floor() as i32;
    loop {
        for mantissa in [10, 20, 25, 50, 100] {
            if whole && mantissa == 25 && exponent <= 0 {
                continue;
            }
            let width = mantissa as f64 * 10f64.powi(exponent) / 10.0;
            if width >= raw * (1.0 - 1e-9) {
                return if mantissa == 100 {
                    (10, exponent + 1)
                } else {
                    (mantissa, exponent)
                };
            }
        }
        exponent += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bins(values: &[(f64, usize)]) -> Vec<(f64, f64, usize)> {
        histogram(values)
            .into_iter()
            .map(|b| (b.from, b.to, b.count))
            .collect()
    }

    #[test]
    fn wide_histograms_have_round_bins() {
        // Hours 2…40: a step of 3.8 rounds up to 5, from 0; 40 closes the last bin.
        let hours: Vec<(f64, usize)> = [2, 4, 6, 8, 10, 12, 16, 24, 40]
            .iter()
            .map(|&x| (x as f64, 1))
            .collect();
        assert_eq!(
            bins(&hours),
            vec![
                (0.0, 5.0, 2),
                (5.0, 10.0, 2),
                (10.0, 15.0, 2),
                (15.0, 20.0, 1),
                (20.0, 25.0, 1),
                (25.0, 30.0, 0),
                (30.0, 35.0, 0),
                (35.0, 40.0, 1),
            ]
        );
        // Decimals 0.12…0.9: a step of 0.078 rounds up to 0.1, edges without float dust.
        let b = bins(&[(0.12, 1), (0.5, 2), (0.9, 1)]);
        assert_eq!(b.first(), Some(&(0.1, 0.2, 1)));
        assert_eq!(b[4], (0.5, 0.6, 2));
        assert_eq!(b.last(), Some(&(0.8, 0.9, 1)));
        assert_eq!(b.len(), 8);
        // Whole values 0…30: a step of 3 rounds up to 5 (never 2.5 for whole values).
        assert_eq!(bins(&[(0.0, 1), (30.0, 1)]).len(), 6);
        // 1000…9000: a step of 800 rounds up to 1000.
        let b = bins(&[(1000.0, 1), (9000.0, 1)]);
        assert_eq!((b[0].0, b[0].1, b.len()), (1000.0, 2000.0, 8));
    }

    #[test]
    fn quartiles_interpolate_as_r_and_pandas_do() {
        // 1 2 3 4 10: Q1 at 0.25·4 = 1 → 2; median 3; Q3 at 3 → 4.
        let v = [1.0, 2.0, 3.0, 4.0, 10.0];
        assert_eq!(quantile(&v, 0.25), Some(2.0));
        assert_eq!(quantile(&v, 0.5), Some(3.0));
        assert_eq!(quantile(&v, 0.75), Some(4.0));
        // 1 2 3 4: Q1 at 0.75 → 1.75; median at 1.5 → 2.5; Q3 at 2.25 → 3.25.
        let v = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile(&v, 0.25), Some(1.75));
        assert_eq!(quantile(&v, 0.5), Some(2.5));
        assert_eq!(quantile(&v, 0.75), Some(3.25));
        assert_eq!(quantile(&[7.0], 0.25), Some(7.0));
        assert_eq!(quantile(&[], 0.5), None);
    }

    #[test]
    fn histograms_use_whole_values_or_ten_bins() {
        let values: HashMap<u64, i64> = [(2.0f64, 2), (4.0, 1), (3.0, 0)]
            .iter()
            .map(|(x, n)| (x.to_bits(), *n))
            .collect();
        let (sorted, bins) = number_figures(&values);
        assert_eq!(sorted, [2.0, 2.0, 4.0]);
        let counts: Vec<(f64, usize)> = bins.iter().map(|b| (b.from, b.count)).collect();
        assert_eq!(counts, [(2.0, 2), (3.0, 0), (4.0, 1)]);
        let values: HashMap<u64, i64> = [(0.0f64, 1), (40.0, 3), (100.0, 1)]
            .iter()
            .map(|(x, n)| (x.to_bits(), *n))
            .collect();
        let (_, bins) = number_figures(&values);
        assert_eq!(bins.len(), 10);
        assert_eq!(bins[0].count, 1);
        assert_eq!(bins[4].count, 3, "40 is in 40–50");
        assert_eq!(bins[9].count, 1, "the last bin includes the maximum");
        assert_eq!(bins[9].to, 100.0);
    }
}
