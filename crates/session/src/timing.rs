//! The discussion timer as the session runs it: start, pause and reset for the open
//! area, time handed to the area's record (as a clock edit, not an undo step), and a
//! running timer that follows the room to the next area.

use std::time::Duration;

use super::{Focus, Origin, SessionState};
use crate::model::{Edit, ModelError, ScoreRef};

/// What the facilitator does with the timer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerOp {
    /// Start when stopped, pause when running.
    Toggle,
    Pause,
    /// Stop and set the open area's recorded time back to zero.
    Reset,
}

impl SessionState {
    /// Run a timer operation on the open area.
    pub fn timer(&mut self, op: TimerOp) -> Result<(), ModelError> {
        let now = self.clock().instant();
        let at = self.live.focus.as_ref().and_then(Focus::score_ref);
        match op {
            TimerOp::Toggle if !self.live.timer.is_running() => {
                if let Some(at) = &at {
                    self.live.timer.start(at, now);
                }
                Ok(())
            }
            TimerOp::Toggle | TimerOp::Pause => {
                let ran = self.live.timer.pause(now);
                self.record_time(ran)
            }
            TimerOp::Reset => {
                self.live.timer.pause(now);
                self.live.timer = Default::default();
                match at {
                    Some(at) => self.set_time(at, 0),
                    None => Ok(()),
                }
            }
        }
    }

    /// Move the room to `focus`. A running timer hands its time to the area it timed
    /// and carries on with the new area from that area's recorded time.
    pub fn show(&mut self, focus: Focus) -> Result<(), ModelError> {
        let now = self.clock().instant();
        let new_at = focus.score_ref();
        let result = if self.live.timer.at != new_at && self.live.timer.is_running() {
            let ran = self.live.timer.pause(now);
            let recorded = self.record_time(ran);
            if let Some(at) = &new_at {
                self.live.timer.start(at, now);
            }
            recorded
        } else {
            Ok(())
        };
        self.live.focus = Some(focus);
        result
    }

    /// The room leaves the scoring session: the open area's time so far is recorded,
    /// phones stop voting (their records go), and earlier rounds ask again before the
    /// next change. The window then lets the server go when nothing else needs it.
    pub fn leave_scoring(&mut self) -> Result<(), ModelError> {
        let timed = self.timer(TimerOp::Pause);
        self.close_voting();
        self.live.lock_past_rounds();
        timed
    }

    /// Time on the clock for `at`: what its record holds plus what runs now.
    pub fn discussed(&self, at: &ScoreRef) -> Duration {
        let now = self.clock().instant();
        let recorded = self
            .doc
            .workspace()
            .score_at(at)
            .map_or(0, |s| s.discussed_secs);
        Duration::from_secs(u64::from(recorded)) + self.live.timer.unrecorded(at, now)
    }

    fn record_time(&mut self, ran: Option<(ScoreRef, u32)>) -> Result<(), ModelError> {
        let Some((at, secs)) = ran.filter(|(_, secs)| *secs > 0) else {
            return Ok(());
        };
        let old = self
            .doc
            .workspace()
            .score_at(&at)
            .map_or(0, |s| s.discussed_secs);
        self.set_time(at, old.saturating_add(secs))
    }

    fn set_time(&mut self, at: ScoreRef, secs: u32) -> Result<(), ModelError> {
        self.apply(Edit::SetDiscussed { at, secs }, Origin::Clock)
            .map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;
    use crate::{Clock, Document, Page, Target};

    fn state() -> SessionState {
        // Never saved in this test: the path is only a name.
        let target = Target::Unsaved("/nonexistent/timing.codi.json".into());
        SessionState::new(
            Document::new(demo_workspace(), target),
            Clock::fake("2024-08-04T03:30:00Z".parse().unwrap()),
        )
    }

    #[test]
    fn time_goes_to_each_area_and_is_not_an_undo_step() {
        let mut st = state();
        let ws = st.doc.workspace().clone();
        let round = ws.rounds()[1].id.clone();
        let ministry = ws.ministries()[0].id.clone();
        let areas = ws.instrument().areas().to_vec();
        let page = |k: usize| Focus {
            round: round.clone(),
            ministry: ministry.clone(),
            page: Page::Area(areas[k].id.clone()),
        };
        let a0 = page(0).score_ref().unwrap();
        let a1 = page(1).score_ref().unwrap();
        let before0 = st.discussed(&a0).as_secs();
        let before1 = st.discussed(&a1).as_secs();
        let clock = st.clock().clone();
        let s = Duration::from_secs;
        st.show(page(0)).unwrap();
        st.timer(TimerOp::Toggle).unwrap();
        clock.advance(s(30));
        assert_eq!(st.discussed(&a0).as_secs(), before0 + 30);
        // Moving on hands 40 s to area 1 and keeps the clock running on area 2.
        clock.advance(s(10));
        st.show(page(1)).unwrap();
        assert!(st.live.timer.is_running());
        clock.advance(s(60));
        st.timer(TimerOp::Pause).unwrap();
        let rec = |st: &SessionState, at: &ScoreRef| {
            st.doc
                .workspace()
                .score_at(at)
                .map_or(0, |r| r.discussed_secs)
        };
        assert_eq!(u64::from(rec(&st, &a0)), before0 + 40);
        assert_eq!(u64::from(rec(&st, &a1)), before1 + 60);
        assert_eq!(
            st.doc.undo_len(),
            0,
            "timing is not the facilitator's to undo"
        );
        clock.advance(s(1));
        st.timer(TimerOp::Reset).unwrap();
        assert_eq!(rec(&st, &a1), 0);
    }

    #[test]
    fn leaving_records_the_time_and_ends_voting() {
        let mut st = state();
        let ws = st.doc.workspace().clone();
        let focus = Focus {
            round: ws.rounds()[1].id.clone(),
            ministry: ws.ministries()[0].id.clone(),
            page: Page::Area(ws.instrument().areas()[2].id.clone()),
        };
        let at = focus.score_ref().unwrap();
        let before = st.discussed(&at).as_secs();
        st.show(focus).unwrap();
        st.open_voting(crate::voting::Limits::default());
        st.timer(TimerOp::Toggle).unwrap();
        st.clock().advance(Duration::from_secs(42));
        st.leave_scoring().unwrap();
        assert!(!st.live.timer.is_running(), "the timer stops");
        assert!(st.live.voting.is_none(), "phones stop voting");
        let rec = st
            .doc
            .workspace()
            .score_at(&at)
            .map_or(0, |r| r.discussed_secs);
        assert_eq!(u64::from(rec), before + 42, "the time is recorded");
    }
}
