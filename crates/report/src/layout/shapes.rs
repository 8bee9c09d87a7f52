//! Vector shapes (rectangles, lines, polygons, circles) and the graphics state, which
//! is only written to the page when it changes.

use super::{Doc, PageBuf, Paint, Rgb8, Stroke};
use crate::pdf::content::{Content, PaintOp};

impl Doc {
    pub(super) fn page(&mut self) -> &mut PageBuf {
        if self.pages.is_empty() {
            self.new_page();
        }
        &mut self.pages[self.cur]
    }

    /// The content stream drawing goes to now.
    pub(super) fn out(&mut self) -> &mut Content {
        self.page().out()
    }

    pub(super) fn set_fill(&mut self, c: Rgb8) {
        let p = self.page();
        if p.fill != Some(c) {
            p.fill = Some(c);
            p.out().fill_color((c.0, c.1, c.2));
        }
    }

    pub(super) fn set_stroke(&mut self, s: Stroke) {
        let p = self.page();
        if p.outline != Some(s.color) {
            p.outline = Some(s.color);
            p.out().stroke_color((s.color.0, s.color.1, s.color.2));
        }
        if p.line_width != Some(s.width) {
            p.line_width = Some(s.width);
            p.out().line_width(s.width);
        }
        if p.dash != Some(s.dash) {
            p.dash = Some(s.dash);
            p.out().dash(s.dash);
        }
    }

    fn apply(&mut self, paint: Paint) -> Option<PaintOp> {
        if let Some(f) = paint.fill {
            self.set_fill(f);
        }
        if let Some(s) = paint.stroke {
            self.set_stroke(s);
        }
        match (paint.fill.is_some(), paint.stroke.is_some()) {
            (true, true) => Some(PaintOp::FillStroke),
            (true, false) => Some(PaintOp::Fill),
            (false, true) => Some(PaintOp::Stroke),
            (false, false) => None,
        }
    }

    /// A rectangle with its top-left corner at (`x`, `y`).
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, paint: Paint) {
        let Some(mode) = self.apply(paint) else {
            return;
        };
        let bottom = self.page_h - y - h;
        self.mark(false);
        self.out().rect(x, bottom, w, h, mode);
    }

    /// A path through `points` (top-down), closed or open, painted with `mode`.
    fn path(&mut self, points: &[(f32, f32)], closed: bool, mode: PaintOp) {
        let h = self.page_h;
        self.mark(false);
        let out = self.out();
        for (i, &(x, y)) in points.iter().enumerate() {
            if i == 0 {
                out.move_to(x, h - y);
            } else {
                out.line_to(x, h - y);
            }
        }
        out.paint(closed, mode);
    }

    pub fn line(&mut self, points: &[(f32, f32)], stroke: Stroke) {
        if points.len() < 2 {
            return;
        }
        self.set_stroke(stroke);
        self.path(points, false, PaintOp::Stroke);
    }

    pub fn polygon(&mut self, points: &[(f32, f32)], paint: Paint) {
        if points.len() < 3 {
            return;
        }
        let Some(mode) = self.apply(paint) else {
            return;
        };
        self.path(points, true, mode);
    }

    /// A circle from four cubic Bézier arcs.
    pub fn circle(&mut self, cx: f32, cy: f32, r: f32, paint: Paint) {
        let Some(mode) = self.apply(paint) else {
            return;
        };
        const K: f32 = 0.552_284_8;
        let k = r * K;
        // In PDF's bottom-up space from here.
        let cy = self.page_h - cy;
        self.mark(false);
        let out = self.out();
        out.move_to(cx + r, cy);
        out.curve_to([(cx + r, cy + k), (cx + k, cy + r), (cx, cy + r)]);
        out.curve_to([(cx - k, cy + r), (cx - r, cy + k), (cx - r, cy)]);
        out.curve_to([(cx - r, cy - k), (cx - k, cy - r), (cx, cy - r)]);
        out.curve_to([(cx + k, cy - r), (cx + r, cy - k), (cx + r, cy)]);
        out.paint(true, mode);
    }
}
