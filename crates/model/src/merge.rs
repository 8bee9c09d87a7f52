//! Merging workspaces scored on several laptops into one record. Fields only one side
//! changed are taken as they are; a field both sides changed differently is a
//! [`Conflict`], never settled here: the caller chooses per conflict (A, B, or for vote
//! counts both added, or for texts one written anew). What "changed" means comes from
//! the histories: files copied from one workspace share its entries up to the point
//! where they parted (none, if it had none), and each side's entries after that say
//! which fields it touched. A differing field neither side's own entries mention (two
//! files of different origins) is a conflict unless one side holds nothing.
//!
//! [`plan`] compares; [`Plan::edit`] is the merge as one edit (undoable in the app);
//! [`Plan::finish`] applies it and keeps both histories, with a merge entry naming both
//! heads. Look-alike ministry codes are listed, and matched only when asked.

mod field;
mod finish;
mod looks;
mod rounds;

use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;

pub use field::Field;
pub use finish::Outcome;
pub use looks::Lookalike;

use crate::edit::Edit;
use crate::history::Entry;
use crate::ids::{AreaId, MinistryId, RoundId, ScoreRef};
use crate::score::AreaScore;
use crate::workspace::{ModelError, Workspace};

/// Where a round's records came from in a merge: the other file's title, the venue and
/// facilitator it gave for the round, when it was merged, and how many fields it
/// brought (taken, or chosen in a conflict).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub file: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub venue: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub facilitator: String,
    pub merged: Timestamp,
    #[serde(default)]
    pub fields: u32,
}

/// What the facilitator chose for one conflict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    A,
    B,
    /// Vote counts only: the two rooms' counts added.
    Both,
    /// Text fields only: a text written anew (from both sides' words).
    Text(String),
}

/// One field that both sides changed differently (or that both hold differently
/// while neither side's own history mentions it). `at` is in the merged workspace's codes.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub at: ScoreRef,
    pub field: Field,
    pub a: String,
    pub b: String,
    /// Who changed each side last, and when (from the histories; empty if unknown).
    pub a_by: String,
    pub a_time: Option<Timestamp>,
    pub b_by: String,
    pub b_time: Option<Timestamp>,
    take_b: Edit,
    add_both: Option<Edit>,
}

/// Why two workspaces cannot be merged.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum MergeError {
    #[error(
        "round `{round}` is scored with instrument version {a} in one file and {b} in the other, and these areas do not mean the same in both, so they cannot be matched: {areas}"
    )]
    Instrument {
        round: String,
        a: String,
        b: String,
        areas: String,
    },
    #[error(
        "round `{0}` was reviewed differently in the two files (their review steps differ); merge before reviewing, or reopen it in one file"
    )]
    ReviewDiverged(String),
    #[error(
        "round `{0}` is validated in the first file and the other file changes it; reopen it there (with a reason) before merging"
    )]
    Validated(String),
    #[error("--match {0}: there is no ministry with that code in the files")]
    UnknownMatch(String),
    #[error(
        "the file to merge in holds fields from a newer version of the app ({0}); a merge would lose them: merge with that version, or open the file in it and merge the other way round"
    )]
    NewerFields(String),
    #[error("{0}")]
    Model(#[from] ModelError),
}

/// A merge worked out and not yet applied.
#[derive(Clone, Debug)]
pub struct Plan {
    base: Workspace,
    /// Structure first (instruments, ministries, rounds), then the fields only B changed.
    taken: Vec<Edit>,
    /// Review steps B took on from A's (applied last: a validation comes after the data).
    reviews: Vec<Edit>,
    pub conflicts: Vec<Conflict>,
    /// Ministries that look like one another across the files, kept apart.
    pub lookalikes: Vec<Lookalike>,
    /// Differences kept from A without a conflict (a round's title, a ministry's name,
    /// notes both sides wrote), said so the facilitator can check them.
    pub notes: Vec<String>,
    /// Fields taken from B.
    pub fields_taken: usize,
    /// B's history entries after the shared part, and both heads.
    b_entries: Vec<Entry>,
    a_head: Option<String>,
    b_head: Option<String>,
    b_title: String,
    /// Per round B brings something to: its sources so far (A's, then B's own) and
    /// B's venue and facilitator for it.
    sources: BTreeMap<RoundId, (Vec<Source>, String, String)>,
}

impl Plan {
    /// Nothing to do: B holds nothing A lacks.
    pub fn is_noop(&self) -> bool {
        self.taken.is_empty()
            && self.reviews.is_empty()
            && self.conflicts.is_empty()
            && self.b_entries.is_empty()
    }

    /// The whole merge as one edit, with `choose` deciding each conflict; each round
    /// it brings something to records the other file as a source, merged `now`.
    pub fn edit(&self, choose: &dyn Fn(&Conflict) -> Choice, now: Timestamp) -> Edit {
        let mut edits = self.taken.clone();
        for c in &self.conflicts {
            match choose(c) {
                Choice::A => {}
                Choice::B => edits.push(c.take_b.clone()),
                Choice::Both => edits.push(c.add_both.clone().unwrap_or_else(|| c.take_b.clone())),
                Choice::Text(text) => edits.extend(c.field.text_edit(&c.at, text)),
            }
        }
        let mut fields: BTreeMap<RoundId, u32> = BTreeMap::new();
        let mut records: BTreeSet<ScoreRef> = BTreeSet::new();
        for e in &edits {
            for r in e.record_rounds() {
                *fields.entry(r.clone()).or_default() += 1;
            }
            if let Some(at) = e.score_ref() {
                records.insert(at.clone());
            }
        }
        // Each record that took something from the other file says so.
        edits.extend(records.into_iter().map(|at| Edit::SetSource {
            at,
            source: Some(self.b_title.clone()),
        }));
        for (round, (before, venue, facilitator)) in &self.sources {
            let Some(n) = fields.get(round) else {
                continue;
            };
            let mut sources = before.clone();
            sources.push(Source {
                file: self.b_title.clone(),
                venue: venue.clone(),
                facilitator: facilitator.clone(),
                merged: now,
                fields: *n,
            });
            edits.push(Edit::SetSources {
                round: round.clone(),
                sources,
            });
        }
        edits.extend(self.reviews.iter().cloned());
        Edit::Batch(edits)
    }
}

/// Where a history entry of one side says a field was changed.
type Place = (RoundId, MinistryId, AreaId, Field);

/// Work out the merge of `b` into `a`. `matches` maps B's ministry codes to A's ones
/// the facilitator said are the same ministry.
pub fn plan(
    a: &Workspace,
    b: &Workspace,
    matches: &BTreeMap<String, String>,
) -> Result<Plan, MergeError> {
    if !b.kept().is_empty() {
        return Err(MergeError::NewerFields(b.kept().describe().join(", ")));
    }
    let shared = shared_prefix(a.history().entries(), b.history().entries());
    let ministries = looks::map_ministries(a, b, matches)?;
    let mut p = Plan {
        base: a.clone(),
        taken: Vec::new(),
        reviews: Vec::new(),
        conflicts: Vec::new(),
        lookalikes: ministries.lookalikes,
        notes: ministries.notes,
        fields_taken: 0,
        b_entries: b.history().entries()[shared..].to_vec(),
        a_head: a.history().head(),
        b_head: b.history().head(),
        b_title: b.title().to_owned(),
        sources: BTreeMap::new(),
    };
    for br in b.rounds() {
        let mut known = a
            .round(br.id.as_str())
            .map(|r| r.sources.clone())
            .unwrap_or_default();
        for s in &br.sources {
            if !known.contains(s) {
                known.push(s.clone());
            }
        }
        let info = (known, br.location.clone(), br.facilitator.clone());
        p.sources.insert(br.id.clone(), info);
    }
    for inst in b.instruments() {
        if a.instrument_version(inst.version()) != Some(inst) {
            p.taken.push(Edit::AddInstrument(Box::new(inst.clone())));
        }
    }
    p.taken.extend(ministries.added);
    rounds::rounds(&mut p, a, b, &ministries.map)?;
    let changed_a = changed(&a.history().entries()[shared..], &BTreeMap::new());
    let changed_b = changed(&p.b_entries, &ministries.map);
    let sides = Sides {
        a,
        changed_a,
        changed_b,
    };
    let empty = crate::workspace::Assessment::default();
    for (round, bm, assessment) in b.assessments() {
        let Some(m) = ministries.map.get(bm) else {
            continue;
        };
        // A's assessment once, then each area by id: no full lookup per record.
        let a_as = a.assessment(round, m).unwrap_or(&empty);
        for (area, b_rec) in assessment.scores() {
            sides.record(&mut p, (round, m, area), a_as.score(area), b_rec);
        }
        sides.assessment_notes(&mut p, round, m, assessment);
    }
    rounds::refuse_validated(&p, a)?;
    Ok(p)
}

/// The number of leading entries both histories hold alike.
fn shared_prefix(a: &[Entry], b: &[Entry]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// The fields a side's own entries changed (on balance), in merged codes, with who
/// and when last.
fn changed(
    entries: &[Entry],
    map: &BTreeMap<MinistryId, MinistryId>,
) -> BTreeMap<Place, (String, Timestamp)> {
    // Per place: the value before the first entry, and the last entry's value, signer
    // and time. A field changed and changed back (a merge undone) is not a change.
    let mut seen: BTreeMap<Place, (&str, &str, &str, Timestamp)> = BTreeMap::new();
    for e in entries {
        let (Some(r), Some(m), Some(area)) = (&e.round, &e.ministry, &e.area) else {
            continue;
        };
        let Some(field) = Field::from_key(&e.what) else {
            continue;
        };
        let m = map.get(m).unwrap_or(m).clone();
        let place = (r.clone(), m, area.clone(), field);
        let first = seen.get(&place).map_or(e.before.as_str(), |s| s.0);
        seen.insert(place, (first, e.after.as_str(), e.by.as_str(), e.time));
    }
    seen.into_iter()
        .filter(|(_, (first, last, _, _))| first != last)
        .map(|(place, (_, _, by, time))| (place, (by.to_owned(), time)))
        .collect()
}

/// Both sides and what each changed since they parted.
struct Sides<'a> {
    a: &'a Workspace,
    changed_a: BTreeMap<Place, (String, Timestamp)>,
    changed_b: BTreeMap<Place, (String, Timestamp)>,
}

impl Sides<'_> {
    /// Compare one of B's records with A's, field by field.
    fn record(
        &self,
        p: &mut Plan,
        (round, m, area): (&RoundId, &MinistryId, &AreaId),
        a_rec: Option<&AreaScore>,
        b_rec: &AreaScore,
    ) {
        let empty = AreaScore::default();
        let a_rec = a_rec.unwrap_or(&empty);
        if a_rec == b_rec {
            return;
        }
        let at = &ScoreRef::new(round, m, area);
        for field in Field::ALL {
            if field.same(a_rec, b_rec) {
                continue;
            }
            let place = (
                at.round.clone(),
                at.ministry.clone(),
                at.area.clone(),
                field,
            );
            let (ca, cb) = (self.changed_a.get(&place), self.changed_b.get(&place));
            let take_b = match field {
                // Not in the history: the later proposal, the longer discussion.
                Field::Proposal => {
                    let rev = |s: &AreaScore| s.proposal.as_ref().map_or(0, |p| p.revision);
                    Some(rev(b_rec) > rev(a_rec))
                }
                Field::Discussed => Some(b_rec.discussed_secs > a_rec.discussed_secs),
                _ if ca.is_some() || cb.is_some() => match (ca, cb) {
                    (Some(_), None) => Some(false),
                    (None, Some(_)) => Some(true),
                    _ => None,
                },
                _ if field.is_empty(b_rec) => Some(false),
                _ if field.is_empty(a_rec) => Some(true),
                _ => None,
            };
            match take_b {
                Some(true) => {
                    p.taken.push(field.edit(at, b_rec, None));
                    p.fields_taken += 1;
                }
                Some(false) => {}
                None => p.conflicts.push(Conflict {
                    at: at.clone(),
                    field,
                    a: field.show(a_rec),
                    b: field.show(b_rec),
                    a_by: ca.map(|c| c.0.clone()).unwrap_or_default(),
                    a_time: ca.map(|c| c.1).or(a_rec.updated),
                    b_by: cb.map(|c| c.0.clone()).unwrap_or_default(),
                    b_time: cb.map(|c| c.1).or(b_rec.updated),
                    take_b: field.edit(at, b_rec, None),
                    add_both: field.is_votes().then(|| field.edit(at, b_rec, Some(a_rec))),
                }),
            }
        }
    }

    /// A ministry's notes and who took part: taken from B where A has none, else kept
    /// from A and said.
    fn assessment_notes(
        &self,
        p: &mut Plan,
        round: &RoundId,
        m: &MinistryId,
        b_as: &crate::workspace::Assessment,
    ) {
        let a_as = self.a.assessment(round, m);
        let a_notes = a_as.map_or("", |x| x.notes.as_str());
        if b_as.notes != a_notes {
            if a_notes.is_empty() {
                p.taken.push(Edit::SetNotes {
                    round: round.clone(),
                    ministry: m.clone(),
                    notes: b_as.notes.clone(),
                });
            } else if !b_as.notes.is_empty() {
                p.notes.push(format!(
                    "{m} in round `{round}`: kept the first file's notes; the other file's: {}",
                    b_as.notes
                ));
            }
        }
        let a_att = a_as.map(|x| &x.attendance);
        if a_att != Some(&b_as.attendance) && !b_as.attendance.is_empty() {
            if a_att.is_none_or(|x| x.is_empty()) {
                p.taken.push(Edit::SetAttendance {
                    round: round.clone(),
                    ministry: m.clone(),
                    attendance: b_as.attendance.clone(),
                });
            } else {
                p.notes.push(format!(
                    "{m} in round `{round}`: kept the first file's attendance ({}); the other file's: {}",
                    a_att.map(|x| x.describe()).unwrap_or_default(),
                    b_as.attendance.describe()
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests;
