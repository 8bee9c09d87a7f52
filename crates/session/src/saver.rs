//! The session's saving off the window: Save As writes without holding the lock, and
//! the autosave thread starts saves when they fall due and collects them
//! when they end, woken by edits, finished saves and the clock, never by the window's
//! frames. A phone vote is written while a file dialog is open or the window is
//! minimised.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};

use crate::{SaveState, Session};

/// Keeps the saver running; dropping it stops the thread.
pub struct Saver {
    stop: Arc<AtomicBool>,
    signal: Arc<crate::Signal>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Saver {
    /// Stop the thread and wait for it (it holds the lock only briefly).
    pub fn stop_and_join(mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.signal.raise();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        // No join here: the dropping thread may hold the session's lock.
        self.stop.store(true, Ordering::SeqCst);
        self.signal.raise();
    }
}

impl Session {
    /// Start the autosave thread. It holds the session weakly and ends with it or
    /// when the returned [`Saver`] is dropped.
    pub fn start_saver(&self) -> Saver {
        let stop = Arc::new(AtomicBool::new(false));
        let signal = self.lock().signal().clone();
        let weak = Arc::downgrade(&self.inner);
        let (clock, waker) = (self.clock.clone(), self.waker.clone());
        let thread_stop = stop.clone();
        let spawned = std::thread::Builder::new()
            .name("autosave".into())
            .spawn(move || {
                let handle = |inner| Session {
                    inner,
                    waker: waker.clone(),
                    clock: clock.clone(),
                };
                saver_loop(&weak, &thread_stop, handle);
            });
        let thread = spawned
            .map_err(|e| {
                // Without the thread, the window's frames still save (as before).
                eprintln!("codi-workshop: could not start the autosave thread: {e}");
            })
            .ok();
        Saver {
            stop,
            signal,
            thread,
        }
    }

    /// Wait (at most `limit` of real time) until nothing is waiting to be written or
    /// saving has failed; whether everything is on disk. For tests and tools.
    pub fn wait_saved(&self, limit: std::time::Duration) -> bool {
        let end = crate::model::clock::Deadline::after(limit);
        let signal = self.lock().signal().clone();
        loop {
            let seen = signal.count();
            {
                let st = self.lock();
                if !st.doc.saving() && !st.doc.is_dirty() {
                    return true;
                }
                if matches!(st.doc.state(), SaveState::Failed(_) | SaveState::Conflict) {
                    return false;
                }
            }
            let left = end.left();
            if left.is_zero() {
                return false;
            }
            signal.wait_for(seen, left);
        }
    }
}

fn saver_loop(
    weak: &Weak<std::sync::Mutex<crate::SessionState>>,
    stop: &AtomicBool,
    handle: impl Fn(Arc<std::sync::Mutex<crate::SessionState>>) -> Session,
) {
    while !stop.load(Ordering::SeqCst) {
        let Some(inner) = weak.upgrade() else { return };
        let session = handle(inner);
        let (signal, seen, until, changed) = {
            let mut st = session.lock();
            let signal = st.signal().clone();
            let seen = signal.count();
            let before = (st.doc.saving(), st.doc.state().clone());
            let next = st.poll();
            let changed = before != (st.doc.saving(), st.doc.state().clone());
            // A save in flight raises the signal when it ends: no need to look sooner.
            let until = match st.doc.saving() {
                true => None,
                false => next.map(|s| st.clock().secs() + s),
            };
            (signal, seen, until, changed)
        };
        if changed {
            // Waiters (the window, `wait_saved`) look again; this loop goes round once
            // more and finds nothing new.
            signal.raise();
            session.wake();
        }
        let clock = session.clock.clone();
        drop(session);
        clock.wait(&signal, seen, until);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;
    use crate::model::{Answer, Edit, MinistryId, RoundId, ScoreRef, VoteChange, VoteSource};
    use crate::test_ids::aid;
    use crate::{Clock, Document, Origin, Target};
    use std::time::Duration;

    #[test]
    fn a_phone_vote_reaches_the_disk_with_no_window_drawing() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("w.codi.json");
        crate::storage::json::save(&path, &demo_workspace()).unwrap();
        let ws = crate::storage::json::load(&path).unwrap();
        let clock = Clock::fake("2024-08-04T03:30:00Z".parse().unwrap());
        let session = Session::new(Document::new(ws, Target::File(path.clone())), clock.clone());
        let _saver = session.start_saver();
        let at = ScoreRef {
            round: RoundId::new("followup-2024").unwrap(),
            ministry: MinistryId::new("HSD").unwrap(),
            area: aid("responsiveness"),
        };
        let before = session
            .lock()
            .doc
            .workspace()
            .score_at(&at)
            .map(|s| s.phone_votes.na);
        let vote = Edit::Vote {
            at: at.clone(),
            source: VoteSource::Phones,
            change: VoteChange::Add(Answer::NotApplicable),
        };
        session.submit(vote, Origin::Remote).unwrap();
        // Nothing is due before the quiet time passes on the session's clock.
        assert!(session.lock().doc.is_dirty(), "not yet due");
        clock.advance(Duration::from_secs(1));
        assert!(
            session.wait_saved(Duration::from_secs(20)),
            "saved without a frame"
        );
        let back = crate::storage::json::load(&path).unwrap();
        let na = back.score_at(&at).map(|s| s.phone_votes.na);
        assert_eq!(na, Some(before.unwrap_or(0) + 1), "the vote is on disk");
    }

    #[test]
    fn dropping_the_saver_ends_its_thread() {
        let d = tempfile::tempdir().unwrap();
        let doc = Document::unsaved(demo_workspace(), d.path().join("u.codi.json"));
        let session = Session::new(doc, Clock::fake("2024-08-04T03:30:00Z".parse().unwrap()));
        let saver = session.start_saver();
        assert!(saver.thread.is_some(), "the thread started");
        // Returns only once the thread has ended (a hang here fails the test run).
        saver.stop_and_join();
        let weak = Arc::downgrade(&session.inner);
        drop(session);
        assert!(weak.upgrade().is_none(), "nothing else holds the session");
    }
}
