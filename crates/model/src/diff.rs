//! The edit that turns one workspace into another: used when the user loads the version
//! another program wrote, so that even this bulk change is an ordinary, undoable edit
//! whose changes are reported field by field.

use std::collections::BTreeSet;

use super::edit::Edit;
use super::ids::{AreaId, ScoreRef};
use super::workspace::Workspace;

/// A batch of edits that, applied to `from`, gives `to`.
pub fn diff(from: &Workspace, to: &Workspace) -> Edit {
    let mut edits = Vec::new();
    if from.title() != to.title() {
        edits.push(Edit::SetTitle(to.title().to_owned()));
    }
    if from.language() != to.language() {
        edits.push(Edit::SetLanguage(to.language().cloned()));
    }
    for inst in to.instruments() {
        if from.instrument_version(inst.version()) != Some(inst) {
            edits.push(Edit::AddInstrument(Box::new(inst.clone())));
        }
    }
    ministries(from, to, &mut edits);
    rounds(from, to, &mut edits);
    if from.instrument().version() != to.instrument().version() {
        edits.push(Edit::SetCurrentInstrument(
            to.instrument().version().to_owned(),
        ));
    }
    scores(from, to, &mut edits);
    for inst in from.instruments() {
        if to.instrument_version(inst.version()).is_none() {
            edits.push(Edit::RemoveInstrument(inst.version().to_owned()));
        }
    }
    Edit::Batch(edits)
}

fn ministries(from: &Workspace, to: &Workspace, edits: &mut Vec<Edit>) {
    for m in from.ministries() {
        match to.ministry(m.id.as_str()) {
            None => edits.push(Edit::RemoveMinistry(m.id.clone())),
            Some(new) if new != m => edits.push(Edit::UpdateMinistry {
                id: m.id.clone(),
                ministry: Box::new(new.clone()),
            }),
            Some(_) => {}
        }
    }
    for m in to.ministries() {
        if from.ministry(m.id.as_str()).is_none() {
            edits.push(Edit::AddMinistry {
                ministry: Box::new(m.clone()),
                position: None,
            });
        }
    }
    // Then the order, front to back (moves of ministries already in place are no-ops).
    for (i, m) in to.ministries().iter().enumerate() {
        edits.push(Edit::MoveMinistry {
            id: m.id.clone(),
            to: i,
        });
    }
}

fn rounds(from: &Workspace, to: &Workspace, edits: &mut Vec<Edit>) {
    for r in from.rounds() {
        match to.round(r.id.as_str()) {
            // Another instrument version means another round: never re-rated in place.
            Some(new) if new.instrument_version != r.instrument_version => {
                edits.push(Edit::RemoveRound(r.id.clone()));
            }
            None => edits.push(Edit::RemoveRound(r.id.clone())),
            Some(new) if new != r => edits.push(Edit::UpdateRound {
                id: r.id.clone(),
                round: Box::new(new.clone()),
            }),
            Some(_) => {}
        }
    }
    for r in to.rounds() {
        let replaced = from
            .round(r.id.as_str())
            .is_some_and(|old| old.instrument_version != r.instrument_version);
        if from.round(r.id.as_str()).is_none() || replaced {
            edits.push(Edit::AddRound(Box::new(r.clone())));
        }
    }
}

fn scores(from: &Workspace, to: &Workspace, edits: &mut Vec<Edit>) {
    for r in to.rounds() {
        let rid = &r.id;
        // A round that was removed and added again starts empty.
        let fresh = from
            .round(rid)
            .is_none_or(|old| old.instrument_version != r.instrument_version);
        for m in to.ministries() {
            let mid = &m.id;
            let old = if fresh {
                None
            } else {
                from.assessment(rid, mid)
            };
            let new = to.assessment(rid, mid);
            if old.is_none() && new.is_none() {
                continue;
            }
            let old_notes = old.map_or("", |a| a.notes.as_str());
            let new_notes = new.map_or("", |a| a.notes.as_str());
            if old_notes != new_notes {
                edits.push(Edit::SetNotes {
                    round: r.id.clone(),
                    ministry: m.id.clone(),
                    notes: new_notes.to_owned(),
                });
            }
            let old_att = old.map(|a| a.attendance.clone()).unwrap_or_default();
            let new_att = new.map(|a| a.attendance.clone()).unwrap_or_default();
            if old_att != new_att {
                edits.push(Edit::SetAttendance {
                    round: r.id.clone(),
                    ministry: m.id.clone(),
                    attendance: new_att,
                });
            }
            let areas: BTreeSet<&AreaId> = old
                .into_iter()
                .chain(new)
                .flat_map(|a| a.scores().map(|(id, _)| id))
                .collect();
            for area in areas {
                let a = old.and_then(|a| a.score(area.as_str()));
                let b = new.and_then(|a| a.score(area.as_str()));
                if a != b {
                    edits.push(Edit::SetScore {
                        at: ScoreRef::new(&r.id, &m.id, area),
                        score: Box::new(b.cloned().unwrap_or_default()),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_workspace;
    use crate::workspace::tests::{lvl, ministry, round, set};
    use crate::{Instrument, MinistryId};

    fn check(a: &Workspace, b: &Workspace) {
        let mut w = a.clone();
        let applied = diff(a, b).apply(&mut w, None).unwrap();
        assert_eq!(&w, b, "diff turns a into b");
        applied.inverse.apply(&mut w, None).unwrap();
        assert_eq!(&w, a, "and its inverse back");
    }

    #[test]
    fn turns_one_workspace_into_another() {
        let a = demo_workspace();
        check(&a, &a);
        let mut b = a.clone();
        set(&mut b, "baseline-2022", "MoSW", 0, lvl(4));
        set(&mut b, "followup-2024", "HSD", 9, None);
        b.set_title("Other");
        b.remove_ministry("FID").unwrap();
        b.add_ministry(ministry("NEW")).unwrap();
        b.move_ministry("NEW", 0).unwrap();
        set(&mut b, "followup-2024", "NEW", 2, lvl(1));
        b.remove_round("baseline-2022").unwrap();
        b.add_round(round("r3", "2026-01-01")).unwrap();
        check(&a, &b);
        check(&b, &a);
        assert!(b.ministry("FID").is_none());
        assert_eq!(b.ministries()[0].id, MinistryId::new("NEW").unwrap());
    }

    #[test]
    fn a_round_on_another_version_is_replaced_not_re_rated() {
        let a = demo_workspace();
        let mut b = a.clone();
        b.add_instrument(Instrument::codi().relabelled("2030", ""))
            .unwrap();
        let removed = b.remove_round("baseline-2022").unwrap();
        let mut r = removed.round.clone();
        r.instrument_version = "2030".into();
        b.add_round(r).unwrap();
        set(&mut b, "baseline-2022", "MoSW", 0, lvl(1));
        check(&a, &b);
    }
}
