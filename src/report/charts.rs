//! Vector charts: level-coloured cells, the legend, the radar, the small trend charts and
//! the distribution bars.
//!
//! Levels use the ColorBrewer PuOr 4-class palette (colour-blind safe), and a level is
//! never shown by colour alone: its number is always written too. NA and NI are never
//! drawn as numbers: NA is mid grey, NI white with hatching and a dashed border, and on
//! the radar and trend charts both leave a gap in the line.

use std::f32::consts::PI;

use super::layout::{Doc, Paint, Rgb8, Stroke, Style};
use crate::model::Answer;
use crate::model::instrument::Instrument;
use crate::model::plots;
use crate::model::stats::Distribution;

use crate::look::{self, print};

/// The round in focus on charts.
pub(crate) const CURRENT: Rgb8 = look::SERIES[0];
/// The previous round on charts (also dashed, so colour is not the only difference).
pub(crate) const PREVIOUS: Rgb8 = look::SERIES[1];
pub(crate) const PROGRESS: Rgb8 = look::SERIES[0];

/// What charts need from the instrument's scale, with texts already checked against
/// the font.
pub(crate) struct ScaleInfo {
    pub max: u8,
    /// Label of level 1, 2, ...
    pub labels: Vec<String>,
    pub na: String,
    pub ni: String,
}

impl ScaleInfo {
    pub fn of(doc: &mut Doc, inst: &Instrument) -> Self {
        let scale = inst.scale();
        let labels = scale
            .levels
            .iter()
            .map(|l| doc.clean(&l.label, "instrument scale"))
            .collect();
        Self {
            max: scale.max_level(),
            labels,
            na: doc.clean(&scale.not_applicable.label, "instrument scale"),
            ni: doc.clean(&scale.insufficient_information.label, "instrument scale"),
        }
    }

    pub fn label(&self, level: u8) -> &str {
        usize::from(level)
            .checked_sub(1)
            .and_then(|i| self.labels.get(i))
            .map_or("?", String::as_str)
    }

    /// The label shown next to an answer's code: level label, NA/NI label, or
    /// "Not scored".
    pub fn answer_label(&self, a: Option<Answer>) -> &str {
        match a {
            Some(Answer::Level(l)) => self.label(l.get()),
            Some(Answer::NotApplicable) => &self.na,
            Some(Answer::InsufficientInfo) => &self.ni,
            None => "Not scored",
        }
    }

    /// Colour of a level (the screen's, from the shared look).
    pub fn level_color(&self, level: u8) -> Rgb8 {
        look::level(level, usize::from(self.max))
    }
}

/// The code written in a cell: level number, NA, NI, or an en dash when unscored.
pub(crate) fn code(a: Option<Answer>) -> String {
    a.map_or_else(|| "–".to_owned(), Answer::code)
}

/// Diagonal hatching inside a rectangle (for NI).
fn hatch(doc: &mut Doc, x: f32, y: f32, w: f32, h: f32) {
    let step = 3.5;
    let stroke = Stroke::solid(look::HATCH, 0.5);
    // Lines x + y = k (rising to the right on the page).
    let mut k = x + y + step;
    while k < x + w + y + h {
        let x0 = x.max(k - (y + h));
        let x1 = (x + w).min(k - y);
        if x1 > x0 {
            doc.line(&[(x0, k - x0), (x1, k - x1)], stroke);
        }
        k += step;
    }
}

/// A cell showing one answer: fill by level, NA grey, NI hatched with a dashed border,
/// unscored blank with a thin border; the code always written in it.
#[allow(clippy::too_many_arguments)]
pub(crate) fn answer_cell(
    doc: &mut Doc,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    a: Option<Answer>,
    scale: &ScaleInfo,
    size: f32,
) {
    let text = match a {
        Some(Answer::Level(l)) => {
            let bg = scale.level_color(l.get());
            doc.rect(x, y, w, h, Paint::fill(bg));
            bg.text_on()
        }
        Some(Answer::NotApplicable) => {
            doc.rect(x, y, w, h, Paint::fill(look::NA));
            look::NA.text_on()
        }
        Some(Answer::InsufficientInfo) => {
            doc.rect(x, y, w, h, Paint::fill(look::NI));
            hatch(doc, x, y, w, h);
            doc.rect(
                x,
                y,
                w,
                h,
                Paint::stroke(Stroke::dashed(look::NI_BORDER, 0.6, 1.5, 1.0)),
            );
            Rgb8::BLACK
        }
        None => {
            doc.rect(
                x,
                y,
                w,
                h,
                Paint::both(Rgb8::WHITE, Stroke::solid(print::RULE, 0.5)),
            );
            print::MUTED
        }
    };
    let st = Style::bold(size).with_color(text);
    let base = y + (h - size) / 2.0 + size * 0.8;
    doc.text_center(x + w / 2.0, base, st, &code(a));
}

/// The key to the level colours, wrapped to `width`; returns the height used.
pub(crate) fn legend(doc: &mut Doc, x: f32, y: f32, width: f32, scale: &ScaleInfo) -> f32 {
    let st = Style::regular(7.5);
    let mut entries: Vec<(Option<Answer>, String)> = (1..=scale.max)
        .filter_map(|l| {
            crate::model::Level::new(l)
                .map(|lv| (Some(Answer::Level(lv)), scale.label(l).to_owned()))
        })
        .collect();
    entries.push((Some(Answer::NotApplicable), scale.na.clone()));
    entries.push((Some(Answer::InsufficientInfo), scale.ni.clone()));
    entries.push((None, "Not scored".to_owned()));
    let (sw, sh, row_h) = (18.0, 11.0, 15.0);
    let mut cx = x;
    let mut cy = y;
    for (a, label) in entries {
        let w = sw + 4.0 + doc.measure(&label, st) + 12.0;
        if cx > x && cx + w > x + width {
            cx = x;
            cy += row_h;
        }
        answer_cell(doc, cx, cy, sw, sh, a, scale, 7.0);
        doc.text(cx + sw + 4.0, cy + sh - 2.5, st, &label);
        cx += w;
    }
    cy + row_h - y
}

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
        let label = v.to_string();
        let w = doc.measure(&label, ring_st) + 2.0;
        doc.rect(px - w / 2.0, py - 3.0, w, 6.0, Paint::fill(Rgb8::WHITE));
        doc.text_center(px, py + 2.0, ring_st, &label);
    }

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
        doc.text_center(at.0, at.1 + 2.3, val_st, &format!("{v}"));
    }

    // Area labels outside the rim, anchored away from the centre.
    let st = Style::regular(7.0);
    let tag_st = Style::muted(6.5);
    for (i, label) in labels.iter().enumerate() {
        let (ux, uy) = spoke(0.0, 0.0, i, n, 1.0);
        let (px, py) = spoke(cx, cy, i, n, r + 9.0);
        let mut lines = doc.wrap(label, st, 78.0);
        let tag = match current.answers.get(i).copied().flatten() {
            Some(Answer::Level(_)) => None,
            Some(Answer::NotApplicable) => Some("NA: not plotted"),
            Some(Answer::InsufficientInfo) => Some("NI: not plotted"),
            None => Some("not scored"),
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
            draw(doc, t, tag_st, y);
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
        .map(|v| format!("{v} {}", scale.label(v)))
        .collect();
    let text = format!(
        "Rings from the centre (0): {}. NA, NI and unscored areas are not plotted as numbers: the lines have a gap there.",
        rings.join(", ")
    );
    for l in doc.wrap(&text, note, width) {
        doc.text(x, cy + note.baseline(), note, &l);
        cy += note.line_height();
    }
    cy - y
}

/// One point of a trend chart: position along the time axis (0-1), the answer, and
/// whether it is the report's round.
pub(crate) struct TrendPoint {
    pub t: f32,
    pub answer: Option<Answer>,
    pub current: bool,
    /// The area changed meaning since the previous point: no line into it.
    pub breaks: bool,
}

/// A small trend chart for one area: levels over real round dates (uneven spacing),
/// gaps for NA, NI and unscored rounds (their code written at the bottom), the
/// report's round marked by a larger dot and a dashed line.
#[allow(clippy::too_many_arguments)]
pub(crate) fn trend(
    doc: &mut Doc,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    title: &[String],
    points: &[TrendPoint],
    years: (i16, i16),
    scale: &ScaleInfo,
) {
    let title_st = Style::bold(7.0);
    let mut ty = y;
    for l in title {
        doc.text(x, ty + title_st.baseline(), title_st, l);
        ty += title_st.line_height();
    }
    let axis_st = Style::muted(5.5);
    let (px0, px1) = (x + 9.0, x + w - 4.0);
    let (py0, py1) = (ty + 3.0, y + h - 16.0);
    let max = f32::from(scale.max.max(2));
    // Half a level of room above and below, so points never sit on the frame and NA/NI
    // tags fit under the lowest level.
    let ypos = |v: f32| py1 - (v - 0.5) / max * (py1 - py0);
    let xpos = |t: f32| px0 + 5.0 + t * (px1 - px0 - 10.0);
    doc.rect(
        px0,
        py0,
        px1 - px0,
        py1 - py0,
        Paint::stroke(Stroke::solid(print::RULE, 0.4)),
    );
    for v in 1..=scale.max {
        let yy = ypos(f32::from(v));
        doc.line(&[(px0, yy), (px1, yy)], Stroke::solid(print::FAINT, 0.4));
        doc.text_right(px0 - 2.0, yy + 2.0, axis_st, &v.to_string());
    }
    for p in points {
        let xx = xpos(p.t);
        doc.line(
            &[(xx, py1), (xx, py1 + 2.0)],
            Stroke::solid(print::MUTED, 0.4),
        );
        if p.current {
            // Marks the report's round even when it has no level.
            doc.line(
                &[(xx, py0), (xx, py1)],
                Stroke::dashed(CURRENT, 0.4, 1.0, 1.5),
            );
        }
    }
    // Lines only between neighbouring rounds that both have a level.
    let level = |p: &TrendPoint| p.answer.and_then(Answer::level).map(f32::from);
    for pair in points.windows(2) {
        if pair[1].breaks {
            continue;
        }
        if let (Some(a), Some(b)) = (level(&pair[0]), level(&pair[1])) {
            doc.line(
                &[(xpos(pair[0].t), ypos(a)), (xpos(pair[1].t), ypos(b))],
                Stroke::solid(CURRENT, 1.0),
            );
        }
    }
    let tag_st = Style::muted(5.0);
    for p in points {
        let xx = xpos(p.t);
        match p.answer {
            Some(Answer::Level(l)) => {
                let yy = ypos(f32::from(l.get()));
                if p.current {
                    doc.circle(
                        xx,
                        yy,
                        2.6,
                        Paint::both(CURRENT, Stroke::solid(Rgb8::WHITE, 0.8)),
                    );
                } else {
                    doc.circle(xx, yy, 1.7, Paint::fill(CURRENT));
                }
            }
            other => {
                // A white patch keeps the tag readable over the round's dashed line.
                let tag = code(other);
                let tw = doc.measure(&tag, tag_st) + 1.5;
                doc.rect(xx - tw / 2.0, py1 - 5.5, tw, 5.0, Paint::fill(Rgb8::WHITE));
                doc.text_center(xx, py1 - 1.2, tag_st, &tag);
            }
        }
    }
    let (y0, y1) = years;
    if y0 == y1 {
        doc.text_center(xpos(0.5), py1 + 8.0, axis_st, &y0.to_string());
    } else {
        doc.text_center(xpos(0.0), py1 + 8.0, axis_st, &y0.to_string());
        doc.text_center(xpos(1.0), py1 + 8.0, axis_st, &y1.to_string());
    }
}

/// A 100% bar of how the ministries answered one area: each level, NA, NI, then
/// unscored, with the count written in every segment wide enough to hold it.
pub(crate) fn distribution_bar(
    doc: &mut Doc,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    d: &Distribution,
    scale: &ScaleInfo,
) {
    let mut parts: Vec<(Option<Answer>, usize)> = d
        .levels
        .iter()
        .enumerate()
        .filter_map(|(i, &c)| {
            crate::model::Level::new(i as u8 + 1).map(|l| (Some(Answer::Level(l)), c))
        })
        .collect();
    parts.push((Some(Answer::NotApplicable), d.na));
    parts.push((Some(Answer::InsufficientInfo), d.ni));
    parts.push((None, d.unscored));
    let total: usize = parts.iter().map(|p| p.1).sum();
    if total == 0 {
        doc.rect(x, y, w, h, Paint::stroke(Stroke::solid(print::RULE, 0.5)));
        return;
    }
    let mut cx = x;
    for (a, c) in parts {
        if c == 0 {
            continue;
        }
        let sw = w * c as f32 / total as f32;
        // Draw the cell, then replace its code with the count.
        let (bg, fg) = match a {
            Some(Answer::Level(l)) => {
                let bg = scale.level_color(l.get());
                (bg, bg.text_on())
            }
            Some(Answer::NotApplicable) => (look::NA, look::NA.text_on()),
            Some(Answer::InsufficientInfo) => (look::NI, look::NI.text_on()),
            None => (Rgb8::WHITE, Rgb8::BLACK),
        };
        doc.rect(cx, y, sw, h, Paint::fill(bg));
        match a {
            Some(Answer::InsufficientInfo) => {
                hatch(doc, cx, y, sw, h);
                doc.rect(
                    cx,
                    y,
                    sw,
                    h,
                    Paint::stroke(Stroke::dashed(look::NI_BORDER, 0.6, 1.5, 1.0)),
                );
            }
            None => doc.rect(cx, y, sw, h, Paint::stroke(Stroke::solid(print::RULE, 0.5))),
            _ => {}
        }
        let label = c.to_string();
        let st = Style::bold(6.5).with_color(fg);
        if doc.measure(&label, st) + 2.0 <= sw {
            doc.text_center(cx + sw / 2.0, y + (h - 6.5) / 2.0 + 5.2, st, &label);
        }
        cx += sw;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn print_uses_the_screens_level_colours() {
        let s = ScaleInfo {
            max: 4,
            labels: vec!["a".into(), "b".into(), "c".into(), "d".into()],
            na: "NA".into(),
            ni: "NI".into(),
        };
        for l in 1..=4u8 {
            assert_eq!(s.level_color(l), look::LEVELS[usize::from(l) - 1]);
        }
        let five = ScaleInfo { max: 5, ..s };
        assert_eq!(five.level_color(1), look::LEVELS[0]);
        assert_eq!(five.level_color(5), look::LEVELS[3]);
    }
}
