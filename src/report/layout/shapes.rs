//! Vector shapes (rectangles, lines, polygons, circles) and the graphics state, which
//! is only written to the page when it changes.

use printpdf::{
    Line, LineDashPattern, LinePoint, Op, PaintMode, Point, Polygon, PolygonRing, Pt, Rect,
    WindingOrder,
};

use super::{Doc, PageBuf, Paint, Rgb8, Stroke, pdf_color};

impl Doc {
    pub(super) fn page(&mut self) -> &mut PageBuf {
        if self.pages.is_empty() {
            self.new_page();
        }
        &mut self.pages[self.cur]
    }

    pub(super) fn set_fill(&mut self, c: Rgb8) {
        let p = self.page();
        if p.fill != Some(c) {
            p.ops.push(Op::SetFillColor { col: pdf_color(c) });
            p.fill = Some(c);
        }
    }

    pub(super) fn set_stroke(&mut self, s: Stroke) {
        let p = self.page();
        if p.outline != Some(s.color) {
            p.ops.push(Op::SetOutlineColor {
                col: pdf_color(s.color),
            });
            p.outline = Some(s.color);
        }
        if p.line_width != Some(s.width) {
            p.ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
            p.line_width = Some(s.width);
        }
        if p.dash != Some(s.dash) {
            let dash = match s.dash {
                Some((on, off)) => LineDashPattern::new(0.0, &[on, off]),
                None => LineDashPattern::solid(),
            };
            p.ops.push(Op::SetLineDashPattern { dash });
            p.dash = Some(s.dash);
        }
    }

    fn pt(&self, x: f32, y: f32) -> LinePoint {
        LinePoint {
            p: Point {
                x: Pt(x),
                y: Pt(self.page_h - y),
            },
            bezier: false,
        }
    }

    fn apply(&mut self, paint: Paint) -> Option<PaintMode> {
        if let Some(f) = paint.fill {
            self.set_fill(f);
        }
        if let Some(s) = paint.stroke {
            self.set_stroke(s);
        }
        match (paint.fill.is_some(), paint.stroke.is_some()) {
            (true, true) => Some(PaintMode::FillStroke),
            (true, false) => Some(PaintMode::Fill),
            (false, true) => Some(PaintMode::Stroke),
            (false, false) => None,
        }
    }

    /// A rectangle with its top-left corner at (`x`, `y`).
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, paint: Paint) {
        let Some(mode) = self.apply(paint) else {
            return;
        };
        let rect = Rect {
            mode: Some(mode),
            ..Rect::from_xywh(Pt(x), Pt(self.page_h - y - h), Pt(w), Pt(h))
        };
        self.page().ops.push(Op::DrawRectangle { rectangle: rect });
    }

    pub fn line(&mut self, points: &[(f32, f32)], stroke: Stroke) {
        if points.len() < 2 {
            return;
        }
        self.set_stroke(stroke);
        let pts = points.iter().map(|&(x, y)| self.pt(x, y)).collect();
        self.page().ops.push(Op::DrawLine {
            line: Line {
                points: pts,
                is_closed: false,
            },
        });
    }

    pub fn polygon(&mut self, points: &[(f32, f32)], paint: Paint) {
        if points.len() < 3 {
            return;
        }
        let Some(mode) = self.apply(paint) else {
            return;
        };
        let pts = points.iter().map(|&(x, y)| self.pt(x, y)).collect();
        self.page().ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points: pts }],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    /// A circle from four cubic Bézier arcs.
    pub fn circle(&mut self, cx: f32, cy: f32, r: f32, paint: Paint) {
        let Some(mode) = self.apply(paint) else {
            return;
        };
        const K: f32 = 0.552_284_8;
        let k = r * K;
        let p = |x: f32, y: f32, bezier: bool| LinePoint {
            p: Point {
                x: Pt(x),
                y: Pt(self.page_h - y),
            },
            bezier,
        };
        // Top-down y: `cy - r` is the top of the circle.
        let pts = vec![
            p(cx + r, cy, false),
            p(cx + r, cy - k, true),
            p(cx + k, cy - r, true),
            p(cx, cy - r, false),
            p(cx - k, cy - r, true),
            p(cx - r, cy - k, true),
            p(cx - r, cy, false),
            p(cx - r, cy + k, true),
            p(cx - k, cy + r, true),
            p(cx, cy + r, false),
            p(cx + k, cy + r, true),
            p(cx + r, cy + k, true),
            p(cx + r, cy, false),
        ];
        self.page().ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points: pts }],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
}
