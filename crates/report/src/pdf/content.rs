//! A page's content stream as it is drawn: PDF operators written straight into bytes,
//! so a page costs its encoded size, not a list of operation values.

use std::io::Write as _;

/// How a path is painted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PaintOp {
    Fill,
    Stroke,
    FillStroke,
}

impl PaintOp {
    fn op(self) -> &'static [u8] {
        match self {
            PaintOp::Fill => b"f",
            PaintOp::Stroke => b"S",
            PaintOp::FillStroke => b"B",
        }
    }
}

/// Operators in PDF's own bottom-up coordinates, in pt.
#[derive(Default)]
pub(crate) struct Content {
    pub buf: Vec<u8>,
}

impl Content {
    /// A number with at most three decimals, trailing zeros dropped: a thousandth of a
    /// point is far below what a printer or a viewer shows.
    pub fn num(&mut self, v: f32) {
        let v = if v.is_finite() { v } else { 0.0 };
        let scaled = (f64::from(v) * 1000.0).round() as i64;
        if scaled < 0 {
            self.buf.push(b'-');
        }
        let a = scaled.unsigned_abs();
        let (int, frac) = (a / 1000, a % 1000);
        // Writing to a Vec cannot fail.
        let _ = write!(self.buf, "{int}");
        if frac != 0 {
            let digits = [
                b'0' + (frac / 100) as u8,
                b'0' + (frac / 10 % 10) as u8,
                b'0' + (frac % 10) as u8,
            ];
            let mut n = 3;
            while digits[n - 1] == b'0' {
                n -= 1;
            }
            self.buf.push(b'.');
            self.buf.extend_from_slice(&digits[..n]);
        }
        self.buf.push(b' ');
    }

    fn nums(&mut self, vs: &[f32]) {
        for &v in vs {
            self.num(v);
        }
    }

    fn op(&mut self, op: &[u8]) {
        self.buf.extend_from_slice(op);
        self.buf.push(b'\n');
    }

    fn rgb(&mut self, c: (u8, u8, u8), op: &[u8]) {
        for v in [c.0, c.1, c.2] {
            self.num(f32::from(v) / 255.0);
        }
        self.op(op);
    }

    pub fn fill_color(&mut self, c: (u8, u8, u8)) {
        self.rgb(c, b"rg");
    }
    pub fn stroke_color(&mut self, c: (u8, u8, u8)) {
        self.rgb(c, b"RG");
    }
    pub fn line_width(&mut self, w: f32) {
        self.num(w);
        self.op(b"w");
    }
    /// A dash pattern, or a solid line for `None`.
    pub fn dash(&mut self, dash: Option<(f32, f32)>) {
        self.buf.push(b'[');
        if let Some((on, off)) = dash {
            self.nums(&[on, off]);
        }
        self.buf.extend_from_slice(b"] 0 d\n");
    }

    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, paint: PaintOp) {
        self.nums(&[x, y, w, h]);
        self.op(b"re");
        self.op(paint.op());
    }
    pub fn move_to(&mut self, x: f32, y: f32) {
        self.nums(&[x, y]);
        self.op(b"m");
    }
    pub fn line_to(&mut self, x: f32, y: f32) {
        self.nums(&[x, y]);
        self.op(b"l");
    }
    pub fn curve_to(&mut self, c: [(f32, f32); 3]) {
        for (x, y) in c {
            self.nums(&[x, y]);
        }
        self.op(b"c");
    }
    /// Paint the path built so far; a closed path gets `h` first.
    pub fn paint(&mut self, closed: bool, paint: PaintOp) {
        if closed {
            self.op(b"h");
        }
        self.op(paint.op());
    }

    pub fn begin_text(&mut self) {
        self.op(b"BT");
    }
    pub fn end_text(&mut self) {
        self.op(b"ET");
    }
    pub fn font(&mut self, name: &str, size: f32) {
        self.buf.push(b'/');
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.push(b' ');
        self.num(size);
        self.op(b"Tf");
    }
    pub fn text_matrix(&mut self, m: [f32; 6]) {
        self.nums(&m);
        self.op(b"Tm");
    }
    /// Show glyphs by their two-byte codes (Identity-H).
    pub fn show_glyphs(&mut self, gids: impl IntoIterator<Item = u16>) {
        self.buf.push(b'<');
        for g in gids {
            hex4(&mut self.buf, g);
        }
        self.op(b"> Tj");
    }
    /// `/Span << /ActualText (…) >> BDC`: extraction reads `text` for what follows,
    /// and a screen reader reads it in `lang` when that differs from the document's.
    pub fn begin_actual_text(&mut self, text: &str, lang: Option<&str>) {
        self.buf.extend_from_slice(b"/Span <<");
        if let Some(lang) = lang {
            self.buf.extend_from_slice(b"/Lang (");
            self.buf.extend_from_slice(lang.as_bytes());
            self.buf.extend_from_slice(b") ");
        }
        self.buf.extend_from_slice(b"/ActualText <FEFF");
        for u in text.encode_utf16() {
            hex4(&mut self.buf, u);
        }
        self.buf.extend_from_slice(b">>> BDC\n");
    }
    /// Content of structure element `tag`, as marked-content id `mcid` of the page.
    pub fn begin_tagged(&mut self, tag: &[u8], mcid: u32) {
        self.buf.push(b'/');
        self.buf.extend_from_slice(tag);
        // Writing to a Vec cannot fail.
        let _ = writeln!(self.buf, " <</MCID {mcid}>> BDC");
    }
    /// What follows is not content: running heads, page numbers, rules.
    pub fn begin_artifact(&mut self) {
        self.op(b"/Artifact BMC");
    }
    pub fn end_marked(&mut self) {
        self.op(b"EMC");
    }
}

/// Four upper-case hex digits.
pub(crate) fn hex4(out: &mut Vec<u8>, v: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        out.push(HEX[usize::from((v >> shift) & 0xF)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(f: impl FnOnce(&mut Content)) -> String {
        let mut c = Content::default();
        f(&mut c);
        String::from_utf8(c.buf).unwrap()
    }

    #[test]
    fn numbers_are_short_and_exact_to_a_thousandth() {
        assert_eq!(text(|c| c.num(0.0)), "0 ");
        assert_eq!(text(|c| c.num(12.5)), "12.5 ");
        assert_eq!(text(|c| c.num(-0.25)), "-0.25 ");
        assert_eq!(text(|c| c.num(841.89)), "841.89 ");
        assert_eq!(text(|c| c.num(1.0 / 3.0)), "0.333 ");
        assert_eq!(text(|c| c.num(-0.0004)), "0 ");
        assert_eq!(text(|c| c.num(f32::NAN)), "0 ");
    }

    #[test]
    fn operators_read_as_pdf() {
        let s = text(|c| {
            c.fill_color((255, 0, 128));
            c.dash(Some((3.0, 2.0)));
            c.dash(None);
            c.rect(1.0, 2.0, 3.0, 4.0, PaintOp::FillStroke);
            c.begin_text();
            c.font("F1", 9.5);
            c.text_matrix([1.0, 0.0, 0.0, 1.0, 40.0, 800.0]);
            c.show_glyphs([1, 0x2A]);
            c.end_text();
            c.begin_actual_text("ক", None);
            c.begin_actual_text("ক", Some("bn"));
            c.begin_tagged(b"P", 3);
            c.begin_artifact();
        });
        assert_eq!(
            s,
            "1 0 0.502 rg\n[3 2 ] 0 d\n[] 0 d\n1 2 3 4 re\nB\nBT\n/F1 9.5 Tf\n\
             1 0 0 1 40 800 Tm\n<0001002A> Tj\nET\n/Span <</ActualText <FEFF0995>>> BDC\n\
             /Span <</Lang (bn) /ActualText <FEFF0995>>> BDC\n/P <</MCID 3>> BDC\n/Artifact BMC\n"
        );
    }
}
