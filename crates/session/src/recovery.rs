//! Never-saved workspaces and their recovery. A workspace that was never given a file
//! is autosaved in the data folder as `unsaved-STAMP.codi.json`; the next run offers
//! those it finds, newest first. Restoring opens one where it is; discarding sets it
//! aside under `.discarded`, never deleting it.

use std::path::{Path, PathBuf};

use crate::model::clock::Clock;
use crate::storage::json;
use crate::{Document, Target};

const PREFIX: &str = "unsaved-";

/// A new, unused autosave path in `dir`, named from the clock's local time.
pub fn autosave_path(dir: &Path, clock: &Clock) -> PathBuf {
    let stamp = clock.zoned().strftime("%Y%m%d-%H%M%S").to_string();
    let mut path = dir.join(format!("{PREFIX}{stamp}{}", json::EXTENSION));
    let mut k = 2;
    while path.exists() {
        path = dir.join(format!("{PREFIX}{stamp}-{k}{}", json::EXTENSION));
        k += 1;
    }
    path
}

/// Never-saved workspaces left in `dir` by earlier runs, newest first; `current` (the
/// one open now) is not among them. A folder that cannot be read has none.
pub fn find_unsaved(dir: &Path, current: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| is_unsaved(p) && p != current)
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    found.into_iter().map(|(_, p)| p).collect()
}

fn is_unsaved(path: &Path) -> bool {
    path.file_name()
        .map(|n| n.to_string_lossy())
        .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(json::EXTENSION))
}

/// The document of a never-saved workspace, still autosaved where it is.
pub fn restore(path: &Path) -> Result<Document, String> {
    let ws = json::load(path).map_err(|e| e.to_string())?;
    Ok(Document::new(ws, Target::Unsaved(path.to_owned())))
}

/// Set a recovery file aside (renamed to `….discarded`, kept on disk); returns where.
pub fn set_aside(path: &Path) -> Result<PathBuf, String> {
    let mut discarded = path.to_owned().into_os_string();
    discarded.push(".discarded");
    let discarded = PathBuf::from(discarded);
    std::fs::rename(path, &discarded)
        .map_err(|e| format!("Could not set aside {}: {e}", path.display()))?;
    Ok(discarded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;

    #[test]
    fn names_never_collide_and_come_from_the_clock() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Clock::fake_in(
            "2026-12-04T03:00:00Z".parse().unwrap(),
            jiff::tz::TimeZone::fixed(jiff::tz::offset(6)),
        );
        let first = autosave_path(dir.path(), &clock);
        assert!(
            first.ends_with("unsaved-20261204-090000.codi.json"),
            "{first:?}"
        );
        std::fs::write(&first, b"{}").unwrap();
        let second = autosave_path(dir.path(), &clock);
        assert!(
            second.ends_with("unsaved-20261204-090000-2.codi.json"),
            "{second:?}"
        );
    }

    #[test]
    fn found_newest_first_restored_where_they_are_and_set_aside_not_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("unsaved-20260101-080000.codi.json");
        let new = dir.path().join("unsaved-20260102-080000.codi.json");
        let current = dir.path().join("unsaved-20260103-080000.codi.json");
        for p in [&old, &new, &current] {
            json::save(p, &demo_workspace()).unwrap();
        }
        std::fs::write(dir.path().join("notes.codi.json"), b"{}").unwrap();
        std::fs::write(dir.path().join("unsaved-x.txt"), b"").unwrap();
        // An hour older than the newer file, whatever the real time is.
        let newer = std::fs::metadata(&new).unwrap().modified().unwrap();
        let earlier = newer - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(earlier)
            .unwrap();
        assert_eq!(
            find_unsaved(dir.path(), &current),
            vec![new.clone(), old.clone()]
        );
        assert!(find_unsaved(&dir.path().join("missing"), &current).is_empty());

        let doc = restore(&new).unwrap();
        assert_eq!(doc.target().path(), new.as_path());
        assert_eq!(doc.workspace(), &demo_workspace());

        let aside = set_aside(&old).unwrap();
        assert!(aside.exists() && !old.exists());
        assert_eq!(find_unsaved(dir.path(), &current), vec![new.clone()]);
        let err = set_aside(&old).unwrap_err();
        assert!(err.contains("Could not set aside"), "{err}");

        std::fs::write(&new, b"not json").unwrap();
        assert!(
            restore(&new).is_err(),
            "a damaged file is an error, not a panic"
        );
    }
}
