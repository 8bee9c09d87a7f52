//! The workspace: ministries, rounds, the instrument versions the rounds were scored
//! with, and the assessment of each (round, ministry) pair, keyed by area id.
//!
//! A [`Workspace`] only holds consistent data: ids are unique, every round names an
//! instrument version the workspace holds, every assessment names an existing round and
//! ministry, every score names an area of its round's instrument and fits its scale,
//! and rounds are kept in date order. Documents change it only through
//! [`super::edit::Edit`]; the methods here are the primitives edits are made of.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::ids::{AreaId, MinistryId, RoundId, ScoreRef};
use super::instrument::Instrument;
use super::score::{Answer, AreaScore, VoteTally};

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
        self.notes.is_empty() && self.scores.is_empty()
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
    #[error("a ministry with code `{0}` already exists")]
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
}

impl Workspace {
    pub fn new(title: impl Into<String>, instrument: Instrument) -> Self {
        let current = instrument.version().to_owned();
        Self {
            title: title.into(),
            instruments: BTreeMap::from([(current.clone(), Arc::new(instrument))]),
            current,
            ministries: Vec::new(),
            index: MinistryIndex::default(),
            rounds: Vec::new(),
            assessments: BTreeMap::new(),
        }
    }

    // ---- reading ----

    pub fn title(&self) -> &str {
        &self.title
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
    pub fn assessment(&self, round: &str, ministry: &str) -> Option<&Assessment> {
        self.assessments.get(round)?.get(ministry).map(|a| &**a)
    }
    /// The record for one area, if anything was recorded.
    pub fn score(&self, round: &str, ministry: &str, area: &str) -> Option<&AreaScore> {
        self.assessment(round, ministry)?.score(area)
    }
    pub fn score_at(&self, at: &ScoreRef) -> Option<&AreaScore> {
        self.score(at.round.as_str(), at.ministry.as_str(), at.area.as_str())
    }
    pub fn answer(&self, round: &str, ministry: &str, area: &str) -> Option<Answer> {
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
        Self::check_tally(inst, &score.votes)?;
        Self::check_tally(inst, &score.phone_votes)?;
        let n = inst.level_count();
        score.votes = score.votes.normalized(n);
        score.phone_votes = score.phone_votes.normalized(n);
        Ok(score)
    }

    // ---- changing: the primitives edits are made of ----

    pub fn set_title(&mut self, title: impl Into<String>) -> String {
        std::mem::replace(&mut self.title, title.into())
    }

    /// Hold another instrument version. The same version twice is fine only with the
    /// same texts. Returns whether it was new.
    pub fn add_instrument(&mut self, instrument: Instrument) -> Result<bool, ModelError> {
        match self.instruments.get(instrument.version()) {
            Some(held) if **held == instrument => Ok(false),
            Some(_) => Err(ModelError::InstrumentClash(instrument.version().to_owned())),
            None => {
                self.instruments
                    .insert(instrument.version().to_owned(), Arc::new(instrument));
                Ok(true)
            }
        }
    }

    /// Drop an instrument version no round uses (and that is not the current one).
    pub fn remove_unused_instrument(&mut self, version: &str) -> Option<Instrument> {
        let used =
            self.current == version || self.rounds.iter().any(|r| r.instrument_version == version);
        if used {
            return None;
        }
        self.instruments
            .remove(version)
            .map(Arc::unwrap_or_clone)
    }

    /// Make `version` the one new rounds use; returns the previous one.
    pub fn set_current_instrument(&mut self, version: &str) -> Result<String, ModelError> {
        if !self.instruments.contains_key(version) {
            return Err(ModelError::UnknownInstrument(version.to_owned()));
        }
        Ok(std::mem::replace(&mut self.current, version.to_owned()))
    }

    /// Add a ministry at `position` (the end when `None` or past it).
    pub fn insert_ministry(
        &mut self,
        ministry: Ministry,
        position: Option<usize>,
    ) -> Result<usize, ModelError> {
        if ministry.name.trim().is_empty() {
            return Err(ModelError::EmptyName);
        }
        if self.ministry(ministry.id.as_str()).is_some() {
            return Err(ModelError::DuplicateMinistry(ministry.id.to_string()));
        }
        let n = self.ministries.len();
        match position {
            Some(p) if p < n => {
                self.ministries.insert(p, ministry);
                self.index = MinistryIndex::build(&self.ministries);
                Ok(p)
            }
            _ => {
                self.index.add(&ministry, n);
                self.ministries.push(ministry);
                Ok(n)
            }
        }
    }

    pub fn add_ministry(&mut self, ministry: Ministry) -> Result<(), ModelError> {
        self.insert_ministry(ministry, None).map(drop)
    }

    /// Replace ministry `id` with `new`; a changed code moves its assessments along.
    /// Returns the ministry as it was.
    pub fn update_ministry(&mut self, id: &str, new: Ministry) -> Result<Ministry, ModelError> {
        if new.name.trim().is_empty() {
            return Err(ModelError::EmptyName);
        }
        let i = self
            .ministry_position(id)
            .ok_or_else(|| ModelError::UnknownMinistry(id.to_owned()))?;
        let renamed = new.id.as_str() != id;
        if renamed {
            if self.ministry(new.id.as_str()).is_some() {
                return Err(ModelError::DuplicateMinistry(new.id.to_string()));
            }
            for by_m in self.assessments.values_mut() {
                if let Some(a) = by_m.remove(id) {
                    by_m.insert(new.id.clone(), a);
                }
            }
        }
        let old = std::mem::replace(&mut self.ministries[i], new);
        if renamed {
            self.index = MinistryIndex::build(&self.ministries);
        }
        Ok(old)
    }

    /// Remove a ministry with all its assessments; returns them for an undo.
    pub fn remove_ministry(&mut self, id: &str) -> Result<RemovedMinistry, ModelError> {
        let i = self
            .ministry_position(id)
            .ok_or_else(|| ModelError::UnknownMinistry(id.to_owned()))?;
        let mut assessments = Vec::new();
        for (round, by_m) in &mut self.assessments {
            if let Some(a) = by_m.remove(id) {
                assessments.push((round.clone(), a));
            }
        }
        self.assessments.retain(|_, by_m| !by_m.is_empty());
        let ministry = self.ministries.remove(i);
        self.index = MinistryIndex::build(&self.ministries);
        Ok(RemovedMinistry {
            ministry,
            position: i,
            assessments,
        })
    }

    /// Put a removed ministry back where it was, with its assessments.
    pub fn restore_ministry(&mut self, removed: RemovedMinistry) -> Result<(), ModelError> {
        let RemovedMinistry {
            ministry,
            position,
            assessments,
        } = removed;
        for (round, _) in &assessments {
            if self.round(round.as_str()).is_none() {
                return Err(ModelError::UnknownRound(round.to_string()));
            }
        }
        let id = ministry.id.clone();
        self.insert_ministry(ministry, Some(position))?;
        for (round, a) in assessments {
            self.assessments
                .entry(round)
                .or_default()
                .insert(id.clone(), a);
        }
        Ok(())
    }

    /// Move a ministry to position `to` (clamped); returns where it was.
    pub fn move_ministry(&mut self, id: &str, to: usize) -> Result<usize, ModelError> {
        let from = self
            .ministry_position(id)
            .ok_or_else(|| ModelError::UnknownMinistry(id.to_owned()))?;
        let to = to.min(self.ministries.len().saturating_sub(1));
        if from != to {
            let m = self.ministries.remove(from);
            self.ministries.insert(to, m);
            self.index = MinistryIndex::build(&self.ministries);
        }
        Ok(from)
    }

    pub fn add_round(&mut self, round: Round) -> Result<(), ModelError> {
        self.check_round(&round, None)?;
        self.rounds.push(round);
        self.sort_rounds();
        Ok(())
    }

    fn check_round(&self, round: &Round, replacing: Option<&str>) -> Result<(), ModelError> {
        if round.title.trim().is_empty() {
            return Err(ModelError::EmptyTitle);
        }
        if replacing != Some(round.id.as_str()) && self.round(round.id.as_str()).is_some() {
            return Err(ModelError::DuplicateRound(round.id.to_string()));
        }
        if !self.instruments.contains_key(&round.instrument_version) {
            return Err(ModelError::UnknownInstrument(
                round.instrument_version.clone(),
            ));
        }
        Ok(())
    }

    /// Replace round `id` with `new`; a changed id moves its assessments along. The
    /// instrument version of a round with scores cannot change (past ratings are never
    /// re-rated). Returns the round as it was.
    pub fn update_round(&mut self, id: &str, new: Round) -> Result<Round, ModelError> {
        let i = self
            .rounds
            .iter()
            .position(|r| r.id.as_str() == id)
            .ok_or_else(|| ModelError::UnknownRound(id.to_owned()))?;
        self.check_round(&new, Some(id))?;
        if new.instrument_version != self.rounds[i].instrument_version
            && self.has_data_for_round(id)
        {
            return Err(ModelError::ReRate(
                id.to_owned(),
                self.rounds[i].instrument_version.clone(),
            ));
        }
        if new.id.as_str() != id
            && let Some(by_m) = self.assessments.remove(id)
        {
            self.assessments.insert(new.id.clone(), by_m);
        }
        let old = std::mem::replace(&mut self.rounds[i], new);
        self.sort_rounds();
        Ok(old)
    }

    /// Remove a round and all its assessments; returns them for an undo.
    pub fn remove_round(&mut self, id: &str) -> Result<RemovedRound, ModelError> {
        let i = self
            .rounds
            .iter()
            .position(|r| r.id.as_str() == id)
            .ok_or_else(|| ModelError::UnknownRound(id.to_owned()))?;
        let assessments = self
            .assessments
            .remove(id)
            .map(|by_m| by_m.into_iter().collect())
            .unwrap_or_default();
        Ok(RemovedRound {
            round: self.rounds.remove(i),
            assessments,
        })
    }

    /// Put a removed round back with its assessments.
    pub fn restore_round(&mut self, removed: RemovedRound) -> Result<(), ModelError> {
        let RemovedRound { round, assessments } = removed;
        for (m, _) in &assessments {
            if self.ministry(m.as_str()).is_none() {
                return Err(ModelError::UnknownMinistry(m.to_string()));
            }
        }
        let id = round.id.clone();
        self.add_round(round)?;
        if !assessments.is_empty() {
            self.assessments
                .insert(id, assessments.into_iter().collect());
        }
        Ok(())
    }

    fn sort_rounds(&mut self) {
        self.rounds
            .sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    }

    /// Change the record at `at` (created when needed; removed again when left
    /// blank). `edit` gets the record and the round's instrument and may refuse.
    pub fn edit_score<T>(
        &mut self,
        at: &ScoreRef,
        edit: impl FnOnce(&mut AreaScore, &Instrument) -> Result<T, ModelError>,
    ) -> Result<T, ModelError> {
        let inst = Arc::clone(&self.instruments[&self.check_ref(at)?.version().to_owned()]);
        let by_m = self.assessments.entry(at.round.clone()).or_default();
        let slot = by_m.entry(at.ministry.clone()).or_default();
        let assessment = Arc::make_mut(slot);
        let mut score = assessment.scores.remove(&at.area).unwrap_or_default();
        let result = edit(&mut score, &inst);
        assessment.put(at.area.clone(), score);
        if assessment.is_blank() {
            by_m.remove(&at.ministry);
            if by_m.is_empty() {
                self.assessments.remove(&at.round);
            }
        }
        result
    }

    /// Set the notes of an assessment; returns the old notes.
    pub fn set_notes(
        &mut self,
        round: &RoundId,
        ministry: &MinistryId,
        notes: String,
    ) -> Result<String, ModelError> {
        if self.round(round.as_str()).is_none() {
            return Err(ModelError::UnknownRound(round.to_string()));
        }
        if self.ministry(ministry.as_str()).is_none() {
            return Err(ModelError::UnknownMinistry(ministry.to_string()));
        }
        let by_m = self.assessments.entry(round.clone()).or_default();
        let slot = by_m.entry(ministry.clone()).or_default();
        let old = std::mem::replace(&mut Arc::make_mut(slot).notes, notes);
        if slot.is_blank() {
            by_m.remove(ministry);
            if by_m.is_empty() {
                self.assessments.remove(round);
            }
        }
        Ok(old)
    }

    /// Put a whole assessment in place (loading a file). The scores are checked
    /// against the round's instrument.
    pub fn insert_assessment(
        &mut self,
        round: &RoundId,
        ministry: &MinistryId,
        notes: String,
        scores: Vec<(AreaId, AreaScore)>,
    ) -> Result<(), (Option<AreaId>, ModelError)> {
        let inst = self
            .instrument_for(round.as_str())
            .ok_or_else(|| (None, ModelError::UnknownRound(round.to_string())))?;
        if self.ministry(ministry.as_str()).is_none() {
            return Err((None, ModelError::UnknownMinistry(ministry.to_string())));
        }
        let mut a = Assessment {
            notes,
            scores: BTreeMap::new(),
        };
        for (area, score) in scores {
            if inst.area(area.as_str()).is_none() {
                let e = ModelError::UnknownArea {
                    area: area.to_string(),
                    version: inst.version().to_owned(),
                };
                return Err((Some(area), e));
            }
            let score = Self::check_score(inst, score).map_err(|e| (Some(area.clone()), e))?;
            a.put(area, score);
        }
        if !a.is_blank() {
            self.assessments
                .entry(round.clone())
                .or_default()
                .insert(ministry.clone(), Arc::new(a));
        }
        Ok(())
    }
}

/// A removed ministry with everything needed to put it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedMinistry {
    pub ministry: Ministry,
    pub position: usize,
    pub assessments: Vec<(RoundId, Arc<Assessment>)>,
}

/// A removed round with its assessments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedRound {
    pub round: Round,
    pub assessments: Vec<(MinistryId, Arc<Assessment>)>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::score::Level;

    pub fn lvl(v: u8) -> Option<Answer> {
        Some(Answer::Level(Level::new(v).unwrap()))
    }

    pub fn round(id: &str, date: &str) -> Round {
        Round {
            id: RoundId::new(id).unwrap(),
            title: format!("Round {id}"),
            date: date.parse().unwrap(),
            location: String::new(),
            facilitator: String::new(),
            notes: String::new(),
            instrument_version: Instrument::codi().version().into(),
            participants: Participation::default(),
        }
    }

    pub fn ministry(id: &str) -> Ministry {
        Ministry {
            id: MinistryId::new(id).unwrap(),
            name: format!("Ministry {id}"),
            cluster: None,
        }
    }

    pub fn at(round: &str, ministry: &str, area: &str) -> ScoreRef {
        ScoreRef {
            round: RoundId::new(round).unwrap(),
            ministry: MinistryId::new(ministry).unwrap(),
            area: AreaId::new(area).unwrap(),
        }
    }

    /// Area id number `k` (0-based) of the built-in instrument.
    pub fn area(k: usize) -> String {
        Instrument::codi().areas()[k].id.to_string()
    }

    /// Set an answer directly (tests only; documents use edits).
    pub fn set(ws: &mut Workspace, round: &str, ministry: &str, k: usize, a: Option<Answer>) {
        ws.edit_score(&at(round, ministry, &area(k)), |s, _| {
            s.answer = a;
            Ok(())
        })
        .unwrap();
    }

    pub fn small() -> Workspace {
        let mut ws = Workspace::new("Test", Instrument::codi());
        ws.add_ministry(ministry("A")).unwrap();
        ws.add_ministry(ministry("B")).unwrap();
        ws.add_round(round("r2", "2024-08-04")).unwrap();
        ws.add_round(round("r1", "2022-08-04")).unwrap();
        ws
    }

    #[test]
    fn rounds_stay_in_date_order() {
        let ws = small();
        let ids: Vec<_> = ws.rounds().iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["r1", "r2"]);
        assert_eq!(ws.previous_round("r2").unwrap().id.as_str(), "r1");
        assert!(ws.previous_round("r1").is_none());
    }

    #[test]
    fn refuses_duplicates_and_unknowns() {
        let mut ws = small();
        assert_eq!(
            ws.add_ministry(ministry("A")),
            Err(ModelError::DuplicateMinistry("A".into()))
        );
        assert!(matches!(
            ws.add_round(round("r1", "2020-01-01")),
            Err(ModelError::DuplicateRound(_))
        ));
        let mut other = round("r9", "2020-01-01");
        other.instrument_version = "9.9".into();
        assert!(matches!(
            ws.add_round(other),
            Err(ModelError::UnknownInstrument(_))
        ));
        assert!(matches!(
            ws.check_ref(&at("nope", "A", "adequacy")),
            Err(ModelError::UnknownRound(_))
        ));
        assert!(matches!(
            ws.check_ref(&at("r1", "Z", "adequacy")),
            Err(ModelError::UnknownMinistry(_))
        ));
        assert!(matches!(
            ws.check_ref(&at("r1", "A", "nope")),
            Err(ModelError::UnknownArea { .. })
        ));
        let inst = Instrument::codi();
        assert_eq!(
            Workspace::check_answer(&inst, lvl(5)),
            Err(ModelError::LevelOutOfScale { level: 5, max: 4 })
        );
        let votes = VoteTally {
            levels: vec![0, 0, 0, 0, 2],
            na: 0,
            ni: 0,
        };
        assert!(matches!(
            Workspace::check_tally(&inst, &votes),
            Err(ModelError::TallyTooLong { .. })
        ));
        assert!(ws.assessment("r1", "A").is_none(), "nothing was created");
    }

    #[test]
    fn blank_records_are_not_kept() {
        let mut ws = small();
        set(&mut ws, "r1", "A", 2, lvl(3));
        assert_eq!(ws.assessment("r1", "A").unwrap().answered(), 1);
        set(&mut ws, "r1", "A", 2, None);
        assert!(ws.assessment("r1", "A").is_none());
        assert_eq!(ws, small(), "equal to a workspace that never had it");
    }

    #[test]
    fn renaming_and_removing_keep_assessments_consistent() {
        let mut ws = small();
        set(&mut ws, "r1", "A", 0, lvl(2));
        let mut renamed = ministry("AA");
        renamed.name = "Renamed".into();
        ws.update_ministry("A", renamed).unwrap();
        assert_eq!(ws.answer("r1", "AA", &area(0)), lvl(2));
        assert!(ws.assessment("r1", "A").is_none());
        assert!(ws.has_data_for_ministry("AA"));
        assert_eq!(ws.find_ministry("aa").unwrap().id.as_str(), "AA");
        assert!(
            ws.update_ministry("AA", ministry("B")).is_err(),
            "code taken"
        );

        let mut r = round("base", "2022-08-04");
        r.title = "Baseline".into();
        ws.update_round("r1", r).unwrap();
        assert_eq!(ws.answer("base", "AA", &area(0)), lvl(2));
        assert_eq!(ws.find_round("baseline").unwrap().id.as_str(), "base");

        let removed = ws.remove_ministry("AA").unwrap();
        assert_eq!(ws.assessments().count(), 0);
        ws.restore_ministry(removed).unwrap();
        assert_eq!(ws.ministries()[0].id.as_str(), "AA", "back in its place");
        assert_eq!(ws.answer("base", "AA", &area(0)), lvl(2));
        let removed = ws.remove_round("base").unwrap();
        assert_eq!(ws.assessments().count(), 0);
        assert_eq!(ws.rounds().len(), 1);
        ws.restore_round(removed).unwrap();
        assert_eq!(ws.answer("base", "AA", &area(0)), lvl(2));
    }

    #[test]
    fn move_ministry_clamps() {
        let mut ws = small();
        assert_eq!(ws.move_ministry("A", 1), Ok(0));
        assert_eq!(ws.ministries()[1].id.as_str(), "A");
        ws.move_ministry("A", 5).unwrap();
        assert_eq!(ws.ministries()[1].id.as_str(), "A");
        ws.move_ministry("A", 0).unwrap();
        assert_eq!(ws.ministries()[0].id.as_str(), "A");
        assert_eq!(ws.ministry_position("B"), Some(1));
    }

    #[test]
    fn several_instrument_versions() {
        let mut ws = small();
        let newer = Instrument::codi().relabelled("2027.1", "");
        assert_eq!(ws.add_instrument(newer.clone()), Ok(true));
        assert_eq!(ws.add_instrument(newer), Ok(false), "same texts are fine");
        let clash = Instrument::codi().relabelled("2027.1", "changed");
        assert!(matches!(
            ws.add_instrument(clash),
            Err(ModelError::InstrumentClash(_))
        ));
        let mut r = round("r3", "2026-01-01");
        r.instrument_version = "2027.1".into();
        ws.add_round(r).unwrap();
        assert_eq!(ws.instrument_for("r3").unwrap().version(), "2027.1");
        assert_eq!(ws.instrument().version(), "2026.1", "current unchanged");
        assert!(ws.remove_unused_instrument("2027.1").is_none(), "in use");
        set(&mut ws, "r1", "A", 0, lvl(2));
        let mut moved = ws.round("r1").unwrap().clone();
        moved.instrument_version = "2027.1".into();
        assert!(ws.update_round("r1", moved).is_err(), "never re-rated");
    }
}
