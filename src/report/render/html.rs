//! The report and the comparison as one self-contained HTML page: inline CSS and SVG, no
//! script, no font, no image and no link to fetch (a Content-Security-Policy forbids them),
//! so it opens offline from a USB stick or an e-mail attachment and prints on A4 or Letter.
//!
//! Every chart is an `<svg role="img">` with an `aria-label` saying what it shows, and its
//! figures are also written as text beside it. Bars carry their letter and hatching as well
//! as a colour, so nothing relies on colour alone.

use std::fmt::Write as _;
use std::io::Write;

use super::compare::points;
use crate::i18n::{Messages, messages};
use crate::report::compare::{Comparison, DivergenceChange, Side, Trend};
use crate::report::{OptionInfo, Report};

mod page;

/// The report as one HTML page (built with maud: see [`page`]).
pub fn report(r: &Report, out: &mut dyn Write) -> anyhow::Result<()> {
    page::report(r, out)
}

/// Escapes text for HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --bg: #fff;
  --s0: #1f5f8b; --s1: #6aa5cf; --s2: #e3a33b; --s3: #b54a2a; --s4: #7a3d8c; --na: #9a9a9a;
  --weak: #f6d9d2; --mid: #f7ecd0; --strong: #d8ebdc; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact;
  font-size: clamp(16px, calc(11px + .6vw), 24px); }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg); margin: 0 auto; padding: 1.5rem clamp(.75rem, 3vw, 3rem);
  max-width: min(100%, 96rem); line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; break-after: avoid; }
p { margin: .3rem 0; }
.meta { color: var(--muted); }
.note { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0; }
th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
tbody th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; font-size: .85rem; margin: .5rem 0; padding: 0; list-style: none; }
.legend svg { vertical-align: middle; margin-right: .3rem; }
.profile { display: grid; grid-template-columns: minmax(8rem, 16rem) 1fr 7.5rem; gap: .35rem .75rem; align-items: center; margin: .5rem 0; }
.profile .name { font-size: .95rem; }
.profile .value { font-variant-numeric: tabular-nums; font-size: .9rem; }
.profile svg { width: 100%; height: 1.6rem; display: block; }
.item { break-inside: avoid; margin: .6rem 0 .9rem; padding: .4rem .6rem; border-left: 4px solid transparent; }
.item.flag { border-left-color: var(--ink); background: #f4f4f4; }
.item p.q { margin: 0 0 .3rem; }
.item .id { font-weight: 700; margin-right: .4rem; }
.item svg.bar { width: 100%; height: 1.5rem; display: block; }
.item .figures { font-size: .92rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; border: 1.5px solid var(--ink); border-radius: .8rem; padding: 0 .5rem; margin-left: .4rem; white-space: nowrap; }
.pair { display: grid; grid-template-columns: 6.5rem 1fr; gap: .15rem .5rem; align-items: center; font-size: .85rem; }
.pair svg { width: 100%; height: 1.3rem; display: block; }
.trend-improved, .trend-higher { font-weight: 700; }
.trend-declined, .trend-lower { font-weight: 700; text-decoration: underline; }
td svg { width: 6rem; height: .9rem; vertical-align: middle; margin-right: .3rem; }
ul.comments li { margin: .2rem 0; }
footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: .5rem; }
@media (max-width: 40rem) {
  body { padding: .75rem; }
  .profile { grid-template-columns: 1fr 6.5rem; }
  .profile .name { grid-column: 1 / -1; margin-top: .3rem; }
  table { font-size: .8rem; }
}
@page { margin: 14mm 12mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  .wide { overflow: visible; }
  h2 { margin-top: 1.2rem; }
  section { break-inside: auto; }
  tr, .profile > *, .pair { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// Hatching for the no-answer segment, and a pattern per option so that bars are told apart
/// without colour (in grey print, or by people who do not see the colours).
const DEFS: &str = r##"<svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs>
<pattern id="hatch-na" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d9d9d9"/><line x1="0" y1="0" x2="0" y2="6" stroke="#7a7a7a" stroke-width="2"/></pattern>
<pattern id="hatch-1" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#6aa5cf"/><circle cx="2.5" cy="2.5" r="0.9" fill="#1f5f8b"/></pattern>
<pattern id="hatch-2" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="6" height="6" fill="#e3a33b"/><line x1="0" y1="0" x2="0" y2="6" stroke="#a8741c" stroke-width="1.5"/></pattern>
<pattern id="hatch-3" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#b54a2a"/><line x1="0" y1="3" x2="6" y2="3" stroke="#7d2f19" stroke-width="1.5"/></pattern>
<pattern id="hatch-4" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#7a3d8c"/><line x1="3" y1="0" x2="3" y2="6" stroke="#4c2158" stroke-width="1.5"/></pattern>
</defs></svg>"##;

/// The fill of the option at `index` (in the scale's order), patterned after the first.
fn fill(index: usize) -> String {
    match index {
        0 => "#1f5f8b".to_owned(),
        k => format!("url(#hatch-{})", ((k - 1) % 4) + 1),
    }
}

/// Text colour that reads on the fill of option `index`.
fn label_colour(index: usize) -> &'static str {
    match index {
        0 | 3 | 4 => "#fff",
        _ => "#111",
    }
}

/// A stacked bar of the answers: each option's count, then no-answer, as shares of all
/// answers. `label` is its text alternative.
fn stacked_bar(
    counts: &[(String, usize)],
    no_answer: usize,
    label: &str,
    class: &str,
    height: f64,
) -> String {
    let total: usize = counts.iter().map(|(_, n)| n).sum::<usize>() + no_answer;
    let mut svg = format!(
        r#"<svg class="{class}" viewBox="0 0 1000 {height}" preserveAspectRatio="none" role="img" aria-label="{}"><title>{}</title>"#,
        esc(label),
        esc(label)
    );
    if total == 0 {
        let _ = write!(
            svg,
            r##"<rect x="0" y="0" width="1000" height="{height}" fill="#fff" stroke="#999" stroke-dasharray="6 4"/></svg>"##
        );
        return svg;
    }
    let mut x = 0.0;
    let segments = counts
        .iter()
        .enumerate()
        .map(|(k, (code, n))| (code.clone(), *n, fill(k), label_colour(k)))
        .chain(std::iter::once((
            "–".to_owned(),
            no_answer,
            "url(#hatch-na)".to_owned(),
            "#111",
        )));
    for (code, n, fill, text) in segments {
        if n == 0 {
            continue;
        }
        let w = 1000.0 * n as f64 / total as f64;
        let _ = write!(
            svg,
            r##"<rect x="{x:.2}" y="0" width="{w:.2}" height="{height}" fill="{fill}" stroke="#fff" stroke-width="2"/>"##
        );
        // Letters only where they fit; the figures are also written beside the bar.
        if w >= 45.0 {
            let _ = write!(
                svg,
                r#"<text x="{:.2}" y="{:.1}" font-size="{:.0}" text-anchor="middle" fill="{text}" font-weight="700" textLength="{}" lengthAdjust="spacingAndGlyphs">{}</text>"#,
                x + w / 2.0,
                height * 0.72,
                height * 0.62,
                (code.chars().count() as f64 * height * 0.4).min(w - 6.0),
                esc(&code)
            );
        }
        x += w;
    }
    svg.push_str("</svg>");
    svg
}

/// The legend of the option fills.
fn legend(codes: &[(String, String)], m: &Messages) -> String {
    let mut out = String::from(r#"<ul class="legend">"#);
    let swatch = |fill: &str| {
        format!(
            r##"<svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true"><rect width="18" height="12" fill="{fill}" stroke="#333" stroke-width="0.5"/></svg>"##
        )
    };
    for (k, (code, label)) in codes.iter().enumerate() {
        let _ = write!(
            out,
            "<li>{}<b>{}</b>&nbsp;{}</li>",
            swatch(&fill(k)),
            esc(code),
            esc(label)
        );
    }
    let _ = write!(
        out,
        "<li>{}{}</li></ul>",
        swatch("url(#hatch-na)"),
        esc(m.col_no_answer)
    );
    out
}

fn counts_in_order(
    codes: &[String],
    counts: &std::collections::BTreeMap<String, usize>,
) -> Vec<(String, usize)> {
    codes
        .iter()
        .map(|c| (c.clone(), counts.get(c).copied().unwrap_or(0)))
        .collect()
}

/// A horizontal bar of a mean on the score range, over the bands as shaded zones.
fn mean_bar(mean: Option<f64>, low: f64, high: f64, bands: &[(f64, f64)], label: &str) -> String {
    let span = (high - low).max(f64::EPSILON);
    let x = |v: f64| 1000.0 * ((v - low) / span).clamp(0.0, 1.0);
    let mut svg = format!(
        r#"<svg viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-label="{}"><title>{}</title>"#,
        esc(label),
        esc(label)
    );
    let zones = ["var(--weak)", "var(--mid)", "var(--strong)"];
    for (k, (a, b)) in bands.iter().enumerate() {
        let fill = match k {
            0 => zones[0],
            k if k + 1 == bands.len() => zones[2],
            _ => zones[1],
        };
        let _ = write!(
            svg,
            r#"<rect x="{:.1}" y="0" width="{:.1}" height="40" fill="{fill}"/>"#,
            x(*a),
            (x(*b) - x(*a)).max(0.0)
        );
        if k > 0 {
            let _ = write!(
                svg,
                r##"<line x1="{0:.1}" x2="{0:.1}" y1="0" y2="40" stroke="#777" stroke-width="2" stroke-dasharray="4 3"/>"##,
                x(*a)
            );
        }
    }
    if let Some(v) = mean {
        let _ = write!(
            svg,
            r##"<rect x="0" y="10" width="{:.1}" height="20" fill="#1f5f8b"/><rect x="{:.1}" y="4" width="6" height="32" fill="#111"/>"##,
            x(v),
            (x(v) - 3.0).max(0.0)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The score range and band limits of a report.
fn scale(report_bands: &[crate::report::BandInfo]) -> (f64, f64, Vec<(f64, f64)>) {
    let low = report_bands
        .iter()
        .map(|b| b.min)
        .fold(f64::INFINITY, f64::min);
    let high = report_bands
        .iter()
        .map(|b| b.max)
        .fold(f64::NEG_INFINITY, f64::max);
    let bands = report_bands.iter().map(|b| (b.min, b.max)).collect();
    if low.is_finite() && high > low {
        (low, high, bands)
    } else {
        (0.0, 1.0, Vec::new())
    }
}

fn head(out: &mut String, lang: &str, title: &str) {
    let _ = write!(
        out,
        r#"<!DOCTYPE html>
<html lang="{}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="partnereval {}">
<title>{}</title>
<style>{STYLE}</style>
</head>
<body>
{DEFS}
"#,
        esc(lang),
        env!("CARGO_PKG_VERSION"),
        esc(title)
    );
}

fn foot(out: &mut String, m: &Messages) {
    let _ = write!(
        out,
        "<footer>{}</footer>\n</body>\n</html>\n",
        esc(&m.html_footer(env!("CARGO_PKG_VERSION")))
    );
}

/// Why no figures are shown, when they are withheld.
fn withheld(out: &mut String, reason: &Option<String>) {
    if let Some(reason) = reason {
        let _ = write!(
            out,
            r#"<p class="withheld"><strong>{}</strong></p>"#,
            esc(reason)
        );
    }
}

fn list(out: &mut String, lines: &[String], class: &str) {
    let _ = write!(out, r#"<ul class="{class}">"#);
    for l in lines {
        let _ = write!(out, "<li>{}</li>", esc(l));
    }
    out.push_str("</ul>\n");
}

/// Option codes with their place on the scale, for the legend.
fn option_labels(options: &[OptionInfo], m: &Messages) -> Vec<(String, String)> {
    let last = options.len().saturating_sub(1);
    options
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let place = match k {
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

/// The two sides of an item or dimension as a pair of bars, with the change.
fn pair(
    out: &mut String,
    name: &str,
    from: &Side,
    to: &Side,
    labels: (&str, &str),
    options: &[OptionInfo],
    m: &Messages,
) {
    for (side, label) in [(from, labels.0), (to, labels.1)] {
        let codes = super::in_scale_order(side.percent.keys(), options);
        let counts = counts_in_order(&codes, &side.counts);
        let text = format!(
            "{} · {}{}{}",
            codes
                .iter()
                .map(|c| format!("{c} {}", m.pct(side.percent[c])))
                .collect::<Vec<_>>()
                .join(" · "),
            m.col_no_answer,
            m.colon,
            side.no_answer
        );
        let _ = write!(
            out,
            r#"<span>{}</span>{}"#,
            esc(label),
            stacked_bar(
                &counts,
                side.no_answer,
                &format!("{name}, {label}{}{text}", m.colon),
                "bar",
                24.0
            )
        );
    }
}

/// An arrow for a trend, so that it reads without colour.
fn trend_mark(trend: Trend) -> &'static str {
    match trend {
        Trend::Improved | Trend::Higher => "▲ ",
        Trend::Declined | Trend::Lower => "▼ ",
        Trend::WithinChance => "≈ ",
        Trend::Steady | Trend::NotComparable => "",
    }
}

/// The comparison as one HTML page.
pub fn compare(c: &Comparison, out: &mut dyn Write) -> anyhow::Result<()> {
    let m = messages(&c.language);
    let mut h = String::with_capacity(64 * 1024);
    let mut title = c.questionnaire.title.clone();
    if let Some(e) = &c.evaluation {
        title = format!("{title} · {e}");
    }
    head(&mut h, &c.language, &title);
    let _ = write!(h, "<header><h1>{}</h1>", esc(&c.questionnaire.title));
    if let Some(e) = &c.evaluation {
        let _ = write!(h, r#"<p class="meta">{}</p>"#, esc(e));
    }
    let from_label = format!("{} (n {})", c.from.label, c.from.respondents);
    let to_label = format!("{} (n {})", c.to.label, c.to.respondents);
    let _ = write!(
        h,
        r#"<p id="participation">{}</p>"#,
        esc(&m.compare_heading(&from_label, &to_label))
    );
    for (side, n) in [(&c.from, 1), (&c.to, 2)] {
        for s in &side.skipped {
            let _ = write!(
                h,
                "<p class=\"note\">{n}. {}{}{}</p>",
                esc(&s.file),
                m.colon,
                esc(&s.reason)
            );
        }
    }
    h.push_str("</header>\n");
    withheld(&mut h, &c.withheld);
    let short = (c.from.label.as_str(), c.to.label.as_str());
    if c.withheld.is_none() {
        let _ = write!(
            h,
            r#"<section id="summary"><h2>{}</h2>"#,
            esc(m.html_summary)
        );
        let trends = c.trends();
        if trends.is_empty() {
            let _ = write!(h, "<p>{}</p>", esc(m.no_trend));
        }
        for (trend, items) in trends {
            let _ = write!(
                h,
                "<h3>{}{}</h3>",
                trend_mark(trend),
                esc(&m.trend_heading(trend.as_str()))
            );
            let lines: Vec<String> = items
                .into_iter()
                .map(|i| super::compare::change_line(i, m))
                .collect();
            list(&mut h, &lines, "changes");
        }
        let divergence = super::compare::divergence_lines(c, m);
        if !divergence.is_empty() {
            let _ = write!(h, "<h3>⇄ {}</h3>", esc(m.divergence_heading));
            list(&mut h, &divergence, "changes");
        }
        h.push_str("</section>\n");
        let (low, high, bands) = scale(&c.rules.bands);
        let bands = &bands;
        if !c.dimensions.is_empty() || c.overall.is_some() {
            let _ = write!(
                h,
                r#"<section id="profile"><h2>{}</h2><p class="note">{}</p><figure class="profile" role="group" aria-label="{}">"#,
                esc(m.html_profile),
                esc(&m.html_profile_note(low, high)),
                esc(m.html_profile)
            );
            for d in c.dimensions.iter().chain(c.overall.as_ref()) {
                for (side, label, first) in [(&d.from, short.0, true), (&d.to, short.1, false)] {
                    let band = &super::band_label(&c.rules.bands, &side.band);
                    let alt = m.html_mean_alt(
                        &format!("{} ({label})", d.name),
                        &m.num(side.mean),
                        low,
                        high,
                        band,
                    );
                    let name = if first {
                        esc(&d.name)
                    } else {
                        format!(
                            r#"<span class="trend-{}">{}{} {}</span>"#,
                            d.trend.as_str(),
                            trend_mark(d.trend),
                            m.signed(d.change),
                            esc(&m.trend_word(d.trend.as_str()))
                        )
                    };
                    let _ = write!(
                        h,
                        r#"<div class="name">{name}</div>{}<div class="value">{} · {}</div>"#,
                        mean_bar(side.mean, low, high, bands, &alt),
                        esc(label),
                        m.num(side.mean)
                    );
                }
            }
            let _ = writeln!(
                h,
                "</figure><p class=\"note\">{}</p></section>",
                esc(m.html_pair_note)
            );
        }
        if !c.items.is_empty() {
            let _ = write!(
                h,
                r#"<section id="items"><h2>{}</h2><p class="note">{}</p>"#,
                esc(m.html_items),
                esc(m.html_bar_rule)
            );
            h.push_str(&legend(&option_labels(&c.options, m), m));
            // Grouped by dimension, as in the report.
            let mut groups: Vec<(Option<&str>, String)> = c
                .dimensions
                .iter()
                .map(|d| (Some(d.id.as_str()), d.name.clone()))
                .collect();
            groups.push((None, m.other_items.to_owned()));
            for (dimension, name) in groups {
                let items: Vec<&crate::report::compare::ItemChange> = c
                    .items
                    .iter()
                    .filter(|i| i.dimension.as_deref() == dimension)
                    .collect();
                if items.is_empty() {
                    continue;
                }
                if !c.dimensions.is_empty() {
                    let _ = write!(h, "<h3>{}</h3>", esc(&name));
                }
                for i in items {
                    let flagged =
                        i.trend == Trend::Declined || i.divergence == DivergenceChange::Appeared;
                    let _ = write!(
                        h,
                        r#"<div class="item{}" id="item-{}"><p class="q"><span class="id">{}</span>{}"#,
                        if flagged { " flag" } else { "" },
                        esc(&i.id),
                        esc(&i.id),
                        esc(&i.text)
                    );
                    let mark = trend_mark(i.trend);
                    let _ = write!(
                        h,
                        r#"<span class="badge trend-{}">{mark}{}</span>"#,
                        i.trend.as_str(),
                        esc(&m.trend_word(i.trend.as_str()))
                    );
                    if i.divergence != DivergenceChange::Neither {
                        let _ = write!(
                            h,
                            r#"<span class="badge">⇄ {}</span>"#,
                            esc(&m.divergence_change_word(i.divergence.as_str()))
                        );
                    }
                    h.push_str(r#"</p><div class="pair">"#);
                    pair(&mut h, &i.id, &i.from, &i.to, short, &c.options, m);
                    let changes: Vec<String> =
                        super::in_scale_order(i.percent_change.keys(), &c.options)
                            .iter()
                            .map(|code| {
                                format!("{code} {}", points(i.percent_change.get(code).copied()))
                            })
                            .collect();
                    let _ = write!(
                        h,
                        r#"</div><p class="figures">{}{}{} → {} ({}) · {} {}</p></div>"#,
                        esc(m.col_mean),
                        m.colon,
                        m.num(i.from.mean),
                        m.num(i.to.mean),
                        m.signed(i.change),
                        esc(m.points_short),
                        esc(&changes.join(" · "))
                    );
                    h.push('\n');
                }
            }
            h.push_str("</section>\n");
        }
    }
    let _ = write!(
        h,
        r#"<section id="rules"><h2>{}</h2>"#,
        esc(m.compare_rules)
    );
    list(&mut h, &super::compare::rule_lines(c), "rules");
    h.push_str("</section>");
    foot(&mut h, m);
    out.write_all(h.as_bytes())?;
    Ok(())
}
