//! Rounds in a merge: B's rounds that A lacks are added (their review after the data),
//! a round both have must be scored with versions whose areas mean the same, B's
//! further review steps come over, and a round validated in A takes nothing from B.

use std::collections::{BTreeMap, BTreeSet};

use super::{MergeError, Plan};
use crate::edit::Edit;
use crate::ids::{AreaId, MinistryId, RoundId};
use crate::workspace::{ModelError, Round, Workspace};

/// Rounds B has that A lacks are added; a round both have must use one instrument
/// version; B's further review steps are taken last.
pub(super) fn rounds(
    p: &mut Plan,
    a: &Workspace,
    b: &Workspace,
    map: &BTreeMap<MinistryId, MinistryId>,
) -> Result<(), MergeError> {
    for br in b.rounds() {
        let Some(ar) = a.round(br.id.as_str()) else {
            let tables = br
                .tables
                .iter()
                .filter_map(|(m, t)| Some((map.get(m)?.clone(), t.clone())))
                .collect();
            let added = Round {
                review: Default::default(),
                sources: Vec::new(),
                tables,
                ..br.clone()
            };
            p.taken.push(Edit::AddRound(Box::new(added)));
            if !br.review.is_empty() {
                p.reviews.push(Edit::SetReview {
                    round: br.id.clone(),
                    review: br.review.clone(),
                });
            }
            continue;
        };
        if ar.instrument_version != br.instrument_version {
            versions_match(p, a, b, ar, br)?;
        }
        let (sa, sb) = (ar.review.steps(), br.review.steps());
        if sb.len() > sa.len() && sb.starts_with(sa) {
            p.reviews.push(Edit::SetReview {
                round: br.id.clone(),
                review: br.review.clone(),
            });
        } else if !sa.starts_with(sb) {
            return Err(MergeError::ReviewDiverged(br.id.to_string()));
        }
        if (&ar.title, &ar.date, &ar.location, &ar.facilitator)
            != (&br.title, &br.date, &br.location, &br.facilitator)
        {
            p.notes.push(format!(
                "round `{}`: kept the first file's title, date, place and facilitator ({}); the other file says {}",
                ar.id,
                ar.display(),
                br.display()
            ));
        }
    }
    Ok(())
}

/// The same round scored with two instrument versions: B's records come into A's
/// version where their areas mean the same in both (the comparability rule); any other
/// area is refused, named.
pub(super) fn versions_match(
    p: &mut Plan,
    a: &Workspace,
    b: &Workspace,
    ar: &Round,
    br: &Round,
) -> Result<(), MergeError> {
    let (Some(ia), Some(ib)) = (
        a.instrument_version(&ar.instrument_version),
        b.instrument_version(&br.instrument_version),
    ) else {
        return Err(ModelError::UnknownInstrument(br.instrument_version.clone()).into());
    };
    let used: BTreeSet<&AreaId> = b
        .round_assessments(br.id.as_str())
        .flat_map(|(_, x)| x.scores().map(|(area, _)| area))
        .collect();
    let apart: Vec<&str> = used
        .into_iter()
        .filter(|area| !ia.same_meaning(ib, area.as_str()))
        .map(|area| area.as_str())
        .collect();
    if !apart.is_empty() {
        return Err(MergeError::Instrument {
            round: br.id.to_string(),
            a: ar.instrument_version.clone(),
            b: br.instrument_version.clone(),
            areas: apart.join(", "),
        });
    }
    p.notes.push(format!(
        "round `{}`: scored with instrument version {} in the other file and {} here; every area it scored means the same in both, so its records join this file's version",
        ar.id, br.instrument_version, ar.instrument_version
    ));
    Ok(())
}

/// A round validated in A takes nothing from B (its review in B may go on from A's only
/// by the same steps, which leave it as it is).
pub(super) fn refuse_validated(p: &Plan, a: &Workspace) -> Result<(), MergeError> {
    let touched: BTreeSet<&RoundId> = p
        .taken
        .iter()
        .chain(p.conflicts.iter().map(|c| &c.take_b))
        .flat_map(Edit::record_rounds)
        .collect();
    for r in touched {
        let validated = a
            .round(r.as_str())
            .is_some_and(|r| r.review.status() == crate::review::Status::Validated);
        if validated {
            return Err(MergeError::Validated(r.to_string()));
        }
    }
    Ok(())
}
