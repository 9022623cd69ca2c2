//! `partnereval show Q`: the whole instrument, in a terminal or as normalised JSON.

use std::io::Write;

use crate::cli::{ShowArgs, ShowFormat};
use crate::i18n::{Messages, messages};
use crate::output::Style;
use crate::questionnaire::format::ItemKind;
use crate::questionnaire::{Definition, load};
use crate::sanitize;
use crate::text::Text;

pub fn run(args: &ShowArgs, style: Style, out: &mut dyn Write) -> anyhow::Result<()> {
    let loaded = load(&args.questionnaire)?;
    let def = &loaded.definition;
    if let Some(lang) = &args.lang {
        def.require_language(lang)?;
    }
    match args.format {
        ShowFormat::Json => {
            let shown = match &args.lang {
                Some(lang) => def.restricted_to(lang),
                None => def.clone(),
            };
            serde_json::to_writer_pretty(&mut *out, &shown)?;
            writeln!(out)?;
        }
        ShowFormat::Text => {
            let lang = args.lang.clone().unwrap_or_else(|| {
                crate::i18n::preferred_language(&def.languages, &def.default_language)
            });
            crate::i18n::set_current(messages(&lang));
            render_text(def, &lang, style, out)?;
        }
    }
    Ok(())
}

/// Writes the instrument as readable text in `lang`, wrapped to `style`'s width, in bold
/// and dimmed when `style` is coloured.
pub fn render_text(
    def: &Definition,
    lang: &str,
    style: Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let m = messages(lang);
    let w = Writer {
        def,
        lang,
        width: style.width,
        style,
    };
    writeln!(out, "{}", style.bold(&w.line(&def.title)))?;
    let mut facts = vec![
        format!("{} {}", def.id, def.version),
        format!("{}{}{}", m.languages, m.colon, def.languages.join(", ")),
    ];
    if let Some(minutes) = def.estimated_minutes {
        facts.push(m.minutes(minutes));
    }
    writeln!(out, "{}", style.dim(&facts.join(" · ")))?;
    if let Some(d) = &def.description {
        writeln!(out)?;
        w.para(out, "", &w.text(d))?;
    }
    for (label, text) in [
        (m.credit, &def.credit),
        (m.source, &def.source),
        (m.licence, &def.licence),
    ] {
        if let Some(t) = text {
            writeln!(out)?;
            w.para(out, "", &format!("{label}{}{}", m.colon, w.text(t)))?;
        }
    }
    if !def.prerequisites.is_empty() {
        w.heading(out, m.prerequisites, Some(m.prerequisites_note))?;
        for (i, p) in def.prerequisites.iter().enumerate() {
            w.hanging(out, &format!("{}.", i + 1), &w.text(&p.text), 2)?;
            w.para(
                out,
                "      ",
                &format!("{}{}{}", m.if_not, m.colon, w.text(&p.unmet)),
            )?;
        }
    }
    if !def.profile.is_empty() {
        w.heading(out, m.profile, Some(m.profile_note))?;
        for field in &def.profile {
            w.hanging(out, &field.id, &w.text(&field.text), 2)?;
            for c in &field.choices {
                w.hanging(out, &format!("- {}", c.code), &w.text(&c.label), 6)?;
            }
        }
    }
    w.heading(out, &format!("{} ({})", m.items, def.items.len()), None)?;
    for item in &def.items {
        writeln!(out)?;
        let mut facts = vec![kind_name(m, item.kind).to_owned()];
        facts.push(
            if item.required {
                m.required
            } else {
                m.optional
            }
            .to_owned(),
        );
        if item.no_answer {
            facts.push(m.no_answer_offered.to_owned());
        }
        if item.comment {
            facts.push(m.comment_offered.to_owned());
        }
        if item.reverse {
            facts.push(m.reversed_word.to_owned());
        }
        match item.kind {
            ItemKind::Number => {
                let mut range = m.range(item.min, item.max);
                if let Some(unit) = &item.unit {
                    range = format!("{range} ({})", w.line(unit));
                }
                facts.push(range);
            }
            ItemKind::Multiple => facts.push(m.choices_between(item.min_choices, item.max_choices)),
            _ => {}
        }
        if let Some(d) = item.dimension.as_deref().and_then(|d| def.dimension(d)) {
            facts.push(format!("{}{}{}", m.dimension, m.colon, w.line(&d.name)));
        }
        if let Some(rule) = &item.show_if {
            facts.push(m.asked_only_if(&rule.to_string()));
        }
        w.hanging(out, &item.id, &facts.join(", "), 2)?;
        w.para(out, "      ", &w.text(&item.text))?;
        if let Some(help) = &item.help {
            w.para(out, "      ", &format!("({})", w.text(help)))?;
        }
        for row in &item.rows {
            w.hanging(out, &format!("· {}", row.id), &w.text(&row.text), 6)?;
        }
        for o in &item.options {
            let mut marker = match o.score {
                Some(s) => format!("{} [{} {s}]", o.code, m.score),
                None => o.code.clone(),
            };
            if o.exclusive {
                marker.push_str(&format!(" [{}]", m.option_alone));
            }
            w.hanging(out, &marker, &w.text(&o.label), 8)?;
        }
    }
    if let Some(closing) = &def.closing_comment {
        writeln!(out)?;
        w.hanging(out, m.closing_comment, &w.text(closing), 2)?;
    }
    if !def.dimensions.is_empty() {
        w.heading(out, m.dimensions, None)?;
        for d in &def.dimensions {
            writeln!(out)?;
            let title = format!(
                "{} ({}){}{}",
                w.line(&d.name),
                d.id,
                m.colon,
                d.items.join(", ")
            );
            w.para(out, "  ", &title)?;
            if let Some(desc) = &d.description {
                w.para(out, "      ", &w.text(desc))?;
            }
        }
    }
    if !def.bands.is_empty() {
        w.heading(out, m.bands, Some(m.bands_rule))?;
        for b in &def.bands {
            writeln!(
                out,
                "  {:<12} {} – {}",
                w.line(&b.label),
                m.short(b.min, 2),
                m.short(b.max, 2)
            )?;
        }
    }
    writeln!(out)?;
    w.para(
        out,
        "",
        &m.divergence(crate::i18n::Short(def.divergence.threshold * 100.0, 1)),
    )?;
    Ok(())
}

fn kind_name(m: &Messages, kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Single => m.kind_single,
        ItemKind::Multiple => m.kind_multiple,
        ItemKind::Text => m.kind_text,
        ItemKind::Number => m.kind_number,
        ItemKind::Grid => m.kind_grid,
    }
}

struct Writer<'a> {
    def: &'a Definition,
    lang: &'a str,
    width: usize,
    style: Style,
}

impl Writer<'_> {
    /// A text from the file in the chosen language, cleaned for the terminal.
    fn text(&self, t: &Text) -> String {
        sanitize::for_terminal(t.get(self.lang, &self.def.default_language)).into_owned()
    }

    fn line(&self, t: &Text) -> String {
        sanitize::one_line(t.get(self.lang, &self.def.default_language))
    }

    fn heading(&self, out: &mut dyn Write, title: &str, note: Option<&str>) -> std::io::Result<()> {
        writeln!(out)?;
        writeln!(out, "{}", self.style.bold_underlined(title))?;
        if let Some(note) = note {
            self.para(out, "", note)?;
        }
        Ok(())
    }

    fn para(&self, out: &mut dyn Write, indent: &str, text: &str) -> std::io::Result<()> {
        let options = textwrap::Options::new(self.width)
            .initial_indent(indent)
            .subsequent_indent(indent);
        for paragraph in text.split('\n') {
            writeln!(out, "{}", textwrap::fill(paragraph, &options))?;
        }
        Ok(())
    }

    /// `marker` at column 2 (or `indent - 2`), then `text` wrapped with a hanging indent.
    fn hanging(
        &self,
        out: &mut dyn Write,
        marker: &str,
        text: &str,
        indent: usize,
    ) -> std::io::Result<()> {
        let lead = " ".repeat(indent.saturating_sub(2).max(2));
        let first = format!("{lead}{marker}  ");
        let rest = " ".repeat(console::measure_text_width(&first));
        let options = textwrap::Options::new(self.width)
            .initial_indent(&first)
            .subsequent_indent(&rest);
        writeln!(
            out,
            "{}",
            textwrap::fill(&sanitize::one_line(text), &options)
        )
    }
}
