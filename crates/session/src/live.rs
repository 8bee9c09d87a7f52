//! The live state of a scoring session that others must see: which round, ministry and
//! area is open, and which vote distributions the room has seen. Not saved: it
//! describes the room right now, not the record.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use crate::model::{AreaId, MinistryId, RoundId, ScoreRef, Workspace};

/// A page of a scoring session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Area(AreaId),
    /// The closing summary of the ten answers.
    Summary,
}

/// The ministry being scored in a round, and the page shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Focus {
    pub round: RoundId,
    pub ministry: MinistryId,
    pub page: Page,
}

impl Focus {
    /// The score reference of the open area, if an area page is open.
    pub fn score_ref(&self) -> Option<ScoreRef> {
        match &self.page {
            Page::Area(area) => Some(ScoreRef::new(&self.round, &self.ministry, area)),
            Page::Summary => None,
        }
    }

    /// The open page as a position: the area's index in the round's instrument, or
    /// the area count for the summary.
    pub fn page_index(&self, ws: &Workspace) -> usize {
        let Some(inst) = ws.instrument_for(self.round.as_str()) else {
            return 0;
        };
        match &self.page {
            Page::Area(a) => inst.area_index(a.as_str()).unwrap_or(0),
            Page::Summary => inst.areas().len(),
        }
    }

    /// The same session on page `index` (clamped; past the last area is the summary).
    pub fn at_index(&self, ws: &Workspace, index: usize) -> Focus {
        let areas = ws
            .instrument_for(self.round.as_str())
            .map(|i| i.areas())
            .unwrap_or_default();
        let page = match areas.get(index) {
            Some(a) => Page::Area(a.id.clone()),
            None => Page::Summary,
        };
        Focus {
            round: self.round.clone(),
            ministry: self.ministry.clone(),
            page,
        }
    }
}

impl Focus {
    /// Where a ministry's session opens: its first area with no agreed answer, or its
    /// first area when every one has an answer (the summary when the round's
    /// instrument has no areas).
    pub fn opening(ws: &Workspace, round: &RoundId, ministry: &MinistryId) -> Focus {
        let areas = ws
            .instrument_for(round.as_str())
            .map(|i| i.areas())
            .unwrap_or_default();
        let open = areas
            .iter()
            .find(|a| ws.answer(round, ministry, &a.id).is_none())
            .or(areas.first());
        Focus {
            round: round.clone(),
            ministry: ministry.clone(),
            page: open.map_or(Page::Summary, |a| Page::Area(a.id.clone())),
        }
    }
}

/// The first ministry, in workspace order, with an unanswered area in the newest
/// round, at that area: where the room goes next.
pub fn next_to_score(ws: &Workspace) -> Option<Focus> {
    let round = ws.rounds().iter().max_by_key(|r| r.date)?;
    let areas = ws.instrument_for(round.id.as_str())?.areas();
    let ministry = ws.ministries().iter().find(|m| {
        areas
            .iter()
            .any(|a| ws.answer(&round.id, &m.id, &a.id).is_none())
    })?;
    Some(Focus::opening(ws, &round.id, &ministry.id))
}

/// What the room is looking at.
#[derive(Clone, Debug, Default)]
pub struct Live {
    pub focus: Option<Focus>,
    revealed: BTreeSet<ScoreRef>,
    pub timer: Timer,
    /// Room voting from phones, while it is open.
    pub voting: Option<super::voting::Voting>,
    /// Table scoring, while it is open.
    pub tables: Option<super::tables::TableScoring>,
    /// Earlier rounds the facilitator chose to change in this session (asked once).
    unlocked: BTreeSet<RoundId>,
    /// The join code of the vote that ended last: its phones are told it ended.
    pub ended_vote: Option<String>,
    /// The round whose table scoring closed last: its tables are told it closed.
    pub closed_tables: Option<RoundId>,
}

impl Live {
    pub fn is_revealed(&self, at: &ScoreRef) -> bool {
        self.revealed.contains(at)
    }
    pub fn reveal(&mut self, at: ScoreRef) {
        self.revealed.insert(at);
    }
    pub fn hide(&mut self, at: &ScoreRef) {
        self.revealed.remove(at);
    }
    /// Whether changes to the earlier round `round` were confirmed in this session.
    pub fn is_unlocked(&self, round: &RoundId) -> bool {
        self.unlocked.contains(round)
    }
    pub fn unlock(&mut self, round: RoundId) {
        self.unlocked.insert(round);
    }
    /// The session ended: earlier rounds ask again next time.
    pub fn lock_past_rounds(&mut self) {
        self.unlocked.clear();
    }
    /// The areas whose distribution the room has been shown.
    pub fn revealed(&self) -> impl Iterator<Item = &ScoreRef> {
        self.revealed.iter()
    }
}

/// The discussion timer of the open area. It only measures; the seconds it hands over
/// are added to the area's record by the session. Time is taken from the caller
/// (`now`), so it can be tested without waiting.
#[derive(Clone, Debug, Default)]
pub struct Timer {
    /// The area being timed.
    pub at: Option<ScoreRef>,
    running_since: Option<Instant>,
    /// The part of a second not yet handed over, so short runs add up.
    carry: Duration,
}

impl Timer {
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Time run on `at` and not yet handed over.
    pub fn unrecorded(&self, at: &ScoreRef, now: Instant) -> Duration {
        if self.at.as_ref() != Some(at) {
            return Duration::ZERO;
        }
        self.carry + self.running_since.map_or(Duration::ZERO, |t| now - t)
    }

    /// Start (or keep running) on `at`.
    pub fn start(&mut self, at: &ScoreRef, now: Instant) {
        if self.at.as_ref() != Some(at) {
            *self = Timer {
                at: Some(at.clone()),
                ..Timer::default()
            };
        }
        self.running_since.get_or_insert(now);
    }

    /// Stop the clock. Returns the area and the whole seconds run, for its record.
    pub fn pause(&mut self, now: Instant) -> Option<(ScoreRef, u32)> {
        let since = self.running_since.take()?;
        let run = self.carry + (now - since);
        self.carry = Duration::from_nanos(u64::from(run.subsec_nanos()));
        let at = self.at.clone()?;
        Some((at, u32::try_from(run.as_secs()).unwrap_or(u32::MAX)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;
    use crate::test_ids::rid;

    #[test]
    fn pages_by_index_and_back() {
        let ws = demo_workspace();
        let f = Focus {
            round: RoundId::new("baseline-2022").unwrap(),
            ministry: MinistryId::new("MoSW").unwrap(),
            page: Page::Summary,
        };
        assert_eq!(f.page_index(&ws), 10);
        let third = f.at_index(&ws, 2);
        assert_eq!(
            third.page,
            Page::Area(AreaId::new("appropriateness").unwrap())
        );
        assert_eq!(third.page_index(&ws), 2);
        assert_eq!(f.at_index(&ws, 99).page, Page::Summary);
        assert!(third.score_ref().is_some() && f.score_ref().is_none());
    }

    #[test]
    fn the_next_ministry_is_the_first_unfinished_one_of_the_newest_round() {
        let mut ws = demo_workspace();
        let next = next_to_score(&ws).unwrap();
        assert_eq!(next.round.as_str(), "followup-2024");
        let m = ws.ministry(next.ministry.as_str()).unwrap();
        let areas = ws.instrument().areas().to_vec();
        assert!(
            areas
                .iter()
                .any(|a| { ws.answer(&rid("followup-2024"), &m.id, &a.id,).is_none() })
        );
        // Once every ministry is done there is no next one.
        for m in ws.ministries().to_vec() {
            for a in &areas {
                let at = ScoreRef::new(&next.round, &m.id, &a.id);
                crate::model::Edit::SetAnswer {
                    at,
                    answer: Some(crate::model::Answer::NotApplicable),
                }
                .apply(&mut ws, None)
                .unwrap();
            }
        }
        assert_eq!(next_to_score(&ws), None);
    }

    #[test]
    fn the_timer_counts_one_area_and_hands_over_whole_seconds() {
        let ws = demo_workspace();
        let (r, m) = (&ws.rounds()[0].id, &ws.ministries()[0].id);
        let areas = ws.instrument().areas();
        let a = ScoreRef::new(r, m, &areas[0].id);
        let b = ScoreRef::new(r, m, &areas[1].id);
        let t0 = crate::Clock::fake(jiff::Timestamp::UNIX_EPOCH).instant();
        let s = Duration::from_secs;
        let mut t = Timer::default();
        t.start(&a, t0);
        assert!(t.is_running());
        assert_eq!(t.unrecorded(&a, t0 + s(90)), s(90));
        assert_eq!(t.unrecorded(&b, t0 + s(90)), Duration::ZERO);
        // Half seconds are carried, not lost: 1.5 s + 1.5 s hand over 1 s, then 2 s.
        let half = Duration::from_millis(1500);
        assert_eq!(t.pause(t0 + half), Some((a.clone(), 1)));
        assert_eq!(t.pause(t0 + s(9)), None, "pausing twice hands over nothing");
        t.start(&a, t0 + s(10));
        assert_eq!(t.pause(t0 + s(10) + half), Some((a.clone(), 2)));
        assert_eq!(t.unrecorded(&a, t0 + s(60)), Duration::ZERO);
        // Another area starts from zero.
        t.start(&b, t0 + s(60));
        assert_eq!(t.unrecorded(&b, t0 + s(65)), s(5));
        assert_eq!(t.pause(t0 + s(67)), Some((b.clone(), 7)));
        assert!(!t.is_running());
    }
}
