//! The file system, carefully: only regular files are read or replaced, every read is
//! bounded, writes are atomic (a synced temporary file renamed into place, the previous
//! file kept as `.bak`), a save can hold a lock that other windows and processes
//! respect, and stale temporary files from crashes are cleaned up.
//!
//! On Windows a rename over a file that another program holds open fails; the rename
//! is retried a few times and then reported, naming the file, so nothing is lost: the
//! data stays in memory and the previous file stays whole. The lock is `File::lock`,
//! which is `flock` on Unix and `LockFileEx` on Windows.

use std::fs;
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// Most bytes a file name may have on common file systems.
const MAX_NAME_BYTES: usize = 255;
/// Ending of our temporary files, so stale ones can be recognised.
const TMP_SUFFIX: &str = ".codi-tmp";
/// A temporary file older than this belongs to a crashed run.
const STALE_AFTER: Duration = Duration::from_secs(60);

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read {}: {error}", path.display())]
    Io { path: PathBuf, error: io::Error },
    #[error("{} is {what}, not a regular file, so it was not read", path.display())]
    NotRegular { path: PathBuf, what: &'static str },
    #[error("{} is {} MB; the limit for this kind of file is {} MB", path.display(), size / 1_000_000, limit / 1_000_000)]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
}

/// Why a write failed. The data stays in memory; the old file is untouched.
#[derive(Debug, thiserror::Error)]
#[error("could not save {}: {action} failed: {error}{}", path.display(), in_use_hint(error))]
pub struct SaveError {
    pub path: PathBuf,
    pub action: &'static str,
    pub error: io::Error,
}

/// Whether another program holds the file open so that it cannot be replaced: on
/// Windows, a spreadsheet showing the workbook, for example.
fn held_by_another_program(error: &io::Error) -> bool {
    // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    cfg!(windows) && matches!(error.raw_os_error(), Some(5 | 32 | 33))
}

/// What to do when the file is in use, for the message.
fn in_use_hint(error: &io::Error) -> &'static str {
    if held_by_another_program(error) {
        " (the file is open in another program, a spreadsheet perhaps: close it there and try again)"
    } else {
        ""
    }
}

/// What kind of thing a non-regular path is, for messages.
fn kind_of(meta: &fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return "a pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// Read a whole regular file of at most `limit` bytes. Pipes, devices and folders are
/// refused before they are opened (opening a pipe would wait for a writer forever).
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let io_err = |error| ReadError::Io {
        path: path.to_owned(),
        error,
    };
    let meta = fs::metadata(path).map_err(io_err)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular {
            path: path.to_owned(),
            what: kind_of(&meta),
        });
    }
    let too_large = |size| ReadError::TooLarge {
        path: path.to_owned(),
        size,
        limit,
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let file = fs::File::open(path).map_err(io_err)?;
    // The path could have been swapped between the check and the open.
    let opened = file.metadata().map_err(io_err)?;
    if !opened.is_file() {
        return Err(ReadError::NotRegular {
            path: path.to_owned(),
            what: kind_of(&opened),
        });
    }
    let mut bytes = Vec::with_capacity(opened.len().min(limit) as usize);
    // `take` guards against a file that grows while it is read.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Modification time, length and file identity: enough to notice another program's
/// write (every atomic save makes a new file, so its identity changes too).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    modified: Option<SystemTime>,
    len: u64,
    identity: Option<(u64, u64)>,
}

impl DiskStamp {
    pub fn of(path: &Path) -> Option<Self> {
        let m = fs::metadata(path).ok()?;
        Some(Self {
            modified: m.modified().ok(),
            len: m.len(),
            identity: identity(&m),
        })
    }
}

#[cfg(unix)]
fn identity(m: &fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt as _;
    Some((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(_: &fs::Metadata) -> Option<(u64, u64)> {
    None
}

/// The full path of an existing file, links followed, written the way people write
/// it: on Windows `C:\work\a.codi.json`, not the `\\?\C:\work\...` form the system
/// returns (which people would see in the recent files and messages).
pub fn canonical(path: &Path) -> io::Result<PathBuf> {
    let full = path.canonicalize()?;
    Ok(if cfg!(windows) {
        plain_windows_path(&full)
    } else {
        full
    })
}

/// `\\?\C:\x` as `C:\x` and `\\?\UNC\server\share\x` as `\\server\share\x`; other paths
/// unchanged. A drive path of 260 characters or more keeps the prefix it needs.
fn plain_windows_path(path: &Path) -> PathBuf {
    let Some(text) = path.to_str() else {
        return path.to_owned();
    };
    if let Some(rest) = text.strip_prefix(r"\\?\UNC\") {
        return PathBuf::from(format!(r"\\{rest}"));
    }
    match text.strip_prefix(r"\\?\") {
        Some(rest) if rest.len() < 260 && rest.as_bytes().get(1..3) == Some(b":\\") => {
            PathBuf::from(rest)
        }
        _ => path.to_owned(),
    }
}

/// True when both paths name the same existing file: the same canonical path, or the
/// same file reached another way (a hard link).
pub fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(x), Ok(y)) = (a.canonicalize(), b.canonicalize())
        && x == y
    {
        return true;
    }
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(x), Ok(y)) => identity(&x).is_some() && identity(&x) == identity(&y),
        _ => false,
    }
}

/// Where a write to `path` really goes: through a symbolic link to its target, so the
/// link stays a link.
fn resolve(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => canonical(path).unwrap_or_else(|_| path.into()),
        _ => path.to_owned(),
    }
}

/// Refuse to replace anything but a regular file (a device, a pipe, a folder).
pub fn check_replaceable(path: &Path) -> Result<(), SaveError> {
    match fs::metadata(path) {
        Ok(m) if !m.is_file() => Err(SaveError {
            path: path.to_owned(),
            action: "checking the target",
            error: io::Error::other(format!(
                "it is {}; only regular files are written",
                kind_of(&m)
            )),
        }),
        // Marked read-only by someone on purpose: a rename would replace it anyway
        // (except on Windows), so the mark is honoured everywhere.
        Ok(m) if m.permissions().readonly() => Err(SaveError {
            path: path.to_owned(),
            action: "checking the target",
            error: io::Error::new(
                io::ErrorKind::PermissionDenied,
                "it is marked read-only; clear the mark or save under another name",
            ),
        }),
        _ => Ok(()),
    }
}

/// A sibling file name made from `name` with `prefix` and `suffix`, shortened (with a
/// hash of the full name, so it stays unique) when it would be too long.
fn sibling_name(name: &str, prefix: &str, suffix: &str) -> String {
    let full = format!("{prefix}{name}{suffix}");
    if full.len() <= MAX_NAME_BYTES {
        return full;
    }
    let hash = format!("{:016x}", fnv1a(name.as_bytes()));
    let room = MAX_NAME_BYTES - prefix.len() - suffix.len() - hash.len() - 1;
    let mut cut = room.min(name.len());
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{prefix}{}~{hash}{suffix}", &name[..cut])
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// The backup kept beside a file: `<name>.bak` (shortened for very long names).
pub fn backup_path(path: &Path) -> PathBuf {
    path.with_file_name(sibling_name(&file_name(path), "", ".bak"))
}

/// The lock file beside a file: `.<name>.lock`.
pub fn lock_path(path: &Path) -> PathBuf {
    path.with_file_name(sibling_name(&file_name(path), ".", ".lock"))
}

/// The marker beside a file that a window holds while it has the file open:
/// `.<name>.open`.
pub fn presence_path(path: &Path) -> PathBuf {
    path.with_file_name(sibling_name(&file_name(path), ".", ".open"))
}

/// The pattern of our temporary files for `path`: `.<name>.<pid>-<n>.codi-tmp`.
fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tag = format!(".{}-{n}{TMP_SUFFIX}", std::process::id());
    path.with_file_name(sibling_name(&file_name(path), ".", &tag))
}

/// Remove temporary files of ours for `path` that a crashed run left behind (older
/// than a minute at `now`, as the file system tells time). Returns how many were
/// removed.
pub fn clean_stale_temps(path: &Path, now: SystemTime) -> usize {
    let name = file_name(path);
    // The start every temp name for this file shares, shortened or not.
    let stem = sibling_name(&name, ".", "");
    let short = stem.split('~').next().unwrap_or(&stem).to_owned();
    let Ok(entries) = fs::read_dir(folder_of(path)) else {
        return 0;
    };
    let mut removed = 0;
    for e in entries.filter_map(Result::ok) {
        let n = e.file_name().to_string_lossy().into_owned();
        if !(n.ends_with(TMP_SUFFIX)
            && (n.starts_with(&format!("{stem}.")) || n.starts_with(&short)))
        {
            continue;
        }
        let old = e
            .metadata()
            .ok()
            .filter(fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if old && fs::remove_file(e.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Write `bytes` to `path` through a synced temporary file and a rename, keeping the
/// previous file as `.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let path = resolve(path);
    let path = path.as_path();
    let fail = |action: &'static str| {
        move |error: io::Error| SaveError {
            path: path.to_owned(),
            action,
            error,
        }
    };
    check_replaceable(path)?;
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = fs::File::create(&tmp).map_err(fail("creating a temporary file"))?;
        // The new file's time is the file system's "now": older temps are left over.
        if let Ok(now) = f.metadata().and_then(|m| m.modified()) {
            clean_stale_temps(path, now);
        }
        f.write_all(bytes).map_err(fail("writing"))?;
        f.sync_all().map_err(fail("flushing to disk"))?;
        drop(f);
        if path.exists() {
            keep_backup(path).map_err(fail("keeping the previous version as .bak"))?;
        }
        rename_with_retry(&tmp, path).map_err(fail("replacing the file"))?;
        // Make the rename itself durable; not all platforms can open a folder.
        if let Ok(d) = fs::File::open(folder_of(path)) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Rename, retrying briefly: on Windows another program (a virus scanner, a backup
/// tool) may hold the target open for a moment.
fn rename_with_retry(from: &Path, to: &Path) -> io::Result<()> {
    let mut last = None;
    for attempt in 0..5 {
        match fs::rename(from, to) {
            Ok(()) => return Ok(()),
            Err(e) if held_by_another_program(&e) => {
                last = Some(e);
                std::thread::sleep(Duration::from_millis(50 << attempt));
            }
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("the file stayed in use")))
}

fn keep_backup(path: &Path) -> io::Result<()> {
    let bak = backup_path(path);
    let bak_tmp = temp_path(&bak);
    // A hard link is instant for big files; copy where links are not supported. Not on
    // Windows: a link to a file another program holds open can be neither renamed nor
    // removed, so a failed save would leave it behind.
    if cfg!(windows) || fs::hard_link(path, &bak_tmp).is_err() {
        fs::copy(path, &bak_tmp)?;
    }
    rename_with_retry(&bak_tmp, &bak).inspect_err(|_| {
        let _ = fs::remove_file(&bak_tmp);
    })
}

/// An exclusive lock on a file's sidecar lock file, held until dropped. Every save of
/// the app takes it, so checking that the file is unchanged and writing it are one
/// step across windows and processes.
pub struct FileLock {
    _file: fs::File,
}

impl FileLock {
    /// Wait for the lock on `path` (created when missing).
    pub fn acquire(path: &Path) -> io::Result<Self> {
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(lock_path(path))?;
        file.lock()?;
        Ok(Self { _file: file })
    }

    /// Take the lock only if nobody holds it.
    pub fn try_acquire(path: &Path) -> io::Result<Option<Self>> {
        Self::try_lock_file(&lock_path(path))
    }

    /// Mark `path` as open in this process, unless another process already has it
    /// open: `None` then. The mark goes when this lock is dropped (or the process ends).
    pub fn try_mark_open(path: &Path) -> io::Result<Option<Self>> {
        Self::try_lock_file(&presence_path(path))
    }

    fn try_lock_file(lock_file: &Path) -> io::Result<Option<Self>> {
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(lock_file)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Self { _file: file })),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(e)) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests;
