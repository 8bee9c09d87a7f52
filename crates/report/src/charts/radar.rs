//! The radar: one spoke per area, rings per level, this round filled and solid, the
//! previous round dashed. Geometry comes from `model::plots`, as on screen.

use std::f32::consts::PI;

use super::{CURRENT, PREVIOUS, ScaleInfo};
use crate::layout::{Doc, Paint, Rgb8, Stroke, Style};
use crate::look;
use crate::model::Answer;
use crate::model::plots;

/// Point on spoke `i` of `n` at radius `r` pt from (`cx`, `cy`) on the page: the
/// shared spoke directions of `model::plots` (spoke 0 at the top, clockwise).
fn spoke(cx: f32, cy: f32, i: usize, n: usize, r: f32) -> (f32, f32) {
    let [x, y] = plots::spoke_dir(i, n);
    (cx + r * x as f32, cy - r * y as f32)
}

/// One round on the radar.
pub(crate) struct RadarSeries<'a> {
    pub answers: &'a [Option<Answer>],
}

/// The radar: fixed scale from the centre (0) to the top level, one spoke per area.
/// The current round is a solid line with a light fill and its values written at the
/// points; the previous round a dashed line with hollow square markers. Areas without
/// a level are not plotted: both lines have a gap there.
#[allow(clippy::too_many_arguments)]
pub(crate) fn radar(
    doc: &mut Doc,
    cx: f32,
    cy: f32,
    r: f32,
    labels: &[String],
    current: &RadarSeries<'_>,
    previous: Option<&RadarSeries<'_>>,
    scale: &ScaleInfo,
) {
    let n = labels.len();
    if n < 3 {
        return;
    }
    let g = Geometry { cx, cy, r, n };
    grid(doc, &g, scale);
    series(doc, &g, current, previous, scale);
    area_labels(doc, &g, labels, current);
}

/// Where a radar sits: centre, radius (pt) and number of spokes.
#[derive(Clone, Copy)]
struct Geometry {
    cx: f32,
    cy: f32,
    r: f32,
    n: usize,
}

/// Rings for each level, the spokes, and the ring numbers.
fn grid(doc: &mut Doc, g: &Geometry, scale: &ScaleInfo) {
    let Geometry { cx, cy, r, n } = *g;
    let max = f32::from(scale.max.max(1));
    let grid = Stroke::solid(look::GRID, 0.5);
    for v in 1..=scale.max {
        let rr = r * f32::from(v) / max;
        let ring: Vec<(f32, f32)> = (0..=n).map(|i| spoke(cx, cy, i % n, n, rr)).collect();
        doc.line(&ring, grid);
    }
    for i in 0..n {
        doc.line(&[(cx, cy), spoke(cx, cy, i, n, r)], grid);
    }
    // Ring numbers on the bisector left of the top spoke, on a white patch; the level
    // names are in the key under the chart (names here would cover the data).
    let ring_st = Style::muted(5.5);
    let a = -PI / 2.0 - PI / n as f32;
    for v in 1..=scale.max {
        let rr = r * f32::from(v) / max;
        let (px, py) = (cx + rr * a.cos(), cy + rr * a.sin());
        let label = doc.t.number(&v.to_string());
        let w = doc.measure(&label, ring_st) + 2.0;
        doc.rect(px - w / 2.0, py - 3.0, w, 6.0, Paint::fill(Rgb8::WHITE));
        doc.text_center(px, py + 2.0, ring_st, &label);
    }
}

/// The previous round dashed with square markers, then this round filled and solid
/// with its values written at the points.
fn series(
    doc: &mut Doc,
    g: &Geometry,
    current: &RadarSeries<'_>,
    previous: Option<&RadarSeries<'_>>,
    scale: &ScaleInfo,
) {
    let Geometry { cx, cy, r, n } = *g;
    let max = f32::from(scale.max.max(1));
    // Geometry from `model::plots` (the screen draws the same); plot units are
    // levels with y up, the page is in pt with y down.
    let unit = r / max;
    let page = |p: [f64; 2]| (cx + p[0] as f32 * unit, cy - p[1] as f32 * unit);
    let values = |s: &RadarSeries<'_>| -> Vec<Option<f64>> {
        let mut v = plots::levels_of(s.answers);
        v.resize(n, None);
        v
    };
    let cur = values(current);
    let fill = CURRENT.mix(Rgb8::WHITE, 0.8);
    for poly in plots::radar_fill(&cur) {
        let pts: Vec<(f32, f32)> = poly.into_iter().map(page).collect();
        doc.polygon(&pts, Paint::fill(fill));
    }
    let draw_lines = |doc: &mut Doc, values: &[Option<f64>], st: Stroke| {
        for run in plots::radar_segments(values) {
            let pts: Vec<(f32, f32)> = run.into_iter().map(page).collect();
            if pts.len() >= 2 {
                doc.line(&pts, st);
            }
        }
    };
    if let Some(prev) = previous {
        let pv = values(prev);
        draw_lines(doc, &pv, Stroke::dashed(PREVIOUS, 1.1, 3.0, 2.0));
        for (k, v) in pv.iter().enumerate() {
            let Some(v) = v else { continue };
            let p = page(plots::on_spoke(k, n, *v));
            doc.rect(
                p.0 - 2.0,
                p.1 - 2.0,
                4.0,
                4.0,
                Paint::both(Rgb8::WHITE, Stroke::solid(PREVIOUS, 0.8)),
            );
        }
    }
    draw_lines(doc, &cur, Stroke::solid(CURRENT, 1.6));
    let val_st = Style::bold(6.5).with_color(CURRENT);
    for (k, v) in cur.iter().enumerate() {
        let Some(v) = v else { continue };
        let p = page(plots::on_spoke(k, n, *v));
        doc.circle(p.0, p.1, 2.2, Paint::fill(CURRENT));
        let at = page(plots::value_label_pos(k, n, *v, f64::from(max), false));
        doc.text_center(at.0, at.1 + 2.3, val_st, &doc.t.number(&v.to_string()));
    }
}

/// Area labels outside the rim, anchored away from the centre, with a note where the
/// current round has no level.
fn area_labels(doc: &mut Doc, g: &Geometry, labels: &[String], current: &RadarSeries<'_>) {
    let Geometry { cx, cy, r, n } = *g;
    let st = Style::regular(7.0);
    let tag_st = Style::muted(6.5);
    for (i, label) in labels.iter().enumerate() {
        let (ux, uy) = spoke(0.0, 0.0, i, n, 1.0);
        let (px, py) = spoke(cx, cy, i, n, r + 9.0);
        let mut lines = doc.wrap(label, st, 78.0);
        let tag = match current.answers.get(i).copied().flatten() {
            Some(Answer::Level(_)) => None,
            Some(a) => Some(
                doc.t
                    .with("report-radar-not-plotted", &[("code", a.code().into())]),
            ),
            None => Some(doc.t.get("report-radar-unscored")),
        };
        let lh = st.line_height();
        let total_h = lh * (lines.len() + usize::from(tag.is_some())) as f32;
        let top = if uy < -0.3 {
            py - total_h
        } else if uy > 0.3 {
            py
        } else {
            py - total_h / 2.0
        };
        let mut y = top;
        let draw = |doc: &mut Doc, s: &str, st: Style, y: f32| {
            let base = y + st.baseline();
            if ux > 0.3 {
                doc.text(px, base, st, s);
            } else if ux < -0.3 {
                doc.text_right(px, base, st, s);
            } else {
                doc.text_center(px, base, st, s);
            }
        };
        for l in lines.drain(..) {
            draw(doc, &l, st, y);
            y += lh;
        }
        if let Some(t) = tag {
            draw(doc, &t, tag_st, y);
        }
    }
}

/// The radar's key: line samples for the two rounds, the ring levels and the note on
/// gaps.
pub(crate) fn radar_legend(
    doc: &mut Doc,
    x: f32,
    y: f32,
    width: f32,
    current: &str,
    previous: Option<&str>,
    scale: &ScaleInfo,
) -> f32 {
    let st = Style::regular(7.5);
    let mut cy = y;
    doc.line(
        &[(x, cy + 4.0), (x + 22.0, cy + 4.0)],
        Stroke::solid(CURRENT, 1.6),
    );
    doc.circle(x + 11.0, cy + 4.0, 2.2, Paint::fill(CURRENT));
    let mut h = 0.0;
    for l in doc.wrap(current, st, width - 28.0) {
        doc.text(x + 28.0, cy + h + st.baseline() - 1.5, st, &l);
        h += st.line_height();
    }
    cy += h.max(st.line_height()) + 2.0;
    if let Some(prev) = previous {
        doc.line(
            &[(x, cy + 4.0), (x + 22.0, cy + 4.0)],
            Stroke::dashed(PREVIOUS, 1.1, 3.0, 2.0),
        );
        doc.rect(
            x + 9.0,
            cy + 2.0,
            4.0,
            4.0,
            Paint::both(Rgb8::WHITE, Stroke::solid(PREVIOUS, 0.8)),
        );
        let mut h = 0.0;
        for l in doc.wrap(prev, st, width - 28.0) {
            doc.text(x + 28.0, cy + h + st.baseline() - 1.5, st, &l);
            h += st.line_height();
        }
        cy += h.max(st.line_height()) + 2.0;
    }
    let note = Style::muted(6.5);
    let rings: Vec<String> = (1..=scale.max)
        .map(|v| format!("{} {}", doc.t.number(&v.to_string()), scale.label(v)))
        .collect();
    let text = doc
        .t
        .with("report-radar-rings", &[("rings", rings.join(", ").into())]);

    for l in doc.wrap(&text, note, width) {
        doc.text(x, cy + note.baseline(), note, &l);
        cy += note.line_height();
    }
    cy - y
}
