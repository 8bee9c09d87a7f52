//! Merging another workspace into the open one, as the window does it: the merge is
//! one edit (one undo step, signed "merge"), and the other file's own history entries
//! and the merge entry follow it in the history.

use super::{Origin, SessionState};
use crate::model::ModelError;
use crate::model::merge::{Choice, Conflict, Outcome, Plan};

impl SessionState {
    /// Apply `plan` (worked out against this document's workspace) with `choose`
    /// settling each conflict. Nothing changes on an error.
    pub fn merge(
        &mut self,
        plan: &Plan,
        choose: &dyn Fn(&Conflict) -> Choice,
    ) -> Result<Outcome, ModelError> {
        let outcome = plan.outcome(choose);
        if plan.is_noop() {
            return Ok(outcome);
        }
        let now = self.stamp();
        self.apply(plan.edit(choose, now), Origin::Merge)?;
        self.doc.append_history(plan.history_entries(&outcome, now));
        Ok(outcome)
    }
}
