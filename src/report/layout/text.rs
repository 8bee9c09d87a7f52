//! Text on the page: checking characters against the font, measuring, wrapping,
//! shortening, and drawing lines and paragraphs.

use printpdf::{Codepoint, DictItem, FontId, Op, PdfFontHandle, Pt, TextItem, TextMatrix};

use super::{Doc, FONT_BENGALI, FONT_BENGALI_BOLD, FONT_BOLD, FONT_REGULAR, Style, is_rtl};
use crate::report::bengali::{self, Run};
use crate::report::fonts::Weight;

fn latin_font(w: Weight) -> &'static str {
    match w {
        Weight::Regular => FONT_REGULAR,
        Weight::Bold => FONT_BOLD,
    }
}

/// A text matrix as its six numbers.
fn raw(m: &TextMatrix) -> [f32; 6] {
    match m {
        TextMatrix::Translate(x, y) => [1.0, 0.0, 0.0, 1.0, x.0, y.0],
        TextMatrix::TranslateRotate(x, y, deg) => {
            let (sin, cos) = deg.to_radians().sin_cos();
            [cos, sin, -sin, cos, x.0, y.0]
        }
        TextMatrix::Raw(r) => *r,
    }
}

/// `m` moved `dx` along its baseline and `dy` up from it (in pt).
fn moved(m: [f32; 6], dx: f32, dy: f32) -> [f32; 6] {
    let [a, b, c, d, e, f] = m;
    [a, b, c, d, e + a * dx + c * dy, f + b * dx + d * dy]
}

/// `BDC /Span << /ActualText (…) >>`: extraction reads `text` for what the span draws.
fn actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        data.extend(u.to_be_bytes());
    }
    let map = std::collections::BTreeMap::from([(
        "ActualText".to_owned(),
        DictItem::String {
            data,
            literal: false,
        },
    )]);
    Op::BeginMarkedContentWithProperties {
        tag: "Span".to_owned(),
        properties: DictItem::Dict { map },
    }
}

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
                    // A word wider than the line: break it between characters, never
                    // inside a Bengali syllable.
                    cur_w = 0.0;
                    for piece in pieces(word) {
                        let cw = self.measure(piece, st);
                        if !cur.is_empty() && cur_w + cw > width {
                            lines.push(std::mem::take(&mut cur));
                            cur_w = 0.0;
                        }
                        cur.push_str(piece);
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
        for piece in pieces(s) {
            let cw = self.measure(piece, st);
            if w + cw + ell > width {
                break;
            }
            out.push_str(piece);
            w += cw;
        }
        out.push('…');
        out
    }

    /// Characters the fonts lack, replaced without a warning: a safety net for text
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
        if !text.chars().any(bengali::is_bengali) {
            self.show_run(matrix, st, latin_font(st.weight), TextItem::Text(text));
            return;
        }
        // Runs one after the other along the baseline, whatever the matrix's rotation.
        let m = raw(&matrix);
        let mut dx = 0.0;
        for run in bengali::runs(&text) {
            match run {
                Run::Latin(t) => {
                    let at = TextMatrix::Raw(moved(m, dx, 0.0));
                    self.show_run(at, st, latin_font(st.weight), TextItem::Text(t.to_owned()));
                    dx += self.measure(t, st);
                }
                Run::Bengali(t) => dx += self.show_bengali(m, dx, st, t),
            }
        }
    }

    /// Open a text section in `font` at the style's size (set only when it changed).
    fn begin_text(&mut self, st: Style, font: &'static str) {
        let p = self.page();
        p.ops.push(Op::StartTextSection);
        if p.font != Some((font, st.size)) {
            p.ops.push(Op::SetFont {
                font: PdfFontHandle::External(FontId(font.to_owned())),
                size: Pt(st.size),
            });
            p.font = Some((font, st.size));
        }
    }

    /// One run in one font, in its own text section.
    fn show_run(&mut self, matrix: TextMatrix, st: Style, font: &'static str, item: TextItem) {
        self.begin_text(st, font);
        let p = self.page();
        p.ops.push(Op::SetTextMatrix { matrix });
        p.ops.push(Op::ShowText { items: vec![item] });
        p.ops.push(Op::EndTextSection);
    }

    /// A Bengali run, shaped, `dx` pt along the baseline of `m`: each glyph placed where
    /// the shaper put it, the whole run marked with its text so that copying and text
    /// extraction give back the words. Returns its advance in pt.
    fn show_bengali(&mut self, m: [f32; 6], dx: f32, st: Style, t: &str) -> f32 {
        let shaped = self.fonts.bengali(st.weight).shaper.shape(t);
        let font = match st.weight {
            Weight::Regular => FONT_BENGALI,
            Weight::Bold => FONT_BENGALI_BOLD,
        };
        let k = st.size / 1000.0;
        self.begin_text(st, font);
        let p = self.page();
        p.ops.push(actual_text(t));
        for g in shaped.glyphs {
            let at = moved(m, dx + g.x * k, g.y * k);
            p.ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Raw(at),
            });
            let glyph = Codepoint {
                gid: g.gid,
                offset: 0.0,
                // Further glyphs of a cluster map to nothing visible; the span's text
                // is what extraction uses.
                cid: Some(g.text.unwrap_or_else(|| "\u{200B}".to_owned())),
            };
            p.ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(vec![glyph])],
            });
        }
        p.ops.push(Op::EndMarkedContent);
        p.ops.push(Op::EndTextSection);
        shaped.advance * k
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

/// `word` cut where a line may break inside it: between characters, but never inside a
/// Bengali syllable.
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in word.char_indices() {
        if let Some(p) = prev
            && bengali::may_break_between(p, c)
        {
            out.push(&word[start..i]);
            start = i;
        }
        prev = Some(c);
    }
    if start < word.len() {
        out.push(&word[start..]);
    }
    out
}
