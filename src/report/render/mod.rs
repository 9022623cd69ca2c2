//! Renderers over one [`Report`]: table (terminal), JSON, CSV, Markdown, HTML.
//!
//! The table, Markdown and HTML renderers lay out the same [`blocks::Block`]s, in which
//! every section of the report is written once.

pub mod blocks;
pub mod compare;
pub mod csv;
pub mod html;
pub mod markdown;
pub mod table;

use std::io::Write;

use super::Report;

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
    /// One self-contained page with charts.
    Html,
}

impl From<crate::cli::CompareFormat> for Format {
    fn from(format: crate::cli::CompareFormat) -> Self {
        use crate::cli::CompareFormat as F;
        match format {
            F::Table => Format::Table,
            F::Json => Format::Json,
            F::Csv => Format::Csv,
            F::Markdown => Format::Markdown,
            F::Html => Format::Html,
        }
    }
}

impl From<crate::cli::ReportFormat> for Format {
    fn from(format: crate::cli::ReportFormat) -> Self {
        use crate::cli::ReportFormat as F;
        match format {
            F::Table => Format::Table,
            F::Json => Format::Json,
            F::Csv => Format::Csv,
            F::Markdown => Format::Markdown,
            F::Html => Format::Html,
        }
    }
}

/// Writes `report` in `format`; `style` is the output's colour and width, for tables.
pub fn render(
    report: &Report,
    format: Format,
    style: crate::output::Style,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            writeln!(out)?;
        }
        Format::Csv => csv::render(report, out)?,
        Format::Markdown => markdown::render(report, out)?,
        Format::Table => table::render(report, style, out)?,
        Format::Html => html::report(report, out)?,
    }
    Ok(())
}

/// "Title · Evaluation · Round": what the report is about, in one line.
pub fn title(report: &Report) -> String {
    [
        Some(report.questionnaire.title.as_str()),
        report.evaluation.as_deref(),
        report.round.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

/// The label of band `id` (reports carry band ids; the labels, in the report's language, are
/// in the rules), or a dash.
pub fn band_label(bands: &[crate::report::BandInfo], id: &Option<String>) -> String {
    match id {
        Some(id) => bands
            .iter()
            .find(|b| &b.id == id)
            .map_or_else(|| id.clone(), |b| b.label.clone()),
        None => "–".to_owned(),
    }
}

/// The bands a figure on `scale` (an entry of `rules.scales`) is read on; the report's
/// bands when it has no such entry.
pub fn bands_of<'r>(
    report: &'r crate::report::Report,
    scale: Option<&str>,
) -> &'r [crate::report::BandInfo] {
    scale
        .and_then(|id| report.rules.scales.iter().find(|s| s.id == id))
        .map_or(&report.rules.bands, |s| &s.bands)
}

/// `codes` in the scale's order (`options`: highest score first); codes the options do not
/// list keep their order, after the others.
pub fn in_scale_order<'c>(
    codes: impl Iterator<Item = &'c String>,
    options: &[crate::report::OptionInfo],
) -> Vec<String> {
    let mut codes: Vec<String> = codes.cloned().collect();
    codes.sort_by_key(|c| {
        options
            .iter()
            .position(|o| &o.code == c)
            .unwrap_or(usize::MAX)
    });
    codes
}

/// "A 58% · B 33% · C 8%": the distribution of one item or dimension, in the scale's order.
pub fn distribution(
    percent: &std::collections::BTreeMap<String, f64>,
    options: &[crate::report::OptionInfo],
    m: &crate::i18n::Messages,
) -> String {
    in_scale_order(percent.keys(), options)
        .iter()
        .map(|code| format!("{code} {}", m.pct(percent[code])))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A titled table of text (the comparison's; the report's tables are [`blocks::Table`]s).
pub struct Section {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A matrix level: "2", "2.5" ("2,5" in French), or "–" without answer.
fn level(m: &crate::i18n::Messages, x: Option<&f64>) -> String {
    x.map_or_else(|| "–".to_owned(), |v| m.short(*v, 1))
}

/// The matrix as tables (contributions, receipts, balance) and notes (gaps, dependencies,
/// in-kind share, disagreements, organisations that did not answer, rules).
pub fn matrix_sections(
    mx: &crate::report::matrix::MatrixReport,
    m: &crate::i18n::Messages,
) -> (Vec<Section>, Vec<String>) {
    let orgs = &mx.organisations;
    let mut header = vec![m.col_category.to_owned()];
    header.extend(orgs.iter().map(|o| o.name.clone()));
    header.push(m.col_total.to_owned());
    let grid = |received: bool| -> Vec<Vec<String>> {
        let mut rows: Vec<Vec<String>> = mx
            .categories
            .iter()
            .map(|c| {
                let mut row = vec![c.label.clone()];
                row.extend(orgs.iter().map(|o| {
                    level(
                        m,
                        if received {
                            o.receives.get(&c.id)
                        } else {
                            o.contributes.get(&c.id)
                        },
                    )
                }));
                row.push(level(
                    m,
                    Some(&if received {
                        c.received.unwrap_or(0.0)
                    } else {
                        c.contributed
                    }),
                ));
                row
            })
            .collect();
        let mut total = vec![m.col_total.to_owned()];
        total.extend(
            orgs.iter()
                .map(|o| level(m, Some(&if received { o.received } else { o.contributed }))),
        );
        total.push(level(
            m,
            Some(
                &orgs
                    .iter()
                    .map(|o| if received { o.received } else { o.contributed })
                    .sum::<f64>(),
            ),
        ));
        rows.push(total);
        if !received {
            let mut share = vec![m.col_share.to_owned()];
            share.extend(
                orgs.iter()
                    .map(|o| o.share_percent.map_or("–".to_owned(), |p| m.pct(p))),
            );
            share.push(String::new());
            rows.push(share);
        }
        rows
    };
    let mut sections = vec![Section {
        title: m.matrix_contributes.to_owned(),
        header: header.clone(),
        rows: grid(false),
    }];
    if mx.categories.iter().any(|c| c.received.is_some()) {
        sections.push(Section {
            title: m.matrix_receives.to_owned(),
            header,
            rows: grid(true),
        });
    }
    sections.push(Section {
        title: m.matrix_balance.to_owned(),
        header: [
            m.col_organisation,
            m.col_respondents,
            m.col_contributed,
            m.col_received,
            m.col_balance,
            m.col_share,
        ]
        .map(str::to_owned)
        .to_vec(),
        rows: orgs
            .iter()
            .map(|o| {
                vec![
                    o.name.clone(),
                    o.respondents.to_string(),
                    level(m, Some(&o.contributed)),
                    level(m, Some(&o.received)),
                    format!("{:+}", (o.balance * 10.0).round() / 10.0),
                    o.share_percent.map_or("–".to_owned(), |p| m.pct(p)),
                ]
            })
            .collect(),
    });
    let label = |id: &str| {
        mx.categories
            .iter()
            .find(|c| c.id == id)
            .map_or(id.to_owned(), |c| c.label.clone())
    };
    let org = |code: &str| {
        orgs.iter()
            .find(|o| o.code == code)
            .map_or(code.to_owned(), |o| o.name.clone())
    };
    let list = |items: Vec<String>| {
        if items.is_empty() {
            m.none_word.to_owned()
        } else {
            items.join(", ")
        }
    };
    let mut notes = vec![
        format!(
            "{}{}{}",
            m.gaps_label,
            m.colon,
            list(mx.gaps.iter().map(|g| label(g)).collect())
        ),
        format!(
            "{}{}{}",
            m.dependencies_label,
            m.colon,
            list(
                mx.dependencies
                    .iter()
                    .map(|d| format!("{} ({})", label(&d.category), org(&d.organisation)))
                    .collect()
            )
        ),
    ];
    if let Some(p) = mx.in_kind_percent {
        notes.push(m.in_kind_label(crate::i18n::Short(p, 0)));
    }
    notes.push(format!(
        "{}{}{}",
        m.disagreements_label,
        m.colon,
        list(
            orgs.iter()
                .filter(|o| !o.disagreements.is_empty())
                .map(|o| format!(
                    "{} ({})",
                    o.name,
                    o.disagreements
                        .iter()
                        .map(|d| label(d))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .collect()
        )
    ));
    notes.push(format!(
        "{}{}{}",
        m.not_answered_label,
        m.colon,
        list(mx.not_answered.clone())
    ));
    notes.extend(mx.rules.iter().cloned());
    (sections, notes)
}

/// How an item is named where items are listed: its id and short label ("q01 Partners
/// around the table"), a grid row by its grid and row ("Contributes · Funding"), else its
/// id.
pub fn item_name(id: &str, short: Option<&str>) -> String {
    match short {
        // A grid row (`item.row`): its short label already says the grid and the row.
        Some(short) if id.contains('.') => short.to_owned(),
        Some(short) => format!("{id} {short}"),
        None => id.to_owned(),
    }
}
