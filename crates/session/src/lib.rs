//! The session layer (no egui): the document (undo, autosave, conflicts), long jobs
//! (the PDF export), and the live state of a scoring session.
//!
//! Every edit, whether from the window, a server thread or the command line, goes
//! through one entry point: [`SessionState::apply`] (or [`Session::submit`] from a
//! thread that does not hold the lock). That is where undo, autosave and whatever
//! listens to edits hook in. [`Session`] is a cheap handle that any thread can hold.

use codi_model as model;
use codi_report as report;
use codi_storage as storage;

pub mod cache;
mod conflict;
pub mod document;
pub mod export;
mod history;
pub mod import;
pub mod live;
mod merge;
mod origin;
mod past;
pub mod recovery;
pub mod room;
pub mod save_as;
mod saver;
pub mod tables;
pub mod timing;
pub mod voting;

use std::sync::{Arc, Mutex, MutexGuard};

pub use document::{Document, SaveState, Target};
pub use live::{Focus, Live, Page, Timer};
pub use origin::Origin;
pub use saver::Saver;
pub use timing::TimerOp;

use crate::model::{Applied, Edit, ModelError};

pub use crate::model::clock::{Clock, Signal};

/// Everything the session holds; reached through [`Session::lock`].
pub struct SessionState {
    pub doc: Document,
    pub live: Live,
    clock: Clock,
    /// Raised by every edit, document switch and finished save: the saver's cue.
    signal: Arc<Signal>,
}

impl SessionState {
    pub fn new(mut doc: Document, clock: Clock) -> Self {
        let signal = Arc::new(Signal::default());
        doc.set_notify(signal.clone());
        Self {
            doc,
            live: Live::default(),
            clock,
            signal,
        }
    }

    /// Raised by every edit, document switch and finished save.
    pub fn signal(&self) -> &Arc<Signal> {
        &self.signal
    }

    pub fn now_secs(&self) -> f64 {
        self.clock.secs()
    }

    /// The app's one clock.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The wall-clock time stamped on changed records.
    pub fn stamp(&self) -> jiff::Timestamp {
        self.clock.stamp()
    }

    /// The one entry point for edits.
    pub fn apply(&mut self, edit: Edit, origin: Origin) -> Result<Applied, ModelError> {
        let (now, stamp) = (self.now_secs(), self.stamp());
        let applied = self.doc.apply(edit, origin, now, stamp)?;
        self.hide_emptied();
        self.signal.raise();
        Ok(applied)
    }

    /// Take back the facilitator's last edit.
    pub fn undo(&mut self) -> Result<Option<Applied>, ModelError> {
        let (now, stamp) = (self.now_secs(), self.stamp());
        let applied = self.doc.undo(now, stamp)?;
        self.hide_emptied();
        self.signal.raise();
        Ok(applied)
    }

    pub fn redo(&mut self) -> Result<Option<Applied>, ModelError> {
        let (now, stamp) = (self.now_secs(), self.stamp());
        let applied = self.doc.redo(now, stamp)?;
        self.hide_emptied();
        self.signal.raise();
        Ok(applied)
    }

    /// Finish or start background saves; returns seconds until this should run again.
    pub fn poll(&mut self) -> Option<f64> {
        let now = self.now_secs();
        self.doc.poll(now);
        self.doc.next_save_in(now)
    }

    /// Switch to another document (open, new, demo). The live state ends with it.
    pub fn replace_document(&mut self, mut doc: Document) {
        doc.set_notify(self.signal.clone());
        self.doc = doc;
        self.live = Live::default();
        self.signal.raise();
    }
}

type Waker = Arc<dyn Fn() + Send + Sync>;

/// A shared handle on the session. Cloning it is cheap; every clone reaches the same
/// document.
#[derive(Clone)]
pub struct Session {
    inner: Arc<Mutex<SessionState>>,
    waker: Arc<Mutex<Option<Waker>>>,
    clock: Clock,
}

impl Session {
    pub fn new(doc: Document, clock: Clock) -> Self {
        Self {
            inner: Arc::new(Mutex::new(SessionState::new(doc, clock.clone()))),
            waker: Arc::new(Mutex::new(None)),
            clock,
        }
    }

    /// The session's clock, read without taking the lock (draw code holds it).
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Lock the session. A thread that panicked while holding it leaves the data
    /// consistent (edits apply all or nothing), so a poisoned lock is used anyway.
    pub fn lock(&self) -> MutexGuard<'_, SessionState> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Apply an edit from a thread that does not hold the lock, then wake the window.
    pub fn submit(&self, edit: Edit, origin: Origin) -> Result<Applied, ModelError> {
        let result = self.lock().apply(edit, origin);
        self.wake();
        result
    }

    /// Called after changes made from other threads (the window repaints).
    pub fn set_waker(&self, waker: impl Fn() + Send + Sync + 'static) {
        *self.waker.lock().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(waker));
    }

    pub fn wake(&self) {
        let w = self.waker.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(w) = w {
            w();
        }
    }

    /// Save now and wait.
    pub fn flush(&self) -> Result<(), String> {
        self.lock().doc.flush()
    }

    /// Save now and wait, unless the lock is held (the process is ending in the middle
    /// of a frame: waiting for the lock would never end).
    pub fn try_flush(&self) -> Result<(), String> {
        match self.inner.try_lock() {
            Ok(mut st) => st.doc.flush(),
            Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner().doc.flush(),
            Err(std::sync::TryLockError::WouldBlock) => {
                Err("the session was busy as the app ended".to_owned())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;
    use crate::model::{Answer, MinistryId, RoundId, ScoreRef, VoteChange, VoteSource};
    use crate::test_ids::aid;

    #[test]
    fn threads_submit_through_one_entry_point() {
        let d = tempfile::tempdir().unwrap();
        let doc = Document::unsaved(demo_workspace(), d.path().join("u.codi.json"));
        let session = Session::new(doc, Clock::default());
        let woken = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let w = woken.clone();
        session.set_waker(move || {
            w.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
        let at = ScoreRef {
            round: RoundId::new("followup-2024").unwrap(),
            ministry: MinistryId::new("HSD").unwrap(),
            area: aid("responsiveness"),
        };
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let s = session.clone();
                let at = at.clone();
                std::thread::spawn(move || {
                    for _ in 0..50 {
                        s.submit(
                            Edit::Vote {
                                at: at.clone(),
                                source: VoteSource::Phones,
                                change: VoteChange::Add(Answer::NotApplicable),
                            },
                            Origin::Remote,
                        )
                        .unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let st = session.lock();
        let tally = &st.doc.workspace().score_at(&at).unwrap().phone_votes;
        assert_eq!(tally.na, 400, "no vote lost or counted twice");
        assert_eq!(woken.load(std::sync::atomic::Ordering::Relaxed), 400);
        assert!(
            !st.doc.can_undo(),
            "phone votes are not the facilitator's to undo"
        );
    }
}

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
