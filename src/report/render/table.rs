//! The report as tables for a terminal (comfy-table), within the terminal's width.

use std::io::Write;

use comfy_table::{Cell, Color, Table};

use super::distribution;
use crate::i18n::{Messages, messages};
use crate::report::{DimensionStats, ItemStats, Report};

fn table(width: usize) -> Table {
    crate::tables::compact(width)
}

/// A band name, coloured by its place among the bands when colour is on.
fn band_cell(report: &Report, band: &Option<String>) -> Cell {
    let Some(id) = band else {
        return Cell::new("–");
    };
    let cell = Cell::new(super::band_label(&report.rules.bands, band));
    let Some(pos) = report.rules.bands.iter().position(|b| &b.id == id) else {
        return cell;
    };
    let last = report.rules.bands.len().saturating_sub(1);
    match pos {
        0 => cell.fg(Color::Red),
        p if p == last => cell.fg(Color::Green),
        _ => cell.fg(Color::Yellow),
    }
}

fn heading(out: &mut dyn Write, width: usize, text: &str) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        console::style(textwrap::fill(text, width)).bold()
    )
}

fn para(out: &mut dyn Write, width: usize, text: &str) -> std::io::Result<()> {
    writeln!(out, "{}", textwrap::fill(text, width))
}

pub fn render(report: &Report, width: usize, out: &mut dyn Write) -> anyhow::Result<()> {
    let m = messages(&report.language);
    let width = width.clamp(60, 160);
    let title = super::title(report);
    writeln!(
        out,
        "{}",
        console::style(textwrap::fill(&title, width)).bold()
    )?;
    para(out, width, &participation_line(report, m))?;
    for s in &report.skipped {
        para(out, width, &format!("  {}{}{}", s.file, m.colon, s.reason))?;
    }
    if let Some(reason) = &report.withheld {
        writeln!(out)?;
        para(out, width, reason)?;
    }
    for line in super::participation_lines(report, m) {
        para(out, width, &line)?;
    }
    if !report.to_discuss.is_empty() {
        heading(out, width, m.report_to_discuss)?;
        let mut t = table(width);
        t.set_header(vec![
            m.col_item,
            m.col_mean,
            m.col_band,
            m.col_why,
            m.col_statement,
        ]);
        for d in &report.to_discuss {
            t.add_row(vec![
                Cell::new(&d.item),
                Cell::new(m.num(d.mean)),
                band_cell(report, &d.band),
                Cell::new(super::why(d, m)),
                Cell::new(&d.text),
            ]);
        }
        writeln!(out, "{}", crate::tables::tighten(&mut t))?;
    }
    if !report.dimensions.is_empty() || report.overall.is_some() {
        heading(out, width, m.dimensions)?;
        let dims: Vec<&DimensionStats> = report
            .dimensions
            .iter()
            .chain(report.overall.iter())
            .collect();
        writeln!(
            out,
            "{}",
            crate::tables::tighten(&mut dimension_table(report, m, &dims, width))
        )?;
    }
    if !report.items.is_empty() {
        heading(out, width, m.items)?;
        writeln!(
            out,
            "{}",
            crate::tables::tighten(&mut item_table(report, m, &report.items, width))
        )?;
    }
    if let Some(grouped) = &report.groups {
        heading(out, width, &m.report_by(&grouped.label))?;
        write_section(out, width, super::groups_section(report, grouped, m), false)?;
        para(out, width, m.by_note)?;
    }
    for line in super::hidden_lines(report, m) {
        para(out, width, &line)?;
    }
    for c in &report.collective {
        heading(out, width, &m.report_collective(&c.submitted.to_string()))?;
        write_section(out, width, super::collective_section(c, m), false)?;
    }
    if let Some(mx) = &report.matrix {
        heading(out, width, m.matrix_heading)?;
        let (sections, notes) = super::matrix_sections(mx, m);
        for section in sections {
            write_section(out, width, section, true)?;
        }
        writeln!(out)?;
        for note in notes {
            let options = textwrap::Options::new(width)
                .initial_indent("- ")
                .subsequent_indent("  ");
            writeln!(out, "{}", textwrap::fill(&note, &options))?;
        }
    }
    if !report.comments.is_empty() || !report.closing_comments.is_empty() {
        heading(out, width, m.report_comments)?;
        for g in &report.comments {
            writeln!(out, "{}", console::style(&g.label).underlined())?;
            for c in &g.comments {
                let options = textwrap::Options::new(width)
                    .initial_indent("  - ")
                    .subsequent_indent("    ");
                writeln!(
                    out,
                    "{}",
                    textwrap::fill(&format!("{}{}{}", c.item, m.colon, c.text), &options)
                )?;
            }
        }
        if !report.closing_comments.is_empty() {
            writeln!(out, "{}", console::style(m.closing_comment).underlined())?;
            for c in &report.closing_comments {
                let options = textwrap::Options::new(width)
                    .initial_indent("  - ")
                    .subsequent_indent("    ");
                writeln!(out, "{}", textwrap::fill(c, &options))?;
            }
        }
    }
    heading(out, width, m.report_rules)?;
    for rule in super::rule_lines(report, m) {
        let options = textwrap::Options::new(width)
            .initial_indent("- ")
            .subsequent_indent("  ");
        writeln!(out, "{}", textwrap::fill(&rule, &options))?;
    }
    Ok(())
}

/// A section as a table, with its title above it when `titled`.
fn write_section(
    out: &mut dyn Write,
    width: usize,
    section: super::Section,
    titled: bool,
) -> std::io::Result<()> {
    if titled {
        writeln!(out)?;
        para(out, width, &section.title)?;
    }
    let mut t = table(width);
    t.set_header(section.header);
    for row in section.rows {
        t.add_row(row);
    }
    writeln!(out, "{}", crate::tables::tighten(&mut t))
}

/// "Respondents: 12 · collective: 1 · unfinished drafts: 0 · skipped: 0"
pub fn participation_line(report: &Report, m: &Messages) -> String {
    let mut parts = vec![format!(
        "{}{}{}",
        m.respondents, m.colon, report.respondents
    )];
    if !report.collective.is_empty() {
        parts.push(format!(
            "{}{}{}",
            m.collective_responses,
            m.colon,
            report.collective.len()
        ));
    }
    parts.push(format!(
        "{}{}{}",
        m.unfinished_drafts, m.colon, report.drafts
    ));
    parts.push(format!(
        "{}{}{}",
        m.skipped_files,
        m.colon,
        report.skipped.len()
    ));
    parts.join(" · ")
}

/// One row of the item or dimension table.
struct StatsRow<'r> {
    name: &'r str,
    counts: &'r std::collections::BTreeMap<String, usize>,
    percent: &'r std::collections::BTreeMap<String, f64>,
    no_answer: usize,
    n: usize,
    mean: Option<f64>,
    /// Median and standard deviation (items only).
    spread: Option<(Option<f64>, Option<f64>)>,
    band: &'r Option<String>,
    divergent: String,
}

/// The items or dimensions as a table: a column per option when they all have the same
/// options (in the scale's order), else one column of distributions.
fn stats_table(
    report: &Report,
    m: &Messages,
    first: &str,
    rows: &[StatsRow<'_>],
    width: usize,
) -> Table {
    let mut t = table(width);
    let codes = rows.first().and_then(|r| {
        rows.iter()
            .all(|x| x.counts.keys().eq(r.counts.keys()))
            .then(|| super::in_scale_order(r.counts.keys(), &report.options))
    });
    let spread = rows.iter().any(|r| r.spread.is_some());
    let mut header: Vec<String> = vec![first.to_owned()];
    match &codes {
        Some(codes) => header.extend(codes.iter().cloned()),
        None => header.push(m.col_answers.to_owned()),
    }
    header.extend([m.col_no_answer, "n", m.col_mean].map(str::to_owned));
    if spread {
        header.extend([m.col_median, m.col_sd].map(str::to_owned));
    }
    header.extend([m.col_band, m.col_divergent].map(str::to_owned));
    t.set_header(header);
    for r in rows {
        let mut row = vec![Cell::new(r.name)];
        match &codes {
            Some(codes) => row.extend(
                codes
                    .iter()
                    .map(|c| Cell::new(m.pct(r.percent.get(c).copied().unwrap_or(0.0)))),
            ),
            None => row.push(Cell::new(distribution(r.percent, &report.options, m))),
        }
        row.extend([
            Cell::new(r.no_answer),
            Cell::new(r.n),
            Cell::new(m.num(r.mean)),
        ]);
        if let Some((median, sd)) = r.spread {
            row.extend([Cell::new(m.num(median)), Cell::new(m.num(sd))]);
        }
        row.extend([band_cell(report, r.band), Cell::new(&r.divergent)]);
        t.add_row(row);
    }
    t
}

fn item_table(report: &Report, m: &Messages, items: &[ItemStats], width: usize) -> Table {
    let names: Vec<String> = items.iter().map(super::item_name).collect();
    let rows: Vec<StatsRow<'_>> = items
        .iter()
        .zip(&names)
        .map(|(i, name)| StatsRow {
            name,
            counts: &i.counts,
            percent: &i.percent,
            no_answer: i.no_answer,
            n: i.n,
            mean: i.mean,
            spread: Some((i.median, i.sd)),
            band: &i.band,
            divergent: if i.divergent { "!" } else { "" }.to_owned(),
        })
        .collect();
    stats_table(report, m, m.col_item, &rows, width)
}

fn dimension_table(report: &Report, m: &Messages, dims: &[&DimensionStats], width: usize) -> Table {
    let rows: Vec<StatsRow<'_>> = dims
        .iter()
        .map(|d| StatsRow {
            name: &d.name,
            counts: &d.counts,
            percent: &d.percent,
            no_answer: d.no_answer,
            n: d.n,
            mean: d.mean,
            spread: None,
            band: &d.band,
            divergent: if d.divergent_items > 0 {
                d.divergent_items.to_string()
            } else {
                String::new()
            },
        })
        .collect();
    stats_table(report, m, m.dimension, &rows, width)
}
