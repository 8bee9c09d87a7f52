//! The primitives edits are made of: each checks what it is given, changes the
//! workspace only when everything is valid, and returns what an undo needs.

use crate::language::LanguageTag;
use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Assessment, Ministry, MinistryIndex, ModelError, Round, Workspace};
use crate::followup::Attendance;
use crate::ids::{AreaId, MinistryId, RoundId, ScoreRef};
use crate::instrument::Instrument;
use crate::score::AreaScore;
use crate::table::Table;

impl Workspace {
    pub fn set_title(&mut self, title: impl Into<String>) -> String {
        std::mem::replace(&mut self.title, title.into())
    }

    /// Returns the language it replaces.
    pub fn set_language(&mut self, language: Option<LanguageTag>) -> Option<LanguageTag> {
        std::mem::replace(&mut self.language, language)
    }

    /// Hold another instrument version. The same version twice is fine only with the
    /// same texts. Returns whether it was new.
    pub fn add_instrument(&mut self, instrument: Instrument) -> Result<bool, ModelError> {
        match self.instruments.get(instrument.version()) {
            // The same texts, translated or not: the version held stays (and a copy of
            // the shipped instrument borrows its translations when shown).
            Some(held) if held.same_texts(&instrument) => Ok(false),
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
        self.instruments.remove(version).map(Arc::unwrap_or_clone)
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
        // Codes ignore case (imports match them so): `mof` and `MoF` are one ministry.
        if self.find_ministry(ministry.id.as_str()).is_some() {
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
            let taken = self
                .find_ministry(new.id.as_str())
                .is_some_and(|other| other.id.as_str() != id);
            if taken {
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
        crate::table::check_len("round notes", &round.notes)?;
        crate::review::Review::from_steps(round.review.steps().to_vec())?;
        // Table codes reach one ministry each: well-formed, and never shared.
        let mut codes = std::collections::BTreeSet::new();
        for (m, t) in &round.tables {
            if self.ministry(m.as_str()).is_none() {
                return Err(ModelError::UnknownMinistry(m.to_string()));
            }
            if !crate::table::is_valid_code(&t.code) {
                return Err(ModelError::BadTableCode(crate::ids::quoted(&t.code)));
            }
            if !codes.insert(t.code.as_str()) {
                return Err(ModelError::DuplicateTableCode(t.code.clone()));
            }
            crate::table::check_len("note to the table", &t.note)?;
        }
        Ok(())
    }

    /// Replace round `id` with `new`; a changed id moves its assessments along. The
    /// instrument version of a round with scores cannot change (past ratings are never
    /// re-rated). Returns the round as it was.
    pub fn update_round(&mut self, id: &str, mut new: Round) -> Result<Round, ModelError> {
        let i = self
            .rounds
            .iter()
            .position(|r| r.id.as_str() == id)
            .ok_or_else(|| ModelError::UnknownRound(id.to_owned()))?;
        // The review and the sources change only through their own edits.
        new.review = self.rounds[i].review.clone();
        new.sources = self.rounds[i].sources.clone();
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

    /// Replace a round's review (checked against the rules); returns the old one.
    pub fn set_review(
        &mut self,
        id: &str,
        review: crate::review::Review,
    ) -> Result<crate::review::Review, ModelError> {
        let review = crate::review::Review::from_steps(review.steps().to_vec())?;
        let round = self
            .rounds
            .iter_mut()
            .find(|r| r.id.as_str() == id)
            .ok_or_else(|| ModelError::UnknownRound(id.to_owned()))?;
        Ok(std::mem::replace(&mut round.review, review))
    }

    /// Replace the sources a round was merged from; returns the old ones.
    pub fn set_sources(
        &mut self,
        id: &str,
        sources: Vec<crate::merge::Source>,
    ) -> Result<Vec<crate::merge::Source>, ModelError> {
        let round = self
            .rounds
            .iter_mut()
            .find(|r| r.id.as_str() == id)
            .ok_or_else(|| ModelError::UnknownRound(id.to_owned()))?;
        Ok(std::mem::replace(&mut round.sources, sources))
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

    /// Set who took part for a ministry in a round; returns what was recorded.
    pub fn set_attendance(
        &mut self,
        round: &RoundId,
        ministry: &MinistryId,
        attendance: Attendance,
    ) -> Result<Attendance, ModelError> {
        crate::table::check_len("list of offices", &attendance.offices)?;
        self.with_assessment(round, ministry, |a| {
            std::mem::replace(&mut a.attendance, attendance)
        })
    }

    /// Change one assessment (created if missing, dropped if left blank).
    fn with_assessment<T>(
        &mut self,
        round: &RoundId,
        ministry: &MinistryId,
        f: impl FnOnce(&mut Assessment) -> T,
    ) -> Result<T, ModelError> {
        if self.round(round.as_str()).is_none() {
            return Err(ModelError::UnknownRound(round.to_string()));
        }
        if self.ministry(ministry.as_str()).is_none() {
            return Err(ModelError::UnknownMinistry(ministry.to_string()));
        }
        let by_m = self.assessments.entry(round.clone()).or_default();
        let slot = by_m.entry(ministry.clone()).or_default();
        let out = f(Arc::make_mut(slot));
        if slot.is_blank() {
            by_m.remove(ministry);
            if by_m.is_empty() {
                self.assessments.remove(round);
            }
        }
        Ok(out)
    }

    /// Set the notes of an assessment; returns the old notes.
    pub fn set_notes(
        &mut self,
        round: &RoundId,
        ministry: &MinistryId,
        notes: String,
    ) -> Result<String, ModelError> {
        self.with_assessment(round, ministry, |a| std::mem::replace(&mut a.notes, notes))
    }

    /// Give `ministry`'s table in `round` its access (or take it away); returns what
    /// it had. Codes are unique within a round.
    pub fn set_table(
        &mut self,
        round: &RoundId,
        ministry: &MinistryId,
        table: Option<Table>,
    ) -> Result<Option<Table>, ModelError> {
        if self.ministry(ministry.as_str()).is_none() {
            return Err(ModelError::UnknownMinistry(ministry.to_string()));
        }
        let Some(r) = self.rounds.iter_mut().find(|r| &r.id == round) else {
            return Err(ModelError::UnknownRound(round.to_string()));
        };
        if let Some(t) = &table {
            if !crate::table::is_valid_code(&t.code) {
                return Err(ModelError::BadTableCode(crate::ids::quoted(&t.code)));
            }
            let taken = r
                .tables
                .iter()
                .any(|(m, o)| m != ministry && o.code == t.code);
            if taken {
                return Err(ModelError::DuplicateTableCode(t.code.clone()));
            }
        }
        Ok(match table {
            Some(t) => r.tables.insert(ministry.clone(), t),
            None => r.tables.remove(ministry),
        })
    }

    /// Put a whole assessment in place (loading a file). The scores are checked
    /// against the round's instrument.
    pub fn insert_assessment(
        &mut self,
        round: &RoundId,
        ministry: &MinistryId,
        notes: String,
        attendance: Attendance,
        scores: Vec<(AreaId, AreaScore)>,
    ) -> Result<(), (Option<AreaId>, ModelError)> {
        let inst = self
            .instrument_for(round.as_str())
            .ok_or_else(|| (None, ModelError::UnknownRound(round.to_string())))?;
        if self.ministry(ministry.as_str()).is_none() {
            return Err((None, ModelError::UnknownMinistry(ministry.to_string())));
        }
        crate::table::check_len("notes", &notes).map_err(|e| (None, e))?;
        let mut a = Assessment {
            notes,
            attendance,
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
