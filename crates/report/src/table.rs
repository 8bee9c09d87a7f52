//! Tables whose rows never split across pages, except a row taller than a whole page,
//! which is split between lines as a last resort so nothing is ever dropped.
//!
//! A cell is a list of [`Item`]s (already wrapped lines, small graphics); a row break
//! can only fall between items. The header is redrawn on every page the table reaches.

use pdf_writer::types::StructRole;

use super::charts::{self, ScaleInfo};
use super::layout::{Doc, Paint, Rgb8, Stroke, Style};
use crate::look::print;
use crate::model::Answer;
use crate::model::stats::Distribution;
use crate::pdf::tags::ElemId;

/// One unbreakable piece of a cell.
pub(crate) enum Item {
    /// One line of text.
    Text(String, Style),
    Gap(f32),
    /// A level swatch with its code, then a label (e.g. "3" + "Established").
    Badge(Option<Answer>, String, Style),
    /// A filled bar for a share (0-1), with the text shown next to it.
    Bar(f32, String),
    /// How the ministries answered one area (named), as a 100% bar.
    Dist(Distribution, String),
}

impl Item {
    fn height(&self) -> f32 {
        match self {
            Item::Text(_, st) => st.line_height(),
            Item::Gap(h) => *h,
            Item::Badge(_, _, st) => (st.line_height() + 2.0).max(13.0),
            Item::Bar(..) => 11.0,
            Item::Dist(..) => 12.0,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
}

/// What fills a cell's background.
pub(crate) enum Fill {
    None,
    /// A level-coloured cell showing the answer's code (the heatmap).
    Answer(Option<Answer>, f32),
}

pub(crate) struct Cell {
    pub items: Vec<Item>,
    pub align: Align,
    pub fill: Fill,
}

impl Cell {
    pub fn new(items: Vec<Item>) -> Self {
        Self {
            items,
            align: Align::Left,
            fill: Fill::None,
        }
    }
    pub fn aligned(items: Vec<Item>, align: Align) -> Self {
        Self {
            items,
            align,
            fill: Fill::None,
        }
    }
    /// A heatmap cell: colour by level, code in the middle at `size` pt.
    pub fn answer(answer: Option<Answer>, size: f32) -> Self {
        Self {
            items: Vec::new(),
            align: Align::Center,
            fill: Fill::Answer(answer, size),
        }
    }
    /// Wrapped text as one item per line.
    pub fn text(doc: &Doc, text: &str, st: Style, width: f32) -> Vec<Item> {
        doc.wrap(text, st, width)
            .into_iter()
            .map(|l| Item::Text(l, st))
            .collect()
    }
}

/// Column layout and the header drawer of one table.
pub(crate) struct Table<'a> {
    pub x: f32,
    pub widths: Vec<f32>,
    /// Inner padding of every cell.
    pub pad: f32,
    pub min_row: f32,
    pub header_height: f32,
    /// Draws the header at the cursor and moves the cursor below it.
    pub header: &'a dyn Fn(&mut Doc),
    pub scale: &'a ScaleInfo,
}

impl<'a> Table<'a> {
    /// A table under a 14 pt header band (see `blocks::band`), cells padded by 3 pt.
    pub fn banded(
        x: f32,
        widths: Vec<f32>,
        min_row: f32,
        header: &'a dyn Fn(&mut Doc),
        scale: &'a ScaleInfo,
    ) -> Self {
        Table {
            x,
            widths,
            pad: 3.0,
            min_row,
            header_height: 14.0,
            header,
            scale,
        }
    }

    /// Inner width of column `i` (what text wraps to).
    pub fn inner(&self, i: usize) -> f32 {
        self.widths.get(i).map_or(0.0, |w| w - 2.0 * self.pad)
    }

    /// Height of a row, or of as much of it as fits on an empty page.
    pub fn height(&self, doc: &Doc, cells: &[Cell]) -> f32 {
        let content = cells
            .iter()
            .map(|c| c.items.iter().map(Item::height).sum::<f32>())
            .fold(self.min_row - 2.0 * self.pad, f32::max);
        (content + 2.0 * self.pad).min(doc.body_height() - self.header_height)
    }

    /// Draw the header, first moving to a new page unless it and `first_row` pt fit.
    /// The table stays open for rows until [`Self::end`].
    pub fn start(&self, doc: &mut Doc, first_row: f32) {
        doc.ensure(self.header_height + first_row);
        doc.begin(StructRole::Table);
        doc.begin(StructRole::TR);
        (self.header)(doc);
        doc.end();
    }

    /// The table is complete: what is drawn next is not part of it.
    pub fn end(&self, doc: &mut Doc) {
        doc.end();
    }

    /// A new page, with the header repeated as an artifact (it was read once).
    fn break_page(&self, doc: &mut Doc) {
        doc.new_page();
        doc.artifact(|doc| (self.header)(doc));
    }

    /// Add a row: on this page if it fits, else on the next; split between items only
    /// when it is taller than a page.
    pub fn row(&self, doc: &mut Doc, cells: &[Cell]) {
        doc.begin(StructRole::TR);
        // One cell element each, added to by every part of a row split across pages.
        let tds: Vec<Option<ElemId>> = cells
            .iter()
            .map(|_| {
                let td = doc.begin(StructRole::TD);
                doc.end();
                td
            })
            .collect();
        self.row_parts(doc, cells, &tds);
        doc.end();
    }

    fn row_parts(&self, doc: &mut Doc, cells: &[Cell], tds: &[Option<ElemId>]) {
        let pad2 = 2.0 * self.pad;
        let height = |items: &[Item]| items.iter().map(Item::height).sum::<f32>();
        let content = cells
            .iter()
            .map(|c| height(&c.items))
            .fold(self.min_row - pad2, f32::max);
        let full = content + pad2;
        if full <= doc.remaining() {
            self.chunk(doc, cells, tds, &vec![(0, usize::MAX); cells.len()], false);
            return;
        }
        if full <= doc.body_height() - self.header_height {
            self.break_page(doc);
            self.chunk(doc, cells, tds, &vec![(0, usize::MAX); cells.len()], false);
            return;
        }
        // Last resort: a row taller than a page, cut between lines.
        let mut next = vec![0usize; cells.len()];
        let mut first = true;
        loop {
            let avail = doc.remaining() - pad2;
            let need = cells
                .iter()
                .zip(&next)
                .filter_map(|(c, &i)| c.items.get(i).map(Item::height))
                .fold(0.0, f32::max);
            if avail < need.max(self.min_row - pad2) && !doc.at_page_top() {
                self.break_page(doc);
                continue;
            }
            let mut ranges = Vec::with_capacity(cells.len());
            for (c, &start) in cells.iter().zip(&next) {
                let mut used = 0.0;
                let mut end = start;
                while end < c.items.len() {
                    let h = c.items[end].height();
                    // Always take one item so a row cannot stall.
                    if used + h > avail && end > start {
                        break;
                    }
                    used += h;
                    end += 1;
                }
                ranges.push((start, end));
            }
            self.chunk(doc, cells, tds, &ranges, !first);
            for (n, &(_, end)) in next.iter_mut().zip(&ranges) {
                *n = end;
            }
            if cells.iter().zip(&next).all(|(c, &i)| i >= c.items.len()) {
                break;
            }
            first = false;
            self.break_page(doc);
        }
    }

    /// Draw items `ranges[i]` of each cell as one band at the cursor.
    fn chunk(
        &self,
        doc: &mut Doc,
        cells: &[Cell],
        tds: &[Option<ElemId>],
        ranges: &[(usize, usize)],
        continued: bool,
    ) {
        let pad = self.pad;
        let content = cells
            .iter()
            .zip(ranges)
            .map(|(c, &r)| slice(c, r).iter().map(Item::height).sum::<f32>())
            .fold(self.min_row - 2.0 * pad, f32::max);
        let band = content + 2.0 * pad;
        let top = doc.y;
        let mut x = self.x;
        for (i, (cell, &r)) in cells.iter().zip(ranges).enumerate() {
            let w = self.widths.get(i).copied().unwrap_or(0.0);
            doc.reopen(tds.get(i).copied().flatten());
            if let Fill::Answer(a, size) = cell.fill {
                charts::answer_cell(
                    doc,
                    x + 0.75,
                    top + 0.75,
                    w - 1.5,
                    band - 1.5,
                    a,
                    self.scale,
                    size,
                );
            }
            let items = slice(cell, r);
            let mut y = top + pad;
            if continued && i == 0 && items.is_empty() {
                let st = Style::muted(7.0);
                let continued = doc.t.get("report-continued");
                doc.artifact(|doc| doc.text(x + pad, y + st.baseline(), st, &continued));
            }
            for item in items {
                draw_item(doc, item, x + pad, y, w - 2.0 * pad, cell.align, self.scale);
                y += item.height();
            }
            doc.end();
            x += w;
        }
        let width: f32 = self.widths.iter().sum();
        doc.line(
            &[(self.x, top + band), (self.x + width, top + band)],
            Stroke::solid(print::RULE, 0.4),
        );
        doc.y = top + band;
    }
}

/// Items `r.0..r.1` of a cell, clamped to what it has.
fn slice(c: &Cell, r: (usize, usize)) -> &[Item] {
    let end = r.1.min(c.items.len());
    &c.items[r.0.min(end)..end]
}

fn draw_item(doc: &mut Doc, item: &Item, x: f32, y: f32, w: f32, align: Align, scale: &ScaleInfo) {
    match item {
        Item::Text(s, st) => {
            let base = y + st.baseline();
            match align {
                Align::Left => doc.text(x, base, *st, s),
                Align::Center => doc.text_center(x + w / 2.0, base, *st, s),
            }
        }
        Item::Gap(_) => {}
        Item::Badge(answer, label, st) => {
            let h = item.height() - 2.0;
            let bw = 20.0;
            charts::answer_cell(doc, x, y, bw, h, *answer, scale, st.size);
            let base = y + (h - st.line_height()) / 2.0 + st.baseline();
            doc.text(x + bw + 4.0, base, *st, label);
        }
        Item::Bar(fraction, label) => {
            let bw = (w - 34.0).max(10.0);
            let f = fraction.clamp(0.0, 1.0);
            doc.rect(
                x,
                y + 2.0,
                bw,
                7.0,
                Paint::both(Rgb8::WHITE, Stroke::solid(print::RULE, 0.5)),
            );
            if f > 0.0 {
                doc.rect(x, y + 2.0, bw * f, 7.0, Paint::fill(charts::PROGRESS));
            }
            let st = Style::regular(7.5);
            doc.text_right(x + w, y + 1.0 + st.baseline(), st, label);
        }
        Item::Dist(d, area) => {
            let alt = crate::alt::distribution(&doc.t.clone(), area, d);
            doc.begin_figure(&alt);
            charts::distribution_bar(doc, x, y, w, 12.0, d, scale);
            doc.end();
        }
    }
}
