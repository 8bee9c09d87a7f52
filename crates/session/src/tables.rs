//! Table scoring as the session runs it (no network code here): which round is open
//! for tables, which code reaches which ministry, and a table's saves and submit. Every
//! change is an edit through [`SessionState::apply`], so drafts are saved with the
//! workspace (within a second) and survive a restart; the codes live in the round, so
//! the same codes work again after one.

use super::{Origin, SessionState};
use crate::model::table::{TABLE_CODE_LEN, random_code};
use crate::model::{
    Answer, AreaId, Edit, MinistryId, Proposal, Round, RoundId, ScoreRef, Table, Workspace,
};

/// Table scoring while it is open: the round the tables score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableScoring {
    pub round: RoundId,
}

/// Why a table's request was not taken; the text is shown on its device.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TableRefused {
    #[error("Table scoring is not open. Ask the facilitator.")]
    Closed,
    #[error(
        "This table code is not valid (any more). Ask the facilitator for your table's address."
    )]
    UnknownCode,
    #[error("This area is not in the instrument of this round.")]
    UnknownArea,
    #[error("Not saved: {0}")]
    Invalid(String),
    #[error("Your table has submitted its answers. Reopen to change one.")]
    Submitted,
    /// Another device at the table saved this area since this one last saw it: nothing
    /// is replaced; the saved version goes back so the device can show both.
    #[error("Another device at your table saved this area while you were typing.")]
    Conflict(Box<Proposal>),
    /// The round was validated (signed off): it takes no more changes.
    #[error("This round has been signed off and takes no more changes. Ask the facilitator.")]
    Validated,
}

/// What a table device sends for one area.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub answer: Option<Answer>,
    pub rationale: String,
    pub evidence: String,
}

/// A save as taken: the proposal now stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub proposal: Proposal,
}

impl SessionState {
    /// Open table scoring for `round`: every ministry without a code gets one. Returns
    /// how many codes were issued.
    pub fn open_tables(&mut self, round: &RoundId) -> Result<usize, String> {
        let ws = self.doc.workspace();
        let r = ws
            .round(round.as_str())
            .ok_or_else(|| format!("there is no round `{round}`"))?;
        let mut taken: Vec<String> = r.tables.values().map(|t| t.code.clone()).collect();
        let mut edits = Vec::new();
        for m in ws.ministries() {
            if r.tables.contains_key(&m.id) {
                continue;
            }
            let code = fresh_code(&taken);
            taken.push(code.clone());
            edits.push(Edit::SetTable {
                round: round.clone(),
                ministry: m.id.clone(),
                table: Some(Table::new(code)),
            });
        }
        let issued = edits.len();
        if issued > 0 {
            self.apply(Edit::Batch(edits), Origin::User)
                .map_err(|e| e.to_string())?;
        }
        self.live.tables = Some(TableScoring {
            round: round.clone(),
        });
        self.live.closed_tables = None;
        Ok(issued)
    }

    /// Close table scoring: codes and drafts stay in the workspace for next time. Tables
    /// that ask again are told it closed.
    pub fn close_tables(&mut self) {
        if let Some(t) = self.live.tables.take() {
            self.live.closed_tables = Some(t.round);
        }
    }

    /// Whether `code` is a table's code in the round whose table scoring closed last.
    pub fn table_closed(&self, code: &str) -> bool {
        let Some(round) = self
            .live
            .closed_tables
            .as_ref()
            .filter(|_| self.live.tables.is_none())
        else {
            return false;
        };
        self.doc
            .workspace()
            .round(round.as_str())
            .is_some_and(|r| r.tables.values().any(|t| t.code == code))
    }

    /// The tables of the open round that have not submitted, by ministry code.
    pub fn tables_not_submitted(&self) -> Vec<MinistryId> {
        let Some(open) = &self.live.tables else {
            return Vec::new();
        };
        let ws = self.doc.workspace();
        let Some(round) = ws.round(open.round.as_str()) else {
            return Vec::new();
        };
        ws.ministries()
            .iter()
            .filter(|m| {
                round
                    .tables
                    .get(&m.id)
                    .is_none_or(|t| t.submitted.is_none())
            })
            .map(|m| m.id.clone())
            .collect()
    }

    /// A new code for `ministry`'s table (the old one stops working), or none (revoke).
    pub fn reissue_table(
        &mut self,
        round: &RoundId,
        ministry: &MinistryId,
        revoke: bool,
    ) -> Result<Option<String>, String> {
        let r = self
            .doc
            .workspace()
            .round(round.as_str())
            .ok_or_else(|| format!("there is no round `{round}`"))?;
        let taken: Vec<String> = r.tables.values().map(|t| t.code.clone()).collect();
        let table = (!revoke).then(|| {
            let mut t = r
                .tables
                .get(ministry)
                .cloned()
                .unwrap_or_else(|| Table::new(String::new()));
            t.code = fresh_code(&taken);
            t
        });
        let code = table.as_ref().map(|t| t.code.clone());
        let edit = Edit::SetTable {
            round: round.clone(),
            ministry: ministry.clone(),
            table,
        };
        self.apply(edit, Origin::User).map_err(|e| e.to_string())?;
        Ok(code)
    }

    /// The round and ministry a table code reaches, while table scoring is open.
    pub fn table_of(&self, code: &str) -> Result<(RoundId, MinistryId), TableRefused> {
        let open = self.live.tables.as_ref().ok_or(TableRefused::Closed)?;
        let round = self
            .doc
            .workspace()
            .round(open.round.as_str())
            .ok_or(TableRefused::Closed)?;
        round
            .tables
            .iter()
            .find(|(_, t)| t.code == code)
            .map(|(m, _)| (open.round.clone(), m.clone()))
            .ok_or(TableRefused::UnknownCode)
    }

    /// A table's save of one area. `base` is the revision the device started from: when
    /// another device saved in between with other content, nothing is replaced and the
    /// saved version comes back as [`TableRefused::Conflict`]. A submitted table saves
    /// nothing until it reopens.
    pub fn table_save(
        &mut self,
        code: &str,
        area: &AreaId,
        draft: Draft,
        base: u32,
    ) -> Result<Saved, TableRefused> {
        let (round, ministry) = self.table_of(code)?;
        self.table_round_open(&round)?;
        let ws = self.doc.workspace();
        let known = ws
            .instrument_for(round.as_str())
            .is_some_and(|i| i.area_index(area.as_str()).is_some());
        if !known {
            return Err(TableRefused::UnknownArea);
        }
        let table = ws
            .round(round.as_str())
            .and_then(|r| r.tables.get(&ministry));
        if table.is_some_and(|t| t.submitted.is_some()) {
            return Err(TableRefused::Submitted);
        }
        let at = ScoreRef::new(&round, &ministry, area);
        let current = ws
            .score_at(&at)
            .and_then(|s| s.proposal.clone())
            .unwrap_or_default();
        let now = self.stamp();
        let proposal = Proposal {
            answer: draft.answer,
            rationale: draft.rationale,
            evidence: draft.evidence,
            revision: current.revision + 1,
            saved: Some(now),
        };
        if current.same_content(&proposal) && current.revision > 0 {
            return Ok(Saved { proposal: current });
        }
        if base != current.revision {
            return Err(TableRefused::Conflict(Box::new(current)));
        }
        let mut edits = vec![Edit::SetProposal {
            at,
            proposal: Some(proposal.clone()),
        }];
        if let Some(t) = table.filter(|t| t.started.is_none()) {
            edits.push(Edit::SetTable {
                round: round.clone(),
                ministry: ministry.clone(),
                table: Some(Table {
                    started: Some(now),
                    ..t.clone()
                }),
            });
        }
        self.apply(Edit::Batch(edits), Origin::Remote)
            .map_err(|e| TableRefused::Invalid(e.to_string()))?;
        Ok(Saved { proposal })
    }

    /// A validated round takes nothing from a table (the edit would be refused too;
    /// this says why in the table's words).
    fn table_round_open(&self, round: &RoundId) -> Result<(), TableRefused> {
        let validated = self
            .doc
            .workspace()
            .round(round.as_str())
            .is_some_and(|r| r.review.status() == crate::model::review::Status::Validated);
        if validated {
            return Err(TableRefused::Validated);
        }
        Ok(())
    }

    /// The table says it is done (or reopens).
    pub fn table_submit(&mut self, code: &str, submitted: bool) -> Result<(), TableRefused> {
        let (round, ministry) = self.table_of(code)?;
        self.table_round_open(&round)?;
        let now = self.stamp();
        let ws = self.doc.workspace();
        let Some(t) = ws
            .round(round.as_str())
            .and_then(|r| r.tables.get(&ministry))
        else {
            return Err(TableRefused::UnknownCode);
        };
        let table = Table {
            submitted: submitted.then_some(now),
            started: t.started.or(Some(now)),
            ..t.clone()
        };
        let edit = Edit::SetTable {
            round,
            ministry,
            table: Some(table),
        };
        self.apply(edit, Origin::Remote)
            .map_err(|e| TableRefused::Invalid(e.to_string()))?;
        Ok(())
    }
}

/// A random code not in `taken`.
fn fresh_code(taken: &[String]) -> String {
    loop {
        let code = random_code(TABLE_CODE_LEN);
        if !taken.contains(&code) {
            return code;
        }
    }
}

/// How far one table has come: which areas it has answered (never the levels: the
/// room sees them only at the plenary review).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableProgress {
    pub answered: Vec<bool>,
}

impl TableProgress {
    pub fn done(&self) -> usize {
        self.answered.iter().filter(|a| **a).count()
    }
}

/// `ministry`'s table in `round`: an answer in its draft counts, per area of the
/// round's instrument.
pub fn table_progress(ws: &Workspace, round: &RoundId, ministry: &MinistryId) -> TableProgress {
    let asm = ws.assessment(round, ministry);
    let answered = ws
        .instrument_for(round.as_str())
        .map(|inst| {
            inst.areas()
                .iter()
                .map(|a| {
                    asm.and_then(|asm| asm.score(a.id.as_str()))
                        .and_then(|s| s.proposal.as_ref())
                        .is_some_and(Proposal::is_answered)
                })
                .collect()
        })
        .unwrap_or_default();
    TableProgress { answered }
}

/// Tables of `round` that have started and that have submitted.
pub fn table_counts(round: &Round) -> (usize, usize) {
    let tables = round.tables.values();
    let started = tables.clone().filter(|t| t.started.is_some()).count();
    let submitted = tables.filter(|t| t.submitted.is_some()).count();
    (started, submitted)
}

#[cfg(test)]
mod tests;
