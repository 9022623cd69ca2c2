//! The report and the comparison as one self-contained HTML page: inline CSS and SVG, no
//! script, no font, no image and no link to fetch (a Content-Security-Policy forbids them),
//! so it opens offline from a USB stick or an e-mail attachment and prints on A4 or Letter.
//!
//! Every chart is an `<svg role="img">` with an `aria-label` saying what it shows, and its
//! figures are also written as text beside it. Bars carry their letter and hatching as well
//! as a colour, so nothing relies on colour alone.

use std::io::Write;

use crate::report::Report;
use crate::report::compare::Comparison;

mod compare;
mod page;

/// The report as one HTML page (built with maud: see [`page`]).
pub fn report(r: &Report, out: &mut dyn Write) -> anyhow::Result<()> {
    page::report(r, out)
}

/// The comparison as one HTML page (built with maud as well: see [`compare`]).
pub fn compare(c: &Comparison, out: &mut dyn Write) -> anyhow::Result<()> {
    compare::page(c, out)
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

/// The fill of the option at `index` (in the scale's order) of `count`: for up to five
/// options, a colour and then a pattern each; for longer scales (a 0–10 rating), an ordered
/// ramp from the most favourable (dark blue) through pale to the least favourable (dark
/// red), so that no two options look alike and the order shows (each part also carries
/// its code where it fits, and the figures are written beside it).
fn fill(index: usize, count: usize) -> String {
    if count > 5 {
        let (r, g, b) = ramp(index, count);
        return format!("#{r:02x}{g:02x}{b:02x}");
    }
    match index {
        0 => "#1f5f8b".to_owned(),
        k => format!("url(#hatch-{})", ((k - 1) % 4) + 1),
    }
}

/// The colour of option `index` of `count` on the ramp of a long scale.
fn ramp(index: usize, count: usize) -> (u8, u8, u8) {
    const ENDS: [(f64, f64, f64); 3] = [
        (31.0, 95.0, 139.0),   // #1f5f8b
        (240.0, 230.0, 200.0), // pale
        (181.0, 74.0, 42.0),   // #b54a2a
    ];
    let t = index as f64 / (count.max(2) - 1) as f64;
    let (from, to, u) = if t <= 0.5 {
        (ENDS[0], ENDS[1], t * 2.0)
    } else {
        (ENDS[1], ENDS[2], (t - 0.5) * 2.0)
    };
    let mix = |a: f64, b: f64| (a + (b - a) * u).round() as u8;
    (mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2))
}

/// Text colour that reads on the fill of option `index` of `count`.
fn label_colour(index: usize, count: usize) -> &'static str {
    if count > 5 {
        let (r, g, b) = ramp(index, count);
        // Relative luminance, roughly: dark fills take white letters.
        let y = 0.2126 * f64::from(r) + 0.7152 * f64::from(g) + 0.0722 * f64::from(b);
        return if y < 140.0 { "#fff" } else { "#111" };
    }
    match index {
        0 | 3 | 4 => "#fff",
        _ => "#111",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_scale_gets_a_colour_per_option_in_order() {
        let fills: Vec<String> = (0..11).map(|k| fill(k, 11)).collect();
        assert_eq!(fills[0], "#1f5f8b");
        assert_eq!(fills[5], "#f0e6c8");
        assert_eq!(fills[10], "#b54a2a");
        let mut distinct = fills.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), 11, "{fills:?}");
        // Letters read on their fill: white on the dark ends, dark on the pale middle.
        assert_eq!(label_colour(0, 11), "#fff");
        assert_eq!(label_colour(5, 11), "#111");
        assert_eq!(label_colour(10, 11), "#fff");
        // Up to five options keep their colour and patterns.
        assert_eq!(fill(0, 3), "#1f5f8b");
        assert_eq!(fill(2, 3), "url(#hatch-2)");
    }
}
