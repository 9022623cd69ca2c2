//! The one table look of partnereval's terminal output: a line under the header, nothing
//! else, within the terminal's width; styled only when colour is on.

use comfy_table::{ContentArrangement, LineStyle, Table, TableStyle};

/// Only a rule under the header.
const COMPACT: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

/// A new table `width` columns wide at most.
pub fn compact(width: usize) -> Table {
    let mut t = Table::new();
    t.load_style(COMPACT)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width.min(u16::MAX as usize) as u16);
    if console::colors_enabled() {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    t
}

/// One space between columns instead of three; call once the columns exist.
pub fn tighten(t: &mut Table) -> &mut Table {
    for column in t.column_iter_mut() {
        column.set_padding((1, 0));
    }
    t
}
