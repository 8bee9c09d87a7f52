//! Save As off the window's thread: the workspace is copied under the session's lock,
//! written without it, and the document then points at the new file. Edits made while
//! it writes (phones, tables, the facilitator) are saved to the new place afterwards.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::Session;

/// A Save As being written.
pub struct SaveAsJob {
    pub path: PathBuf,
    rx: Receiver<Result<(), String>>,
}

impl Session {
    /// Start writing the document to `path`; see [`SaveAsJob`].
    pub fn start_save_as(&self, path: PathBuf) -> SaveAsJob {
        let (tx, rx) = channel();
        let (session, out) = (self.clone(), path.clone());
        let spawned = std::thread::Builder::new()
            .name("save-as".into())
            .spawn(move || {
                let _ = tx.send(session.save_as(out));
            });
        if let Err(e) = spawned {
            let (tx, failed) = channel();
            let _ = tx.send(Err(format!("Save As could not start: {e}")));
            return SaveAsJob { path, rx: failed };
        }
        SaveAsJob { path, rx }
    }

    /// Save As without holding the lock while writing. If another document was opened
    /// meanwhile, the copy is written but the open document stays where it is.
    pub fn save_as(&self, path: PathBuf) -> Result<(), String> {
        let (ws, revision, from) = self.save_as_start();
        write_as(&path, &ws)?;
        self.save_as_finish(&from, path, revision)
    }

    /// What Save As writes, its revision, and where the document was.
    fn save_as_start(&self) -> (crate::model::Workspace, u64, PathBuf) {
        let st = self.lock();
        let (ws, revision) = st.doc.save_as_snapshot();
        (ws, revision, st.doc.target().path().to_owned())
    }

    /// Point the document at `path`, unless it is no longer the one that was copied.
    fn save_as_finish(&self, from: &Path, path: PathBuf, revision: u64) -> Result<(), String> {
        let mut st = self.lock();
        if st.doc.target().path() != from {
            return Err(format!(
                "A copy was saved to {}, but another workspace was opened meanwhile, so \
                 the open one still saves where it did.",
                path.display()
            ));
        }
        st.doc.moved_to(path, revision);
        st.signal().raise();
        Ok(())
    }
}

impl SaveAsJob {
    /// The outcome once written.
    pub fn poll(&self) -> Option<Result<(), String>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("Save As stopped unexpectedly".into())),
        }
    }

    /// Wait for the outcome (tests, closing).
    pub fn wait(self) -> Result<(), String> {
        self.rx
            .recv()
            .unwrap_or_else(|_| Err("Save As stopped unexpectedly".into()))
    }
}

/// Save As's writing: refuses to replace what is not a workspace, and holds the new
/// file's lock while writing.
pub fn write_as(path: &std::path::Path, ws: &crate::model::Workspace) -> Result<(), String> {
    crate::storage::json::check_overwritable(path).map_err(|e| e.to_string())?;
    let _lock = crate::storage::fs::FileLock::acquire(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    crate::storage::json::save(path, ws).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use crate::model::demo::demo_workspace;
    use crate::model::{Edit, MinistryId};
    use crate::{Clock, Document, Origin, Session, Target};

    fn session(dir: &std::path::Path) -> Session {
        let target = Target::Unsaved(dir.join("unsaved-1.codi.json"));
        Session::new(Document::new(demo_workspace(), target), Clock::default())
    }

    #[test]
    fn the_document_moves_to_the_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let s = session(dir.path());
        let to = dir.path().join("kept.codi.json");
        s.start_save_as(to.clone()).wait().unwrap();
        assert_eq!(s.lock().doc.target().path(), to.as_path());
        let on_disk = crate::storage::json::load(&to).unwrap();
        assert_eq!(&on_disk, s.lock().doc.workspace());
    }

    #[test]
    fn another_document_opened_meanwhile_keeps_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let s = session(dir.path());
        let other = dir.path().join("other.codi.json");
        let to = dir.path().join("copy.codi.json");
        // The copy is taken and written; the window opens another workspace before
        // the document would move.
        let (ws, revision, from) = s.save_as_start();
        super::write_as(&to, &ws).unwrap();
        let mut changed = demo_workspace();
        changed.set_title("Another workspace");
        s.lock()
            .replace_document(Document::new(changed, Target::File(other.clone())));
        let err = s.save_as_finish(&from, to.clone(), revision).unwrap_err();
        assert!(err.contains("another workspace was opened"), "{err}");
        assert!(to.exists(), "the copy is written");
        assert_eq!(s.lock().doc.target().path(), other.as_path(), "not moved");
        // And an edit to the document goes on being its own.
        let id = MinistryId::new("MoSW").unwrap();
        let edit = Edit::SetNotes {
            round: demo_workspace().rounds()[0].id.clone(),
            ministry: id,
            notes: "x".into(),
        };
        s.lock().apply(edit, Origin::User).unwrap();
        assert_eq!(s.lock().doc.target().path(), other.as_path());
    }
}
