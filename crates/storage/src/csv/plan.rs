//! An import, planned: the new rounds and ministries, and for each record only the
//! fields whose columns the file has. Applying it merges those fields into what the
//! workspace already holds (the merge rule: a column that is absent changes nothing;
//! an empty cell in a present column clears that field).

use std::collections::HashMap;

use crate::model::edit::Edit;
use crate::model::followup::ChangeReason;
use crate::model::ids::{AreaId, MinistryId, RoundId, ScoreRef};
use crate::model::score::{Answer, AreaScore, VoteTally};
use crate::model::workspace::{Ministry, Round, Workspace};

/// The fields one row sets; `None` where its column is absent.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RecordUpdate {
    /// The `score` column is required, so the answer is always given.
    pub answer: Option<Answer>,
    pub votes: Option<VoteTally>,
    pub phone_votes: Option<VoteTally>,
    pub rationale: Option<String>,
    pub evidence: Option<String>,
    pub discussed_secs: Option<u32>,
    pub updated: Option<Option<jiff::Timestamp>>,
    pub dissent: Option<String>,
    /// The `change_reason` column (with `change_note`): `Some(None)` clears it.
    pub reason: Option<Option<ChangeReason>>,
}

impl RecordUpdate {
    /// `old` with this row's fields put in.
    pub fn merged(&self, old: &AreaScore) -> AreaScore {
        let mut s = old.clone();
        s.answer = self.answer;
        if let Some(v) = &self.votes {
            s.votes = v.clone();
        }
        if let Some(v) = &self.phone_votes {
            s.phone_votes = v.clone();
        }
        if let Some(t) = &self.rationale {
            s.rationale = t.clone();
        }
        if let Some(t) = &self.evidence {
            s.evidence = t.clone();
        }
        if let Some(secs) = self.discussed_secs {
            s.discussed_secs = secs;
        }
        if let Some(u) = self.updated {
            s.updated = u;
        }
        if let Some(t) = &self.dissent {
            s.dissent = t.clone();
        }
        if let Some(r) = &self.reason {
            s.reason = r.clone();
        }
        s
    }
}

/// One record of the import: indexes into the plan's rounds and ministries, and the
/// area id.
#[derive(Clone, Debug)]
pub(super) struct Record {
    pub round: u32,
    pub ministry: u32,
    pub area: AreaId,
    pub line: u64,
    pub update: RecordUpdate,
}

/// What a CSV file will do to a workspace.
#[derive(Clone, Debug, Default)]
pub struct ImportPlan {
    pub new_rounds: Vec<Round>,
    pub new_ministries: Vec<Ministry>,
    /// Every round and ministry the records name (interned, so a record stays small).
    pub(super) rounds: Vec<RoundId>,
    pub(super) ministries: Vec<MinistryId>,
    pub(super) records: Vec<Record>,
    pub(super) index: HashMap<(u32, u32, AreaId), usize>,
    /// Data rows read (blank rows skipped).
    pub rows: usize,
    /// Things ignored (unknown columns).
    pub warnings: Vec<String>,
}

/// What an import changed, for the message after it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub rows: usize,
    pub new_rounds: Vec<String>,
    pub new_ministries: Vec<String>,
    /// Records that did not exist before.
    pub added: usize,
    /// Existing records that changed.
    pub changed: usize,
    /// Records the file repeats exactly as they are.
    pub unchanged: usize,
    pub warnings: Vec<String>,
}

impl ImportSummary {
    /// One line, e.g. "Read 240 rows: 12 records added, 3 changed, 225 unchanged."
    pub fn describe(&self) -> String {
        let mut s = format!(
            "Read {} rows: {} records added, {} changed, {} unchanged.",
            self.rows, self.added, self.changed, self.unchanged
        );
        if !self.new_rounds.is_empty() {
            s.push_str(&format!(" New rounds: {}.", self.new_rounds.join(", ")));
        }
        if !self.new_ministries.is_empty() {
            s.push_str(&format!(
                " New ministries: {}.",
                self.new_ministries.join(", ")
            ));
        }
        s
    }
}

impl ImportPlan {
    /// Number of distinct records the file gives.
    pub fn records(&self) -> usize {
        self.records.len()
    }

    fn score_ref(&self, r: &Record) -> ScoreRef {
        ScoreRef {
            round: self.rounds[r.round as usize].clone(),
            ministry: self.ministries[r.ministry as usize].clone(),
            area: r.area.clone(),
        }
    }

    fn summary_base(&self) -> ImportSummary {
        ImportSummary {
            rows: self.rows,
            new_rounds: self.new_rounds.iter().map(|r| r.id.to_string()).collect(),
            new_ministries: self
                .new_ministries
                .iter()
                .map(|m| m.id.to_string())
                .collect(),
            warnings: self.warnings.clone(),
            ..Default::default()
        }
    }

    /// The import as one undoable edit on `ws`, and what it will change.
    pub fn edit(&self, ws: &Workspace) -> (Edit, ImportSummary) {
        let mut summary = self.summary_base();
        let mut edits: Vec<Edit> = Vec::new();
        edits.extend(
            self.new_rounds
                .iter()
                .map(|r| Edit::AddRound(Box::new(r.clone()))),
        );
        edits.extend(self.new_ministries.iter().map(|m| Edit::AddMinistry {
            ministry: Box::new(m.clone()),
            position: None,
        }));
        for r in &self.records {
            let at = self.score_ref(r);
            let old = ws.score_at(&at).cloned().unwrap_or_default();
            let new = r.update.merged(&old);
            if new == old {
                summary.unchanged += 1;
                continue;
            }
            if old.is_blank() {
                summary.added += 1;
            } else {
                summary.changed += 1;
            }
            edits.push(Edit::SetScore {
                at,
                score: Box::new(new),
            });
        }
        (Edit::Batch(edits), summary)
    }

    /// Apply straight to `ws` (no undo kept: the command line, new workspaces). On an
    /// error `ws` may be half changed; callers work on a copy they drop.
    pub fn apply(&self, ws: &mut Workspace) -> Result<ImportSummary, (u64, String)> {
        let mut summary = self.summary_base();
        for r in &self.new_rounds {
            ws.add_round(r.clone()).map_err(|e| (0, e.to_string()))?;
        }
        for m in &self.new_ministries {
            ws.add_ministry(m.clone()).map_err(|e| (0, e.to_string()))?;
        }
        for r in &self.records {
            let at = self.score_ref(r);
            let (was_blank, changed) = ws
                .edit_score(&at, |s, inst| {
                    let new = Workspace::check_score(inst, r.update.merged(s))?;
                    let changed = new != *s;
                    let was_blank = s.is_blank();
                    *s = new;
                    Ok((was_blank, changed))
                })
                .map_err(|e| (r.line, e.to_string()))?;
            match (changed, was_blank) {
                (false, _) => summary.unchanged += 1,
                (true, true) => summary.added += 1,
                (true, false) => summary.changed += 1,
            }
        }
        Ok(summary)
    }
}
