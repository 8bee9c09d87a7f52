//! The figures of the method annex: what a reader needs to judge a round's scores and
//! to compare them with the next round (instrument versions, the scale, how the room
//! voted, the aggregation rule and coverage, who took part, the history and the reasons
//! for change, the date of the data). The report prints them; they are computed here.

use std::collections::BTreeMap;

use jiff::Timestamp;

use super::followup::{ActionStatus, ReasonKind, reason_needed};
use super::history::Chain;
use super::ids::{MinistryId, RoundId, ScoreRef};
use super::stats::{self, Coverage};
use super::workspace::{Participation, Workspace};

/// The annex of one round, for all ministries or one.
#[derive(Clone, Debug, PartialEq)]
pub struct Annex {
    /// (round title, date, instrument version), oldest first, up to this round.
    pub versions: Vec<(String, String, String)>,
    /// Areas with phone votes, and the phone votes in all.
    pub phone_areas: usize,
    pub phone_votes: u64,
    /// Areas with counted cards, and the cards in all.
    pub card_areas: usize,
    pub card_votes: u64,
    pub coverage: Coverage,
    /// The round's participants by gender (the whole workshop).
    pub participants: Participation,
    /// People recorded per ministry, summed, and over how many ministries.
    pub people: u64,
    pub ministries_with_attendance: usize,
    /// The offices named, each once, in the order first met.
    pub offices: Vec<String>,
    pub history_entries: usize,
    pub chain: Chain,
    /// Reasons recorded for changed scores, by kind; `asked` counts changed comparable
    /// areas, whether or not a reason was given.
    pub reasons: BTreeMap<ReasonKind, usize>,
    pub asked: usize,
    /// When the newest record of the round last changed.
    pub data_date: Option<Timestamp>,
}

/// The annex of `round`, for all ministries or `only` one.
pub fn annex(ws: &Workspace, round: &RoundId, only: Option<&MinistryId>) -> Annex {
    let mut a = Annex {
        versions: Vec::new(),
        phone_areas: 0,
        phone_votes: 0,
        card_areas: 0,
        card_votes: 0,
        coverage: Coverage::default(),
        participants: ws.round(round).map(|r| r.participants).unwrap_or_default(),
        people: 0,
        ministries_with_attendance: 0,
        offices: Vec::new(),
        history_entries: ws
            .history()
            .filtered(Some(round), only.map(|m| m.as_str()), None)
            .count(),
        chain: ws.history().verify(),
        reasons: BTreeMap::new(),
        asked: 0,
        data_date: None,
    };
    for r in ws.rounds() {
        a.versions.push((
            r.title.clone(),
            r.date.to_string(),
            r.instrument_version.clone(),
        ));
        if r.id.as_str() == round {
            break;
        }
    }
    let mut answers = Vec::new();
    for m in ws.ministries() {
        if only.is_some_and(|o| o != m.id.as_str()) {
            continue;
        }
        answers.extend(stats::answers(ws, round, &m.id));
        if let Some(r) = ws.round(round) {
            add_ministry(ws, &r.id, &m.id, &mut a);
        }
    }
    a.coverage = Coverage::of(answers);
    a
}

/// Add one ministry's votes, attendance, reasons and dates to the annex.
fn add_ministry(ws: &Workspace, round: &RoundId, code: &MinistryId, a: &mut Annex) {
    let Some(assessment) = ws.assessment(round, code) else {
        return;
    };
    let att = &assessment.attendance;
    if !att.is_empty() {
        a.ministries_with_attendance += 1;
        a.people += u64::from(att.people);
        for office in att
            .offices
            .split(',')
            .map(str::trim)
            .filter(|o| !o.is_empty())
        {
            if !a.offices.iter().any(|o| o.eq_ignore_ascii_case(office)) {
                a.offices.push(office.to_owned());
            }
        }
    }
    for (area, score) in assessment.scores() {
        if !score.phone_votes.is_empty() {
            a.phone_areas += 1;
            a.phone_votes += score.phone_votes.total();
        }
        if !score.votes.is_empty() {
            a.card_areas += 1;
            a.card_votes += score.votes.total();
        }
        a.data_date = a.data_date.max(score.updated);
        let at = ScoreRef::new(round, code, area);
        if reason_needed(ws, &at).is_some() {
            a.asked += 1;
            let kind = score
                .reason
                .as_ref()
                .map_or(ReasonKind::NotGiven, |r| r.kind);
            *a.reasons.entry(kind).or_default() += 1;
        }
    }
}

/// Actions by area and status: those agreed in `round`, for all ministries or one.
/// Keys are area ids; counts are in [`ActionStatus::ALL`] order.
pub fn action_counts(
    ws: &Workspace,
    round: &RoundId,
    only: Option<&MinistryId>,
) -> BTreeMap<String, [usize; 4]> {
    let mut out: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for m in ws.ministries() {
        if only.is_some_and(|o| *o != m.id) {
            continue;
        }
        let Some(assessment) = ws.assessment(round, &m.id) else {
            continue;
        };
        for (area, score) in assessment.scores() {
            for action in &score.actions {
                let k = ActionStatus::ALL
                    .iter()
                    .position(|s| *s == action.status)
                    .unwrap_or(0);
                out.entry(area.to_string()).or_default()[k] += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_workspace;
    use crate::ids::testing::{mid, rid};

    #[test]
    fn the_demo_annex_adds_up() {
        let ws = demo_workspace();
        let a = annex(&ws, &rid("followup-2024"), None);
        assert_eq!(a.versions.len(), 2);
        assert_eq!(a.coverage.areas, 120);
        assert_eq!(a.ministries_with_attendance, 12);
        assert!(a.people >= 36 && a.card_votes > 0 && a.phone_votes == 0);
        assert_eq!(a.chain, Chain::Intact);
        // Every changed comparable area was asked about; the demo gave each a reason.
        let given: usize = a.reasons.values().sum();
        assert_eq!(given, a.asked);
        assert!(a.asked > 0 && !a.reasons.contains_key(&ReasonKind::NotGiven));
        assert!(a.offices.iter().any(|o| o == "MIS cell"));
        let one = annex(&ws, &rid("followup-2024"), Some(&mid("MoSW")));
        assert_eq!(one.coverage.areas, 10);
        assert!(one.asked <= a.asked);

        let counts = action_counts(&ws, &rid("baseline-2022"), None);
        let total: usize = counts.values().flat_map(|c| c.iter()).sum();
        let listed: usize = ws
            .assessments()
            .filter(|(r, _, _)| r.as_str() == "baseline-2022")
            .flat_map(|(_, _, a)| a.scores().map(|(_, s)| s.actions.len()))
            .sum();
        assert_eq!(total, listed);
        assert!(total >= 24, "two or more actions a ministry: {total}");
        assert!(action_counts(&ws, &rid("followup-2024"), None).is_empty());
    }
}
