//! The workbook's Review sheet: each round's status (draft, under review, validated,
//! with who and when), then the comments matrix: every reviewer's comment on an area
//! record, the response, and whether it is resolved. Column heads stay English, as on
//! the other sheets.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::write::{Formats, page_setup, sheet_text};
use crate::model::review::matrix;
use crate::model::workspace::Workspace;

const COLUMNS: [(&str, f64); 9] = [
    ("round", 16.0),
    ("round_status", 14.0),
    ("ministry", 12.0),
    ("ministry_name", 30.0),
    ("area", 20.0),
    ("comment", 48.0),
    ("reviewer", 20.0),
    ("response", 48.0),
    ("resolved", 10.0),
];

pub fn review(ws: &Workspace) -> Result<Worksheet, XlsxError> {
    let fmt = Formats::new();
    let mut sheet = Worksheet::new();
    sheet.set_name("Review")?;
    // First the rounds: where each stands and its last step.
    let heads = ["round", "round_title", "status", "by", "at", "reason"];
    for (c, h) in heads.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &fmt.header)?;
    }
    let mut r = 0;
    for round in ws.rounds() {
        r += 1;
        sheet.write_string(r, 0, round.id.as_str())?;
        sheet.write_string(r, 1, sheet_text(&round.title))?;
        sheet.write_string(r, 2, round.review.status().key())?;
        if let Some(step) = round.review.steps().last() {
            sheet.write_string(r, 3, sheet_text(&step.by))?;
            sheet.write_string(r, 4, step.at.strftime("%Y-%m-%d %H:%M UTC").to_string())?;
            sheet.write_string_with_format(r, 5, sheet_text(&step.reason), &fmt.wrap)?;
        }
    }
    // Then, after a blank row, the comments matrix.
    r += 2;
    for (c, (h, width)) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(r, c as u16, *h, &fmt.header)?;
        sheet.set_column_width(c as u16, *width)?;
    }
    for round in ws.rounds() {
        for (m, area, comment) in matrix(ws, &round.id) {
            r += 1;
            let name = ws.ministry(m.as_str()).map_or("", |m| m.name.as_str());
            sheet.write_string(r, 0, round.id.as_str())?;
            sheet.write_string(r, 1, round.review.status().key())?;
            sheet.write_string(r, 2, m.as_str())?;
            sheet.write_string(r, 3, sheet_text(name))?;
            sheet.write_string(r, 4, area.as_str())?;
            sheet.write_string_with_format(r, 5, sheet_text(&comment.comment), &fmt.wrap)?;
            sheet.write_string(r, 6, sheet_text(&comment.by))?;
            sheet.write_string_with_format(r, 7, sheet_text(&comment.response), &fmt.wrap)?;
            sheet.write_string(r, 8, if comment.resolved { "yes" } else { "no" })?;
        }
    }
    page_setup(&mut sheet, true)?;
    Ok(sheet)
}
