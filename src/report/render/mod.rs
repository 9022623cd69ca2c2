//! Renderers over one [`Report`]: table (terminal), JSON, CSV, Markdown.

pub mod csv;
pub mod markdown;
pub mod table;

use std::io::Write;

use super::{ItemStats, Report};

/// The output formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Tables for a terminal, 80 columns wide.
    Table,
    /// The report model (docs/report-format.md).
    Json,
    /// Tidy long format: one row per item × option × group.
    Csv,
    /// Headings and tables for meeting notes.
    Markdown,
}

/// Writes `report` in `format`; `width` is the terminal width for tables.
pub fn render(
    report: &Report,
    format: Format,
    width: usize,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            writeln!(out)?;
        }
        Format::Csv => csv::render(report, out)?,
        Format::Markdown => markdown::render(report, out)?,
        Format::Table => table::render(report, width, out)?,
    }
    Ok(())
}

/// A number with at most two decimals, or a dash.
pub fn num(x: Option<f64>) -> String {
    match x {
        Some(v) => format!("{:.2}", v),
        None => "–".to_owned(),
    }
}

/// A percentage without decimals (rounded half away from zero).
pub fn pct(x: f64) -> String {
    format!("{}%", x.round())
}

/// The option codes shared by every item, in the first item's order, when they all have
/// the same ones (so each can be a column); `None` otherwise.
pub fn shared_codes(items: &[ItemStats]) -> Option<Vec<String>> {
    let first: Vec<String> = items.first()?.counts.keys().cloned().collect();
    items
        .iter()
        .all(|i| i.counts.keys().eq(first.iter()))
        .then_some(first)
}

/// "A 58% · B 33% · C 8%": the distribution of one item or dimension.
pub fn distribution(percent: &std::collections::BTreeMap<String, f64>) -> String {
    percent
        .iter()
        .map(|(code, p)| format!("{code} {}", pct(*p)))
        .collect::<Vec<_>>()
        .join(" · ")
}
