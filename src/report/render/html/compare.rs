//! The comparison as one HTML page, built with maud as the report's page is (see
//! [`page`](super::page) for why maud): every value escaped unless it is the page's own
//! constant style or patterns, nothing written with `write!`.
//!
//! The two rounds are told apart by colour and by pattern: the earlier round's bars and
//! means are lighter and striped, the later round's solid, with a legend naming each round.
//! Trend marks (▲ ▼ ≈) stand beside the name of the item or condition they are about, and
//! the letters in the bars are text laid over the fills, never stretched.

use std::io::Write;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::super::blocks::{Bar, option_labels, scale};
use super::super::compare::{change_line, divergence_lines, points, round_names, rule_lines};
use super::super::{band_label, in_scale_order};
use super::page::{REPORT_STYLE, stacked_bar_under, swatch};
use super::{DEFS, STYLE, fill};
use crate::i18n::{Messages, messages};
use crate::report::compare::{Comparison, DivergenceChange, ItemChange, Side, Trend};

/// What the comparison page adds to the report's style: the rounds' swatches, and each
/// condition's name (with its trend) on a line of its own above its two bars.
const COMPARE_STYLE: &str = "
.round { display: inline-block; width: 1.8em; height: .9em; vertical-align: middle; margin-right: .35rem; border: 1px solid #333; background: #1f5f8b; }
.round.earlier { background: repeating-linear-gradient(45deg, #a9c9e2 0 4px, #eef4f9 4px 7px); }
.profile .dim { grid-column: 1 / -1; font-weight: 600; margin-top: .5rem; }
.profile .value { white-space: nowrap; }
.pair .side { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
";

/// The earlier round's stripes, laid over its bars: white bands that lighten the fills
/// under them, so the two rounds differ by pattern as well as by shade.
const ROUND_DEFS: &str = r##"<svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs>
<pattern id="round-earlier" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="10" stroke="#fff" stroke-width="4" stroke-opacity=".55"/></pattern>
</defs></svg>"##;

/// The fill that marks the earlier round.
const EARLIER: &str = "url(#round-earlier)";

/// Writes the comparison as one HTML page.
pub fn page(c: &Comparison, out: &mut dyn Write) -> anyhow::Result<()> {
    let m = messages(&c.language);
    out.write_all(document(c, m).into_string().as_bytes())?;
    Ok(())
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

/// The swatch of a round: striped and lighter for the earlier, solid for the later.
fn round_swatch(earlier: bool) -> Markup {
    html! { span.round.earlier[earlier] aria-hidden="true" {} }
}

/// Which round is which, by name.
fn round_legend(rounds: &(String, String)) -> Markup {
    html! {
        ul.legend.rounds {
            li { (round_swatch(true)) (rounds.0) }
            li { (round_swatch(false)) (rounds.1) }
        }
        "\n"
    }
}

fn document(c: &Comparison, m: &Messages) -> Markup {
    let version = env!("CARGO_PKG_VERSION");
    let mut title = c.questionnaire.title.clone();
    if let Some(e) = &c.evaluation {
        title = format!("{title} · {e}");
    }
    let from_label = format!("{} (n {})", c.from.label, c.from.respondents);
    let to_label = format!("{} (n {})", c.to.label, c.to.respondents);
    html! {
        (DOCTYPE) "\n"
        html lang=(c.language) {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"; "\n"
                meta name="generator" content={ "partnereval " (version) }; "\n"
                title { (title) } "\n"
                // The page's own constant style: nothing in it comes from the comparison.
                style { (PreEscaped(STYLE)) (PreEscaped(REPORT_STYLE)) (PreEscaped(COMPARE_STYLE)) } "\n"
            }
            "\n"
            body {
                "\n"
                // The page's own constant patterns for the bars and the rounds.
                (PreEscaped(DEFS)) "\n"
                (PreEscaped(ROUND_DEFS)) "\n"
                header {
                    h1 { (c.questionnaire.title) }
                    @if let Some(e) = &c.evaluation { p.meta { (e) } }
                    p #participation { (m.compare_heading(&from_label, &to_label)) }
                    @for (side, n) in [(&c.from, 1), (&c.to, 2)] {
                        @for s in &side.skipped {
                            p.note { (n) ". " (s.file) (m.colon) (s.reason) }
                        }
                    }
                }
                "\n"
                @if let Some(reason) = &c.withheld {
                    p.withheld { strong { (reason) } }
                } @else {
                    (summary(c, m)) "\n"
                    @if !c.dimensions.is_empty() || c.overall.is_some() { (profile(c, m)) "\n" }
                    @if !c.items.is_empty() { (items(c, m)) "\n" }
                }
                section #rules {
                    h2 { (m.compare_rules) }
                    ul.rules { @for rule in rule_lines(c) { li { (rule) } "\n" } }
                }
                footer { (m.html_footer(version)) } "\n"
            }
            "\n"
        }
        "\n"
    }
}

/// What changed: the items of each trend, then those whose divergence changed.
fn summary(c: &Comparison, m: &Messages) -> Markup {
    let trends = c.trends();
    let divergence = divergence_lines(c, m);
    html! {
        section #summary {
            h2 { (m.html_summary) }
            @if trends.is_empty() { p { (m.no_trend) } }
            @for (trend, items) in trends {
                h3 { (trend_mark(trend)) (m.trend_heading(trend.as_str())) }
                ul.changes { @for i in items { li { (change_line(i, m)) } "\n" } }
            }
            @if !divergence.is_empty() {
                h3 { "⇄ " (m.divergence_heading) }
                ul.changes { @for line in &divergence { li { (line) } "\n" } }
            }
        }
    }
}

/// Each condition (and overall): its name and trend, then a mean bar per round.
fn profile(c: &Comparison, m: &Messages) -> Markup {
    let (low, high, bands) = scale(&c.rules.bands);
    let rounds = round_names(c);
    html! {
        section #profile {
            h2 { (m.html_profile) }
            p.note { (m.html_profile_note(low, high)) }
            (round_legend(&rounds))
            figure.profile role="group" aria-label=(m.html_profile) {
                @for d in c.dimensions.iter().chain(c.overall.as_ref()) {
                    div.dim {
                        (d.name) " "
                        span class={ "trend-" (d.trend.as_str()) } {
                            (trend_mark(d.trend)) (m.signed(d.change)) " " (m.trend_word(d.trend.as_str()))
                        }
                    }
                    @for (side, name, earlier) in [(&d.from, &rounds.0, true), (&d.to, &rounds.1, false)] {
                        @let band = band_label(&c.rules.bands, &side.band);
                        @let alt = m.html_mean_alt(&format!("{} ({name})", d.name), &m.num(side.mean), low, high, &band);
                        div.name { (round_swatch(earlier)) (name) }
                        (mean_bar(side.mean, (low, high, &bands), &alt, earlier))
                        div.value { (m.num(side.mean)) }
                        "\n"
                    }
                }
            }
        }
    }
}

/// A horizontal bar of a mean on the score range, over the bands as shaded zones; the
/// earlier round's lighter and striped.
fn mean_bar(
    mean: Option<f64>,
    (low, high, bands): (f64, f64, &[(f64, f64)]),
    label: &str,
    earlier: bool,
) -> Markup {
    let span = (high - low).max(f64::EPSILON);
    let x = |v: f64| 1000.0 * ((v - low) / span).clamp(0.0, 1.0);
    let zones = ["var(--weak)", "var(--mid)", "var(--strong)"];
    let last = bands.len().saturating_sub(1);
    let colour = if earlier { "#6aa5cf" } else { "#1f5f8b" };
    html! {
        svg viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-label=(label) {
            title { (label) }
            @for (k, (a, b)) in bands.iter().enumerate() {
                @let zone = match k { 0 => zones[0], k if k == last => zones[2], _ => zones[1] };
                rect x=(format!("{:.1}", x(*a))) y="0"
                    width=(format!("{:.1}", (x(*b) - x(*a)).max(0.0))) height="40" fill=(zone) {}
                @if k > 0 {
                    line x1=(format!("{:.1}", x(*a))) x2=(format!("{:.1}", x(*a))) y1="0" y2="40"
                        stroke="#777" stroke-width="2" stroke-dasharray="4 3" {}
                }
            }
            @if let Some(v) = mean {
                rect x="0" y="10" width=(format!("{:.1}", x(v))) height="20" fill=(colour) {}
                @if earlier {
                    rect x="0" y="10" width=(format!("{:.1}", x(v))) height="20" fill=(EARLIER) {}
                }
                rect x=(format!("{:.1}", (x(v) - 3.0).max(0.0))) y="4" width="6" height="32" fill="#111" {}
            }
        }
    }
}

/// The items, grouped by condition as in the report: each with its statement and trend,
/// a bar per round and the changes.
fn items(c: &Comparison, m: &Messages) -> Markup {
    let rounds = round_names(c);
    let mut groups: Vec<(Option<&str>, String)> = c
        .dimensions
        .iter()
        .map(|d| (Some(d.id.as_str()), d.name.clone()))
        .collect();
    groups.push((None, m.other_items.to_owned()));
    let groups: Vec<(String, Vec<&ItemChange>)> = groups
        .into_iter()
        .map(|(dimension, name)| {
            let items = c
                .items
                .iter()
                .filter(|i| i.dimension.as_deref() == dimension)
                .collect();
            (name, items)
        })
        .filter(|(_, items): &(String, Vec<&ItemChange>)| !items.is_empty())
        .collect();
    html! {
        section #items {
            h2 { (m.html_items) }
            p.note { (m.html_bar_rule) }
            ul.legend {
                @let labels = option_labels(&c.options, m);
                @for (k, (code, label)) in labels.iter().enumerate() {
                    li { (swatch(&fill(k, labels.len()))) b { (code) } "\u{a0}" (label) }
                }
                li { (swatch("url(#hatch-na)")) (m.col_no_answer) }
            }
            (round_legend(&rounds))
            @for (name, items) in &groups {
                @if !c.dimensions.is_empty() { h3 { (name) } }
                @for i in items { (item(i, c, m, &rounds)) "\n" }
            }
        }
    }
}

fn item(i: &ItemChange, c: &Comparison, m: &Messages, rounds: &(String, String)) -> Markup {
    let flagged = i.trend == Trend::Declined || i.divergence == DivergenceChange::Appeared;
    let changes: Vec<String> = in_scale_order(i.percent_change.keys(), &c.options)
        .iter()
        .map(|code| format!("{code} {}", points(i.percent_change.get(code).copied())))
        .collect();
    html! {
        div.item.flag[flagged] id={ "item-" (i.id) } {
            p.q {
                span.id { (i.id) }
                (i.text)
                span class={ "badge trend-" (i.trend.as_str()) } {
                    (trend_mark(i.trend)) (m.trend_word(i.trend.as_str()))
                }
                @if i.divergence != DivergenceChange::Neither {
                    span.badge { "⇄ " (m.divergence_change_word(i.divergence.as_str())) }
                }
            }
            div.pair {
                @for (side, name, earlier) in [(&i.from, &rounds.0, true), (&i.to, &rounds.1, false)] {
                    span.side { (round_swatch(earlier)) (name) }
                    (side_bar(&i.id, side, name, earlier, c, m))
                }
            }
            p.figures {
                (m.col_mean) (m.colon) (m.num(i.from.mean)) " → " (m.num(i.to.mean))
                " (" (m.signed(i.change)) ") · " (m.points_short) " " (changes.join(" · "))
            }
        }
    }
}

/// One round's answers to an item as a stacked bar, its figures in its text alternative.
fn side_bar(
    id: &str,
    side: &Side,
    name: &str,
    earlier: bool,
    c: &Comparison,
    m: &Messages,
) -> Markup {
    let codes = in_scale_order(side.percent.keys(), &c.options);
    let counts: Vec<(String, usize)> = codes
        .iter()
        .map(|code| (code.clone(), side.counts.get(code).copied().unwrap_or(0)))
        .collect();
    let text = format!(
        "{} · {}{}{}",
        codes
            .iter()
            .map(|code| format!("{code} {}", m.pct(side.percent[code])))
            .collect::<Vec<_>>()
            .join(" · "),
        m.col_no_answer,
        m.colon,
        side.no_answer
    );
    let bar = Bar {
        counts,
        no_answer: side.no_answer,
        label: format!("{id}, {name}{}{text}", m.colon),
    };
    stacked_bar_under(&bar, "bar", 24.0, earlier.then_some(EARLIER))
}
