//! Room voting as the session runs it (no network code here): whether voting is open,
//! the join code, and the ballots. A device is known only by a keyed hash of the random
//! token its browser keeps; the key is new each time voting opens and never leaves
//! memory, and everything per device is dropped when voting stops. Only counts reach
//! the workspace: a changed vote is one `Vote` edit that removes the old answer and adds
//! the new one, so a device never counts twice.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::time::{Duration, Instant};

use super::{Origin, SessionState};
use crate::model::{Answer, Edit, ScoreRef, VoteChange, VoteSource};

/// Limits that keep one device, or a flood of them, from spoiling a vote.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Devices that may vote while voting is open.
    pub max_devices: usize,
    /// Votes a device may send per `window`.
    pub votes_per_window: usize,
    pub window: Duration,
    /// The reveal is refused with fewer votes than this, so no one's choice can be read.
    pub min_reveal: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_devices: 500,
            votes_per_window: 10,
            window: Duration::from_secs(10),
            min_reveal: 3,
        }
    }
}

/// Voting while it is open: the join code and the ballots.
#[derive(Clone, Debug)]
pub struct Voting {
    /// The random code every request must carry.
    pub code: String,
    pub limits: Limits,
    /// Phones see the distribution once it is revealed (the facilitator's choice).
    pub phones_see_result: bool,
    key: RandomState,
    devices: HashMap<u64, Device>,
}

#[derive(Clone, Debug, Default)]
struct Device {
    votes: HashMap<ScoreRef, Answer>,
    recent: Vec<Instant>,
}

/// Why a phone's vote was not taken; the text is shown on the phone.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VoteRefused {
    #[error("Voting is closed. Waiting for the facilitator.")]
    Closed,
    #[error("This area is not open for voting any more; the page now shows the open one.")]
    NotOpen,
    #[error("Voting on this area has closed: the result is being discussed.")]
    Revealed,
    #[error("Too many votes from this phone; wait a few seconds.")]
    TooFast,
    #[error("The room is full: no more phones can join this vote.")]
    Full,
    #[error("That answer is not on this area's scale.")]
    BadAnswer,
    #[error("This round has been signed off and takes no more votes.")]
    Validated,
}

impl Voting {
    /// Open voting with a fresh join code and hash key.
    pub fn open(limits: Limits) -> Self {
        Self {
            code: crate::model::table::random_code(crate::model::table::JOIN_CODE_LEN),
            limits,
            phones_see_result: false,
            key: RandomState::new(),
            devices: HashMap::new(),
        }
    }

    fn device_id(&self, token: &str) -> u64 {
        let mut h = self.key.build_hasher();
        h.write(token.as_bytes());
        h.finish()
    }

    /// The answer this device gave for `at`, if any.
    pub fn vote_of(&self, token: &str, at: &ScoreRef) -> Option<Answer> {
        let device = self.devices.get(&self.device_id(token))?;
        device.votes.get(at).copied()
    }

    /// Devices that have voted on `at`.
    pub fn voters(&self, at: &ScoreRef) -> usize {
        self.devices
            .values()
            .filter(|d| d.votes.contains_key(at))
            .count()
    }

    /// Record that `token` chose `answer` on `at`; returns the answer it replaces.
    fn ballot(
        &mut self,
        token: &str,
        at: &ScoreRef,
        answer: Answer,
        now: Instant,
    ) -> Result<Option<Answer>, VoteRefused> {
        let id = self.device_id(token);
        if !self.devices.contains_key(&id) && self.devices.len() >= self.limits.max_devices {
            return Err(VoteRefused::Full);
        }
        let limits = self.limits;
        let device = self.devices.entry(id).or_default();
        device
            .recent
            .retain(|t| now.duration_since(*t) < limits.window);
        if device.recent.len() >= limits.votes_per_window {
            return Err(VoteRefused::TooFast);
        }
        device.recent.push(now);
        Ok(device.votes.insert(at.clone(), answer))
    }

    /// Take back a ballot that could not be counted.
    fn undo_ballot(&mut self, token: &str, at: &ScoreRef, previous: Option<Answer>) {
        let id = self.device_id(token);
        if let Some(device) = self.devices.get_mut(&id) {
            match previous {
                Some(a) => device.votes.insert(at.clone(), a),
                None => device.votes.remove(at),
            };
        }
    }
}

impl SessionState {
    /// Open room voting (a new code and empty ballots) and return the code.
    pub fn open_voting(&mut self, limits: Limits) -> String {
        let voting = Voting::open(limits);
        let code = voting.code.clone();
        self.live.voting = Some(voting);
        self.live.ended_vote = None;
        code
    }

    /// Close room voting: every per-device record goes; the counts stay in the workspace.
    /// Phones that ask again are told the vote ended.
    pub fn close_voting(&mut self) {
        if let Some(v) = self.live.voting.take() {
            self.live.ended_vote = Some(v.code);
        }
    }

    /// Whether `code` is the join code of the vote that ended last.
    pub fn vote_ended(&self, code: &str) -> bool {
        self.live.voting.is_none() && self.live.ended_vote.as_deref() == Some(code)
    }

    /// The join code while voting is open.
    pub fn voting_code(&self) -> Option<String> {
        self.live.voting.as_ref().map(|v| v.code.clone())
    }

    /// The area phones may vote on now: the open area page while voting is open.
    pub fn voting_area(&self) -> Option<ScoreRef> {
        self.live.voting.as_ref()?;
        self.live.focus.as_ref()?.score_ref()
    }

    /// A phone's vote. The area must be the open one; a changed vote moves the device's
    /// one vote from the old answer to the new one.
    pub fn phone_vote(
        &mut self,
        token: &str,
        at: &ScoreRef,
        answer: Answer,
    ) -> Result<Answer, VoteRefused> {
        let now = self.clock().instant();
        if self.live.voting.is_none() {
            return Err(VoteRefused::Closed);
        }
        if self.voting_area().as_ref() != Some(at) {
            return Err(VoteRefused::NotOpen);
        }
        // A vote after the reveal would be swayed by the result.
        if self.live.is_revealed(at) {
            return Err(VoteRefused::Revealed);
        }
        let ws = self.doc.workspace();
        let validated = ws
            .round(at.round.as_str())
            .is_some_and(|r| r.review.status() == crate::model::review::Status::Validated);
        if validated {
            return Err(VoteRefused::Validated);
        }
        let inst = ws.instrument_for(at.round.as_str());
        let valid = match answer {
            Answer::Level(l) => inst.is_some_and(|i| usize::from(l.get()) <= i.level_count()),
            _ => true,
        };
        if !valid {
            return Err(VoteRefused::BadAnswer);
        }
        let voting = self.live.voting.as_mut().ok_or(VoteRefused::Closed)?;
        let previous = voting.ballot(token, at, answer, now)?;
        if previous == Some(answer) {
            return Ok(answer);
        }
        let mut edits = Vec::new();
        if let Some(old) = previous {
            edits.push(phone_edit(at, VoteChange::Remove(old)));
        }
        edits.push(phone_edit(at, VoteChange::Add(answer)));
        if self.apply(Edit::Batch(edits), Origin::Remote).is_err() {
            if let Some(v) = self.live.voting.as_mut() {
                v.undo_ballot(token, at, previous);
            }
            return Err(VoteRefused::NotOpen);
        }
        Ok(answer)
    }
}

fn phone_edit(at: &ScoreRef, change: VoteChange) -> Edit {
    Edit::Vote {
        at: at.clone(),
        source: VoteSource::Phones,
        change,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Level;
    use crate::model::demo::demo_workspace;
    use crate::{Clock, Document, Focus, Page, Target};

    fn open_on_area(k: usize) -> (SessionState, ScoreRef) {
        let target = Target::Unsaved("/nonexistent/voting.codi.json".into());
        let clock = Clock::fake("2024-08-04T03:30:00Z".parse().unwrap());
        let mut st = SessionState::new(Document::new(demo_workspace(), target), clock);
        let ws = st.doc.workspace().clone();
        let focus = Focus {
            round: ws.rounds()[1].id.clone(),
            ministry: ws.ministries()[0].id.clone(),
            page: Page::Area(ws.instrument().areas()[k].id.clone()),
        };
        let at = focus.score_ref().unwrap();
        st.live.focus = Some(focus);
        st.open_voting(Limits::default());
        (st, at)
    }

    fn level(v: u8) -> Answer {
        Answer::Level(Level::new(v).unwrap())
    }

    fn phones(st: &SessionState, at: &ScoreRef) -> crate::model::VoteTally {
        st.doc
            .workspace()
            .score_at(at)
            .map(|s| s.phone_votes.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_changed_vote_counts_once_and_only_counts_are_kept() {
        let (mut st, at) = open_on_area(0);
        st.phone_vote("phone-a", &at, level(3)).unwrap();
        st.phone_vote("phone-b", &at, level(3)).unwrap();
        st.phone_vote("phone-a", &at, level(2)).unwrap();
        st.phone_vote("phone-a", &at, level(2)).unwrap();
        let t = phones(&st, &at);
        assert_eq!((t.levels.clone(), t.total()), (vec![0, 1, 1, 0], 2));
        assert_eq!(st.live.voting.as_ref().unwrap().voters(&at), 2);
        assert_eq!(
            st.live.voting.as_ref().unwrap().vote_of("phone-a", &at),
            Some(level(2))
        );
        // Phone votes are not the facilitator's to undo.
        assert_eq!(st.doc.undo_len(), 0);
        // Nothing about devices is in the saved data.
        let file = crate::storage::json::to_bytes(st.doc.workspace());
        let text = String::from_utf8(file).unwrap();
        assert!(!text.contains("phone-a") && text.contains("phone_votes"));
        st.close_voting();
        assert_eq!(phones(&st, &at).total(), 2, "closing keeps the counts");
    }

    #[test]
    fn votes_for_another_area_or_after_closing_are_refused() {
        let (mut st, at) = open_on_area(0);
        let other = ScoreRef {
            area: st.doc.workspace().instrument().areas()[1].id.clone(),
            ..at.clone()
        };
        assert_eq!(
            st.phone_vote("p", &other, level(1)),
            Err(VoteRefused::NotOpen)
        );
        assert_eq!(
            st.phone_vote("p", &at, level(9)).unwrap_err(),
            VoteRefused::BadAnswer
        );
        st.close_voting();
        assert_eq!(st.phone_vote("p", &at, level(1)), Err(VoteRefused::Closed));
        assert_eq!(phones(&st, &at).total(), 0);
    }

    #[test]
    fn the_reveal_closes_the_area_until_it_is_hidden_again() {
        let (mut st, at) = open_on_area(0);
        st.phone_vote("phone-a-0000000000", &at, level(2)).unwrap();
        st.live.reveal(at.clone());
        assert_eq!(
            st.phone_vote("phone-a-0000000000", &at, level(4)),
            Err(VoteRefused::Revealed)
        );
        assert_eq!(phones(&st, &at).count(level(2)), 1, "the vote stands");
        st.live.hide(&at);
        st.phone_vote("phone-a-0000000000", &at, level(4)).unwrap();
        assert_eq!(phones(&st, &at).count(level(4)), 1);
        assert_eq!(phones(&st, &at).total(), 1);
    }

    #[test]
    fn rate_limit_and_device_cap_hold() {
        let (mut st, at) = open_on_area(0);
        let limits = Limits {
            max_devices: 3,
            votes_per_window: 2,
            ..Limits::default()
        };
        st.open_voting(limits);
        for k in 0..3 {
            st.phone_vote(&format!("p{k}"), &at, level(1)).unwrap();
        }
        assert_eq!(st.phone_vote("p3", &at, level(1)), Err(VoteRefused::Full));
        st.phone_vote("p0", &at, level(2)).unwrap();
        assert_eq!(
            st.phone_vote("p0", &at, level(3)),
            Err(VoteRefused::TooFast)
        );
        // After the window, the phone may vote again.
        st.clock().advance(Duration::from_secs(11));
        st.phone_vote("p0", &at, level(3)).unwrap();
        assert_eq!(phones(&st, &at).total(), 3);
    }
}
