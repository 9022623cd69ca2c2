//! The report as Markdown, for meeting notes.

use std::io::Write;

use super::{distribution, num, pct, shared_codes};
use crate::i18n::messages;
use crate::report::Report;

/// A table cell: pipes and line breaks would break the table.
pub fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn row(out: &mut dyn Write, cells: &[String]) -> std::io::Result<()> {
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    writeln!(out, "| {} |", cells.join(" | "))
}

fn header(out: &mut dyn Write, cells: &[String]) -> std::io::Result<()> {
    row(out, cells)?;
    writeln!(out, "|{}", " --- |".repeat(cells.len()))
}

/// A section with a level-2 heading.
pub fn write_section(out: &mut dyn Write, section: &super::Section) -> std::io::Result<()> {
    writeln!(out, "\n## {}\n", cell(&section.title))?;
    header(out, &section.header)?;
    for r in &section.rows {
        row(out, r)?;
    }
    Ok(())
}

pub fn render(report: &Report, out: &mut dyn Write) -> anyhow::Result<()> {
    let m = messages(&report.language);
    let s = |x: &str| x.to_owned();
    writeln!(out, "# {}", cell(&report.questionnaire.title))?;
    if let Some(name) = &report.evaluation {
        writeln!(out, "\n{}", cell(name))?;
    }
    if let Some(round) = &report.round {
        writeln!(out, "\n{}{}{}", m.round, m.colon, cell(round))?;
    }
    writeln!(out, "\n{}", super::table::participation_line(report, m))?;
    for sk in &report.skipped {
        writeln!(out, "\n- `{}`: {}", sk.file, cell(&sk.reason))?;
    }
    if let Some(reason) = &report.withheld {
        writeln!(out, "\n{reason}")?;
    }
    for line in super::participation_lines(report, m) {
        writeln!(out, "\n{line}")?;
    }
    if !report.to_discuss.is_empty() {
        writeln!(out, "\n## {}\n", m.report_to_discuss)?;
        header(
            out,
            &[
                s(m.col_item),
                s(m.col_mean),
                s(m.col_band),
                s(m.col_why),
                s(m.col_statement),
            ],
        )?;
        for d in &report.to_discuss {
            row(
                out,
                &[
                    d.item.clone(),
                    num(d.mean),
                    super::band_label(&report.rules.bands, &d.band),
                    super::why(d, m),
                    d.text.clone(),
                ],
            )?;
        }
    }
    if !report.dimensions.is_empty() || report.overall.is_some() {
        writeln!(out, "\n## {}\n", m.dimensions)?;
        header(
            out,
            &[
                s(m.dimension),
                s(m.col_answers),
                s(m.col_no_answer),
                s("n"),
                s(m.col_mean),
                s(m.col_band),
                s(m.col_divergent),
            ],
        )?;
        for d in report.dimensions.iter().chain(report.overall.iter()) {
            row(
                out,
                &[
                    format!("{} ({})", d.name, d.items.join(", ")),
                    distribution(&d.percent, &report.options),
                    d.no_answer.to_string(),
                    d.n.to_string(),
                    num(d.mean),
                    super::band_label(&report.rules.bands, &d.band),
                    d.divergent_items.to_string(),
                ],
            )?;
        }
    }
    if !report.items.is_empty() {
        writeln!(out, "\n## {}\n", m.items)?;
        let codes = shared_codes(&report.items, &report.options);
        let mut head = vec![s(m.col_item)];
        match &codes {
            Some(c) => head.extend(c.iter().cloned()),
            None => head.push(s(m.col_answers)),
        }
        head.extend(
            [
                m.col_no_answer,
                "n",
                m.col_mean,
                m.col_median,
                m.col_sd,
                m.col_band,
                m.col_divergent,
            ]
            .map(s),
        );
        header(out, &head)?;
        for i in &report.items {
            let mut cells = vec![i.id.clone()];
            match &codes {
                Some(c) => cells.extend(
                    c.iter()
                        .map(|code| pct(i.percent.get(code).copied().unwrap_or(0.0))),
                ),
                None => cells.push(distribution(&i.percent, &report.options)),
            }
            cells.extend([
                i.no_answer.to_string(),
                i.n.to_string(),
                num(i.mean),
                num(i.median),
                num(i.sd),
                super::band_label(&report.rules.bands, &i.band),
                if i.divergent { s("!") } else { String::new() },
            ]);
            row(out, &cells)?;
        }
    }
    if let Some(grouped) = &report.groups {
        write_section(out, &super::groups_section(report, grouped, m))?;
        writeln!(out, "\n{}", m.by_note)?;
    }
    for line in super::hidden_lines(report, m) {
        writeln!(out, "\n{line}")?;
    }
    for c in &report.collective {
        write_section(out, &super::collective_section(c, m))?;
    }
    if let Some(mx) = &report.matrix {
        writeln!(out, "\n## {}", m.matrix_heading)?;
        let (sections, notes) = super::matrix_sections(mx, m);
        for section in sections {
            writeln!(out, "\n### {}\n", cell(&section.title))?;
            header(out, &section.header)?;
            for r in &section.rows {
                row(out, r)?;
            }
        }
        writeln!(out)?;
        for note in notes {
            writeln!(out, "- {}", cell(&note))?;
        }
    }
    if !report.comments.is_empty() || !report.closing_comments.is_empty() {
        writeln!(out, "\n## {}", m.report_comments)?;
        for g in &report.comments {
            writeln!(out, "\n### {}\n", cell(&g.label))?;
            for c in &g.comments {
                writeln!(out, "- {}: {}", c.item, cell(&c.text))?;
            }
        }
        if !report.closing_comments.is_empty() {
            writeln!(out, "\n### {}\n", m.closing_comment)?;
            for c in &report.closing_comments {
                writeln!(out, "- {}", cell(c))?;
            }
        }
    }
    writeln!(out, "\n## {}\n", m.report_rules)?;
    for rule in super::rule_lines(report, m) {
        writeln!(out, "- {rule}")?;
    }
    Ok(())
}
