//! What the room may see: a projection of the session that holds no hidden count. The
//! room view (the projector side of the main window, the room window, presenter mode)
//! is drawn from a [`RoomArea`] only, never from the workspace, so a vote distribution
//! reaches the projector only once it is revealed. The reveal's rules live here too:
//! nothing is revealed while no vote is in, nor, with phones voting, under the
//! anonymity minimum; an area whose votes are cleared is hidden again.

use crate::model::compare::comparability;
use crate::model::instrument::Area;
use crate::model::{Answer, Instrument, Ministry, Round, ScoreRef, TallyStats, VoteTally};

use super::SessionState;

/// The open area as the room sees it.
#[derive(Clone, Debug)]
pub struct RoomArea<'a> {
    pub at: ScoreRef,
    pub ministry: &'a Ministry,
    pub round: &'a Round,
    pub instrument: &'a Instrument,
    pub area: &'a Area,
    /// 0-based position of the area, and how many there are.
    pub index: usize,
    pub areas: usize,
    /// The answer the room agreed (public once agreed).
    pub agreed: Option<Answer>,
    /// The same area in the previous round, if there was one.
    pub last_round: Option<LastRound<'a>>,
    /// A table's proposal, in the plenary review of table scoring.
    pub proposal: Option<Option<Answer>>,
    /// The vote distribution, only once revealed.
    pub result: Option<RoomResult>,
    /// Phones that voted on this area, while room voting is open (a count only).
    pub phones_voted: Option<usize>,
}

/// The previous round's answer for the same area.
#[derive(Clone, Debug)]
pub struct LastRound<'a> {
    pub round: &'a Round,
    pub answer: Option<Answer>,
    /// False when the area's meaning changed between the two rounds' instruments.
    pub comparable: bool,
}

/// A revealed distribution: cards and phones together.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomResult {
    pub tally: VoteTally,
    pub stats: TallyStats,
}

/// Why a reveal was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RevealRefused {
    /// No vote is in yet: revealing now would show the next count as it is typed.
    NoVotes,
    /// Phones are voting and too few votes are in: the result would show who chose what.
    TooFew { votes: u64, min: u64 },
}

impl std::fmt::Display for RevealRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RevealRefused::NoVotes => write!(f, "Nothing to reveal: no votes are in yet."),
            RevealRefused::TooFew { votes, min } => write!(
                f,
                "Not revealed: {votes} votes are in, and at least {min} are needed so that no one's vote can be read off the result."
            ),
        }
    }
}

impl SessionState {
    /// The open area as the room may see it; `None` on the summary page or when the
    /// round, ministry or area no longer exists.
    pub fn room_area(&self) -> Option<RoomArea<'_>> {
        let focus = self.live.focus.as_ref()?;
        let at = focus.score_ref()?;
        let ws = self.doc.workspace();
        let instrument = ws.instrument_for(at.round.as_str())?;
        let index = instrument.area_index(at.area.as_str())?;
        let score = ws.score_at(&at);
        let result = score
            .map(|s| s.all_votes())
            .filter(|t| self.live.is_revealed(&at) && t.total() > 0)
            .map(|tally| RoomResult {
                stats: tally.stats(),
                tally,
            });
        let last_round = ws.previous_round(at.round.as_str()).map(|prev| LastRound {
            round: prev,
            answer: ws.answer(&prev.id, &at.ministry, &at.area),
            comparable: comparability(ws, &prev.id, &at.round, &at.area).is_comparable(),
        });
        Some(RoomArea {
            ministry: ws.ministry(at.ministry.as_str())?,
            round: ws.round(at.round.as_str())?,
            instrument,
            area: &instrument.areas()[index],
            index,
            areas: instrument.areas().len(),
            agreed: score.and_then(|s| s.answer),
            last_round,
            proposal: score.and_then(|s| s.proposal.as_ref()).map(|p| p.answer),
            result,
            phones_voted: self.live.voting.as_ref().map(|v| v.voters(&at)),
            at,
        })
    }

    /// Show an area's vote distribution to the room, or hide it again.
    pub fn reveal(&mut self, at: &ScoreRef, show: bool) -> Result<(), RevealRefused> {
        if !show {
            self.live.hide(at);
            return Ok(());
        }
        let votes = self
            .doc
            .workspace()
            .score_at(at)
            .map_or(0, |s| s.all_votes().total());
        if votes == 0 {
            return Err(RevealRefused::NoVotes);
        }
        let min = self.live.voting.as_ref().map_or(0, |v| v.limits.min_reveal);
        if votes < min {
            return Err(RevealRefused::TooFew { votes, min });
        }
        self.live.reveal(at.clone());
        Ok(())
    }

    /// After an edit: a revealed area whose votes were all taken away is hidden, so a
    /// count typed next is not shown as it comes in.
    pub(super) fn hide_emptied(&mut self) {
        let ws = self.doc.workspace();
        let emptied: Vec<ScoreRef> = self
            .live
            .revealed()
            .filter(|at| ws.score_at(at).is_none_or(|s| s.all_votes().total() == 0))
            .cloned()
            .collect();
        for at in emptied {
            self.live.hide(&at);
        }
    }
}

#[cfg(test)]
mod tests;
