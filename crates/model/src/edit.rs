//! Edits as events: every change to a workspace is an [`Edit`]. Applying one returns
//! [`Applied`]: the edit that undoes it, and what changed (before and after), which is
//! what undo, the audit trail and anything else that listens to edits work from.
//!
//! Vote edits are deltas (add one vote, take one back, set one count), so two sources
//! such as phones and the facilitator's count add up instead of overwriting each other.
//! Bulk changes (an import, loading another version, removing a round with its scores)
//! are edits too: a [`Edit::Batch`] or a removal that carries what it removed.

use super::followup::{Action, Attendance, ChangeReason};
use super::ids::{MinistryId, RoundId, ScoreRef};
use super::instrument::Instrument;
use super::score::{Answer, AreaScore, VoteSource, VoteTally};
use super::table::{Proposal, Table};
use super::workspace::{Ministry, ModelError, RemovedMinistry, RemovedRound, Round, Workspace};

mod record;
mod structure;

/// A free-text field of an area record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextField {
    Rationale,
    Evidence,
    /// Table scoring: why the room agreed otherwise than the table proposed.
    DiffersFromTable,
    /// A dissent or minority view.
    Dissent,
}

impl TextField {
    pub fn name(self) -> &'static str {
        match self {
            TextField::Rationale => "rationale",
            TextField::Evidence => "evidence",
            TextField::DiffersFromTable => "reason for differing from the table",
            TextField::Dissent => "dissent",
        }
    }
    /// The field's text in a record.
    pub fn of(self, s: &AreaScore) -> &String {
        match self {
            TextField::Rationale => &s.rationale,
            TextField::Evidence => &s.evidence,
            TextField::DiffersFromTable => &s.differs_from_table,
            TextField::Dissent => &s.dissent,
        }
    }
    fn of_mut(self, s: &mut AreaScore) -> &mut String {
        match self {
            TextField::Rationale => &mut s.rationale,
            TextField::Evidence => &mut s.evidence,
            TextField::DiffersFromTable => &mut s.differs_from_table,
            TextField::Dissent => &mut s.dissent,
        }
    }
}

/// A change to one count of a tally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteChange {
    /// One more vote for this answer.
    Add(Answer),
    /// Take back one vote for this answer (refused when there is none).
    Remove(Answer),
    /// Set the count for this answer.
    Set(Answer, u32),
}

/// A change to the workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetTitle(String),
    /// The language of the reports, the room view and the phone pages (`None`: English).
    SetLanguage(Option<crate::language::LanguageTag>),
    /// Hold another instrument version (for new rounds).
    AddInstrument(Box<Instrument>),
    /// Drop an instrument version that nothing uses.
    RemoveInstrument(String),
    /// The version new rounds are scored with.
    SetCurrentInstrument(String),
    AddRound(Box<Round>),
    UpdateRound {
        id: RoundId,
        round: Box<Round>,
    },
    /// Remove a round with all its assessments.
    RemoveRound(RoundId),
    /// Undo of a removal: the round with its assessments.
    RestoreRound(Box<RemovedRound>),
    AddMinistry {
        ministry: Box<Ministry>,
        position: Option<usize>,
    },
    UpdateMinistry {
        id: MinistryId,
        ministry: Box<Ministry>,
    },
    /// Remove a ministry with all its assessments.
    RemoveMinistry(MinistryId),
    RestoreMinistry(Box<RemovedMinistry>),
    MoveMinistry {
        id: MinistryId,
        to: usize,
    },
    SetAnswer {
        at: ScoreRef,
        answer: Option<Answer>,
    },
    Vote {
        at: ScoreRef,
        source: VoteSource,
        change: VoteChange,
    },
    /// Replace one source's whole tally (imports, undo).
    SetTally {
        at: ScoreRef,
        source: VoteSource,
        tally: VoteTally,
    },
    SetText {
        at: ScoreRef,
        field: TextField,
        text: String,
    },
    /// The seconds spent discussing an area (the timer adds to it).
    SetDiscussed {
        at: ScoreRef,
        secs: u32,
    },
    /// Replace a whole area record, `updated` included (imports, undo).
    SetScore {
        at: ScoreRef,
        score: Box<AreaScore>,
    },
    SetNotes {
        round: RoundId,
        ministry: MinistryId,
        notes: String,
    },
    /// A table's proposal for an area (its revision and time as given), or none.
    SetProposal {
        at: ScoreRef,
        proposal: Option<Proposal>,
    },
    /// A ministry's table access and progress in a round, or none.
    SetTable {
        round: RoundId,
        ministry: MinistryId,
        table: Option<Table>,
    },
    /// Why the agreed level differs from the previous round's (or no reason).
    SetReason {
        at: ScoreRef,
        reason: Option<ChangeReason>,
    },
    /// The actions agreed for an area (their follow-up included).
    SetActions {
        at: ScoreRef,
        actions: Vec<Action>,
    },
    /// Who took part for a ministry in a round.
    SetAttendance {
        round: RoundId,
        ministry: MinistryId,
        attendance: Attendance,
    },
    /// A round's review steps (draft, under review, validated), checked against the
    /// rules; the one edit a validated round accepts.
    SetReview {
        round: RoundId,
        review: crate::review::Review,
    },
    /// The files a round's records were merged from.
    SetSources {
        round: RoundId,
        sources: Vec<crate::merge::Source>,
    },
    /// The file a record's fields came from in a merge.
    SetSource {
        at: ScoreRef,
        source: Option<String>,
    },
    /// Reviewers' comments on an area record, with responses.
    SetComments {
        at: ScoreRef,
        comments: Vec<crate::review::Comment>,
    },
    /// Several edits as one: all apply, or none.
    Batch(Vec<Edit>),
}

/// What an edit changed, field by field (the audit trail's raw material).
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Title {
        before: String,
        after: String,
    },
    /// Rounds, ministries, instruments: added, changed, removed or restored.
    Structure(String),
    Answer {
        at: ScoreRef,
        before: Option<Answer>,
        after: Option<Answer>,
    },
    Votes {
        at: ScoreRef,
        source: VoteSource,
        before: VoteTally,
        after: VoteTally,
    },
    Text {
        at: ScoreRef,
        field: TextField,
        before: String,
        after: String,
    },
    Discussed {
        at: ScoreRef,
        before: u32,
        after: u32,
    },
    Notes {
        round: RoundId,
        ministry: MinistryId,
        before: String,
        after: String,
    },
    Proposal {
        at: ScoreRef,
        before: Option<Proposal>,
        after: Option<Proposal>,
    },
    Table {
        round: RoundId,
        ministry: MinistryId,
        before: Option<Table>,
        after: Option<Table>,
    },
    Reason {
        at: ScoreRef,
        before: Option<ChangeReason>,
        after: Option<ChangeReason>,
    },
    Actions {
        at: ScoreRef,
        before: Vec<Action>,
        after: Vec<Action>,
    },
    Attendance {
        round: RoundId,
        ministry: MinistryId,
        before: Attendance,
        after: Attendance,
    },
    Review {
        round: RoundId,
        before: crate::review::Review,
        after: crate::review::Review,
    },
    Comments {
        at: ScoreRef,
        before: Vec<crate::review::Comment>,
        after: Vec<crate::review::Comment>,
    },
    /// The merged file a record came from (kept by the round's merge entry, not as an
    /// entry of its own).
    Source {
        at: ScoreRef,
        before: Option<String>,
        after: Option<String>,
    },
    /// Only a record's "last changed" time was replaced (an import that carries it).
    Stamp {
        at: ScoreRef,
        before: Option<jiff::Timestamp>,
        after: Option<jiff::Timestamp>,
    },
}

/// An applied edit: how to undo it and what changed. No changes means it was a no-op.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub inverse: Edit,
    pub changes: Vec<Change>,
}

impl Applied {
    pub fn is_noop(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Consecutive edits with the same key (typing in one text box) share one undo step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CoalesceKey {
    Title,
    Text(ScoreRef, TextField),
    Notes(RoundId, MinistryId),
    Reason(ScoreRef),
    Actions(ScoreRef),
    Comments(ScoreRef),
    Attendance(RoundId, MinistryId),
}

impl Edit {
    /// Apply to `ws`, stamping changed records with `now`. On error nothing changed.
    pub fn apply(
        self,
        ws: &mut Workspace,
        now: Option<jiff::Timestamp>,
    ) -> Result<Applied, ModelError> {
        if let Some(round) = crate::review::refusal(&self, ws) {
            return Err(ModelError::Validated(round.to_string()));
        }
        match self {
            Edit::SetAnswer { .. }
            | Edit::Vote { .. }
            | Edit::SetTally { .. }
            | Edit::SetText { .. }
            | Edit::SetDiscussed { .. }
            | Edit::SetProposal { .. }
            | Edit::SetReason { .. }
            | Edit::SetActions { .. }
            | Edit::SetComments { .. }
            | Edit::SetSource { .. }
            | Edit::SetScore { .. } => record::apply(self, ws, now),
            Edit::Batch(edits) => apply_batch(edits, ws, now),
            other => structure::apply(other, ws),
        }
    }

    /// Text typing and title edits coalesce; everything else is its own undo step.
    pub fn coalesce_key(&self) -> Option<CoalesceKey> {
        match self {
            Edit::SetTitle(_) => Some(CoalesceKey::Title),
            Edit::SetText { at, field, .. } => Some(CoalesceKey::Text(at.clone(), *field)),
            Edit::SetNotes {
                round, ministry, ..
            } => Some(CoalesceKey::Notes(round.clone(), ministry.clone())),
            Edit::SetReason { at, .. } => Some(CoalesceKey::Reason(at.clone())),
            Edit::SetActions { at, .. } => Some(CoalesceKey::Actions(at.clone())),
            Edit::SetComments { at, .. } => Some(CoalesceKey::Comments(at.clone())),
            Edit::SetAttendance {
                round, ministry, ..
            } => Some(CoalesceKey::Attendance(round.clone(), ministry.clone())),
            _ => None,
        }
    }

    /// The rounds whose records (scores, votes, texts, tables, attendance) this edit
    /// changes; structure edits (titles, rounds, ministries, instruments) have none.
    pub fn record_rounds(&self) -> Vec<&RoundId> {
        if let Some(at) = self.score_ref() {
            return vec![&at.round];
        }
        match self {
            Edit::SetNotes { round, .. }
            | Edit::SetTable { round, .. }
            | Edit::SetAttendance { round, .. } => vec![round],
            Edit::Batch(edits) => {
                let mut rounds: Vec<&RoundId> =
                    edits.iter().flat_map(Edit::record_rounds).collect();
                rounds.sort();
                rounds.dedup();
                rounds
            }
            _ => Vec::new(),
        }
    }

    /// The area record this edit changes, if it changes exactly one.
    pub fn score_ref(&self) -> Option<&ScoreRef> {
        match self {
            Edit::SetAnswer { at, .. }
            | Edit::Vote { at, .. }
            | Edit::SetTally { at, .. }
            | Edit::SetText { at, .. }
            | Edit::SetDiscussed { at, .. }
            | Edit::SetScore { at, .. }
            | Edit::SetProposal { at, .. }
            | Edit::SetReason { at, .. }
            | Edit::SetActions { at, .. }
            | Edit::SetComments { at, .. }
            | Edit::SetSource { at, .. } => Some(at),
            _ => None,
        }
    }

    /// A few words for menus ("Undo: set the answer").
    pub fn describe(&self) -> &'static str {
        match self {
            Edit::SetTitle(_) => "change the title",
            Edit::SetLanguage(_) => "change the language of reports and the room",
            Edit::AddInstrument(_) | Edit::RemoveInstrument(_) | Edit::SetCurrentInstrument(_) => {
                "change the instrument"
            }
            Edit::AddRound(_) | Edit::RestoreRound(_) => "add a round",
            Edit::UpdateRound { .. } => "change a round",
            Edit::RemoveRound(_) => "remove a round",
            Edit::AddMinistry { .. } | Edit::RestoreMinistry(_) => "add a ministry",
            Edit::UpdateMinistry { .. } => "change a ministry",
            Edit::RemoveMinistry(_) => "remove a ministry",
            Edit::MoveMinistry { .. } => "move a ministry",
            Edit::SetAnswer { .. } => "set the agreed answer",
            Edit::Vote { .. } | Edit::SetTally { .. } => "change the votes",
            Edit::SetText { .. } => "edit text",
            Edit::SetDiscussed { .. } => "record the discussion time",
            Edit::SetScore { .. } => "replace a record",
            Edit::SetNotes { .. } => "edit notes",
            Edit::SetProposal { .. } => "change a table's proposal",
            Edit::SetTable { .. } => "change a table's access",
            Edit::SetReason { .. } => "record the reason for a change",
            Edit::SetActions { .. } => "change the actions",
            Edit::SetAttendance { .. } => "change who took part",
            Edit::SetReview { .. } => "change a round's review",
            Edit::SetSources { .. } => "record where a round's records came from",
            Edit::SetComments { .. } => "change review comments",
            Edit::SetSource { .. } => "record where a record came from",
            Edit::Batch(_) => "a group of changes",
        }
    }
}

/// Apply edits in order; if one fails, undo those already applied and fail.
fn apply_batch(
    edits: Vec<Edit>,
    ws: &mut Workspace,
    now: Option<jiff::Timestamp>,
) -> Result<Applied, ModelError> {
    let mut inverses = Vec::with_capacity(edits.len());
    let mut changes = Vec::new();
    for edit in edits {
        match edit.apply(ws, now) {
            Ok(a) => {
                if !a.is_noop() {
                    inverses.push(a.inverse);
                    changes.extend(a.changes);
                }
            }
            Err(e) => {
                for inv in inverses.into_iter().rev() {
                    // Undoing what this batch just did cannot fail: each inverse was
                    // made from the state it restores.
                    let _ = inv.apply(ws, now);
                }
                return Err(e);
            }
        }
    }
    inverses.reverse();
    Ok(Applied {
        inverse: Edit::Batch(inverses),
        changes,
    })
}

#[cfg(test)]
mod tests;
