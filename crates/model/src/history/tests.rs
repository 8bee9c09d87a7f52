use super::*;
use crate::ScoreRef;

fn at(area: &str) -> ScoreRef {
    ScoreRef {
        round: RoundId::new("r2").unwrap(),
        ministry: MinistryId::new("MoSW").unwrap(),
        area: AreaId::new(area).unwrap(),
    }
}

fn t(secs: i64) -> Timestamp {
    Timestamp::from_second(1_700_000_000 + secs).unwrap()
}

fn text(area: &str, before: &str, after: &str, secs: i64) -> Entry {
    let change = Change::Text {
        at: at(area),
        field: TextField::Rationale,
        before: before.into(),
        after: after.into(),
    };
    entry_for(&change, t(secs), "Rahima", Step::Edit).unwrap()
}

fn answer(before: Option<u8>, after: Option<u8>, step: Step) -> Entry {
    let a = |v: Option<u8>| v.map(|v| Answer::Level(crate::Level::new(v).unwrap()));
    let change = Change::Answer {
        at: at("coverage"),
        before: a(before),
        after: a(after),
    };
    entry_for(&change, t(0), "Rahima", step).unwrap()
}

#[test]
fn typing_in_one_box_is_one_entry() {
    let mut h = History::default();
    h.record(text("coverage", "", "W", 0));
    h.record(text("coverage", "W", "We", 2));
    h.record(text("coverage", "We", "We agreed", 9));
    assert_eq!(h.len(), 1);
    assert_eq!(
        (
            h.entries()[0].before.as_str(),
            h.entries()[0].after.as_str()
        ),
        ("", "We agreed")
    );
    // Another box, or the same box much later, starts a new entry.
    h.record(text("adequacy", "", "x", 10));
    h.record(text("coverage", "We agreed", "We agreed.", 11));
    h.record(text("coverage", "We agreed.", "Later", 11 + MERGE_SECS + 1));
    assert_eq!(h.len(), 4);
    assert_eq!(h.verify(), Chain::Intact);
}

#[test]
fn answers_are_never_merged_and_undo_appends() {
    let mut h = History::default();
    h.record(answer(None, Some(2), Step::Edit));
    h.record(answer(Some(2), Some(3), Step::Edit));
    h.record(answer(Some(3), Some(2), Step::Undo));
    assert_eq!(h.len(), 3, "an undo is a new entry; nothing is deleted");
    assert_eq!(h.entries()[2].step, Step::Undo);
    assert_eq!(h.entries()[1].after, "3");
    assert_eq!(h.entries()[1].prev, h.entries()[0].hash());
    assert_eq!(h.verify(), Chain::Intact);
}

#[test]
fn an_edited_entry_breaks_the_chain() {
    let mut h = History::default();
    for (b, a) in [(None, Some(1)), (Some(1), Some(2)), (Some(2), Some(3))] {
        h.record(answer(b, a, Step::Edit));
    }
    let head = h.head();
    let mut entries = h.entries().to_vec();
    assert_eq!(
        History::loaded(entries.clone(), head.clone()).verify(),
        Chain::Intact
    );

    entries[0].after = "4".into();
    assert_eq!(
        History::loaded(entries.clone(), head.clone()).verify(),
        Chain::Broken { entry: 1 }
    );
    // The last entry changed: only the file's last hash can tell.
    let mut last = h.entries().to_vec();
    last[2].after = "4".into();
    assert_eq!(
        History::loaded(last, head.clone()).verify(),
        Chain::Broken { entry: 3 }
    );
    // An entry removed from the middle.
    let mut gap = h.entries().to_vec();
    gap.remove(1);
    assert_eq!(
        History::loaded(gap, head).verify(),
        Chain::Broken { entry: 1 }
    );
}

#[test]
fn a_history_deleted_whole_is_reported_and_stays_reported() {
    let mut h = History::default();
    h.record(answer(None, Some(1), Step::Edit));
    let head = h.head();
    let mut cut = History::loaded(Vec::new(), head.clone());
    assert_eq!(cut.verify(), Chain::Emptied, "not `0 entries, intact`");
    // Edits after the cut chain to the recorded head: read again, the gap shows.
    cut.record(answer(Some(1), Some(2), Step::Edit));
    assert_eq!(cut.entries()[0].prev, head.unwrap());
    let again = History::loaded(cut.entries().to_vec(), cut.head());
    assert_eq!(again.verify(), Chain::Broken { entry: 1 });
    // A file that never had a history is intact.
    assert_eq!(History::loaded(Vec::new(), None).verify(), Chain::Intact);
}

#[test]
fn loaded_entries_are_sealed() {
    let mut h = History::default();
    h.record(text("coverage", "", "a", 0));
    let mut loaded = History::loaded(h.entries().to_vec(), h.head());
    loaded.record(text("coverage", "a", "ab", 1));
    assert_eq!(loaded.len(), 2, "typing after reopening starts a new entry");
    assert_eq!(loaded.verify(), Chain::Intact);
}

#[test]
fn filters_and_texts() {
    let mut h = History::default();
    h.record(text("coverage", "", "a", 0));
    h.record(text("adequacy", "", "b", 1));
    let votes = Change::Votes {
        at: at("coverage"),
        source: crate::VoteSource::Phones,
        before: VoteTally::default(),
        after: VoteTally {
            levels: vec![0, 2, 1, 0],
            na: 1,
            ni: 0,
        },
    };
    h.record(entry_for(&votes, t(2), "phones", Step::Edit).unwrap());
    assert_eq!(h.filtered(Some("r2"), None, Some("coverage")).count(), 2);
    assert_eq!(h.filtered(Some("r1"), None, None).count(), 0);
    assert_eq!(h.entries()[2].after, "1:0 2:2 3:1 4:0 NA:1");
    let stamp = Change::Stamp {
        at: at("coverage"),
        before: None,
        after: None,
    };
    assert!(entry_for(&stamp, t(3), "", Step::Edit).is_none());
}
