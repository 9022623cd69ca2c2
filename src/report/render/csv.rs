//! The report as tidy long CSV: one row per item (or dimension) × option × group, with a
//! header, readable as is by pandas, R and DuckDB.

use std::io::Write;

use crate::report::{DimensionStats, ItemStats, Report};

/// The columns, in order.
pub const COLUMNS: [&str; 18] = [
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
];

fn opt(x: Option<f64>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

struct Writer<'a, W: Write> {
    csv: csv::Writer<W>,
    questionnaire: &'a str,
    skipped: String,
}

impl<W: Write> Writer<'_, W> {
    fn item(&mut self, field: &str, group: &str, group_n: usize, i: &ItemStats) -> csv::Result<()> {
        for (code, count) in &i.counts {
            self.row(
                field,
                group,
                group_n,
                "item",
                &i.id,
                i.dimension.as_deref().unwrap_or(""),
                code,
                *count,
                i.percent
                    .get(code)
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                i.n,
                i.no_answer,
                opt(i.mean),
                opt(i.median),
                opt(i.sd),
                i.band.as_deref().unwrap_or(""),
                if i.divergent { "true" } else { "false" },
            )?;
        }
        self.row(
            field,
            group,
            group_n,
            "item",
            &i.id,
            i.dimension.as_deref().unwrap_or(""),
            crate::response::NO_ANSWER_CODE,
            i.no_answer,
            String::new(),
            i.n,
            i.no_answer,
            opt(i.mean),
            opt(i.median),
            opt(i.sd),
            i.band.as_deref().unwrap_or(""),
            if i.divergent { "true" } else { "false" },
        )
    }

    fn dimension(
        &mut self,
        field: &str,
        group: &str,
        group_n: usize,
        d: &DimensionStats,
    ) -> csv::Result<()> {
        let scope = if d.id == "overall" {
            "overall"
        } else {
            "dimension"
        };
        for (code, count) in &d.counts {
            self.row(
                field,
                group,
                group_n,
                scope,
                &d.id,
                "",
                code,
                *count,
                d.percent
                    .get(code)
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                d.n,
                d.no_answer,
                opt(d.mean),
                String::new(),
                String::new(),
                d.band.as_deref().unwrap_or(""),
                &d.divergent_items.to_string(),
            )?;
        }
        self.row(
            field,
            group,
            group_n,
            scope,
            &d.id,
            "",
            crate::response::NO_ANSWER_CODE,
            d.no_answer,
            String::new(),
            d.n,
            d.no_answer,
            opt(d.mean),
            String::new(),
            String::new(),
            d.band.as_deref().unwrap_or(""),
            &d.divergent_items.to_string(),
        )
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
