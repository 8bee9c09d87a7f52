//! Statistics over agreed answers and votes.
//!
//! CODI defines no aggregation rule; these are the app's own conventions and are labelled
//! as such wherever shown: the median of agreed levels is the headline figure (the scale
//! is ordinal), the mean is "indicative", and NA / NI are never counted as numbers.

use super::compare::comparability;
use super::followup::ReasonKind;
use super::ids::{AreaId, RoundId};
use super::score::Answer;
use super::workspace::Workspace;
use crate::ids::MinistryId;

/// The label shown next to every aggregate figure.
pub const METHOD_NOTE: &str = "Median of agreed levels (NA and NI excluded); the mean is indicative only. \
These are this app's conventions: CODI itself defines no aggregation rule.";

/// Median of per-level counts (`counts[0]` = votes for level 1). Even totals give the
/// midpoint of the two middle values.
pub fn median_of_counts(counts: &[u64]) -> Option<f64> {
    let n: u64 = counts.iter().sum();
    if n == 0 {
        return None;
    }
    // 0-based positions of the lower and upper middle values.
    let lo = (n - 1) / 2;
    let hi = n / 2;
    let value_at = |pos: u64| {
        let mut seen = 0;
        for (i, &c) in counts.iter().enumerate() {
            seen += c;
            if pos < seen {
                return (i + 1) as f64;
            }
        }
        counts.len() as f64
    };
    Some((value_at(lo) + value_at(hi)) / 2.0)
}

/// Median of levels; `None` for no values.
pub fn median(levels: &[u8]) -> Option<f64> {
    let mut v = levels.to_vec();
    v.sort_unstable();
    let n = v.len();
    if n == 0 {
        return None;
    }
    Some((f64::from(v[(n - 1) / 2]) + f64::from(v[n / 2])) / 2.0)
}

/// Arithmetic mean of levels (indicative only on an ordinal scale).
pub fn mean(levels: &[u8]) -> Option<f64> {
    if levels.is_empty() {
        return None;
    }
    Some(levels.iter().map(|&l| f64::from(l)).sum::<f64>() / levels.len() as f64)
}

/// How much of an assessment has an agreed answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub areas: usize,
    /// Areas with a level.
    pub levels: usize,
    pub na: usize,
    pub ni: usize,
}

impl Coverage {
    pub fn of(answers: impl IntoIterator<Item = Option<Answer>>) -> Self {
        let mut c = Coverage::default();
        for a in answers {
            c.areas += 1;
            match a {
                Some(Answer::Level(_)) => c.levels += 1,
                Some(Answer::NotApplicable) => c.na += 1,
                Some(Answer::InsufficientInfo) => c.ni += 1,
                None => {}
            }
        }
        c
    }
    /// Areas with any agreed answer (level, NA or NI).
    pub fn answered(&self) -> usize {
        self.levels + self.na + self.ni
    }
    pub fn unscored(&self) -> usize {
        self.areas - self.answered()
    }
    /// Answered share, 0.0-1.0.
    pub fn fraction(&self) -> f64 {
        if self.areas == 0 {
            0.0
        } else {
            self.answered() as f64 / self.areas as f64
        }
    }
    /// E.g. `9/10 answered (7 levels, 1 NA, 1 NI)`.
    pub fn describe(&self) -> String {
        format!(
            "{}/{} answered ({} levels, {} NA, {} NI)",
            self.answered(),
            self.areas,
            self.levels,
            self.na,
            self.ni
        )
    }
}

/// Headline figures for one ministry in one round.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub answers: Vec<Option<Answer>>,
    pub coverage: Coverage,
    pub median: Option<f64>,
    /// Indicative only.
    pub mean: Option<f64>,
}

impl Summary {
    pub fn of(answers: Vec<Option<Answer>>) -> Self {
        let levels: Vec<u8> = answers
            .iter()
            .filter_map(|a| a.and_then(Answer::level))
            .collect();
        Self {
            coverage: Coverage::of(answers.iter().copied()),
            median: median(&levels),
            mean: mean(&levels),
            answers,
        }
    }
}

/// The answers of one ministry in one round, one per area of the round's instrument
/// (`None` where unscored; empty for an unknown round).
pub fn answers(ws: &Workspace, round: &RoundId, ministry: &MinistryId) -> Vec<Option<Answer>> {
    let Some(inst) = ws.instrument_for(round.as_str()) else {
        return Vec::new();
    };
    let a = ws.assessment(round, ministry);
    inst.areas()
        .iter()
        .map(|area| a.and_then(|a| a.answer(area.id.as_str())))
        .collect()
}

pub fn summary(ws: &Workspace, round: &RoundId, ministry: &MinistryId) -> Summary {
    Summary::of(answers(ws, round, ministry))
}

/// One point of an area's history.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    pub round: RoundId,
    pub date: jiff::civil::Date,
    pub answer: Option<Answer>,
    /// The round's instrument has this area.
    pub present: bool,
    /// Not comparable with the previous round that has the area (its definition
    /// changed): a trend line breaks here.
    pub breaks: bool,
}

/// A ministry's answers for one area in every round, oldest first.
pub fn area_series(ws: &Workspace, ministry: &MinistryId, area: &AreaId) -> Vec<SeriesPoint> {
    let mut last_present: Option<&RoundId> = None;
    ws.rounds()
        .iter()
        .map(|r| {
            let present = ws
                .instrument_for(r.id.as_str())
                .is_some_and(|i| i.area(area).is_some());
            let breaks = present
                && last_present
                    .is_some_and(|prev| !comparability(ws, prev, &r.id, area).is_comparable());
            if present {
                last_present = Some(&r.id);
            }
            SeriesPoint {
                round: r.id.clone(),
                date: r.date,
                answer: ws.answer(&r.id, ministry, area),
                present,
                breaks,
            }
        })
        .collect()
}

/// How one area's agreed answer moved between two rounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Both rounds have a level; the difference (later minus earlier).
    Moved(i16),
    /// Both rounds have a different level, and the later round recorded a reason that
    /// is not a change in performance (new evidence, another reading, an earlier
    /// error, a changed definition, other): a re-rating, never improved or declined.
    Rerated(i16),
    /// A level now, none before (unscored, NA or NI before).
    NewlyScored,
    /// A level before, none now.
    NoLongerScored,
    /// No level in either round.
    NoLevels,
    /// The area changed between the two rounds' instruments (or is missing from one):
    /// the scores are not compared.
    NotComparable,
}

impl Change {
    pub fn between(from: Option<Answer>, to: Option<Answer>) -> Self {
        match (from.and_then(Answer::level), to.and_then(Answer::level)) {
            (Some(a), Some(b)) => Change::Moved(i16::from(b) - i16::from(a)),
            (None, Some(_)) => Change::NewlyScored,
            (Some(_), None) => Change::NoLongerScored,
            (None, None) => Change::NoLevels,
        }
    }

    /// A level move reclassified by the reason the later round recorded: a move
    /// put down to anything but performance is a re-rating. No reason (or "not
    /// given") leaves it a move: nobody said it was not performance.
    pub fn with_reason(self, reason: Option<ReasonKind>) -> Self {
        match (self, reason) {
            (Change::Moved(d), Some(k))
                if d != 0 && !k.is_performance() && k != ReasonKind::NotGiven =>
            {
                Change::Rerated(d)
            }
            (c, _) => c,
        }
    }

    /// The level difference of a move or a re-rating.
    pub fn delta(self) -> Option<i16> {
        match self {
            Change::Moved(d) | Change::Rerated(d) => Some(d),
            _ => None,
        }
    }

    /// How the change is counted: `improved`, `declined`, `unchanged`, `re-rated`,
    /// `newly scored`, `no longer scored`, `not comparable`, or empty.
    pub fn kind(self) -> &'static str {
        match self {
            Change::Moved(d) if d > 0 => "improved",
            Change::Moved(d) if d < 0 => "declined",
            Change::Moved(_) => "unchanged",
            Change::Rerated(_) => "re-rated",
            Change::NewlyScored => "newly scored",
            Change::NoLongerScored => "no longer scored",
            Change::NotComparable => "not comparable",
            Change::NoLevels => "",
        }
    }

    /// E.g. `+1`, `0`, `-2`, `re-rated +1`, `new`, `dropped`, `n/c`, or empty.
    pub fn describe(self) -> String {
        match self {
            Change::Moved(d) if d > 0 => format!("+{d}"),
            Change::Moved(d) => d.to_string(),
            Change::Rerated(d) if d > 0 => format!("re-rated +{d}"),
            Change::Rerated(d) => format!("re-rated {d}"),
            Change::NewlyScored => "new".to_owned(),
            Change::NoLongerScored => "dropped".to_owned(),
            Change::NoLevels => String::new(),
            Change::NotComparable => "n/c".to_owned(),
        }
    }
}

/// Counts of improved / unchanged / declined areas; re-rated, new, dropped and not
/// comparable kept apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    pub improved: usize,
    pub unchanged: usize,
    pub declined: usize,
    /// Level moves the room put down to something other than performance.
    pub rerated: usize,
    pub newly_scored: usize,
    pub no_longer_scored: usize,
    pub not_comparable: usize,
}

impl ChangeCounts {
    pub fn of(changes: impl IntoIterator<Item = Change>) -> Self {
        let mut c = Self::default();
        for ch in changes {
            match ch {
                Change::Moved(d) if d > 0 => c.improved += 1,
                Change::Moved(0) => c.unchanged += 1,
                Change::Moved(_) => c.declined += 1,
                Change::Rerated(_) => c.rerated += 1,
                Change::NewlyScored => c.newly_scored += 1,
                Change::NoLongerScored => c.no_longer_scored += 1,
                Change::NotComparable => c.not_comparable += 1,
                Change::NoLevels => {}
            }
        }
        c
    }
}

/// The change between two rounds for one ministry and area, comparability and the
/// later round's recorded reason included (a re-rating is not a move).
pub fn change_of(
    ws: &Workspace,
    ministry: &MinistryId,
    from: &RoundId,
    to: &RoundId,
    area: &AreaId,
) -> Change {
    if !comparability(ws, from, to, area).is_comparable() {
        return Change::NotComparable;
    }
    let reason = ws
        .score(to, ministry, area)
        .and_then(|s| s.reason.as_ref())
        .map(|r| r.kind);
    Change::between(
        ws.answer(from, ministry, area),
        ws.answer(to, ministry, area),
    )
    .with_reason(reason)
}

/// Per-area change of one ministry between two rounds, over the later round's areas.
pub fn changes(
    ws: &Workspace,
    ministry: &MinistryId,
    from: &RoundId,
    to: &RoundId,
) -> Vec<(AreaId, Change)> {
    let Some(inst) = ws.instrument_for(to.as_str()) else {
        return Vec::new();
    };
    inst.areas()
        .iter()
        .map(|a| (a.id.clone(), change_of(ws, ministry, from, to, &a.id)))
        .collect()
}

/// How the ministries' agreed answers for one area spread in a round.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Distribution {
    /// Ministries per level; index 0 = level 1.
    pub levels: Vec<usize>,
    pub na: usize,
    pub ni: usize,
    pub unscored: usize,
}

impl Distribution {
    pub fn median(&self) -> Option<f64> {
        let counts: Vec<u64> = self.levels.iter().map(|&c| c as u64).collect();
        median_of_counts(&counts)
    }
    pub fn level_total(&self) -> usize {
        self.levels.iter().sum()
    }
}

/// For each area of the round's instrument, how the ministries (all, or those in
/// `only`) answered in `round`.
pub fn round_distribution(
    ws: &Workspace,
    round: &RoundId,
    only: Option<&[&str]>,
) -> Vec<Distribution> {
    let Some(inst) = ws.instrument_for(round) else {
        return Vec::new();
    };
    let mut out = vec![
        Distribution {
            levels: vec![0; inst.level_count()],
            ..Default::default()
        };
        inst.areas().len()
    ];
    for m in ws.ministries() {
        if only.is_some_and(|set| !set.contains(&m.id.as_str())) {
            continue;
        }
        for (d, a) in out.iter_mut().zip(answers(ws, round, &m.id)) {
            match a {
                Some(Answer::Level(l)) => {
                    if let Some(c) = d.levels.get_mut(usize::from(l.get()) - 1) {
                        *c += 1;
                    }
                }
                Some(Answer::NotApplicable) => d.na += 1,
                Some(Answer::InsufficientInfo) => d.ni += 1,
                None => d.unscored += 1,
            }
        }
    }
    out
}

/// Format an optional figure with two decimals, or an en dash.
/// A duration in seconds as `m:ss` (`6:05`), for discussion times.
pub fn mm_ss(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

pub fn fmt2(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"))
}

#[cfg(test)]
mod tests;
