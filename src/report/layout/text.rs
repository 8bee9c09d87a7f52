//! Text on the page: checking characters against the font, measuring, wrapping,
//! shortening, and drawing lines and paragraphs.

use printpdf::{FontId, Op, PdfFontHandle, Pt, TextItem, TextMatrix};

use super::{Doc, FONT_BOLD, FONT_REGULAR, Style, is_rtl};
use crate::report::fonts::Weight;

impl Doc {
    /// Check `text` against the font: keep what it can show, replace the rest with a
    /// visible mark and remember which characters were replaced where (`context`).
    /// Line breaks are kept as `\n` (CR LF and CR count as one break); tabs become spaces.
    pub fn clean(&mut self, text: &str, context: &str) -> String {
        let simple = text
            .chars()
            .all(|c| c == '\n' || (c != '\r' && c != '\t' && self.fonts.supports(c)));
        if text.chars().any(is_rtl) && !self.replaced.rtl.iter().any(|c| c == context) {
            self.replaced.rtl.push(context.to_owned());
        }
        if simple {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\n' => out.push('\n'),
                '\r' => {
                    if chars.peek() != Some(&'\n') {
                        out.push('\n');
                    }
                }
                '\t' => out.push(' '),
                c if self.fonts.supports(c) => out.push(c),
                c => {
                    out.push(self.fonts.replacement);
                    if !self.replaced.chars.contains_key(context) {
                        self.replaced.order.push(context.to_owned());
                    }
                    self.replaced
                        .chars
                        .entry(context.to_owned())
                        .or_default()
                        .insert(c);
                }
            }
        }
        out
    }

    /// Width of `s` in pt.
    pub fn measure(&self, s: &str, st: Style) -> f32 {
        self.fonts.width(s, st.weight, st.size)
    }

    /// Break `text` into lines no wider than `width`: at spaces where possible, inside
    /// a word only when the word alone is too wide. `\n` starts a new line. Nothing is
    /// dropped except spaces at line breaks.
    pub fn wrap(&self, text: &str, st: Style, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let space = self.measure(" ", st);
        for para in text.split('\n') {
            let mut cur = String::new();
            let mut cur_w = 0.0;
            for word in para.split(' ').filter(|w| !w.is_empty()) {
                let ww = self.measure(word, st);
                if !cur.is_empty() && cur_w + space + ww <= width {
                    cur.push(' ');
                    cur.push_str(word);
                    cur_w += space + ww;
                    continue;
                }
                if !cur.is_empty() {
                    lines.push(std::mem::take(&mut cur));
                }
                if ww <= width {
                    cur = word.to_owned();
                    cur_w = ww;
                } else {
                    // A word wider than the line: break it between characters.
                    cur_w = 0.0;
                    for c in word.chars() {
                        let cw = self.measure(c.encode_utf8(&mut [0; 4]), st);
                        if !cur.is_empty() && cur_w + cw > width {
                            lines.push(std::mem::take(&mut cur));
                            cur_w = 0.0;
                        }
                        cur.push(c);
                        cur_w += cw;
                    }
                }
            }
            lines.push(cur);
        }
        while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        lines
    }

    /// `s` shortened with an ellipsis to fit `width` (only for running headers and
    /// footers, which repeat text shown in full elsewhere).
    pub fn ellipsize(&self, s: &str, st: Style, width: f32) -> String {
        if self.measure(s, st) <= width {
            return s.to_owned();
        }
        let ell = self.measure("…", st);
        let mut out = String::new();
        let mut w = 0.0;
        for c in s.chars() {
            let cw = self.measure(c.encode_utf8(&mut [0; 4]), st);
            if w + cw + ell > width {
                break;
            }
            out.push(c);
            w += cw;
        }
        out.push('…');
        out
    }

    /// Characters the font lacks, replaced without a warning: a safety net for text
    /// that did not come through [`Self::clean`] (fixed labels).
    pub(super) fn safe<'s>(&self, s: &'s str) -> std::borrow::Cow<'s, str> {
        if s.chars().all(|c| self.fonts.supports(c)) {
            std::borrow::Cow::Borrowed(s)
        } else {
            std::borrow::Cow::Owned(
                s.chars()
                    .map(|c| {
                        if self.fonts.supports(c) {
                            c
                        } else {
                            self.fonts.replacement
                        }
                    })
                    .collect(),
            )
        }
    }

    pub(super) fn show(&mut self, matrix: TextMatrix, st: Style, s: &str) {
        if s.is_empty() {
            return;
        }
        let text = self.safe(s).into_owned();
        self.set_fill(st.color);
        let p = self.page();
        p.ops.push(Op::StartTextSection);
        if p.font != Some((st.weight, st.size)) {
            let id = match st.weight {
                Weight::Regular => FONT_REGULAR,
                Weight::Bold => FONT_BOLD,
            };
            p.ops.push(Op::SetFont {
                font: PdfFontHandle::External(FontId(id.to_owned())),
                size: Pt(st.size),
            });
            p.font = Some((st.weight, st.size));
        }
        p.ops.push(Op::SetTextMatrix { matrix });
        p.ops.push(Op::ShowText {
            items: vec![TextItem::Text(text)],
        });
        p.ops.push(Op::EndTextSection);
    }

    /// One line of text with its baseline at top-down `y`.
    pub fn text(&mut self, x: f32, y: f32, st: Style, s: &str) {
        let m = TextMatrix::Translate(Pt(x), Pt(self.page_h - y));
        self.show(m, st, s);
    }
    pub fn text_right(&mut self, x_right: f32, y: f32, st: Style, s: &str) {
        let w = self.measure(s, st);
        self.text(x_right - w, y, st, s);
    }
    pub fn text_center(&mut self, x_mid: f32, y: f32, st: Style, s: &str) {
        let w = self.measure(s, st);
        self.text(x_mid - w / 2.0, y, st, s);
    }
    /// Text read bottom to top, starting at (`x`, `y`) on its baseline.
    pub fn text_up(&mut self, x: f32, y: f32, st: Style, s: &str) {
        let m = TextMatrix::Raw([0.0, 1.0, -1.0, 0.0, x, self.page_h - y]);
        self.show(m, st, s);
    }

    /// Wrapped lines at the cursor, moving it down; breaks pages between lines.
    pub fn paragraph(&mut self, x: f32, width: f32, st: Style, text: &str) {
        for line in self.wrap(text, st, width) {
            self.ensure(st.line_height());
            let y = self.y;
            self.text(x, y + st.baseline(), st, &line);
            self.y += st.line_height();
        }
    }
}
