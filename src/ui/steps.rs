//! What an undo or a redo did, in words, and where: the message names the record and
//! the value it went back to, and the room is taken to that area. A vote count is
//! never named: it may not have been revealed yet.

use crate::model::{Change, ScoreRef, TextField, Workspace};
use crate::session::{Focus, Page};
use crate::ui::lang::Texts;

/// A message's variables.
type Args<'a> = Vec<(&'static str, codi_i18n::Value<'a>)>;

/// The message after an undo (`undo`) or redo, and the area to show, from the changes
/// the step made.
pub fn describe(
    ws: &Workspace,
    changes: &[Change],
    undo: bool,
    t: &Texts,
) -> (String, Option<Focus>) {
    let step = if undo { "undo" } else { "redo" };
    let Some(first) = changes.first() else {
        return (t.with("step-nothing", &[("step", step.into())]), None);
    };
    let more = match changes.len() {
        1 => String::new(),
        n => format!(" {}", t.with("step-more", &[("n", (n - 1).into())])),
    };
    let (id, mut args, at) = what(ws, first, t);
    args.push(("step", step.into()));
    args.push(("more", more.into()));
    let focus = at.and_then(|at| area_focus(ws, at));
    (t.with(id, &args), focus)
}

/// The message of the first change of a step, its variables but `step` and `more`, and
/// the area it changed.
fn what<'a>(
    ws: &Workspace,
    change: &'a Change,
    t: &Texts,
) -> (&'static str, Args<'a>, Option<&'a ScoreRef>) {
    let at_place = |at: &ScoreRef| ("place", codi_i18n::Value::from(place(ws, at, t)));
    match change {
        Change::Answer { at, after, .. } => {
            let scale = ws.instrument_for(at.round.as_str()).map(|i| i.scale());
            let now = match (after, scale) {
                (Some(a), Some(scale)) => a.describe(scale),
                (Some(a), None) => a.code(),
                (None, _) => return ("step-answer-cleared", vec![at_place(at)], Some(at)),
            };
            let args = vec![at_place(at), ("now", now.into())];
            ("step-answer", args, Some(at))
        }
        Change::Votes { at, .. } => ("step-votes", vec![at_place(at)], Some(at)),
        Change::Text { at, field, .. } => {
            let args = vec![at_place(at), ("field", field_key(*field).into())];
            ("step-text", args, Some(at))
        }
        Change::Reason { at, .. } => ("step-reason", vec![at_place(at)], Some(at)),
        Change::Actions { at, .. } => ("step-actions", vec![at_place(at)], Some(at)),
        Change::Comments { at, .. } => ("step-comments", vec![at_place(at)], Some(at)),
        Change::Review { round, .. } => {
            ("step-review", vec![("round", round.as_str().into())], None)
        }
        Change::Discussed { at, .. }
        | Change::Proposal { at, .. }
        | Change::Stamp { at, .. }
        | Change::Source { at, .. } => ("step-other", vec![at_place(at)], Some(at)),
        Change::Title { after, .. } => ("step-title", vec![("title", after.as_str().into())], None),
        Change::Structure(text) => ("step-structure", vec![("what", text.as_str().into())], None),
        Change::Notes { ministry, .. } => ("step-notes", ministry_args(ministry.as_str()), None),
        Change::Attendance { ministry, .. } => {
            ("step-attendance", ministry_args(ministry.as_str()), None)
        }
        Change::Table { ministry, .. } => ("step-table", ministry_args(ministry.as_str()), None),
    }
}

fn ministry_args(ministry: &str) -> Args<'_> {
    vec![("ministry", ministry.into())]
}

/// How the catalogue's `step-text` names a text field.
fn field_key(field: TextField) -> &'static str {
    match field {
        TextField::Rationale => "rationale",
        TextField::Evidence => "evidence",
        TextField::DiffersFromTable => "differs",
        TextField::Dissent => "dissent",
    }
}

/// "HSD, area 3 (Appropriateness), Follow-up workshop".
fn place(ws: &Workspace, at: &ScoreRef, t: &Texts) -> String {
    let round = ws
        .round(at.round.as_str())
        .map_or_else(|| at.round.to_string(), |r| r.title.clone());
    let area = ws
        .instrument_for(at.round.as_str())
        .and_then(|i| i.area_index(at.area.as_str()).map(|k| (k, i)));
    match area {
        Some((k, i)) => {
            let args = [
                ("ministry", at.ministry.as_str().into()),
                ("area", (k + 1).into()),
                ("label", i.areas()[k].label().into()),
                ("round", round.into()),
            ];
            t.with("step-place", &args)
        }
        None => {
            let args = [
                ("ministry", at.ministry.as_str().into()),
                ("area", at.area.as_str().into()),
                ("round", round.into()),
            ];
            t.with("step-place-area-id", &args)
        }
    }
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
        let english = crate::ui::lang::Catalog::shipped().english();
        let (text, focus) = describe(&ws, &applied.changes, true, &english);
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
        let (text, _) = describe(&ws, &votes.changes, false, &english);
        assert!(
            text.starts_with("Redid a change to the votes of MoSW"),
            "{text}"
        );
        assert!(!text.contains("37"), "{text}");
    }
}
