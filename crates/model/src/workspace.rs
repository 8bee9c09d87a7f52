//! The workspace: ministries, rounds, the instrument versions the rounds were scored
//! with, and the assessment of each (round, ministry) pair, keyed by area id.
//!
//! A [`Workspace`] only holds consistent data: ids are unique, every round names an
//! instrument version the workspace holds, every assessment names an existing round and
//! ministry, every score names an area of its round's instrument and fits its scale,
//! and rounds are kept in date order. Documents change it only through
//! [`super::edit::Edit`]; the methods here are the primitives edits are made of.

use super::language::LanguageTag;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::followup::Attendance;
use super::history::History;
use super::ids::{AreaId, MinistryId, RoundId, ScoreRef};
use super::instrument::Instrument;
use super::score::{Answer, AreaScore, VoteTally};
use super::table::{Proposal, Table, check_len};

/// A ministry or division taking part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ministry {
    /// Short code, e.g. `MoSW`.
    pub id: MinistryId,
    pub name: String,
    /// NSSS thematic cluster or any other grouping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

/// Who took part in a round, counted by gender (counts only).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    #[serde(default)]
    pub women: u32,
    #[serde(default)]
    pub men: u32,
    #[serde(default)]
    pub other: u32,
}

impl Participation {
    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }
    pub fn total(&self) -> u64 {
        u64::from(self.women) + u64::from(self.men) + u64::from(self.other)
    }
}

/// One assessment round (usually one workshop).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub id: RoundId,
    pub title: String,
    pub date: Date,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub location: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub facilitator: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Version of the instrument this round is scored with (one the workspace holds).
    pub instrument_version: String,
    #[serde(default, skip_serializing_if = "Participation::is_empty")]
    pub participants: Participation,
    /// Table scoring: each ministry's table code and progress in this round.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tables: BTreeMap<MinistryId, Table>,
    /// Review and sign-off: draft, under review, validated (changed only by
    /// `Edit::SetReview`).
    #[serde(default, skip_serializing_if = "crate::review::Review::is_empty")]
    pub review: crate::review::Review,
    /// The files merged into this round, in order (changed only by
    /// `Edit::SetSources`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<crate::merge::Source>,
}

impl Round {
    /// Title and date, e.g. `Baseline (2022-08-04)`.
    pub fn display(&self) -> String {
        format!("{} ({})", self.title, self.date)
    }
}

/// The scores of one ministry in one round, keyed by area id. Only areas with
/// something recorded are held.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assessment {
    pub notes: String,
    /// Who took part for the ministry (a count and offices).
    pub attendance: Attendance,
    scores: BTreeMap<AreaId, AreaScore>,
}

impl Assessment {
    pub fn score(&self, area: &str) -> Option<&AreaScore> {
        self.scores.get(area)
    }
    pub fn answer(&self, area: &str) -> Option<Answer> {
        self.scores.get(area).and_then(|s| s.answer)
    }
    /// The recorded areas, by area id.
    pub fn scores(&self) -> impl Iterator<Item = (&AreaId, &AreaScore)> {
        self.scores.iter()
    }
    /// Number of areas with an agreed answer (level, NA or NI).
    pub fn answered(&self) -> usize {
        self.scores.values().filter(|s| s.answer.is_some()).count()
    }
    pub fn is_blank(&self) -> bool {
        self.notes.is_empty() && self.scores.is_empty() && self.attendance.is_empty()
    }
    /// Put a record in place; a blank record is removed instead.
    pub(crate) fn put(&mut self, area: AreaId, score: AreaScore) {
        if score.is_blank() {
            self.scores.remove(&area);
        } else {
            self.scores.insert(area, score);
        }
    }
}

/// A change the workspace refused, saying what and which item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    #[error("there is no round `{0}`")]
    UnknownRound(String),
    #[error("there is no ministry `{0}`")]
    UnknownMinistry(String),
    #[error("instrument version {version} has no area `{area}`")]
    UnknownArea { area: String, version: String },
    #[error("the workspace holds no instrument version `{0}`")]
    UnknownInstrument(String),
    #[error(
        "instrument version `{0}` is already in the workspace with different texts; give the changed instrument a new version"
    )]
    InstrumentClash(String),
    #[error("a ministry with code `{0}` already exists (codes ignore upper and lower case)")]
    DuplicateMinistry(String),
    #[error("a round with id `{0}` already exists")]
    DuplicateRound(String),
    #[error("level {level} is outside the scale 1-{max}")]
    LevelOutOfScale { level: u8, max: u8 },
    #[error("the vote tally has counts for {got} levels but the scale has {max}")]
    TallyTooLong { got: usize, max: usize },
    #[error("there is no {answer} vote from {from} to take back")]
    NoVoteToRemove { answer: String, from: String },
    #[error(
        "round `{0}` already has scores made with instrument version {1}; past rounds are never re-rated with another version"
    )]
    ReRate(String, String),
    #[error("a ministry needs a name")]
    EmptyName,
    #[error("a round needs a title")]
    EmptyTitle,
    #[error("the table code `{0}` is already used by another ministry in this round")]
    DuplicateTableCode(String),
    #[error("the table code `{0}` is not 6 to 12 capital letters and digits")]
    BadTableCode(String),
    #[error("the {field} is {len} characters long; at most {max} are kept")]
    TextTooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("an action needs a text saying what will be done")]
    EmptyAction,
    #[error("a review comment needs a text")]
    EmptyComment,
    #[error(
        "round `{0}` is validated and read-only; reopen it with a reason to change it (Results › Review › Reopen, or `codi-workshop review FILE --round {0} --to draft --by NAME --reason TEXT`)"
    )]
    Validated(String),
    #[error(
        "a round cannot go from {from} to {to} (draft → under-review → validated; a validated round is reopened)"
    )]
    ReviewStep {
        from: &'static str,
        to: &'static str,
    },
    #[error("each review step needs the name of who took it")]
    ReviewUnsigned,
    #[error("reopening a validated round needs a reason")]
    ReopenWithoutReason,
    /// A bug, never expected: an edit reached code meant for another kind of edit.
    #[error("internal error: \"{0}\" was sent to the wrong handler; nothing was changed")]
    Misrouted(&'static str),
}

/// Ministry lookups in constant time: by exact code, and by code ignoring case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct MinistryIndex {
    exact: HashMap<MinistryId, usize>,
    folded: HashMap<String, usize>,
}

impl MinistryIndex {
    fn build(ministries: &[Ministry]) -> Self {
        let mut ix = Self::default();
        for (i, m) in ministries.iter().enumerate() {
            ix.add(m, i);
        }
        ix
    }
    fn add(&mut self, m: &Ministry, i: usize) {
        self.exact.insert(m.id.clone(), i);
        self.folded.entry(m.id.as_str().to_lowercase()).or_insert(i);
    }
}

type ByMinistry = BTreeMap<MinistryId, Arc<Assessment>>;

/// A workspace: everything one file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workspace {
    title: String,
    /// The language of the reports, the room view and the phone pages; `None`: English.
    language: Option<LanguageTag>,
    /// Every instrument version the rounds use, by version.
    instruments: BTreeMap<String, Arc<Instrument>>,
    /// The version new rounds are scored with.
    current: String,
    ministries: Vec<Ministry>,
    index: MinistryIndex,
    /// Sorted by (date, id).
    rounds: Vec<Round>,
    /// Shared per assessment, so a snapshot (autosave, PDF export) costs little.
    assessments: BTreeMap<RoundId, ByMinistry>,
    /// The audit trail; shared so snapshots stay cheap. Edits never touch it: the
    /// session appends to it after each applied edit.
    history: Arc<History>,
    /// Fields the file held that this build does not know: written back unchanged.
    kept: Arc<crate::unknown::Kept>,
}

impl Workspace {
    pub fn new(title: impl Into<String>, instrument: Instrument) -> Self {
        let current = instrument.version().to_owned();
        Self {
            title: title.into(),
            language: None,
            instruments: BTreeMap::from([(current.clone(), Arc::new(instrument))]),
            current,
            ministries: Vec::new(),
            index: MinistryIndex::default(),
            rounds: Vec::new(),
            assessments: BTreeMap::new(),
            history: Arc::default(),
            kept: Arc::default(),
        }
    }

    /// Fields the file held that this build does not know (a newer app wrote them).
    pub fn kept(&self) -> &crate::unknown::Kept {
        &self.kept
    }
    /// Keep these unknown fields, to write back when saving.
    pub fn set_kept(&mut self, kept: crate::unknown::Kept) {
        self.kept = Arc::new(kept);
    }

    pub fn history(&self) -> &History {
        &self.history
    }
    /// The history to append to (the session does, after each edit).
    pub fn history_mut(&mut self) -> &mut History {
        Arc::make_mut(&mut self.history)
    }
    /// Put a history read from a file in place.
    pub fn set_history(&mut self, history: History) {
        self.history = Arc::new(history);
    }

    // ---- reading ----

    pub fn title(&self) -> &str {
        &self.title
    }
    /// The language of the reports, the room view and the phone pages (`None`: English).
    pub fn language(&self) -> Option<&LanguageTag> {
        self.language.as_ref()
    }
    /// The instrument new rounds are scored with.
    pub fn instrument(&self) -> &Instrument {
        // `current` always names a held version (invariant kept by every method).
        &self.instruments[&self.current]
    }
    /// Every instrument version held, oldest version string first.
    pub fn instruments(&self) -> impl Iterator<Item = &Instrument> {
        self.instruments.values().map(|i| &**i)
    }
    pub fn instrument_version(&self, version: &str) -> Option<&Instrument> {
        self.instruments.get(version).map(|i| &**i)
    }
    /// The instrument round `round` is scored with.
    pub fn instrument_for(&self, round: &str) -> Option<&Instrument> {
        self.instrument_version(&self.round(round)?.instrument_version)
    }
    pub fn ministries(&self) -> &[Ministry] {
        &self.ministries
    }
    /// Rounds in date order (oldest first).
    pub fn rounds(&self) -> &[Round] {
        &self.rounds
    }
    pub fn ministry(&self, id: &str) -> Option<&Ministry> {
        self.index.exact.get(id).map(|&i| &self.ministries[i])
    }
    /// Position of a ministry in the list.
    pub fn ministry_position(&self, id: &str) -> Option<usize> {
        self.index.exact.get(id).copied()
    }
    pub fn round(&self, id: &str) -> Option<&Round> {
        self.rounds.iter().find(|r| r.id.as_str() == id)
    }
    /// Find a round by id, or else by title (case-insensitive).
    pub fn find_round(&self, key: &str) -> Option<&Round> {
        let key = key.trim();
        self.round(key)
            .or_else(|| {
                self.rounds
                    .iter()
                    .find(|r| r.title.trim().eq_ignore_ascii_case(key))
            })
            .or_else(|| {
                self.rounds
                    .iter()
                    .find(|r| r.id.as_str().eq_ignore_ascii_case(key))
            })
    }
    /// Find a ministry by code (case-insensitive).
    pub fn find_ministry(&self, key: &str) -> Option<&Ministry> {
        let key = key.trim();
        self.ministry(key).or_else(|| {
            self.index
                .folded
                .get(&key.to_lowercase())
                .map(|&i| &self.ministries[i])
        })
    }
    pub fn assessment(&self, round: &RoundId, ministry: &MinistryId) -> Option<&Assessment> {
        self.assessments
            .get(round.as_str())?
            .get(ministry.as_str())
            .map(|a| &**a)
    }
    /// The record for one area, if anything was recorded.
    pub fn score(
        &self,
        round: &RoundId,
        ministry: &MinistryId,
        area: &AreaId,
    ) -> Option<&AreaScore> {
        self.assessment(round, ministry)?.score(area.as_str())
    }
    pub fn score_at(&self, at: &ScoreRef) -> Option<&AreaScore> {
        self.score(&at.round, &at.ministry, &at.area)
    }
    pub fn answer(&self, round: &RoundId, ministry: &MinistryId, area: &AreaId) -> Option<Answer> {
        self.score(round, ministry, area).and_then(|s| s.answer)
    }
    /// All assessments, in round date order then ministry list order.
    pub fn assessments(&self) -> impl Iterator<Item = (&RoundId, &MinistryId, &Assessment)> {
        self.rounds.iter().flat_map(move |r| {
            let by_m = self.assessments.get(r.id.as_str());
            self.ministries
                .iter()
                .filter_map(move |m| by_m?.get(m.id.as_str()).map(|a| (&r.id, &m.id, &**a)))
        })
    }
    /// The assessments of one round, by ministry code.
    pub fn round_assessments(
        &self,
        round: &str,
    ) -> impl Iterator<Item = (&MinistryId, &Assessment)> {
        self.assessments
            .get(round)
            .into_iter()
            .flat_map(|by_m| by_m.iter().map(|(m, a)| (m, &**a)))
    }
    /// The round before `round` by date, if any.
    pub fn previous_round(&self, round: &str) -> Option<&Round> {
        let i = self.rounds.iter().position(|r| r.id.as_str() == round)?;
        i.checked_sub(1).map(|p| &self.rounds[p])
    }
    pub fn has_data_for_ministry(&self, ministry: &str) -> bool {
        self.assessments
            .values()
            .any(|by_m| by_m.get(ministry).is_some_and(|a| !a.is_blank()))
    }
    pub fn has_data_for_round(&self, round: &str) -> bool {
        self.assessments
            .get(round)
            .is_some_and(|by_m| by_m.values().any(|a| !a.is_blank()))
    }

    /// Check a score reference: the round and ministry exist and the area belongs to
    /// the round's instrument. Returns that instrument.
    pub fn check_ref(&self, at: &ScoreRef) -> Result<&Instrument, ModelError> {
        let inst = self
            .instrument_for(at.round.as_str())
            .ok_or_else(|| ModelError::UnknownRound(at.round.to_string()))?;
        if self.ministry(at.ministry.as_str()).is_none() {
            return Err(ModelError::UnknownMinistry(at.ministry.to_string()));
        }
        if inst.area(at.area.as_str()).is_none() {
            return Err(ModelError::UnknownArea {
                area: at.area.to_string(),
                version: inst.version().to_owned(),
            });
        }
        Ok(inst)
    }

    /// Check an answer against the scale of `inst`.
    pub fn check_answer(inst: &Instrument, answer: Option<Answer>) -> Result<(), ModelError> {
        let max = inst.scale().max_level();
        match answer.and_then(Answer::level) {
            Some(level) if level > max => Err(ModelError::LevelOutOfScale { level, max }),
            _ => Ok(()),
        }
    }

    /// Check a table's proposal: an answer on the scale, texts within the limit.
    pub fn check_proposal(inst: &Instrument, p: &Proposal) -> Result<(), ModelError> {
        Self::check_answer(inst, p.answer)?;
        check_len("rationale", &p.rationale)?;
        check_len("evidence", &p.evidence)
    }

    /// Check a tally against the scale of `inst`.
    pub fn check_tally(inst: &Instrument, votes: &VoteTally) -> Result<(), ModelError> {
        let max = inst.level_count();
        // Trailing zero counts beyond the scale are harmless; real votes there are not.
        let got = votes
            .levels
            .iter()
            .rposition(|&c| c > 0)
            .map_or(0, |i| i + 1);
        if got > max {
            return Err(ModelError::TallyTooLong { got, max });
        }
        Ok(())
    }

    /// Check a whole record against the scale of `inst`, returning it in stored form.
    pub fn check_score(inst: &Instrument, mut score: AreaScore) -> Result<AreaScore, ModelError> {
        Self::check_answer(inst, score.answer)?;
        // A file holds no longer texts than editing keeps: drawing one costs no more
        // than drawing 4,000 characters.
        for (field, text) in [
            ("rationale", &score.rationale),
            ("evidence", &score.evidence),
            ("dissent", &score.dissent),
            (
                "reason for differing from the table",
                &score.differs_from_table,
            ),
        ] {
            crate::table::check_len(field, text)?;
        }
        if let Some(r) = &score.reason {
            crate::table::check_len("reason note", &r.note)?;
        }
        if let Some(p) = &score.proposal {
            Self::check_proposal(inst, p)?;
        }
        Self::check_tally(inst, &score.votes)?;
        Self::check_tally(inst, &score.phone_votes)?;
        for action in &score.actions {
            action.check()?;
        }
        for comment in &score.comments {
            comment.check()?;
        }
        if let Some(source) = &score.source {
            crate::table::check_len("source", source)?;
        }
        let n = inst.level_count();
        score.votes = score.votes.normalized(n);
        score.phone_votes = score.phone_votes.normalized(n);
        Ok(score)
    }
}

mod change;
pub use change::{RemovedMinistry, RemovedRound};

#[cfg(test)]
pub(crate) mod tests;
