//! The demo's follow-up record: who took part, actions agreed at the baseline and
//! followed up two years on, and reasons for the scores that changed.

use crate::followup::{Action, ActionStatus, Attendance, ChangeReason, ReasonKind};
use crate::workspace::Workspace;
use crate::{Edit, MinistryId, RoundId, ScoreRef};

/// An action per area theme, as a workshop might agree it (illustrative).
const ACTIONS: [(&str, &str); 10] = [
    (
        "Map who is missed in the two poorest upazilas",
        "Programme unit",
    ),
    (
        "Review benefit amounts against the 2023 price survey",
        "Finance wing",
    ),
    (
        "Add a flood-season top-up to the programme design",
        "Planning wing",
    ),
    (
        "Publish the complaint channel on every payment slip",
        "MIS cell",
    ),
    (
        "Fill the vacant district officer posts",
        "Administration wing",
    ),
    (
        "Agree a three-year budget line with Finance Division",
        "Budget branch",
    ),
    (
        "Share the beneficiary list with the other cluster ministries",
        "MIS cell",
    ),
    (
        "Pre-register households in cyclone-prone unions",
        "Field operations",
    ),
    ("Cost the delivery chain per beneficiary", "Finance wing"),
    (
        "Study how the allowance affects seasonal work",
        "Research cell",
    ),
];

const OFFICES: [&str; 4] = [
    "Planning wing, MIS cell, Finance wing",
    "Programme unit, Field operations",
    "Administration wing, Research cell, MIS cell",
    "Budget branch, Programme unit",
];

const REASONS: [ReasonKind; 5] = [
    ReasonKind::Performance,
    ReasonKind::Performance,
    ReasonKind::Evidence,
    ReasonKind::Interpretation,
    ReasonKind::Performance,
];

/// Add the record to the demo's scores. Every reference below names a demo round,
/// ministry and area (invariant).
pub(super) fn add(ws: &mut Workspace) {
    let ministries: Vec<MinistryId> = ws.ministries().iter().map(|m| m.id.clone()).collect();
    let areas: Vec<_> = ws
        .instrument()
        .areas()
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let (base, follow) = (round("baseline-2022"), round("followup-2024"));
    let mut edits = Vec::new();
    for (mi, m) in ministries.iter().enumerate() {
        edits.extend(attendance(mi, m, [&base, &follow]));
        for (ai, area) in areas.iter().enumerate() {
            let at = |round: &RoundId| ScoreRef {
                round: round.clone(),
                ministry: m.clone(),
                area: area.clone(),
            };
            let seed = mi * 7 + ai * 3;
            // Two or three actions a ministry, on different areas.
            if seed % 4 == 0 {
                let (text, owner) = ACTIONS[ai];
                let status = ActionStatus::ALL[(mi + ai / 4) % 4];
                let action = Action {
                    text: text.to_owned(),
                    owner: owner.to_owned(),
                    due: Some(jiff::civil::date(2023, 12, 31)),
                    status,
                    follow_up: match status {
                        ActionStatus::Done => {
                            "Done in 2023; see the programme's annual report".into()
                        }
                        ActionStatus::InProgress => "Draft ready, awaiting approval".into(),
                        ActionStatus::Dropped => "Overtaken by the new programme design".into(),
                        ActionStatus::Planned => String::new(),
                    },
                };
                edits.push(Edit::SetActions {
                    at: at(&base),
                    actions: vec![action],
                });
            }
            let (before, after) = (ws.answer(&base, m, area), ws.answer(&follow, m, area));
            if before.is_some() && after.is_some() && before != after {
                let mut reason = ChangeReason::new(REASONS[seed % REASONS.len()]);
                if reason.kind == ReasonKind::Evidence {
                    reason.note = "the 2024 MIS audit was available this time".into();
                }
                edits.push(Edit::SetReason {
                    at: at(&follow),
                    reason: Some(reason),
                });
            }
        }
    }
    if let Some(m) = ministries.first() {
        edits.push(Edit::SetText {
            at: ScoreRef {
                round: follow.clone(),
                ministry: m.clone(),
                area: areas[1].clone(),
            },
            field: crate::TextField::Dissent,
            text: "Two district officers held that amounts still fall short of need (level 2)."
                .into(),
        });
    }
    Edit::Batch(edits)
        .apply(ws, None)
        .expect("invariant: the demo record names demo rounds, ministries and areas");
}

/// Who took part for ministry number `mi` in both rounds.
fn attendance(mi: usize, m: &MinistryId, rounds: [&RoundId; 2]) -> Vec<Edit> {
    rounds
        .into_iter()
        .enumerate()
        .map(|(ri, r)| Edit::SetAttendance {
            round: r.clone(),
            ministry: m.clone(),
            attendance: Attendance {
                people: 3 + ((mi + ri) % 5) as u32,
                offices: OFFICES[(mi + ri) % 4].to_owned(),
            },
        })
        .collect()
}

fn round(id: &str) -> RoundId {
    RoundId::new(id).expect("invariant: literal round id is valid")
}
