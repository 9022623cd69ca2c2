//! The report as Markdown, for meeting notes.

use std::io::Write;

use super::{distribution, num, pct, shared_codes};
use crate::i18n::messages;
use crate::report::Report;

/// A table cell: pipes and line breaks would break the table.
fn cell(text: &str) -> String {
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

pub fn render(report: &Report, out: &mut dyn Write) -> anyhow::Result<()> {
    let m = messages(&report.language);
    let s = |x: &str| x.to_owned();
    writeln!(out, "# {}", cell(&report.questionnaire.title))?;
    if let Some(name) = &report.evaluation {
        writeln!(out, "\n{}", cell(name))?;
    }
    writeln!(out, "\n{}", super::table::participation_line(report, m))?;
    for sk in &report.skipped {
        writeln!(out, "\n- `{}`: {}", sk.file, cell(&sk.reason))?;
    }
    if let Some(reason) = &report.withheld {
        writeln!(out, "\n{reason}")?;
    }
    for b in &report.participation {
        let groups: Vec<String> = b
            .groups
            .iter()
            .map(|g| format!("{} {}", g.label, g.n))
            .collect();
        if !groups.is_empty() {
            writeln!(out, "\n{}{}{}", b.field, m.colon, groups.join(" · "))?;
        }
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
            let why: Vec<&str> = d
                .reasons
                .iter()
                .map(|r| {
                    if r == "divergent" {
                        m.divergent_word
                    } else {
                        m.least_favourable_word
                    }
                })
                .collect();
            row(
                out,
                &[
                    d.item.clone(),
                    num(d.mean),
                    d.band.clone().unwrap_or_default(),
                    why.join(", "),
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
                    distribution(&d.percent),
                    d.no_answer.to_string(),
                    d.n.to_string(),
                    num(d.mean),
                    d.band.clone().unwrap_or_default(),
                    d.divergent_items.to_string(),
                ],
            )?;
        }
    }
    if !report.items.is_empty() {
        writeln!(out, "\n## {}\n", m.items)?;
        let codes = shared_codes(&report.items);
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
                None => cells.push(distribution(&i.percent)),
            }
            cells.extend([
                i.no_answer.to_string(),
                i.n.to_string(),
                num(i.mean),
                num(i.median),
                num(i.sd),
                i.band.clone().unwrap_or_default(),
                if i.divergent { s("!") } else { String::new() },
            ]);
            row(out, &cells)?;
        }
    }
    if let Some(grouped) = &report.groups {
        writeln!(out, "\n## {}\n", (m.report_by)(&grouped.label))?;
        let mut head = vec![s(m.col_item)];
        head.extend(
            grouped
                .groups
                .iter()
                .map(|g| format!("{} (n={})", g.label, g.n)),
        );
        header(out, &head)?;
        for (k, item) in report.items.iter().enumerate() {
            let mut cells = vec![item.id.clone()];
            for g in &grouped.groups {
                let st = &g.items[k];
                cells.push(format!(
                    "{} {}{}",
                    num(st.mean),
                    st.band.as_deref().unwrap_or(""),
                    if st.divergent { " !" } else { "" }
                ));
            }
            row(out, &cells)?;
        }
        for (k, d) in report.dimensions.iter().enumerate() {
            let mut cells = vec![d.name.clone()];
            for g in &grouped.groups {
                let st = &g.dimensions[k];
                cells.push(format!(
                    "{} {}",
                    num(st.mean),
                    st.band.as_deref().unwrap_or("")
                ));
            }
            row(out, &cells)?;
        }
        writeln!(out, "\n{}", m.by_note)?;
    }
    for note in &report.hidden_groups {
        writeln!(
            out,
            "\n{}{}{}: {}",
            note.field,
            m.colon,
            note.groups.join(", "),
            note.reason
        )?;
    }
    for c in &report.collective {
        writeln!(
            out,
            "\n## {}\n",
            (m.report_collective)(&c.submitted.to_string())
        )?;
        header(
            out,
            &[
                s(m.col_item),
                s(m.col_group_answer),
                s(m.col_majority),
                String::new(),
            ],
        )?;
        for i in &c.items {
            row(
                out,
                &[
                    i.id.clone(),
                    i.answer.clone().unwrap_or_default(),
                    i.majority.join(", "),
                    if i.differs {
                        s(m.differs_word)
                    } else {
                        String::new()
                    },
                ],
            )?;
        }
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
    let r = &report.rules;
    let bands: Vec<String> = r
        .bands
        .iter()
        .map(|b| format!("{} {}–{}", b.label, b.min, b.max))
        .collect();
    for rule in [
        r.percentages.clone(),
        r.mean.clone(),
        format!(
            "{}{}{}. {}",
            m.bands,
            m.colon,
            bands.join(", "),
            r.band_rule
        ),
        r.divergence.clone(),
        r.least_favourable.clone(),
        r.anonymity.clone(),
    ] {
        writeln!(out, "- {rule}")?;
    }
    Ok(())
}
