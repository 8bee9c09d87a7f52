//! The open workspace: its data, its file, undo/redo, and autosave.
//!
//! Every edit is saved within a second on a background thread (atomic save from
//! `storage`). A never-saved workspace autosaves to the app's data folder. If the file
//! on disk was changed by another program since we last read or wrote it, saving stops
//! and asks, keeping the data in memory.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::SystemTime;

use super::command::{CoalesceKey, Edit};
use crate::model::{ModelError, Workspace};
use crate::storage::json;

/// Most undo steps kept.
const MAX_UNDO: usize = 200;
/// Save this long after the last change...
const QUIET_SECS: f64 = 0.25;
/// ...but never later than this after the first unsaved change.
const MAX_DELAY_SECS: f64 = 0.8;
/// Wait before retrying a failed save.
const RETRY_SECS: f64 = 5.0;

/// Modification time and length: enough to notice another program's write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    modified: Option<SystemTime>,
    len: u64,
}

impl DiskStamp {
    pub fn of(path: &Path) -> Option<Self> {
        let m = std::fs::metadata(path).ok()?;
        Some(Self {
            modified: m.modified().ok(),
            len: m.len(),
        })
    }
}

/// Where the document is saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A file the user chose or opened.
    File(PathBuf),
    /// A never-saved workspace, kept in the app's data folder.
    Unsaved(PathBuf),
}

impl Target {
    pub fn path(&self) -> &Path {
        match self {
            Target::File(p) | Target::Unsaved(p) => p,
        }
    }
}

/// The state of saving, for the title bar and message area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Pending,
    Failed(String),
    /// The file changed on disk; waiting for the user.
    Conflict,
}

struct SaveJob {
    generation: u64,
    rx: Receiver<Result<Option<DiskStamp>, SaveFailure>>,
}

enum SaveFailure {
    Conflict,
    Error(String),
}

pub struct Document {
    ws: Workspace,
    target: Target,
    undo: Vec<(Workspace, Option<CoalesceKey>)>,
    redo: Vec<Workspace>,
    /// Bumped by every change; saving records which generation reached disk.
    generation: u64,
    saved_generation: u64,
    disk_stamp: Option<DiskStamp>,
    job: Option<SaveJob>,
    first_unsaved: Option<f64>,
    last_change: f64,
    retry_at: Option<f64>,
    state: SaveState,
    /// Write even if the file changed on disk (the user chose to overwrite).
    force_next: bool,
}

impl Document {
    /// A document for `ws`, already in sync with `target` (just loaded or saved).
    pub fn new(ws: Workspace, target: Target) -> Self {
        let disk_stamp = DiskStamp::of(target.path());
        Self {
            ws,
            target,
            undo: Vec::new(),
            redo: Vec::new(),
            generation: 0,
            saved_generation: 0,
            disk_stamp,
            job: None,
            first_unsaved: None,
            last_change: 0.0,
            retry_at: None,
            state: SaveState::Saved,
            force_next: false,
        }
    }

    /// A document that has never been written (the demo, a new workspace): it is only
    /// saved once edited.
    pub fn unsaved(ws: Workspace, autosave: PathBuf) -> Self {
        let mut d = Self::new(ws, Target::Unsaved(autosave));
        d.disk_stamp = None;
        d
    }

    pub fn workspace(&self) -> &Workspace {
        &self.ws
    }
    pub fn target(&self) -> &Target {
        &self.target
    }
    pub fn state(&self) -> &SaveState {
        &self.state
    }
    pub fn is_dirty(&self) -> bool {
        self.generation != self.saved_generation
    }
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Apply an edit as one undo step (typing in one box coalesces). `now_secs` is the
    /// UI clock, `stamp` the wall-clock time recorded on changed scores.
    pub fn edit(
        &mut self,
        edit: Edit,
        now_secs: f64,
        stamp: Option<jiff::Timestamp>,
    ) -> Result<(), ModelError> {
        let key = edit.coalesce_key();
        let before = self.ws.clone();
        edit.apply(&mut self.ws, stamp)?;
        if self.ws == before {
            return Ok(());
        }
        let coalesce = key.is_some()
            && self.undo.last().is_some_and(|(_, k)| *k == key)
            && self.redo.is_empty();
        if !coalesce {
            self.undo.push((before, key));
            if self.undo.len() > MAX_UNDO {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.changed(now_secs);
        Ok(())
    }

    pub fn undo(&mut self, now_secs: f64) -> bool {
        let Some((ws, _)) = self.undo.pop() else {
            return false;
        };
        self.redo.push(std::mem::replace(&mut self.ws, ws));
        self.changed(now_secs);
        true
    }

    pub fn redo(&mut self, now_secs: f64) -> bool {
        let Some(ws) = self.redo.pop() else {
            return false;
        };
        // A fresh key so the next typing after a redo starts its own step.
        self.undo.push((std::mem::replace(&mut self.ws, ws), None));
        self.changed(now_secs);
        true
    }

    /// Replace the whole workspace as one undo step (reload from disk, CSV import).
    pub fn replace(&mut self, ws: Workspace, now_secs: f64) {
        self.undo.push((std::mem::replace(&mut self.ws, ws), None));
        self.redo.clear();
        self.changed(now_secs);
    }

    fn changed(&mut self, now_secs: f64) {
        self.generation += 1;
        self.first_unsaved.get_or_insert(now_secs);
        self.last_change = now_secs;
        if self.state == SaveState::Saved {
            self.state = SaveState::Pending;
        }
    }

    /// Point the document at a new file (after Save as), writing it now.
    pub fn save_as(&mut self, path: PathBuf) -> Result<(), String> {
        self.wait_for_job();
        json::check_overwritable(&path).map_err(|e| e.to_string())?;
        json::save(&path, &self.ws).map_err(|e| e.to_string())?;
        let old = std::mem::replace(&mut self.target, Target::File(path));
        if let Target::Unsaved(p) = old {
            let _ = std::fs::remove_file(&p);
            let _ = std::fs::remove_file(json::backup_path(&p));
        }
        self.disk_stamp = DiskStamp::of(self.target.path());
        self.saved_generation = self.generation;
        self.first_unsaved = None;
        self.state = SaveState::Saved;
        Ok(())
    }

    /// The user chose to overwrite the other program's changes.
    pub fn overwrite_on_next_save(&mut self) {
        self.force_next = true;
        self.retry_at = None;
        self.state = SaveState::Pending;
    }

    /// Take the version on disk as current (our version stays one undo step away).
    pub fn adopt_disk_version(&mut self, ws: Workspace, now_secs: f64) {
        self.replace(ws, now_secs);
        self.disk_stamp = DiskStamp::of(self.target.path());
        self.saved_generation = self.generation;
        self.first_unsaved = None;
        self.state = SaveState::Saved;
    }

    /// Seconds until the next save should start, if one is waiting (for repaints).
    pub fn next_save_in(&self, now_secs: f64) -> Option<f64> {
        if self.job.is_some() {
            return Some(0.05);
        }
        if !self.is_dirty() || self.state == SaveState::Conflict {
            return None;
        }
        if let Some(at) = self.retry_at {
            return Some((at - now_secs).max(0.0));
        }
        let first = self.first_unsaved.unwrap_or(now_secs);
        let due = (self.last_change + QUIET_SECS).min(first + MAX_DELAY_SECS);
        Some((due - now_secs).max(0.0))
    }

    /// Finish a save in flight and start one when due. Call every frame.
    pub fn poll(&mut self, now_secs: f64) {
        if let Some(job) = &self.job {
            match job.rx.try_recv() {
                Err(TryRecvError::Empty) => return,
                Ok(result) => {
                    let generation = job.generation;
                    self.job = None;
                    self.finish(generation, result, now_secs);
                }
                Err(TryRecvError::Disconnected) => {
                    self.job = None;
                    self.fail("the saving thread stopped unexpectedly".into(), now_secs);
                }
            }
        }
        if self.next_save_in(now_secs) == Some(0.0) {
            self.start_save();
        }
    }

    fn finish(
        &mut self,
        generation: u64,
        result: Result<Option<DiskStamp>, SaveFailure>,
        now_secs: f64,
    ) {
        match result {
            Ok(stamp) => {
                self.disk_stamp = stamp;
                self.saved_generation = generation;
                self.retry_at = None;
                if self.is_dirty() {
                    self.state = SaveState::Pending;
                    self.first_unsaved = Some(now_secs);
                } else {
                    self.state = SaveState::Saved;
                    self.first_unsaved = None;
                }
            }
            Err(SaveFailure::Conflict) => self.state = SaveState::Conflict,
            Err(SaveFailure::Error(e)) => self.fail(e, now_secs),
        }
    }

    fn fail(&mut self, message: String, now_secs: f64) {
        self.state = SaveState::Failed(message);
        self.retry_at = Some(now_secs + RETRY_SECS);
    }

    fn start_save(&mut self) {
        let (tx, rx) = channel();
        let ws = self.ws.clone();
        let path = self.target.path().to_owned();
        let expected = match (&self.target, self.force_next) {
            (Target::File(_), false) => Some(self.disk_stamp),
            _ => None,
        };
        self.force_next = false;
        self.retry_at = None;
        let generation = self.generation;
        std::thread::spawn(move || {
            let _ = tx.send(save_job(&path, &ws, expected));
        });
        self.job = Some(SaveJob { generation, rx });
    }

    fn wait_for_job(&mut self) {
        if let Some(job) = self.job.take() {
            let result = job.rx.recv().unwrap_or_else(|_| {
                Err(SaveFailure::Error(
                    "the saving thread stopped unexpectedly".into(),
                ))
            });
            self.finish(job.generation, result, self.last_change);
        }
    }

    /// Save now and wait (closing the window, switching files). Returns the problem if
    /// the data could not be written.
    pub fn flush(&mut self) -> Result<(), String> {
        self.wait_for_job();
        if self.is_dirty() && self.state != SaveState::Conflict {
            self.start_save();
            self.wait_for_job();
        }
        match &self.state {
            SaveState::Saved => Ok(()),
            SaveState::Pending => Ok(()),
            SaveState::Failed(e) => Err(e.clone()),
            SaveState::Conflict => Err(format!(
                "{} was changed by another program; your version was not written",
                self.target.path().display()
            )),
        }
    }
}

/// The saving thread's work: check nobody else wrote the file, then write atomically.
fn save_job(
    path: &Path,
    ws: &Workspace,
    expected: Option<Option<DiskStamp>>,
) -> Result<Option<DiskStamp>, SaveFailure> {
    if let Some(expected) = expected
        && DiskStamp::of(path) != expected
    {
        return Err(SaveFailure::Conflict);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // The data folder may not exist yet for a first autosave.
        let _ = std::fs::create_dir_all(dir);
    }
    json::save(path, ws).map_err(|e| SaveFailure::Error(e.to_string()))?;
    Ok(DiskStamp::of(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;
    use crate::model::{Answer, Level};

    fn set(area: usize, level: u8) -> Edit {
        Edit::SetAnswer {
            round: "baseline-2022".into(),
            ministry: "MoSW".into(),
            area,
            answer: Level::new(level).map(Answer::Level),
        }
    }

    fn text(t: &str) -> Edit {
        Edit::SetRationale {
            round: "baseline-2022".into(),
            ministry: "MoSW".into(),
            area: 0,
            text: t.into(),
        }
    }

    fn doc(dir: &Path) -> Document {
        let path = dir.join("w.codi.json");
        json::save(&path, &demo_workspace()).unwrap();
        Document::new(demo_workspace(), Target::File(path))
    }

    #[test]
    fn undo_redo_and_typing_coalesces() {
        let d = tempfile::tempdir().unwrap();
        let mut doc = doc(d.path());
        doc.edit(set(0, 4), 0.0, None).unwrap();
        doc.edit(text("A"), 0.1, None).unwrap();
        doc.edit(text("Ab"), 0.2, None).unwrap();
        doc.edit(text("Abc"), 0.3, None).unwrap();
        assert_eq!(doc.undo.len(), 2, "typing is one step");
        assert!(doc.undo(1.0));
        assert_eq!(
            doc.workspace()
                .score("baseline-2022", "MoSW", 0)
                .unwrap()
                .answer
                .unwrap()
                .code(),
            "4"
        );
        assert!(doc.undo(1.0));
        assert_eq!(
            doc.workspace()
                .score("baseline-2022", "MoSW", 0)
                .unwrap()
                .answer
                .unwrap()
                .code(),
            "2"
        );
        assert!(!doc.undo(1.0));
        assert!(doc.redo(1.0) && doc.redo(1.0));
        assert_eq!(
            doc.workspace()
                .score("baseline-2022", "MoSW", 0)
                .unwrap()
                .rationale,
            "Abc"
        );
        assert!(!doc.redo(1.0));
    }

    #[test]
    fn failed_and_no_op_edits_leave_no_undo_step() {
        let d = tempfile::tempdir().unwrap();
        let mut doc = doc(d.path());
        assert!(doc.edit(set(99, 1), 0.0, None).is_err());
        doc.edit(set(0, 2), 0.0, None).unwrap(); // already 2
        assert!(!doc.can_undo());
        assert!(!doc.is_dirty());
    }

    #[test]
    fn autosaves_after_a_quiet_moment() {
        let d = tempfile::tempdir().unwrap();
        let mut doc = doc(d.path());
        doc.edit(set(0, 4), 10.0, None).unwrap();
        doc.poll(10.1);
        assert!(doc.job.is_none(), "not yet");
        doc.poll(10.3);
        assert!(doc.job.is_some());
        doc.wait_for_job();
        assert_eq!(doc.state(), &SaveState::Saved);
        let on_disk = json::load(doc.target().path()).unwrap();
        assert_eq!(&on_disk, doc.workspace());
    }

    #[test]
    fn steady_typing_still_saves_within_a_second() {
        let d = tempfile::tempdir().unwrap();
        let mut doc = doc(d.path());
        let mut t = 0.0;
        let mut s = String::new();
        while doc.job.is_none() {
            s.push('x');
            doc.edit(text(&s), t, None).unwrap();
            doc.poll(t);
            t += 0.1;
            assert!(t < 1.0, "no save started within a second");
        }
    }

    #[test]
    fn another_programs_write_is_not_overwritten() {
        let d = tempfile::tempdir().unwrap();
        let mut doc = doc(d.path());
        let path = doc.target().path().to_owned();
        std::fs::write(&path, "changed elsewhere, and longer than before").unwrap();
        doc.edit(set(0, 4), 0.0, None).unwrap();
        assert!(doc.flush().is_err());
        assert_eq!(doc.state(), &SaveState::Conflict);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "changed elsewhere, and longer than before"
        );
        doc.overwrite_on_next_save();
        doc.flush().unwrap();
        assert_eq!(&json::load(&path).unwrap(), doc.workspace());
    }

    #[test]
    fn failed_save_keeps_data_and_retries() {
        let d = tempfile::tempdir().unwrap();
        let gone = d.path().join("gone");
        std::fs::create_dir(&gone).unwrap();
        let mut doc = Document::unsaved(demo_workspace(), gone.join("sub").join("x.codi.json"));
        // Block the folder: a file where the folder should be.
        std::fs::write(gone.join("sub"), "not a folder").unwrap();
        doc.edit(set(0, 4), 0.0, None).unwrap();
        let e = doc.flush().unwrap_err();
        assert!(e.contains("x.codi.json"), "{e}");
        assert!(doc.is_dirty());
        assert_eq!(doc.next_save_in(0.0), Some(RETRY_SECS));
        std::fs::remove_file(gone.join("sub")).unwrap();
        doc.poll(RETRY_SECS);
        doc.wait_for_job();
        assert_eq!(doc.state(), &SaveState::Saved);
    }

    #[test]
    fn save_as_moves_an_unsaved_document_to_its_file() {
        let d = tempfile::tempdir().unwrap();
        let auto = d.path().join("unsaved-1.codi.json");
        let mut doc = Document::unsaved(demo_workspace(), auto.clone());
        doc.edit(set(0, 4), 0.0, None).unwrap();
        doc.flush().unwrap();
        assert!(auto.exists());
        let file = d.path().join("mine.codi.json");
        doc.save_as(file.clone()).unwrap();
        assert!(!auto.exists());
        assert_eq!(doc.target(), &Target::File(file.clone()));
        assert_eq!(&json::load(&file).unwrap(), doc.workspace());
    }
}
