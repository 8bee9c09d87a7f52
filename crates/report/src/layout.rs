//! A small page layout engine that writes PDF content as it goes.
//!
//! [`Doc`] owns the page being built, a top-down cursor (`y`, in pt from the top edge of
//! the page), text measuring and wrapping, the check of every character against the font
//! (anything it cannot show is replaced visibly and reported), simple vector shapes, and
//! the final step: running headers, footers with page numbers, and a byte-stable file.
//! A page's drawing is handed to [`super::pdf`] as soon as the next page starts; what is
//! drawn on it later (a contents list filled in, headers and footers) goes into a second,
//! small content stream of that page. All coordinates here are top-down; the conversion
//! to PDF's bottom-up space happens only where operators are written.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use codi_i18n::Texts;

use super::Paper;
use super::fonts::{FontSet, Weight};
use super::pdf::Sink;
use super::pdf::content::Content;
use super::pdf::font::FontUse;
use super::pdf::tags::{Target, Tree};

/// Colours come from the one look shared with the screen.
pub(crate) use crate::look::Rgb as Rgb8;
use crate::look::print;

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

/// The embedded faces, in the order of [`Doc::used`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FontKey {
    Regular,
    Bold,
    Bengali,
    BengaliBold,
}

/// One page, with the graphics state last written on it so repeated settings are not
/// written again (its two streams are drawn one after the other, so state carries).
struct PageBuf {
    /// The page's drawing until the next page starts.
    body: Content,
    /// The body's stream once handed to the writer.
    body_id: Option<pdf_writer::Ref>,
    /// What is drawn on the page after that.
    late: Content,
    header: String,
    /// The font and size last set on this page.
    font: Option<(FontKey, f32)>,
    fill: Option<Rgb8>,
    outline: Option<Rgb8>,
    line_width: Option<f32>,
    dash: Option<Option<(f32, f32)>>,
    /// The marked-content sequence open in the stream drawn to now.
    marked: Option<Target>,
}

impl PageBuf {
    /// Where drawing on this page goes now.
    fn out(&mut self) -> &mut Content {
        if self.body_id.is_some() {
            &mut self.late
        } else {
            &mut self.body
        }
    }

    fn new(header: String) -> Self {
        Self {
            body: Content::default(),
            body_id: None,
            late: Content::default(),
            header,
            font: None,
            fill: None,
            outline: None,
            line_width: None,
            dash: None,
            marked: None,
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
    /// The mark above every page's header for a round not yet validated ("DRAFT: not
    /// validated"); empty for none.
    pub draft: &'a str,
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
    /// Finished page content on its way into the file.
    sink: Sink,
    /// The four faces as this document uses them.
    used: [FontUse; 4],
    /// The report's language: every fixed word comes from here.
    pub t: Arc<Texts>,
    /// The structure tree (tagged PDF), built as the document is laid out.
    tags: Tree,
    /// The level section headings get (2 in a report, 3 inside a ministry's pages in
    /// the workshop report).
    pub section_level: u8,
}

impl Doc {
    pub fn new(paper: Paper, fonts: &'static FontSet, t: Arc<Texts>) -> Self {
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
            sink: Sink::new(),
            used: [
                FontUse::new("CODIRG", &fonts.regular),
                FontUse::new("CODIBD", &fonts.bold),
                FontUse::new("CODIBN", &fonts.bengali.face),
                FontUse::new("CODIBB", &fonts.bengali_bold.face),
            ],
            t,
            tags: Tree::new(),
            section_level: 2,
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
        self.seal_last();
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
    /// Hand the last page's drawing to the writer; later drawing on it goes to its
    /// second stream.
    fn seal_last(&mut self) {
        if let Some(last) = self.pages.len().checked_sub(1) {
            self.close_marked(last);
        }
        if let Some(p) = self.pages.last_mut()
            && p.body_id.is_none()
        {
            let body = std::mem::take(&mut p.body.buf);
            p.body_id = Some(self.sink.content(body));
        }
    }

    /// An outline entry pointing at the current page.
    pub fn bookmark(&mut self, name: String) {
        self.bookmarks.push((name, self.page_number().max(1)));
    }
}

mod finish;
mod mark;
mod shapes;
mod text;

#[cfg(test)]
mod tests;
