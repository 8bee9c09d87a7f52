//! Workspace files (`*.codi.json`): versioned, pretty-printed, deterministic JSON.
//!
//! Loading never writes to the file and turns every problem into a [`LoadError`] that
//! says what is wrong and where (path, line and column, or the item). Saving writes a
//! temporary file beside the target, syncs it, keeps the old file as `<name>.bak`, then
//! renames the new one into place, so a crash leaves either the old or the new file.

use std::fs;
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::instrument::Instrument;
use crate::model::workspace::{
    AssessmentData, AssessmentRef, DataError, Ministry, Round, Workspace,
};

/// The file format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// Largest workspace file accepted. The benchmark's 1,000-ministry, 20-round workspace
/// is about 106 MB (a real one: 39 ministries, 10 rounds, ~2 MB); anything far beyond
/// that is not a workspace a person made.
pub const MAX_FILE_BYTES: u64 = 160_000_000;

/// File name ending for workspaces.
pub const EXTENSION: &str = ".codi.json";

/// Why a workspace could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {}: {error}", path.display())]
    Io { path: PathBuf, error: io::Error },
    #[error("{} is {} MB; workspace files are limited to {} MB", path.display(), size / 1_000_000, MAX_FILE_BYTES / 1_000_000)]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{} is empty: it holds no workspace", path.display())]
    Empty { path: PathBuf },
    #[error("line {line}, column {column} of {}: the file is not UTF-8 text (saved in another encoding, or not a workspace file)", path.display())]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("line {line}, column {column} of {}: {message}", path.display())]
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{} was written by a newer version of CODI Workshop (file format {found}; this version reads up to {FORMAT_VERSION}). Update the app to open it; the file was not changed", path.display())]
    TooNew { path: PathBuf, found: u64 },
    #[error("{} uses file format {found}, which this version cannot read", path.display())]
    Unsupported { path: PathBuf, found: u64 },
    #[error("{}: {error}", path.display())]
    Data { path: PathBuf, error: DataError },
}

/// Why a save failed. The data stays in memory; the old file is untouched.
#[derive(Debug, thiserror::Error)]
#[error("could not save {}: {action} failed: {error}", path.display())]
pub struct SaveError {
    pub path: PathBuf,
    pub action: &'static str,
    pub error: io::Error,
}

#[derive(Deserialize)]
struct FileIn {
    format_version: u64,
    title: String,
    instrument: Instrument,
    #[serde(default)]
    ministries: Vec<Ministry>,
    #[serde(default)]
    rounds: Vec<Round>,
    #[serde(default)]
    assessments: Vec<AssessmentData>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format_version: u32,
    title: &'a str,
    instrument: &'a Instrument,
    ministries: &'a [Ministry],
    rounds: &'a [Round],
    assessments: Vec<AssessmentRef<'a>>,
}

/// Only the version; everything else is skipped without being built.
#[derive(Deserialize)]
struct VersionProbe {
    format_version: Option<serde_json::Value>,
}

/// Serialise a workspace to its file bytes (same workspace, same bytes).
pub fn to_bytes(ws: &Workspace) -> Vec<u8> {
    let out = FileOut {
        format_version: FORMAT_VERSION,
        title: ws.title(),
        instrument: ws.instrument(),
        ministries: ws.ministries(),
        rounds: ws.rounds(),
        assessments: ws.assessment_refs(),
    };
    let mut buf = Vec::with_capacity(64 * 1024);
    // Writing to a Vec cannot fail and every map key is a string (invariant).
    serde_json::to_writer_pretty(&mut buf, &out).expect("invariant: workspace serialises to JSON");
    buf.push(b'\n');
    buf
}

/// Read and validate a workspace file. The file is only read.
pub fn load(path: &Path) -> Result<Workspace, LoadError> {
    let bytes = read_limited(path)?;
    from_bytes(&bytes, path)
}

/// Read a whole file, refusing one over [`MAX_FILE_BYTES`] before reading it.
pub(crate) fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_err = |error| LoadError::Io {
        path: path.to_owned(),
        error,
    };
    let file = fs::File::open(path).map_err(io_err)?;
    let size = file.metadata().map_err(io_err)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // `take` guards against a file that grows while it is read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// Line and column (1-based, in characters) of a byte offset.
pub(crate) fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Check that bytes are UTF-8 text, reporting the first bad byte's position.
pub(crate) fn check_utf8<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(bytes, e.valid_up_to());
        LoadError::NotUtf8 {
            path: path.to_owned(),
            line,
            column,
        }
    })
}

fn json_error(e: &serde_json::Error, path: &Path) -> LoadError {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let mut message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
    if e.is_eof() {
        message.push_str(" (the file ends too early: it looks cut short)");
    }
    if message.starts_with("recursion limit exceeded") {
        message = "the data is nested far too deeply to be a workspace".to_owned();
    }
    LoadError::Json {
        path: path.to_owned(),
        line: e.line(),
        column: e.column(),
        message,
    }
}

/// Parse and validate workspace bytes; `path` is only used in messages.
pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Workspace, LoadError> {
    let text = check_utf8(bytes, path)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    let start = text.len() - text.trim_start().len();
    if !text[start..].starts_with('{') {
        let (line, column) = line_column(text.as_bytes(), start);
        let found: String = text[start..].chars().take(12).collect();
        return Err(LoadError::Json {
            path: path.to_owned(),
            line,
            column,
            message: format!(
                "this is not a workspace file: expected a JSON object starting with `{{`, found `{found}`"
            ),
        });
    }
    match serde_json::from_str::<FileIn>(text) {
        Ok(file) => {
            check_version(file.format_version, path)?;
            Workspace::from_parts(
                file.title,
                file.instrument,
                file.ministries,
                file.rounds,
                file.assessments,
            )
            .map_err(|error| LoadError::Data {
                path: path.to_owned(),
                error,
            })
        }
        Err(e) => {
            // A file from a newer app may fail to parse for good reasons: say so.
            if let Some(found) = probe_version(text) {
                check_version(found, path)?;
            }
            Err(json_error(&e, path))
        }
    }
}

fn check_version(found: u64, path: &Path) -> Result<(), LoadError> {
    match found {
        v if v == u64::from(FORMAT_VERSION) => Ok(()),
        v if v > u64::from(FORMAT_VERSION) => Err(LoadError::TooNew {
            path: path.to_owned(),
            found: v,
        }),
        // Older formats get a migration step here when the format changes.
        v => Err(LoadError::Unsupported {
            path: path.to_owned(),
            found: v,
        }),
    }
}

/// The `format_version` of a JSON text, read without building the rest.
fn probe_version(text: &str) -> Option<u64> {
    serde_json::from_str::<VersionProbe>(text)
        .ok()?
        .format_version?
        .as_u64()
}

/// Refuse to overwrite a file that a newer app wrote (it would lose its data).
pub fn check_overwritable(path: &Path) -> Result<(), LoadError> {
    if !path.exists() {
        return Ok(());
    }
    let bytes = read_limited(path)?;
    match std::str::from_utf8(&bytes).ok().and_then(probe_version) {
        Some(found) if found > u64::from(FORMAT_VERSION) => Err(LoadError::TooNew {
            path: path.to_owned(),
            found,
        }),
        _ => Ok(()),
    }
}

/// The backup kept beside a workspace file: `<name>.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Save a workspace atomically, keeping the previous file as `<name>.bak`.
pub fn save(path: &Path, ws: &Workspace) -> Result<(), SaveError> {
    write_atomic(path, &to_bytes(ws))
}

/// Write `bytes` to `path` through a synced temporary file and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let fail = |action: &'static str| {
        move |error: io::Error| SaveError {
            path: path.to_owned(),
            action,
            error,
        }
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp).map_err(fail("creating a temporary file"))?;
        f.write_all(bytes).map_err(fail("writing"))?;
        f.sync_all().map_err(fail("flushing to disk"))?;
        drop(f);
        if path.exists() {
            keep_backup(path).map_err(fail("keeping the previous version as .bak"))?;
        }
        fs::rename(&tmp, path).map_err(fail("replacing the file"))?;
        // Make the rename itself durable; not all platforms can open a folder.
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn keep_backup(path: &Path) -> io::Result<()> {
    let bak = backup_path(path);
    let bak_tmp = bak.with_extension("bak.tmp");
    let _ = fs::remove_file(&bak_tmp);
    // A hard link is instant for big files; copy where links are not supported.
    if fs::hard_link(path, &bak_tmp).is_err() {
        fs::copy(path, &bak_tmp)?;
    }
    fs::rename(&bak_tmp, &bak)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;

    #[test]
    fn line_column_counts_characters() {
        let b = "ab\ncé\nxyz".as_bytes();
        assert_eq!(line_column(b, 0), (1, 1));
        assert_eq!(line_column(b, 3), (2, 1));
        assert_eq!(line_column(b, 6), (2, 3));
        assert_eq!(line_column(b, 8), (3, 2));
        assert_eq!(line_column(b, 7), (3, 1));
    }

    #[test]
    fn bytes_round_trip_and_are_deterministic() {
        let ws = demo_workspace();
        let a = to_bytes(&ws);
        let back = from_bytes(&a, Path::new("x")).unwrap();
        assert_eq!(back, ws);
        assert_eq!(to_bytes(&back), a);
        let text = String::from_utf8(a).unwrap();
        assert!(text.starts_with("{\n  \"format_version\": 1,"));
    }

    #[test]
    fn backup_name() {
        assert_eq!(
            backup_path(Path::new("/a/b.codi.json")),
            Path::new("/a/b.codi.json.bak")
        );
    }
}
