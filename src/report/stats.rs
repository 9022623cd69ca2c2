//! Counting answers and the statistics a report shows: counts, percentages over valid
//! answers, mean, median, sample standard deviation, divergence.

use std::collections::BTreeMap;

/// The answers to one item (or one pool of items): option code → count, the no-answer
/// count apart, and the score of every valid answer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub counts: BTreeMap<String, usize>,
    pub no_answer: usize,
    pub scores: Vec<f64>,
}

impl Tally {
    /// Counts a valid answer (its score, when the option has one).
    pub fn add(&mut self, code: &str, score: Option<f64>) {
        *self.counts.entry(code.to_owned()).or_insert(0) += 1;
        if let Some(s) = score {
            self.scores.push(s);
        }
    }

    pub fn add_no_answer(&mut self) {
        self.no_answer += 1;
    }

    /// Adds another tally to this one (pooling items).
    pub fn merge(&mut self, other: &Tally) {
        for (code, n) in &other.counts {
            *self.counts.entry(code.clone()).or_insert(0) += n;
        }
        self.no_answer += other.no_answer;
        self.scores.extend_from_slice(&other.scores);
    }

    /// Number of valid answers (every answer but no-answer).
    pub fn valid(&self) -> usize {
        self.counts.values().sum()
    }

    /// Percentage of valid answers for each code (0 to 100).
    pub fn percent(&self) -> BTreeMap<String, f64> {
        let n = self.valid();
        self.counts
            .iter()
            .map(|(code, &c)| {
                (
                    code.clone(),
                    if n == 0 {
                        0.0
                    } else {
                        100.0 * c as f64 / n as f64
                    },
                )
            })
            .collect()
    }

    pub fn mean(&self) -> Option<f64> {
        mean(&self.scores)
    }

    pub fn median(&self) -> Option<f64> {
        median(&self.scores)
    }

    pub fn sd(&self) -> Option<f64> {
        sample_sd(&self.scores)
    }

    /// Whether at least `threshold` of the valid answers are `high` and at least
    /// `threshold` are `low` (the strongest and weakest options).
    pub fn divergent(&self, high: &str, low: &str, threshold: f64) -> bool {
        let n = self.valid();
        if n == 0 || high == low {
            return false;
        }
        let share = |code: &str| self.counts.get(code).copied().unwrap_or(0) as f64 / n as f64;
        // A small tolerance so that exactly 25 % counts as 25 % despite floating point.
        share(high) + 1e-9 >= threshold && share(low) + 1e-9 >= threshold
    }

    /// The most frequent codes (several when tied); empty without valid answers.
    pub fn modes(&self) -> Vec<String> {
        let top = self.counts.values().copied().max().unwrap_or(0);
        if top == 0 {
            return Vec::new();
        }
        self.counts
            .iter()
            .filter(|(_, n)| **n == top)
            .map(|(code, _)| code.clone())
            .collect()
    }
}

pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The middle value; the mean of the two middle values for an even count.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    })
}

/// The sample standard deviation (divisor n − 1); undefined below two values.
pub fn sample_sd(values: &[f64]) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let m = mean(values)?;
    let ss: f64 = values.iter().map(|v| (v - m).powi(2)).sum();
    Some((ss / (values.len() - 1) as f64).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(codes: &str) -> Tally {
        let mut t = Tally::default();
        for c in codes.chars() {
            match c {
                'A' => t.add("A", Some(3.0)),
                'B' => t.add("B", Some(2.0)),
                'C' => t.add("C", Some(1.0)),
                'N' => t.add_no_answer(),
                _ => {}
            }
        }
        t
    }

    /// Worked by hand: A A B C N → valid 4; A 50 %, B 25 %, C 25 %; scores 3 3 2 1:
    /// mean 9/4 = 2.25; median (2+3)/2 = 2.5; deviations .75 .75 -.25 -1.25, squares
    /// .5625 .5625 .0625 1.5625 = 2.75; /3 = .91667; sd = .957427.
    #[test]
    fn statistics_match_hand_computation() {
        let t = tally("AABCN");
        assert_eq!(t.valid(), 4);
        assert_eq!(t.no_answer, 1);
        assert_eq!(t.percent()["A"], 50.0);
        assert_eq!(t.percent()["C"], 25.0);
        assert_eq!(t.mean(), Some(2.25));
        assert_eq!(t.median(), Some(2.5));
        assert!((t.sd().unwrap() - 0.957_427_107_756_338_1).abs() < 1e-12);
        assert!(t.divergent("A", "C", 0.25), "25 % at each end is divergent");
        assert!(!t.divergent("A", "C", 0.3));
        assert_eq!(t.modes(), ["A"]);
    }

    #[test]
    fn edge_cases() {
        let empty = tally("NN");
        assert_eq!(empty.valid(), 0);
        assert_eq!(empty.mean(), None);
        assert_eq!(empty.median(), None);
        assert_eq!(empty.sd(), None);
        assert!(!empty.divergent("A", "C", 0.25));
        assert!(empty.modes().is_empty());
        let one = tally("B");
        assert_eq!(one.sd(), None);
        assert_eq!(one.median(), Some(2.0));
        assert_eq!(tally("ABBC").modes(), ["B"]);
        assert_eq!(tally("AACC").modes(), ["A", "C"]);
        // 1 of 5 at each end: 20 % < 25 %
        assert!(!tally("ABBBC").divergent("A", "C", 0.25));
        let mut pooled = tally("AB");
        pooled.merge(&tally("CN"));
        assert_eq!(pooled, tally("ABCN"));
    }
}
