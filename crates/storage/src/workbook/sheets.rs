//! The workbook's sheets after Scores: Summary (per ministry and round: the answers,
//! coverage, median and mean), Changes (between the last two rounds, with the reasons
//! given), Instrument (areas, definitions, level descriptors) and About (versions,
//! export date, aggregation rule). Read-only views for people; the import reads only
//! the Scores sheet.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use super::write::{Formats, TEXT_COLUMNS, page_setup, sheet_text, write_answer};
use crate::csv::export::max_levels;
use crate::model::stats;
use crate::model::workspace::Workspace;
use codi_i18n::Texts;

/// A header row in bold on the header colour, frozen, with filters.
fn header_row(sheet: &mut Worksheet, names: &[String], fmt: &Formats) -> Result<(), XlsxError> {
    for (c, n) in names.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, n, &fmt.header)?;
        let width = match n.as_str() {
            n if TEXT_COLUMNS.contains(&n) || n == "definition" => 48.0,
            "ministry_name" | "area_name" | "name" => 34.0,
            "area" | "change_reason" => 24.0,
            n if n.starts_with("level_") => 36.0,
            _ => 12.0,
        };
        sheet.set_column_width(c as u16, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    page_setup(sheet, true)
}

fn filters(sheet: &mut Worksheet, rows: u32, cols: usize) -> Result<(), XlsxError> {
    sheet.autofilter(0, 0, rows, cols.saturating_sub(1) as u16)?;
    Ok(())
}

pub fn summary(ws: &Workspace) -> Result<Worksheet, XlsxError> {
    let fmt = Formats::new();
    let levels = max_levels(ws);
    let areas = ws.instrument().areas();
    let mut names: Vec<String> = ["round", "date", "ministry", "ministry_name"]
        .map(str::to_owned)
        .to_vec();
    // Short area names as headers (this sheet is for reading; ids are on Scores).
    names.extend(areas.iter().map(|a| a.label().to_owned()));
    names.extend(["answered", "coverage", "median", "mean"].map(str::to_owned));
    let mut sheet = Worksheet::new();
    sheet.set_name("Summary")?;
    header_row(&mut sheet, &names, &fmt)?;
    sheet.set_row_height(0, 30)?;
    for i in 0..areas.len() {
        sheet.set_column_width(4 + i as u16, 15)?;
    }
    let mut r = 0;
    for round in ws.rounds() {
        for m in ws.ministries() {
            if ws.assessment(&round.id, &m.id).is_none() {
                continue;
            }
            r += 1;
            let s = stats::summary(ws, &round.id, &m.id);
            sheet.write_string(r, 0, round.id.as_str())?;
            sheet.write_string(r, 1, round.date.to_string())?;
            sheet.write_string(r, 2, m.id.as_str())?;
            sheet.write_string(r, 3, sheet_text(&m.name))?;
            for (i, area) in areas.iter().enumerate() {
                let answer = ws.answer(&round.id, &m.id, &area.id);
                write_answer(&mut sheet, r, 4 + i as u16, answer, "", levels)?;
            }
            let c = 4 + areas.len() as u16;
            sheet.write_string(
                r,
                c,
                format!("{}/{}", s.coverage.answered(), s.coverage.areas),
            )?;
            sheet.write_number_with_format(
                r,
                c + 1,
                s.coverage.fraction(),
                &Format::new().set_num_format("0%"),
            )?;
            for (k, v) in [s.median, s.mean].into_iter().enumerate() {
                if let Some(v) = v {
                    sheet.write_number_with_format(
                        r,
                        c + 2 + k as u16,
                        v,
                        &Format::new().set_num_format("0.00"),
                    )?;
                }
            }
        }
    }
    filters(&mut sheet, r, names.len())?;
    Ok(sheet)
}

pub fn changes(ws: &Workspace, t: &Texts) -> Result<Worksheet, XlsxError> {
    let fmt = Formats::new();
    let levels = max_levels(ws);
    let mut sheet = Worksheet::new();
    sheet.set_name("Changes")?;
    let rounds = ws.rounds();
    let [.., from, to] = rounds else {
        sheet.write_string(0, 0, t.get("workbook-changes-need-two"))?;
        return Ok(sheet);
    };
    let names: Vec<String> = [
        "ministry",
        "ministry_name",
        "area",
        "area_name",
        from.id.as_str(),
        to.id.as_str(),
        "change",
        "counted_as",
        "change_reason",
        "change_note",
    ]
    .map(str::to_owned)
    .to_vec();
    header_row(&mut sheet, &names, &fmt)?;
    let Some(inst) = ws.instrument_for(to.id.as_str()) else {
        return Ok(sheet);
    };
    let mut r = 0;
    for m in ws.ministries() {
        let (f, t, mid) = (&from.id, &to.id, &m.id);
        if ws.assessment(f, mid).is_none() && ws.assessment(t, mid).is_none() {
            continue;
        }
        for area in inst.areas() {
            let aid = &area.id;
            r += 1;
            sheet.write_string(r, 0, mid.as_str())?;
            sheet.write_string(r, 1, sheet_text(&m.name))?;
            sheet.write_string(r, 2, aid.as_str())?;
            sheet.write_string(r, 3, sheet_text(&area.name))?;
            write_answer(&mut sheet, r, 4, ws.answer(f, mid, aid), "", levels)?;
            write_answer(&mut sheet, r, 5, ws.answer(t, mid, aid), "", levels)?;
            let change = stats::change_of(ws, mid, f, t, aid);
            sheet.write_string(r, 6, change.describe())?;
            sheet.write_string(r, 7, change.kind())?;
            if let Some(reason) = ws.score(t, mid, aid).and_then(|s| s.reason.as_ref()) {
                sheet.write_string(r, 8, reason.kind.label())?;
                sheet.write_string_with_format(r, 9, sheet_text(&reason.note), &fmt.wrap)?;
            }
        }
    }
    filters(&mut sheet, r, names.len())?;
    Ok(sheet)
}

pub fn instrument(ws: &Workspace) -> Result<Worksheet, XlsxError> {
    let fmt = Formats::new();
    let levels = max_levels(ws);
    let mut names: Vec<String> = ["version", "area", "name", "definition"]
        .map(str::to_owned)
        .to_vec();
    names.extend((1..=levels).map(|k| format!("level_{k}")));
    let mut sheet = Worksheet::new();
    sheet.set_name("Instrument")?;
    header_row(&mut sheet, &names, &fmt)?;
    let mut r = 0;
    for inst in ws.instruments() {
        for area in inst.areas() {
            r += 1;
            sheet.write_string(r, 0, inst.version())?;
            sheet.write_string(r, 1, area.id.as_str())?;
            sheet.write_string_with_format(r, 2, sheet_text(&area.name), &fmt.wrap)?;
            sheet.write_string_with_format(r, 3, sheet_text(&area.definition), &fmt.wrap)?;
            for (k, d) in area.level_descriptors.iter().enumerate() {
                sheet.write_string_with_format(r, 4 + k as u16, sheet_text(d), &fmt.wrap)?;
            }
        }
    }
    Ok(sheet)
}

pub fn about(ws: &Workspace, exported: &jiff::Zoned, t: &Texts) -> Result<Worksheet, XlsxError> {
    let fmt = Formats::new();
    let mut sheet = Worksheet::new();
    sheet.set_name("About")?;
    let inst = ws.instrument();
    let scale = inst.scale();
    let mut lines: Vec<(String, String)> = vec![
        (t.get("workbook-workspace"), ws.title().to_owned()),
        (
            t.get("workbook-instrument"),
            t.with(
                "workbook-instrument-version",
                &[
                    ("title", inst.title().into()),
                    ("version", inst.version().into()),
                ],
            ),
        ),
    ];
    for round in ws.rounds() {
        lines.push((
            t.get("workbook-round"),
            t.with(
                "workbook-round-line",
                &[
                    ("title", round.title.as_str().into()),
                    ("id", round.id.as_str().into()),
                    ("date", round.date.to_string().into()),
                    ("version", round.instrument_version.as_str().into()),
                ],
            ),
        ));
    }
    let levels: Vec<String> = scale
        .levels
        .iter()
        .map(|l| format!("{} {}", l.value, l.label))
        .collect();
    lines.extend([
        (
            t.get("workbook-scale"),
            format!(
                "{}; {} = {}; {} = {}",
                levels.join(", "),
                scale.not_applicable.code,
                scale.not_applicable.label,
                scale.insufficient_information.code,
                scale.insufficient_information.label
            ),
        ),
        (t.get("workbook-aggregation"), t.get("report-method-note")),
        (
            t.get("workbook-exported"),
            exported.strftime("%Y-%m-%d %H:%M %Z").to_string(),
        ),
        (
            t.get("workbook-exported-by"),
            format!("CODI Workshop {}", env!("CARGO_PKG_VERSION")),
        ),
        (
            t.get("workbook-importing"),
            t.get("workbook-importing-note"),
        ),
    ]);
    sheet.set_column_width(0, 16)?;
    sheet.set_column_width(1, 100)?;
    page_setup(&mut sheet, true)?;
    for (r, (k, v)) in lines.iter().enumerate() {
        sheet.write_string_with_format(r as u32, 0, k, &fmt.header)?;
        sheet.write_string_with_format(r as u32, 1, sheet_text(v), &fmt.wrap)?;
    }
    Ok(sheet)
}
