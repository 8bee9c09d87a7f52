//! Workspace files (`*.codi.json`): versioned, pretty-printed, deterministic JSON.
//!
//! Loading never writes to the file and turns every problem into a [`LoadError`] that
//! says what is wrong and where (path, line and column, or the item). Format 1 files
//! (one instrument per workspace) are migrated on load; format 2 keeps every
//! instrument version the rounds were scored with. Saving goes through
//! [`super::fs::write_atomic`].

use std::path::Path;

use serde::Deserialize;

use super::fs::{self, ReadError, SaveError};
use crate::model::followup::Attendance;
use crate::model::history::{Entry, History};
use crate::model::ids::{AreaId, MinistryId, RoundId};
use crate::model::instrument::{Instrument, MAX_INSTRUMENT_BYTES};
use crate::model::score::AreaScore;
use crate::model::unknown::Unknown;
use crate::model::workspace::{Ministry, Round, Workspace};

pub use super::fs::backup_path;

/// The file format this build writes (it reads this one and every older one).
pub const FORMAT_VERSION: u32 = 3;

/// Largest workspace file accepted. The benchmark's 1,000-ministry, 20-round workspace
/// is about 106 MB (a real one: 39 ministries, 10 rounds, ~2 MB).
pub const MAX_FILE_BYTES: u64 = 160_000_000;

/// File name ending for workspaces.
pub const EXTENSION: &str = ".codi.json";

/// Why a workspace could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{} is empty: it holds no workspace", path.display())]
    Empty { path: std::path::PathBuf },
    #[error("line {line}, column {column} of {}: the file is not UTF-8 text (saved in another encoding, or not a workspace file)", path.display())]
    NotUtf8 {
        path: std::path::PathBuf,
        line: usize,
        column: usize,
    },
    #[error("line {line}, column {column} of {}: {message}", path.display())]
    Json {
        path: std::path::PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{} was written by a newer version of CODI Workshop (file format {found}; this version reads up to {FORMAT_VERSION}). Update the app to open it; the file was not changed", path.display())]
    TooNew {
        path: std::path::PathBuf,
        found: u64,
    },
    #[error("{} uses file format {found}, which this version cannot read", path.display())]
    Unsupported {
        path: std::path::PathBuf,
        found: u64,
    },
    #[error("{}: {place}: {problem}", path.display())]
    Data {
        path: std::path::PathBuf,
        place: String,
        problem: String,
    },
}

/// Everything any format may hold; which fields must be there depends on the version.
/// Fields this build does not know are kept (`unknown`), to be written back.
#[derive(Default)]
struct FileIn {
    format_version: u64,
    title: String,
    /// The language of reports, the room and the phones; absent: English.
    language: Option<String>,
    /// Format 1: the one instrument.
    instrument: Option<Instrument>,
    /// Format 2: every version used, and the one new rounds use.
    instruments: Vec<Instrument>,
    current_instrument: Option<String>,
    ministries: Vec<Kept<Ministry>>,
    rounds: Vec<Kept<Round>>,
    assessments: Vec<AssessmentIn>,
    /// Format 3: the audit trail and the hash of its last entry.
    history: Vec<Entry>,
    history_head: Option<String>,
    unknown: Unknown,
}

/// A record and the fields of it this build does not know.
#[derive(Deserialize)]
struct Kept<T> {
    #[serde(flatten)]
    known: T,
    #[serde(flatten)]
    unknown: Unknown,
}

mod file_in;

/// The on-disk shape of one assessment.
#[derive(Deserialize)]
struct AssessmentIn {
    round: RoundId,
    ministry: MinistryId,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    attendance: Attendance,
    #[serde(default)]
    scores: UniqueMap<AreaId, AreaScore>,
}

/// A JSON object read in order, refusing a key that appears twice (a plain map would
/// silently keep the last one).
struct UniqueMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for UniqueMap<K, V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'de, K, V> Deserialize<'de> for UniqueMap<K, V>
where
    K: Deserialize<'de> + Ord + std::fmt::Display,
    V: Deserialize<'de>,
{
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<K, V>(std::marker::PhantomData<(K, V)>);
        impl<'de, K, V> serde::de::Visitor<'de> for Visit<K, V>
        where
            K: Deserialize<'de> + Ord + std::fmt::Display,
            V: Deserialize<'de>,
        {
            type Value = UniqueMap<K, V>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object keyed by area id")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut out: Vec<(K, V)> = Vec::new();
                let mut seen = std::collections::BTreeSet::new();
                while let Some((k, v)) = map.next_entry::<K, V>()? {
                    if !seen.insert(k.to_string()) {
                        return Err(serde::de::Error::custom(format!(
                            "area `{k}` appears twice"
                        )));
                    }
                    out.push((k, v));
                }
                Ok(UniqueMap(out))
            }
        }
        d.deserialize_map(Visit(std::marker::PhantomData))
    }
}

/// Only the version; everything else is skipped without being built.
#[derive(Deserialize)]
struct VersionProbe {
    format_version: Option<serde_json::Value>,
}

/// Read and validate a workspace file. The file is only read.
pub fn load(path: &Path) -> Result<Workspace, LoadError> {
    let bytes = fs::read_limited(path, MAX_FILE_BYTES)?;
    from_bytes(&bytes, path)
}

/// Read several workspace files side by side, one thread each (a merge reads them
/// all); the results in the order given.
pub fn load_many(paths: &[std::path::PathBuf]) -> Vec<Result<Workspace, LoadError>> {
    std::thread::scope(|s| {
        let jobs: Vec<_> = paths.iter().map(|p| s.spawn(move || load(p))).collect();
        jobs.into_iter()
            .zip(paths)
            .map(|(j, p)| {
                // A panic while reading one file is that file's error, never the app's.
                j.join().unwrap_or_else(|_| {
                    Err(LoadError::Read(ReadError::Io {
                        path: p.clone(),
                        error: std::io::Error::other("reading it failed"),
                    }))
                })
            })
            .collect()
    })
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
            build(file).map_err(|(place, problem)| LoadError::Data {
                path: path.to_owned(),
                place,
                problem,
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
        1..=3 => Ok(()),
        v if v > u64::from(FORMAT_VERSION) => Err(LoadError::TooNew {
            path: path.to_owned(),
            found: v,
        }),
        v => Err(LoadError::Unsupported {
            path: path.to_owned(),
            found: v,
        }),
    }
}

/// The instruments of a file, the current one first, in stored form.
fn instruments_of(file: &mut FileIn) -> Result<(Vec<Instrument>, String), (String, String)> {
    let missing = |field: &str| (field.to_owned(), "is missing".to_owned());
    if file.format_version == 1 {
        // Format 1: one instrument. A round could name another version whose texts
        // the file never held; it keeps its version, with this instrument's texts, as
        // it was read before.
        let inst = file
            .instrument
            .take()
            .ok_or_else(|| missing("instrument"))?;
        let current = inst.version().to_owned();
        let mut all = vec![inst];
        for r in file.rounds.iter().map(|r| &r.known) {
            if all.iter().all(|i| i.version() != r.instrument_version) {
                let note = format!(
                    "(Texts of version {current}: this file's format kept only one instrument.)"
                );
                all.push(all[0].relabelled(&r.instrument_version, &note));
            }
        }
        return Ok((all, current));
    }
    let current = file
        .current_instrument
        .take()
        .ok_or_else(|| missing("current_instrument"))?;
    if file.instruments.is_empty() {
        return Err(missing("instruments"));
    }
    Ok((std::mem::take(&mut file.instruments), current))
}

/// Build a workspace from stored parts, checking every cross-reference.
fn build(mut file: FileIn) -> Result<Workspace, (String, String)> {
    let (instruments, current) = instruments_of(&mut file)?;
    let mut iter = instruments.into_iter().enumerate();
    let Some((_, first)) = iter.next() else {
        return Err(("instruments".into(), "is empty".into()));
    };
    let mut ws = Workspace::new(file.title, first);
    if let Some(tag) = &file.language {
        let tag = crate::model::LanguageTag::parse(tag)
            .map_err(|e| ("language".to_owned(), e.to_string()))?;
        ws.set_language(Some(tag));
    }
    for (i, inst) in iter {
        let v = inst.version().to_owned();
        let place = || format!("instruments[{i}] (version `{v}`)");
        let new = ws
            .add_instrument(inst)
            .map_err(|e| (place(), e.to_string()))?;
        if !new {
            return Err((place(), "this instrument version appears twice".to_owned()));
        }
    }
    ws.set_current_instrument(&current)
        .map_err(|e| ("current_instrument".to_owned(), e.to_string()))?;
    let mut kept = crate::model::unknown::Kept {
        top: std::mem::take(&mut file.unknown),
        ..Default::default()
    };
    for (i, Kept { known: m, unknown }) in file.ministries.into_iter().enumerate() {
        let id = m.id.clone();
        ws.add_ministry(m)
            .map_err(|e| (format!("ministries[{i}] (`{id}`)"), e.to_string()))?;
        if !unknown.is_empty() {
            kept.ministries.insert(id, unknown);
        }
    }
    for (i, Kept { known: r, unknown }) in file.rounds.into_iter().enumerate() {
        let id = r.id.clone();
        ws.add_round(r)
            .map_err(|e| (format!("rounds[{i}] (`{id}`)"), e.to_string()))?;
        if !unknown.is_empty() {
            kept.rounds.insert(id, unknown);
        }
    }
    ws.set_kept(kept);
    let mut seen = std::collections::HashSet::new();
    for (i, a) in file.assessments.into_iter().enumerate() {
        let place = format!(
            "assessments[{i}] (round `{}`, ministry `{}`)",
            a.round, a.ministry
        );
        if !seen.insert((a.round.clone(), a.ministry.clone())) {
            return Err((place, "this round and ministry appear twice".to_owned()));
        }
        ws.insert_assessment(&a.round, &a.ministry, a.notes, a.attendance, a.scores.0)
            .map_err(|(area, e)| match area {
                Some(area) => (format!("{place}, area `{area}`"), e.to_string()),
                None => (place, e.to_string()),
            })?;
    }
    // A broken chain is reported by `check` and the history view, never refused.
    ws.set_history(History::loaded(file.history, file.history_head));
    Ok(ws)
}

/// The `format_version` of a JSON text, read without building the rest.
fn probe_version(text: &str) -> Option<u64> {
    serde_json::from_str::<VersionProbe>(text)
        .ok()?
        .format_version?
        .as_u64()
}

/// Refuse to overwrite a file that a newer app wrote (it would lose its data), or
/// anything that is not a regular file.
pub fn check_overwritable(path: &Path) -> Result<(), LoadError> {
    match std::fs::metadata(path) {
        Err(_) => return Ok(()),
        Ok(m) if !m.is_file() => {
            return Err(ReadError::NotRegular {
                path: path.to_owned(),
                what: if m.is_dir() {
                    "a folder"
                } else {
                    "a special file"
                },
            }
            .into());
        }
        Ok(_) => {}
    }
    let bytes = fs::read_limited(path, MAX_FILE_BYTES)?;
    match std::str::from_utf8(&bytes).ok().and_then(probe_version) {
        Some(found) if found > u64::from(FORMAT_VERSION) => Err(LoadError::TooNew {
            path: path.to_owned(),
            found,
        }),
        _ => Ok(()),
    }
}

/// Save a workspace atomically, keeping the previous file as `<name>.bak`.
pub fn save(path: &Path, ws: &Workspace) -> Result<(), SaveError> {
    fs::write_atomic(path, &to_bytes(ws))
}

/// Why an instrument file could not be used: names the file, then what and where.
#[derive(Debug, thiserror::Error)]
#[error("instrument file {}: {message}", path.display())]
pub struct InstrumentLoadError {
    pub path: std::path::PathBuf,
    pub message: String,
}

/// Read and validate an instrument file (a translated or adapted rubric, or another
/// tool). The file is only read, and only a regular file of a sane size.
pub fn load_instrument(path: &Path) -> Result<Instrument, InstrumentLoadError> {
    let fail = |message: String| InstrumentLoadError {
        path: path.to_owned(),
        message,
    };
    let bytes = fs::read_limited(path, MAX_INSTRUMENT_BYTES).map_err(|e| match e {
        ReadError::Io { error, .. } => fail(error.to_string()),
        ReadError::NotRegular { what, .. } => fail(format!("it is {what}, not a regular file")),
        ReadError::TooLarge { size, .. } => {
            fail(format!("{size} bytes is far too large for an instrument"))
        }
    })?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| fail(format!("not UTF-8 text (byte {})", e.valid_up_to())))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Instrument::from_json(text).map_err(|e| fail(e.to_string()))
}

mod out;
pub use out::to_bytes;

#[cfg(test)]
mod tests;
