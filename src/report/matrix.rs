//! The contribution matrix: organisations × resource categories, for what each brings into
//! the partnership and what it gets back.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::NOT_STATED_CODE;
use super::accumulate::GroupCounts;

/// Two answers for one organisation this many levels apart are flagged as a disagreement.
pub const DISAGREEMENT_LEVELS: f64 = 2.0;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatrixReport {
    /// The profile field naming the organisation.
    pub by: String,
    /// The answer levels and their scores (none 0 … major 3).
    pub levels: Vec<Level>,
    pub categories: Vec<Category>,
    /// One row per organisation that answered, in the order of the partner list.
    pub organisations: Vec<Organisation>,
    /// Partner organisations from which nobody answered.
    pub not_answered: Vec<String>,
    /// Categories no organisation contributes to.
    pub gaps: Vec<String>,
    /// Categories carried by a single organisation.
    pub dependencies: Vec<Dependency>,
    /// In-kind contributions (every category but money) as a percentage of all
    /// contributions.
    pub in_kind_percent: Option<f64>,
    /// What was pooled or left out to protect respondents who did not name a partner.
    pub notes: Vec<String>,
    /// The rules behind the figures, in words.
    pub rules: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub code: String,
    pub label: String,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub label: String,
    /// Money rather than in-kind.
    pub cash: bool,
    /// Sum over organisations of their contribution level.
    pub contributed: f64,
    /// Sum over organisations of what they receive.
    pub received: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub code: String,
    pub name: String,
    /// People who answered for it.
    pub respondents: usize,
    /// Category id → the median level of its respondents' answers (absent: no answer).
    pub contributes: BTreeMap<String, f64>,
    pub receives: BTreeMap<String, f64>,
    /// Sum of its contribution levels.
    pub contributed: f64,
    /// Sum of what it receives.
    pub received: f64,
    /// Its share of all contributions, in percent.
    pub share_percent: Option<f64>,
    /// Received minus contributed: positive when it gets more than it brings.
    pub balance: f64,
    /// Categories where its respondents disagree (answers two levels or more apart).
    pub disagreements: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dependency {
    pub category: String,
    pub organisation: String,
}

/// Compiles the matrix (when the questionnaire declares one) from the counts of each group
/// of its organisation field. `partners` are the evaluation's partner codes, to list those
/// that did not answer.
pub(super) fn compile(
    c: &super::Compiler<'_>,
    groups: &[GroupCounts],
    partners: &[String],
    min: usize,
) -> Option<MatrixReport> {
    let def = c.def;
    let m = c.m;
    let spec = def.matrix.as_ref()?;
    let contributes = def.item(&spec.contributes)?;
    let receives = spec.receives.as_deref().and_then(|id| def.item(id));
    let field = def.profile.iter().find(|f| f.id == spec.by)?;
    let question = |item: &str, row: &str| {
        c.layout
            .questions
            .iter()
            .position(|q| q.item.id == item && q.row == Some(row))
    };
    // Named partners are shown one by one, as respondents were told. Those who answered
    // for another organisation or did not say which are one pooled group, shown only when
    // it reaches the minimum group size.
    let is_partner = |g: &&GroupCounts| g.code.as_ref().is_some_and(|c| partners.contains(c));
    let mut present: Vec<GroupCounts> = groups
        .iter()
        .filter(|g| g.n > 0 && is_partner(g))
        .cloned()
        .collect();
    let unnamed: Vec<&GroupCounts> = groups
        .iter()
        .filter(|g| g.n > 0 && !is_partner(g))
        .collect();
    let unnamed_n: i64 = unnamed.iter().map(|g| g.n).sum();
    let mut notes = Vec::new();
    if unnamed_n > 0 {
        if unnamed_n as usize >= min {
            let mut pooled = GroupCounts {
                code: Some(super::POOLED_CODE.to_owned()),
                n: 0,
                counts: vec![Default::default(); c.layout.questions.len()],
            };
            for g in &unnamed {
                pooled.n += g.n;
                for (a, b) in pooled.counts.iter_mut().zip(&g.counts) {
                    a.merge(b);
                }
            }
            present.push(pooled);
        } else {
            notes.push(m.matrix_unnamed_hidden(unnamed_n as usize, min));
        }
    }
    let position = |code: &Option<String>| match code {
        Some(code) => field
            .choices
            .iter()
            .position(|ch| &ch.code == code)
            .unwrap_or(usize::MAX - 1),
        None => usize::MAX,
    };
    present.sort_by_key(|g| position(&g.code));
    // The median level and whether answers are two levels apart, for one group and question.
    let level = |g: &GroupCounts, q: Option<usize>| -> (Option<f64>, bool) {
        let Some(q) = q else { return (None, false) };
        let tally = c.tally(q, &g.counts[q]);
        let used: Vec<f64> = tally
            .scores
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(s, _)| *s)
            .collect();
        let spread = spread_of(&used);
        (tally.median(), spread >= DISAGREEMENT_LEVELS)
    };
    let mut organisations: Vec<Organisation> = present
        .iter()
        .map(|g| {
            let mut o = Organisation {
                code: g.code.clone().unwrap_or_else(|| NOT_STATED_CODE.to_owned()),
                name: match &g.code {
                    Some(code) if code == super::POOLED_CODE => m.matrix_unnamed.to_owned(),
                    Some(code) => field
                        .choices
                        .iter()
                        .find(|ch| &ch.code == code)
                        .map_or_else(|| code.clone(), |ch| c.text(&ch.label)),
                    None => m.not_stated.to_owned(),
                },
                respondents: g.n as usize,
                contributes: BTreeMap::new(),
                receives: BTreeMap::new(),
                contributed: 0.0,
                received: 0.0,
                share_percent: None,
                balance: 0.0,
                disagreements: Vec::new(),
            };
            for row in &contributes.rows {
                let (given, mut disagree) = level(g, question(&contributes.id, &row.id));
                if let Some(v) = given {
                    o.contributes.insert(row.id.clone(), v);
                }
                if let Some(item) = receives {
                    let (got, apart) = level(g, question(&item.id, &row.id));
                    if let Some(v) = got {
                        o.receives.insert(row.id.clone(), v);
                    }
                    disagree |= apart;
                }
                if disagree {
                    o.disagreements.push(row.id.clone());
                }
            }
            o.contributed = o.contributes.values().sum();
            o.received = o.receives.values().sum();
            o.balance = o.received - o.contributed;
            o
        })
        .collect();
    let grand: f64 = organisations.iter().map(|o| o.contributed).sum();
    for o in &mut organisations {
        o.share_percent = (grand > 0.0).then(|| 100.0 * o.contributed / grand);
    }
    let categories: Vec<Category> = contributes
        .rows
        .iter()
        .map(|row| Category {
            id: row.id.clone(),
            label: c.text(&row.text),
            cash: spec.cash_rows.contains(&row.id),
            contributed: organisations
                .iter()
                .filter_map(|o| o.contributes.get(&row.id))
                .sum(),
            received: receives.map(|_| {
                organisations
                    .iter()
                    .filter_map(|o| o.receives.get(&row.id))
                    .sum()
            }),
        })
        .collect();
    let contributors = |id: &str| -> Vec<&Organisation> {
        organisations
            .iter()
            .filter(|o| o.contributes.get(id).is_some_and(|l| *l > 0.0))
            .collect()
    };
    let gaps = categories
        .iter()
        .filter(|cat| contributors(&cat.id).is_empty())
        .map(|cat| cat.id.clone())
        .collect();
    let dependencies = categories
        .iter()
        .filter_map(|cat| match contributors(&cat.id).as_slice() {
            [only] => Some(Dependency {
                category: cat.id.clone(),
                organisation: only.code.clone(),
            }),
            _ => None,
        })
        .collect();
    let in_kind: f64 = categories
        .iter()
        .filter(|cat| !cat.cash)
        .map(|cat| cat.contributed)
        .sum();
    let not_answered = partners
        .iter()
        .filter(|code| !organisations.iter().any(|o| &o.code == *code))
        .map(|code| {
            field
                .choices
                .iter()
                .find(|ch| &ch.code == code)
                .map_or_else(|| code.clone(), |ch| c.text(&ch.label))
        })
        .collect();
    let levels = contributes
        .options
        .iter()
        .map(|o| Level {
            code: o.code.clone(),
            label: c.text(&o.label),
            score: o.score.unwrap_or(0.0),
        })
        .collect();
    Some(MatrixReport {
        by: spec.by.clone(),
        levels,
        categories,
        organisations,
        not_answered,
        gaps,
        dependencies,
        in_kind_percent: (grand > 0.0).then(|| 100.0 * in_kind / grand),
        notes,
        rules: m.matrix_rules.iter().map(|r| r.to_string()).collect(),
    })
}

/// Highest minus lowest.
fn spread_of(values: &[f64]) -> f64 {
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    if values.is_empty() { 0.0 } else { max - min }
}
