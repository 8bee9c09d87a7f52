//! CSV export: one row per area of each assessment, every column, comma-delimited UTF-8.
//! Cells that a spreadsheet would run as formulas get a leading apostrophe unless the
//! raw export is asked for; importing the app's own export gives the exact texts back.

use std::borrow::Cow;

use super::scan::guard;
use crate::model::instrument::Instrument;
use crate::model::score::VoteTally;
use crate::model::workspace::Workspace;

/// How to export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Write cells exactly as stored, even those a spreadsheet would run as formulas.
    pub raw: bool,
}

/// Export with formulas neutralised (the safe default).
pub fn export(ws: &Workspace) -> Vec<u8> {
    export_with(ws, ExportOptions::default())
}

fn counts(t: &VoteTally, levels: usize) -> Vec<String> {
    if t.is_empty() {
        return vec![String::new(); levels + 2];
    }
    let mut out: Vec<String> = (0..levels)
        .map(|i| t.levels.get(i).copied().unwrap_or(0).to_string())
        .collect();
    out.push(t.na.to_string());
    out.push(t.ni.to_string());
    out
}

/// The columns, in order, for a scale of up to `levels` levels.
pub(crate) fn header(levels: usize) -> Vec<String> {
    let mut header: Vec<String> = [
        "round",
        "round_title",
        "date",
        "ministry",
        "ministry_name",
        "cluster",
        "area",
        "area_name",
        "score",
        "rationale",
        "evidence",
    ]
    .map(str::to_owned)
    .to_vec();
    for prefix in ["votes", "phone_votes"] {
        header.extend((1..=levels).map(|k| format!("{prefix}_{k}")));
        header.extend([format!("{prefix}_na"), format!("{prefix}_ni")]);
    }
    header.push("discussion_seconds".to_owned());
    header.push("updated".to_owned());
    header.extend(["dissent", "change_reason", "change_note"].map(str::to_owned));
    header
}

/// Write every assessment as CSV rows.
pub fn export_with(ws: &Workspace, opts: ExportOptions) -> Vec<u8> {
    let cell = |s: &str| -> String {
        if opts.raw {
            s.to_owned()
        } else {
            match guard(s) {
                Cow::Borrowed(b) => b.to_owned(),
                Cow::Owned(o) => o,
            }
        }
    };
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to a Vec cannot fail (invariant): csv only reports I/O errors here.
    w.write_record(header(max_levels(ws)))
        .expect("invariant: write to memory");
    for_each_row(ws, cell, |row| {
        w.write_record(&row).expect("invariant: write to memory");
    });
    w.into_inner().unwrap_or_default()
}

/// The most levels any instrument of the workspace has (the vote columns).
pub(crate) fn max_levels(ws: &Workspace) -> usize {
    ws.instruments()
        .map(Instrument::level_count)
        .max()
        .unwrap_or(4)
}

/// Every record as the contract's cells, in [`header`] order; `text` prepares the free
/// texts (the formula guard for CSV). The workbook export writes the same rows.
pub(crate) fn for_each_row(
    ws: &Workspace,
    text: impl Fn(&str) -> String,
    mut row_out: impl FnMut(Vec<String>),
) {
    let levels = max_levels(ws);
    for (round_id, ministry_id, assessment) in ws.assessments() {
        let (Some(round), Some(ministry), Some(inst)) = (
            ws.round(round_id.as_str()),
            ws.ministry(ministry_id.as_str()),
            ws.instrument_for(round_id.as_str()),
        ) else {
            continue;
        };
        for area in inst.areas() {
            let score = assessment
                .score(area.id.as_str())
                .cloned()
                .unwrap_or_default();
            let mut row: Vec<String> = [
                round.id.as_str(),
                &round.title,
                &round.date.to_string(),
                ministry.id.as_str(),
                &ministry.name,
                ministry.cluster.as_deref().unwrap_or_default(),
                area.id.as_str(),
                &area.name,
                &score.answer.map(|a| a.code()).unwrap_or_default(),
                &score.rationale,
                &score.evidence,
            ]
            .iter()
            .map(|s| text(s))
            .collect();
            row.extend(counts(&score.votes, levels));
            row.extend(counts(&score.phone_votes, levels));
            row.push(match score.discussed_secs {
                0 => String::new(),
                secs => secs.to_string(),
            });
            row.push(score.updated.map(|t| t.to_string()).unwrap_or_default());
            let reason = score.reason.as_ref();
            row.push(text(&score.dissent));
            row.push(reason.map(|r| r.kind.key()).unwrap_or_default().to_owned());
            row.push(text(reason.map_or("", |r| r.note.as_str())));
            row_out(row);
        }
    }
}
