//! Review and sign-off in the window (kittest, by accessible labels): a reviewer's
//! comment is added and answered on Results › Review, the round is sent for review and
//! validated by a named person, its scoring page then says it is read-only and a key
//! press changes nothing (the message says how to reopen), Ctrl+Z does not take the
//! sign-off back, and reopening asks for a reason.

mod common;

use codi_workshop::model::review::Status;
use common::*;
use egui::Key;
use egui_kittest::kittest::Queryable;

fn status(h: &egui_kittest::Harness<'_, codi_workshop::ui::App>) -> Status {
    h.state().workspace().round(FOLLOW).unwrap().review.status()
}

#[test]
fn a_round_is_commented_validated_read_only_and_reopened_with_a_reason() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "View");
    click(&mut h, "Results: Review and sign-off");
    assert!(h.query_by_label("Draft: not yet validated").is_some());

    // A comment on MoSW, area 3.
    click(&mut h, "Ministry");
    click(&mut h, "MoSW · Ministry of Social Welfare");
    click(&mut h, "Area");
    click(&mut h, "3. Appropriateness");
    type_into(&mut h, "Comment", "Which survey supports level 3?");
    type_into(&mut h, "Reviewer (name or office)", "PEFA Secretariat");
    click(&mut h, "Add the comment");
    let comments = score(&h, FOLLOW, "MoSW", 2).unwrap().comments;
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].by, "PEFA Secretariat");
    assert!(
        h.query_by_label("Reviewers' comments: 1 (1 open)")
            .is_some()
    );

    // Steps need a name: the button is there but does nothing without one.
    click(&mut h, "Send for review");
    assert_eq!(status(&h), Status::Draft);
    type_into(&mut h, "Your name (kept in the history)", "Dr. Rahman");
    click(&mut h, "Send for review");
    assert_eq!(status(&h), Status::UnderReview);

    // The response, typed in place, and resolved.
    type_into(&mut h, "Response", "The 2023 survey, now cited.");
    click(&mut h, "Resolved");
    let c = &score(&h, FOLLOW, "MoSW", 2).unwrap().comments[0];
    assert_eq!(
        (c.response.as_str(), c.resolved),
        ("The 2023 survey, now cited.", true)
    );

    click(&mut h, "Validate and sign off");
    assert_eq!(status(&h), Status::Validated);
    let step = h.state().workspace().round(FOLLOW).unwrap().review.steps()[1].clone();
    assert_eq!(step.by, "Dr. Rahman");
    // Undo does not take a sign-off back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(status(&h), Status::Validated);

    // The scoring page says it is read-only, and a level key changes nothing.
    click(&mut h, "View");
    click(&mut h, "Workspace");
    click(&mut h, "Score MoSW in Follow-up workshop");
    assert!(
        h.query_all_by_label_contains("Validated by Dr. Rahman on")
            .next()
            .is_some(),
        "the panel says it is validated"
    );
    let before = answer(&h, FOLLOW, "MoSW", 0);
    press(
        &mut h,
        if before == level(1) {
            Key::Num2
        } else {
            Key::Num1
        },
    );
    assert_eq!(answer(&h, FOLLOW, "MoSW", 0), before, "nothing changed");
    let m = h.state().message().unwrap().text.clone();
    assert!(
        m.contains("read-only") && m.contains("Results › Review"),
        "{m}"
    );

    // Reopening needs a reason.
    click(&mut h, "View");
    click(&mut h, "Results: Review and sign-off");
    click(&mut h, "Reopen");
    assert_eq!(status(&h), Status::Validated, "no reason, no reopening");
    type_into(
        &mut h,
        "Why the round is reopened",
        "A late correction for MoSW",
    );
    click(&mut h, "Reopen");
    assert_eq!(status(&h), Status::Draft);
    let review = h.state().workspace().round(FOLLOW).unwrap().review.clone();
    assert_eq!(review.steps()[2].reason, "A late correction for MoSW");
    let history = h.state().workspace().history().entries().to_vec();
    let steps: Vec<_> = history.iter().filter(|e| e.what == "review").collect();
    assert_eq!(steps.len(), 3);
    assert!(steps.iter().all(|e| e.by == "Dr. Rahman"));
}
