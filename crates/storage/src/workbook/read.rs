//! Reading a sheet of a workbook into an import plan. The archive is checked first
//! (`guard`); `.xlsx` sheets are then read cell by cell as a stream, so a sheet that
//! claims a million rows or a cell at `XFD1048576` is refused without being laid out in
//! memory; `.ods` sheets come from calamine whole (their size is bounded by the check).
//! The first row with anything in it is the header.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Ods, Reader, Sheet, SheetVisible, Xlsx, open_workbook_from_rs};
use csv::StringRecord;

use super::guard::{self, Kind};
use super::{cells, column_letters};
use crate::csv::Progress;
use crate::csv::rows::read_records;
use crate::csv::{CsvError, ImportPlan, Where};
use crate::model::workspace::Workspace;

/// Rows beyond any real workspace (1,000 ministries × 20 rounds × 10 areas is 200,000).
pub const MAX_SHEET_ROWS: u32 = 250_000;
/// Columns: the contract has about 40.
const MAX_SHEET_COLUMNS: u32 = 1_000;

/// Whether a path names a workbook by its extension.
pub fn is_workbook_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("ods"))
}

/// Plan the import of one sheet (the first when `sheet` is None) of a workbook's bytes
/// into `ws`, which is not changed; `path` is only used in messages. Files are read by
/// `storage::read_import`, which also takes CSV.
pub fn read_bytes(
    bytes: &[u8],
    path: &Path,
    sheet: Option<&str>,
    ws: &Workspace,
) -> Result<ImportPlan, CsvError> {
    read_bytes_with(bytes, path, sheet, ws, &|_, _| true)
}

/// As [`read_bytes`], with progress (rows read; the total is not known while cells
/// stream).
pub fn read_bytes_with(
    bytes: &[u8],
    path: &Path,
    sheet: Option<&str>,
    ws: &Workspace,
    progress: Progress<'_>,
) -> Result<ImportPlan, CsvError> {
    let file = Where::csv(path);
    let kind = guard::check(bytes).map_err(|m| file.plain(m))?;
    let damaged = |e: calamine::Error| file.plain(format!("the workbook cannot be read: {e}"));
    match kind {
        Kind::Xlsx => {
            let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
                .map_err(|e: calamine::XlsxError| damaged(e.into()))?;
            let name = choose(book.sheets_metadata(), sheet, &file)?;
            if let Some(cell) =
                super::formulas::uncached(bytes, &name).map_err(|m| file.plain(m))?
            {
                return Err(file.plain(format!(
                    "{}!{cell} holds a formula with no computed value (the program that wrote \
                     the file did not compute it), which would read as an empty score; open \
                     the workbook in a spreadsheet program and save it, or type the value",
                    super::sheet_ref(&name)
                )));
            }
            let mut reader = book
                .worksheet_cells_reader(&name)
                .map_err(|e| damaged(e.into()))?;
            let cells = std::iter::from_fn(move || match reader.next_cell() {
                Ok(Some(c)) => {
                    let (r, col) = c.get_position();
                    Some(Ok((r, col, Data::from(c.get_value().clone()))))
                }
                Ok(None) => None,
                Err(e) => Some(Err(format!("the sheet cannot be read: {e}"))),
            });
            plan(cells, path, &name, ws, progress)
        }
        Kind::Ods => {
            let mut book: Ods<_> = open_workbook_from_rs(Cursor::new(bytes))
                .map_err(|e: calamine::OdsError| damaged(e.into()))?;
            let name = choose(book.sheets_metadata(), sheet, &file)?;
            let range = book.worksheet_range(&name).map_err(|e| damaged(e.into()))?;
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let cells = range.rows().enumerate().flat_map(move |(i, row)| {
                row.iter()
                    .enumerate()
                    .filter(|(_, d)| !matches!(d, Data::Empty))
                    .map(move |(j, d)| Ok((r0 + i as u32, c0 + j as u32, d.clone())))
                    .collect::<Vec<_>>()
            });
            plan(cells, path, &name, ws, progress)
        }
    }
}

/// The sheet asked for, or the first visible one (a hidden sheet is never taken by
/// default); an unknown name lists the sheets there are.
fn choose(sheets: &[Sheet], wanted: Option<&str>, file: &Where<'_>) -> Result<String, CsvError> {
    let names: Vec<String> = sheets.iter().map(|s| s.name.clone()).collect();
    let list = || {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match wanted {
        None => sheets
            .iter()
            .find(|s| s.visible == SheetVisible::Visible)
            .map(|s| s.name.clone())
            .ok_or_else(|| {
                file.plain(if names.is_empty() {
                    "the workbook has no sheets".to_owned()
                } else {
                    format!(
                        "every sheet of the workbook is hidden ({}); show the scores sheet, or name it with --sheet",
                        list()
                    )
                })
            }),
        Some(w) => names
            .iter()
            .find(|n| n.as_str() == w)
            .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(w)))
            .cloned()
            .ok_or_else(|| {
                file.plain(format!(
                    "the workbook has no sheet `{w}`; its sheets are {}",
                    list()
                ))
            }),
    }
}

type CellItem = Result<(u32, u32, Data), String>;

/// Group cells (in row order) into rows, find the header, and read the rows with the
/// CSV contract's reader.
fn plan(
    cells: impl Iterator<Item = CellItem>,
    path: &Path,
    sheet: &str,
    ws: &Workspace,
    progress: Progress<'_>,
) -> Result<ImportPlan, CsvError> {
    let mut place = Where {
        path,
        sheet: Some(sheet),
        header_line: 1,
    };
    let mut rows = Rows {
        // Fused: the XML reader under an `.xlsx` stream must not be asked again once
        // it has reached the end.
        cells: cells.fuse(),
        pending: None,
        names: Vec::new(),
        place,
        done: false,
    };
    let Some(first) = rows.next() else {
        return Err(place.plain(
            "the sheet is empty; it needs a header row (round, date, ministry, area, score)"
                .to_owned(),
        ));
    };
    let (header_line, header) = first?;
    place.header_line = header_line;
    rows.place.header_line = header_line;
    rows.names = header
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    read_records(&header, rows, &place, ws, (0, progress))
}

/// Rows assembled from a stream of cells.
struct Rows<'a, I> {
    cells: I,
    pending: Option<(u32, u32, Data)>,
    /// The header's names once known, for messages about cells.
    names: Vec<String>,
    place: Where<'a>,
    done: bool,
}

impl<I: Iterator<Item = CellItem>> Rows<'_, I> {
    fn cell_error(&self, r: u32, c: u32, message: String) -> CsvError {
        if c >= MAX_SHEET_COLUMNS {
            return self.place.line(u64::from(r) + 1, message);
        }
        self.place
            .at(u64::from(r) + 1, c as usize, &self.names, message)
    }

    fn next_row(&mut self) -> Result<Option<(u64, StringRecord)>, CsvError> {
        let mut row: Option<u32> = None;
        let mut fields: Vec<String> = Vec::new();
        loop {
            let next = match self.pending.take() {
                Some(c) => Some(c),
                None => self
                    .cells
                    .next()
                    .transpose()
                    .map_err(|m| self.place.plain(m))?,
            };
            let Some((r, c, data)) = next else { break };
            if r >= MAX_SHEET_ROWS {
                return Err(self.place.plain(format!(
                    "the sheet has data in row {} (cell {}{}); a scores sheet has at most {} rows",
                    u64::from(r) + 1,
                    column_letters(c as usize + 1),
                    u64::from(r) + 1,
                    MAX_SHEET_ROWS
                )));
            }
            if c >= MAX_SHEET_COLUMNS {
                return Err(self.cell_error(r, c, format!(
                    "the sheet has data in column {} (cell {}{}); a scores sheet has at most {MAX_SHEET_COLUMNS} columns",
                    column_letters(c as usize + 1),
                    column_letters(c as usize + 1),
                    u64::from(r) + 1
                )));
            }
            match row {
                Some(cur) if cur != r => {
                    self.pending = Some((r, c, data));
                    break;
                }
                _ => row = Some(r),
            }
            let text = cells::text(&data).map_err(|why| self.cell_error(r, c, why.to_string()))?;
            if text.is_empty() {
                continue;
            }
            let c = c as usize;
            if fields.len() <= c {
                fields.resize(c + 1, String::new());
            }
            fields[c] = text;
        }
        Ok(row.map(|r| (u64::from(r) + 1, StringRecord::from(fields))))
    }
}

impl<I: Iterator<Item = CellItem>> Iterator for Rows<'_, I> {
    type Item = Result<(u64, StringRecord), CsvError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        loop {
            match self.next_row() {
                Ok(Some((_, rec))) if rec.iter().all(|f| f.trim().is_empty()) => continue,
                Ok(Some(row)) => return Some(Ok(row)),
                Ok(None) => return None,
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
    }
}
