//! Earlier rounds are the record of their workshops: a change to a round before the
//! newest is asked about once per scoring session and round (PEFA's practice is not to
//! re-rate a past assessment). Following up last round's actions is the next round's
//! work and is never asked about.

use crate::model::{Edit, Round};

use super::SessionState;

impl SessionState {
    /// The earlier round `edit` would change without the facilitator having said so
    /// in this session: rounds before the newest are the record of their workshop and
    /// are not re-rated by accident.
    pub fn past_round_of(&self, edit: &Edit) -> Option<&Round> {
        let ws = self.doc.workspace();
        let newest = ws.rounds().iter().max_by_key(|r| r.date)?;
        if self.follows_up(edit) {
            return None;
        }
        edit.record_rounds()
            .into_iter()
            .filter(|r| **r != newest.id && !self.live.is_unlocked(r))
            .find_map(|r| ws.round(r.as_str()))
    }

    /// Whether `edit` only records where last round's actions stand (their status and
    /// what happened): that is the next round's work, not a change to the old record.
    fn follows_up(&self, edit: &Edit) -> bool {
        let Edit::SetActions { at, actions } = edit else {
            return false;
        };
        let before = self
            .doc
            .workspace()
            .score_at(at)
            .map_or(&[][..], |s| s.actions.as_slice());
        before.len() == actions.len()
            && before
                .iter()
                .zip(actions)
                .all(|(a, b)| a.text == b.text && a.owner == b.owner && a.due == b.due)
    }
}

#[cfg(test)]
mod tests;
