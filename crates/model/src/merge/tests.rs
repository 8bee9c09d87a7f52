use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::history::{Chain, Step, entry_for};
use crate::score::{Answer, Level, VoteSource, VoteTally};
use crate::workspace::tests::{at, lvl, small};

fn t(s: i64) -> Timestamp {
    Timestamp::from_second(1_760_000_000 + s).unwrap()
}

/// Apply as the session does: the changes become chained history, signed `by`.
fn logged(ws: &mut Workspace, edit: Edit, by: &str, s: i64) {
    let applied = edit.apply(ws, Some(t(s))).unwrap();
    for c in &applied.changes {
        if let Some(e) = entry_for(c, t(s), by, Step::Edit) {
            ws.history_mut().record(e);
        }
    }
}

fn set(round: &str, m: &str, area: &str, v: u8) -> Edit {
    Edit::SetAnswer {
        at: at(round, m, area),
        answer: lvl(v),
    }
}

/// A workspace with some history, as copied to the laptops.
fn base() -> Workspace {
    let mut ws = small();
    logged(&mut ws, set("r1", "A", "adequacy", 2), "F", 1);
    logged(&mut ws, set("r1", "B", "adequacy", 3), "F", 2);
    ws
}

fn merged(a: &Workspace, b: &Workspace, choose: Choice) -> (Workspace, Plan) {
    let plan = plan(a, b, &BTreeMap::new()).unwrap();
    let (ws, _) = plan.clone().finish(&|_| choose.clone(), t(1000)).unwrap();
    (ws, plan)
}

/// Every record of a workspace, keyed, ignoring the order of ministries.
fn records(ws: &Workspace) -> BTreeMap<(String, String, String), AreaScore> {
    let mut out = BTreeMap::new();
    for (r, m, a) in ws.assessments() {
        for (area, s) in a.scores() {
            let mut s = s.clone();
            // When and from which file a field came is provenance, not content.
            s.updated = None;
            s.source = None;
            out.insert((r.to_string(), m.to_string(), area.to_string()), s);
        }
    }
    out
}

#[test]
fn a_field_only_one_side_changed_is_taken_and_both_histories_are_kept() {
    let a0 = base();
    let (mut a, mut b) = (a0.clone(), a0.clone());
    logged(&mut a, set("r1", "A", "appropriateness", 4), "Room A", 10);
    logged(&mut b, set("r1", "B", "adequacy", 1), "Room B", 11);
    let (ws, plan) = merged(&a, &b, Choice::A);
    assert!(plan.conflicts.is_empty());
    assert_eq!(
        ws.answer(
            &at("r1", "A", "x").round,
            &at("r1", "A", "x").ministry,
            &at("r1", "A", "appropriateness").area
        ),
        lvl(4)
    );
    assert_eq!(
        ws.score_at(&at("r1", "B", "adequacy")).unwrap().answer,
        lvl(1)
    );
    let whats: Vec<&str> = ws
        .history()
        .entries()
        .iter()
        .map(|e| e.what.as_str())
        .collect();
    assert_eq!(whats, ["answer", "answer", "answer", "answer", "merge"]);
    let merge = ws.history().entries().last().unwrap();
    assert_eq!(merge.before, a.history().head().unwrap());
    assert!(
        merge.after.contains(&b.history().head().unwrap()),
        "{}",
        merge.after
    );
    assert_eq!(ws.history().verify(), Chain::Intact);
    // The round records where its records came from.
    let sources = &ws.round("r1").unwrap().sources;
    assert_eq!(sources.len(), 1);
    assert_eq!((sources[0].file.as_str(), sources[0].fields), ("Test", 1));
    assert_eq!(sources[0].merged, t(1000));
    assert!(ws.round("r2").unwrap().sources.is_empty(), "r2 got nothing");
    // And so does the record that came over; the one only A changed does not.
    let from = |m: &str, area: &str| ws.score_at(&at("r1", m, area)).unwrap().source.clone();
    assert_eq!(from("B", "adequacy").as_deref(), Some("Test"));
    assert_eq!(from("A", "appropriateness"), None);
}

#[test]
fn a_field_both_sides_changed_is_a_conflict_settled_only_as_chosen() {
    let a0 = base();
    let (mut a, mut b) = (a0.clone(), a0.clone());
    logged(&mut a, set("r1", "A", "adequacy", 3), "Room A", 10);
    logged(&mut b, set("r1", "A", "adequacy", 1), "Room B", 11);
    let (ws, plan) = merged(&a, &b, Choice::A);
    let [c] = &plan.conflicts[..] else {
        panic!("one conflict: {:?}", plan.conflicts)
    };
    assert_eq!(
        (c.field, c.a.as_str(), c.b.as_str()),
        (Field::Answer, "3", "1")
    );
    assert_eq!((c.a_by.as_str(), c.b_by.as_str()), ("Room A", "Room B"));
    assert_eq!((c.a_time, c.b_time), (Some(t(10)), Some(t(11))));
    assert_eq!(
        ws.score_at(&at("r1", "A", "adequacy")).unwrap().answer,
        lvl(3)
    );
    let (ws, _) = merged(&a, &b, Choice::B);
    assert_eq!(
        ws.score_at(&at("r1", "A", "adequacy")).unwrap().answer,
        lvl(1)
    );
}

#[test]
fn a_text_both_rooms_wrote_may_be_written_anew() {
    let a0 = base();
    let (mut a, mut b) = (a0.clone(), a0.clone());
    let text = |t: &str| Edit::SetText {
        at: at("r1", "B", "adequacy"),
        field: crate::edit::TextField::Rationale,
        text: t.into(),
    };
    logged(
        &mut a,
        text("Amounts fall short in the north."),
        "Room A",
        10,
    );
    logged(&mut b, text("Amounts were raised in 2024."), "Room B", 11);
    let p = plan(&a, &b, &BTreeMap::new()).unwrap();
    assert!(p.conflicts[0].field.is_text());
    let both = "Raised in 2024, still short in the north.".to_owned();
    let (ws, o) = p.finish(&|_| Choice::Text(both.clone()), t(1000)).unwrap();
    assert_eq!(
        ws.score_at(&at("r1", "B", "adequacy")).unwrap().rationale,
        both
    );
    assert_eq!(o.written, 1);
}

#[test]
fn two_rooms_vote_counts_are_a_conflict_and_may_be_added() {
    let a0 = base();
    let (mut a, mut b) = (a0.clone(), a0.clone());
    let tally = |levels: Vec<u32>| Edit::SetTally {
        at: at("r2", "A", "adequacy"),
        source: VoteSource::Cards,
        tally: VoteTally {
            levels,
            na: 0,
            ni: 1,
        },
    };
    logged(&mut a, tally(vec![0, 3, 2, 0]), "Room A", 10);
    logged(&mut b, tally(vec![1, 1, 0, 0]), "Room B", 11);
    let (ws, plan) = merged(&a, &b, Choice::Both);
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(plan.conflicts[0].field, Field::Cards);
    let votes = &ws.score_at(&at("r2", "A", "adequacy")).unwrap().votes;
    assert_eq!((votes.levels.clone(), votes.ni), (vec![1, 4, 2, 0], 2));
}

#[test]
fn without_a_shared_history_differing_values_conflict_and_blanks_are_filled() {
    let mut a = small();
    let mut b = small();
    logged(&mut a, set("r1", "A", "adequacy", 2), "A", 1);
    logged(&mut b, set("r1", "A", "adequacy", 4), "B", 1);
    logged(&mut b, set("r1", "B", "adequacy", 3), "B", 2);
    let (ws, plan) = merged(&a, &b, Choice::A);
    assert_eq!(plan.conflicts.len(), 1, "{:?}", plan.conflicts);
    assert_eq!(
        ws.score_at(&at("r1", "B", "adequacy")).unwrap().answer,
        lvl(3)
    );
}

#[test]
fn look_alike_ministries_are_listed_and_matched_only_when_asked() {
    let a = base();
    let mut b = base();
    b.add_ministry(crate::workspace::Ministry {
        id: MinistryId::new("A0").unwrap(),
        name: "Ministry B".into(),
        cluster: None,
    })
    .unwrap();
    logged(&mut b, set("r1", "A0", "adequacy", 4), "B", 5);
    let p = plan(&a, &b, &BTreeMap::new()).unwrap();
    assert_eq!(
        p.lookalikes,
        [Lookalike {
            b: MinistryId::new("A0").unwrap(),
            a: MinistryId::new("B").unwrap(),
            why: "name"
        }]
    );
    // Kept apart, A0 comes over as a ministry of its own.
    let (apart, _) = merged(&a, &b, Choice::A);
    assert!(apart.ministry("A0").is_some());
    // Matched, its record lands on B (it changed since parting, B did not).
    let matched = BTreeMap::from([("A0".to_owned(), "B".to_owned())]);
    let p = plan(&a, &b, &matched).unwrap();
    let (ws, _) = p.finish(&|_| Choice::A, t(1000)).unwrap();
    assert!(ws.ministry("A0").is_none());
    assert_eq!(
        ws.score_at(&at("r1", "B", "adequacy")).unwrap().answer,
        lvl(4)
    );
    let wrong = BTreeMap::from([("Nope".to_owned(), "B".to_owned())]);
    assert_eq!(
        plan(&a, &b, &wrong).unwrap_err(),
        MergeError::UnknownMatch("Nope".into())
    );
}

#[test]
fn other_instrument_versions_and_validated_rounds_are_refused() {
    use crate::review::{Status, step_edit};
    let a0 = base();
    let mut b = a0.clone();
    logged(&mut b, set("r1", "A", "adequacy", 4), "B", 5);
    let mut a = a0.clone();
    for to in [Status::UnderReview, Status::Validated] {
        let e = step_edit(&a, "r1", to, "Reviewer", "", t(6)).unwrap();
        logged(&mut a, e, "Reviewer", 6);
    }
    assert_eq!(
        plan(&a, &b, &BTreeMap::new()).unwrap_err(),
        MergeError::Validated("r1".into())
    );
    // B validated after its change: the review comes over, after the data.
    let mut b2 = a0.clone();
    logged(&mut b2, set("r1", "A", "adequacy", 4), "B", 5);
    for to in [Status::UnderReview, Status::Validated] {
        let e = step_edit(&b2, "r1", to, "Reviewer", "", t(6)).unwrap();
        logged(&mut b2, e, "Reviewer", 6);
    }
    let (ws, _) = merged(&a0, &b2, Choice::A);
    assert_eq!(ws.round("r1").unwrap().review.status(), Status::Validated);
    assert_eq!(
        ws.score_at(&at("r1", "A", "adequacy")).unwrap().answer,
        lvl(4)
    );

    // A version whose areas mean the same (only relabelled) is matched.
    let mut relabelled = small();
    let same = crate::Instrument::codi().relabelled("2027.1", "Re-worded");
    relabelled.add_instrument(same).unwrap();
    let mut r1 = relabelled.round("r1").unwrap().clone();
    r1.instrument_version = "2027.1".into();
    Edit::UpdateRound {
        id: r1.id.clone(),
        round: Box::new(r1),
    }
    .apply(&mut relabelled, None)
    .unwrap();
    logged(
        &mut relabelled,
        set("r1", "B", "coherence-integration", 2),
        "B",
        7,
    );
    let p = plan(&a0, &relabelled, &BTreeMap::new()).unwrap();
    assert!(
        p.notes.iter().any(|n| n.contains("means the same in both")),
        "{:?}",
        p.notes
    );
    // One whose area changed meaning is refused, naming the area.
    let mut other = small();
    let mut v: serde_json::Value =
        serde_json::from_str(crate::instrument::DEFAULT_INSTRUMENT_JSON).unwrap();
    v["version"] = "2027.1".into();
    // A changed instrument would need changed translations: this one keeps none.
    v.as_object_mut().unwrap().remove("translations");
    let k = crate::Instrument::codi()
        .area_index("coherence-integration")
        .unwrap();
    v["areas"][k]["definition"] = "Something else entirely".into();
    other
        .add_instrument(crate::Instrument::from_json(&v.to_string()).unwrap())
        .unwrap();
    let mut r1 = other.round("r1").unwrap().clone();
    r1.instrument_version = "2027.1".into();
    Edit::UpdateRound {
        id: r1.id.clone(),
        round: Box::new(r1),
    }
    .apply(&mut other, None)
    .unwrap();
    logged(
        &mut other,
        set("r1", "B", "coherence-integration", 2),
        "B",
        7,
    );
    assert!(matches!(
        plan(&a0, &other, &BTreeMap::new()),
        Err(MergeError::Instrument { areas, .. }) if areas == "coherence-integration"
    ));
}

/// One random edit of a record: an answer, a card count or a rationale.
fn an_edit() -> impl Strategy<Value = Edit> {
    let place = (0usize..2, 0usize..4, prop::bool::ANY);
    (place, 0u8..7, "[a-z ]{0,8}").prop_map(|((m, k, r2), v, text)| {
        let areas = crate::Instrument::codi();
        let area = areas.areas()[k].id.to_string();
        let at = at(if r2 { "r2" } else { "r1" }, ["A", "B"][m], &area);
        match v {
            0..=3 => Edit::SetAnswer {
                at,
                answer: Some(Answer::Level(Level::new(v + 1).unwrap())),
            },
            4 => Edit::SetAnswer {
                at,
                answer: Some(Answer::NotApplicable),
            },
            5 => Edit::SetTally {
                at,
                source: VoteSource::Cards,
                tally: VoteTally {
                    levels: vec![text.len() as u32, 1, 0, 2],
                    na: 0,
                    ni: 0,
                },
            },
            _ => Edit::SetText {
                at,
                field: crate::edit::TextField::Rationale,
                text,
            },
        }
    })
}

fn after(ws: &Workspace, edits: &[Edit], by: &str, from: i64) -> Workspace {
    let mut ws = ws.clone();
    for (i, e) in edits.iter().enumerate() {
        logged(&mut ws, e.clone(), by, from + i as i64);
    }
    ws
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// merge(A, A) = A; a descendant wins over its ancestor, either way round.
    #[test]
    fn a_file_merged_with_itself_or_its_descendant(
        common in prop::collection::vec(an_edit(), 0..6),
        later in prop::collection::vec(an_edit(), 0..8),
    ) {
        let a = after(&base(), &common, "F", 10);
        let (same, plan) = merged(&a, &a, Choice::A);
        prop_assert!(plan.is_noop());
        prop_assert_eq!(&same, &a);
        let d = after(&a, &later, "G", 100);
        let (forward, p1) = merged(&a, &d, Choice::A);
        let (backward, p2) = merged(&d, &a, Choice::A);
        prop_assert!(p1.conflicts.is_empty() && p2.conflicts.is_empty());
        prop_assert_eq!(records(&forward), records(&d));
        prop_assert_eq!(records(&backward), records(&d));
        prop_assert_eq!(forward.history().verify(), Chain::Intact);
    }

    /// merge(A, B) and merge(B, A) give the same conflicts and, choosing the same
    /// side, the same records; nothing either side changed is lost.
    #[test]
    fn merging_is_symmetric_and_loses_nothing(
        common in prop::collection::vec(an_edit(), 0..5),
        ea in prop::collection::vec(an_edit(), 0..6),
        eb in prop::collection::vec(an_edit(), 0..6),
    ) {
        let parted = after(&base(), &common, "F", 10);
        let a = after(&parted, &ea, "Room A", 100);
        let b = after(&parted, &eb, "Room B", 200);
        let (ab, pab) = merged(&a, &b, Choice::A);
        let (ba, pba) = merged(&b, &a, Choice::B);
        let key = |c: &Conflict| (c.at.clone(), c.field);
        let mut kab: Vec<_> = pab.conflicts.iter().map(key).collect();
        let mut kba: Vec<_> = pba.conflicts.iter().map(key).collect();
        kab.sort();
        kba.sort();
        prop_assert_eq!(kab, kba);
        for c in &pab.conflicts {
            let twin = pba.conflicts.iter().find(|d| key(d) == key(c)).unwrap();
            prop_assert_eq!((&c.a, &c.b), (&twin.b, &twin.a));
        }
        prop_assert_eq!(records(&ab), records(&ba));
        prop_assert_eq!(ab.history().verify(), Chain::Intact);
        // Every field B changed since parting is in the result or in a conflict.
        let conflicted: std::collections::BTreeSet<_> = pab.conflicts.iter().map(key).collect();
        let merged_records = records(&ab);
        let b_records = records(&b);
        for e in &b.history().entries()[parted.history().len()..] {
            let (Some(r), Some(m), Some(area)) = (&e.round, &e.ministry, &e.area) else { continue };
            let Some(field) = Field::from_key(&e.what) else { continue };
            let place = ScoreRef::new(r, m, area);
            if conflicted.contains(&(place, field)) { continue; }
            let k = (r.to_string(), m.to_string(), area.to_string());
            let empty = AreaScore::default();
            let got = merged_records.get(&k).unwrap_or(&empty);
            let want = b_records.get(&k).unwrap_or(&empty);
            prop_assert!(field.same(got, want), "B's {:?} of {:?} was lost", field, k);
        }
    }
}

#[test]
fn a_file_with_fields_from_a_newer_app_is_not_merged_in() {
    let a = base();
    let mut b = base();
    let mut kept = crate::unknown::Kept::default();
    kept.top
        .0
        .insert("merge_sources".into(), serde_json::json!([1]));
    b.set_kept(kept);
    let e = plan(&a, &b, &BTreeMap::new()).unwrap_err();
    assert!(
        matches!(&e, MergeError::NewerFields(f) if f.contains("merge_sources")),
        "{e}"
    );
    // The other way round keeps them: they are the first file's.
    assert!(plan(&b, &a, &BTreeMap::new()).is_ok());
}
