//! The workbook a table fills in without the app: one row per ministry and area of a
//! round, the identifying columns filled, and the score column limited by a drop-down
//! to the round's levels, NA and NI. Scores already agreed are filled in too, so
//! importing the sheet back never blanks them. It imports like any Scores sheet.

use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, Workbook, Worksheet, XlsxError};

use super::write::{Formats, TEXT_COLUMNS, answer_format, sheet_text};
use crate::model::score::Answer;
use crate::model::workspace::Workspace;

/// Why no template could be made.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("the workspace has no round `{wanted}`; its rounds are {known}")]
    UnknownRound { wanted: String, known: String },
    #[error("the workspace has no rounds yet; add one first")]
    NoRounds,
    #[error("the workbook could not be written: {0}")]
    Xlsx(#[from] XlsxError),
}

const COLUMNS: [&str; 9] = [
    "round",
    "date",
    "ministry",
    "ministry_name",
    "area",
    "area_name",
    "score",
    "rationale",
    "evidence",
];

/// The template for `round` (by id or title; the latest round when None). The column
/// heads stay English (the import reads them); `t` words the help on the score cells.
pub fn template(
    ws: &Workspace,
    round: Option<&str>,
    t: &codi_i18n::Texts,
) -> Result<Vec<u8>, TemplateError> {
    let round = match round {
        None => ws.rounds().last().ok_or(TemplateError::NoRounds)?,
        Some(key) => ws
            .find_round(key)
            .ok_or_else(|| TemplateError::UnknownRound {
                wanted: key.to_owned(),
                known: ws
                    .rounds()
                    .iter()
                    .map(|r| format!("`{}`", r.id))
                    .collect::<Vec<_>>()
                    .join(", "),
            })?,
    };
    let inst = ws
        .instrument_for(round.id.as_str())
        .unwrap_or_else(|| ws.instrument());
    let levels = inst.level_count();
    let fmt = Formats::new();
    let mut sheet = Worksheet::new();
    sheet.set_name("Scores")?;
    for (c, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &fmt.header)?;
        let width = if TEXT_COLUMNS.contains(name) {
            48.0
        } else {
            16.0
        };
        sheet.set_column_width(c as u16, width)?;
    }
    let mut r = 0;
    for m in ws.ministries() {
        for area in inst.areas() {
            r += 1;
            let score = ws.score(&round.id, &m.id, &area.id);
            sheet.write_string(r, 0, round.id.as_str())?;
            sheet.write_string(r, 1, round.date.to_string())?;
            sheet.write_string(r, 2, m.id.as_str())?;
            sheet.write_string(r, 3, sheet_text(&m.name))?;
            sheet.write_string(r, 4, area.id.as_str())?;
            sheet.write_string(r, 5, sheet_text(&area.name))?;
            if let Some(s) = score {
                if let Some(a) = s.answer {
                    // Written as text so that the drop-down's own values match.
                    sheet.write_string_with_format(r, 6, a.code(), &answer_format(a, levels))?;
                }
                sheet.write_string_with_format(r, 7, sheet_text(&s.rationale), &fmt.wrap)?;
                sheet.write_string_with_format(r, 8, sheet_text(&s.evidence), &fmt.wrap)?;
            }
        }
    }
    let mut allowed: Vec<String> = (1..=levels).map(|l| l.to_string()).collect();
    allowed.extend([
        Answer::NotApplicable.code(),
        Answer::InsufficientInfo.code(),
    ]);
    let validation = DataValidation::new()
        .allow_list_strings(&allowed)?
        .set_input_title(t.get("workbook-score"))?
        .set_input_message(t.with("workbook-score-help", &[("levels", levels.into())]))?
        .set_error_title(t.get("workbook-not-a-score"))?
        .set_error_message(t.with("workbook-choose-score", &[("levels", levels.into())]))?
        .set_error_style(DataValidationErrorStyle::Stop);
    sheet.add_data_validation(1, 6, r.max(1), 6, &validation)?;
    sheet.autofilter(0, 0, r, COLUMNS.len() as u16 - 1)?;
    sheet.set_freeze_panes(1, 0)?;
    let mut book = Workbook::new();
    book.push_worksheet(sheet);
    Ok(book.save_to_buffer()?)
}
