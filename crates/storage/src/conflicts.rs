//! The conflicts file of a merge: one row per conflict (which file it came from, the
//! record and field, both values with who changed them and when) and a `choose` column
//! the facilitator fills in with `a`, `b` or (for vote counts) `both`. Written as CSV,
//! or as a workbook when the name ends in `.xlsx`; read back from either, with every
//! problem named by line (or cell) and column.

use std::collections::BTreeMap;
use std::path::Path;

use crate::csv::scan::{guard, unguard};
use crate::fs;
use crate::model::merge::{Choice, Conflict};

/// The columns, in order.
pub const COLUMNS: [&str; 12] = [
    "source", "round", "ministry", "area", "field", "a", "a_by", "a_time", "b", "b_by", "b_time",
    "choose",
];

/// The key of one conflict: source file, round, ministry, area, field.
pub type Key = (String, String, String, String, String);

/// A conflict's key, for a merge of `source` into what came before it.
pub fn key(source: &str, c: &Conflict) -> Key {
    (
        source.to_owned(),
        c.at.round.to_string(),
        c.at.ministry.to_string(),
        c.at.area.to_string(),
        c.field.key().to_owned(),
    )
}

#[derive(Debug, thiserror::Error)]
pub enum ConflictsError {
    #[error(transparent)]
    Read(#[from] fs::ReadError),
    #[error(transparent)]
    Write(#[from] fs::SaveError),
    #[error("{file}: {message}")]
    Bad { file: String, message: String },
}

/// One row per conflict, with `source` naming the file merged in.
pub fn write(path: &Path, rows: &[(String, Conflict)]) -> Result<(), ConflictsError> {
    let cells: Vec<[String; 12]> = rows.iter().map(|(s, c)| row(s, c)).collect();
    let bytes = if is_xlsx(path) {
        xlsx(&cells).map_err(|e| bad(path, e.to_string()))?
    } else {
        let mut w = ::csv::Writer::from_writer(Vec::new());
        let fail = |e: ::csv::Error| bad(path, e.to_string());
        w.write_record(COLUMNS).map_err(fail)?;
        for r in &cells {
            w.write_record(r.iter().map(|c| guard(c).into_owned()))
                .map_err(fail)?;
        }
        w.into_inner().map_err(|e| bad(path, e.to_string()))?
    };
    fs::write_atomic(path, &bytes)?;
    Ok(())
}

fn row(source: &str, c: &Conflict) -> [String; 12] {
    let time = |t: Option<jiff::Timestamp>| {
        t.map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default()
    };
    let (s, r, m, a, f) = key(source, c);
    [
        s,
        r,
        m,
        a,
        f,
        c.a.clone(),
        c.a_by.clone(),
        time(c.a_time),
        c.b.clone(),
        c.b_by.clone(),
        time(c.b_time),
        String::new(),
    ]
}

fn xlsx(rows: &[[String; 12]]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Conflicts")?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (c, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &bold)?;
        let width = if matches!(*name, "a" | "b") {
            40.0
        } else {
            14.0
        };
        sheet.set_column_width(c as u16, width)?;
    }
    for (r, cells) in rows.iter().enumerate() {
        for (c, v) in cells.iter().enumerate() {
            sheet.write_string(r as u32 + 1, c as u16, v)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

/// The choices filled in: key → choice. Rows with `choose` empty are left out.
pub fn read(path: &Path) -> Result<BTreeMap<Key, Choice>, ConflictsError> {
    let bytes = fs::read_limited(path, 64 * 1024 * 1024)?;
    let rows = if is_xlsx(path) {
        xlsx_rows(&bytes).map_err(|m| bad(path, m))?
    } else {
        csv_rows(&bytes).map_err(|m| bad(path, m))?
    };
    let Some((head, body)) = rows.split_first() else {
        return Err(bad(path, "the file is empty".into()));
    };
    let col = |name: &str| {
        head.iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| bad(path, format!("line 1: no `{name}` column")))
    };
    let cols: Vec<usize> = ["source", "round", "ministry", "area", "field", "choose"]
        .into_iter()
        .map(col)
        .collect::<Result<_, _>>()?;
    let mut out = BTreeMap::new();
    for (i, r) in body.iter().enumerate() {
        let cell = |k: usize| r.get(cols[k]).map_or("", |s| unguard(s.trim()));
        let said = cell(5);
        let choice = match said.to_ascii_lowercase().as_str() {
            "" => continue,
            "a" => Choice::A,
            "b" => Choice::B,
            "both" => Choice::Both,
            // "text: …" writes a text field anew.
            lower if lower.starts_with("text:") => Choice::Text(said[5..].trim().to_owned()),
            other => {
                let line = i + 2;
                return Err(bad(
                    path,
                    format!(
                        "line {line}, column `choose`: `{other}` is not a, b, both or text: followed by the text"
                    ),
                ));
            }
        };
        let k = (0..5).map(|k| cell(k).to_owned()).collect::<Vec<_>>();
        out.insert(
            (
                k[0].clone(),
                k[1].clone(),
                k[2].clone(),
                k[3].clone(),
                k[4].clone(),
            ),
            choice,
        );
    }
    Ok(out)
}

fn csv_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_owned())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = crate::csv::scan::detect_delimiter(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| {
            r.map(|r| r.iter().map(str::to_owned).collect())
                .map_err(|e| e.to_string())
        })
        .collect()
}

fn xlsx_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    use calamine::Reader;
    crate::workbook::check_archive(bytes).map_err(|e| e.to_string())?;
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let range = book
        .worksheet_range("Conflicts")
        .map_err(|_| "the workbook has no sheet `Conflicts`".to_owned())?;
    Ok(range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect())
}

fn is_xlsx(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

fn bad(path: &Path, message: String) -> ConflictsError {
    ConflictsError::Bad {
        file: path.display().to_string(),
        message,
    }
}
