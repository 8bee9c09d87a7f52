//! The model's names in a language: reasons for a change, action statuses and the
//! groups of moved levels. Shared by the reports and the window (the command line
//! keeps the model's English labels, which its files use too).

use codi_i18n::Texts;

use crate::model::plots::MovedGroup;
use crate::model::stats::{Change, Coverage};
use crate::model::{ActionStatus, ReasonKind};

/// A reason for a change, e.g. "New or better evidence".
pub fn reason(t: &Texts, k: ReasonKind) -> String {
    t.get(match k {
        ReasonKind::Performance => "reason-performance",
        ReasonKind::Evidence => "reason-evidence",
        ReasonKind::Interpretation => "reason-interpretation",
        ReasonKind::EarlierError => "reason-earlier-error",
        ReasonKind::Definition => "reason-definition",
        ReasonKind::Other => "reason-other",
        ReasonKind::NotGiven => "reason-not-given",
    })
}

/// An action's status, e.g. "In progress".
pub fn action_status(t: &Texts, s: ActionStatus) -> String {
    t.get(match s {
        ActionStatus::Planned => "action-status-planned",
        ActionStatus::InProgress => "action-status-in-progress",
        ActionStatus::Done => "action-status-done",
        ActionStatus::Dropped => "action-status-dropped",
    })
}

/// A group of moved levels, e.g. "Improved: real change in performance".
pub fn moved_group(t: &Texts, g: MovedGroup) -> String {
    match g {
        MovedGroup::Performance { declined: true } => t.get("moved-declined-performance"),
        MovedGroup::Performance { declined: false } => t.get("moved-improved-performance"),
        MovedGroup::Rerated(k) => t.with(
            "moved-rerated",
            &[("reason", reason(t, k).to_lowercase().into())],
        ),
        MovedGroup::NoReason { declined: true } => t.get("moved-declined-no-reason"),
        MovedGroup::NoReason { declined: false } => t.get("moved-improved-no-reason"),
    }
}

/// A coverage, e.g. "9/10 answered (7 levels, 1 NA, 1 NI)".
pub fn coverage(t: &Texts, c: &Coverage) -> String {
    t.with(
        "coverage-describe",
        &[
            ("answered", c.answered().into()),
            ("areas", c.areas.into()),
            ("levels", c.levels.into()),
            ("na", c.na.into()),
            ("ni", c.ni.into()),
        ],
    )
}

/// A change between two rounds in a few characters: "+1", "re-rated −1", "new".
pub fn change(t: &Texts, c: Change) -> String {
    let by = |d: i16| {
        t.number(&if d > 0 {
            format!("+{d}")
        } else {
            d.to_string()
        })
    };
    match c {
        Change::Moved(d) => by(d),
        Change::Rerated(d) => t.with("change-rerated", &[("by", by(d).into())]),
        Change::NewlyScored => t.get("change-new"),
        Change::NoLongerScored => t.get("change-dropped"),
        Change::NoLevels => String::new(),
        Change::NotComparable => t.get("change-not-comparable"),
    }
}
