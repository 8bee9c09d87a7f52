//! Vector charts: level-coloured cells, the legend, the radar, the small trend charts and
//! the distribution bars.
//!
//! Levels use the ColorBrewer PuOr 4-class palette (colour-blind safe), and a level is
//! never shown by colour alone: its number is always written too. NA and NI are never
//! drawn as numbers: NA is mid grey, NI white with hatching and a dashed border, and on
//! the radar and trend charts both leave a gap in the line.

use pdf_writer::types::StructRole;

use super::layout::{Doc, Paint, Rgb8, Stroke, Style};
use crate::model::Answer;
use crate::model::instrument::Instrument;
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
    /// What an area without an answer is called.
    pub not_scored: String,
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
            not_scored: doc.t.get("report-not-scored"),
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
            None => &self.not_scored,
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
    doc.text_center(x + w / 2.0, base, st, &doc.t.number(&code(a)));
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
    entries.push((None, scale.not_scored.clone()));

    let (sw, sh, row_h) = (18.0, 11.0, 15.0);
    let mut cx = x;
    let mut cy = y;
    // Read as a list: each entry's code is its label, the words its body.
    doc.begin(StructRole::L);
    for (a, label) in entries {
        let w = sw + 4.0 + doc.measure(&label, st) + 12.0;
        if cx > x && cx + w > x + width {
            cx = x;
            cy += row_h;
        }
        doc.begin(StructRole::LI);
        doc.begin(StructRole::Lbl);
        answer_cell(doc, cx, cy, sw, sh, a, scale, 7.0);
        doc.end();
        doc.begin(StructRole::LBody);
        doc.text(cx + sw + 4.0, cy + sh - 2.5, st, &label);
        doc.end();
        doc.end();
        cx += w;
    }
    doc.end();
    cy + row_h - y
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

mod radar;
mod trend;

pub(crate) use radar::{RadarSeries, radar, radar_legend};
pub(crate) use trend::{TrendPoint, trend};

#[cfg(test)]
mod tests;
