//! Table sheets for table scoring: one page per ministry with its table's address and
//! a QR code that carries its code, then the ten areas with their level descriptors and
//! a box to tick, NA and NI. The same sheet is the paper form for a table with no device.

use super::fonts::Weight;
use super::layout::{Doc, Paint, Stroke, Style};
use super::{Ctx, Report, ReportError, ReportOptions, find_round, new_doc};
use crate::look::{self, print};
use crate::model::Workspace;
use crate::words::num;

/// Sheets for every ministry whose table has a code in `round`; `address` is where the
/// app serves (e.g. `http://192.168.43.1:8765`), and a table opens `address/t/CODE`.
pub fn table_sheets(
    ws: &Workspace,
    round: &str,
    address: &str,
    opts: &ReportOptions,
) -> Result<Report, ReportError> {
    let round = find_round(ws, round)?;
    if round.tables.is_empty() {
        return Err(ReportError::NoTables(round.id.to_string()));
    }
    let mut doc = new_doc(ws, opts)?;
    let ctx = Ctx::new(&mut doc, ws, round, opts.generated);
    let mut first = true;
    for m in ws.ministries() {
        let Some(table) = round.tables.get(&m.id) else {
            continue;
        };
        if !first {
            doc.new_page();
        }
        first = false;
        let url = format!("{}/t/{}", address.trim_end_matches('/'), table.code);
        let name = doc.clean(&m.name, &format!("ministry `{}`: name", m.id));
        doc.set_header(ctx.t.with(
            "report-sheet-header",
            &[
                ("code", m.id.as_str().into()),
                ("round", ctx.round_title.as_str().into()),
            ],
        ));
        doc.bookmark(format!("{} {}", m.id, name));
        sheet_head(&mut doc, &ctx, &name, &url, &table.code);
        areas(&mut doc, &ctx);
    }
    let title = ctx.t.with(
        "report-sheets-title",
        &[("round", round.title.as_str().into())],
    );
    let subject = ctx.t.get("report-sheets-subject");
    doc.finish(&super::layout::DocMeta {
        title: &title,
        subject: &subject,
        footer: ws.title(),
        // Blank sheets for the tables are not a record of the round.
        draft: "",
        generated: opts.generated,
    })
}

/// The ministry, the round, the address in large type and the QR code beside it.
fn sheet_head(doc: &mut Doc, ctx: &Ctx<'_>, name: &str, url: &str, code: &str) {
    let qr_side = 118.0;
    let text_w = doc.width() - qr_side - 16.0;
    let top = doc.y;
    let (left, right) = (doc.left, doc.right);
    let title = Style::bold(16.0);
    doc.begin(doc.title_role());
    for line in doc.wrap(name, title, text_w) {
        doc.text(left, doc.y + title.baseline(), title, &line);
        doc.y += title.line_height();
    }
    doc.end();
    let body = Style::regular(9.5);
    let t = &ctx.t;
    let kind = t.with(
        "report-sheet-round",
        &[("round", ctx.round_title.as_str().into())],
    );
    doc.paragraph(left, text_w, body, &kind);
    doc.y += 6.0;
    doc.paragraph(left, text_w, body, &t.get("report-sheet-scan"));
    let big = Style::new(Weight::Bold, 13.0, print::TEXT);
    doc.paragraph(left, text_w, big, url);
    doc.y += 4.0;
    let keep = t.with("report-sheet-code", &[("code", code.into())]);
    doc.paragraph(left, text_w, body, &keep);
    let no_device = t.get("report-sheet-no-device");
    doc.paragraph(left, text_w, Style::muted(8.5), &no_device);
    let alt = t.with("report-alt-qr", &[("url", url.into())]);
    doc.begin_figure(&alt);
    qr(doc, url, right - qr_side, top, qr_side);
    doc.end();
    doc.y = doc.y.max(top + qr_side) + 10.0;
}

/// The code as filled squares, with a quiet zone of four modules inside `side`.
pub(crate) fn qr(doc: &mut Doc, text: &str, x: f32, y: f32, side: f32) {
    let Some(m) = crate::qr::encode(text) else {
        return;
    };
    let n = m.width + 8;
    let cell = side / n as f32;
    doc.rect(x, y, side, side, Paint::fill(look::Rgb::WHITE));
    let black = Paint::fill(look::Rgb::BLACK);
    for row in 0..m.width {
        // Runs of dark modules as one rectangle: fewer shapes, no hairline gaps.
        let mut col = 0;
        while col < m.width {
            if !m.is_dark(col, row) {
                col += 1;
                continue;
            }
            let start = col;
            while col < m.width && m.is_dark(col, row) {
                col += 1;
            }
            let (px, py) = (x + (start + 4) as f32 * cell, y + (row + 4) as f32 * cell);
            doc.rect(px, py, (col - start) as f32 * cell, cell, black);
        }
    }
}

/// Each area: its number and title with NA and NI boxes, then the levels side by side,
/// each with a box to tick and its descriptor.
fn areas(doc: &mut Doc, ctx: &Ctx<'_>) {
    let head = Style::bold(9.0);
    let small = Style::regular(6.6);
    let label = Style::bold(6.6);
    let gap = 5.0;
    let levels = ctx.inst.scale().levels.len().max(1);
    let col_w = (doc.width() - gap * (levels as f32 - 1.0)) / levels as f32;
    let rule = Stroke::solid(print::RULE, 0.5);
    for (k, area) in ctx.inst.areas().iter().enumerate() {
        let texts: Vec<Vec<String>> = area
            .level_descriptors
            .iter()
            .map(|d| {
                let d = doc.clean(d, "instrument areas");
                doc.wrap(&d, small, col_w - 14.0)
            })
            .collect();
        let lines = texts.iter().map(Vec::len).max().unwrap_or(1);
        let h = head.line_height() + label.line_height() + lines as f32 * small.line_height() + 5.0;
        doc.ensure(h);
        let y0 = doc.y;
        doc.line(&[(doc.left, y0), (doc.right, y0)], rule);
        let y = y0 + 2.0;
        let title = format!(
            "{}. {}",
            num(&ctx.t, k + 1),
            ctx.area_names.get(k).map_or("", String::as_str)
        );
        doc.begin(doc.heading_role(0));
        doc.text(doc.left, y + head.baseline(), head, &title);
        doc.end();
        doc.begin(pdf_writer::types::StructRole::P);
        na_ni_boxes(doc, ctx, y, head);
        doc.end();
        let y = y + head.line_height();
        doc.begin(pdf_writer::types::StructRole::L);
        for (c, lines) in texts.iter().enumerate() {
            let x = doc.left + c as f32 * (col_w + gap);
            tick_box(doc, x, y + 1.0);
            let name = ctx.inst.scale().levels.get(c).map_or(String::new(), |l| {
                format!("{} {}", num(&ctx.t, l.value), l.label)
            });

            doc.begin(pdf_writer::types::StructRole::LI);
            doc.tagged(pdf_writer::types::StructRole::Lbl, |d| {
                d.text(x + 12.0, y + label.baseline(), label, &name);
            });
            doc.begin(pdf_writer::types::StructRole::LBody);
            for (i, line) in lines.iter().enumerate() {
                let ly = y + label.line_height() + i as f32 * small.line_height();
                doc.text(x + 12.0, ly + small.baseline(), small, line);
            }
            doc.end();
            doc.end();
        }
        doc.end();
        doc.y = y0 + h;
    }
}

/// "☐ NA  ☐ NI" at the right end of an area's title line.
fn na_ni_boxes(doc: &mut Doc, ctx: &Ctx<'_>, y: f32, st: Style) {
    let scale = ctx.inst.scale();
    let mut right = doc.right;
    for code in [
        &scale.insufficient_information.code,
        &scale.not_applicable.code,
    ] {
        let w = doc.measure(code, st);
        doc.text_right(right, y + st.baseline(), st, code);
        tick_box(doc, right - w - 11.0, y + 1.5);
        right -= w + 24.0;
    }
}

/// An empty square to tick.
fn tick_box(doc: &mut Doc, x: f32, y: f32) {
    doc.rect(
        x,
        y,
        8.0,
        8.0,
        Paint::stroke(Stroke::solid(print::TEXT, 0.7)),
    );
}
