use super::*;
use crate::model::Level;
use crate::model::demo::demo_workspace;
use crate::{Clock, Document, Target};

fn open() -> (SessionState, RoundId) {
    let target = Target::Unsaved("/nonexistent/tables.codi.json".into());
    let mut st = SessionState::new(Document::new(demo_workspace(), target), Clock::default());
    let round = st.doc.workspace().rounds()[1].id.clone();
    let issued = st.open_tables(&round).unwrap();
    assert_eq!(issued, st.doc.workspace().ministries().len());
    (st, round)
}

fn code_of(st: &SessionState, round: &RoundId, k: usize) -> (MinistryId, String) {
    let ws = st.doc.workspace();
    let m = ws.ministries()[k].id.clone();
    let code = ws.round(round.as_str()).unwrap().tables[&m].code.clone();
    (m, code)
}

fn area(st: &SessionState, k: usize) -> AreaId {
    st.doc.workspace().instrument().areas()[k].id.clone()
}

/// The table's proposal stored at `at`.
fn proposal(st: &SessionState, at: &ScoreRef) -> Proposal {
    let score = st.doc.workspace().score_at(at).expect("a record");
    score.proposal.clone().expect("a proposal")
}

fn draft(level: u8, rationale: &str) -> Draft {
    Draft {
        answer: Level::new(level).map(Answer::Level),
        rationale: rationale.into(),
        evidence: String::new(),
    }
}

#[test]
fn every_ministry_gets_its_own_code_and_reopening_keeps_them() {
    let (mut st, round) = open();
    let ws = st.doc.workspace();
    let codes: Vec<String> = ws
        .round(round.as_str())
        .unwrap()
        .tables
        .values()
        .map(|t| t.code.clone())
        .collect();
    let mut unique = codes.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), codes.len());
    let (m, code) = code_of(&st, &round, 3);
    assert_eq!(st.table_of(&code), Ok((round.clone(), m)));
    st.close_tables();
    assert_eq!(st.table_of(&code), Err(TableRefused::Closed));
    assert!(st.table_closed(&code), "its tables are told it closed");
    assert!(!st.table_closed("ZZZZZZZZ"));
    assert_eq!(st.open_tables(&round), Ok(0), "the same codes again");
    assert!(st.table_of(&code).is_ok());
    assert_eq!(st.table_of("ZZZZZZ"), Err(TableRefused::UnknownCode));
}

#[test]
fn a_save_reaches_only_its_own_ministry_and_never_replaces_one_unseen() {
    let (mut st, round) = open();
    let (m, code) = code_of(&st, &round, 2);
    let a = area(&st, 4);
    let at = ScoreRef::new(&round, &m, &a);
    let agreed = st.doc.workspace().score_at(&at).and_then(|s| s.answer);
    let first = st
        .table_save(&code, &a, draft(3, "প্রথম\nline two"), 0)
        .unwrap();
    assert_eq!(first.proposal.revision, 1);
    let stored = proposal(&st, &at);
    assert_eq!(stored.rationale, "প্রথম\nline two", "kept exactly as typed");
    assert_eq!(
        st.doc.workspace().score_at(&at).unwrap().answer,
        agreed,
        "the agreed answer is untouched"
    );
    // A second device that started from revision 0 does not replace it: it gets the
    // saved version back, and the first device's words stay.
    let second = st.table_save(&code, &a, draft(2, "other device"), 0);
    match second {
        Err(TableRefused::Conflict(saved)) => {
            assert_eq!(
                (saved.revision, saved.rationale.as_str()),
                (1, "প্রথম\nline two")
            );
        }
        other => panic!("a conflict, not {other:?}"),
    }
    assert_eq!(proposal(&st, &at).rationale, "প্রথম\nline two");
    // Having seen revision 1, it may replace it (or merge into it).
    let merged = st
        .table_save(&code, &a, draft(2, "প্রথম\nline two\nother device"), 1)
        .unwrap();
    assert_eq!(merged.proposal.revision, 2);
    // The same content again is no new revision, whatever the base.
    let again = st
        .table_save(&code, &a, draft(2, "প্রথম\nline two\nother device"), 0)
        .unwrap();
    assert_eq!(again.proposal.revision, 2);
    // The table started when it first saved.
    let t = &st.doc.workspace().round(round.as_str()).unwrap().tables[&m];
    assert!(t.started.is_some() && t.submitted.is_none());
    // Submitted, it saves nothing until it reopens.
    st.table_submit(&code, true).unwrap();
    assert_eq!(
        st.table_save(&code, &a, draft(1, "late"), 2),
        Err(TableRefused::Submitted)
    );
    st.table_submit(&code, false).unwrap();
    assert!(st.table_save(&code, &a, draft(1, "late"), 2).is_ok());
    // Nothing reached another ministry.
    let (other, _) = code_of(&st, &round, 3);
    let at_other = ScoreRef::new(&round, &other, &a);
    assert!(
        st.doc
            .workspace()
            .score_at(&at_other)
            .and_then(|s| s.proposal.clone())
            .is_none()
    );
}

#[test]
fn limits_revocation_and_submit() {
    let (mut st, round) = open();
    let (m, code) = code_of(&st, &round, 0);
    let a = area(&st, 0);
    let long = "অ".repeat(crate::model::table::MAX_TEXT + 1);
    let refused = st.table_save(&code, &a, draft(1, &long), 0).unwrap_err();
    assert!(
        matches!(refused, TableRefused::Invalid(ref e) if e.contains("4000")),
        "{refused:?}"
    );
    let bad = AreaId::new("no-such-area").unwrap();
    assert_eq!(
        st.table_save(&code, &bad, draft(1, ""), 0),
        Err(TableRefused::UnknownArea)
    );
    let nine = Draft {
        answer: Level::new(9).map(Answer::Level),
        ..Draft::default()
    };
    assert!(matches!(
        st.table_save(&code, &a, nine, 0),
        Err(TableRefused::Invalid(_))
    ));
    st.table_submit(&code, true).unwrap();
    assert!(
        st.doc.workspace().round(round.as_str()).unwrap().tables[&m]
            .submitted
            .is_some()
    );
    st.table_submit(&code, false).unwrap();
    assert!(
        st.doc.workspace().round(round.as_str()).unwrap().tables[&m]
            .submitted
            .is_none()
    );
    // A new code replaces the old; a revoked one reaches nothing.
    let new = st.reissue_table(&round, &m, false).unwrap().unwrap();
    assert_ne!(new, code);
    assert_eq!(st.table_of(&code), Err(TableRefused::UnknownCode));
    assert!(st.table_of(&new).is_ok());
    assert_eq!(st.reissue_table(&round, &m, true), Ok(None));
    assert_eq!(st.table_of(&new), Err(TableRefused::UnknownCode));
}

#[test]
fn codes_and_drafts_survive_a_save_and_reload() {
    let (mut st, round) = open();
    let (m, code) = code_of(&st, &round, 5);
    let a = area(&st, 1);
    st.table_save(&code, &a, draft(4, "evidence: circular 12/2024"), 0)
        .unwrap();
    let bytes = crate::storage::json::to_bytes(st.doc.workspace());
    let ws = crate::storage::json::from_bytes(&bytes, std::path::Path::new("t.codi.json")).unwrap();
    let target = Target::Unsaved("/nonexistent/reloaded.codi.json".into());
    let mut again = SessionState::new(Document::new(ws, target), Clock::default());
    again.open_tables(&round).unwrap();
    assert_eq!(again.table_of(&code), Ok((round.clone(), m.clone())));
    let at = ScoreRef::new(&round, &m, &a);
    let p = proposal(&again, &at);
    assert_eq!(
        (p.rationale.as_str(), p.revision),
        ("evidence: circular 12/2024", 1)
    );
}

#[test]
fn progress_counts_answered_areas_and_started_tables() {
    let (mut st, round) = open();
    let (m, code) = code_of(&st, &round, 3);
    let before = table_progress(st.doc.workspace(), &round, &m);
    assert_eq!(before.answered.len(), 10);
    let (a, b) = (area(&st, 1), area(&st, 6));
    st.table_save(&code, &a, draft(3, "agreed"), 0).unwrap();
    st.table_save(&code, &b, draft(0, "words only, no level yet"), 0)
        .unwrap();
    let after = table_progress(st.doc.workspace(), &round, &m);
    assert_eq!(
        after.done(),
        before.done() + 1,
        "a text without a level is not an answer"
    );
    assert!(after.answered[1]);
    let r = st.doc.workspace().round(round.as_str()).unwrap();
    assert_eq!(table_counts(r), (1, 0), "one table started, none submitted");
}
