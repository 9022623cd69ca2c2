//! Counting answers and the statistics a report shows: counts, percentages over valid
//! answers, mean, median, sample standard deviation, divergence.

use std::collections::BTreeMap;

/// The answers to one item (or one pool of items): option code → count, the no-answer
/// count apart, and how many valid answers carry each score. Only counts are kept, so a
/// tally's size does not grow with the number of responses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub counts: BTreeMap<String, usize>,
    pub no_answer: usize,
    /// (score, number of answers with it), in no particular order.
    pub scores: Vec<(f64, usize)>,
}

impl Tally {
    /// Counts a valid answer (its score, when the option has one).
    pub fn add(&mut self, code: &str, score: Option<f64>) {
        self.add_many(code, score, 1);
    }

    /// Counts `n` valid answers with the same code.
    pub fn add_many(&mut self, code: &str, score: Option<f64>, n: usize) {
        match self.counts.get_mut(code) {
            Some(c) => *c += n,
            None => {
                self.counts.insert(code.to_owned(), n);
            }
        }
        if let Some(s) = score {
            self.add_score(s, n);
        }
    }

    fn add_score(&mut self, score: f64, n: usize) {
        if n == 0 {
            return;
        }
        match self.scores.iter_mut().find(|(s, _)| *s == score) {
            Some((_, c)) => *c += n,
            None => self.scores.push((score, n)),
        }
    }

    pub fn add_no_answer(&mut self) {
        self.no_answer += 1;
    }

    /// Adds another tally to this one (pooling items or groups).
    pub fn merge(&mut self, other: &Tally) {
        for (code, n) in &other.counts {
            *self.counts.entry(code.clone()).or_insert(0) += n;
        }
        self.no_answer += other.no_answer;
        for &(s, n) in &other.scores {
            self.add_score(s, n);
        }
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

    fn scored(&self) -> usize {
        self.scores.iter().map(|(_, n)| n).sum()
    }

    pub fn mean(&self) -> Option<f64> {
        let n = self.scored();
        (n > 0).then(|| self.scores.iter().map(|(s, c)| s * *c as f64).sum::<f64>() / n as f64)
    }

    /// The middle score; the mean of the two middle scores for an even count.
    pub fn median(&self) -> Option<f64> {
        let n = self.scored();
        if n == 0 {
            return None;
        }
        let mut sorted = self.scores.clone();
        sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
        // the k-th smallest score, 1-based
        let kth = |k: usize| {
            let mut seen = 0;
            for (s, c) in &sorted {
                seen += c;
                if seen >= k {
                    return *s;
                }
            }
            sorted.last().map_or(0.0, |x| x.0)
        };
        Some(if n.is_multiple_of(2) {
            (kth(n / 2) + kth(n / 2 + 1)) / 2.0
        } else {
            kth(n / 2 + 1)
        })
    }

    /// The sample standard deviation (divisor n − 1); undefined below two answers.
    pub fn sd(&self) -> Option<f64> {
        let n = self.scored();
        if n < 2 {
            return None;
        }
        let m = self.mean()?;
        let ss: f64 = self
            .scores
            .iter()
            .map(|(s, c)| (s - m).powi(2) * *c as f64)
            .sum();
        Some((ss / (n - 1) as f64).sqrt())
    }

    /// Whether at least `threshold` of the valid answers are among the `high` codes and at
    /// least `threshold` among the `low` codes (the highest and lowest thirds of the scale).
    pub fn divergent(&self, high: &[&str], low: &[&str], threshold: f64) -> bool {
        let n = self.valid();
        if n == 0 || high.is_empty() || low.is_empty() || high.iter().any(|h| low.contains(h)) {
            return false;
        }
        let share = |codes: &[&str]| {
            codes
                .iter()
                .map(|c| self.counts.get(*c).copied().unwrap_or(0))
                .sum::<usize>() as f64
                / n as f64
        };
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
        assert!(
            t.divergent(&["A"], &["C"], 0.25),
            "25 % at each end is divergent"
        );
        assert!(!t.divergent(&["A"], &["C"], 0.3));
        assert_eq!(t.modes(), ["A"]);
    }

    #[test]
    fn edge_cases() {
        let empty = tally("NN");
        assert_eq!(empty.valid(), 0);
        assert_eq!(empty.mean(), None);
        assert_eq!(empty.median(), None);
        assert_eq!(empty.sd(), None);
        assert!(!empty.divergent(&["A"], &["C"], 0.25));
        assert!(empty.modes().is_empty());
        let one = tally("B");
        assert_eq!(one.sd(), None);
        assert_eq!(one.median(), Some(2.0));
        assert_eq!(tally("ABBC").modes(), ["B"]);
        assert_eq!(tally("AACC").modes(), ["A", "C"]);
        // 1 of 5 at each end: 20 % < 25 %
        assert!(!tally("ABBBC").divergent(&["A"], &["C"], 0.25));
        let mut pooled = tally("AB");
        pooled.merge(&tally("CN"));
        let expected = tally("ABCN");
        assert_eq!(
            (pooled.valid(), pooled.no_answer, pooled.mean()),
            (expected.valid(), expected.no_answer, expected.mean())
        );
        // medians from counts: 1 1 1 3 → (1 + 1)/2 = 1; 1 2 3 3 → 2.5
        assert_eq!(tally("CCCA").median(), Some(1.0));
        assert_eq!(tally("CBAA").median(), Some(2.5));
    }
}
