use super::*;
use crate::ids::testing::{mid, rid};
use crate::workspace::tests::{area, lvl, set, small};

#[test]
fn medians_and_means() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[3]), Some(3.0));
    assert_eq!(median(&[4, 1, 2]), Some(2.0));
    assert_eq!(median(&[1, 2, 3, 4]), Some(2.5));
    assert_eq!(mean(&[1, 2, 4]), Some(7.0 / 3.0));
    assert_eq!(median_of_counts(&[0, 0, 0, 0]), None);
    assert_eq!(median_of_counts(&[1, 0, 0, 1]), Some(2.5));
    assert_eq!(median_of_counts(&[2, 1, 0, 0]), Some(1.0));
    assert_eq!(median_of_counts(&[0, 3, 3, 0]), Some(2.5));
}

#[test]
fn median_of_counts_matches_expanded_median() {
    for counts in [[3u64, 0, 2, 5], [0, 1, 1, 1], [7, 7, 0, 1], [0, 0, 0, 9]] {
        let expanded: Vec<u8> = counts
            .iter()
            .enumerate()
            .flat_map(|(i, &c)| std::iter::repeat_n(i as u8 + 1, c as usize))
            .collect();
        assert_eq!(median_of_counts(&counts), median(&expanded), "{counts:?}");
    }
}

#[test]
fn summary_excludes_na_and_ni() {
    let mut ws = small();
    set(&mut ws, "r1", "A", 0, lvl(1));
    set(&mut ws, "r1", "A", 1, lvl(4));
    set(&mut ws, "r1", "A", 2, lvl(2));
    set(&mut ws, "r1", "A", 3, Some(Answer::NotApplicable));
    set(&mut ws, "r1", "A", 4, Some(Answer::InsufficientInfo));
    let s = summary(&ws, &rid("r1"), &mid("A"));
    assert_eq!(
        s.coverage,
        Coverage {
            areas: 10,
            levels: 3,
            na: 1,
            ni: 1
        }
    );
    assert_eq!(s.coverage.answered(), 5);
    assert_eq!(s.coverage.unscored(), 5);
    assert_eq!(s.coverage.fraction(), 0.5);
    assert_eq!(s.median, Some(2.0));
    assert_eq!(s.mean, Some(7.0 / 3.0));
    assert_eq!(
        s.coverage.describe(),
        "5/10 answered (3 levels, 1 NA, 1 NI)"
    );
    let empty = summary(&ws, &rid("r2"), &mid("A"));
    assert_eq!(
        (empty.coverage.answered(), empty.median, empty.mean),
        (0, None, None)
    );
}

#[test]
fn series_is_in_date_order_with_gaps() {
    let mut ws = small();
    set(&mut ws, "r2", "A", 0, lvl(3));
    set(&mut ws, "r1", "A", 0, Some(Answer::InsufficientInfo));
    let s = area_series(&ws, &mid("A"), &area(0));
    let got: Vec<_> = s.iter().map(|p| (p.round.as_str(), p.answer)).collect();
    assert_eq!(
        got,
        [("r1", Some(Answer::InsufficientInfo)), ("r2", lvl(3))]
    );
    assert!(s[0].date < s[1].date);
    assert!(s.iter().all(|p| p.present && !p.breaks));
}

#[test]
fn changes_between_rounds() {
    assert_eq!(Change::between(lvl(2), lvl(4)), Change::Moved(2));
    assert_eq!(Change::between(lvl(3), lvl(1)), Change::Moved(-2));
    assert_eq!(
        Change::between(Some(Answer::NotApplicable), lvl(1)),
        Change::NewlyScored
    );
    assert_eq!(Change::between(lvl(1), None), Change::NoLongerScored);
    assert_eq!(
        Change::between(None, Some(Answer::InsufficientInfo)),
        Change::NoLevels
    );
    let mut ws = small();
    for (k, a, b) in [(0, 1, 2), (1, 2, 2), (2, 3, 1), (3, 4, 4)] {
        set(&mut ws, "r1", "A", k, lvl(a));
        set(&mut ws, "r2", "A", k, lvl(b));
    }
    set(&mut ws, "r2", "A", 5, lvl(2));
    set(&mut ws, "r1", "A", 6, lvl(2));
    let ch = changes(&ws, &mid("A"), &rid("r1"), &rid("r2"));
    assert_eq!(ch[0].1, Change::Moved(1));
    assert_eq!(ch[2].1.describe(), "-2");
    assert_eq!(
        ChangeCounts::of(ch.iter().map(|c| c.1)),
        ChangeCounts {
            improved: 1,
            unchanged: 2,
            declined: 1,
            rerated: 0,
            newly_scored: 1,
            no_longer_scored: 1,
            not_comparable: 0,
        }
    );
}

#[test]
fn distribution_across_ministries() {
    let mut ws = small();
    set(&mut ws, "r1", "A", 0, lvl(2));
    set(&mut ws, "r1", "B", 0, lvl(4));
    set(&mut ws, "r1", "B", 1, Some(Answer::NotApplicable));
    let d = round_distribution(&ws, &rid("r1"), None);
    assert_eq!(d[0].levels, vec![0, 1, 0, 1]);
    assert_eq!(d[0].median(), Some(3.0));
    assert_eq!((d[1].na, d[1].unscored), (1, 1));
    assert_eq!(d[9].unscored, 2);
    let only_a = round_distribution(&ws, &rid("r1"), Some(&["A"]));
    assert_eq!(only_a[0].levels, vec![0, 1, 0, 0]);
}

#[test]
fn a_move_for_another_reason_than_performance_is_a_rerating() {
    use crate::Edit;
    use crate::followup::{ChangeReason, ReasonKind};
    let mut ws = small();
    for k in 0..6 {
        set(&mut ws, "r1", "A", k, lvl(2));
        set(&mut ws, "r2", "A", k, lvl(3));
    }
    set(&mut ws, "r2", "A", 5, lvl(1));
    let reasons = [
        (0, Some(ReasonKind::Performance)),
        (1, Some(ReasonKind::Evidence)),
        (2, Some(ReasonKind::EarlierError)),
        (3, Some(ReasonKind::NotGiven)),
        (4, None),
        (5, Some(ReasonKind::Definition)),
    ];
    for (k, kind) in reasons {
        let at = crate::workspace::tests::at("r2", "A", &area(k));
        Edit::SetReason {
            at,
            reason: kind.map(ChangeReason::new),
        }
        .apply(&mut ws, None)
        .unwrap();
    }
    let ch: Vec<Change> = changes(&ws, &mid("A"), &rid("r1"), &rid("r2"))
        .into_iter()
        .map(|c| c.1)
        .collect();
    assert_eq!(ch[0], Change::Moved(1), "performance: a real move");
    assert_eq!(ch[1], Change::Rerated(1), "new evidence");
    assert_eq!(ch[2], Change::Rerated(1), "an earlier error");
    assert_eq!(
        ch[3],
        Change::Moved(1),
        "no reason given: nobody said otherwise"
    );
    assert_eq!(ch[4], Change::Moved(1), "no reason recorded");
    assert_eq!(
        ch[5],
        Change::Rerated(-1),
        "a changed definition, downwards"
    );
    assert_eq!(ch[5].describe(), "re-rated -1");
    assert_eq!(ch[5].kind(), "re-rated");
    let c = ChangeCounts::of(ch.iter().copied());
    assert_eq!((c.improved, c.declined, c.rerated), (3, 0, 3));
    // A reason on an area whose level did not move changes nothing.
    assert_eq!(
        Change::Moved(0).with_reason(Some(ReasonKind::Evidence)),
        Change::Moved(0)
    );
}
