//! The report as tidy long CSV: one row per item (or dimension) × option × group, with a
//! header, readable as is by pandas, R and DuckDB. Every column has one type in every
//! dataset: counts are integers, figures are decimals written with a decimal point
//! (`2.0`, never `2`), `divergent` is `true`/`false` on item rows and empty elsewhere, and
//! an empty cell is a missing value.

use std::io::Write;

use crate::report::other::{ChoiceStats, NumberStats};
use crate::report::{DimensionStats, ItemStats, Report};

/// The columns, in order.
pub const COLUMNS: [&str; 24] = [
    "questionnaire",
    "group_field",
    "group",
    "group_n",
    "scope",
    "id",
    "dimension",
    "option",
    "count",
    "percent",
    "n",
    "no_answer",
    "mean",
    "median",
    "sd",
    "min",
    "q1",
    "q3",
    "max",
    "band",
    "divergent",
    "divergent_items",
    "skipped_files",
    // Last, so that scripts reading the earlier columns by position keep working.
    "not_applicable",
];

/// A decimal, always with a decimal point so that readers infer one type ("2.0", "2.5");
/// empty when missing.
fn decimal(x: Option<f64>) -> String {
    x.map(|v| format!("{v:?}")).unwrap_or_default()
}

/// One row: what it is about (`scope`, `id`, `option`) and its figures; what is `None` or
/// empty is written as an empty cell.
#[derive(Default, Clone, Copy)]
struct Row<'a> {
    group_field: &'a str,
    group: &'a str,
    group_n: Option<usize>,
    scope: &'a str,
    id: &'a str,
    dimension: &'a str,
    option: &'a str,
    count: Option<usize>,
    percent: Option<f64>,
    n: Option<usize>,
    no_answer: Option<usize>,
    mean: Option<f64>,
    median: Option<f64>,
    sd: Option<f64>,
    min: Option<f64>,
    q1: Option<f64>,
    q3: Option<f64>,
    max: Option<f64>,
    band: &'a str,
    divergent: Option<bool>,
    divergent_items: Option<usize>,
    /// Respondents not asked the item (its `show_if` was false); items only.
    not_applicable: Option<usize>,
}

struct Writer<'a, W: Write> {
    csv: csv::Writer<W>,
    questionnaire: &'a str,
    skipped: String,
}

impl<W: Write> Writer<'_, W> {
    fn write(&mut self, r: Row<'_>) -> csv::Result<()> {
        let int = |x: Option<usize>| x.map(|v| v.to_string()).unwrap_or_default();
        self.csv.write_record([
            self.questionnaire,
            r.group_field,
            r.group,
            &int(r.group_n),
            r.scope,
            r.id,
            r.dimension,
            r.option,
            &int(r.count),
            &decimal(r.percent),
            &int(r.n),
            &int(r.no_answer),
            &decimal(r.mean),
            &decimal(r.median),
            &decimal(r.sd),
            &decimal(r.min),
            &decimal(r.q1),
            &decimal(r.q3),
            &decimal(r.max),
            r.band,
            &r.divergent.map(|d| d.to_string()).unwrap_or_default(),
            &int(r.divergent_items),
            &self.skipped,
            &int(r.not_applicable),
        ])
    }

    /// The rows of an item or a dimension: each option with its count and percentage,
    /// then no answer with its count; the other figures repeat on every row.
    fn figures(
        &mut self,
        base: Row<'_>,
        counts: &std::collections::BTreeMap<String, usize>,
        percent: &std::collections::BTreeMap<String, f64>,
    ) -> csv::Result<()> {
        for (code, count) in counts {
            self.write(Row {
                option: code,
                count: Some(*count),
                percent: percent.get(code).copied(),
                ..base
            })?;
        }
        self.write(Row {
            option: crate::response::NO_ANSWER_CODE,
            count: base.no_answer,
            ..base
        })
    }

    fn item(&mut self, field: &str, group: &str, group_n: usize, i: &ItemStats) -> csv::Result<()> {
        let base = Row {
            group_field: field,
            group,
            group_n: Some(group_n),
            scope: "item",
            id: &i.id,
            dimension: i.dimension.as_deref().unwrap_or(""),
            n: Some(i.n),
            no_answer: Some(i.no_answer),
            mean: i.mean,
            median: i.median,
            sd: i.sd,
            band: i.band.as_deref().unwrap_or(""),
            divergent: Some(i.divergent),
            not_applicable: Some(i.not_applicable),
            ..Row::default()
        };
        self.figures(base, &i.counts, &i.percent)
    }

    fn dimension(
        &mut self,
        field: &str,
        group: &str,
        group_n: usize,
        d: &DimensionStats,
    ) -> csv::Result<()> {
        let base = Row {
            group_field: field,
            group,
            group_n: Some(group_n),
            scope: if d.id == "overall" {
                "overall"
            } else {
                "dimension"
            },
            id: &d.id,
            n: Some(d.n),
            no_answer: Some(d.no_answer),
            mean: d.mean,
            band: d.band.as_deref().unwrap_or(""),
            divergent_items: Some(d.divergent_items),
            ..Row::default()
        };
        self.figures(base, &d.counts, &d.percent)
    }

    /// A multiple-choice item: each option with how many ticked it and their share of the
    /// `n` who answered, then no answer.
    fn choice(&mut self, all: usize, c: &ChoiceStats) -> csv::Result<()> {
        let base = Row {
            group: "all",
            group_n: Some(all),
            scope: "choice",
            id: &c.id,
            n: Some(c.n),
            no_answer: Some(c.no_answer),
            not_applicable: Some(c.not_applicable),
            ..Row::default()
        };
        for o in &c.options {
            self.write(Row {
                option: &o.code,
                count: Some(o.count),
                percent: Some(o.percent),
                ..base
            })?;
        }
        self.write(Row {
            option: crate::response::NO_ANSWER_CODE,
            count: Some(c.no_answer),
            ..base
        })
    }

    /// A number item: one row with its distribution.
    fn number(&mut self, all: usize, x: &NumberStats) -> csv::Result<()> {
        self.write(Row {
            group: "all",
            group_n: Some(all),
            scope: "number",
            id: &x.id,
            n: Some(x.n),
            no_answer: Some(x.no_answer),
            not_applicable: Some(x.not_applicable),
            mean: x.mean,
            median: x.median,
            min: x.min,
            q1: x.q1,
            q3: x.q3,
            max: x.max,
            ..Row::default()
        })
    }
}

pub fn render(report: &Report, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut w = Writer {
        csv: csv::Writer::from_writer(out),
        questionnaire: &report.questionnaire.id,
        skipped: report.skipped.len().to_string(),
    };
    w.csv.write_record(COLUMNS)?;
    let all = report.respondents;
    for i in &report.items {
        w.item("", "all", all, i)?;
    }
    for d in report.dimensions.iter().chain(report.overall.iter()) {
        w.dimension("", "all", all, d)?;
    }
    for c in &report.choices {
        w.choice(all, c)?;
    }
    for x in &report.numbers {
        w.number(all, x)?;
    }
    if let Some(mx) = &report.matrix {
        for o in &mx.organisations {
            for (scope, levels) in [
                ("matrix-contributes", &o.contributes),
                ("matrix-receives", &o.receives),
            ] {
                for c in &mx.categories {
                    let Some(level) = levels.get(&c.id) else {
                        continue;
                    };
                    w.write(Row {
                        group_field: &mx.by,
                        group: &o.code,
                        group_n: Some(o.respondents),
                        scope,
                        id: &c.id,
                        count: Some(o.respondents),
                        n: Some(o.respondents),
                        no_answer: Some(0),
                        median: Some(*level),
                        ..Row::default()
                    })?;
                }
            }
        }
    }
    if let Some(grouped) = &report.groups {
        for g in &grouped.groups {
            for i in &g.items {
                w.item(&grouped.field, &g.code, g.n, i)?;
            }
            for d in g.dimensions.iter().chain(g.overall.iter()) {
                w.dimension(&grouped.field, &g.code, g.n, d)?;
            }
        }
    }
    w.csv.flush()?;
    Ok(())
}
