//! The live state of a scoring session that others must see: which round, ministry and
//! area is open, and which vote distributions the room has seen. Not saved: it
//! describes the room right now, not the record.

use std::collections::BTreeSet;

use crate::model::{AreaId, MinistryId, RoundId, ScoreRef, Workspace};

/// A page of a scoring session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Area(AreaId),
    /// The closing summary of the ten answers.
    Summary,
}

/// The ministry being scored in a round, and the page shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Focus {
    pub round: RoundId,
    pub ministry: MinistryId,
    pub page: Page,
}

impl Focus {
    /// The score reference of the open area, if an area page is open.
    pub fn score_ref(&self) -> Option<ScoreRef> {
        match &self.page {
            Page::Area(area) => Some(ScoreRef::new(&self.round, &self.ministry, area)),
            Page::Summary => None,
        }
    }

    /// The open page as a position: the area's index in the round's instrument, or
    /// the area count for the summary.
    pub fn page_index(&self, ws: &Workspace) -> usize {
        let Some(inst) = ws.instrument_for(self.round.as_str()) else {
            return 0;
        };
        match &self.page {
            Page::Area(a) => inst.area_index(a.as_str()).unwrap_or(0),
            Page::Summary => inst.areas().len(),
        }
    }

    /// The same session on page `index` (clamped; past the last area is the summary).
    pub fn at_index(&self, ws: &Workspace, index: usize) -> Focus {
        let areas = ws
            .instrument_for(self.round.as_str())
            .map(|i| i.areas())
            .unwrap_or_default();
        let page = match areas.get(index) {
            Some(a) => Page::Area(a.id.clone()),
            None => Page::Summary,
        };
        Focus {
            round: self.round.clone(),
            ministry: self.ministry.clone(),
            page,
        }
    }
}

/// What the room is looking at.
#[derive(Clone, Debug, Default)]
pub struct Live {
    pub focus: Option<Focus>,
    revealed: BTreeSet<ScoreRef>,
}

impl Live {
    pub fn is_revealed(&self, at: &ScoreRef) -> bool {
        self.revealed.contains(at)
    }
    pub fn reveal(&mut self, at: ScoreRef) {
        self.revealed.insert(at);
    }
    pub fn hide(&mut self, at: &ScoreRef) {
        self.revealed.remove(at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;

    #[test]
    fn pages_by_index_and_back() {
        let ws = demo_workspace();
        let f = Focus {
            round: RoundId::new("baseline-2022").unwrap(),
            ministry: MinistryId::new("MoSW").unwrap(),
            page: Page::Summary,
        };
        assert_eq!(f.page_index(&ws), 10);
        let third = f.at_index(&ws, 2);
        assert_eq!(
            third.page,
            Page::Area(AreaId::new("appropriateness").unwrap())
        );
        assert_eq!(third.page_index(&ws), 2);
        assert_eq!(f.at_index(&ws, 99).page, Page::Summary);
        assert!(third.score_ref().is_some() && f.score_ref().is_none());
    }
}
