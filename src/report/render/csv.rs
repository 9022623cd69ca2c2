//! The report as tidy long CSV: one row per item (or dimension) × option × group, with a
//! header, readable as is by pandas, R and DuckDB.

use std::io::Write;

use crate::report::{DimensionStats, ItemStats, Report};

/// The columns, in order.
pub const COLUMNS: [&str; 19] = [
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
    "band",
    "divergent",
    "skipped_files",
    // Last, so that scripts reading the earlier columns by position keep working.
    "not_applicable",
];

fn opt(x: Option<f64>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

struct Writer<'a, W: Write> {
    csv: csv::Writer<W>,
    questionnaire: &'a str,
    skipped: String,
}

/// What an item's or a dimension's rows share: one row per option, then one for no-answer.
struct Figures<'s> {
    scope: &'s str,
    id: &'s str,
    dimension: &'s str,
    counts: &'s std::collections::BTreeMap<String, usize>,
    percent: &'s std::collections::BTreeMap<String, f64>,
    n: usize,
    no_answer: usize,
    /// Respondents not asked (items only).
    not_applicable: Option<usize>,
    mean: Option<f64>,
    median: Option<f64>,
    sd: Option<f64>,
    band: &'s str,
    divergent: String,
}

impl<W: Write> Writer<'_, W> {
    fn item(&mut self, field: &str, group: &str, group_n: usize, i: &ItemStats) -> csv::Result<()> {
        self.figures(
            field,
            group,
            group_n,
            Figures {
                scope: "item",
                id: &i.id,
                dimension: i.dimension.as_deref().unwrap_or(""),
                counts: &i.counts,
                percent: &i.percent,
                n: i.n,
                no_answer: i.no_answer,
                not_applicable: Some(i.not_applicable),
                mean: i.mean,
                median: i.median,
                sd: i.sd,
                band: i.band.as_deref().unwrap_or(""),
                divergent: i.divergent.to_string(),
            },
        )
    }

    fn dimension(
        &mut self,
        field: &str,
        group: &str,
        group_n: usize,
        d: &DimensionStats,
    ) -> csv::Result<()> {
        self.figures(
            field,
            group,
            group_n,
            Figures {
                scope: if d.id == "overall" {
                    "overall"
                } else {
                    "dimension"
                },
                id: &d.id,
                dimension: "",
                counts: &d.counts,
                percent: &d.percent,
                n: d.n,
                no_answer: d.no_answer,
                not_applicable: None,
                mean: d.mean,
                median: None,
                sd: None,
                band: d.band.as_deref().unwrap_or(""),
                divergent: d.divergent_items.to_string(),
            },
        )
    }

    /// The rows of one item or dimension: each option with its count and percentage, then
    /// no-answer with its count; the other figures repeat on every row.
    fn figures(
        &mut self,
        field: &str,
        group: &str,
        group_n: usize,
        f: Figures<'_>,
    ) -> csv::Result<()> {
        let options = f.counts.iter().map(|(code, count)| {
            let percent = f.percent.get(code).map(|p| p.to_string());
            (code.as_str(), *count, percent.unwrap_or_default())
        });
        let no_answer = (crate::response::NO_ANSWER_CODE, f.no_answer, String::new());
        for (option, count, percent) in options.chain([no_answer]) {
            self.row(
                field,
                group,
                group_n,
                f.scope,
                f.id,
                f.dimension,
                option,
                count,
                percent,
                f.n,
                f.no_answer,
                f.not_applicable.map(|n| n.to_string()).unwrap_or_default(),
                opt(f.mean),
                opt(f.median),
                opt(f.sd),
                f.band,
                &f.divergent,
            )?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn row(
        &mut self,
        field: &str,
        group: &str,
        group_n: usize,
        scope: &str,
        id: &str,
        dimension: &str,
        option: &str,
        count: usize,
        percent: String,
        n: usize,
        no_answer: usize,
        not_applicable: String,
        mean: String,
        median: String,
        sd: String,
        band: &str,
        divergent: &str,
    ) -> csv::Result<()> {
        self.csv.write_record([
            self.questionnaire,
            field,
            group,
            &group_n.to_string(),
            scope,
            id,
            dimension,
            option,
            &count.to_string(),
            &percent,
            &n.to_string(),
            &no_answer.to_string(),
            &mean,
            &median,
            &sd,
            band,
            divergent,
            &self.skipped,
            &not_applicable,
        ])
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
                    w.row(
                        &mx.by,
                        &o.code,
                        o.respondents,
                        scope,
                        &c.id,
                        "",
                        "",
                        o.respondents,
                        String::new(),
                        o.respondents,
                        0,
                        String::new(),
                        String::new(),
                        level.to_string(),
                        String::new(),
                        "",
                        "",
                    )?;
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
