//! The one table look of partnereval's terminal output: a line under the header, nothing
//! else, within the terminal's width; styled only when colour is on.

use comfy_table::{ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle, Width};

/// Only a rule under the header.
const COMPACT: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

/// Joins the words of one part of a list in a cell ("extremely-well 10%"), so that its lines
/// break between parts only: a private-use character, turned back into a space by
/// [`unglue`] once the table is laid out. A column of such lists gives way last when the
/// table is too narrow for every word.
pub const GLUE: char = '\u{E000}';

/// `parts` joined by " · ", each kept whole on a line where it fits.
pub fn glued_list<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .map(|part| part.replace(' ', &GLUE.to_string()))
        .collect::<Vec<_>>()
        .join(&format!("{GLUE}· "))
}

/// The laid-out table with its glue turned back into spaces.
pub fn unglue(laid_out: &str) -> String {
    laid_out.replace(GLUE, " ")
}

/// A new table as wide as `style`'s width at most, styled when `style` is coloured.
pub fn compact(style: crate::output::Style) -> Table {
    let mut t = Table::new();
    t.load_style(COMPACT)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width.min(u16::MAX as usize) as u16);
    if style.color {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    t
}

/// One space between columns instead of three, and no word broken inside a cell; call once
/// the rows are in.
///
/// comfy-table cuts a word that does not fit its column ("Communi / ty"), so the widths are
/// chosen here: every column gets at least its longest word, then the room left goes to the
/// columns whose text still wraps, in proportion to what each lacks (the rows' cells before
/// the headings). Only
/// when even the longest words cannot all fit does the column with the longest word give
/// way (labels, rather than figures and headings). Columns already given a width keep it.
pub fn tighten(t: &mut Table) -> &mut Table {
    const PADDING: usize = 1;
    let n = t.column_count();
    // The widest piece `f` finds in column `i`, with its heading or without.
    let measure = |t: &Table, i: usize, f: &dyn Fn(&str) -> Vec<usize>, heading: bool| {
        let cells: Vec<&comfy_table::Cell> = if heading {
            t.column_cells_with_header_iter(i).flatten().collect()
        } else {
            t.column_cells_iter(i).flatten().collect()
        };
        cells
            .iter()
            .flat_map(|cell| f(&cell.content()))
            .max()
            .unwrap_or(0)
    };
    // No-break spaces join their words ("58 %").
    let words = |s: &str| -> Vec<usize> {
        s.split([' ', '\n', '\t'])
            .map(console::measure_text_width)
            .collect()
    };
    let lines = |s: &str| -> Vec<usize> { s.lines().map(console::measure_text_width).collect() };
    let longest_word: Vec<usize> = (0..n)
        .map(|i| measure(t, i, &words, true) + PADDING)
        .collect();
    let longest_line: Vec<usize> = (0..n)
        .map(|i| measure(t, i, &lines, true) + PADDING)
        .collect();
    let longest_body_line: Vec<usize> = (0..n)
        .map(|i| measure(t, i, &lines, false) + PADDING)
        .collect();
    let fixed: Vec<bool> = t.column_iter().map(|c| c.constraint().is_some()).collect();
    // What the columns may take: the width less one separator between columns.
    let room = t
        .width()
        .map_or(usize::MAX, usize::from)
        .saturating_sub(n.saturating_sub(1));
    let mut widths: Vec<usize> = (0..n)
        .map(|i| {
            if fixed[i] {
                longest_line[i]
            } else {
                longest_word[i].min(longest_line[i])
            }
        })
        .collect();
    let mut yielded = vec![false; n];
    let lists: Vec<bool> = (0..n)
        .map(|i| {
            t.column_cells_iter(i)
                .flatten()
                .any(|c| c.content().contains(GLUE))
        })
        .collect();
    while widths.iter().sum::<usize>() > room {
        let candidates = |list: bool| {
            (0..n)
                .filter(|&i| !fixed[i] && !yielded[i] && widths[i] > 4 && lists[i] == list)
                .max_by_key(|&i| widths[i])
        };
        let Some(widest) = candidates(false).or_else(|| candidates(true)) else {
            break;
        };
        yielded[widest] = true;
        let others: usize = (0..n).filter(|&i| i != widest).map(|i| widths[i]).sum();
        widths[widest] = room.saturating_sub(others).max(4);
    }
    // The room left goes first to the rows' cells, then to the headings: shared in
    // proportion to what each column still lacks, so that a long statement does not take
    // it all from a short reason beside it.
    let mut left = room.saturating_sub(widths.iter().sum());
    for target in [&longest_body_line, &longest_line] {
        let lacks: Vec<usize> = (0..n)
            .map(|i| {
                if fixed[i] {
                    0
                } else {
                    target[i].saturating_sub(widths[i])
                }
            })
            .collect();
        let total: usize = lacks.iter().sum();
        if total == 0 || left == 0 {
            continue;
        }
        if total <= left {
            for i in 0..n {
                widths[i] += lacks[i];
            }
            left -= total;
            continue;
        }
        let mut given = 0;
        for i in 0..n {
            let share = left * lacks[i] / total;
            widths[i] += share;
            given += share;
        }
        left -= given;
        // What rounding left over, a character at a time to the column that lacks most.
        while left > 0 {
            let Some(needy) = (0..n)
                .filter(|&i| !fixed[i] && widths[i] < target[i])
                .max_by_key(|&i| target[i] - widths[i])
            else {
                break;
            };
            widths[needy] += 1;
            left -= 1;
        }
    }
    for (i, column) in t.column_iter_mut().enumerate() {
        column.set_padding((PADDING as u16, 0));
        if !fixed[i] {
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(
                widths[i].min(u16::MAX as usize) as u16,
            )));
        }
    }
    t
}
