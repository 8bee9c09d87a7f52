//! Edits to everything but the area records: the title, instrument versions, rounds,
//! ministries and notes. Removals carry what they removed, so their inverse restores it.

use super::{Applied, Change, Edit};
use crate::workspace::{ModelError, Workspace};

/// An inverse and the changes, before they become an [`Applied`].
type Step = (Edit, Vec<Change>);

/// Apply a structural edit.
pub(super) fn apply(edit: Edit, ws: &mut Workspace) -> Result<Applied, ModelError> {
    let (inverse, changes) = match edit {
        Edit::AddInstrument(_) | Edit::RemoveInstrument(_) | Edit::SetCurrentInstrument(_) => {
            instrument(edit, ws)?
        }
        Edit::AddRound(_)
        | Edit::UpdateRound { .. }
        | Edit::RemoveRound(_)
        | Edit::RestoreRound(_) => round(edit, ws)?,
        Edit::AddMinistry { .. }
        | Edit::UpdateMinistry { .. }
        | Edit::RemoveMinistry(_)
        | Edit::RestoreMinistry(_)
        | Edit::MoveMinistry { .. } => ministry(edit, ws)?,
        Edit::SetTable {
            round,
            ministry,
            table,
        } => {
            let before = ws.set_table(&round, &ministry, table.clone())?;
            replaced(before, table, |before, after| {
                let change = Change::Table {
                    round: round.clone(),
                    ministry: ministry.clone(),
                    before: before.clone(),
                    after,
                };
                let inverse = Edit::SetTable {
                    round,
                    ministry,
                    table: before,
                };
                (inverse, change)
            })
        }
        other => text(other, ws)?,
    };
    Ok(Applied { inverse, changes })
}

/// A value of an assessment or round replaced by `after` (it was `before`): the
/// inverse and the change that `make` builds, the change left out if nothing changed.
fn replaced<T: PartialEq>(before: T, after: T, make: impl FnOnce(T, T) -> (Edit, Change)) -> Step {
    let same = before == after;
    let (inverse, change) = make(before, after);
    (inverse, if same { Vec::new() } else { vec![change] })
}

fn structure(text: String) -> Vec<Change> {
    vec![Change::Structure(text)]
}

/// Hold, drop or choose an instrument version.
fn instrument(edit: Edit, ws: &mut Workspace) -> Result<Step, ModelError> {
    Ok(match edit {
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
        other => return Err(ModelError::Misrouted(other.describe())),
    })
}

/// Add, change, remove or restore a round.
fn round(edit: Edit, ws: &mut Workspace) -> Result<Step, ModelError> {
    Ok(match edit {
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
        other => return Err(ModelError::Misrouted(other.describe())),
    })
}

/// Add, change, remove, restore or move a ministry.
fn ministry(edit: Edit, ws: &mut Workspace) -> Result<Step, ModelError> {
    Ok(match edit {
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
        other => return Err(ModelError::Misrouted(other.describe())),
    })
}

/// The workspace title and an assessment's notes.
fn text(edit: Edit, ws: &mut Workspace) -> Result<Step, ModelError> {
    Ok(match edit {
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
        Edit::SetReview { round, review } => {
            let before = ws.set_review(&round, review.clone())?;
            replaced(before, review, |before, after| {
                let change = Change::Review {
                    round: round.clone(),
                    before: before.clone(),
                    after,
                };
                (
                    Edit::SetReview {
                        round,
                        review: before,
                    },
                    change,
                )
            })
        }
        Edit::SetSources { round, sources } => {
            let before = ws.set_sources(&round, sources.clone())?;
            let changes = if before == sources {
                Vec::new()
            } else {
                let files: Vec<&str> = sources.iter().map(|s| s.file.as_str()).collect();
                structure(format!("round `{round}` merged from: {}", files.join("; ")))
            };
            (
                Edit::SetSources {
                    round,
                    sources: before,
                },
                changes,
            )
        }
        Edit::SetLanguage(language) => {
            let before = ws.set_language(language.clone());
            let name = |l: &Option<crate::language::LanguageTag>| {
                l.as_ref()
                    .map_or_else(|| "en".to_owned(), ToString::to_string)
            };
            let changes = if before == language {
                Vec::new()
            } else {
                vec![Change::Structure(format!(
                    "the language of reports and the room: {} (was {})",
                    name(&language),
                    name(&before)
                ))]
            };
            (Edit::SetLanguage(before), changes)
        }
        Edit::SetNotes {
            round,
            ministry,
            notes,
        } => {
            let before = ws.set_notes(&round, &ministry, notes.clone())?;
            replaced(before, notes, |before, after| {
                let change = Change::Notes {
                    round: round.clone(),
                    ministry: ministry.clone(),
                    before: before.clone(),
                    after,
                };
                let inverse = Edit::SetNotes {
                    round,
                    ministry,
                    notes: before,
                };
                (inverse, change)
            })
        }
        Edit::SetAttendance {
            round,
            ministry,
            attendance,
        } => {
            let before = ws.set_attendance(&round, &ministry, attendance.clone())?;
            replaced(before, attendance, |before, after| {
                let change = Change::Attendance {
                    round: round.clone(),
                    ministry: ministry.clone(),
                    before: before.clone(),
                    after,
                };
                let inverse = Edit::SetAttendance {
                    round,
                    ministry,
                    attendance: before,
                };
                (inverse, change)
            })
        }
        other => return Err(ModelError::Misrouted(other.describe())),
    })
}
