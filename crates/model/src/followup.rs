//! What makes an assessment a record that can be followed up round after round: why an
//! agreed score differs from the last round's, the actions the workshop agreed, and who
//! took part (counts and offices, never names).

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::compare::comparability;
use super::ids::ScoreRef;
use super::score::Answer;
use super::table::check_len;
use super::workspace::{ModelError, Round, Workspace};

/// Why an agreed level differs from the previous round's answer for the same area.
/// Kept apart so that "improved" is never confused with "re-rated".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReasonKind {
    /// The ministry's performance really changed.
    Performance,
    /// New or better evidence than last time.
    Evidence,
    /// The room read the area or the evidence differently.
    Interpretation,
    /// The earlier score was wrong.
    EarlierError,
    /// The area's definition changed between instrument versions.
    Definition,
    Other,
    /// The facilitator skipped the question.
    NotGiven,
}

impl ReasonKind {
    /// Every kind, in the order the scoring page offers them ("not given" last).
    pub const ALL: [ReasonKind; 7] = [
        ReasonKind::Performance,
        ReasonKind::Evidence,
        ReasonKind::Interpretation,
        ReasonKind::EarlierError,
        ReasonKind::Definition,
        ReasonKind::Other,
        ReasonKind::NotGiven,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ReasonKind::Performance => "Real change in performance",
            ReasonKind::Evidence => "New or better evidence",
            ReasonKind::Interpretation => "Different interpretation",
            ReasonKind::EarlierError => "Earlier score was wrong",
            ReasonKind::Definition => "Area definition changed",
            ReasonKind::Other => "Other",
            ReasonKind::NotGiven => "Reason not given",
        }
    }

    /// The key used in CSV files and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            ReasonKind::Performance => "performance",
            ReasonKind::Evidence => "evidence",
            ReasonKind::Interpretation => "interpretation",
            ReasonKind::EarlierError => "earlier-error",
            ReasonKind::Definition => "definition",
            ReasonKind::Other => "other",
            ReasonKind::NotGiven => "not-given",
        }
    }

    /// Parse a key or a label, ignoring case (`new-evidence` is not a key; `evidence` is).
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim().to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|k| k.key() == t || k.label().to_ascii_lowercase() == t)
    }

    /// Only a real change in performance counts as improvement or decline; everything
    /// else is a re-rating.
    pub fn is_performance(self) -> bool {
        self == ReasonKind::Performance
    }
}

/// The reason recorded for a changed score, with an optional note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeReason {
    pub kind: ReasonKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl ChangeReason {
    pub fn new(kind: ReasonKind) -> Self {
        Self {
            kind,
            note: String::new(),
        }
    }

    /// `Different interpretation: the room read "coverage" as legal coverage`.
    pub fn describe(&self) -> String {
        if self.note.is_empty() {
            self.kind.label().to_owned()
        } else {
            format!("{}: {}", self.kind.label(), self.note)
        }
    }
}

/// Where an agreed action stands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Planned => "Planned",
            ActionStatus::InProgress => "In progress",
            ActionStatus::Done => "Done",
            ActionStatus::Dropped => "Dropped",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in-progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// Parse a key or a label, ignoring case (`in progress`, `In-Progress`).
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim().to_ascii_lowercase().replace(' ', "-");
        Self::ALL.into_iter().find(|s| s.key() == t)
    }
}

/// An action the workshop agreed for an area, to be followed up next round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub text: String,
    /// An office or role, never a person's name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub status: ActionStatus,
    /// What the next round found when it followed the action up.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub follow_up: String,
}

impl Action {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }

    /// Refuse what cannot be kept: an action without text, or text past the limit.
    pub fn check(&self) -> Result<(), ModelError> {
        if self.text.trim().is_empty() {
            return Err(ModelError::EmptyAction);
        }
        for (field, text) in [
            ("action", &self.text),
            ("owner", &self.owner),
            ("follow-up", &self.follow_up),
        ] {
            check_len(field, text)?;
        }
        Ok(())
    }
}

/// Who took part for one ministry in one round: a count and the offices they came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendance {
    #[serde(default)]
    pub people: u32,
    /// Offices or divisions, comma separated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub offices: String,
}

impl Attendance {
    pub fn is_empty(&self) -> bool {
        self.people == 0 && self.offices.trim().is_empty()
    }

    /// `6 people (Planning, MIS, Finance)`.
    pub fn describe(&self) -> String {
        let people = match self.people {
            0 => String::new(),
            1 => "1 person".to_owned(),
            n => format!("{n} people"),
        };
        match (people.is_empty(), self.offices.trim()) {
            (_, "") => people,
            (true, o) => o.to_owned(),
            (false, o) => format!("{people} ({o})"),
        }
    }
}

/// When the scoring page asks why: this round's agreed answer differs from the
/// previous round's for an area the two rounds can compare. Returns the previous
/// round and its answer.
pub fn reason_needed<'a>(ws: &'a Workspace, at: &ScoreRef) -> Option<(&'a Round, Answer)> {
    let now = ws.score_at(at)?.answer?;
    let prev = ws.previous_round(at.round.as_str())?;
    let before = ws.answer(&prev.id, &at.ministry, &at.area)?;
    let comparable = comparability(ws, &prev.id, &at.round, &at.area).is_comparable();
    (comparable && before != now).then_some((prev, before))
}

/// The actions the previous round agreed for this ministry and area (matched by area
/// id), to be followed up now.
pub fn carried_actions<'a>(ws: &'a Workspace, at: &ScoreRef) -> Option<(&'a Round, &'a [Action])> {
    let prev = ws.previous_round(at.round.as_str())?;
    let score = ws.score(&prev.id, &at.ministry, &at.area)?;
    (!score.actions.is_empty()).then_some((prev, score.actions.as_slice()))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::workspace::tests::{round, small};
    use crate::{Edit, Instrument, Level};

    fn at(round: &str, area: &str) -> ScoreRef {
        ScoreRef {
            round: crate::RoundId::new(round).unwrap(),
            ministry: crate::MinistryId::new("A").unwrap(),
            area: crate::AreaId::new(area).unwrap(),
        }
    }

    fn answer(ws: &mut Workspace, at: ScoreRef, level: u8) {
        let answer = Level::new(level).map(Answer::Level);
        Edit::SetAnswer { at, answer }.apply(ws, None).unwrap();
    }

    #[test]
    fn a_reason_is_asked_only_for_comparable_areas_whose_answer_changed() {
        let mut ws = small();
        answer(&mut ws, at("r2", "adequacy"), 3);
        assert!(
            reason_needed(&ws, &at("r2", "adequacy")).is_none(),
            "nothing before"
        );
        answer(&mut ws, at("r1", "adequacy"), 3);
        assert!(
            reason_needed(&ws, &at("r2", "adequacy")).is_none(),
            "unchanged"
        );
        answer(&mut ws, at("r2", "adequacy"), 4);
        let (prev, before) = reason_needed(&ws, &at("r2", "adequacy")).unwrap();
        assert_eq!((prev.id.as_str(), before.code()), ("r1", "3".to_owned()));
        assert!(
            reason_needed(&ws, &at("r1", "adequacy")).is_none(),
            "first round"
        );

        // A round scored with a version whose definition of the area changed.
        let mut v: serde_json::Value =
            serde_json::from_str(crate::instrument::DEFAULT_INSTRUMENT_JSON).unwrap();
        v["version"] = "2030".into();
        v["areas"][1]["definition"] = "Changed".into();
        ws.add_instrument(Instrument::from_json(&v.to_string()).unwrap())
            .unwrap();
        let mut r3 = round("r3", "2026-08-04");
        r3.instrument_version = "2030".into();
        ws.add_round(r3).unwrap();
        answer(&mut ws, at("r3", "adequacy"), 1);
        assert!(
            reason_needed(&ws, &at("r3", "adequacy")).is_none(),
            "not comparable"
        );
        answer(&mut ws, at("r3", "inclusiveness"), 1);
        answer(&mut ws, at("r2", "inclusiveness"), 2);
        assert!(
            reason_needed(&ws, &at("r3", "inclusiveness")).is_some(),
            "same meaning"
        );
    }

    #[test]
    fn actions_carry_over_to_the_next_round_by_area_id() {
        let mut ws = small();
        let actions = vec![Action::new("Publish the data dictionary")];
        Edit::SetActions {
            at: at("r1", "adequacy"),
            actions: actions.clone(),
        }
        .apply(&mut ws, None)
        .unwrap();
        let (prev, carried) = carried_actions(&ws, &at("r2", "adequacy")).unwrap();
        assert_eq!((prev.id.as_str(), carried), ("r1", actions.as_slice()));
        assert!(carried_actions(&ws, &at("r2", "inclusiveness")).is_none());
        assert!(carried_actions(&ws, &at("r1", "adequacy")).is_none());
        let empty = Edit::SetActions {
            at: at("r1", "adequacy"),
            actions: vec![Action::new(" ")],
        };
        assert_eq!(empty.apply(&mut ws, None), Err(ModelError::EmptyAction));
    }

    #[test]
    fn statuses_parse_from_keys_and_labels() {
        assert_eq!(
            ActionStatus::parse("In progress"),
            Some(ActionStatus::InProgress)
        );
        assert_eq!(ActionStatus::parse(" DONE "), Some(ActionStatus::Done));
        assert_eq!(ActionStatus::parse("finished"), None);
        for s in ActionStatus::ALL {
            assert_eq!(ActionStatus::parse(s.key()), Some(s));
            assert_eq!(ActionStatus::parse(s.label()), Some(s));
        }
    }

    #[test]
    fn actions_need_text_within_limits() {
        assert_eq!(Action::new("  ").check(), Err(ModelError::EmptyAction));
        assert!(
            Action::new("Publish the MIS data dictionary")
                .check()
                .is_ok()
        );
        let mut long = Action::new("x");
        long.owner = "o".repeat(crate::table::MAX_TEXT + 1);
        assert!(matches!(long.check(), Err(ModelError::TextTooLong { .. })));
    }

    #[test]
    fn reasons_and_attendance_read_well() {
        let mut r = ChangeReason::new(ReasonKind::Evidence);
        assert_eq!(r.describe(), "New or better evidence");
        r.note = "the 2024 MIS audit".into();
        assert_eq!(r.describe(), "New or better evidence: the 2024 MIS audit");
        assert!(!ReasonKind::Interpretation.is_performance());
        let json = serde_json::to_string(&ReasonKind::EarlierError).unwrap();
        assert_eq!(json, "\"earlier-error\"");
        let a = Attendance {
            people: 6,
            offices: "Planning, MIS".into(),
        };
        assert_eq!(a.describe(), "6 people (Planning, MIS)");
        assert!(Attendance::default().is_empty());
    }
}
