//! The open workspace: its data, its file, undo/redo, and autosave.
//!
//! Undo keeps the inverse of each edit (not copies of the workspace), so its memory
//! grows with the number of edits. Every change is saved within a second on a
//! background thread. The save takes the file's lock, checks that nobody else wrote the
//! file since we last read or wrote it, and writes it, as one step across windows and
//! processes; if somebody did, saving stops and asks, keeping the data in memory. A
//! never-saved workspace autosaves to the app's data folder.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::Origin;
use crate::model::clock::Signal;
use crate::model::edit::{Applied, CoalesceKey, Edit};
use crate::model::history::Step as Kind;
use crate::model::{ModelError, Workspace};
use crate::storage::fs::{DiskStamp, FileLock};
use crate::storage::json;

/// Most undo steps kept.
const MAX_UNDO: usize = 1000;
/// Save this long after the last change...
const QUIET_SECS: f64 = 0.25;
/// ...but never later than this after the first unsaved change.
const MAX_DELAY_SECS: f64 = 0.8;
/// Wait before retrying a failed save.
pub const RETRY_SECS: f64 = 5.0;

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
    revision: u64,
    rx: Receiver<Result<Option<DiskStamp>, SaveFailure>>,
}

enum SaveFailure {
    Conflict,
    Error(String),
}

/// One undo (or redo) step: the edit that takes it back.
struct Step {
    inverse: Edit,
    key: Option<CoalesceKey>,
}

pub struct Document {
    ws: Workspace,
    target: Target,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Bumped by every change; derived data is cached per revision.
    revision: u64,
    saved_revision: u64,
    disk_stamp: Option<DiskStamp>,
    job: Option<SaveJob>,
    first_unsaved: Option<f64>,
    last_change: f64,
    retry_at: Option<f64>,
    state: SaveState,
    /// Write even if the file changed on disk (the user chose to overwrite).
    force_next: bool,
    /// Held while the file is open here, so another window can tell.
    presence: Option<FileLock>,
    /// Another window (or process) had the file open when this one opened it.
    open_elsewhere: bool,
    /// Raised when a save finishes, so the session's saver runs without a frame.
    notify: Option<Arc<Signal>>,
}

impl Document {
    /// A document for `ws`, already in sync with `target` (just loaded or saved).
    pub fn new(ws: Workspace, target: Target) -> Self {
        let disk_stamp = DiskStamp::of(target.path());
        let mut doc = Self {
            notify: None,
            ws,
            target,
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            saved_revision: 0,
            disk_stamp,
            job: None,
            first_unsaved: None,
            last_change: 0.0,
            retry_at: None,
            state: SaveState::Saved,
            force_next: false,
            presence: None,
            open_elsewhere: false,
        };
        doc.mark_open();
        doc
    }

    /// Mark a file of the user's as open here; note if another window has it.
    fn mark_open(&mut self) {
        self.presence = None;
        self.open_elsewhere = false;
        if let Target::File(p) = &self.target {
            match FileLock::try_mark_open(p) {
                Ok(Some(lock)) => self.presence = Some(lock),
                Ok(None) => self.open_elsewhere = true,
                // A folder we cannot write to: saving will say so; nothing to mark.
                Err(_) => {}
            }
        }
    }

    /// Another window (or program) had this file open when it was opened here. Both can
    /// edit; a save never overwrites the other's changes without asking.
    pub fn open_elsewhere(&self) -> bool {
        self.open_elsewhere
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
    pub fn revision(&self) -> u64 {
        self.revision
    }
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
    /// What the next undo takes back, e.g. "set the agreed answer".
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(|s| s.inverse.describe())
    }
    /// Undo steps held (for memory measurements).
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Apply an edit. The facilitator's edits become undo steps (typing in one box
    /// coalesces into one); a no-op changes nothing at all. `now_secs` is the session
    /// clock, `stamp` the wall-clock time recorded on changed records.
    pub fn apply(
        &mut self,
        edit: Edit,
        origin: Origin,
        now_secs: f64,
        stamp: jiff::Timestamp,
    ) -> Result<Applied, ModelError> {
        let key = edit.coalesce_key();
        // A review step is signed and dated: it is taken back by another step (a
        // reopening needs a reason), never by undo.
        let undoable = !matches!(edit, Edit::SetReview { .. });
        let applied = edit.apply(&mut self.ws, Some(stamp))?;
        if applied.is_noop() {
            return Ok(applied);
        }
        let time = stamp;
        super::history::record(&mut self.ws, &applied.changes, origin, Kind::Edit, time);
        if undoable && matches!(origin, Origin::User | Origin::Import | Origin::Merge) {
            let coalesce = key.is_some()
                && self.redo.is_empty()
                && self.undo.last().is_some_and(|s| s.key == key);
            if !coalesce {
                self.undo.push(Step {
                    inverse: applied.inverse.clone(),
                    key,
                });
                if self.undo.len() > MAX_UNDO {
                    self.undo.remove(0);
                }
            }
            self.redo.clear();
        }
        self.changed(now_secs);
        Ok(applied)
    }

    /// Add entries at the end of the history, chained on (a merge's other side).
    pub fn append_history(&mut self, entries: Vec<crate::model::history::Entry>) {
        let history = self.ws.history_mut();
        for e in entries {
            history.append(e);
        }
    }

    /// Take the history another window saved to this file (before its data arrives as
    /// an edit): the chain goes on from there.
    pub fn adopt_history(&mut self, history: crate::model::history::History) {
        self.ws.set_history(history);
    }

    /// Take back the last step. `Ok(None)` when there is nothing to undo; an error when
    /// the step no longer applies (the step is dropped, the data unchanged).
    pub fn undo(
        &mut self,
        now_secs: f64,
        stamp: jiff::Timestamp,
    ) -> Result<Option<Applied>, ModelError> {
        let Some(step) = self.undo.pop() else {
            return Ok(None);
        };
        let applied = step.inverse.apply(&mut self.ws, Some(stamp))?;
        let time = stamp;
        super::history::record(
            &mut self.ws,
            &applied.changes,
            Origin::User,
            Kind::Undo,
            time,
        );
        self.redo.push(Step {
            inverse: applied.inverse.clone(),
            key: None,
        });
        self.changed(now_secs);
        Ok(Some(applied))
    }

    /// Do again what was undone.
    pub fn redo(
        &mut self,
        now_secs: f64,
        stamp: jiff::Timestamp,
    ) -> Result<Option<Applied>, ModelError> {
        let Some(step) = self.redo.pop() else {
            return Ok(None);
        };
        let applied = step.inverse.apply(&mut self.ws, Some(stamp))?;
        let time = stamp;
        super::history::record(
            &mut self.ws,
            &applied.changes,
            Origin::User,
            Kind::Redo,
            time,
        );
        // A fresh key so the next typing after a redo starts its own step.
        self.undo.push(Step {
            inverse: applied.inverse.clone(),
            key: None,
        });
        self.changed(now_secs);
        Ok(Some(applied))
    }

    fn changed(&mut self, now_secs: f64) {
        self.revision += 1;
        self.first_unsaved.get_or_insert(now_secs);
        self.last_change = now_secs;
        if self.state == SaveState::Saved {
            self.state = SaveState::Pending;
        }
    }

    /// Point the document at a new file (after Save as), writing it now.
    pub fn save_as(&mut self, path: PathBuf) -> Result<(), String> {
        let revision = self.revision;
        super::save_as::write_as(&path, &self.ws)?;
        self.moved_to(path, revision);
        Ok(())
    }

    /// What Save As writes, and the revision it is: taken under the session's lock,
    /// written without it ([`super::save_as::write_as`]), then [`Document::moved_to`].
    pub fn save_as_snapshot(&self) -> (Workspace, u64) {
        (self.ws.clone(), self.revision)
    }

    /// The document now lives at `path`, which holds it as of `revision`; later edits
    /// are saved there by the saver.
    pub fn moved_to(&mut self, path: PathBuf, revision: u64) {
        // A save to the old place may still be running: let it end first.
        self.wait_for_job();
        let old = std::mem::replace(&mut self.target, Target::File(path));
        if let Target::Unsaved(p) = old {
            let _ = std::fs::remove_file(&p);
            let _ = std::fs::remove_file(json::backup_path(&p));
            let _ = std::fs::remove_file(crate::storage::fs::lock_path(&p));
        }
        self.disk_stamp = DiskStamp::of(self.target.path());
        self.saved_revision = revision;
        self.retry_at = None;
        if self.is_dirty() {
            self.state = SaveState::Pending;
            self.first_unsaved = Some(self.last_change);
        } else {
            self.state = SaveState::Saved;
            self.first_unsaved = None;
        }
        self.mark_open();
    }

    /// The user chose to overwrite the other program's changes.
    pub fn overwrite_on_next_save(&mut self) {
        self.force_next = true;
        self.retry_at = None;
        self.state = SaveState::Pending;
    }

    /// The version on disk became current through `edit` (one undo step away); the
    /// document is in sync with the file again.
    pub fn adopted_disk_version(&mut self) {
        self.disk_stamp = DiskStamp::of(self.target.path());
        self.saved_revision = self.revision;
        self.first_unsaved = None;
        self.state = SaveState::Saved;
    }

    /// Raise `signal` whenever a background save finishes.
    pub fn set_notify(&mut self, signal: Arc<Signal>) {
        self.notify = Some(signal);
    }

    /// A save is being written right now.
    pub fn saving(&self) -> bool {
        self.job.is_some()
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

    /// Finish a save in flight and start one when due. Call often (every frame).
    pub fn poll(&mut self, now_secs: f64) {
        if let Some(job) = &self.job {
            match job.rx.try_recv() {
                Err(TryRecvError::Empty) => return,
                Ok(result) => {
                    let revision = job.revision;
                    self.job = None;
                    self.finish(revision, result, now_secs);
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
        revision: u64,
        result: Result<Option<DiskStamp>, SaveFailure>,
        now_secs: f64,
    ) {
        match result {
            Ok(stamp) => {
                self.disk_stamp = stamp;
                self.saved_revision = revision;
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
        // Cheap: assessments are shared, not copied.
        let ws = self.ws.clone();
        let path = self.target.path().to_owned();
        let expected = match (&self.target, self.force_next) {
            (Target::File(_), false) => Some(self.disk_stamp),
            _ => None,
        };
        self.force_next = false;
        self.retry_at = None;
        let revision = self.revision;
        let notify = self.notify.clone();
        std::thread::spawn(move || {
            let _ = tx.send(save_job(&path, &ws, expected));
            if let Some(n) = notify {
                n.raise();
            }
        });
        self.job = Some(SaveJob { revision, rx });
    }

    fn wait_for_job(&mut self) {
        if let Some(job) = self.job.take() {
            let result = job.rx.recv().unwrap_or_else(|_| {
                Err(SaveFailure::Error(
                    "the saving thread stopped unexpectedly".into(),
                ))
            });
            self.finish(job.revision, result, self.last_change);
        }
    }

    /// Save now and wait (closing the window, switching files, a signal). Returns the
    /// problem if the data could not be written.
    pub fn flush(&mut self) -> Result<(), String> {
        self.wait_for_job();
        if self.is_dirty() && self.state != SaveState::Conflict {
            self.start_save();
            self.wait_for_job();
        }
        match &self.state {
            SaveState::Saved | SaveState::Pending => Ok(()),
            SaveState::Failed(e) => Err(e.clone()),
            SaveState::Conflict => Err(format!(
                "{} was changed by another program; your version was not written",
                self.target.path().display()
            )),
        }
    }
}

/// The saving thread's work: under the file's lock, check that nobody else wrote the
/// file, then write it atomically.
fn save_job(
    path: &Path,
    ws: &Workspace,
    expected: Option<Option<DiskStamp>>,
) -> Result<Option<DiskStamp>, SaveFailure> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // The data folder may not exist yet for a first autosave.
        let _ = std::fs::create_dir_all(dir);
    }
    let _lock = FileLock::acquire(path)
        .map_err(|e| SaveFailure::Error(format!("could not lock {}: {e}", path.display())))?;
    if let Some(expected) = expected
        && DiskStamp::of(path) != expected
    {
        return Err(SaveFailure::Conflict);
    }
    json::save(path, ws).map_err(|e| SaveFailure::Error(e.to_string()))?;
    Ok(DiskStamp::of(path))
}

#[cfg(test)]
mod tests;
