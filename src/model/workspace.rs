//! The workspace: ministries, rounds and the assessment of each (round, ministry) pair,
//! scored with one instrument.
//!
//! A [`Workspace`] only holds consistent data: ids are unique, every assessment names an
//! existing round and ministry, every answer fits the scale, and rounds are kept in date
//! order. All changes go through methods that keep it so.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::ids::{MinistryId, RoundId};
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
    /// Version of the instrument this round was scored with.
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

/// The scores of one ministry in one round, one entry per instrument area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub notes: String,
    /// Indexed like the instrument's areas; always exactly that long.
    scores: Vec<AreaScore>,
}

impl Assessment {
    fn new(areas: usize) -> Self {
        Self {
            notes: String::new(),
            scores: vec![AreaScore::default(); areas],
        }
    }
    pub fn scores(&self) -> &[AreaScore] {
        &self.scores
    }
    pub fn answers(&self) -> impl Iterator<Item = Option<Answer>> + '_ {
        self.scores.iter().map(|s| s.answer)
    }
    /// Number of areas with an agreed answer (level, NA or NI).
    pub fn answered(&self) -> usize {
        self.scores.iter().filter(|s| s.answer.is_some()).count()
    }
    pub fn is_blank(&self) -> bool {
        self.notes.is_empty() && self.scores.iter().all(AreaScore::is_blank)
    }
}

/// A change the workspace refused, saying what and which item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    #[error("there is no round `{0}`")]
    UnknownRound(String),
    #[error("there is no ministry `{0}`")]
    UnknownMinistry(String),
    #[error("there is no area number {0} in this instrument")]
    UnknownArea(usize),
    #[error("a ministry with code `{0}` already exists")]
    DuplicateMinistry(String),
    #[error("a round with id `{0}` already exists")]
    DuplicateRound(String),
    #[error("level {level} is outside the scale 1-{max}")]
    LevelOutOfScale { level: u8, max: u8 },
    #[error("the vote tally has counts for {got} levels but the scale has {max}")]
    TallyTooLong { got: usize, max: usize },
    #[error("a ministry needs a name")]
    EmptyName,
}

/// A workspace: everything one file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workspace {
    title: String,
    instrument: Instrument,
    ministries: Vec<Ministry>,
    /// Sorted by (date, id).
    rounds: Vec<Round>,
    assessments: BTreeMap<RoundId, BTreeMap<MinistryId, Assessment>>,
}

impl Workspace {
    pub fn new(title: impl Into<String>, instrument: Instrument) -> Self {
        Self {
            title: title.into(),
            instrument,
            ministries: Vec::new(),
            rounds: Vec::new(),
            assessments: BTreeMap::new(),
        }
    }

    // ---- reading ----

    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn instrument(&self) -> &Instrument {
        &self.instrument
    }
    pub fn ministries(&self) -> &[Ministry] {
        &self.ministries
    }
    /// Rounds in date order (oldest first).
    pub fn rounds(&self) -> &[Round] {
        &self.rounds
    }
    pub fn ministry(&self, id: &str) -> Option<&Ministry> {
        self.ministries.iter().find(|m| m.id.as_str() == id)
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
            self.ministries
                .iter()
                .find(|m| m.id.as_str().eq_ignore_ascii_case(key))
        })
    }
    pub fn assessment(&self, round: &str, ministry: &str) -> Option<&Assessment> {
        self.assessments.get(round)?.get(ministry)
    }
    /// The record for one area, if anything was recorded.
    pub fn score(&self, round: &str, ministry: &str, area: usize) -> Option<&AreaScore> {
        self.assessment(round, ministry)?.scores.get(area)
    }
    /// All assessments, in round date order then ministry list order.
    pub fn assessments(&self) -> impl Iterator<Item = (&RoundId, &MinistryId, &Assessment)> {
        self.rounds.iter().flat_map(move |r| {
            let by_m = self.assessments.get(r.id.as_str());
            self.ministries
                .iter()
                .filter_map(move |m| by_m?.get(m.id.as_str()).map(|a| (&r.id, &m.id, a)))
        })
    }
    /// The round before `round` by date, if any.
    pub fn previous_round(&self, round: &str) -> Option<&Round> {
        let i = self.rounds.iter().position(|r| r.id.as_str() == round)?;
        i.checked_sub(1).map(|p| &self.rounds[p])
    }
    /// How many of the (round, ministry) pairs hold any data.
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

    // ---- changing ----

    pub fn set_title(&mut self, title: impl Into<String>) {
        self.title = title.into();
    }

    pub fn add_ministry(&mut self, ministry: Ministry) -> Result<(), ModelError> {
        if ministry.name.trim().is_empty() {
            return Err(ModelError::EmptyName);
        }
        if self.ministry(ministry.id.as_str()).is_some() {
            return Err(ModelError::DuplicateMinistry(ministry.id.to_string()));
        }
        self.ministries.push(ministry);
        Ok(())
    }

    /// Replace ministry `id` with `new`; a changed code moves its assessments along.
    pub fn update_ministry(&mut self, id: &str, new: Ministry) -> Result<(), ModelError> {
        if new.name.trim().is_empty() {
            return Err(ModelError::EmptyName);
        }
        let i = self
            .ministries
            .iter()
            .position(|m| m.id.as_str() == id)
            .ok_or_else(|| ModelError::UnknownMinistry(id.to_owned()))?;
        if new.id.as_str() != id {
            if self.ministry(new.id.as_str()).is_some() {
                return Err(ModelError::DuplicateMinistry(new.id.to_string()));
            }
            for by_m in self.assessments.values_mut() {
                if let Some(a) = by_m.remove(id) {
                    by_m.insert(new.id.clone(), a);
                }
            }
        }
        self.ministries[i] = new;
        Ok(())
    }

    /// Remove a ministry and all its assessments.
    pub fn remove_ministry(&mut self, id: &str) -> Result<Ministry, ModelError> {
        let i = self
            .ministries
            .iter()
            .position(|m| m.id.as_str() == id)
            .ok_or_else(|| ModelError::UnknownMinistry(id.to_owned()))?;
        for by_m in self.assessments.values_mut() {
            by_m.remove(id);
        }
        self.assessments.retain(|_, by_m| !by_m.is_empty());
        Ok(self.ministries.remove(i))
    }

    /// Move a ministry one place up (`-1`) or down (`+1`) in the list.
    pub fn move_ministry(&mut self, id: &str, delta: isize) {
        let Some(i) = self.ministries.iter().position(|m| m.id.as_str() == id) else {
            return;
        };
        let j = i
            .saturating_add_signed(delta)
            .min(self.ministries.len().saturating_sub(1));
        self.ministries.swap(i, j);
    }

    pub fn add_round(&mut self, round: Round) -> Result<(), ModelError> {
        if self.round(round.id.as_str()).is_some() {
            return Err(ModelError::DuplicateRound(round.id.to_string()));
        }
        self.rounds.push(round);
        self.sort_rounds();
        Ok(())
    }

    /// Replace round `id` with `new`; a changed id moves its assessments along.
    pub fn update_round(&mut self, id: &str, new: Round) -> Result<(), ModelError> {
        let i = self
            .rounds
            .iter()
            .position(|r| r.id.as_str() == id)
            .ok_or_else(|| ModelError::UnknownRound(id.to_owned()))?;
        if new.id.as_str() != id {
            if self.round(new.id.as_str()).is_some() {
                return Err(ModelError::DuplicateRound(new.id.to_string()));
            }
            if let Some(by_m) = self.assessments.remove(id) {
                self.assessments.insert(new.id.clone(), by_m);
            }
        }
        self.rounds[i] = new;
        self.sort_rounds();
        Ok(())
    }

    /// Remove a round and all its assessments.
    pub fn remove_round(&mut self, id: &str) -> Result<Round, ModelError> {
        let i = self
            .rounds
            .iter()
            .position(|r| r.id.as_str() == id)
            .ok_or_else(|| ModelError::UnknownRound(id.to_owned()))?;
        self.assessments.remove(id);
        Ok(self.rounds.remove(i))
    }

    fn sort_rounds(&mut self) {
        self.rounds
            .sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    }

    /// Check an answer against the scale.
    pub fn check_answer(&self, answer: Option<Answer>) -> Result<(), ModelError> {
        let max = self.instrument.scale().max_level();
        match answer.and_then(Answer::level) {
            Some(level) if level > max => Err(ModelError::LevelOutOfScale { level, max }),
            _ => Ok(()),
        }
    }

    fn check_tally(&self, votes: &VoteTally) -> Result<(), ModelError> {
        let max = self.instrument.level_count();
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

    /// Change the record of one area; creates the assessment when needed.
    /// `now` is stamped as the change time.
    fn edit_score(
        &mut self,
        round: &str,
        ministry: &str,
        area: usize,
        now: Option<jiff::Timestamp>,
        edit: impl FnOnce(&mut AreaScore),
    ) -> Result<(), ModelError> {
        let areas = self.instrument.areas().len();
        if area >= areas {
            return Err(ModelError::UnknownArea(area + 1));
        }
        let round_id = self
            .round(round)
            .ok_or_else(|| ModelError::UnknownRound(round.to_owned()))?
            .id
            .clone();
        let ministry_id = self
            .ministry(ministry)
            .ok_or_else(|| ModelError::UnknownMinistry(ministry.to_owned()))?
            .id
            .clone();
        let assessment = self
            .assessments
            .entry(round_id)
            .or_default()
            .entry(ministry_id)
            .or_insert_with(|| Assessment::new(areas));
        let score = &mut assessment.scores[area];
        let before = score.clone();
        edit(score);
        if *score != before {
            score.updated = now.or(score.updated);
        }
        Ok(())
    }

    pub fn set_answer(
        &mut self,
        round: &str,
        ministry: &str,
        area: usize,
        answer: Option<Answer>,
        now: Option<jiff::Timestamp>,
    ) -> Result<(), ModelError> {
        self.check_answer(answer)?;
        self.edit_score(round, ministry, area, now, |s| s.answer = answer)
    }

    pub fn set_votes(
        &mut self,
        round: &str,
        ministry: &str,
        area: usize,
        mut votes: VoteTally,
        now: Option<jiff::Timestamp>,
    ) -> Result<(), ModelError> {
        self.check_tally(&votes)?;
        votes.levels.resize(self.instrument.level_count(), 0);
        if votes.is_empty() {
            votes = VoteTally::default();
        }
        self.edit_score(round, ministry, area, now, |s| s.votes = votes)
    }

    pub fn set_rationale(
        &mut self,
        round: &str,
        ministry: &str,
        area: usize,
        text: String,
        now: Option<jiff::Timestamp>,
    ) -> Result<(), ModelError> {
        self.edit_score(round, ministry, area, now, |s| s.rationale = text)
    }

    pub fn set_evidence(
        &mut self,
        round: &str,
        ministry: &str,
        area: usize,
        text: String,
        now: Option<jiff::Timestamp>,
    ) -> Result<(), ModelError> {
        self.edit_score(round, ministry, area, now, |s| s.evidence = text)
    }

    /// Replace a whole area record at once (import, undo of a paste).
    pub fn set_score(
        &mut self,
        round: &str,
        ministry: &str,
        area: usize,
        mut score: AreaScore,
    ) -> Result<(), ModelError> {
        self.check_answer(score.answer)?;
        self.check_tally(&score.votes)?;
        if !score.votes.is_empty() {
            score.votes.levels.resize(self.instrument.level_count(), 0);
        }
        self.edit_score(round, ministry, area, None, |s| *s = score)
    }

    pub fn set_assessment_notes(
        &mut self,
        round: &str,
        ministry: &str,
        notes: String,
    ) -> Result<(), ModelError> {
        let areas = self.instrument.areas().len();
        let r = self
            .round(round)
            .ok_or_else(|| ModelError::UnknownRound(round.to_owned()))?
            .id
            .clone();
        let m = self
            .ministry(ministry)
            .ok_or_else(|| ModelError::UnknownMinistry(ministry.to_owned()))?
            .id
            .clone();
        self.assessments
            .entry(r)
            .or_default()
            .entry(m)
            .or_insert_with(|| Assessment::new(areas))
            .notes = notes;
        Ok(())
    }
}

// ---- the stored form ----

/// The on-disk shape of one assessment.
#[derive(Deserialize)]
pub(crate) struct AssessmentData {
    pub round: RoundId,
    pub ministry: MinistryId,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub scores: UniqueMap<super::ids::AreaId, AreaScore>,
}

/// A JSON object read in order, refusing a key that appears twice (a plain map would
/// silently keep the last one).
pub(crate) struct UniqueMap<K, V>(pub Vec<(K, V)>);

impl<K, V> Default for UniqueMap<K, V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'de, K, V> Deserialize<'de> for UniqueMap<K, V>
where
    K: Deserialize<'de> + Ord + std::fmt::Display,
    V: Deserialize<'de>,
{
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<K, V>(std::marker::PhantomData<(K, V)>);
        impl<'de, K, V> serde::de::Visitor<'de> for Visit<K, V>
        where
            K: Deserialize<'de> + Ord + std::fmt::Display,
            V: Deserialize<'de>,
        {
            type Value = UniqueMap<K, V>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object keyed by area id")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut out: Vec<(K, V)> = Vec::new();
                while let Some((k, v)) = map.next_entry::<K, V>()? {
                    if out.iter().any(|(seen, _)| *seen == k) {
                        return Err(serde::de::Error::custom(format!(
                            "area `{k}` appears twice"
                        )));
                    }
                    out.push((k, v));
                }
                Ok(UniqueMap(out))
            }
        }
        d.deserialize_map(Visit(std::marker::PhantomData))
    }
}

/// Borrowed form for saving without copying.
#[derive(Serialize)]
pub(crate) struct AssessmentRef<'a> {
    pub round: &'a RoundId,
    pub ministry: &'a MinistryId,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub notes: &'a str,
    pub scores: ScoresRef<'a>,
}

/// The non-blank area records of an assessment, as a map in instrument order.
pub(crate) struct ScoresRef<'a> {
    instrument: &'a Instrument,
    scores: &'a [AreaScore],
}

impl Serialize for ScoresRef<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        for (area, score) in self.instrument.areas().iter().zip(self.scores) {
            if !score.is_blank() {
                map.serialize_entry(&area.id, score)?;
            }
        }
        map.end()
    }
}

/// Why stored workspace data is inconsistent; names the item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {problem}")]
pub struct DataError {
    pub place: String,
    pub problem: String,
}

impl Workspace {
    /// Build a workspace from stored parts, checking every cross-reference.
    pub(crate) fn from_parts(
        title: String,
        instrument: Instrument,
        ministries: Vec<Ministry>,
        rounds: Vec<Round>,
        assessments: Vec<AssessmentData>,
    ) -> Result<Self, DataError> {
        let fail = |place: String, problem: String| DataError { place, problem };
        let mut ws = Workspace::new(title, instrument);
        for (i, m) in ministries.into_iter().enumerate() {
            let id = m.id.to_string();
            ws.add_ministry(m)
                .map_err(|e| fail(format!("ministries[{i}] (`{id}`)"), e.to_string()))?;
        }
        for (i, r) in rounds.into_iter().enumerate() {
            let id = r.id.to_string();
            ws.add_round(r)
                .map_err(|e| fail(format!("rounds[{i}] (`{id}`)"), e.to_string()))?;
        }
        let areas = ws.instrument.areas().len();
        for (i, a) in assessments.into_iter().enumerate() {
            let place = format!(
                "assessments[{i}] (round `{}`, ministry `{}`)",
                a.round, a.ministry
            );
            if ws.round(a.round.as_str()).is_none() {
                return Err(fail(place, format!("unknown round `{}`", a.round)));
            }
            if ws.ministry(a.ministry.as_str()).is_none() {
                return Err(fail(place, format!("unknown ministry `{}`", a.ministry)));
            }
            let mut assessment = Assessment::new(areas);
            assessment.notes = a.notes;
            for (area_id, mut score) in a.scores.0 {
                let Some(k) = ws.instrument.area_index(area_id.as_str()) else {
                    return Err(fail(place, format!("unknown area `{area_id}`")));
                };
                let here =
                    |e: ModelError| fail(format!("{place}, area `{area_id}`"), e.to_string());
                ws.check_answer(score.answer).map_err(here)?;
                ws.check_tally(&score.votes).map_err(here)?;
                if !score.votes.is_empty() {
                    score.votes.levels.resize(ws.instrument.level_count(), 0);
                } else {
                    score.votes = VoteTally::default();
                }
                assessment.scores[k] = score;
            }
            let by_m = ws.assessments.entry(a.round).or_default();
            if by_m.insert(a.ministry, assessment).is_some() {
                return Err(fail(
                    place,
                    "this round and ministry appear twice".to_owned(),
                ));
            }
        }
        Ok(ws)
    }

    /// The assessments in stored form, ordered like [`Self::assessments`].
    pub(crate) fn assessment_refs(&self) -> Vec<AssessmentRef<'_>> {
        self.assessments()
            .filter(|(_, _, a)| !a.is_blank())
            .map(|(round, ministry, a)| AssessmentRef {
                round,
                ministry,
                notes: &a.notes,
                scores: ScoresRef {
                    instrument: &self.instrument,
                    scores: &a.scores,
                },
            })
            .collect()
    }
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
            instrument_version: "test".into(),
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
        assert!(matches!(
            ws.set_answer("nope", "A", 0, lvl(1), None),
            Err(ModelError::UnknownRound(_))
        ));
        assert!(matches!(
            ws.set_answer("r1", "Z", 0, lvl(1), None),
            Err(ModelError::UnknownMinistry(_))
        ));
        assert_eq!(
            ws.set_answer("r1", "A", 10, lvl(1), None),
            Err(ModelError::UnknownArea(11))
        );
        assert_eq!(
            ws.set_answer("r1", "A", 0, lvl(5), None),
            Err(ModelError::LevelOutOfScale { level: 5, max: 4 })
        );
        let votes = VoteTally {
            levels: vec![0, 0, 0, 0, 2],
            na: 0,
            ni: 0,
        };
        assert!(matches!(
            ws.set_votes("r1", "A", 0, votes, None),
            Err(ModelError::TallyTooLong { .. })
        ));
        assert!(
            ws.assessment("r1", "A").is_none(),
            "failed edits create nothing"
        );
    }

    #[test]
    fn edits_stamp_time_only_on_change() {
        let mut ws = small();
        let t1: jiff::Timestamp = "2024-01-01T00:00:00Z".parse().unwrap();
        let t2: jiff::Timestamp = "2024-01-02T00:00:00Z".parse().unwrap();
        ws.set_answer("r1", "A", 2, lvl(3), Some(t1)).unwrap();
        ws.set_answer("r1", "A", 2, lvl(3), Some(t2)).unwrap();
        let s = ws.score("r1", "A", 2).unwrap();
        assert_eq!((s.answer, s.updated), (lvl(3), Some(t1)));
        ws.set_rationale("r1", "A", 2, "Because".into(), Some(t2))
            .unwrap();
        assert_eq!(ws.score("r1", "A", 2).unwrap().updated, Some(t2));
    }

    #[test]
    fn renaming_and_removing_keep_assessments_consistent() {
        let mut ws = small();
        ws.set_answer("r1", "A", 0, lvl(2), None).unwrap();
        let mut renamed = ministry("AA");
        renamed.name = "Renamed".into();
        ws.update_ministry("A", renamed).unwrap();
        assert_eq!(ws.score("r1", "AA", 0).unwrap().answer, lvl(2));
        assert!(ws.assessment("r1", "A").is_none());
        assert!(ws.has_data_for_ministry("AA"));
        assert!(
            ws.update_ministry("AA", ministry("B")).is_err(),
            "code taken"
        );

        let mut r = round("base", "2022-08-04");
        r.title = "Baseline".into();
        ws.update_round("r1", r).unwrap();
        assert_eq!(ws.score("base", "AA", 0).unwrap().answer, lvl(2));
        assert_eq!(ws.find_round("baseline").unwrap().id.as_str(), "base");

        ws.remove_ministry("AA").unwrap();
        assert_eq!(ws.assessments().count(), 0);
        ws.set_answer("r2", "B", 0, lvl(4), None).unwrap();
        ws.remove_round("r2").unwrap();
        assert_eq!(ws.assessments().count(), 0);
        assert_eq!(ws.rounds().len(), 1);
    }

    #[test]
    fn move_ministry_clamps() {
        let mut ws = small();
        ws.move_ministry("A", 1);
        assert_eq!(ws.ministries()[1].id.as_str(), "A");
        ws.move_ministry("A", 5);
        assert_eq!(ws.ministries()[1].id.as_str(), "A");
        ws.move_ministry("A", -9);
        assert_eq!(ws.ministries()[0].id.as_str(), "A");
    }

    #[test]
    fn votes_are_normalised_to_the_scale() {
        let mut ws = small();
        let v = VoteTally {
            levels: vec![1, 2],
            na: 0,
            ni: 0,
        };
        ws.set_votes("r1", "A", 1, v, None).unwrap();
        assert_eq!(
            ws.score("r1", "A", 1).unwrap().votes.levels,
            vec![1, 2, 0, 0]
        );
        ws.set_votes("r1", "A", 1, VoteTally::zero(4), None)
            .unwrap();
        assert!(ws.score("r1", "A", 1).unwrap().votes.levels.is_empty());
    }
}
