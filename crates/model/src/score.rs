//! What is recorded for one area of one assessment: the agreed answer, the vote tally,
//! the rationale and evidence.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::instrument::{MAX_LEVELS, Scale};

/// A level on the scale, 1 (lowest) to at most [`MAX_LEVELS`]. Whether it fits a given
/// instrument's scale is checked where the score enters a workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Level(u8);

impl Level {
    /// `None` for 0 or anything above [`MAX_LEVELS`].
    pub fn new(value: u8) -> Option<Self> {
        (1..=MAX_LEVELS as u8)
            .contains(&value)
            .then_some(Self(value))
    }
    pub fn get(self) -> u8 {
        self.0
    }
}

/// An agreed answer for an area. "Not yet scored" is the absence of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Level(Level),
    /// Not applicable: the area does not apply. Never a number.
    NotApplicable,
    /// Insufficient information to agree a level. Never a number.
    InsufficientInfo,
}

impl Answer {
    pub fn level(self) -> Option<u8> {
        match self {
            Answer::Level(l) => Some(l.get()),
            _ => None,
        }
    }

    /// Short code: `3`, `NA` or `NI`.
    pub fn code(self) -> String {
        match self {
            Answer::Level(l) => l.get().to_string(),
            Answer::NotApplicable => "NA".to_owned(),
            Answer::InsufficientInfo => "NI".to_owned(),
        }
    }

    /// Code and label, e.g. `3 Established` or `NA Not applicable`.
    pub fn describe(self, scale: &Scale) -> String {
        match self {
            Answer::Level(l) => format!("{} {}", l.get(), scale.label(l.get())),
            Answer::NotApplicable => scale.not_applicable.label.clone(),
            Answer::InsufficientInfo => scale.insufficient_information.label.clone(),
        }
    }

    /// Parse `1`-`10`, `NA` or `NI` (case-insensitive; `N/A` too).
    pub fn parse(text: &str) -> Result<Self, AnswerParseError> {
        let t = text.trim();
        match t.to_ascii_uppercase().as_str() {
            "NA" | "N/A" => return Ok(Answer::NotApplicable),
            "NI" => return Ok(Answer::InsufficientInfo),
            _ => {}
        }
        t.parse::<u8>()
            .ok()
            .and_then(Level::new)
            .map(Answer::Level)
            .ok_or_else(|| AnswerParseError(t.to_owned()))
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

/// A score text that is neither a level nor NA/NI.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a score: use a level number, NA (not applicable) or NI (insufficient information)"
)]
pub struct AnswerParseError(pub String);

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Level(l) => s.serialize_u8(l.get()),
            Answer::NotApplicable => s.serialize_str("NA"),
            Answer::InsufficientInfo => s.serialize_str("NI"),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a level from 1 to {MAX_LEVELS}, \"NA\" or \"NI\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Answer, E> {
                u8::try_from(v)
                    .ok()
                    .and_then(Level::new)
                    .map(Answer::Level)
                    .ok_or_else(|| {
                        E::custom(format!("level {v} is not on any scale (1 to {MAX_LEVELS})"))
                    })
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Answer, E> {
                u64::try_from(v)
                    .map_err(|_| {
                        E::custom(format!("level {v} is not on any scale (1 to {MAX_LEVELS})"))
                    })
                    .and_then(|v| self.visit_u64(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Answer, E> {
                match v {
                    "NA" => Ok(Answer::NotApplicable),
                    "NI" => Ok(Answer::InsufficientInfo),
                    _ => Err(E::custom(format!(
                        "`{v}` is not an answer: use a level number, \"NA\" or \"NI\""
                    ))),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// Where votes come from. Counts from each source are kept apart and add up, so phone
/// votes and the facilitator's count of cards never overwrite each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VoteSource {
    /// Cards or hands, counted by the facilitator.
    Cards,
    /// Phones voting over the local network.
    Phones,
}

impl VoteSource {
    pub fn name(self) -> &'static str {
        match self {
            VoteSource::Cards => "cards",
            VoteSource::Phones => "phones",
        }
    }
}

/// Votes cast in the room for one area: counts only, never who voted what.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteTally {
    /// Votes per level; index 0 is level 1. Its length is the scale's level count
    /// (or empty when no votes were ever entered).
    #[serde(default)]
    pub levels: Vec<u32>,
    #[serde(default)]
    pub na: u32,
    #[serde(default)]
    pub ni: u32,
}

/// Summary figures of a [`VoteTally`].
#[derive(Clone, Debug, PartialEq)]
pub struct TallyStats {
    /// All votes, levels plus NA and NI.
    pub n: u32,
    /// Median of the level votes (NA and NI excluded); `None` with no level votes.
    pub median: Option<f64>,
    /// The answer with the most votes; `None` with no votes or a tie for first place.
    pub mode: Option<Answer>,
    /// Share of all votes given to the most voted answer (0.0-1.0).
    pub agreement: Option<f64>,
}

impl VoteTally {
    /// A zero tally for a scale with `levels` levels.
    pub fn zero(levels: usize) -> Self {
        Self {
            levels: vec![0; levels],
            na: 0,
            ni: 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }

    /// All votes, as u64 so that huge counts cannot overflow.
    pub fn total(&self) -> u64 {
        self.levels.iter().map(|&c| u64::from(c)).sum::<u64>()
            + u64::from(self.na)
            + u64::from(self.ni)
    }

    /// The count for one answer.
    pub fn count(&self, answer: Answer) -> u32 {
        match answer {
            Answer::Level(l) => self
                .levels
                .get(usize::from(l.get()) - 1)
                .copied()
                .unwrap_or(0),
            Answer::NotApplicable => self.na,
            Answer::InsufficientInfo => self.ni,
        }
    }

    /// Mutable count for one answer, growing the level vector to `level_count` first.
    pub fn count_mut(&mut self, answer: Answer, level_count: usize) -> &mut u32 {
        if self.levels.len() < level_count {
            self.levels.resize(level_count, 0);
        }
        match answer {
            Answer::Level(l) => {
                let i = usize::from(l.get()) - 1;
                if self.levels.len() <= i {
                    self.levels.resize(i + 1, 0);
                }
                &mut self.levels[i]
            }
            Answer::NotApplicable => &mut self.na,
            Answer::InsufficientInfo => &mut self.ni,
        }
    }

    /// The same counts with the level vector sized for a scale of `levels` levels, or
    /// the empty tally when there are no votes (the stored form).
    pub fn normalized(mut self, levels: usize) -> Self {
        if self.is_empty() {
            return Self::default();
        }
        self.levels.resize(levels, 0);
        self
    }

    /// Both tallies added up.
    pub fn plus(&self, other: &VoteTally) -> VoteTally {
        let n = self.levels.len().max(other.levels.len());
        let at = |t: &VoteTally, i: usize| t.levels.get(i).copied().unwrap_or(0);
        VoteTally {
            levels: (0..n)
                .map(|i| at(self, i).saturating_add(at(other, i)))
                .collect(),
            na: self.na.saturating_add(other.na),
            ni: self.ni.saturating_add(other.ni),
        }
    }

    pub fn stats(&self) -> TallyStats {
        let total = self.total();
        let n = u32::try_from(total).unwrap_or(u32::MAX);
        let counts: Vec<u64> = self.levels.iter().map(|&c| u64::from(c)).collect();
        let median = super::stats::median_of_counts(&counts);
        let mut options: Vec<(Answer, u32)> = self
            .levels
            .iter()
            .enumerate()
            .filter_map(|(i, &c)| Level::new(i as u8 + 1).map(|l| (Answer::Level(l), c)))
            .collect();
        options.push((Answer::NotApplicable, self.na));
        options.push((Answer::InsufficientInfo, self.ni));
        let best = options.iter().map(|&(_, c)| c).max().unwrap_or(0);
        let (mode, agreement) = if total == 0 {
            (None, None)
        } else {
            let at_best: Vec<Answer> = options
                .iter()
                .filter(|&&(_, c)| c == best)
                .map(|&(a, _)| a)
                .collect();
            let mode = (at_best.len() == 1).then(|| at_best[0]);
            (mode, Some(f64::from(best) / total as f64))
        };
        TallyStats {
            n,
            median,
            mode,
            agreement,
        }
    }
}

/// Everything recorded for one area of one assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaScore {
    /// The answer the room agreed; `None` = not yet scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    /// Votes counted by the facilitator (cards, hands).
    #[serde(default, skip_serializing_if = "VoteTally::is_empty")]
    pub votes: VoteTally,
    /// Votes from phones over the local network (counts only).
    #[serde(default, skip_serializing_if = "VoteTally::is_empty")]
    pub phone_votes: VoteTally,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rationale: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// Seconds the room spent discussing this area (the facilitator's timer).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub discussed_secs: u32,
    /// When anything in this record last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<jiff::Timestamp>,
    /// What the ministry's own table proposed (table scoring), apart from the agreed answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<crate::table::Proposal>,
    /// Table scoring: why the room agreed otherwise than the table proposed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub differs_from_table: String,
    /// A dissent or minority view the room wanted on the record.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dissent: String,
    /// Why the agreed level differs from the previous round's, when asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<crate::followup::ChangeReason>,
    /// Actions agreed for this area, followed up in the next round.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<crate::followup::Action>,
    /// Reviewers' comments and the responses (the comments matrix).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<crate::review::Comment>,
    /// The file this record's fields last came from in a merge (its title); the
    /// round's `sources` say when, from which venue and facilitator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl AreaScore {
    /// True when nothing at all has been recorded.
    pub fn is_blank(&self) -> bool {
        self.answer.is_none()
            && self.votes.is_empty()
            && self.phone_votes.is_empty()
            && self.rationale.is_empty()
            && self.evidence.is_empty()
            && self.discussed_secs == 0
            && self.proposal.is_none()
            && self.differs_from_table.is_empty()
            && self.dissent.is_empty()
            && self.reason.is_none()
            && self.actions.is_empty()
            && self.comments.is_empty()
            && self.source.is_none()
    }

    /// The tally of one source.
    pub fn tally(&self, source: VoteSource) -> &VoteTally {
        match source {
            VoteSource::Cards => &self.votes,
            VoteSource::Phones => &self.phone_votes,
        }
    }

    pub fn tally_mut(&mut self, source: VoteSource) -> &mut VoteTally {
        match source {
            VoteSource::Cards => &mut self.votes,
            VoteSource::Phones => &mut self.phone_votes,
        }
    }

    /// All votes: cards and phones together.
    pub fn all_votes(&self) -> VoteTally {
        self.votes.plus(&self.phone_votes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lvl(v: u8) -> Answer {
        Answer::Level(Level::new(v).unwrap())
    }

    #[test]
    fn parses_answers() {
        assert_eq!(Answer::parse(" 3 "), Ok(lvl(3)));
        assert_eq!(Answer::parse("na"), Ok(Answer::NotApplicable));
        assert_eq!(Answer::parse("N/A"), Ok(Answer::NotApplicable));
        assert_eq!(Answer::parse("NI"), Ok(Answer::InsufficientInfo));
        for bad in ["0", "11", "x", "", "-1", "2.5"] {
            assert!(Answer::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn answers_serialize_as_numbers_and_codes() {
        assert_eq!(serde_json::to_string(&lvl(2)).unwrap(), "2");
        assert_eq!(
            serde_json::to_string(&Answer::NotApplicable).unwrap(),
            "\"NA\""
        );
        let a: Answer = serde_json::from_str("\"NI\"").unwrap();
        assert_eq!(a, Answer::InsufficientInfo);
        for bad in ["0", "11", "-3", "\"x\"", "2.5", "null", "[1]"] {
            assert!(serde_json::from_str::<Answer>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn tally_stats() {
        let t = VoteTally {
            levels: vec![0, 2, 5, 1],
            na: 0,
            ni: 2,
        };
        let s = t.stats();
        assert_eq!(s.n, 10);
        assert_eq!(s.median, Some(3.0));
        assert_eq!(s.mode, Some(lvl(3)));
        assert_eq!(s.agreement, Some(0.5));
    }

    #[test]
    fn tally_even_median_tie_and_empty() {
        let t = VoteTally {
            levels: vec![1, 1, 0, 0],
            na: 0,
            ni: 0,
        };
        let s = t.stats();
        assert_eq!(s.median, Some(1.5));
        assert_eq!(s.mode, None, "a tie has no single mode");
        assert_eq!(s.agreement, Some(0.5));
        let e = VoteTally::zero(4).stats();
        assert_eq!((e.n, e.median, e.mode, e.agreement), (0, None, None, None));
        let only_na = VoteTally {
            levels: vec![0; 4],
            na: 3,
            ni: 0,
        };
        let s = only_na.stats();
        assert_eq!((s.median, s.mode), (None, Some(Answer::NotApplicable)));
    }

    #[test]
    fn sources_add_up() {
        let cards = VoteTally {
            levels: vec![1, 0, 2, 0],
            na: 1,
            ni: 0,
        };
        let phones = VoteTally {
            levels: vec![0, 3],
            na: 0,
            ni: 4,
        };
        let all = cards.plus(&phones);
        assert_eq!(all.levels, vec![1, 3, 2, 0]);
        assert_eq!((all.na, all.ni, all.total()), (1, 4, 11));
        assert_eq!(VoteTally::zero(4).normalized(4), VoteTally::default());
        assert_eq!(phones.normalized(4).levels, vec![0, 3, 0, 0]);
    }

    #[test]
    fn count_mut_grows_and_counts() {
        let mut t = VoteTally::default();
        *t.count_mut(lvl(2), 4) += 3;
        *t.count_mut(Answer::InsufficientInfo, 4) += 1;
        assert_eq!(t.levels, vec![0, 3, 0, 0]);
        assert_eq!(t.count(lvl(2)), 3);
        assert_eq!(t.count(lvl(9)), 0);
        assert_eq!(t.total(), 4);
    }
}
