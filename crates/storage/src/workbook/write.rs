//! The `.xlsx` export: the Scores sheet holds the CSV contract's columns as a formatted
//! table (frozen header, filters, wrapped texts, level cells coloured as in the app with
//! the number shown), followed by Summary, Changes, Instrument and About (`sheets`).
//! Every text is written as a string, never as a formula, so a rationale that starts
//! with `=` stays a rationale.

use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, Table, TableColumn, TableStyle, Workbook, Worksheet,
    XlsxError,
};

use super::sheets;
use crate::csv::export::{for_each_row, header, max_levels};
use crate::csv::scan::guard;
use crate::look::{self, Rgb};
use crate::model::score::Answer;
use crate::model::workspace::Workspace;

/// Columns of free text: wide and wrapped.
pub(super) const TEXT_COLUMNS: [&str; 4] = ["rationale", "evidence", "dissent", "change_note"];

/// Printing: landscape A4 with the header row on every page; `fit_width` scales the
/// sheet to one page wide (not the Scores sheet, whose 28 columns would be unreadable).
pub(super) fn page_setup(sheet: &mut Worksheet, fit_width: bool) -> Result<(), XlsxError> {
    sheet.set_landscape().set_paper_size(9);
    sheet.set_repeat_rows(0, 0)?;
    if fit_width {
        sheet.set_print_fit_to_pages(1, 0);
    }
    Ok(())
}

/// The workbook as bytes; `exported` is when, in the workshop's time zone. Sheet names
/// and column heads stay English (files read them back); `t` words the sentences for
/// people (the About sheet, notes).
pub fn export_xlsx(
    ws: &Workspace,
    exported: &jiff::Zoned,
    t: &codi_i18n::Texts,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.push_worksheet(scores_sheet(ws)?);
    book.push_worksheet(sheets::summary(ws)?);
    book.push_worksheet(sheets::changes(ws, t)?);
    book.push_worksheet(super::review::review(ws)?);
    book.push_worksheet(sheets::instrument(ws)?);
    book.push_worksheet(sheets::about(ws, exported, t)?);
    book.save_to_buffer()
}

pub(super) fn color(c: Rgb) -> Color {
    Color::RGB((u32::from(c.0) << 16) | (u32::from(c.1) << 8) | u32::from(c.2))
}

/// The fill of an answer's cell, as on screen and in the PDF.
pub(super) fn answer_format(answer: Answer, levels: usize) -> Format {
    let fill = match answer {
        Answer::Level(v) => look::level(v.get(), levels),
        Answer::NotApplicable => look::NA,
        Answer::InsufficientInfo => look::NI,
    };
    Format::new()
        .set_background_color(color(fill))
        .set_font_color(color(fill.text_on()))
        .set_align(FormatAlign::Center)
}

/// A text as the importer reads it back: only a text that starts with an apostrophe
/// before a formula start needs the CSV guard (the reader strips exactly that).
pub(super) fn sheet_text(s: &str) -> String {
    if s.starts_with('\'') {
        guard(s).into_owned()
    } else {
        s.to_owned()
    }
}

/// An answer cell: a level as a number on its colour, NA and NI as text on theirs.
pub(super) fn write_answer(
    sheet: &mut Worksheet,
    r: u32,
    c: u16,
    answer: Option<Answer>,
    text: &str,
    levels: usize,
) -> Result<(), XlsxError> {
    match answer {
        Some(a @ Answer::Level(v)) => {
            sheet.write_number_with_format(r, c, f64::from(v.get()), &answer_format(a, levels))?;
        }
        Some(a) => {
            sheet.write_string_with_format(r, c, a.code(), &answer_format(a, levels))?;
        }
        None if text.is_empty() => {}
        None => {
            sheet.write_string(r, c, text)?;
        }
    }
    Ok(())
}

/// Write one row of the Scores sheet.
fn write_row(
    sheet: &mut Worksheet,
    r: u32,
    names: &[String],
    row: &[String],
    fmt: &Formats,
    levels: usize,
) -> Result<(), XlsxError> {
    for (c, (name, value)) in names.iter().zip(row).enumerate() {
        let c = c as u16;
        if value.is_empty() {
            continue;
        }
        let number = value.parse::<u32>().ok();
        match name.as_str() {
            "date" => match value.parse::<jiff::civil::Date>() {
                Ok(d) => {
                    let dt =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    sheet.write_datetime_with_format(r, c, &dt, &fmt.date)?;
                }
                Err(_) => {
                    sheet.write_string(r, c, value)?;
                }
            },
            "score" => write_answer(sheet, r, c, Answer::parse(value).ok(), value, levels)?,
            n if (n.starts_with("votes_")
                || n.starts_with("phone_votes_")
                || n == "discussion_seconds")
                && number.is_some() =>
            {
                sheet.write_number(r, c, f64::from(number.unwrap_or_default()))?;
            }
            n if TEXT_COLUMNS.contains(&n) => {
                sheet.write_string_with_format(r, c, sheet_text(value), &fmt.wrap)?;
            }
            _ => {
                sheet.write_string(r, c, sheet_text(value))?;
            }
        }
    }
    Ok(())
}

pub(super) struct Formats {
    pub date: Format,
    pub wrap: Format,
    pub header: Format,
}

impl Formats {
    pub fn new() -> Self {
        Formats {
            date: Format::new()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Left),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            header: Format::new()
                .set_bold()
                .set_background_color(color(look::print::HEADER))
                .set_text_wrap(),
        }
    }
}

fn scores_sheet(ws: &Workspace) -> Result<Worksheet, XlsxError> {
    let levels = max_levels(ws);
    let names = header(levels);
    let fmt = Formats::new();
    let mut sheet = Worksheet::new();
    sheet.set_name("Scores")?;
    // Rows go straight into the sheet: the workbook holds its cells once, not twice.
    let mut written: u32 = 0;
    let mut error = None;
    for_each_row(ws, str::to_owned, |row| {
        if error.is_none() {
            written += 1;
            if let Err(e) = write_row(&mut sheet, written, &names, &row, &fmt, levels) {
                error = Some(e);
            }
        }
    });
    if let Some(e) = error {
        return Err(e);
    }
    let last_col = names.len() as u16 - 1;
    if written == 0 {
        for (c, n) in names.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, n, &fmt.header)?;
        }
        sheet.autofilter(0, 0, 0, last_col)?;
    } else {
        let columns: Vec<TableColumn> = names
            .iter()
            .map(|n| {
                TableColumn::new()
                    .set_header(n)
                    .set_header_format(&fmt.header)
            })
            .collect();
        let table = Table::new()
            .set_columns(&columns)
            .set_style(TableStyle::Light1)
            .set_name("Scores");
        sheet.add_table(0, 0, written, last_col, &table)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    page_setup(&mut sheet, false)?;
    for (c, n) in names.iter().enumerate() {
        let width = match n.as_str() {
            n if TEXT_COLUMNS.contains(&n) => 48.0,
            "ministry_name" | "area_name" | "round_title" => 26.0,
            "area" => 22.0,
            "date" | "updated" => 12.0,
            n if n.starts_with("votes_") || n.starts_with("phone_votes_") => 9.0,
            _ => 14.0,
        };
        sheet.set_column_width(c as u16, width)?;
    }
    Ok(sheet)
}
