//! Renderers over one [`Comparison`]: table, JSON, CSV, Markdown (HTML is in `html.rs`).
//!
//! The table and Markdown renderers lay out the same [`Block`]s.

use std::io::Write;

use super::Section;
use crate::i18n::{Messages, messages};
use crate::report::compare::{
    Comparison, DimensionChange, DivergenceChange, ItemChange, Side, Trend,
};

/// A piece of the comparison as the table and Markdown renderers lay it out.
pub enum Block {
    Title(String),
    Para(String),
    /// A heading with a bulleted list under it.
    List(String, Vec<String>),
    Table(Section),
}

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

fn change_header(
    m: &Messages,
    codes: &Option<Vec<String>>,
    first: &str,
    rounds: &(String, String),
) -> Vec<String> {
    let mut h = vec![
        first.to_owned(),
        m.col_round(&rounds.0),
        m.col_round(&rounds.1),
        m.col_change.to_owned(),
    ];
    if let Some(codes) = codes {
        h.extend(codes.iter().map(|c| format!("{c} {}", m.points_short)));
    }
    h.push(m.col_trend.to_owned());
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

fn change_row(m: &Messages, codes: &Option<Vec<String>>, c: Changed<'_>) -> Vec<String> {
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
    row
}

fn dimension_section(c: &Comparison, m: &Messages) -> Section {
    let all: Vec<&DimensionChange> = c.dimensions.iter().chain(c.overall.as_ref()).collect();
    let codes = shared_codes(all.iter().flat_map(|d| [&d.from, &d.to]), &c.options);
    Section {
        title: m.dimensions.to_owned(),
        header: change_header(m, &codes, m.dimension, &round_names(c)),
        rows: all
            .iter()
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
    }
}

fn item_section(c: &Comparison, m: &Messages) -> Section {
    let codes = shared_codes(c.items.iter().flat_map(|i| [&i.from, &i.to]), &c.options);
    let mut header = change_header(m, &codes, m.col_item, &round_names(c));
    header.push(m.col_divergent.to_owned());
    Section {
        title: m.items.to_owned(),
        header,
        rows: c
            .items
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
                row.push(m.divergence_change_short(i.divergence.as_str()));
                row
            })
            .collect(),
    }
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
                "{} {}{}{}",
                i.id,
                i.text,
                m.colon,
                m.divergence_change_word(i.divergence.as_str())
            )
        })
        .collect()
}

/// "12 Rules are explicit…: 1.60 → 2.20 (+0.60)".
pub fn change_line(i: &ItemChange, m: &Messages) -> String {
    format!(
        "{} {}{}{} → {} ({})",
        i.id,
        i.text,
        m.colon,
        m.num(i.from.mean),
        m.num(i.to.mean),
        m.signed(i.change)
    )
}

/// The comparison as blocks, in reading order.
pub fn blocks(c: &Comparison) -> Vec<Block> {
    let m = messages(&c.language);
    let mut title = c.questionnaire.title.clone();
    if let Some(name) = &c.evaluation {
        title = format!("{title} · {name}");
    }
    let mut out = vec![
        Block::Title(title),
        Block::Para(m.compare_heading(
            &side_label(&c.from.label, c.from.respondents, m),
            &side_label(&c.to.label, c.to.respondents, m),
        )),
    ];
    for side in [&c.from, &c.to] {
        for s in &side.skipped {
            out.push(Block::Para(format!(
                "{} · {}{}{}",
                side.label, s.file, m.colon, s.reason
            )));
        }
    }
    if let Some(reason) = &c.withheld {
        out.push(Block::Para(reason.clone()));
    } else {
        let trends = c.trends();
        if trends.is_empty() {
            out.push(Block::Para(m.no_trend.to_owned()));
        }
        for (trend, items) in trends {
            out.push(Block::List(
                m.trend_heading(trend.as_str()),
                items.into_iter().map(|i| change_line(i, m)).collect(),
            ));
        }
        let divergence = divergence_lines(c, m);
        if !divergence.is_empty() {
            out.push(Block::List(m.divergence_heading.to_owned(), divergence));
        }
        let (from, to) = round_names(c);
        out.push(Block::Para(m.compare_note(&from, &to)));
        if !c.dimensions.is_empty() || c.overall.is_some() {
            out.push(Block::Table(dimension_section(c, m)));
        }
        if !c.items.is_empty() {
            out.push(Block::Table(item_section(c, m)));
        }
    }
    out.push(Block::List(m.compare_rules.to_owned(), rule_lines(c)));
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

/// The comparison as tables for a terminal.
pub fn table(c: &Comparison, width: usize, out: &mut dyn Write) -> anyhow::Result<()> {
    let width = width.clamp(60, 160);
    let fill = |text: &str| textwrap::fill(text, width);
    let bullets = textwrap::Options::new(width)
        .initial_indent("- ")
        .subsequent_indent("  ");
    for block in blocks(c) {
        match block {
            Block::Title(t) => writeln!(out, "{}", console::style(fill(&t)).bold())?,
            Block::Para(p) => writeln!(out, "{}", fill(&p))?,
            Block::List(title, lines) => {
                writeln!(out, "\n{}", console::style(fill(&title)).bold())?;
                for line in lines {
                    writeln!(out, "{}", textwrap::fill(&line, &bullets))?;
                }
            }
            Block::Table(section) => {
                writeln!(out, "\n{}", console::style(fill(&section.title)).bold())?;
                let mut t = crate::tables::compact(width);
                t.set_header(section.header);
                for row in section.rows {
                    t.add_row(row);
                }
                writeln!(out, "{}", crate::tables::tighten(&mut t))?;
            }
        }
    }
    Ok(())
}

/// The comparison as Markdown: every piece of text escaped (what people typed must not
/// become HTML, a link or formatting), as in the report.
pub fn markdown(c: &Comparison, out: &mut dyn Write) -> anyhow::Result<()> {
    use super::markdown as md;
    for block in blocks(c) {
        match block {
            Block::Title(t) => md::title(out, &t)?,
            Block::Para(p) => md::para(out, &p)?,
            Block::List(title, lines) => md::list(out, &title, &lines)?,
            Block::Table(section) => md::write_section(out, &section)?,
        }
    }
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
    width: usize,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        super::Format::Json => {
            serde_json::to_writer_pretty(&mut *out, c)?;
            writeln!(out)?;
        }
        super::Format::Csv => csv(c, out)?,
        super::Format::Markdown => markdown(c, out)?,
        super::Format::Table => table(c, width, out)?,
        super::Format::Html => super::html::compare(c, out)?,
    }
    Ok(())
}
