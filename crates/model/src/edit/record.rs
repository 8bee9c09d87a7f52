//! Edits to one area record: the agreed answer, vote deltas and tallies, texts, and the
//! whole record. Each reports the fields it changed and stamps the record's time.

use super::{Applied, Change, Edit, TextField, VoteChange};
use crate::followup::Action;
use crate::ids::ScoreRef;
use crate::instrument::Instrument;
use crate::score::{AreaScore, VoteSource, VoteTally};
use crate::table::check_len;
use crate::workspace::{ModelError, Workspace};

/// Apply a record edit (`SetAnswer`, `Vote`, `SetTally`, `SetText`, `SetDiscussed`,
/// `SetProposal`, `SetReason`, `SetActions`, `SetScore`).
pub(super) fn apply(
    edit: Edit,
    ws: &mut Workspace,
    now: Option<jiff::Timestamp>,
) -> Result<Applied, ModelError> {
    match edit {
        Edit::SetAnswer { at, answer } => {
            let (before, changes) = change_score(ws, &at, now, |s, inst| {
                Workspace::check_answer(inst, answer)?;
                s.answer = answer;
                Ok(())
            })?;
            let inverse = Edit::SetAnswer {
                at,
                answer: before.answer,
            };
            Ok(Applied { inverse, changes })
        }
        Edit::Vote { at, source, change } => {
            let mut inverse_change = change;
            let (_, changes) = change_score(ws, &at, now, |s, inst| {
                inverse_change = apply_vote(s.tally_mut(source), change, source, inst)?;
                Ok(())
            })?;
            let inverse = Edit::Vote {
                at,
                source,
                change: inverse_change,
            };
            Ok(Applied { inverse, changes })
        }
        Edit::SetTally { at, source, tally } => {
            let (before, changes) = change_score(ws, &at, now, |s, inst| {
                Workspace::check_tally(inst, &tally)?;
                *s.tally_mut(source) = tally.normalized(inst.level_count());
                Ok(())
            })?;
            let inverse = Edit::SetTally {
                at,
                source,
                tally: before.tally(source).clone(),
            };
            Ok(Applied { inverse, changes })
        }
        Edit::SetText { at, field, text } => {
            let (before, changes) = change_score(ws, &at, now, |s, _| {
                *field.of_mut(s) = text;
                Ok(())
            })?;
            let inverse = Edit::SetText {
                at,
                field,
                text: field.of(&before).clone(),
            };
            Ok(Applied { inverse, changes })
        }
        Edit::SetDiscussed { at, secs } => {
            let (before, changes) = change_score(ws, &at, now, |s, _| {
                s.discussed_secs = secs;
                Ok(())
            })?;
            let inverse = Edit::SetDiscussed {
                at,
                secs: before.discussed_secs,
            };
            Ok(Applied { inverse, changes })
        }
        other => apply_more(other, ws, now),
    }
}

/// The rest of the record edits: a table's proposal, the reason for a change, the
/// actions, and the whole record.
fn apply_more(
    edit: Edit,
    ws: &mut Workspace,
    now: Option<jiff::Timestamp>,
) -> Result<Applied, ModelError> {
    match edit {
        Edit::SetProposal { at, proposal } => {
            let (before, changes) = change_score(ws, &at, now, |s, inst| {
                if let Some(p) = &proposal {
                    Workspace::check_proposal(inst, p)?;
                }
                s.proposal = proposal;
                Ok(())
            })?;
            let inverse = Edit::SetProposal {
                at,
                proposal: before.proposal,
            };
            Ok(Applied { inverse, changes })
        }
        Edit::SetReason { at, reason } => {
            let (before, changes) = change_score(ws, &at, now, |s, _| {
                if let Some(r) = &reason {
                    check_len("reason note", &r.note)?;
                }
                s.reason = reason;
                Ok(())
            })?;
            let inverse = Edit::SetReason {
                at,
                reason: before.reason,
            };
            Ok(Applied { inverse, changes })
        }
        Edit::SetActions { at, actions } => {
            let (before, changes) = change_score(ws, &at, now, |s, _| {
                actions.iter().try_for_each(Action::check)?;
                s.actions = actions;
                Ok(())
            })?;
            let inverse = Edit::SetActions {
                at,
                actions: before.actions,
            };
            Ok(Applied { inverse, changes })
        }
        Edit::SetComments { at, comments } => {
            let (before, changes) = change_score(ws, &at, now, |s, _| {
                comments
                    .iter()
                    .try_for_each(crate::review::Comment::check)?;
                s.comments = comments;
                Ok(())
            })?;
            let inverse = Edit::SetComments {
                at,
                comments: before.comments,
            };
            Ok(Applied { inverse, changes })
        }
        Edit::SetSource { at, source } => {
            let (before, changes) = change_score(ws, &at, now, |s, _| {
                if let Some(text) = &source {
                    check_len("source", text)?;
                }
                s.source = source;
                Ok(())
            })?;
            let inverse = Edit::SetSource {
                at,
                source: before.source,
            };
            Ok(Applied { inverse, changes })
        }
        Edit::SetScore { at, score } => {
            let (before, changes) = ws.edit_score(&at, |s, inst| {
                let new = Workspace::check_score(inst, *score)?;
                let mut changes = score_changes(&at, s, &new);
                // The time alone may differ too; that is still a change undo must see.
                if changes.is_empty() && s.updated != new.updated {
                    changes.push(Change::Stamp {
                        at: at.clone(),
                        before: s.updated,
                        after: new.updated,
                    });
                }
                Ok((std::mem::replace(s, new), changes))
            })?;
            let inverse = Edit::SetScore {
                at,
                score: Box::new(before),
            };
            Ok(Applied { inverse, changes })
        }
        other => unreachable_record(other),
    }
}

/// Only record edits are sent here (see `Edit::apply`); anything else is refused
/// rather than trusted.
fn unreachable_record(edit: Edit) -> Result<Applied, ModelError> {
    Err(ModelError::Misrouted(edit.describe()))
}

/// The field-by-field differences between two versions of one record.
pub(super) fn score_changes(at: &ScoreRef, before: &AreaScore, after: &AreaScore) -> Vec<Change> {
    let mut out = Vec::new();
    if before.answer != after.answer {
        out.push(Change::Answer {
            at: at.clone(),
            before: before.answer,
            after: after.answer,
        });
    }
    for source in [VoteSource::Cards, VoteSource::Phones] {
        if before.tally(source) != after.tally(source) {
            out.push(Change::Votes {
                at: at.clone(),
                source,
                before: before.tally(source).clone(),
                after: after.tally(source).clone(),
            });
        }
    }
    if before.discussed_secs != after.discussed_secs {
        out.push(Change::Discussed {
            at: at.clone(),
            before: before.discussed_secs,
            after: after.discussed_secs,
        });
    }
    if before.proposal != after.proposal {
        out.push(Change::Proposal {
            at: at.clone(),
            before: before.proposal.clone(),
            after: after.proposal.clone(),
        });
    }
    if before.reason != after.reason {
        out.push(Change::Reason {
            at: at.clone(),
            before: before.reason.clone(),
            after: after.reason.clone(),
        });
    }
    if before.actions != after.actions {
        out.push(Change::Actions {
            at: at.clone(),
            before: before.actions.clone(),
            after: after.actions.clone(),
        });
    }
    if before.source != after.source {
        out.push(Change::Source {
            at: at.clone(),
            before: before.source.clone(),
            after: after.source.clone(),
        });
    }
    if before.comments != after.comments {
        out.push(Change::Comments {
            at: at.clone(),
            before: before.comments.clone(),
            after: after.comments.clone(),
        });
    }
    for field in [
        TextField::Rationale,
        TextField::Evidence,
        TextField::DiffersFromTable,
        TextField::Dissent,
    ] {
        if field.of(before) != field.of(after) {
            out.push(Change::Text {
                at: at.clone(),
                field,
                before: field.of(before).clone(),
                after: field.of(after).clone(),
            });
        }
    }
    out
}

/// Change one record with `f`, stamping `now` when anything changed. Returns the
/// record as it was and the changes.
fn change_score(
    ws: &mut Workspace,
    at: &ScoreRef,
    now: Option<jiff::Timestamp>,
    f: impl FnOnce(&mut AreaScore, &Instrument) -> Result<(), ModelError>,
) -> Result<(AreaScore, Vec<Change>), ModelError> {
    ws.edit_score(at, |score, inst| {
        let before = score.clone();
        f(score, inst)?;
        let changes = score_changes(at, &before, score);
        if !changes.is_empty() {
            score.updated = now.or(score.updated);
        }
        Ok((before, changes))
    })
}

fn apply_vote(
    tally: &mut VoteTally,
    change: VoteChange,
    source: VoteSource,
    inst: &Instrument,
) -> Result<VoteChange, ModelError> {
    let n = inst.level_count();
    let answer = match change {
        VoteChange::Add(a) | VoteChange::Remove(a) | VoteChange::Set(a, _) => a,
    };
    Workspace::check_answer(inst, Some(answer))?;
    let mut t = std::mem::take(tally);
    let count = t.count_mut(answer, n);
    let old = *count;
    let inverse = match change {
        VoteChange::Add(a) => {
            *count = count.saturating_add(1);
            VoteChange::Remove(a)
        }
        VoteChange::Remove(a) => {
            if *count == 0 {
                *tally = t.normalized(n);
                return Err(ModelError::NoVoteToRemove {
                    answer: a.code(),
                    from: source.name().to_owned(),
                });
            }
            *count -= 1;
            VoteChange::Add(a)
        }
        VoteChange::Set(a, v) => {
            *count = v;
            VoteChange::Set(a, old)
        }
    };
    *tally = t.normalized(n);
    Ok(inverse)
}
