//! The report as one HTML page: the [`blocks`](crate::report::render::blocks) laid out with
//! [maud](https://maud.lambda.xyz), charts drawn as inline SVG.
//!
//! Why maud rather than askama: maud's templates are Rust code, checked by the compiler
//! with the rest (a misspelt field or a missing value does not build), and every value put
//! in the page is escaped unless it is wrapped in `PreEscaped`, which only the page's own
//! constant style and patterns are. An askama template is a file of its own, in a language
//! of its own, with the types checked only where the template is expanded; maud has no
//! file to ship or to find at run time, so the binary stays one file, and the page is built
//! where the blocks it lays out are, in Rust. Nothing here writes HTML with `write!` or
//! escapes by hand.
//!
//! Sections open at each level-2 heading and each figure (with its anchor as their id);
//! what comes before the first is the page's header. Each figure is drawn as its chart,
//! whose figures are also written as text beside it, and a chart is an `<svg role="img">`
//! with a title and an `aria-label`; the table of a figure is shown only where it has no
//! chart.

use std::io::Write;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::super::blocks::{
    Align, Bar, Block, Cell, Chart, ChartKind, Distributions, Figure, Histogram, ItemCard,
    ParaKind, Profile, ProfileRow, Table, blocks,
};
use super::{DEFS, STYLE, fill, label_colour};
use crate::i18n::{Messages, messages};
use crate::report::Report;

/// What the report page adds to the style it shares with the comparison: on a phone, its
/// tables (to discuss has five columns) keep to the screen with less padding.
pub(super) const REPORT_STYLE: &str = "
@media (max-width: 40rem) { th, td { padding: .25rem .2rem; } }
.barbox { position: relative; display: block; }
.barbox svg { width: 100%; height: 100%; display: block; }
.barbox.bar { height: 1.6em; }
.barbox.histogram { height: 2.4em; max-width: 16em; margin-top: .2rem; border-bottom: 1px solid #555; }
td .barbox.mini, th .barbox.mini { display: inline-block; width: 6em; height: 1.1em; vertical-align: middle; margin-right: .3rem; }
.barbox .letter { position: absolute; top: 0; bottom: 0; display: flex; align-items: center; justify-content: center; font-weight: 700; line-height: 1; overflow: hidden; pointer-events: none; }
.barbox.bar .letter { font-size: 1em; }
.barbox.mini .letter { font-size: .75em; }
.wide { overflow-x: auto; max-width: 100%; }
";

/// Writes the report as one HTML page.
pub fn report(r: &Report, out: &mut dyn Write) -> anyhow::Result<()> {
    let m = messages(&r.language);
    let page = page(r, &blocks(r), m);
    out.write_all(page.into_string().as_bytes())?;
    Ok(())
}

/// Whether `block` opens a section.
fn opens_section(block: &Block) -> bool {
    matches!(block, Block::Heading { level: 2, .. } | Block::Figure(_))
}

fn page(r: &Report, blocks: &[Block], m: &Messages) -> Markup {
    let first = blocks
        .iter()
        .position(opens_section)
        .unwrap_or(blocks.len());
    let (header, rest) = blocks.split_at(first);
    // Each section: the block that opens it and those that follow, up to the next.
    let mut sections: Vec<&[Block]> = Vec::new();
    let mut rest = rest;
    while !rest.is_empty() {
        let end = rest[1..]
            .iter()
            .position(opens_section)
            .map_or(rest.len(), |k| k + 1);
        sections.push(&rest[..end]);
        rest = &rest[end..];
    }
    let version = env!("CARGO_PKG_VERSION");
    html! {
        (DOCTYPE) "\n"
        html lang=(r.language) {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"; "\n"
                meta name="generator" content={ "partnereval " (version) }; "\n"
                title { (super::super::title(r)) } "\n"
                // The page's own constant style: nothing in it comes from the report.
                style { (PreEscaped(STYLE)) (PreEscaped(REPORT_STYLE)) } "\n"
            }
            "\n"
            body {
                "\n"
                // The page's own constant patterns for the bars.
                (PreEscaped(DEFS)) "\n"
                header {
                    @for b in header { (block(b)) }
                }
                "\n"
                @for s in sections { (section(s)) "\n" }
                footer { (m.html_footer(version)) } "\n"
            }
            "\n"
        }
        "\n"
    }
}

/// A section: its opening heading or figure, then the blocks under it.
fn section(blocks: &[Block]) -> Markup {
    let anchor = match &blocks[0] {
        Block::Figure(f) => Some(f.anchor.as_str()),
        Block::Heading { anchor, .. } => anchor.as_deref(),
        _ => None,
    };
    html! {
        section id=[anchor] {
            @for b in blocks { (block(b)) }
        }
    }
}

fn block(b: &Block) -> Markup {
    match b {
        Block::Title { text, about } => {
            let about: Vec<&str> = about.iter().map(|a| a.text.as_str()).collect();
            html! {
                h1 { (text) }
                @if !about.is_empty() { p.meta { (about.join(" · ")) } }
            }
        }
        Block::Heading { level: 2, text, .. } => html! { h2 { (text) } },
        Block::Heading { text, .. } => html! { h3 { (text) } },
        Block::Para { text, kind } => match kind {
            ParaKind::Plain => html! { p { (text) } },
            ParaKind::Meta => html! { p.meta { (text) } },
            ParaKind::Note => html! { p.note { (text) } },
            ParaKind::Alert => html! { p.withheld { strong { (text) } } },
        },
        Block::List { items, kind } => html! {
            ul class=(kind.name()) {
                @for item in items { li { (item) } "\n" }
            }
            "\n"
        },
        Block::Table(t) => html! {
            @if let Some(caption) = &t.caption { h3 { (caption) } }
            (table(t))
        },
        Block::Figure(f) => figure(f),
    }
}

/// The class of a column's cells.
fn align(a: Align) -> Option<&'static str> {
    (a == Align::Right).then_some("num")
}

fn table(t: &Table) -> Markup {
    // A table wider than the screen (many groups side by side on a phone) scrolls within
    // its box; the page itself never runs past the right edge.
    html! {
        div.wide { table {
            thead {
                tr {
                    @for c in &t.columns { th scope="col" class=[align(c.align)] { (c.title) } }
                }
            }
            "\n"
            tbody {
                @for row in &t.rows {
                    tr {
                        @for (k, (cell, column)) in row.iter().zip(&t.columns).enumerate() {
                            @if k == 0 {
                                th scope="row" class=[align(column.align)] { (cell_content(cell)) }
                            } @else {
                                td class=[align(column.align)] { (cell_content(cell)) }
                            }
                        }
                    }
                    "\n"
                }
            }
        } }
        "\n"
    }
}

/// A cell's bar, text (a link where it points somewhere in the page) and aside.
fn cell_content(cell: &Cell) -> Markup {
    html! {
        @if let Some(bar) = &cell.bar { (stacked_bar(bar, "mini", 30.0)) }
        @if let Some(link) = &cell.link {
            a href={ "#" (link) } { (cell.text) }
        } @else {
            (cell.text)
        }
        @if let Some(aside) = &cell.aside { " " span.note { "(" (aside) ")" } }
        @if let Some(h) = &cell.histogram { (histogram(h)) }
    }
}

/// Small columns, one per bin, as high as its count is to the largest; each bin's name
/// and count are in the text alternative (and the figures beside it).
fn histogram(h: &Histogram) -> Markup {
    let top = h.bins.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1) as f64;
    let width = 1000.0 / h.bins.len().max(1) as f64;
    html! {
        span.barbox.histogram {
            svg viewBox="0 0 1000 100" preserveAspectRatio="none" role="img" aria-label=(h.label) {
                title { (h.label) }
                @for (k, (_, n)) in h.bins.iter().enumerate() {
                    @let height = 100.0 * *n as f64 / top;
                    rect x=(format!("{:.2}", k as f64 * width)) y=(format!("{:.2}", 100.0 - height))
                        width=(format!("{:.2}", width)) height=(format!("{:.2}", height))
                        fill="#1f5f8b" stroke="#fff" stroke-width="4" {}
                }
            }
        }
    }
}

/// A figure: its chart with the chart's heading and note, or its table where it has none.
fn figure(f: &Figure) -> Markup {
    match &f.chart {
        Some(Chart {
            heading,
            note,
            kind,
        }) => html! {
            h2 { (heading) }
            p.note { (note) }
            @match kind {
                ChartKind::Profile(p) => (profile(heading, p)),
                ChartKind::Distributions(d) => (distributions(d)),
            }
        },
        None => html! {
            h2 { (f.heading) }
            (table(&f.table))
        },
    }
}

/// The mean of each condition as a bar over the bands, its value written beside it.
fn profile(heading: &str, p: &Profile) -> Markup {
    html! {
        figure.profile role="group" aria-label=(heading) {
            @for row in &p.rows {
                div.name { (row.name) }
                (mean_bar(row))
                div.value { (row.value) }
                "\n"
            }
        }
        p.note { (p.legend) }
        "\n"
    }
}

/// A horizontal bar of a mean on the score range, over the bands as shaded zones.
fn mean_bar(p: &ProfileRow) -> Markup {
    let (mean, label) = (p.mean, &p.label);
    let span = (p.high - p.low).max(f64::EPSILON);
    let x = |v: f64| 1000.0 * ((v - p.low) / span).clamp(0.0, 1.0);
    let zones = ["var(--weak)", "var(--mid)", "var(--strong)"];
    let last = p.bands.len().saturating_sub(1);
    html! {
        svg viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-label=(label) {
            title { (label) }
            @for (k, (a, b)) in p.bands.iter().enumerate() {
                @let zone = match k { 0 => zones[0], k if k == last => zones[2], _ => zones[1] };
                rect x=(format!("{:.1}", x(*a))) y="0"
                    width=(format!("{:.1}", (x(*b) - x(*a)).max(0.0))) height="40" fill=(zone) {}
                @if k > 0 {
                    line x1=(format!("{:.1}", x(*a))) x2=(format!("{:.1}", x(*a))) y1="0" y2="40"
                        stroke="#777" stroke-width="2" stroke-dasharray="4 3" {}
                }
            }
            @if let Some(v) = mean {
                rect x="0" y="10" width=(format!("{:.1}", x(v))) height="20" fill="#1f5f8b" {}
                rect x=(format!("{:.1}", (x(v) - 3.0).max(0.0))) y="4" width="6" height="32" fill="#111" {}
            }
        }
    }
}

/// The items' bars: a legend of the fills, then the items of each condition.
fn distributions(d: &Distributions) -> Markup {
    html! {
        ul.legend {
            @for (k, (code, label)) in d.legend.iter().enumerate() {
                li { (swatch(&fill(k, d.legend.len()))) b { (code) } "\u{a0}" (label) }
            }
            li { (swatch("url(#hatch-na)")) (d.no_answer) }
        }
        "\n"
        @for group in &d.groups {
            @if let Some(heading) = &group.heading { h3 { (heading) } }
            @for card in &group.cards { (item_card(card)) "\n" }
        }
    }
}

/// A sample of a fill, for the legend.
pub(super) fn swatch(fill: &str) -> Markup {
    html! {
        svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" {
            rect width="18" height="12" fill=(fill) stroke="#333" stroke-width="0.5" {}
        }
    }
}

/// One item: its statement and marks, its bar, its figures.
fn item_card(card: &ItemCard) -> Markup {
    html! {
        div.item.flag[!card.marks.is_empty()] id={ "item-" (card.id) } {
            p.q {
                span.id { (card.id) }
                (card.text)
                @for mark in &card.marks { span.badge { (mark) } }
            }
            @if let Some(legend) = &card.legend { p.note { (legend) } }
            (stacked_bar(&card.bar, "bar", 30.0))
            p.figures { (card.figures) }
        }
    }
}

/// A stacked bar of the answers: each option's count, then no answer, as shares of all
/// answers, each part with its letter where it fits.
fn stacked_bar(bar: &Bar, class: &str, height: f64) -> Markup {
    stacked_bar_under(bar, class, height, None)
}

/// [`stacked_bar`], with the parts covered by `overlay` (a fill: a pattern that tells one
/// bar from another, as the earlier round's on the comparison page) where one is given.
pub(super) fn stacked_bar_under(
    bar: &Bar,
    class: &str,
    height: f64,
    overlay: Option<&str>,
) -> Markup {
    let total: usize = bar.counts.iter().map(|(_, n)| n).sum::<usize>() + bar.no_answer;
    // Each part: its letter, count, fill and the colour of its letter, and where it starts.
    let mut x = 0.0;
    let mut parts = Vec::new();
    let count = bar.counts.len();
    let all = bar
        .counts
        .iter()
        .enumerate()
        .map(|(k, (code, n))| (code.as_str(), *n, fill(k, count), label_colour(k, count)))
        .chain(std::iter::once((
            "–",
            bar.no_answer,
            "url(#hatch-na)".to_owned(),
            "#111",
        )));
    for (code, n, fill, ink) in all {
        if n == 0 || total == 0 {
            continue;
        }
        let w = 1000.0 * n as f64 / total as f64;
        parts.push((code, x, w, fill, ink));
        x += w;
    }
    // The fills stretch with the page (`preserveAspectRatio="none"`); the letters are
    // text laid over them, so they keep their shape at any width. A part gets its letter
    // only where it is wide enough to hold it: a twentieth of an item's bar, a quarter of
    // a small bar in a table (whose figures are written beside it).
    let room = |code: &str| {
        let chars = code.chars().count() as f64;
        if class == "mini" {
            250.0 * chars.max(1.0)
        } else {
            // About 11 units of the 1000 a character, on a bar of a page's width.
            (11.0 * chars).max(45.0)
        }
    };
    html! {
        span class={ "barbox " (class) } {
            svg class=(class) viewBox={ "0 0 1000 " (height) } preserveAspectRatio="none" role="img" aria-label=(bar.label) {
                title { (bar.label) }
                @if total == 0 {
                    rect x="0" y="0" width="1000" height=(height) fill="#fff" stroke="#999" stroke-dasharray="6 4" {}
                }
                @for (_, x, w, fill, _) in &parts {
                    rect x=(format!("{x:.2}")) y="0" width=(format!("{w:.2}")) height=(height)
                        fill=(fill) stroke="#fff" stroke-width="2" {}
                }
                @if let Some(overlay) = overlay {
                    @if total > 0 {
                        rect x="0" y="0" width="1000" height=(height) fill=(overlay) {}
                    }
                }
            }
            @for (code, x, w, _, ink) in &parts {
                @if *w >= room(code) {
                    span.letter aria-hidden="true"
                        style=(format!("left:{:.2}%;width:{:.2}%;color:{ink}", x / 10.0, w / 10.0)) { (code) }
                }
            }
        }
    }
}
