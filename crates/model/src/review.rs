//! Review and sign-off of a round, as PEFA's peer review does it: a round moves from
//! draft to under review to validated, each step signed with who took it and when, and
//! reopening a validated round needs a reason. Reviewers' comments are kept per area
//! record with the response and whether they are resolved (the comments matrix).
//!
//! A validated round is read-only: [`crate::Edit::apply`] refuses every change to its
//! records (see [`refusal`]).

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::edit::Edit;
use super::ids::{AreaId, MinistryId, RoundId};
use super::table::check_len;
use super::workspace::{ModelError, Workspace};

/// Where a round stands in its review.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Being scored; its reports say DRAFT.
    #[default]
    Draft,
    /// Sent to reviewers; still editable (to answer comments), still DRAFT.
    UnderReview,
    /// Signed off: read-only until reopened with a reason.
    Validated,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Draft, Status::UnderReview, Status::Validated];

    /// The key in files, the history and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::UnderReview => "under-review",
            Status::Validated => "validated",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL
            .into_iter()
            .find(|s| s.key().eq_ignore_ascii_case(key.trim()))
    }

    /// Whether a round may go from `self` to `to`, and whether that needs a reason.
    /// Draft → under review → validated; back to draft from review (the reviewers
    /// returned it); out of validated only by reopening, with a reason.
    fn step_to(self, to: Status) -> Option<NeedsReason> {
        use Status::*;
        match (self, to) {
            (Draft, UnderReview) | (UnderReview, Validated) => Some(NeedsReason::No),
            (UnderReview, Draft) => Some(NeedsReason::No),
            (Validated, Draft) | (Validated, UnderReview) => Some(NeedsReason::Yes),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NeedsReason {
    Yes,
    No,
}

/// One step of a round's review: the status it moved to, who moved it, when, and why
/// (required when reopening).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusStep {
    pub status: Status,
    pub by: String,
    pub at: Timestamp,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// A round's review: its steps in order. No steps means a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Review {
    steps: Vec<StatusStep>,
}

impl Review {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
    pub fn steps(&self) -> &[StatusStep] {
        &self.steps
    }
    pub fn status(&self) -> Status {
        self.steps.last().map(|s| s.status).unwrap_or_default()
    }
    /// The step that validated the round, while it is validated.
    pub fn validation(&self) -> Option<&StatusStep> {
        self.steps.last().filter(|s| s.status == Status::Validated)
    }

    /// This review with one more step, checked against the rules.
    pub fn with_step(&self, step: StatusStep) -> Result<Review, ModelError> {
        let mut steps = self.steps.clone();
        steps.push(step);
        Review::from_steps(steps)
    }

    /// Steps as read from a file or an edit, checked: each step one the rules allow
    /// from the one before, signed, and with a reason where reopening needs one.
    pub fn from_steps(steps: Vec<StatusStep>) -> Result<Review, ModelError> {
        let mut from = Status::Draft;
        for step in &steps {
            let needs = from.step_to(step.status).ok_or(ModelError::ReviewStep {
                from: from.key(),
                to: step.status.key(),
            })?;
            if step.by.trim().is_empty() {
                return Err(ModelError::ReviewUnsigned);
            }
            if needs == NeedsReason::Yes && step.reason.trim().is_empty() {
                return Err(ModelError::ReopenWithoutReason);
            }
            check_len("reviewer's name", &step.by)?;
            check_len("reason", &step.reason)?;
            from = step.status;
        }
        Ok(Review { steps })
    }
}

/// A reviewer's comment on one area record, with the room's response.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub comment: String,
    /// The reviewer (a name or an office).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub response: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub resolved: bool,
}

impl Comment {
    pub fn check(&self) -> Result<(), ModelError> {
        if self.comment.trim().is_empty() {
            return Err(ModelError::EmptyComment);
        }
        for (field, text) in [
            ("comment", &self.comment),
            ("reviewer's name", &self.by),
            ("response", &self.response),
        ] {
            check_len(field, text)?;
        }
        Ok(())
    }
}

/// The edit that moves `round` to `to`, signed by `by` at `now`; refused when the rules
/// do not allow the step (nothing is changed until the edit is applied).
pub fn step_edit(
    ws: &Workspace,
    round: &str,
    to: Status,
    by: &str,
    reason: &str,
    now: Timestamp,
) -> Result<Edit, ModelError> {
    let r = ws
        .round(round)
        .ok_or_else(|| ModelError::UnknownRound(round.to_owned()))?;
    let review = r.review.with_step(StatusStep {
        status: to,
        by: by.trim().to_owned(),
        at: now,
        reason: reason.trim().to_owned(),
    })?;
    Ok(Edit::SetReview {
        round: r.id.clone(),
        review,
    })
}

/// Every comment of a round, in ministry and area order: the comments matrix.
pub fn matrix<'a>(
    ws: &'a Workspace,
    round: &'a RoundId,
) -> impl Iterator<Item = (&'a MinistryId, &'a AreaId, &'a Comment)> + 'a {
    ws.ministries().iter().flat_map(move |m| {
        let assessment = ws.assessment(round, &m.id);
        assessment
            .into_iter()
            .flat_map(|a| a.scores())
            .flat_map(move |(area, s)| s.comments.iter().map(move |c| (&m.id, area, c)))
    })
}

/// The validated round `edit` would change, if any: such an edit is refused. Changing
/// the review itself is how a round is reopened, so it is never refused here.
pub fn refusal(edit: &Edit, ws: &Workspace) -> Option<RoundId> {
    let validated = |r: &RoundId| {
        ws.round(r)
            .is_some_and(|r| r.review.status() == Status::Validated)
    };
    match edit {
        Edit::UpdateRound { id, .. } | Edit::RemoveRound(id) => validated(id).then(|| id.clone()),
        Edit::RemoveMinistry(m) => ws
            .rounds()
            .iter()
            .find(|r| validated(&r.id) && ws.assessment(&r.id, m).is_some())
            .map(|r| r.id.clone()),
        Edit::Batch(edits) => edits.iter().find_map(|e| refusal(e, ws)),
        other => other
            .record_rounds()
            .into_iter()
            .find(|r| validated(r))
            .cloned(),
    }
}

#[cfg(test)]
mod tests;
