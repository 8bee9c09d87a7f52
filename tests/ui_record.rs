//! The next round's scoring page as a facilitator meets it: last round's actions come
//! first and their status is updated there; a changed score asks why, and the answer
//! (or a skip) is kept; every step lands in the history.

mod common;

use codi_workshop::model::history::Step;
use codi_workshop::model::{ActionStatus, ReasonKind};
use common::*;
use egui_kittest::kittest::Queryable;

#[test]
fn next_round_actions_then_a_changed_score_and_its_reason() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "Score MoSW in Follow-up workshop");
    assert_eq!(scoring(&h), Some((FOLLOW.into(), "MoSW".into(), 0)));

    // Last round's action for this area is on the page, before anything else.
    let actions = h
        .get_by_label("Actions agreed in Baseline workshop")
        .rect()
        .min
        .y;
    let cards = h.get_by_label("Card count").rect().min.y;
    assert!(actions < cards, "last round's actions come first");
    assert!(
        h.query_by_label("Map who is missed in the two poorest upazilas")
            .is_some()
    );

    // Where does it stand? In progress, with a note.
    click(&mut h, "Status: Planned");
    click(&mut h, "In progress");
    type_into(&mut h, "What happened", "Survey done in one upazila");
    let base = score(&h, BASE, "MoSW", 0).unwrap();
    assert_eq!(base.actions[0].status, ActionStatus::InProgress);
    assert_eq!(base.actions[0].follow_up, "Survey done in one upazila");
    assert_eq!(
        answer(&h, BASE, "MoSW", 0),
        level(2),
        "last round's score is untouched"
    );

    // Area 2 (Adequacy) was 2 then and 2 now: no question. Agree 4 instead.
    click(&mut h, "Go to area 2: Adequacy (answer 2)");
    assert!(
        h.query_by_label_contains("Why did the score change?")
            .is_none()
    );
    click(&mut h, "Agree on 4 Advanced");
    assert_eq!(answer(&h, FOLLOW, "MoSW", 1), level(4));
    assert!(
        h.query_by_label("Baseline workshop agreed 2; now 4. Why did the score change?")
            .is_some()
    );
    click(&mut h, "Reason for the change: Choose a reason");
    click(&mut h, "New or better evidence");
    type_into(&mut h, "Note (optional)", "the 2024 budget circular");
    let reason = score(&h, FOLLOW, "MoSW", 1).unwrap().reason.unwrap();
    assert_eq!(reason.kind, ReasonKind::Evidence);
    assert_eq!(reason.note, "the 2024 budget circular");

    // Area 3 (Appropriateness): 3 then, 1 now; the room skips the question.
    click(&mut h, "Go to area 3: Appropriateness (answer 3)");
    click(&mut h, "Agree on 1 Latent");
    click(&mut h, "Skip");
    let skipped = score(&h, FOLLOW, "MoSW", 2).unwrap().reason.unwrap();
    assert_eq!(
        skipped.kind,
        ReasonKind::NotGiven,
        "skip is recorded as not given"
    );

    // Undo takes the skip back by adding to the history, never by deleting.
    let before = h.state().workspace().history().len();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(score(&h, FOLLOW, "MoSW", 2).unwrap().reason.is_none());
    let ws = h.state().workspace();
    let history = ws.history();
    assert_eq!(history.len(), before + 1);
    let last = history.entries().last().unwrap();
    assert_eq!((last.what.as_str(), last.step), ("reason", Step::Undo));
    let what: Vec<&str> = history.entries().iter().map(|e| e.what.as_str()).collect();
    assert_eq!(
        what,
        ["actions", "answer", "reason", "answer", "reason", "reason"],
        "status and note typed as one entry; the reason and its note as one"
    );
    assert_eq!(history.entries()[0].round.as_ref().unwrap().as_str(), BASE);
    assert!(
        history.entries()[0]
            .after
            .ends_with("[in-progress: Survey done in one upazila]"),
        "{}",
        history.entries()[0].after
    );
}

#[test]
fn new_rounds_can_use_another_instrument_version_and_past_rounds_keep_theirs() {
    let f = fixture();
    let mut h = harness(&f);
    let mut v: serde_json::Value =
        serde_json::from_str(codi_workshop::model::instrument::DEFAULT_INSTRUMENT_JSON).unwrap();
    v["version"] = "2027.1".into();
    v["areas"][1]["definition"] = "Benefits meet need, as measured by the 2026 survey.".into();
    let file = f.file.with_file_name("codi-2027.json");
    std::fs::write(&file, v.to_string()).unwrap();
    h.state_mut().dialogs.answers.push(file.clone());
    click(&mut h, "File");
    click(&mut h, "New rounds use another instrument version...");
    let m = h.state().message().unwrap().text.clone();
    assert!(
        m.contains("version 2027.1") && m.contains("Past rounds keep"),
        "{m}"
    );
    let ws = h.state().workspace();
    assert_eq!(ws.instrument().version(), "2027.1");
    for r in ws.rounds() {
        assert_eq!(r.instrument_version, "2026.1", "{} is never re-rated", r.id);
    }

    // The same version with other texts is refused, and nothing changes.
    v["areas"][2]["definition"] = "Something else".into();
    std::fs::write(&file, v.to_string()).unwrap();
    h.state_mut().dialogs.answers.push(file);
    click(&mut h, "File");
    click(&mut h, "New rounds use another instrument version...");
    let m = h.state().message().unwrap();
    assert!(
        m.error && m.text.contains("give the changed instrument a new version"),
        "{m:?}"
    );
    assert_eq!(h.state().workspace(), ws);

    // One undo step takes the change back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().workspace().instrument().version(), "2026.1");
}
