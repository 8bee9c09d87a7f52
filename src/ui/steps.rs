//! What an undo or a redo did, in words, and where: the message names the record and
//! the value it went back to, and the room is taken to that area. A vote count is
//! never named: it may not have been revealed yet.

use crate::model::{Change, ScoreRef, Workspace};
use crate::session::{Focus, Page};

/// The message after an undo (`undo`) or redo, and the area to show, from the changes
/// the step made.
pub fn describe(ws: &Workspace, changes: &[Change], undo: bool) -> (String, Option<Focus>) {
    let verb = if undo { "Undid" } else { "Redid" };
    let Some(first) = changes.first() else {
        return (format!("{verb} a step that changed nothing."), None);
    };
    let more = match changes.len() {
        1 => String::new(),
        n => format!(" (and {} more changes)", n - 1),
    };
    let (what, at) = match first {
        Change::Answer { at, after, .. } => {
            let scale = ws.instrument_for(at.round.as_str()).map(|i| i.scale());
            let now = match (after, scale) {
                (Some(a), Some(scale)) => a.describe(scale),
                (Some(a), None) => a.code(),
                (None, _) => "not scored".to_owned(),
            };
            (
                format!("the agreed answer of {}: now {now}", place(ws, at)),
                Some(at),
            )
        }
        Change::Votes { at, .. } => (
            format!("a change to the votes of {}", place(ws, at)),
            Some(at),
        ),
        Change::Text { at, field, .. } => (
            format!("the {} of {}", field.name(), place(ws, at)),
            Some(at),
        ),
        Change::Reason { at, .. } => (
            format!("the reason for the change of {}", place(ws, at)),
            Some(at),
        ),
        Change::Actions { at, .. } => (format!("the actions of {}", place(ws, at)), Some(at)),
        Change::Discussed { at, .. } | Change::Proposal { at, .. } | Change::Stamp { at, .. } => {
            (format!("a change to {}", place(ws, at)), Some(at))
        }
        Change::Title { after, .. } => (format!("the title: now \"{after}\""), None),
        Change::Structure(text) => (text.clone(), None),
        Change::Notes { ministry, .. } => (format!("the notes of {ministry}"), None),
        Change::Attendance { ministry, .. } => (format!("who took part for {ministry}"), None),
        Change::Table { ministry, .. } => (format!("the table access of {ministry}"), None),
    };
    let focus = at.and_then(|at| area_focus(ws, at));
    (format!("{verb} {what}{more}."), focus)
}

/// "HSD, area 3 (Appropriateness), Follow-up workshop".
fn place(ws: &Workspace, at: &ScoreRef) -> String {
    let area = ws
        .instrument_for(at.round.as_str())
        .and_then(|i| i.area_index(at.area.as_str()).map(|k| (k, i)))
        .map_or_else(
            || at.area.to_string(),
            |(k, i)| format!("area {} ({})", k + 1, i.areas()[k].label()),
        );
    let round = ws
        .round(at.round.as_str())
        .map_or_else(|| at.round.to_string(), |r| r.title.clone());
    format!("{}, {area}, {round}", at.ministry)
}

/// The scoring page of `at`, if that area still exists.
fn area_focus(ws: &Workspace, at: &ScoreRef) -> Option<Focus> {
    ws.instrument_for(at.round.as_str())?
        .area_index(at.area.as_str())?;
    ws.ministry(at.ministry.as_str())?;
    Some(Focus {
        round: at.round.clone(),
        ministry: at.ministry.clone(),
        page: Page::Area(at.area.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;
    use crate::model::{Answer, Edit, VoteChange, VoteSource};

    #[test]
    fn an_undo_names_the_record_and_never_a_vote_count() {
        let mut ws = demo_workspace();
        let at = ScoreRef::new(
            &ws.rounds()[1].id,
            &ws.ministries()[0].id,
            &ws.instrument().areas()[2].id,
        );
        let applied = Edit::SetAnswer {
            at: at.clone(),
            answer: Some(Answer::NotApplicable),
        }
        .apply(&mut ws, None)
        .unwrap();
        let (text, focus) = describe(&ws, &applied.changes, true);
        assert_eq!(
            text,
            "Undid the agreed answer of MoSW, area 3 (Appropriateness), Follow-up workshop: now Not applicable."
        );
        assert_eq!(focus.unwrap().page, Page::Area(at.area.clone()));
        let votes = Edit::Vote {
            at: at.clone(),
            source: VoteSource::Cards,
            change: VoteChange::Set(Answer::NotApplicable, 37),
        }
        .apply(&mut ws, None)
        .unwrap();
        let (text, _) = describe(&ws, &votes.changes, false);
        assert!(
            text.starts_with("Redid a change to the votes of MoSW"),
            "{text}"
        );
        assert!(!text.contains("37"), "{text}");
    }
}
