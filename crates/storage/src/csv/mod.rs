//! CSV interchange for spreadsheet users. The columns are a contract documented in the
//! README: `round`, `date`, `ministry`, `area`, `score` are required; `round_title`,
//! `ministry_name`, `cluster`, `area_name` (ignored on import), `rationale`, `evidence`,
//! `votes_1` … `votes_N`, `votes_na`, `votes_ni`, the same for `phone_votes_`,
//! `discussion_seconds` and `updated` are optional.
//!
//! Import accepts UTF-8 with or without a byte-order mark, comma or semicolon delimiters
//! (detected from the header), and quoted fields holding delimiters or line breaks. A
//! quote that never closes is an error naming the line where it opened. Only the
//! columns present change a record. Every problem names the line and column. `scan`
//! checks the raw text, `header` reads the columns, `rows` turns rows into an
//! [`ImportPlan`], `plan` applies it, `export` writes.

pub(crate) mod export;
mod header;
mod plan;
mod record;
pub(crate) mod rows;
pub mod scan;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::workspace::Workspace;

pub use export::{ExportOptions, export, export_with};
pub use plan::{ImportPlan, ImportSummary};
pub use record::{ACTION_COLUMNS, HISTORY_COLUMNS, export_actions, export_history};

use super::fs::ReadError;
use super::json::{LoadError, MAX_FILE_BYTES, check_utf8};

/// A CSV or workbook problem: what and where.
#[derive(Debug, thiserror::Error)]
pub struct CsvError {
    pub path: PathBuf,
    /// The sheet, when the table came from a workbook: places are then named as a
    /// spreadsheet shows them (`Scores!F12`). Boxed, so the error stays small enough to
    /// return by value on every platform (Windows paths are larger).
    pub sheet: Option<Box<str>>,
    /// 1-based line in the file where the record starts (the row in a sheet).
    pub line: Option<u64>,
    /// 1-based column number and header name.
    pub column: Option<(usize, String)>,
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(sheet) = &self.sheet {
            let quoted = crate::workbook::sheet_ref(sheet);
            match (&self.line, &self.column) {
                (Some(l), Some((c, name))) => {
                    let letters = crate::workbook::column_letters(*c);
                    match name.as_str() {
                        "" => write!(f, "{quoted}!{letters}{l} in ")?,
                        _ => write!(f, "{quoted}!{letters}{l} (`{name}`) in ")?,
                    }
                }
                (Some(l), None) => write!(f, "row {l} of sheet {quoted} in ")?,
                (None, Some((c, name))) => write!(
                    f,
                    "column {} (`{name}`) of sheet {quoted} in ",
                    crate::workbook::column_letters(*c)
                )?,
                (None, None) => write!(f, "sheet {quoted} in ")?,
            }
        } else {
            match (&self.line, &self.column) {
                (Some(l), Some((c, name))) => write!(f, "line {l}, column {c} (`{name}`) of ")?,
                (Some(l), None) => write!(f, "line {l} of ")?,
                (None, Some((c, name))) => write!(f, "column {c} (`{name}`) of ")?,
                (None, None) => {}
            }
        }
        if self.path.as_os_str().is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path.display(), self.message)
        }
    }
}

impl From<LoadError> for CsvError {
    fn from(e: LoadError) -> Self {
        match e {
            LoadError::NotUtf8 { path, line, column } => CsvError {
                path,
                sheet: None,
                line: Some(line as u64),
                column: None,
                message: format!(
                    "character {column} is not UTF-8 text; in Excel choose \"CSV UTF-8\" when saving"
                ),
            },
            other => CsvError {
                path: PathBuf::new(),
                sheet: None,
                line: None,
                column: None,
                message: other.to_string(),
            },
        }
    }
}

impl From<ReadError> for CsvError {
    fn from(e: ReadError) -> Self {
        CsvError {
            path: PathBuf::new(),
            sheet: None,
            line: None,
            column: None,
            message: e.to_string(),
        }
    }
}

/// Builds errors that name the file (and line and column, or sheet and cell).
#[derive(Clone, Copy)]
pub struct Where<'a> {
    pub path: &'a Path,
    /// The sheet a workbook's table came from.
    pub sheet: Option<&'a str>,
    /// Where the header row is (1 in a CSV; the first row with data in a sheet).
    pub header_line: u64,
}

impl<'a> Where<'a> {
    pub fn csv(path: &'a Path) -> Self {
        Where {
            path,
            sheet: None,
            header_line: 1,
        }
    }
    /// "line 12" in a CSV, "row 12" in a sheet.
    pub fn line_name(&self, line: u64) -> String {
        match self.sheet {
            Some(_) => format!("row {line}"),
            None => format!("line {line}"),
        }
    }
    pub fn plain(&self, message: String) -> CsvError {
        CsvError {
            path: self.path.to_owned(),
            sheet: self.sheet.map(Box::from),
            line: None,
            column: None,
            message,
        }
    }
    pub fn line(&self, line: u64, message: String) -> CsvError {
        CsvError {
            line: Some(line),
            ..self.plain(message)
        }
    }
    pub fn at(&self, line: u64, col: usize, names: &[String], message: String) -> CsvError {
        CsvError {
            line: Some(line),
            column: Some((col + 1, names.get(col).cloned().unwrap_or_default())),
            ..self.plain(message)
        }
    }
}

/// Read a CSV file and plan its import into `ws` (which is not changed).
pub fn read_file(path: &Path, ws: &Workspace) -> Result<ImportPlan, CsvError> {
    let bytes = super::fs::read_limited(path, MAX_FILE_BYTES)?;
    read_bytes(&bytes, path, ws)
}

/// Told the rows read so far and the rows there are (0: not known yet); `false` stops
/// the reading.
pub type Progress<'a> = &'a dyn Fn(usize, usize) -> bool;

/// Plan the import of CSV bytes into `ws`; `path` is only used in messages.
pub fn read_bytes(bytes: &[u8], path: &Path, ws: &Workspace) -> Result<ImportPlan, CsvError> {
    read_bytes_with(bytes, path, ws, &|_, _| true)
}

/// As [`read_bytes`], with progress (see [`Progress`]).
pub fn read_bytes_with(
    bytes: &[u8],
    path: &Path,
    ws: &Workspace,
    progress: Progress<'_>,
) -> Result<ImportPlan, CsvError> {
    let place = Where::csv(path);
    let text = check_utf8(bytes, path)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(place.plain("the file is empty; it needs a header row".into()));
    }
    let delimiter = scan::detect_delimiter(text);
    if let Err(q) = scan::check_quotes(text, delimiter) {
        let how = if q.reached_end {
            "never closes, so the rest of the file would be read as one value".to_owned()
        } else {
            format!(
                "runs on for more than {} lines, so it would swallow the rows after it",
                scan::MAX_QUOTED_LINES
            )
        };
        return Err(place.line(
            q.line,
            format!(
                "the quote (\") that opens field {} here {how}; close it or remove it",
                q.column
            ),
        ));
    }
    rows::read(text, delimiter, &place, ws, progress)
}

/// The title a workspace made from `path` gets.
pub fn title_for(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    format!("Imported from {name}")
}

#[cfg(test)]
mod tests;
