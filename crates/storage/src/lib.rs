//! Files: workspace JSON (versioned, migrated on load, atomic saves with a `.bak`), the
//! careful file-system layer under it, and interchange: CSV and workbooks (`.xlsx`,
//! `.ods`), which share one column contract and one row reader; `conflicts.rs` the
//! conflicts file of a merge.

use codi_look as look;
use codi_model as model;

pub mod conflicts;
pub mod csv;
pub mod fs;
pub mod json;
pub mod workbook;

use std::path::Path;

use crate::model::workspace::Workspace;

/// Plan an import from a CSV file or a workbook, told apart by content (a workbook is a
/// zip archive) and then by extension. `sheet` picks a workbook's sheet (the first when
/// None); naming one for a CSV file is an error. `ws` is not changed.
pub fn read_import(
    path: &Path,
    sheet: Option<&str>,
    ws: &Workspace,
) -> Result<csv::ImportPlan, csv::CsvError> {
    read_import_with(path, sheet, ws, &|_, _| true)
}

/// As [`read_import`], telling `progress` the rows read so far (and the rows there are,
/// or 0 while a workbook does not say); when it returns `false` the reading stops with
/// an error and nothing is planned.
pub fn read_import_with(
    path: &Path,
    sheet: Option<&str>,
    ws: &Workspace,
    progress: csv::Progress<'_>,
) -> Result<csv::ImportPlan, csv::CsvError> {
    let bytes = fs::read_limited(path, json::MAX_FILE_BYTES)?;
    if bytes.starts_with(b"PK\x03\x04") || workbook::is_workbook_path(path) {
        return workbook::read_bytes_with(&bytes, path, sheet, ws, progress);
    }
    if let Some(sheet) = sheet {
        return Err(csv::Where::csv(path).plain(format!(
            "a sheet (`{sheet}`) was named, but this is a CSV file, which has none"
        )));
    }
    csv::read_bytes_with(&bytes, path, ws, progress)
}

pub use fs::SaveError;
pub use json::{LoadError, load, load_many, save};

/// Ids from literals known to be valid, for tests.
#[cfg(test)]
pub(crate) mod test_ids {
    pub fn rid(s: &str) -> crate::model::RoundId {
        crate::model::RoundId::new(s).unwrap()
    }
    pub fn mid(s: &str) -> crate::model::MinistryId {
        crate::model::MinistryId::new(s).unwrap()
    }
    pub fn aid(s: &str) -> crate::model::AreaId {
        crate::model::AreaId::new(s).unwrap()
    }
}
