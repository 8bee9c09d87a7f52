//! Building blocks both reports use: section headings, muted sublines, label/value
//! pairs and rows of figure boxes.

use pdf_writer::types::{StructRole, TableHeaderScope};

use super::charts;
use super::fonts::Weight;
use super::layout::{Doc, Paint, Rgb8, Style};
use crate::look::print;

const ACCENT_BG: Rgb8 = print::ACCENT_BG;

/// Section heading at the cursor (kept with at least `keep` pt of what follows).
pub(crate) fn heading(doc: &mut Doc, text: &str, keep: f32) {
    let st = Style::bold(11.5);
    doc.ensure(st.line_height() + 8.0 + keep);
    if !doc.at_page_top() {
        doc.y += 6.0;
    }
    let w = doc.width();
    let x = doc.left;
    doc.begin(doc.heading_role(0));
    doc.paragraph(x, w, st, text);
    doc.end();
    doc.y += 2.0;
}

/// Muted explanatory lines under a heading.
pub(crate) fn subline(doc: &mut Doc, text: &str) {
    let st = Style::muted(7.5);
    let (x, w) = (doc.left, doc.width());
    doc.begin(StructRole::P);
    doc.paragraph(x, w, st, text);
    doc.end();
    doc.y += 4.0;
}

/// Label/value pairs in a column, read as a table of two columns with the labels as
/// row headers; returns the height used.
pub(crate) fn pairs(doc: &mut Doc, x: f32, y: f32, width: f32, rows: &[(&str, String)]) -> f32 {
    let lab = Style::new(Weight::Bold, 7.5, print::MUTED);
    let val = Style::regular(8.5);
    let lw = rows
        .iter()
        .map(|(l, _)| doc.measure(l, lab))
        .fold(0.0, f32::max)
        + 8.0;
    let mut cy = y;
    doc.begin(StructRole::Table);
    for (label, value) in rows {
        doc.begin(StructRole::TR);
        doc.begin_header(TableHeaderScope::Row);
        doc.text(x, cy + val.baseline(), lab, label);
        doc.end();
        let lines = doc.wrap(value, val, width - lw);
        doc.begin(StructRole::TD);
        for l in &lines {
            doc.text(x + lw, cy + val.baseline(), val, l);
            cy += val.line_height();
        }
        doc.end();
        doc.end();
        cy += 1.5;
    }
    doc.end();
    cy - y
}

/// A row of figure boxes (label, big value, note); returns the height used.
pub(crate) fn figure_boxes(doc: &mut Doc, y: f32, boxes: &[(&str, String, String)]) -> f32 {
    let n = boxes.len().max(1) as f32;
    let gap = 8.0;
    let bw = (doc.width() - gap * (n - 1.0)) / n;
    let (lab, big, note) = (
        Style::new(Weight::Bold, 7.0, print::MUTED),
        Style::bold(13.0),
        Style::muted(7.0),
    );
    let inner = bw - 12.0;
    let laid: Vec<(Vec<String>, Vec<String>, Vec<String>)> = boxes
        .iter()
        .map(|(l, v, n)| {
            (
                doc.wrap(l, lab, inner),
                doc.wrap(v, big, inner),
                doc.wrap(n, note, inner),
            )
        })
        .collect();
    let h = laid
        .iter()
        .map(|(l, v, n)| {
            l.len() as f32 * lab.line_height()
                + v.len() as f32 * big.line_height()
                + n.len() as f32 * note.line_height()
        })
        .fold(0.0, f32::max)
        + 12.0;
    let mut x = doc.left;
    for (l, v, n) in &laid {
        doc.rect(x, y, bw, h, Paint::fill(ACCENT_BG));
        doc.rect(x, y, 2.5, h, Paint::fill(charts::CURRENT));
        let mut cy = y + 6.0;
        doc.begin(StructRole::P);
        for (lines, st) in [(l, lab), (v, big), (n, note)] {
            for line in lines {
                doc.text(x + 8.0, cy + st.baseline(), st, line);
                cy += st.line_height();
            }
        }
        doc.end();
        x += bw + gap;
    }
    h
}

/// A header band with `labels` over `widths`; `centred` columns are centred.
pub(crate) fn band(
    left: f32,
    widths: Vec<f32>,
    labels: Vec<String>,
    centred: fn(usize) -> bool,
) -> impl Fn(&mut Doc) {
    let bold = Style::bold(7.5);
    move |doc: &mut Doc| {
        let y = doc.y;
        doc.rect(
            left,
            y,
            widths.iter().sum(),
            14.0,
            Paint::fill(print::HEADER),
        );
        let mut x = left;
        for (i, (h, w)) in labels.iter().zip(&widths).enumerate() {
            doc.begin_header(TableHeaderScope::Column);
            if centred(i) {
                doc.text_center(x + w / 2.0, y + 10.0, bold, h);
            } else {
                doc.text(x + 3.0, y + 10.0, bold, h);
            }
            doc.end();
            x += w;
        }
        doc.y = y + 14.0;
    }
}
