//! The bytes a workspace is saved as: pretty-printed JSON in a fixed order (the same
//! workspace always gives the same bytes), with the history after everything else, one
//! compact line per entry.

use serde::Serialize;

use super::FORMAT_VERSION;
use crate::model::followup::Attendance;
use crate::model::ids::{MinistryId, RoundId};
use crate::model::instrument::Instrument;
use crate::model::unknown::Unknown;
use crate::model::workspace::{Ministry, Round, Workspace};

#[derive(Serialize)]
struct FileOut<'a> {
    format_version: u32,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    current_instrument: &'a str,
    instruments: Vec<&'a Instrument>,
    ministries: Vec<WithKept<'a, Ministry>>,
    rounds: Vec<WithKept<'a, Round>>,
    assessments: Vec<AssessmentOut<'a>>,
    /// Fields a newer app wrote, as they were read.
    #[serde(flatten)]
    unknown: &'a Unknown,
}

/// A record with the fields of it that this build does not know, written back as read.
#[derive(Serialize)]
struct WithKept<'a, T> {
    #[serde(flatten)]
    known: &'a T,
    #[serde(flatten)]
    unknown: Option<&'a Unknown>,
}

#[derive(Serialize)]
struct AssessmentOut<'a> {
    round: &'a RoundId,
    ministry: &'a MinistryId,
    #[serde(skip_serializing_if = "str::is_empty")]
    notes: &'a str,
    #[serde(skip_serializing_if = "Attendance::is_empty")]
    attendance: &'a Attendance,
    scores: ScoresOut<'a>,
}

/// An assessment's records as a map in the instrument's area order.
struct ScoresOut<'a> {
    instrument: &'a Instrument,
    assessment: &'a crate::model::Assessment,
}

impl Serialize for ScoresOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        for area in self.instrument.areas() {
            if let Some(score) = self.assessment.score(area.id.as_str()) {
                map.serialize_entry(&area.id, score)?;
            }
        }
        map.end()
    }
}

/// Serialise a workspace to its file bytes (same workspace, same bytes).
pub fn to_bytes(ws: &Workspace) -> Vec<u8> {
    let kept = ws.kept();
    let assessments = ws
        .assessments()
        .filter(|(_, _, a)| !a.is_blank())
        .filter_map(|(round, ministry, a)| {
            Some(AssessmentOut {
                round,
                ministry,
                notes: &a.notes,
                attendance: &a.attendance,
                scores: ScoresOut {
                    instrument: ws.instrument_for(round.as_str())?,
                    assessment: a,
                },
            })
        })
        .collect();
    let out = FileOut {
        format_version: FORMAT_VERSION,
        title: ws.title(),
        language: ws.language().map(|l| l.as_str()),
        current_instrument: ws.instrument().version(),
        instruments: ws.instruments().collect(),
        ministries: ws
            .ministries()
            .iter()
            .map(|m| WithKept {
                known: m,
                unknown: kept.ministries.get(&m.id),
            })
            .collect(),
        rounds: ws
            .rounds()
            .iter()
            .map(|r| WithKept {
                known: r,
                unknown: kept.rounds.get(&r.id),
            })
            .collect(),
        assessments,
        unknown: &kept.top,
    };
    // Sized up front from what is there, so a big file is not copied as it grows.
    let records: usize = ws.assessments().map(|(_, _, a)| a.scores().count()).sum();
    let guess = 64 * 1024 + 600 * records + 256 * ws.history().len();
    let mut buf = Vec::with_capacity(guess);
    // Writing to a Vec cannot fail and every map key is a string (invariant).
    serde_json::to_writer_pretty(&mut buf, &out).expect("invariant: workspace serialises to JSON");
    write_history(&mut buf, ws);
    buf.push(b'\n');
    buf
}

/// Append the history to the object in `buf` (which ends with its closing brace): the
/// last entry's hash, then the entries, one compact line each, so a long history costs
/// little and still reads line by line.
fn write_history(buf: &mut Vec<u8>, ws: &Workspace) {
    let h = ws.history();
    let Some(head) = h.head() else {
        return;
    };
    if buf.last() == Some(&b'}') {
        buf.pop();
    }
    while buf.last().is_some_and(|b| b.is_ascii_whitespace()) {
        buf.pop();
    }
    buf.extend_from_slice(
        format!(",\n  \"history_head\": \"{head}\",\n  \"history\": [").as_bytes(),
    );
    for (i, e) in h.entries().iter().enumerate() {
        buf.extend_from_slice(if i == 0 { b"\n    " } else { b",\n    " });
        // An entry is strings, ids and a timestamp: it always serialises (invariant).
        serde_json::to_writer(&mut *buf, e).expect("invariant: history entry serialises");
    }
    buf.extend_from_slice(b"\n  ]\n}");
}
