use super::*;
use crate::edit::Edit;
use crate::workspace::Round;
use crate::workspace::tests::{at, lvl, small};

fn t(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn step(ws: &mut Workspace, round: &str, to: Status, reason: &str) -> Result<(), ModelError> {
    let edit = step_edit(
        ws,
        round,
        to,
        "Dr. Rahman",
        reason,
        t("2026-12-04T10:00:00Z"),
    )?;
    edit.apply(ws, None).map(|_| ())
}

fn answer(round: &str, v: u8) -> Edit {
    Edit::SetAnswer {
        at: at(round, "A", "adequacy"),
        answer: lvl(v),
    }
}

#[test]
fn a_round_goes_from_draft_to_review_to_validated_and_reopens_with_a_reason() {
    let mut ws = small();
    assert_eq!(ws.round("r1").unwrap().review.status(), Status::Draft);
    assert_eq!(
        step(&mut ws, "r1", Status::Validated, ""),
        Err(ModelError::ReviewStep {
            from: "draft",
            to: "validated"
        })
    );
    step(&mut ws, "r1", Status::UnderReview, "").unwrap();
    step(&mut ws, "r1", Status::Validated, "").unwrap();
    let review = &ws.round("r1").unwrap().review;
    assert_eq!(review.status(), Status::Validated);
    assert_eq!(review.validation().unwrap().by, "Dr. Rahman");
    assert_eq!(
        step(&mut ws, "r1", Status::Draft, "  "),
        Err(ModelError::ReopenWithoutReason)
    );
    step(&mut ws, "r1", Status::Draft, "NA for area 7 was wrong").unwrap();
    let review = &ws.round("r1").unwrap().review;
    assert_eq!(review.status(), Status::Draft);
    assert_eq!(review.steps().len(), 3);
    assert_eq!(review.steps()[2].reason, "NA for area 7 was wrong");
    assert!(review.validation().is_none());
}

#[test]
fn a_step_must_be_signed_and_the_rules_hold_for_a_whole_log() {
    let ws = small();
    let unsigned = step_edit(
        &ws,
        "r1",
        Status::UnderReview,
        " ",
        "",
        t("2026-12-04T10:00:00Z"),
    );
    assert_eq!(unsigned.unwrap_err(), ModelError::ReviewUnsigned);
    let s = |status| StatusStep {
        status,
        by: "X".into(),
        at: t("2026-12-04T10:00:00Z"),
        reason: String::new(),
    };
    assert!(Review::from_steps(vec![s(Status::UnderReview), s(Status::Validated)]).is_ok());
    // A forged log that skips the review is refused, from a file or an edit.
    let forged = Edit::SetReview {
        round: at("r1", "A", "adequacy").round,
        review: Review {
            steps: vec![s(Status::Validated)],
        },
    };
    let mut w = ws.clone();
    assert!(forged.apply(&mut w, None).is_err());
    assert_eq!(w, ws);
    assert_eq!(Status::from_key("Under-Review"), Some(Status::UnderReview));
    assert_eq!(Status::from_key("final"), None);
}

#[test]
fn a_validated_round_refuses_every_change_to_its_records_and_others_go_on() {
    let mut ws = small();
    answer("r1", 2).apply(&mut ws, None).unwrap();
    step(&mut ws, "r1", Status::UnderReview, "").unwrap();
    step(&mut ws, "r1", Status::Validated, "").unwrap();
    let before = ws.clone();
    let r1 = ws.round("r1").unwrap().clone();
    let refused = [
        answer("r1", 3),
        Edit::SetComments {
            at: at("r1", "A", "adequacy"),
            comments: vec![Comment {
                comment: "Why 2?".into(),
                ..Comment::default()
            }],
        },
        Edit::UpdateRound {
            id: r1.id.clone(),
            round: Box::new(Round {
                title: "Renamed".into(),
                ..r1.clone()
            }),
        },
        Edit::RemoveRound(r1.id.clone()),
        Edit::RemoveMinistry(at("r1", "A", "adequacy").ministry),
        Edit::Batch(vec![answer("r2", 1), answer("r1", 4)]),
    ];
    for edit in refused {
        let e = edit.clone().apply(&mut ws, None).unwrap_err();
        assert_eq!(e, ModelError::Validated("r1".into()), "{edit:?}");
        assert!(e.to_string().contains("reopen"), "{e}");
        assert_eq!(ws, before, "nothing changed by {edit:?}");
    }
    // Other rounds, and ministries without records in r1, go on.
    answer("r2", 1).apply(&mut ws, None).unwrap();
    Edit::RemoveMinistry(at("r1", "B", "adequacy").ministry)
        .apply(&mut ws, None)
        .unwrap();
    // Reopened with a reason, it takes edits again.
    step(&mut ws, "r1", Status::Draft, "A late correction").unwrap();
    answer("r1", 3).apply(&mut ws, None).unwrap();
}

#[test]
fn editing_a_round_keeps_its_review_and_undo_takes_a_step_back() {
    let mut ws = small();
    step(&mut ws, "r2", Status::UnderReview, "").unwrap();
    let r2 = ws.round("r2").unwrap().clone();
    // The round form knows nothing of the review: it cannot drop it.
    Edit::UpdateRound {
        id: r2.id.clone(),
        round: Box::new(Round {
            title: "Follow-up".into(),
            review: Review::default(),
            ..r2.clone()
        }),
    }
    .apply(&mut ws, None)
    .unwrap();
    assert_eq!(ws.round("r2").unwrap().review.status(), Status::UnderReview);
    let edit = step_edit(
        &ws,
        "r2",
        Status::Validated,
        "Ms. Akter",
        "",
        t("2026-12-04T11:00:00Z"),
    )
    .unwrap();
    let applied = edit.apply(&mut ws, None).unwrap();
    assert!(matches!(
        &applied.changes[..],
        [crate::Change::Review { before, after, .. }]
            if before.status() == Status::UnderReview && after.status() == Status::Validated
    ));
    applied.inverse.apply(&mut ws, None).unwrap();
    assert_eq!(ws.round("r2").unwrap().review.status(), Status::UnderReview);
}

#[test]
fn comments_are_checked_and_listed_in_the_matrix_in_order() {
    let mut ws = small();
    let empty = Edit::SetComments {
        at: at("r1", "B", "adequacy"),
        comments: vec![Comment::default()],
    };
    assert_eq!(empty.apply(&mut ws, None), Err(ModelError::EmptyComment));
    let c = |text: &str| Comment {
        comment: text.into(),
        by: "PEFA Secretariat".into(),
        response: String::new(),
        resolved: false,
    };
    for (m, text) in [("B", "Second"), ("A", "First")] {
        Edit::SetComments {
            at: at("r1", m, "adequacy"),
            comments: vec![c(text)],
        }
        .apply(&mut ws, None)
        .unwrap();
    }
    let round = ws.round("r1").unwrap().id.clone();
    let rows: Vec<_> = matrix(&ws, &round)
        .map(|(m, a, c)| format!("{} {} {}", m.as_str(), a.as_str(), c.comment))
        .collect();
    assert_eq!(rows, ["A adequacy First", "B adequacy Second"]);
    assert!(!ws.score_at(&at("r1", "A", "adequacy")).unwrap().is_blank());
}
