//! Edits as events: every change to a workspace is an [`Edit`]. Applying one returns
//! [`Applied`]: the edit that undoes it, and what changed (before and after), which is
//! what undo, the audit trail and anything else that listens to edits work from.
//!
//! Vote edits are deltas (add one vote, take one back, set one count), so two sources
//! such as phones and the facilitator's count add up instead of overwriting each other.
//! Bulk changes (an import, loading another version, removing a round with its scores)
//! are edits too: a [`Edit::Batch`] or a removal that carries what it removed.

use super::ids::{MinistryId, RoundId, ScoreRef};
use super::instrument::Instrument;
use super::score::{Answer, AreaScore, VoteSource, VoteTally};
use super::workspace::{Ministry, ModelError, RemovedMinistry, RemovedRound, Round, Workspace};

/// A free-text field of an area record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextField {
    Rationale,
    Evidence,
}

impl TextField {
    pub fn name(self) -> &'static str {
        match self {
            TextField::Rationale => "rationale",
            TextField::Evidence => "evidence",
        }
    }
    fn of(self, s: &AreaScore) -> &String {
        match self {
            TextField::Rationale => &s.rationale,
            TextField::Evidence => &s.evidence,
        }
    }
    fn of_mut(self, s: &mut AreaScore) -> &mut String {
        match self {
            TextField::Rationale => &mut s.rationale,
            TextField::Evidence => &mut s.evidence,
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
    Notes {
        round: RoundId,
        ministry: MinistryId,
        before: String,
        after: String,
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
}

fn structure(text: String) -> Vec<Change> {
    vec![Change::Structure(text)]
}

/// The field-by-field differences between two versions of one record.
fn score_changes(at: &ScoreRef, before: &AreaScore, after: &AreaScore) -> Vec<Change> {
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
    for field in [TextField::Rationale, TextField::Evidence] {
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

impl Edit {
    /// Apply to `ws`, stamping changed records with `now`. On error nothing changed.
    pub fn apply(
        self,
        ws: &mut Workspace,
        now: Option<jiff::Timestamp>,
    ) -> Result<Applied, ModelError> {
        match self {
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
            Edit::SetScore { at, score } => {
                let (before, changes) = ws.edit_score(&at, |s, inst| {
                    let new = Workspace::check_score(inst, *score)?;
                    let changes = score_changes(&at, s, &new);
                    Ok((std::mem::replace(s, new), changes))
                })?;
                let inverse = Edit::SetScore {
                    at,
                    score: Box::new(before),
                };
                Ok(Applied { inverse, changes })
            }
            Edit::Batch(edits) => apply_batch(edits, ws, now),
            other => other.apply_structure(ws, now),
        }
    }

    /// Edits to everything but the area records.
    fn apply_structure(
        self,
        ws: &mut Workspace,
        now: Option<jiff::Timestamp>,
    ) -> Result<Applied, ModelError> {
        let (inverse, changes) = match self {
            Edit::SetTitle(t) => {
                let before = ws.set_title(t.clone());
                let changes = if before == t {
                    Vec::new()
                } else {
                    vec![Change::Title {
                        before: before.clone(),
                        after: t,
                    }]
                };
                (Edit::SetTitle(before), changes)
            }
            Edit::AddInstrument(inst) => {
                let version = inst.version().to_owned();
                let added = ws.add_instrument(*inst)?;
                let changes = if added {
                    structure(format!("added instrument version {version}"))
                } else {
                    Vec::new()
                };
                let inverse = if added {
                    Edit::RemoveInstrument(version)
                } else {
                    Edit::Batch(Vec::new())
                };
                (inverse, changes)
            }
            Edit::RemoveInstrument(version) => {
                let Some(inst) = ws.remove_unused_instrument(&version) else {
                    return Err(ModelError::UnknownInstrument(format!(
                        "{version} (it is in use or not held)"
                    )));
                };
                (
                    Edit::AddInstrument(Box::new(inst)),
                    structure(format!("removed instrument version {version}")),
                )
            }
            Edit::SetCurrentInstrument(version) => {
                let before = ws.set_current_instrument(&version)?;
                let changes = if before == version {
                    Vec::new()
                } else {
                    structure(format!("new rounds now use instrument version {version}"))
                };
                (Edit::SetCurrentInstrument(before), changes)
            }
            Edit::AddRound(round) => {
                let id = round.id.clone();
                let text = format!("added round `{id}` ({})", round.display());
                ws.add_round(*round)?;
                (Edit::RemoveRound(id), structure(text))
            }
            Edit::UpdateRound { id, round } => {
                let new_id = round.id.clone();
                let after = (*round).clone();
                let before = ws.update_round(id.as_str(), *round)?;
                let changes = if before == after {
                    Vec::new()
                } else {
                    structure(format!("changed round `{new_id}`"))
                };
                let inverse = Edit::UpdateRound {
                    id: new_id,
                    round: Box::new(before),
                };
                (inverse, changes)
            }
            Edit::RemoveRound(id) => {
                let removed = ws.remove_round(id.as_str())?;
                let text = format!(
                    "removed round `{id}` with {} assessments",
                    removed.assessments.len()
                );
                (Edit::RestoreRound(Box::new(removed)), structure(text))
            }
            Edit::RestoreRound(removed) => {
                let id = removed.round.id.clone();
                ws.restore_round(*removed)?;
                (
                    Edit::RemoveRound(id.clone()),
                    structure(format!("restored round `{id}`")),
                )
            }
            Edit::AddMinistry { ministry, position } => {
                let id = ministry.id.clone();
                let text = format!("added ministry `{id}` ({})", ministry.name);
                ws.insert_ministry(*ministry, position)?;
                (Edit::RemoveMinistry(id), structure(text))
            }
            Edit::UpdateMinistry { id, ministry } => {
                let new_id = ministry.id.clone();
                let after = (*ministry).clone();
                let before = ws.update_ministry(id.as_str(), *ministry)?;
                let changes = if before == after {
                    Vec::new()
                } else {
                    structure(format!("changed ministry `{new_id}`"))
                };
                let inverse = Edit::UpdateMinistry {
                    id: new_id,
                    ministry: Box::new(before),
                };
                (inverse, changes)
            }
            Edit::RemoveMinistry(id) => {
                let removed = ws.remove_ministry(id.as_str())?;
                let text = format!(
                    "removed ministry `{id}` with {} assessments",
                    removed.assessments.len()
                );
                (Edit::RestoreMinistry(Box::new(removed)), structure(text))
            }
            Edit::RestoreMinistry(removed) => {
                let id = removed.ministry.id.clone();
                ws.restore_ministry(*removed)?;
                (
                    Edit::RemoveMinistry(id.clone()),
                    structure(format!("restored ministry `{id}`")),
                )
            }
            Edit::MoveMinistry { id, to } => {
                let from = ws.move_ministry(id.as_str(), to)?;
                let now_at = ws.ministry_position(id.as_str()).unwrap_or(from);
                let changes = if from == now_at {
                    Vec::new()
                } else {
                    structure(format!("moved ministry `{id}` to place {}", now_at + 1))
                };
                (Edit::MoveMinistry { id, to: from }, changes)
            }
            Edit::SetNotes {
                round,
                ministry,
                notes,
            } => {
                let before = ws.set_notes(&round, &ministry, notes.clone())?;
                let changes = if before == notes {
                    Vec::new()
                } else {
                    vec![Change::Notes {
                        round: round.clone(),
                        ministry: ministry.clone(),
                        before: before.clone(),
                        after: notes,
                    }]
                };
                let inverse = Edit::SetNotes {
                    round,
                    ministry,
                    notes: before,
                };
                (inverse, changes)
            }
            // Record edits and batches: `apply` takes these before coming here.
            record @ (Edit::SetAnswer { .. }
            | Edit::Vote { .. }
            | Edit::SetTally { .. }
            | Edit::SetText { .. }
            | Edit::SetScore { .. }
            | Edit::Batch(_)) => return record.apply(ws, now),
        };
        Ok(Applied { inverse, changes })
    }

    /// Text typing and title edits coalesce; everything else is its own undo step.
    pub fn coalesce_key(&self) -> Option<CoalesceKey> {
        match self {
            Edit::SetTitle(_) => Some(CoalesceKey::Title),
            Edit::SetText { at, field, .. } => Some(CoalesceKey::Text(at.clone(), *field)),
            Edit::SetNotes {
                round, ministry, ..
            } => Some(CoalesceKey::Notes(round.clone(), ministry.clone())),
            _ => None,
        }
    }

    /// A few words for menus ("Undo: set the answer").
    pub fn describe(&self) -> &'static str {
        match self {
            Edit::SetTitle(_) => "change the title",
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
            Edit::SetScore { .. } => "replace a record",
            Edit::SetNotes { .. } => "edit notes",
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
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;
    use crate::model::workspace::tests::{at, lvl, ministry, round, small};

    fn set(a: &ScoreRef, v: u8) -> Edit {
        Edit::SetAnswer {
            at: a.clone(),
            answer: lvl(v),
        }
    }

    /// Apply, then the inverse: the workspace is back as it was.
    fn round_trip(ws: &Workspace, edit: Edit) -> Applied {
        let mut w = ws.clone();
        let applied = edit.apply(&mut w, None).unwrap();
        let mut back = w.clone();
        applied.inverse.clone().apply(&mut back, None).unwrap();
        assert_eq!(&back, ws, "inverse restores");
        applied
    }

    #[test]
    fn answers_report_before_and_after() {
        let ws = small();
        let a = at("r1", "A", "adequacy");
        let applied = round_trip(&ws, set(&a, 3));
        assert_eq!(
            applied.changes,
            vec![Change::Answer {
                at: a.clone(),
                before: None,
                after: lvl(3)
            }]
        );
        let mut w = ws.clone();
        set(&a, 3).apply(&mut w, None).unwrap();
        assert!(set(&a, 3).apply(&mut w, None).unwrap().is_noop());
        let e = set(&a, 5).apply(&mut w, None).unwrap_err();
        assert_eq!(e, ModelError::LevelOutOfScale { level: 5, max: 4 });
        assert!(set(&at("r1", "A", "nope"), 1).apply(&mut w, None).is_err());
    }

    #[test]
    fn votes_from_two_sources_add_up() {
        let mut ws = small();
        let a = at("r1", "A", "adequacy");
        let vote = |source, change| Edit::Vote {
            at: a.clone(),
            source,
            change,
        };
        let two = Answer::Level(crate::model::Level::new(2).unwrap());
        let three = Answer::Level(crate::model::Level::new(3).unwrap());
        vote(VoteSource::Phones, VoteChange::Add(two))
            .apply(&mut ws, None)
            .unwrap();
        vote(VoteSource::Cards, VoteChange::Set(three, 4))
            .apply(&mut ws, None)
            .unwrap();
        vote(VoteSource::Phones, VoteChange::Add(two))
            .apply(&mut ws, None)
            .unwrap();
        let s = ws.score_at(&a).unwrap();
        assert_eq!(s.phone_votes.levels, vec![0, 2, 0, 0]);
        assert_eq!(s.votes.levels, vec![0, 0, 4, 0]);
        assert_eq!(s.all_votes().total(), 6);
        let e = vote(VoteSource::Cards, VoteChange::Remove(Answer::NotApplicable))
            .apply(&mut ws, None)
            .unwrap_err();
        assert!(matches!(e, ModelError::NoVoteToRemove { .. }));
        assert_eq!(ws.score_at(&a).unwrap().all_votes().total(), 6, "unchanged");
        let applied = round_trip(&ws, vote(VoteSource::Phones, VoteChange::Remove(two)));
        assert_eq!(
            applied.inverse,
            vote(VoteSource::Phones, VoteChange::Add(two))
        );
    }

    #[test]
    fn every_structural_edit_undoes() {
        let ws = demo_workspace();
        let mosw = crate::model::MinistryId::new("MoSW").unwrap();
        let base = crate::model::RoundId::new("baseline-2022").unwrap();
        let mut r = ws.round("baseline-2022").unwrap().clone();
        r.title = "Renamed".into();
        let mut m = ws.ministry("MoSW").unwrap().clone();
        m.id = crate::model::MinistryId::new("MSW").unwrap();
        for edit in [
            Edit::SetTitle("x".into()),
            Edit::RemoveRound(base.clone()),
            Edit::RemoveMinistry(mosw.clone()),
            Edit::MoveMinistry {
                id: mosw.clone(),
                to: 5,
            },
            Edit::UpdateRound {
                id: base.clone(),
                round: Box::new(r),
            },
            Edit::UpdateMinistry {
                id: mosw.clone(),
                ministry: Box::new(m),
            },
            Edit::AddRound(Box::new(round("r9", "2030-01-01"))),
            Edit::AddMinistry {
                ministry: Box::new(ministry("NEW")),
                position: Some(0),
            },
            Edit::SetNotes {
                round: base.clone(),
                ministry: mosw.clone(),
                notes: "n".into(),
            },
            Edit::AddInstrument(Box::new(Instrument::codi().relabelled("2030", ""))),
        ] {
            let applied = round_trip(&ws, edit.clone());
            assert!(!applied.is_noop(), "{edit:?}");
        }
    }

    #[test]
    fn batches_are_all_or_nothing() {
        let ws = small();
        let ok = set(&at("r1", "A", "adequacy"), 2);
        let bad = set(&at("r1", "A", "nope"), 2);
        let mut w = ws.clone();
        let e = Edit::Batch(vec![ok.clone(), bad]).apply(&mut w, None);
        assert!(e.is_err());
        assert_eq!(w, ws, "the first edit was rolled back");
        let applied = round_trip(
            &ws,
            Edit::Batch(vec![ok, set(&at("r2", "B", "adequacy"), 4)]),
        );
        assert_eq!(applied.changes.len(), 2);
    }

    #[test]
    fn set_score_reports_each_field() {
        let ws = small();
        let a = at("r1", "A", "adequacy");
        let score = AreaScore {
            answer: lvl(2),
            rationale: "why".into(),
            votes: VoteTally {
                levels: vec![1],
                na: 0,
                ni: 0,
            },
            ..Default::default()
        };
        let applied = round_trip(
            &ws,
            Edit::SetScore {
                at: a,
                score: Box::new(score),
            },
        );
        assert_eq!(applied.changes.len(), 3, "answer, card votes, rationale");
    }

    #[test]
    fn stamps_only_changed_records() {
        let mut ws = small();
        let t1: jiff::Timestamp = "2024-01-01T00:00:00Z".parse().unwrap();
        let t2: jiff::Timestamp = "2024-01-02T00:00:00Z".parse().unwrap();
        let a = at("r1", "A", "adequacy");
        set(&a, 3).apply(&mut ws, Some(t1)).unwrap();
        set(&a, 3).apply(&mut ws, Some(t2)).unwrap();
        assert_eq!(ws.score_at(&a).unwrap().updated, Some(t1));
        Edit::SetText {
            at: a.clone(),
            field: TextField::Rationale,
            text: "Because".into(),
        }
        .apply(&mut ws, Some(t2))
        .unwrap();
        assert_eq!(ws.score_at(&a).unwrap().updated, Some(t2));
    }
}
