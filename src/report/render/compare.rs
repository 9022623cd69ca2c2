//! Renderers over one [`Comparison`]: table, JSON, CSV, Markdown (HTML is in
//! `html/compare.rs`).
//!
//! The comparison is written once as the report's [`Block`]s (title, paragraphs, level-2
//! headings over lists and tables), which the report's own terminal and Markdown layouts
//! lay out.

use std::io::Write;

use crate::output::{MIN_TABLE_WIDTH, Style};

use super::blocks::{About, Align, Block, Cell, Column, ListKind, ParaKind, Table};
use crate::i18n::{Messages, messages};
use crate::report::compare::{
    Comparison, DimensionChange, DivergenceChange, ItemChange, Side, Trend,
};

/// A signed change in percentage points, without decimals ("+12", "-5", "0").
pub fn points(x: Option<f64>) -> String {
    match x.map(f64::round) {
        None => "–".to_owned(),
        Some(v) if v.abs() < 0.5 => "0".to_owned(),
        Some(v) => format!("{v:+}"),
    }
}

/// "Round 1 (13 respondents)".
fn side_label(label: &str, respondents: usize, m: &Messages) -> String {
    format!("{label} ({})", m.respondent_count(respondents))
}

/// The option codes shared by every row, in the scale's order, so that each can be a column.
fn shared_codes<'a>(
    mut sides: impl Iterator<Item = &'a Side>,
    options: &[crate::report::OptionInfo],
) -> Option<Vec<String>> {
    let first: Vec<String> = sides.next()?.percent.keys().cloned().collect();
    sides
        .all(|s| s.percent.keys().eq(first.iter()))
        .then(|| super::in_scale_order(first.iter(), options))
}

/// The rounds' names as the column heads give them: a round's name, or for response sets
/// the last part of each path (the whole paths when those are the same).
pub fn round_names(c: &Comparison) -> (String, String) {
    let (from, to) = (c.from.label.as_str(), c.to.label.as_str());
    if c.evaluation.is_some() {
        return (from.to_owned(), to.to_owned());
    }
    let last = |label: &str| {
        std::path::Path::new(label)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| label.to_owned())
    };
    let (a, b) = (last(from), last(to));
    if a == b {
        (from.to_owned(), to.to_owned())
    } else {
        (a, b)
    }
}

fn column(title: impl Into<String>, align: Align) -> Column {
    Column {
        title: title.into(),
        align,
        short: None,
        optional: false,
    }
}

/// The columns of a change table: the name, each round's mean (n), the change, each
/// option's change in points (figures on the right), the trend.
fn change_header(
    m: &Messages,
    codes: &Option<Vec<String>>,
    first: &str,
    rounds: &(String, String),
) -> Vec<Column> {
    let mut h = vec![
        column(first, Align::Left),
        column(m.col_round(&rounds.0), Align::Right),
        column(m.col_round(&rounds.1), Align::Right),
        column(m.col_change, Align::Right),
    ];
    if let Some(codes) = codes {
        h.extend(
            codes
                .iter()
                .map(|c| column(format!("{c} {}", m.points_short), Align::Right)),
        );
    }
    h.push(column(m.col_trend, Align::Left));
    h
}

/// What a row of the change tables shows, for items and dimensions alike.
struct Changed<'a> {
    name: &'a str,
    from: &'a Side,
    to: &'a Side,
    change: Option<f64>,
    percent_change: &'a std::collections::BTreeMap<String, f64>,
    trend: Trend,
}

fn change_row(m: &Messages, codes: &Option<Vec<String>>, c: Changed<'_>) -> Vec<Cell> {
    let mut row = vec![
        c.name.to_owned(),
        // A no-break space: the mean and its n stay on one line.
        format!("{}\u{a0}({})", m.num(c.from.mean), c.from.n),
        format!("{}\u{a0}({})", m.num(c.to.mean), c.to.n),
        m.signed(c.change),
    ];
    if let Some(codes) = codes {
        row.extend(
            codes
                .iter()
                .map(|code| points(c.percent_change.get(code).copied())),
        );
    }
    row.push(m.trend_word(c.trend.as_str()));
    row.into_iter().map(Cell::new).collect()
}

/// A table of its own: no caption, shown in every layout.
fn table_of(columns: Vec<Column>, rows: Vec<Vec<Cell>>) -> Table {
    Table {
        caption: None,
        detail: false,
        columns,
        rows,
    }
}

fn dimension_table(c: &Comparison, m: &Messages) -> Table {
    let all: Vec<&DimensionChange> = c.dimensions.iter().chain(c.overall.as_ref()).collect();
    let codes = shared_codes(all.iter().flat_map(|d| [&d.from, &d.to]), &c.options);
    table_of(
        change_header(m, &codes, m.dimension, &round_names(c)),
        all.iter()
            .map(|d| {
                change_row(
                    m,
                    &codes,
                    Changed {
                        name: &d.name,
                        from: &d.from,
                        to: &d.to,
                        change: d.change,
                        percent_change: &d.percent_change,
                        trend: d.trend,
                    },
                )
            })
            .collect(),
    )
}

fn item_table(c: &Comparison, m: &Messages) -> Table {
    let codes = shared_codes(c.items.iter().flat_map(|i| [&i.from, &i.to]), &c.options);
    let mut header = change_header(m, &codes, m.col_item, &round_names(c));
    header.push(column(m.col_divergent, Align::Left));
    table_of(
        header,
        c.items
            .iter()
            .map(|i| {
                let mut row = change_row(
                    m,
                    &codes,
                    Changed {
                        name: &i.id,
                        from: &i.from,
                        to: &i.to,
                        change: i.change,
                        percent_change: &i.percent_change,
                        trend: i.trend,
                    },
                );
                row.push(Cell::new(m.divergence_change_short(i.divergence.as_str())));
                row
            })
            .collect(),
    )
}

/// "q03 The partners joined…: newly divergent", for each item whose divergence appeared or
/// resolved.
pub fn divergence_lines(c: &Comparison, m: &Messages) -> Vec<String> {
    c.items
        .iter()
        .filter(|i| {
            matches!(
                i.divergence,
                DivergenceChange::Appeared | DivergenceChange::Resolved
            )
        })
        .map(|i| {
            format!(
                "{}{}{}",
                name(i),
                m.colon,
                m.divergence_change_word(i.divergence.as_str())
            )
        })
        .collect()
}

/// An item as lists name it: its id and short label, else its id and the start of its
/// statement.
fn name(i: &ItemChange) -> String {
    match &i.short {
        Some(short) => super::item_name(&i.id, Some(short)),
        None => format!("{} {}", i.id, i.text),
    }
}

/// "q12 Clear, shared rules: 1.60 → 2.20 (+0.60)".
pub fn change_line(i: &ItemChange, m: &Messages) -> String {
    format!(
        "{}{}{} → {} ({})",
        name(i),
        m.colon,
        m.num(i.from.mean),
        m.num(i.to.mean),
        m.signed(i.change)
    )
}

/// A level-2 heading (a section of its own, with `anchor` as its id in HTML).
fn heading(text: impl Into<String>, anchor: &str) -> Block {
    Block::Heading {
        level: 2,
        text: text.into(),
        anchor: Some(anchor.to_owned()),
    }
}

fn para(text: impl Into<String>, kind: ParaKind) -> Block {
    Block::Para {
        text: text.into(),
        kind,
    }
}

fn list(items: Vec<String>, kind: ListKind) -> Block {
    Block::List { items, kind }
}

/// The comparison as blocks, in reading order.
pub fn blocks(c: &Comparison) -> Vec<Block> {
    let m = messages(&c.language);
    let about = c
        .evaluation
        .iter()
        .map(|name| About {
            prefix: None,
            text: name.clone(),
        })
        .collect();
    let mut out = vec![
        Block::Title {
            text: c.questionnaire.title.clone(),
            about,
        },
        para(
            m.compare_heading(
                &side_label(&c.from.label, c.from.respondents, m),
                &side_label(&c.to.label, c.to.respondents, m),
            ),
            ParaKind::Plain,
        ),
    ];
    for side in [&c.from, &c.to] {
        for s in &side.skipped {
            out.push(para(
                format!("{} · {}{}{}", side.label, s.file, m.colon, s.reason),
                ParaKind::Note,
            ));
        }
    }
    if let Some(reason) = &c.withheld {
        out.push(para(reason.clone(), ParaKind::Alert));
    } else {
        let trends = c.trends();
        if trends.is_empty() {
            out.push(para(m.no_trend, ParaKind::Plain));
        }
        for (trend, items) in trends {
            out.push(heading(
                m.trend_heading(trend.as_str()),
                &format!("trend-{}", trend.as_str()),
            ));
            out.push(list(
                items.into_iter().map(|i| change_line(i, m)).collect(),
                ListKind::Notes,
            ));
        }
        let divergence = divergence_lines(c, m);
        if !divergence.is_empty() {
            out.push(heading(m.divergence_heading, "divergence"));
            out.push(list(divergence, ListKind::Notes));
        }
        let (from, to) = round_names(c);
        out.push(para(m.compare_note(&from, &to), ParaKind::Note));
        if !c.dimensions.is_empty() || c.overall.is_some() {
            out.push(heading(m.dimensions, "dimensions"));
            out.push(Block::Table(dimension_table(c, m)));
        }
        if !c.items.is_empty() {
            out.push(heading(m.items, "items"));
            out.push(Block::Table(item_table(c, m)));
        }
    }
    out.push(heading(m.compare_rules, "rules"));
    out.push(list(rule_lines(c), ListKind::Rules));
    out
}

/// The rules of the comparison, in words.
pub fn rule_lines(c: &Comparison) -> Vec<String> {
    let r = &c.rules;
    [
        &r.change,
        &r.chance,
        &r.within_chance,
        &r.percentages,
        &r.divergence,
        &r.anonymity,
    ]
    .into_iter()
    .filter(|rule| !rule.is_empty())
    .cloned()
    .collect()
}

/// The comparison as tables for a terminal, laid out as the report is.
pub fn table(c: &Comparison, style: Style, out: &mut dyn Write) -> anyhow::Result<()> {
    super::table::lay_out(&blocks(c), style.at_least(MIN_TABLE_WIDTH), out)?;
    Ok(())
}

/// The comparison as Markdown, laid out as the report is: every piece of text escaped
/// (what people typed must not become HTML, a link or formatting).
pub fn markdown(c: &Comparison, out: &mut dyn Write) -> anyhow::Result<()> {
    super::markdown::lay_out(&blocks(c), out)?;
    Ok(())
}

/// The columns of the comparison CSV, in order.
pub const COLUMNS: [&str; 14] = [
    "questionnaire",
    "from",
    "to",
    "scope",
    "id",
    "dimension",
    "measure",
    "option",
    "from_value",
    "to_value",
    "change",
    "trend",
    "divergence",
    "p_value",
];

/// The comparison as tidy long CSV: one row per item (or dimension) × measure.
pub fn csv(c: &Comparison, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    let f = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let mut rows = |scope: &str,
                    id: &str,
                    dimension: &str,
                    from: &Side,
                    to: &Side,
                    change: Option<f64>,
                    trend: Trend,
                    p_value: Option<f64>,
                    divergence: &str|
     -> csv::Result<()> {
        let p_value = f(p_value);
        let base = [
            c.questionnaire.id.as_str(),
            c.from.label.as_str(),
            c.to.label.as_str(),
            scope,
            id,
            dimension,
        ];
        let mut write = |measure: &str, option: &str, a: String, b: String, d: String| {
            let mut record: Vec<&str> = base.to_vec();
            record.extend([
                measure,
                option,
                &a,
                &b,
                &d,
                trend.as_str(),
                divergence,
                &p_value,
            ]);
            w.write_record(record)
        };
        write(
            "n",
            "",
            from.n.to_string(),
            to.n.to_string(),
            (to.n as i64 - from.n as i64).to_string(),
        )?;
        write(
            "no_answer",
            "",
            from.no_answer.to_string(),
            to.no_answer.to_string(),
            (to.no_answer as i64 - from.no_answer as i64).to_string(),
        )?;
        write("mean", "", f(from.mean), f(to.mean), f(change))?;
        for (code, a) in &from.percent {
            let b = to.percent.get(code).copied();
            let d = (from.n > 0 && to.n > 0).then(|| b.unwrap_or(0.0) - a);
            write("percent", code, a.to_string(), f(b), f(d))?;
        }
        Ok(())
    };
    let dimensions = c.dimensions.iter().map(|d| ("dimension", d));
    for (scope, d) in dimensions.chain(c.overall.iter().map(|o| ("overall", o))) {
        rows(
            scope, &d.id, "", &d.from, &d.to, d.change, d.trend, d.p_value, "",
        )?;
    }
    for i in &c.items {
        rows(
            "item",
            &i.id,
            i.dimension.as_deref().unwrap_or(""),
            &i.from,
            &i.to,
            i.change,
            i.trend,
            i.p_value,
            i.divergence.as_str(),
        )?;
    }
    w.flush()?;
    Ok(())
}

/// Writes `c` in `format`.
pub fn render(
    c: &Comparison,
    format: super::Format,
    style: crate::output::Style,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        super::Format::Json => {
            serde_json::to_writer_pretty(&mut *out, c)?;
            writeln!(out)?;
        }
        super::Format::Csv => csv(c, out)?,
        super::Format::Markdown => markdown(c, out)?,
        super::Format::Table => table(c, style, out)?,
        super::Format::Html => super::html::compare(c, out)?,
    }
    Ok(())
}
