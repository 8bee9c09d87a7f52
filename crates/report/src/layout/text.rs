//! Text on the page: checking characters against the font, measuring, wrapping,
//! shortening, and drawing lines and paragraphs.

use super::{Doc, FontKey, Style, is_rtl};
use crate::bengali::{self, Run};
use crate::fonts::Weight;

fn latin_font(w: Weight) -> FontKey {
    match w {
        Weight::Regular => FontKey::Regular,
        Weight::Bold => FontKey::Bold,
    }
}

/// `m` moved `dx` along its baseline and `dy` up from it (in pt).
fn moved(m: [f32; 6], dx: f32, dy: f32) -> [f32; 6] {
    let [a, b, c, d, e, f] = m;
    [a, b, c, d, e + a * dx + c * dy, f + b * dx + d * dy]
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

    /// `s` drawn with its baseline along text matrix `m` (PDF space).
    pub(super) fn show(&mut self, m: [f32; 6], st: Style, s: &str) {
        if s.is_empty() {
            return;
        }
        let text = self.safe(s).into_owned();
        self.set_fill(st.color);
        if !text.chars().any(bengali::is_bengali) {
            self.show_run(m, st, latin_font(st.weight), &text);
            return;
        }
        // Runs one after the other along the baseline, whatever the matrix's rotation.
        let mut dx = 0.0;
        for run in bengali::runs(&text) {
            match run {
                Run::Latin(t) => {
                    self.show_run(moved(m, dx, 0.0), st, latin_font(st.weight), t);
                    dx += self.measure(t, st);
                }
                Run::Bengali(t) => dx += self.show_bengali(m, dx, st, t),
            }
        }
    }

    /// Open a text section in `font` at the style's size (set only when it changed).
    fn begin_text(&mut self, st: Style, font: FontKey) {
        let name = self.used[font as usize].resource;
        self.mark(true);
        let p = self.page();
        let set = p.font != Some((font, st.size));
        p.font = Some((font, st.size));
        let out = p.out();
        out.begin_text();
        if set {
            out.font(name, st.size);
        }
    }

    /// One run in one font, one glyph per character, in its own text section.
    fn show_run(&mut self, m: [f32; 6], st: Style, font: FontKey, text: &str) {
        self.begin_text(st, font);
        let used = &mut self.used[font as usize];
        // Glyph 0 (.notdef) is never drawn (PDF/A, PDF/UA): a character the font lacks
        // was replaced before (`safe`); what is left is a zero-width joiner it lacks.
        let gids: Vec<u16> = text
            .chars()
            .map(|c| used.char_glyph(c))
            .filter(|&g| g != 0)
            .collect();
        let out = self.out();
        out.text_matrix(m);
        out.show_glyphs(gids);
        out.end_text();
    }

    /// A Bengali run, shaped, `dx` pt along the baseline of `m`: each glyph placed where
    /// the shaper put it, the whole run marked with its text so that copying and text
    /// extraction give back the words. Returns its advance in pt.
    fn show_bengali(&mut self, m: [f32; 6], dx: f32, st: Style, t: &str) -> f32 {
        let shaped = self.fonts.bengali(st.weight).shaper.shape(t);
        let font = match st.weight {
            Weight::Regular => FontKey::Bengali,
            Weight::Bold => FontKey::BengaliBold,
        };
        let k = st.size / 1000.0;
        self.begin_text(st, font);
        let lang = (!self.lang().starts_with("bn")).then_some("bn");
        self.out().begin_actual_text(t, lang);
        for g in shaped.glyphs.into_iter().filter(|g| g.gid != 0) {
            // Further glyphs of a cluster map to nothing visible; the span's text is
            // what extraction uses.
            let text = g.text.as_deref().unwrap_or("\u{200B}");
            let gid = self.used[font as usize].glyph(g.gid, text);
            let out = self.out();
            out.text_matrix(moved(m, dx + g.x * k, g.y * k));
            out.show_glyphs([gid]);
        }
        let out = self.out();
        out.end_marked();
        out.end_text();
        shaped.advance * k
    }

    /// One line of text with its baseline at top-down `y`.
    pub fn text(&mut self, x: f32, y: f32, st: Style, s: &str) {
        self.show([1.0, 0.0, 0.0, 1.0, x, self.page_h - y], st, s);
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
        self.show([0.0, 1.0, -1.0, 0.0, x, self.page_h - y], st, s);
    }

    /// Wrapped lines at the cursor, moving it down; breaks pages between lines. Drawn
    /// straight into a section (not a heading or a cell), it is a paragraph of its own.
    pub fn paragraph(&mut self, x: f32, width: f32, st: Style, text: &str) {
        let own = self.tags.holds_groups();
        if own {
            self.begin(pdf_writer::types::StructRole::P);
        }
        for line in self.wrap(text, st, width) {
            self.ensure(st.line_height());
            let y = self.y;
            self.text(x, y + st.baseline(), st, &line);
            self.y += st.line_height();
        }
        if own {
            self.end();
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
