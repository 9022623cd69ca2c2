//! The report as one list of blocks, in reading order.
//!
//! Every section of the report (participation, to discuss, conditions, items, groups,
//! hidden groups, collective answers, matrix, comments, rules) is written once, here, from
//! the [`Report`] and the messages of its language; the terminal, Markdown and HTML
//! renderers only lay the blocks out, each in its own way (a terminal draws no chart, so it
//! shows the table that stands for one; HTML draws the chart). All the text is in the
//! blocks, as typed: each renderer escapes it for its own output.

use super::{band_label, bands_of, in_scale_order, item_name};
use crate::i18n::{Messages, messages};
use crate::report::{
    BandInfo, Collective, DimensionStats, Grouped, ItemStats, OptionInfo, Reason, Report,
};

/// A piece of the report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The report's title, first, and what it is about (the evaluation, the round).
    Title {
        text: String,
        about: Vec<About>,
    },
    /// A heading of level 2 (a section: HTML opens a `<section>` there, with `anchor` as
    /// its id) or 3 (a part of a section).
    Heading {
        level: u8,
        text: String,
        anchor: Option<String>,
    },
    Para {
        text: String,
        kind: ParaKind,
    },
    /// A bulleted list.
    List {
        items: Vec<String>,
        kind: ListKind,
    },
    Table(Table),
    /// Figures that a chart shows, with the table that stands for it where no chart can be
    /// drawn; a section of its own.
    Figure(Figure),
}

/// A part of what the report is about: its text, and what is written before it where it
/// stands alone ("Round: " of "Round: 2026 autumn").
#[derive(Debug, Clone, PartialEq)]
pub struct About {
    pub prefix: Option<String>,
    pub text: String,
}

/// How a paragraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaKind {
    Plain,
    /// About the respondents (the groups that answered).
    Meta,
    /// Small print: how to read what is above it.
    Note,
    /// What the reader must see first (why the figures are withheld).
    Alert,
}

/// What a list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// Files not compiled; the matrix's findings.
    Notes,
    /// What people wrote.
    Comments,
    /// The rules behind the figures.
    Rules,
}

impl ListKind {
    /// Its name (the class of an HTML list).
    pub fn name(self) -> &'static str {
        match self {
            ListKind::Notes => "notes",
            ListKind::Comments => "comments",
            ListKind::Rules => "rules",
        }
    }
}

/// A table: a header and rows; the first cell of a row names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// A title of its own (a level-3 heading), for tables that share a section.
    pub caption: Option<String>,
    /// Detail that a terminal leaves out for want of room (the items of each `--by`
    /// group: the terminal shows the conditions by group; Markdown and HTML show both).
    pub detail: bool,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    pub align: Align,
    /// A key for a narrow output (a terminal), which then explains the keys under the
    /// table ("5 strongly-agree · 4 agree · …"): an option column whose code is long.
    pub short: Option<String>,
    /// A column a narrow output may leave out when the table cannot fit without breaking
    /// words (the median and deviation beside the mean).
    pub optional: bool,
}

/// How the cells of a column line up: text on the left, figures on the right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A cell of a table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    /// Small print after the text, where there is room (Markdown, HTML; not a terminal):
    /// the items of a condition.
    pub aside: Option<String>,
    /// The anchor of the place in the page the cell points to (HTML).
    pub link: Option<String>,
    /// Where a band stands among the bands, for colour (a terminal).
    pub tone: Option<Tone>,
    /// The answers as a small bar, before the text, where charts are drawn (HTML).
    pub bar: Option<Bar>,
    /// A number item's answers as a small histogram, after the text (HTML).
    pub histogram: Option<Histogram>,
    /// The text is a list of parts joined by " · " ("extremely-well 10% · very-well 40%"):
    /// a terminal breaks its lines between parts only, never inside one.
    pub list: bool,
}

/// Counts over bins as small columns: each bin's name ("10–20") and count.
#[derive(Debug, Clone, PartialEq)]
pub struct Histogram {
    pub bins: Vec<(String, usize)>,
    /// Its text alternative.
    pub label: String,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }
}

/// The place of a band: the lowest, the highest, or between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Low,
    Middle,
    High,
}

/// Figures as a chart, and as a table where no chart is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The id of the section.
    pub anchor: String,
    /// `None` when these figures have no chart.
    pub chart: Option<Chart>,
    /// The heading of the section where the table is shown.
    pub heading: String,
    pub table: Table,
}

/// A chart, with the heading of the section where it is drawn and a note on how to read
/// it. Every chart has a text alternative and its figures written as text beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub heading: String,
    pub note: String,
    pub kind: ChartKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ChartKind {
    /// The mean score of each condition (and overall) on the score range, over the bands.
    Profile(Profile),
    /// A bar of the answers per item, in item cards grouped by condition.
    Distributions(Distributions),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub rows: Vec<ProfileRow>,
    /// "Bands: weak 1–1.5 · moderate 1.5–2.5 · strong 2.5–3", under the chart.
    pub legend: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileRow {
    pub name: String,
    pub mean: Option<f64>,
    /// The lowest and the highest score of its scale.
    pub low: f64,
    pub high: f64,
    /// Each band's limits, in order.
    pub bands: Vec<(f64, f64)>,
    /// "2.17 · moderate", beside the bar.
    pub value: String,
    /// The bar's text alternative.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Distributions {
    /// Each option's code and its place on the scale, in the scale's order.
    pub legend: Vec<(String, String)>,
    /// What the no-answer part of a bar is called.
    pub no_answer: String,
    pub groups: Vec<CardGroup>,
}

/// The items of one condition (with its name, when the questionnaire has conditions).
#[derive(Debug, Clone, PartialEq)]
pub struct CardGroup {
    pub heading: Option<String>,
    pub cards: Vec<ItemCard>,
}

/// One item: its statement, what marks it for the discussion, its answers and figures.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemCard {
    pub id: String,
    pub text: String,
    /// "▼ least favourable", "⇄ divergent": the reasons to discuss it, in words.
    pub marks: Vec<String>,
    pub bar: Bar,
    /// "A 43% (3) · B 29% (2) · C 29% (2) · no answer: 0 · n 7 · mean: 2.14 · band: moderate".
    pub figures: String,
    /// What its codes mean, when items are on several scales (then the chart has no legend
    /// of its own): "4 fully · 3 mostly · 2 a little · 1 not at all".
    pub legend: Option<String>,
}

/// The answers to one item (or a condition) as one stacked bar: each option's count in the
/// scale's order, then no answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub counts: Vec<(String, usize)>,
    pub no_answer: usize,
    /// Its text alternative.
    pub label: String,
}

/// The report as blocks, in reading order.
pub fn blocks(report: &Report) -> Vec<Block> {
    let m = messages(&report.language);
    let mut out = vec![
        Block::Title {
            text: report.questionnaire.title.clone(),
            about: report
                .evaluation
                .iter()
                .map(|e| About {
                    prefix: None,
                    text: e.clone(),
                })
                .chain(report.round.iter().map(|r| About {
                    prefix: Some(format!("{}{}", m.round, m.colon)),
                    text: r.clone(),
                }))
                .collect(),
        },
        para(ParaKind::Plain, participation_line(report, m)),
    ];
    if !report.skipped.is_empty() {
        out.push(Block::List {
            items: report
                .skipped
                .iter()
                .map(|s| format!("{}{}{}", s.file, m.colon, s.reason))
                .collect(),
            kind: ListKind::Notes,
        });
    }
    if let Some(reason) = &report.withheld {
        out.push(para(ParaKind::Alert, reason.clone()));
    }
    out.extend(
        participation_lines(report, m)
            .into_iter()
            .map(|line| para(ParaKind::Meta, line)),
    );
    // Prerequisites, when someone answered them: how many said no, and what that means.
    let answered: Vec<&crate::report::PrerequisiteAnswers> = report
        .prerequisites
        .iter()
        .filter(|p| p.yes + p.no > 0)
        .collect();
    if !answered.is_empty() {
        out.push(heading(2, m.report_prerequisites, Some("prerequisites")));
        out.push(Block::List {
            items: answered
                .iter()
                .map(|p| {
                    let line = m.prerequisite_line(&p.text, p.no, p.yes + p.no);
                    if p.no > 0 {
                        format!("{line} {}{}{}", m.prerequisite_meaning, m.colon, p.unmet)
                    } else {
                        line
                    }
                })
                .collect(),
            kind: ListKind::Notes,
        });
    }
    if !report.to_discuss.is_empty() {
        out.push(heading(2, m.report_to_discuss, Some("discuss")));
        out.push(Block::Table(to_discuss(report, m)));
    }
    if !report.dimensions.is_empty() || report.overall.is_some() {
        out.push(Block::Figure(conditions(report, m)));
    }
    if !report.items.is_empty() {
        let mut figure = items(report, m);
        // A contribution matrix's levels, item by item, do not fit a terminal beside their
        // eleven columns: there its matrix by organisation says the same.
        figure.table.detail = report.matrix.is_some();
        out.push(Block::Figure(figure));
    }
    if !report.choices.is_empty() {
        out.push(heading(2, m.report_choices, Some("choices")));
        out.extend(report.choices.iter().map(|c| Block::Table(choices(c, m))));
        out.push(para(ParaKind::Note, m.choices_note.to_owned()));
    }
    if !report.numbers.is_empty() {
        out.push(heading(2, m.report_numbers, Some("numbers")));
        out.push(Block::Table(numbers(report, m)));
        out.push(para(ParaKind::Note, m.numbers_note.to_owned()));
    }
    if let Some(grouped) = &report.groups {
        out.push(heading(2, &m.report_by(&grouped.label), Some("groups")));
        out.extend(groups(report, grouped, m).into_iter().map(Block::Table));
        out.push(para(ParaKind::Note, m.by_note.to_owned()));
    }
    out.extend(
        hidden_lines(report, m)
            .into_iter()
            .map(|line| para(ParaKind::Note, line)),
    );
    for (k, c) in report.collective.iter().enumerate() {
        out.push(heading(
            2,
            &m.report_collective(&c.submitted.to_string()),
            Some(&format!("collective-{}", k + 1)),
        ));
        if !c.differs.is_empty() {
            out.push(para(
                ParaKind::Plain,
                m.collective_differs(&c.differs.join(", ")),
            ));
        }
        out.push(Block::Table(collective(report, c, m)));
        if !report.scores_hidden && !c.dimensions.is_empty() {
            out.push(Block::Table(collective_conditions(report, c, m)));
        }
        if !c.comments.is_empty() || c.closing_comment.is_some() {
            out.push(heading(3, m.collective_comments, None));
            out.push(Block::List {
                items: c
                    .comments
                    .iter()
                    .map(|x| format!("{}{}{}", x.item, m.colon, x.text))
                    .chain(
                        c.closing_comment
                            .iter()
                            .map(|t| format!("{}{}{t}", m.closing_comment, m.colon)),
                    )
                    .collect(),
                kind: ListKind::Comments,
            });
        }
    }
    if let Some(mx) = &report.matrix {
        out.push(heading(2, m.matrix_heading, Some("matrix")));
        let (tables, notes) = matrix(mx, m);
        out.extend(tables.into_iter().map(Block::Table));
        out.push(Block::List {
            items: notes,
            kind: ListKind::Notes,
        });
    }
    if !report.open.is_empty() {
        out.push(heading(2, m.report_open, Some("open")));
        for o in &report.open {
            out.push(heading(3, &format!("{} {}", o.id, o.text), None));
            out.push(Block::List {
                items: o.answers.clone(),
                kind: ListKind::Comments,
            });
        }
    }
    if !report.comments.is_empty() || !report.closing_comments.is_empty() {
        out.push(heading(2, m.report_comments, Some("comments")));
        for g in &report.comments {
            out.push(heading(3, &g.label, None));
            out.push(Block::List {
                items: g
                    .comments
                    .iter()
                    .map(|c| format!("{}{}{}", c.item, m.colon, c.text))
                    .collect(),
                kind: ListKind::Comments,
            });
        }
        if !report.closing_comments.is_empty() {
            out.push(heading(3, m.closing_comment, None));
            out.push(Block::List {
                items: report.closing_comments.clone(),
                kind: ListKind::Comments,
            });
        }
    }
    out.push(heading(2, m.report_rules, Some("rules")));
    out.push(Block::List {
        items: rule_lines(report, m),
        kind: ListKind::Rules,
    });
    out
}

/// A multiple-choice item: each option, how many ticked it and their share of those who
/// answered.
fn choices(c: &crate::report::other::ChoiceStats, m: &Messages) -> Table {
    let caption = format!(
        "{} · n {}{}",
        item_name(&c.id, c.short.as_deref().or(Some(c.text.as_str()))),
        c.n,
        [
            (m.col_no_answer, c.no_answer),
            (m.col_not_applicable, c.not_applicable)
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| format!(" · {name}{}{n}", m.colon))
        .collect::<String>()
    );
    Table {
        caption: Some(caption),
        detail: false,
        columns: vec![left(m.col_option), right(m.col_count), right(m.col_share)],
        rows: c
            .options
            .iter()
            .map(|o| {
                vec![
                    Cell::new(o.label.clone()),
                    Cell::new(o.count.to_string()),
                    Cell::new(m.pct(o.percent)),
                ]
            })
            .collect(),
    }
}

/// The number items: n, no answer, min, quartiles, max and mean each, with a histogram
/// where charts are drawn.
fn numbers(report: &Report, m: &Messages) -> Table {
    let value = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| m.short(v, 2));
    // "n/a" only when some number item was not asked of some respondents.
    let skipped = report.numbers.iter().any(|n| n.not_applicable > 0);
    let mut titles = vec![
        "n",
        m.col_no_answer,
        m.col_min,
        m.col_q1,
        m.col_median,
        m.col_q3,
        m.col_max,
        m.col_mean,
    ];
    if skipped {
        titles.insert(2, m.col_not_applicable);
    }
    let mut columns = vec![left(m.col_item)];
    columns.extend(columns_right(&titles));
    Table {
        caption: None,
        detail: false,
        columns,
        rows: report
            .numbers
            .iter()
            .map(|n| {
                let mut name = item_name(&n.id, n.short.as_deref().or(Some(n.text.as_str())));
                // The unit, unless the label already says it ("Hours a month").
                if let Some(unit) = &n.unit
                    && !name.to_lowercase().contains(&unit.to_lowercase())
                {
                    name = format!("{name} ({unit})");
                }
                let bins: Vec<(String, usize)> = n
                    .histogram
                    .iter()
                    .map(|b| {
                        let whole = b.to - b.from == 1.0 && b.from.fract() == 0.0;
                        let name = if whole {
                            m.short(b.from, 2)
                        } else {
                            format!("{}–{}", m.short(b.from, 2), m.short(b.to, 2))
                        };
                        (name, b.count)
                    })
                    .collect();
                let label = format!(
                    "{name}{}{}",
                    m.colon,
                    bins.iter()
                        .map(|(b, c)| format!("{b}: {c}"))
                        .collect::<Vec<_>>()
                        .join(" · ")
                );
                let first = Cell {
                    histogram: (!bins.is_empty()).then_some(Histogram { bins, label }),
                    ..Cell::new(name)
                };
                let mut row = vec![
                    first,
                    Cell::new(n.n.to_string()),
                    Cell::new(n.no_answer.to_string()),
                    Cell::new(value(n.min)),
                    Cell::new(value(n.q1)),
                    Cell::new(value(n.median)),
                    Cell::new(value(n.q3)),
                    Cell::new(value(n.max)),
                    Cell::new(m.num(n.mean)),
                ];
                if skipped {
                    row.insert(3, Cell::new(n.not_applicable.to_string()));
                }
                row
            })
            .collect(),
    }
}

fn columns_right(titles: &[&str]) -> Vec<Column> {
    titles.iter().map(|t| right(t)).collect()
}

fn para(kind: ParaKind, text: String) -> Block {
    Block::Para { text, kind }
}

fn heading(level: u8, text: &str, anchor: Option<&str>) -> Block {
    Block::Heading {
        level,
        text: text.to_owned(),
        anchor: anchor.map(str::to_owned),
    }
}

/// Columns titled `titles`, all aligned `align`.
fn columns<S: AsRef<str>>(titles: &[S], align: Align) -> Vec<Column> {
    titles
        .iter()
        .map(|t| Column {
            title: t.as_ref().to_owned(),
            align,
            short: None,
            optional: false,
        })
        .collect()
}

fn left(title: &str) -> Column {
    Column {
        title: title.to_owned(),
        align: Align::Left,
        short: None,
        optional: false,
    }
}

fn right(title: &str) -> Column {
    Column {
        title: title.to_owned(),
        align: Align::Right,
        short: None,
        optional: false,
    }
}

/// "Respondents: 12 · collective: 1 · unfinished drafts: 0 · skipped: 0"
fn participation_line(report: &Report, m: &Messages) -> String {
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

/// "sector: Community 4 · (pooled) 5", one line per profile field with shown groups.
fn participation_lines(report: &Report, m: &Messages) -> Vec<String> {
    report
        .participation
        .iter()
        .filter(|b| !b.groups.is_empty())
        .map(|b| {
            let groups: Vec<String> = b
                .groups
                .iter()
                .map(|g| format!("{} {}", g.label, g.n))
                .collect();
            format!("{}{}{}", b.label, m.colon, groups.join(" · "))
        })
        .collect()
}

/// Why an item is to discuss, in words.
fn why(d: &crate::report::ToDiscuss, m: &Messages) -> String {
    d.reasons
        .iter()
        .map(|r| match r {
            Reason::Divergent => m.divergent_word.to_owned(),
            Reason::LeastFavourable => match d.least_percent {
                // A no-break space keeps "C 42%" on one line.
                Some(p) => format!(
                    "{} ({}\u{a0}{})",
                    m.least_favourable_word,
                    d.least_options.join("/"),
                    m.pct(p)
                ),
                None => m.least_favourable_word.to_owned(),
            },
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The band `id` as a cell: its label, toned by its place among the bands.
/// The scale entry an item is read on (`rules.scales`), if any.
fn scale_of<'r>(report: &'r Report, item: &str) -> Option<&'r str> {
    report
        .items
        .iter()
        .find(|i| i.id == item)
        .and_then(|i| i.scale.as_deref())
}

/// Every band of the report, each id once (for the labels of figures whose scale is not
/// said, such as a collective answer's conditions).
fn all_bands(report: &Report) -> Vec<BandInfo> {
    let mut out: Vec<BandInfo> = report.rules.bands.clone();
    for b in report.rules.scales.iter().flat_map(|s| &s.bands) {
        if !out.iter().any(|x| x.id == b.id) {
            out.push(b.clone());
        }
    }
    out
}

fn band_cell(bands: &[BandInfo], id: &Option<String>) -> Cell {
    let last = bands.len().saturating_sub(1);
    let tone = id
        .as_ref()
        .and_then(|id| bands.iter().position(|b| &b.id == id))
        .map(|pos| match pos {
            0 => Tone::Low,
            p if p == last => Tone::High,
            _ => Tone::Middle,
        });
    Cell {
        tone,
        ..Cell::new(band_label(bands, id))
    }
}

fn to_discuss(report: &Report, m: &Messages) -> Table {
    let scores = !report.scores_hidden;
    let mut columns = vec![left(m.col_item)];
    if scores {
        columns.extend([right(m.col_mean), left(m.col_band)]);
    }
    columns.push(left(m.col_why));
    // Items with a short label are named by it; the statement then stays one step away,
    // in the items section. Without one, the start of the statement names the item.
    let short = |id: &str| report.items.iter().any(|i| i.id == id && i.short.is_some());
    let statement = report.to_discuss.iter().any(|d| !short(&d.item));
    if statement {
        columns.push(left(m.col_statement));
    }
    Table {
        caption: None,
        detail: false,
        columns,
        rows: report
            .to_discuss
            .iter()
            .map(|d| {
                // The item by its id and short label, where the questionnaire gives one.
                let name = report
                    .items
                    .iter()
                    .find(|i| i.id == d.item)
                    .map_or_else(|| d.item.clone(), |i| item_name(&i.id, i.short.as_deref()));
                let mut row = vec![Cell {
                    link: Some(format!("item-{}", d.item)),
                    ..Cell::new(name)
                }];
                if scores {
                    row.extend([
                        Cell::new(m.num(d.mean)),
                        band_cell(bands_of(report, scale_of(report, &d.item)), &d.band),
                    ]);
                }
                row.push(Cell::new(why(d, m)));
                if statement {
                    row.push(Cell::new(&d.text));
                }
                row
            })
            .collect(),
    }
}

/// One row of the item or condition table.
struct StatsRow<'r> {
    name: Cell,
    counts: &'r std::collections::BTreeMap<String, usize>,
    percent: &'r std::collections::BTreeMap<String, f64>,
    no_answer: usize,
    /// Respondents not asked (items only).
    not_applicable: Option<usize>,
    n: usize,
    mean: Option<f64>,
    /// Median and standard deviation (items only).
    spread: Option<(Option<f64>, Option<f64>)>,
    band: &'r Option<String>,
    /// The entry of `rules.scales` its band is read on, if any.
    scale: Option<&'r str>,
    divergent: String,
}

/// The items or conditions as a table: a column per option when they all have the same
/// options (in the scale's order), else one column of distributions.
fn stats_table(report: &Report, m: &Messages, first: &str, rows: Vec<StatsRow<'_>>) -> Table {
    let codes = rows.first().and_then(|r| {
        rows.iter()
            .all(|x| x.counts.keys().eq(r.counts.keys()))
            .then(|| in_scale_order(r.counts.keys(), &report.options))
    });
    // Without scores (`--no-scores`): no mean, median, deviation or band.
    let scores = !report.scores_hidden;
    let spread = scores && rows.iter().any(|r| r.spread.is_some());
    // Not applicable: only when some item was not asked of someone.
    let skipped = rows.iter().any(|r| r.not_applicable.is_some_and(|n| n > 0));
    let mut header = vec![left(first)];
    match &codes {
        Some(codes) => header.extend(option_columns(codes, &report.options)),
        None => header.push(left(m.col_answers)),
    }
    header.extend(columns(&[m.col_no_answer], Align::Right));
    if skipped {
        header.extend(columns(&[m.col_not_applicable], Align::Right));
    }
    header.extend(columns(&["n"], Align::Right));
    if scores {
        header.push(right(m.col_mean));
    }
    if spread {
        header.extend(
            columns(&[m.col_median, m.col_sd], Align::Right)
                .into_iter()
                .map(|c| Column {
                    optional: true,
                    ..c
                }),
        );
    }
    if scores {
        header.push(left(m.col_band));
    }
    header.push(left(m.col_divergent));
    let rows = rows
        .into_iter()
        .map(|r| {
            let mut row = vec![r.name];
            match &codes {
                Some(codes) => row.extend(
                    codes
                        .iter()
                        .map(|c| Cell::new(m.pct(r.percent.get(c).copied().unwrap_or(0.0)))),
                ),
                None => row.push(Cell {
                    list: true,
                    ..Cell::new(super::distribution(r.percent, &report.options, m))
                }),
            }
            row.push(Cell::new(r.no_answer.to_string()));
            if skipped {
                row.push(Cell::new(r.not_applicable.unwrap_or(0).to_string()));
            }
            row.push(Cell::new(r.n.to_string()));
            if scores {
                row.push(Cell::new(m.num(r.mean)));
            }
            if let (true, Some((median, sd))) = (spread, r.spread) {
                row.extend([Cell::new(m.num(median)), Cell::new(m.num(sd))]);
            }
            if scores {
                row.push(band_cell(bands_of(report, r.scale), r.band));
            }
            row.push(Cell::new(r.divergent));
            row
        })
        .collect();
    Table {
        caption: None,
        detail: false,
        columns: header,
        rows,
    }
}

/// A column per option code; when some code is long ("strongly-agree"), each gets a short
/// key for a terminal: its score when the scores are distinct whole numbers (5 … 1), else
/// its place (1, 2, 3…).
fn option_columns(codes: &[String], options: &[OptionInfo]) -> Vec<Column> {
    let mut out = columns(codes, Align::Right);
    if codes.iter().all(|c| c.chars().count() <= 3) {
        return out;
    }
    let scores: Vec<Option<f64>> = codes
        .iter()
        .map(|c| options.iter().find(|o| &o.code == c).and_then(|o| o.score))
        .collect();
    let whole: Option<Vec<i64>> = scores
        .iter()
        .map(|s| s.filter(|s| s.fract() == 0.0).map(|s| s as i64))
        .collect();
    let distinct = whole.as_ref().is_some_and(|w| {
        let mut sorted = w.clone();
        sorted.sort_unstable();
        sorted.dedup();
        sorted.len() == w.len()
    });
    for (k, column) in out.iter_mut().enumerate() {
        column.short = Some(match (&whole, distinct) {
            (Some(w), true) => w[k].to_string(),
            _ => (k + 1).to_string(),
        });
    }
    out
}

/// The lowest and highest score of the bands, and each band's limits.
pub(super) fn scale(bands: &[BandInfo]) -> (f64, f64, Vec<(f64, f64)>) {
    let low = bands.iter().map(|b| b.min).fold(f64::INFINITY, f64::min);
    let high = bands
        .iter()
        .map(|b| b.max)
        .fold(f64::NEG_INFINITY, f64::max);
    if low.is_finite() && high > low {
        (low, high, bands.iter().map(|b| (b.min, b.max)).collect())
    } else {
        (0.0, 1.0, Vec::new())
    }
}

/// "Bands: weak 1–1.5 · moderate 1.5–2.5 · strong 2.5–3".
fn bands_legend(bands: &[BandInfo], m: &Messages) -> String {
    format!(
        "{}{}{}",
        m.bands,
        m.colon,
        bands
            .iter()
            .map(|b| format!("{} {}–{}", b.label, m.short(b.min, 2), m.short(b.max, 2)))
            .collect::<Vec<_>>()
            .join(" · ")
    )
}

/// The conditions and overall: their profile (not for a matrix), and their table.
fn conditions(report: &Report, m: &Messages) -> Figure {
    let all: Vec<&DimensionStats> = report
        .dimensions
        .iter()
        .chain(report.overall.iter())
        .collect();
    let rows = all
        .iter()
        .map(|d| StatsRow {
            name: Cell {
                aside: Some(d.items.join(", ")),
                ..Cell::new(&d.name)
            },
            counts: &d.counts,
            percent: &d.percent,
            no_answer: d.no_answer,
            not_applicable: None,
            n: d.n,
            mean: d.mean,
            spread: None,
            band: &d.band,
            scale: d.scale.as_deref(),
            divergent: if d.divergent_items > 0 {
                d.divergent_items.to_string()
            } else {
                String::new()
            },
        })
        .collect();
    let chart = (!report.dimensions.is_empty() && report.matrix.is_none() && !report.scores_hidden)
        .then(|| {
            let scale_of = |d: &DimensionStats| {
                let bands = bands_of(report, d.scale.as_deref());
                (scale(bands), bands)
            };
            let ((low, high, _), _) = scale_of(all[0]);
            let shared = all
                .iter()
                .all(|d| scale_of(d).0.0 == low && scale_of(d).0.1 == high);
            let mut legends: Vec<String> = Vec::new();
            for d in &all {
                let line = bands_legend(scale_of(d).1, m);
                if !legends.contains(&line) {
                    legends.push(line);
                }
            }
            Chart {
                heading: m.html_profile.to_owned(),
                note: if shared {
                    m.html_profile_note(low, high)
                } else {
                    m.html_profile_note_scales.to_owned()
                },
                kind: ChartKind::Profile(Profile {
                    rows: all
                        .iter()
                        .map(|d| {
                            let ((low, high, limits), bands) = scale_of(d);
                            let band = band_label(bands, &d.band);
                            ProfileRow {
                                name: d.name.clone(),
                                mean: d.mean,
                                low,
                                high,
                                bands: limits,
                                value: format!("{} · {band}", m.num(d.mean)),
                                label: m.html_mean_alt(&d.name, &m.num(d.mean), low, high, &band),
                            }
                        })
                        .collect(),
                    legend: legends.join(" — "),
                }),
            }
        });
    Figure {
        anchor: "profile".to_owned(),
        chart,
        heading: m.dimensions.to_owned(),
        table: stats_table(report, m, m.dimension, rows),
    }
}

/// "A 46% (6) · B 31% (4) · C 23% (3) · no answer: 1", and "n/a: 2" when the item was not
/// asked of some.
fn figures_text(
    codes: &[String],
    counts: &std::collections::BTreeMap<String, usize>,
    percent: &std::collections::BTreeMap<String, f64>,
    (no_answer, not_applicable): (usize, usize),
    m: &Messages,
) -> String {
    let mut parts: Vec<String> = codes
        .iter()
        .map(|c| {
            format!(
                "{c} {} ({})",
                m.pct(percent.get(c).copied().unwrap_or(0.0)),
                counts.get(c).copied().unwrap_or(0)
            )
        })
        .collect();
    parts.push(format!("{}{}{no_answer}", m.col_no_answer, m.colon));
    if not_applicable > 0 {
        parts.push(format!(
            "{}{}{not_applicable}",
            m.col_not_applicable, m.colon
        ));
    }
    parts.join(" · ")
}

/// The answers of `counts` as a bar in the scale's order, with its text alternative
/// (`name` and the figures); the figures alone are returned too. Those not asked
/// (`not_applicable`) are in the figures, not in the bar.
fn bar(
    name: &str,
    counts: &std::collections::BTreeMap<String, usize>,
    percent: &std::collections::BTreeMap<String, f64>,
    (no_answer, not_applicable): (usize, usize),
    options: &[OptionInfo],
    m: &Messages,
) -> (Bar, String) {
    let codes = in_scale_order(percent.keys(), options);
    let figures = figures_text(&codes, counts, percent, (no_answer, not_applicable), m);
    let bar = Bar {
        counts: codes
            .iter()
            .map(|c| (c.clone(), counts.get(c).copied().unwrap_or(0)))
            .collect(),
        no_answer,
        label: format!("{name}{}{figures}", m.colon),
    };
    (bar, figures)
}

/// Option codes with their place on the scale and score, for a legend.
pub(super) fn option_labels(options: &[OptionInfo], m: &Messages) -> Vec<(String, String)> {
    // Only scored options are more or less favourable (they come first, highest first).
    let scored = options.iter().filter(|o| o.score.is_some()).count();
    let last = scored.saturating_sub(1);
    options
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let place = match k {
                _ if o.score.is_none() => "",
                0 if last > 0 => m.html_most_favourable,
                k if k == last && last > 0 => m.html_least_favourable,
                _ => "",
            };
            let score = o
                .score
                .map(|s| format!("{} {s}", m.score))
                .unwrap_or_default();
            let label = [place, score.as_str()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            (o.code.clone(), label)
        })
        .collect()
}

/// The items: a card each, grouped by condition, and their table.
fn items(report: &Report, m: &Messages) -> Figure {
    let names: Vec<String> = report
        .items
        .iter()
        .map(|i| item_name(&i.id, i.short.as_deref()))
        .collect();
    let rows = report
        .items
        .iter()
        .zip(names)
        .map(|(i, name)| StatsRow {
            name: Cell::new(name),
            counts: &i.counts,
            percent: &i.percent,
            no_answer: i.no_answer,
            not_applicable: Some(i.not_applicable),
            n: i.n,
            mean: i.mean,
            spread: Some((i.median, i.sd)),
            band: &i.band,
            scale: i.scale.as_deref(),
            divergent: if i.divergent { "!" } else { "" }.to_owned(),
        })
        .collect();
    let least: Vec<&str> = report
        .to_discuss
        .iter()
        .filter(|d| d.reasons.contains(&Reason::LeastFavourable))
        .map(|d| d.item.as_str())
        .collect();
    // With items on several scales, each item's bar follows its own scale's order and says
    // what its codes mean; the chart has no common legend.
    let scale_entry = |i: &ItemStats| {
        i.scale
            .as_deref()
            .and_then(|id| report.rules.scales.iter().find(|s| s.id == id))
    };
    let card = |i: &ItemStats| {
        let own: Option<Vec<OptionInfo>> = scale_entry(i).map(|s| {
            s.options
                .iter()
                .map(|o| OptionInfo {
                    code: o.code.clone(),
                    score: o.score,
                })
                .collect()
        });
        let (bar, figures) = bar(
            &format!("{} {}", m.col_item, i.id),
            &i.counts,
            &i.percent,
            (i.no_answer, i.not_applicable),
            own.as_deref().unwrap_or(&report.options),
            m,
        );
        // (A 0–10 rating whose labels are its numbers needs no legend.)
        let legend = scale_entry(i)
            .filter(|s| s.options.iter().any(|o| o.label != o.code))
            .map(|s| {
                s.options
                    .iter()
                    .map(|o| {
                        // A label that starts with its code ("10 – Completely satisfied",
                        // "9") is not preceded by it again.
                        if o.label == o.code || o.label.starts_with(&format!("{} ", o.code)) {
                            o.label.clone()
                        } else {
                            format!("{} {}", o.code, o.label)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" · ")
            });
        let mut marks = Vec::new();
        if least.contains(&i.id.as_str()) {
            marks.push(format!("▼ {}", m.least_favourable_word));
        }
        if i.divergent {
            marks.push(format!("⇄ {}", m.divergent_word));
        }
        if i.reversed {
            marks.push(format!("↺ {}", m.reversed_word));
        }
        ItemCard {
            id: i.id.clone(),
            text: i.text.clone(),
            marks,
            bar,
            legend,
            // An item whose options have no score (yes/no) has no mean or band to show.
            figures: if report.scores_hidden
                || !i.counts.keys().any(|c| {
                    report
                        .options
                        .iter()
                        .any(|o| &o.code == c && o.score.is_some())
                }) {
                format!("{figures} · n {}", i.n)
            } else {
                format!(
                    "{figures} · n {} · {}{}{} · {}{}{}",
                    i.n,
                    m.col_mean,
                    m.colon,
                    m.num(i.mean),
                    m.col_band,
                    m.colon,
                    band_label(bands_of(report, i.scale.as_deref()), &i.band)
                )
            },
        }
    };
    let dimensions = report
        .dimensions
        .iter()
        .map(|d| (Some(d.id.as_str()), d.name.as_str()))
        .chain([(None, m.other_items)]);
    let groups = dimensions
        .filter_map(|(dimension, name)| {
            let cards: Vec<ItemCard> = report
                .items
                .iter()
                .filter(|i| i.dimension.as_deref() == dimension)
                .map(card)
                .collect();
            (!cards.is_empty()).then(|| CardGroup {
                heading: (!report.dimensions.is_empty()).then(|| name.to_owned()),
                cards,
            })
        })
        .collect();
    Figure {
        anchor: "items".to_owned(),
        chart: Some(Chart {
            heading: m.html_items.to_owned(),
            note: m.html_bar_rule.to_owned(),
            kind: ChartKind::Distributions(Distributions {
                legend: if report.rules.scales.is_empty() {
                    option_labels(&report.options, m)
                } else {
                    Vec::new()
                },
                no_answer: m.col_no_answer.to_owned(),
                groups,
            }),
        }),
        heading: m.items.to_owned(),
        table: stats_table(report, m, m.col_item, rows),
    }
}

/// The figures of an item or a condition that a group's cell shows.
struct Figures<'a> {
    counts: &'a std::collections::BTreeMap<String, usize>,
    percent: &'a std::collections::BTreeMap<String, f64>,
    no_answer: usize,
    not_applicable: usize,
    mean: Option<f64>,
    band: &'a Option<String>,
    scale: Option<&'a str>,
    divergent: bool,
}

impl<'a> Figures<'a> {
    fn of_item(i: &'a ItemStats) -> Self {
        Figures {
            counts: &i.counts,
            percent: &i.percent,
            no_answer: i.no_answer,
            not_applicable: i.not_applicable,
            mean: i.mean,
            band: &i.band,
            scale: i.scale.as_deref(),
            divergent: i.divergent,
        }
    }

    fn of_dimension(d: &'a DimensionStats) -> Self {
        Figures {
            counts: &d.counts,
            percent: &d.percent,
            no_answer: d.no_answer,
            not_applicable: 0,
            mean: d.mean,
            band: &d.band,
            scale: d.scale.as_deref(),
            divergent: false,
        }
    }
}

/// The groups of `--by` side by side: a mean and band per condition and overall, then per
/// item (detail a terminal leaves out), with the answers as a small bar; without scores,
/// the share of each option.
fn groups(report: &Report, grouped: &Grouped, m: &Messages) -> Vec<Table> {
    let scores = !report.scores_hidden;
    let mut header = vec![left(m.col_item)];
    header.extend(
        grouped
            .groups
            .iter()
            .map(|g| left(&format!("{} (n={})", g.label, g.n))),
    );
    // One group's figures for one row (an item's or a condition's).
    let cell = |name: &str, group: &str, figures: Option<Figures<'_>>| {
        // An item withheld for a group (too few answers in it) has no figures there.
        let Some(f) = figures else {
            return Cell::new("–");
        };
        let (bar, _) = bar(
            &format!("{name} · {group}"),
            f.counts,
            f.percent,
            (f.no_answer, f.not_applicable),
            &report.options,
            m,
        );
        let band = if f.band.is_some() {
            band_label(bands_of(report, f.scale), f.band)
        } else {
            String::new()
        };
        let text = if scores {
            format!(
                "{} {band}{}",
                m.num(f.mean),
                if f.divergent { " !" } else { "" }
            )
        } else {
            format!(
                "{}{}",
                super::distribution(f.percent, &report.options, m),
                if f.divergent { " !" } else { "" }
            )
        };
        Cell {
            bar: Some(bar),
            ..Cell::new(text)
        }
    };
    let items: Vec<Vec<Cell>> = report
        .items
        .iter()
        .map(|item| {
            let mut row = vec![Cell::new(item_name(&item.id, item.short.as_deref()))];
            row.extend(grouped.groups.iter().map(|g| {
                let figures = g.items.iter().find(|i| i.id == item.id);
                cell(&item.id, &g.label, figures.map(Figures::of_item))
            }));
            row
        })
        .collect();
    let conditions: Vec<Vec<Cell>> = report
        .dimensions
        .iter()
        .chain(&report.overall)
        .map(|d| {
            let mut row = vec![Cell::new(&d.name)];
            row.extend(grouped.groups.iter().map(|g| {
                let figures = g.dimensions.iter().chain(&g.overall).find(|x| x.id == d.id);
                cell(&d.name, &g.label, figures.map(Figures::of_dimension))
            }));
            row
        })
        .collect();
    let header_for = |first: &str| {
        let mut h = header.clone();
        h[0] = left(first);
        h
    };
    let mut tables = Vec::new();
    if !conditions.is_empty() {
        tables.push(Table {
            caption: Some(m.dimensions.to_owned()),
            detail: false,
            columns: header_for(m.dimension),
            rows: conditions,
        });
    }
    tables.push(Table {
        caption: Some(m.items.to_owned()),
        // In a terminal the items of every group do not fit beside each other: the
        // conditions by group do, and the items stay in Markdown, HTML, CSV and JSON.
        detail: !tables.is_empty(),
        columns: header_for(m.col_item),
        rows: items,
    });
    tables
}

/// A collective response: each item with the group's answer; beside it, when there are
/// enough individual responses, the spread of the members' answers and what most of them
/// chose, with the items where the two differ marked.
fn collective(report: &Report, c: &Collective, m: &Messages) -> Table {
    let word = |code: &String| {
        if code == crate::response::NO_ANSWER_CODE {
            m.col_no_answer.to_owned()
        } else {
            code.clone()
        }
    };
    let beside = report.withheld.is_none() && !report.items.is_empty();
    let lettered = crate::questionnaire::lettered(report.options.iter().map(|o| o.code.as_str()));
    // Beside the members' answers the group's is given as they are, by option; alone, with
    // its words.
    let answer = |i: &crate::report::CollectiveItem| match (&i.answer, &i.answer_label) {
        (None, _) => "–".to_owned(),
        (Some(code), _) if beside => word(code),
        (Some(code), Some(label)) if code != crate::response::NO_ANSWER_CODE && lettered => {
            format!("{code} {label}")
        }
        (Some(_), Some(label)) => label.clone(),
        (Some(code), None) => word(code),
    };
    let name = |i: &crate::report::CollectiveItem| item_name(&i.id, i.short.as_deref());
    let mut columns = vec![left(m.col_item)];
    if !beside {
        columns.push(left(m.col_statement));
    }
    columns.push(left(m.col_group_answer));
    if beside {
        columns.extend([left(m.col_members), left(m.col_majority), left("")]);
    }
    Table {
        caption: None,
        detail: false,
        columns,
        rows: c
            .items
            .iter()
            .map(|i| {
                let mut row = vec![Cell::new(name(i))];
                if !beside {
                    row.push(Cell::new(&i.text));
                }
                row.push(Cell::new(answer(i)));
                if beside {
                    let spread = report.items.iter().find(|s| s.id == i.id).map_or_else(
                        || "–".to_owned(),
                        |s| super::distribution(&s.percent, &report.options, m),
                    );
                    row.extend([
                        Cell::new(spread),
                        Cell::new(i.majority.iter().map(word).collect::<Vec<_>>().join(", ")),
                        Cell::new(if i.differs { m.differs_word } else { "" }),
                    ]);
                }
                row
            })
            .collect(),
    }
}

/// The group's own mean score per condition and overall.
fn collective_conditions(report: &Report, c: &Collective, m: &Messages) -> Table {
    Table {
        caption: Some(m.collective_conditions.to_owned()),
        detail: false,
        columns: vec![left(m.dimension), right(m.col_group_mean), left(m.col_band)],
        rows: c
            .dimensions
            .iter()
            .chain(&c.overall)
            .map(|d| {
                vec![
                    Cell::new(&d.name),
                    Cell::new(m.num(d.mean)),
                    band_cell(&all_bands(report), &d.band),
                ]
            })
            .collect(),
    }
}

/// The matrix's tables (contributions, receipts, balance), each with its caption, and its
/// findings.
fn matrix(mx: &crate::report::matrix::MatrixReport, m: &Messages) -> (Vec<Table>, Vec<String>) {
    let (sections, notes) = super::matrix_sections(mx, m);
    let tables = sections
        .into_iter()
        .map(|s| Table {
            caption: Some(s.title),
            detail: false,
            // The first column names the row; the others are levels and counts.
            columns: s
                .header
                .iter()
                .enumerate()
                .map(|(k, title)| Column {
                    title: title.clone(),
                    align: if k == 0 { Align::Left } else { Align::Right },
                    short: None,
                    optional: false,
                })
                .collect(),
            rows: s
                .rows
                .into_iter()
                .map(|row| row.into_iter().map(Cell::new).collect())
                .collect(),
        })
        .collect();
    (tables, notes)
}

/// "sector: Municipality, Public health: shown together …", one line per note.
fn hidden_lines(report: &Report, m: &Messages) -> Vec<String> {
    let everywhere = (!report.withheld_items.is_empty()).then(|| {
        m.items_withheld_all(
            &report.withheld_items.join(", "),
            report.rules.min_group_size,
        )
    });
    everywhere
        .into_iter()
        .chain(report.hidden_groups.iter().map(|note| {
            if note.groups.is_empty() {
                // A whole breakdown withheld: the reason names the fields.
                format!("{}{}{}", note.label, m.colon, note.reason)
            } else {
                format!(
                    "{}{}{}{}{}",
                    note.label,
                    m.colon,
                    note.groups.join(", "),
                    m.colon,
                    note.reason
                )
            }
        }))
        .collect()
}

/// The rules behind the figures, one sentence each.
fn rule_lines(report: &Report, m: &Messages) -> Vec<String> {
    let r = &report.rules;
    let bands: Vec<String> = r
        .bands
        .iter()
        .map(|b| format!("{} {}–{}", b.label, m.short(b.min, 2), m.short(b.max, 2)))
        .collect();
    let scores = !report.scores_hidden;
    // A contribution matrix's levels are neither divergent nor least favourable: its own
    // rules come with the matrix.
    let scale_rules = report.matrix.is_none();
    let mut lines = Vec::new();
    if scores {
        lines.push(r.reading_aid.clone());
    }
    lines.push(r.percentages.clone());
    if scores {
        lines.push(r.mean.clone());
        if r.scales.is_empty() {
            lines.push(format!(
                "{}{}{}. {}",
                m.bands,
                m.colon,
                bands.join(", "),
                r.band_rule
            ));
        } else {
            for s in &r.scales {
                let bands: Vec<String> = s
                    .bands
                    .iter()
                    .map(|b| format!("{} {}–{}", b.label, m.short(b.min, 2), m.short(b.max, 2)))
                    .collect();
                let items = if s.items.is_empty() {
                    m.common_scale_name.to_owned()
                } else {
                    s.items.join(", ")
                };
                lines.push(m.scale_bands_line(&items, &bands.join(", ")));
            }
            lines.push(r.band_rule.clone());
            if let Some(common) = &r.common_scale {
                lines.push(common.clone());
            }
        }
    }
    if scale_rules {
        lines.push(r.divergence.clone());
        lines.push(r.least_favourable.clone());
    }
    if let Some(reversed) = &r.reversed {
        lines.push(reversed.clone());
    }
    lines.push(r.anonymity.clone());
    lines
}
