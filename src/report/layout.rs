//! A small page layout engine on printpdf's op lists.
//!
//! [`Doc`] owns the pages being built, a top-down cursor (`y`, in pt from the top edge of
//! the page), text measuring and wrapping, the check of every character against the font
//! (anything it cannot show is replaced visibly and reported), simple vector shapes, and
//! the final step: running headers, footers with page numbers, and a byte-stable save.
//! All coordinates here are top-down; the conversion to PDF's bottom-up space happens only
//! where ops are emitted.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, Rgb, TextItem,
    TextMatrix, WindingOrder,
};

use super::fonts::{FontSet, Weight};
use super::{Paper, Report, ReportError};

/// Colours come from the one look shared with the screen.
pub(crate) use crate::look::Rgb as Rgb8;
use crate::look::print;

/// A colour as printpdf wants it.
fn pdf_color(c: Rgb8) -> Color {
    Color::Rgb(Rgb::new(
        f32::from(c.0) / 255.0,
        f32::from(c.1) / 255.0,
        f32::from(c.2) / 255.0,
        None,
    ))
}

/// Font weight, size and colour of a run of text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Style {
    pub weight: Weight,
    pub size: f32,
    pub color: Rgb8,
}

impl Style {
    pub const fn new(weight: Weight, size: f32, color: Rgb8) -> Self {
        Self {
            weight,
            size,
            color,
        }
    }
    pub const fn regular(size: f32) -> Self {
        Self::new(Weight::Regular, size, print::TEXT)
    }
    pub const fn bold(size: f32) -> Self {
        Self::new(Weight::Bold, size, print::TEXT)
    }
    pub const fn muted(size: f32) -> Self {
        Self::new(Weight::Regular, size, print::MUTED)
    }
    pub const fn with_color(self, color: Rgb8) -> Self {
        Self { color, ..self }
    }
    pub fn line_height(&self) -> f32 {
        self.size * 1.25
    }
    /// From the top of a line box to its baseline: room for capitals and accents above,
    /// descenders below.
    pub fn baseline(&self) -> f32 {
        self.size * 0.96
    }
}

/// A line drawn around or along a shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Stroke {
    pub color: Rgb8,
    pub width: f32,
    /// Dash and gap length in pt; `None` is a solid line.
    pub dash: Option<(f32, f32)>,
}

impl Stroke {
    pub const fn solid(color: Rgb8, width: f32) -> Self {
        Self {
            color,
            width,
            dash: None,
        }
    }
    pub const fn dashed(color: Rgb8, width: f32, on: f32, off: f32) -> Self {
        Self {
            color,
            width,
            dash: Some((on, off)),
        }
    }
}

/// How a shape is painted.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Paint {
    pub fill: Option<Rgb8>,
    pub stroke: Option<Stroke>,
}

impl Paint {
    pub const fn fill(c: Rgb8) -> Self {
        Self {
            fill: Some(c),
            stroke: None,
        }
    }
    pub const fn stroke(s: Stroke) -> Self {
        Self {
            fill: None,
            stroke: Some(s),
        }
    }
    pub const fn both(c: Rgb8, s: Stroke) -> Self {
        Self {
            fill: Some(c),
            stroke: Some(s),
        }
    }
}

/// Resource names of the two embedded faces. Fixed (not printpdf's counter-based ids)
/// so output is byte-stable; the first six letters become the subset tag.
const FONT_REGULAR: &str = "CODIRG";
const FONT_BOLD: &str = "CODIBD";

/// One page being built, with the graphics state last emitted on it so repeated
/// settings are not written again.
struct PageBuf {
    ops: Vec<Op>,
    header: String,
    font: Option<(Weight, f32)>,
    fill: Option<Rgb8>,
    outline: Option<Rgb8>,
    line_width: Option<f32>,
    dash: Option<Option<(f32, f32)>>,
}

impl PageBuf {
    fn new(header: String) -> Self {
        Self {
            ops: Vec::new(),
            header,
            font: None,
            fill: None,
            outline: None,
            line_width: None,
            dash: None,
        }
    }
}

/// Characters replaced per context, kept in the order first seen.
#[derive(Default)]
struct Replaced {
    order: Vec<String>,
    chars: BTreeMap<String, BTreeSet<char>>,
    /// Contexts with right-to-left letters, which are drawn unshaped, left to right.
    rtl: Vec<String>,
}

/// Hebrew and Arabic letters: the font has many of them, but without shaping and
/// bidirectional ordering they do not read correctly.
fn is_rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// What the finished document is called and says in its footer.
pub(crate) struct DocMeta<'a> {
    pub title: &'a str,
    pub subject: &'a str,
    /// Workspace title, shown in every footer (raw; cleaned here).
    pub footer: &'a str,
    pub generated: jiff::civil::Date,
}

/// The document being laid out.
pub(crate) struct Doc {
    pub fonts: &'static FontSet,
    pub page_w: f32,
    pub page_h: f32,
    /// Content box: left and right x, top and bottom y (top-down).
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
    /// The cursor: top-down y on the current page.
    pub y: f32,
    pages: Vec<PageBuf>,
    /// Index of the page being drawn on.
    cur: usize,
    header: String,
    replaced: Replaced,
    bookmarks: Vec<(String, usize)>,
}

impl Doc {
    pub fn new(paper: Paper, fonts: &'static FontSet) -> Self {
        let (page_w, page_h) = paper.size_pt();
        let margin = 40.0;
        Self {
            fonts,
            page_w,
            page_h,
            left: margin,
            right: page_w - margin,
            top: 50.0,
            bottom: page_h - 48.0,
            y: 50.0,
            pages: Vec::new(),
            cur: 0,
            header: String::new(),
            replaced: Replaced::default(),
            bookmarks: Vec::new(),
        }
    }

    // ---- pages and the cursor ----

    pub fn width(&self) -> f32 {
        self.right - self.left
    }
    /// Height of the content box of a page.
    pub fn body_height(&self) -> f32 {
        self.bottom - self.top
    }
    pub fn remaining(&self) -> f32 {
        self.bottom - self.y
    }
    /// 1-based number of the current page (0 before the first page).
    pub fn page_number(&self) -> usize {
        self.pages.len()
    }
    pub fn at_page_top(&self) -> bool {
        self.y <= self.top + 0.5
    }
    /// The running header for pages started from now on (already cleaned text).
    pub fn set_header(&mut self, header: String) {
        self.header = header;
    }
    pub fn new_page(&mut self) {
        self.pages.push(PageBuf::new(self.header.clone()));
        self.cur = self.pages.len() - 1;
        self.y = self.top;
    }
    /// Start a new page unless `h` pt still fit below the cursor (or the page is empty).
    pub fn ensure(&mut self, h: f32) -> bool {
        if self.pages.is_empty() || (self.y + h > self.bottom && !self.at_page_top()) {
            self.new_page();
            true
        } else {
            false
        }
    }
    /// Draw on page `page` (1-based) from now on; returns the page drawn on before.
    /// Used to fill in text whose content is known only later (a contents list).
    pub fn goto(&mut self, page: usize) -> usize {
        let before = self.cur + 1;
        if (1..=self.pages.len()).contains(&page) {
            self.cur = page - 1;
        }
        before
    }
    /// An outline entry pointing at the current page.
    pub fn bookmark(&mut self, name: String) {
        self.bookmarks.push((name, self.page_number().max(1)));
    }

    // ---- text ----

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

    fn page(&mut self) -> &mut PageBuf {
        if self.pages.is_empty() {
            self.new_page();
        }
        &mut self.pages[self.cur]
    }

    fn set_fill(&mut self, c: Rgb8) {
        let p = self.page();
        if p.fill != Some(c) {
            p.ops.push(Op::SetFillColor { col: pdf_color(c) });
            p.fill = Some(c);
        }
    }

    fn set_stroke(&mut self, s: Stroke) {
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

    /// Characters the font lacks, replaced without a warning: a safety net for text
    /// that did not come through [`Self::clean`] (fixed labels).
    fn safe<'s>(&self, s: &'s str) -> std::borrow::Cow<'s, str> {
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

    fn show(&mut self, matrix: TextMatrix, st: Style, s: &str) {
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

    // ---- shapes ----

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

    // ---- finishing ----

    /// The warnings collected so far, replaced characters first.
    fn warnings(&self) -> Vec<String> {
        let mut out = Vec::new();
        for ctx in &self.replaced.order {
            let Some(chars) = self.replaced.chars.get(ctx) else {
                continue;
            };
            let shown: Vec<String> = chars
                .iter()
                .take(8)
                .map(|c| format!("{c} (U+{:04X})", *c as u32))
                .collect();
            let more = if chars.len() > 8 {
                format!(" and {} more", chars.len() - 8)
            } else {
                String::new()
            };
            out.push(format!(
                "{ctx}: the report font cannot show {} distinct character(s); each was replaced by {}: {}{more}",
                chars.len(),
                self.fonts.replacement,
                shown.join(", ")
            ));
        }
        for ctx in &self.replaced.rtl {
            out.push(format!(
                "{ctx}: right-to-left text (Hebrew or Arabic script) is drawn unjoined and left \
                 to right, so it may not read correctly"
            ));
        }
        out
    }

    /// Add running headers and footers, then write the PDF.
    pub fn finish(mut self, meta: &DocMeta<'_>) -> Result<Report, ReportError> {
        if self.pages.is_empty() {
            self.new_page();
        }
        let footer = self.clean(meta.footer, "workspace title");
        let total = self.pages.len();
        let small = Style::muted(7.5);
        let generated = format!("Generated {}", meta.generated);
        let gen_w = self.measure(&generated, small);
        let page_label_w = self.measure(&format!("Page {total} of {total}"), small);
        let footer = self.ellipsize(&footer, small, self.width() - page_label_w - 16.0);
        for i in 0..total {
            self.cur = i;
            let header = self.pages[i].header.clone();
            let head_y = self.top - 22.0;
            if !header.is_empty() {
                let h = self.ellipsize(&header, small, self.width() - gen_w - 16.0);
                self.text(self.left, head_y, small, &h);
            }
            self.text_right(self.right, head_y, small, &generated);
            let rule_y = head_y + 5.0;
            self.line(
                &[(self.left, rule_y), (self.right, rule_y)],
                Stroke::solid(print::RULE, 0.5),
            );
            let foot_y = self.bottom + 26.0;
            self.line(
                &[(self.left, foot_y - 10.0), (self.right, foot_y - 10.0)],
                Stroke::solid(print::RULE, 0.5),
            );
            self.text(self.left, foot_y, small, &footer);
            self.text_right(
                self.right,
                foot_y,
                small,
                &format!("Page {} of {total}", i + 1),
            );
        }
        let warnings = self.warnings();
        let (w, h) = (self.page_w, self.page_h);
        let pages: Vec<PdfPage> = std::mem::take(&mut self.pages)
            .into_iter()
            .map(|p| PdfPage::new(Pt(w).into(), Pt(h).into(), p.ops))
            .collect();
        let page_count = pages.len();

        let mut pdf = PdfDocument::new(meta.title);
        for (id, face) in [
            (FONT_REGULAR, &self.fonts.regular),
            (FONT_BOLD, &self.fonts.bold),
        ] {
            pdf.resources
                .fonts
                .map
                .insert(FontId(id.to_owned()), PdfFont::new(face.parsed.clone()));
        }
        let info = &mut pdf.metadata.info;
        let stamp = meta
            .generated
            .at(0, 0, 0, 0)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp().as_second())
            .unwrap_or(0);
        if let Ok(t) = printpdf::OffsetDateTime::from_unix_timestamp(stamp) {
            info.creation_date = t;
            info.modification_date = t;
            info.metadata_date = t;
        }
        info.document_title = meta.title.to_owned();
        info.subject = meta.subject.to_owned();
        info.creator = "CODI Workshop".to_owned();
        info.producer = format!("CODI Workshop {} (printpdf)", env!("CARGO_PKG_VERSION"));
        pdf.with_pages(pages);
        for (name, page) in &self.bookmarks {
            pdf.add_bookmark(name, *page);
        }
        let opts = PdfSaveOptions {
            optimize: true,
            subset_fonts: true,
            secure: true,
            image_optimization: None,
        };
        let mut pdf_warnings = Vec::new();
        let mut bytes = pdf.save(&opts, &mut pdf_warnings);
        stabilize_trailer_id(&mut bytes);
        let mut warnings = warnings;
        warnings.extend(
            pdf_warnings
                .into_iter()
                .filter(|w| matches!(w.severity, printpdf::PdfParseErrorSeverity::Error))
                .map(|w| format!("PDF writer, page {}: {}", w.page + 1, w.msg)),
        );
        Ok(Report {
            bytes,
            pages: page_count,
            warnings,
        })
    }
}

/// 64-bit FNV-1a, for a content-derived document id.
fn fnv1a(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325_u64 ^ seed;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Replace printpdf's counter-based trailer `/ID` (it differs for every document made in
/// one process) with a hash of the file, so equal input gives equal bytes. The trailer
/// follows the xref table, so same-length bytes can be swapped in place.
fn stabilize_trailer_id(pdf: &mut [u8]) {
    const NEEDLE: &[u8] = b"/ID[(";
    let Some(p) = pdf.windows(NEEDLE.len()).rposition(|w| w == NEEDLE) else {
        return;
    };
    let a = p + NEEDLE.len();
    if pdf.len() < a + 67 || &pdf[a + 32..a + 34] != b")(" || pdf[a + 66] != b')' {
        return;
    }
    let body = &pdf[..p];
    let id = format!("{:016X}{:016X}", fnv1a(body, 0), fnv1a(body, 0x9E37_79B9));
    pdf[a..a + 32].copy_from_slice(id.as_bytes());
    pdf[a + 34..a + 66].copy_from_slice(id.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fonts::fonts;

    fn doc() -> Doc {
        Doc::new(Paper::A4, fonts().unwrap())
    }

    #[test]
    fn wrap_keeps_every_character_and_fits() {
        let d = doc();
        let st = Style::regular(9.0);
        let text = "The group agreed   a level after a long discussion.\nSecond paragraph with \
                    a verylongwordthatcannotfitonalineatallbecauseitgoesonandon and more.";
        let lines = d.wrap(text, st, 80.0);
        assert!(lines.len() > 4);
        for l in &lines {
            assert!(d.measure(l, st) <= 80.0 + 0.01, "{l}");
        }
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(squash(&lines.concat()), squash(text));
        assert_eq!(d.wrap("", st, 50.0), vec![String::new()]);
    }

    #[test]
    fn clean_replaces_visibly_and_reports_once_per_context() {
        let mut d = doc();
        assert_eq!(d.clean("Café – “ok”", "a"), "Café – “ok”");
        assert_eq!(d.clean("a\r\nb\rc\td", "a"), "a\nb\nc d");
        let out = d.clean("সমাজ x", "ministry X name");
        assert_eq!(out.chars().filter(|&c| c == '\u{FFFD}').count(), 4);
        assert!(out.ends_with(" x"));
        d.clean("স", "ministry X name");
        d.clean("وزارة", "ministry Y name");
        let w = d.warnings();
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w[1].starts_with("ministry Y name: right-to-left"),
            "{}",
            w[1]
        );
        assert!(
            w[0].starts_with("ministry X name: the report font cannot show 4 distinct"),
            "{}",
            w[0]
        );
        assert!(w[0].contains("U+09B8"), "{}", w[0]);
    }

    #[test]
    fn contrast_picks_readable_text() {
        for bg in [Rgb8(0xE6, 0x61, 0x01), Rgb8(0x5E, 0x3C, 0x99), print::PANEL] {
            assert!(bg.contrast(bg.text_on()) >= 4.5, "{bg:?}");
        }
        assert_eq!(Rgb8(0x5E, 0x3C, 0x99).text_on(), Rgb8::WHITE);
        assert_eq!(Rgb8(0xE6, 0x61, 0x01).text_on(), Rgb8::BLACK);
    }

    #[test]
    fn trailer_id_is_replaced_by_a_content_hash() {
        let mut a = b"%PDF body\ntrailer<</ID[(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA)(BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB)]>>".to_vec();
        let mut b = a.clone();
        b[58..90].copy_from_slice(&[b'C'; 32]);
        stabilize_trailer_id(&mut a);
        stabilize_trailer_id(&mut b);
        assert_eq!(a, b);
        assert!(!a.windows(4).any(|w| w == b"AAAA"));
    }
}
