use super::*;
use crate::ids::testing::{mid, rid};
use crate::score::Level;

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
        tables: Default::default(),
        review: Default::default(),
        sources: Vec::new(),
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
pub fn area(k: usize) -> AreaId {
    Instrument::codi().areas()[k].id.clone()
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
    assert_eq!(
        ws.add_ministry(ministry("a")),
        Err(ModelError::DuplicateMinistry("a".into())),
        "codes ignore case"
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
    assert!(
        ws.assessment(&rid("r1"), &mid("A")).is_none(),
        "nothing was created"
    );
}

#[test]
fn blank_records_are_not_kept() {
    let mut ws = small();
    set(&mut ws, "r1", "A", 2, lvl(3));
    assert_eq!(ws.assessment(&rid("r1"), &mid("A")).unwrap().answered(), 1);
    set(&mut ws, "r1", "A", 2, None);
    assert!(ws.assessment(&rid("r1"), &mid("A")).is_none());
    assert_eq!(ws, small(), "equal to a workspace that never had it");
}

#[test]
fn renaming_and_removing_keep_assessments_consistent() {
    let mut ws = small();
    set(&mut ws, "r1", "A", 0, lvl(2));
    let mut renamed = ministry("AA");
    renamed.name = "Renamed".into();
    ws.update_ministry("A", renamed).unwrap();
    assert_eq!(ws.answer(&rid("r1"), &mid("AA"), &area(0)), lvl(2));
    assert!(ws.assessment(&rid("r1"), &mid("A")).is_none());
    assert!(ws.has_data_for_ministry("AA"));
    assert_eq!(ws.find_ministry("aa").unwrap().id.as_str(), "AA");
    assert!(
        ws.update_ministry("AA", ministry("B")).is_err(),
        "code taken"
    );

    let mut r = round("base", "2022-08-04");
    r.title = "Baseline".into();
    ws.update_round("r1", r).unwrap();
    assert_eq!(ws.answer(&rid("base"), &mid("AA"), &area(0)), lvl(2));
    assert_eq!(ws.find_round("baseline").unwrap().id.as_str(), "base");

    let removed = ws.remove_ministry("AA").unwrap();
    assert_eq!(ws.assessments().count(), 0);
    ws.restore_ministry(removed).unwrap();
    assert_eq!(ws.ministries()[0].id.as_str(), "AA", "back in its place");
    assert_eq!(ws.answer(&rid("base"), &mid("AA"), &area(0)), lvl(2));
    let removed = ws.remove_round("base").unwrap();
    assert_eq!(ws.assessments().count(), 0);
    assert_eq!(ws.rounds().len(), 1);
    ws.restore_round(removed).unwrap();
    assert_eq!(ws.answer(&rid("base"), &mid("AA"), &area(0)), lvl(2));
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
