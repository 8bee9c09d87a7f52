//! CSV files of the follow-up record, apart from the scores file: the actions (one row
//! per action, with its follow-up) and the history (one row per entry, with its hash
//! link). Columns are documented in `docs/record.md`. Cells a spreadsheet would run as
//! formulas get a leading apostrophe unless the raw export is asked for.

use super::ExportOptions;
use super::scan::guard;
use crate::model::history::{Entry, Step};
use crate::model::workspace::Workspace;

/// The columns of the actions file, in order.
pub const ACTION_COLUMNS: [&str; 11] = [
    "round",
    "round_title",
    "date",
    "ministry",
    "ministry_name",
    "area",
    "area_name",
    "action",
    "owner",
    "due",
    "status",
];

/// The actions file has one more column after these: `follow_up`.
pub const FOLLOW_UP_COLUMN: &str = "follow_up";

/// The columns of the history file, in order.
pub const HISTORY_COLUMNS: [&str; 11] = [
    "entry",
    "time",
    "round",
    "ministry",
    "area",
    "what",
    "before",
    "after",
    "by",
    "step",
    "prev_hash",
];

fn writer(header: &[&str]) -> csv::Writer<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to a Vec cannot fail (invariant): csv only reports I/O errors here.
    w.write_record(header).expect("invariant: write to memory");
    w
}

fn cells(row: &[&str], opts: ExportOptions) -> Vec<String> {
    row.iter()
        .map(|s| {
            if opts.raw {
                (*s).to_owned()
            } else {
                guard(s).into_owned()
            }
        })
        .collect()
}

/// Every action of every assessment, in round, ministry and area order.
pub fn export_actions(ws: &Workspace, opts: ExportOptions) -> Vec<u8> {
    let mut header = ACTION_COLUMNS.to_vec();
    header.push(FOLLOW_UP_COLUMN);
    let mut w = writer(&header);
    for round in ws.rounds() {
        let Some(inst) = ws.instrument_for(round.id.as_str()) else {
            continue;
        };
        for m in ws.ministries() {
            let Some(a) = ws.assessment(&round.id, &m.id) else {
                continue;
            };
            for area in inst.areas() {
                let Some(score) = a.score(area.id.as_str()) else {
                    continue;
                };
                for action in &score.actions {
                    let due = action.due.map(|d| d.to_string()).unwrap_or_default();
                    let date = round.date.to_string();
                    let row = [
                        round.id.as_str(),
                        &round.title,
                        &date,
                        m.id.as_str(),
                        &m.name,
                        area.id.as_str(),
                        &area.name,
                        &action.text,
                        &action.owner,
                        &due,
                        action.status.key(),
                        &action.follow_up,
                    ];
                    w.write_record(cells(&row, opts))
                        .expect("invariant: write to memory");
                }
            }
        }
    }
    w.into_inner().unwrap_or_default()
}

/// The history entries (numbered from 1 as in the whole history), optionally only
/// one round's or one ministry's.
pub fn export_history(
    ws: &Workspace,
    round: Option<&str>,
    ministry: Option<&str>,
    opts: ExportOptions,
) -> Vec<u8> {
    let mut w = writer(&HISTORY_COLUMNS);
    let keep = |e: &Entry| {
        round.is_none_or(|r| e.round.as_ref().is_some_and(|x| x.as_str() == r))
            && ministry.is_none_or(|m| e.ministry.as_ref().is_some_and(|x| x.as_str() == m))
    };
    for (i, e) in ws.history().entries().iter().enumerate() {
        if !keep(e) {
            continue;
        }
        let n = (i + 1).to_string();
        let time = e.time.to_string();
        let step = match e.step {
            Step::Edit => "edit",
            Step::Undo => "undo",
            Step::Redo => "redo",
        };
        let row = [
            n.as_str(),
            &time,
            e.round.as_ref().map_or("", |r| r.as_str()),
            e.ministry.as_ref().map_or("", |m| m.as_str()),
            e.area.as_ref().map_or("", |a| a.as_str()),
            &e.what,
            &e.before,
            &e.after,
            &e.by,
            step,
            &e.prev,
        ];
        w.write_record(cells(&row, opts))
            .expect("invariant: write to memory");
    }
    w.into_inner().unwrap_or_default()
}
