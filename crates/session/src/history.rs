//! Appending to the audit trail: after every applied edit, undo and redo, the changes
//! become history entries, signed with who made them. The facilitator is the name set
//! on the round; phone votes are signed `phones`, a table's saves `table`, a CSV import
//! `import`.

use jiff::Timestamp;

use super::Origin;
use crate::model::history::{Step, entry_for};
use crate::model::{Change, Workspace};

/// Record `changes` (already applied to `ws`) in its history.
pub(crate) fn record(
    ws: &mut Workspace,
    changes: &[Change],
    origin: Origin,
    step: Step,
    time: Timestamp,
) {
    for change in changes {
        let by = signer(ws, change, origin);
        if let Some(entry) = entry_for(change, time, &by, step) {
            ws.history_mut().record(entry);
        }
    }
}

/// Who made a change: the round's facilitator (or "facilitator" when the round names
/// none), `phones` or `table`.
fn signer(ws: &Workspace, change: &Change, origin: Origin) -> String {
    match (origin, change) {
        // A review step is signed by the reviewer who took it.
        (_, Change::Review { after, .. }) => after
            .steps()
            .last()
            .map(|s| s.by.clone())
            .unwrap_or_else(|| "facilitator".to_owned()),
        (Origin::Remote, Change::Votes { .. }) => "phones".to_owned(),
        (Origin::Remote, _) => "table".to_owned(),
        (Origin::Clock, _) => "timer".to_owned(),
        (Origin::Import, _) => "import".to_owned(),
        (Origin::Merge, _) => "merge".to_owned(),
        (Origin::User, _) => round_of(change)
            .and_then(|r| ws.round(r))
            .map(|r| r.facilitator.trim())
            .filter(|f| !f.is_empty())
            .unwrap_or("facilitator")
            .to_owned(),
    }
}

fn round_of(change: &Change) -> Option<&str> {
    match change {
        Change::Answer { at, .. }
        | Change::Votes { at, .. }
        | Change::Text { at, .. }
        | Change::Discussed { at, .. }
        | Change::Proposal { at, .. }
        | Change::Reason { at, .. }
        | Change::Actions { at, .. }
        | Change::Comments { at, .. }
        | Change::Stamp { at, .. }
        | Change::Source { at, .. } => Some(at.round.as_str()),
        Change::Notes { round, .. }
        | Change::Review { round, .. }
        | Change::Table { round, .. }
        | Change::Attendance { round, .. } => Some(round.as_str()),
        Change::Title { .. } | Change::Structure(_) => None,
    }
}
