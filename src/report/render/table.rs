//! The report as text and tables for a terminal (comfy-table), within the terminal's width:
//! the [`blocks`](super::blocks) laid out, charts left out (the table that stands for each
//! is shown instead).

use std::io::Write;

use comfy_table::{CellAlignment, Color};

use super::blocks::{Align, Block, Table, Tone, blocks};
use crate::output::{MIN_TABLE_WIDTH, Style};
use crate::report::Report;

pub fn render(report: &Report, style: Style, out: &mut dyn Write) -> anyhow::Result<()> {
    lay_out(&blocks(report), style.at_least(MIN_TABLE_WIDTH), out)?;
    Ok(())
}

/// Writes `blocks` in `style`'s width: headings in bold after a blank line, parts of a
/// section underlined with their lists indented under them, paragraphs and lists wrapped,
/// tables by [`crate::tables::compact`] (no word broken inside a cell); bold, underlines and
/// the bands' colours only when `style` is coloured.
pub fn lay_out(blocks: &[Block], style: Style, out: &mut dyn Write) -> std::io::Result<()> {
    let width = style.width;
    let fill = |text: &str| textwrap::fill(text, width);
    let mut previous: Option<&Block> = None;
    for block in blocks {
        match block {
            Block::Title { text, about } => {
                let line: Vec<&str> = std::iter::once(text.as_str())
                    .chain(about.iter().map(|a| a.text.as_str()))
                    .collect();
                writeln!(out, "{}", style.bold(&fill(&line.join(" · "))))?;
            }
            Block::Heading { level: 2, text, .. } => {
                writeln!(out, "\n{}", style.bold(&fill(text)))?;
            }
            Block::Heading { text, .. } => {
                writeln!(out, "{}", style.underlined(&fill(text)))?;
            }
            Block::Para { text, kind } => {
                if *kind == super::blocks::ParaKind::Alert {
                    writeln!(out)?;
                }
                writeln!(out, "{}", fill(text))?;
            }
            Block::List { items, .. } => {
                // Under a part of a section, the list is indented; after a table, apart.
                let indent = match previous {
                    Some(Block::Heading { level: 3.., .. }) => "  ",
                    Some(Block::Table(_) | Block::Figure(_)) => {
                        writeln!(out)?;
                        ""
                    }
                    _ => "",
                };
                let first = format!("{indent}- ");
                let next = format!("{indent}  ");
                let options = textwrap::Options::new(width)
                    .initial_indent(&first)
                    .subsequent_indent(&next);
                for item in items {
                    writeln!(out, "{}", textwrap::fill(item, &options))?;
                }
            }
            Block::Table(table) if table.detail => continue,
            Block::Table(table) => {
                if let Some(caption) = &table.caption {
                    writeln!(out, "\n{}", fill(caption))?;
                }
                write_table(out, table, style)?;
            }
            Block::Figure(figure) if figure.table.detail => continue,
            Block::Figure(figure) => {
                writeln!(out, "\n{}", style.bold(&fill(&figure.heading)))?;
                write_table(out, &figure.table, style)?;
            }
        }
        previous = Some(block);
    }
    Ok(())
}

/// The width `table` needs so that no word is broken, with `dropped` columns left out.
fn needed(table: &Table, dropped: &[bool]) -> usize {
    let longest = |text: &str| {
        text.split_whitespace()
            .map(console::measure_text_width)
            .max()
            .unwrap_or(0)
    };
    table
        .columns
        .iter()
        .enumerate()
        .filter(|(k, _)| !dropped[*k])
        .map(|(k, c)| {
            let heading = longest(c.short.as_deref().unwrap_or(&c.title));
            let cells = table
                .rows
                .iter()
                .filter_map(|r| r.get(k))
                // A list breaks between its parts only: its widest part, with " ·", is its
                // narrowest line.
                .map(|cell| {
                    if cell.list {
                        cell.text
                            .split(" · ")
                            .map(|p| console::measure_text_width(p) + 2)
                            .max()
                            .unwrap_or(0)
                    } else {
                        longest(&cell.text)
                    }
                })
                .max()
                .unwrap_or(0);
            heading.max(cells) + 2
        })
        .sum()
}

fn write_table(out: &mut dyn Write, table: &Table, style: Style) -> std::io::Result<()> {
    let width = style.width;
    // Optional columns go, from the right, while the table cannot fit without breaking
    // a word.
    let mut dropped = vec![false; table.columns.len()];
    for k in (0..table.columns.len()).rev() {
        if needed(table, &dropped) <= width {
            break;
        }
        if table.columns[k].optional {
            dropped[k] = true;
        }
    }
    if dropped.iter().any(|d| *d) {
        let keep = |row: &[super::blocks::Cell]| -> Vec<super::blocks::Cell> {
            row.iter()
                .zip(&dropped)
                .filter(|(_, d)| !**d)
                .map(|(c, _)| c.clone())
                .collect()
        };
        let narrower = Table {
            columns: table
                .columns
                .iter()
                .zip(&dropped)
                .filter(|(_, d)| !**d)
                .map(|(c, _)| c.clone())
                .collect(),
            rows: table.rows.iter().map(|r| keep(r)).collect(),
            ..table.clone()
        };
        return write_fitted(out, &narrower, style);
    }
    write_fitted(out, table, style)
}

fn write_fitted(out: &mut dyn Write, table: &Table, style: Style) -> std::io::Result<()> {
    let mut t = crate::tables::compact(style);
    // Long option codes as headings take more room than their figures: keys instead,
    // explained under the table.
    t.set_header(
        table
            .columns
            .iter()
            .map(|c| c.short.as_deref().unwrap_or(&c.title)),
    );
    let keys: Vec<String> = table
        .columns
        .iter()
        .filter_map(|c| c.short.as_ref().map(|s| format!("{s} {}", c.title)))
        .collect();
    for row in &table.rows {
        t.add_row(row.iter().map(|cell| {
            let text = if cell.list {
                crate::tables::glued_list(cell.text.split(" · "))
            } else {
                cell.text.clone()
            };
            let c = comfy_table::Cell::new(text);
            match cell.tone {
                None => c,
                Some(Tone::Low) => c.fg(Color::Red),
                Some(Tone::Middle) => c.fg(Color::Yellow),
                Some(Tone::High) => c.fg(Color::Green),
            }
        }));
    }
    for (column, c) in t.column_iter_mut().zip(&table.columns) {
        if c.align == Align::Right {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    let laid_out = crate::tables::tighten(&mut t).to_string();
    writeln!(out, "{}", crate::tables::unglue(&laid_out))?;
    if !keys.is_empty() {
        writeln!(out, "{}", textwrap::fill(&keys.join(" · "), style.width))?;
    }
    Ok(())
}
