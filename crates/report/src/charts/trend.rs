//! Small trend charts: one area's agreed level over the rounds, placed by date.

use super::{CURRENT, ScaleInfo, code};
use crate::layout::{Doc, Paint, Rgb8, Stroke, Style};
use crate::look::print;
use crate::model::Answer;

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
        doc.text_right(px0 - 2.0, yy + 2.0, axis_st, &doc.t.number(&v.to_string()));
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
    points_and_tags(doc, points, &xpos, &ypos, py1);
    let (y0, y1) = years;
    let (y0, y1) = (doc.t.number(&y0.to_string()), doc.t.number(&y1.to_string()));
    if y0 == y1 {
        doc.text_center(xpos(0.5), py1 + 8.0, axis_st, &y0);
    } else {
        doc.text_center(xpos(0.0), py1 + 8.0, axis_st, &y0);
        doc.text_center(xpos(1.0), py1 + 8.0, axis_st, &y1);
    }
}

/// A dot per level (larger for the report's round); NA, NI and unscored rounds get
/// their code at the bottom instead, on a white patch.
fn points_and_tags(
    doc: &mut Doc,
    points: &[TrendPoint],
    xpos: &dyn Fn(f32) -> f32,
    ypos: &dyn Fn(f32) -> f32,
    py1: f32,
) {
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
}
