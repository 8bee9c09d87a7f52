//! The moved levels grouped by why they moved: the story a ministry reads first.

use super::{ChangeRow, ChangeTable};
use crate::followup::ReasonKind;
use crate::stats::Change;

/// Why a group of levels moved (see [`moved_by_reason`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MovedGroup {
    /// The room put it down to a real change in performance.
    Performance { declined: bool },
    /// A re-rating for this reason: not a change in performance.
    Rerated(ReasonKind),
    /// Moved, with no reason given.
    NoReason { declined: bool },
}

impl MovedGroup {
    /// The group's English title (the command line's; the window and the reports
    /// take theirs from the catalogue).
    pub fn title(self) -> String {
        match self {
            MovedGroup::Performance { declined: true } => {
                "Declined: real change in performance".to_owned()
            }
            MovedGroup::Performance { declined: false } => {
                "Improved: real change in performance".to_owned()
            }
            MovedGroup::Rerated(kind) => format!(
                "Re-rated, not a change in performance: {}",
                kind.label().to_lowercase()
            ),
            MovedGroup::NoReason { declined: true } => "Declined: no reason given".to_owned(),
            MovedGroup::NoReason { declined: false } => "Improved: no reason given".to_owned(),
        }
    }
}

/// The moved levels grouped by why they moved, in reading order: declines and
/// improvements the room put down to performance; then each kind of re-rating (new
/// evidence, another reading, an earlier error, a changed definition, other), which is
/// not a change in performance; then declines and improvements with no reason given.
/// Empty groups are left out; unchanged areas are not moves and are not listed.
pub fn moved_by_reason(t: &ChangeTable) -> Vec<(MovedGroup, Vec<&ChangeRow>)> {
    let given = |r: &ChangeRow| r.reason.filter(|k| *k != ReasonKind::NotGiven);
    let moved = |r: &ChangeRow, down: bool| matches!(r.change, Change::Moved(d) if (d < 0) == down && d != 0);
    let pick = |f: &dyn Fn(&ChangeRow) -> bool| -> Vec<&ChangeRow> {
        t.moved.iter().filter(|r| f(r)).collect()
    };
    let perf = Some(ReasonKind::Performance);
    let mut groups = vec![
        (
            MovedGroup::Performance { declined: true },
            pick(&|r| moved(r, true) && given(r) == perf),
        ),
        (
            MovedGroup::Performance { declined: false },
            pick(&|r| moved(r, false) && given(r) == perf),
        ),
    ];
    for kind in ReasonKind::ALL {
        if kind.is_performance() || kind == ReasonKind::NotGiven {
            continue;
        }
        groups.push((
            MovedGroup::Rerated(kind),
            pick(&|r| matches!(r.change, Change::Rerated(_)) && given(r) == Some(kind)),
        ));
    }
    groups.push((
        MovedGroup::NoReason { declined: true },
        pick(&|r| moved(r, true) && given(r).is_none()),
    ));
    groups.push((
        MovedGroup::NoReason { declined: false },
        pick(&|r| moved(r, false) && given(r).is_none()),
    ));
    groups.retain(|(_, rows)| !rows.is_empty());
    groups
}
