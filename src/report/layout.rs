//! A small page layout engine on printpdf's op lists.
//!
//! [`Doc`] owns the pages being built, a top-down cursor (`y`, in pt from the top edge of
//! the page), text measuring and wrapping, the check of every character against the font
//! (anything it cannot show is replaced visibly and reported), simple vector shapes, and
//! the final step: running headers, footers with page numbers, and a byte-stable save.
//! All coordinates here are top-down; the conversion to PDF's bottom-up space happens only
//! where ops are emitted.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{Color, Op, Rgb};

use super::Paper;
use super::fonts::{FontSet, Weight};

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
const FONT_BENGALI: &str = "CODIBN";
const FONT_BENGALI_BOLD: &str = "CODIBNBD";

/// One page being built, with the graphics state last emitted on it so repeated
/// settings are not written again.
struct PageBuf {
    ops: Vec<Op>,
    header: String,
    /// The font and size last set on this page.
    font: Option<(&'static str, f32)>,
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
}

mod finish;
mod shapes;
mod text;

#[cfg(test)]
mod tests;
