//! Applying a merge: the chosen edits on A, then B's own history entries after the
//! shared part (chained on), then one entry that names both heads, so that each side's
//! file can be checked against the merged record.

use jiff::Timestamp;

use super::{Choice, Conflict, Plan};
use crate::history::{Entry, Step};
use crate::workspace::Workspace;

/// What a finished merge did, for the message and the merge entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub fields_taken: usize,
    pub conflicts: usize,
    pub took_b: usize,
    pub added_both: usize,
    /// Texts written anew.
    pub written: usize,
}

impl Plan {
    /// Apply the merge to A with `choose` deciding each conflict, at `now`.
    pub fn finish(
        self,
        choose: &dyn Fn(&Conflict) -> Choice,
        now: Timestamp,
    ) -> Result<(Workspace, Outcome), super::MergeError> {
        if self.is_noop() {
            return Ok((self.base, Outcome::default()));
        }
        let outcome = self.outcome(choose);
        let edit = self.edit(choose, now);
        let mut ws = self.base.clone();
        edit.apply(&mut ws, Some(now))?;
        let history = ws.history_mut();
        for e in self.history_entries(&outcome, now) {
            history.append(e);
        }
        Ok((ws, outcome))
    }

    /// What `choose` makes of the conflicts, counted.
    pub fn outcome(&self, choose: &dyn Fn(&Conflict) -> Choice) -> Outcome {
        let mut outcome = Outcome {
            fields_taken: self.fields_taken,
            conflicts: self.conflicts.len(),
            ..Outcome::default()
        };
        for c in &self.conflicts {
            match choose(c) {
                Choice::A => {}
                Choice::B => outcome.took_b += 1,
                Choice::Both => outcome.added_both += 1,
                Choice::Text(_) => outcome.written += 1,
            }
        }
        outcome
    }

    /// The entries a merge adds to the history after its edit: the other side's own
    /// entries since the files parted, then the merge entry naming both heads.
    pub fn history_entries(&self, o: &Outcome, now: Timestamp) -> Vec<Entry> {
        let mut out = self.b_entries.clone();
        out.push(self.entry(o, now));
        out
    }

    /// "merged <title> (head …) into head …: …".
    pub fn entry(&self, o: &Outcome, now: Timestamp) -> Entry {
        let head = |h: &Option<String>| h.clone().unwrap_or_else(|| "none".to_owned());
        Entry {
            time: now,
            round: None,
            ministry: None,
            area: None,
            what: "merge".to_owned(),
            before: head(&self.a_head),
            after: format!(
                "merged \"{}\" (head {}, {} own entries): {} fields taken, {} conflicts ({} from it, {} added together, {} written anew)",
                self.b_title,
                head(&self.b_head),
                self.b_entries.len(),
                o.fields_taken,
                o.conflicts,
                o.took_b,
                o.added_both,
                o.written
            ),
            by: "merge".to_owned(),
            step: Step::Edit,
            prev: String::new(),
        }
    }
}
