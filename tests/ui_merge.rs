//! File › Merge workspace… in the window (kittest, by accessible labels): another
//! room's copy is merged in; a field only it filled comes over, a field both rooms
//! scored differently is a conflict listed side by side, "Merge" waits until a side is
//! chosen, and the merge is one undo step.

mod common;

use codi_workshop::model::{Answer, Edit, Level, ScoreRef};
use common::*;
use egui::Key;
use egui_kittest::kittest::Queryable;

fn at(ministry: &str, k: usize) -> ScoreRef {
    ScoreRef {
        round: rid(FOLLOW),
        ministry: mid(ministry),
        area: area_id(k),
    }
}

fn lvl(v: u8) -> Option<Answer> {
    Some(Answer::Level(Level::new(v).unwrap()))
}

#[test]
fn another_rooms_file_merges_with_its_conflict_chosen_and_undoes_in_one_step() {
    let f = fixture();
    // The other room's copy: HSD's area 8 scored (empty here), MoSW's area 1 scored 4
    // (3 here).
    let mut other = codi_workshop::storage::json::load(&f.file).unwrap();
    for (edit_at, v) in [(at("HSD", 7), 3), (at("MoSW", 0), 4)] {
        Edit::SetAnswer {
            at: edit_at,
            answer: lvl(v),
        }
        .apply(&mut other, None)
        .unwrap();
    }
    let room = f.dir.path().join("room2.codi.json");
    codi_workshop::storage::json::save(&room, &other).unwrap();

    let mut h = harness(&f);
    let before = answer(&h, FOLLOW, "MoSW", 0);
    assert_eq!(before, lvl(3));
    h.state_mut().dialogs.answers.push(room.clone());
    click(&mut h, "File");
    click(&mut h, "Merge workspace...");
    assert!(h.state().merging.is_some(), "the conflicts window is open");
    assert!(
        h.query_all_by_label_contains("One conflict: both files changed it differently")
            .next()
            .is_some()
    );
    assert!(
        h.query_all_by_label_contains("MoSW · followup-2024\n1. Inclusiveness\nagreed answer")
            .next()
            .is_some()
    );
    // Each side is a radio button naming its value.
    assert!(
        h.query_all_by_label_contains("3 (2024-08-04")
            .next()
            .is_some(),
        "this file's level"
    );
    assert!(
        h.query_all_by_label_contains("4 (").next().is_some(),
        "the other file's level"
    );
    // Nothing is merged before a side is chosen.
    click(&mut h, "Merge");
    assert!(h.state().merging.is_some());
    assert_eq!(answer(&h, FOLLOW, "HSD", 7), None);
    click(&mut h, "The other file for all");
    click(&mut h, "Merge");
    assert!(h.state().merging.is_none());
    assert_eq!(answer(&h, FOLLOW, "MoSW", 0), lvl(4), "the chosen side");
    assert_eq!(answer(&h, FOLLOW, "HSD", 7), lvl(3), "only it had this");
    let m = h.state().message().unwrap().text.clone();
    assert!(m.contains("Merged") && m.contains("1 conflicts"), "{m}");
    let merges = merge_entries(&h);
    assert_eq!(merges, 1);
    // One undo takes the whole merge back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(answer(&h, FOLLOW, "MoSW", 0), lvl(3));
    assert_eq!(answer(&h, FOLLOW, "HSD", 7), None);

    // Cancel leaves everything as it is.
    h.state_mut().dialogs.answers.push(room);
    click(&mut h, "File");
    click(&mut h, "Merge workspace...");
    click(&mut h, "Cancel");
    assert!(h.state().merging.is_none());
    assert_eq!(answer(&h, FOLLOW, "HSD", 7), None);
}

#[test]
fn several_workspace_files_dropped_together_are_merged_one_after_another() {
    let f = fixture();
    let mut rooms = Vec::new();
    for (k, area) in [7, 8].into_iter().enumerate() {
        let mut other = codi_workshop::storage::json::load(&f.file).unwrap();
        Edit::SetAnswer {
            at: at("HSD", area),
            answer: lvl(2 + k as u8),
        }
        .apply(&mut other, None)
        .unwrap();
        let path = f.dir.path().join(format!("room{k}.codi.json"));
        codi_workshop::storage::json::save(&path, &other).unwrap();
        rooms.push(path);
    }
    let mut h = harness(&f);
    for path in &rooms {
        let file: egui::DroppedFileHandle = std::sync::Arc::new(Dropped(path.clone()));
        h.input_mut().dropped_files.push(file);
    }
    h.run();
    assert_eq!(answer(&h, FOLLOW, "HSD", 7), lvl(2), "the first file");
    assert_eq!(answer(&h, FOLLOW, "HSD", 8), lvl(3), "then the second");
    let merges = merge_entries(&h);
    assert_eq!(merges, 2);
    let file = h.state().workspace();
    assert_eq!(
        file.title(),
        "Bangladesh NSSS demo workshop (illustrative scores, not real data)"
    );
}

/// How many merge entries the open workspace's history holds.
fn merge_entries(h: &egui_kittest::Harness<'_, codi_workshop::ui::App>) -> usize {
    let ws = h.state().workspace();
    ws.history()
        .entries()
        .iter()
        .filter(|e| e.what == "merge")
        .count()
}

#[test]
fn a_rationale_both_rooms_wrote_is_written_anew_in_the_window() {
    let f = fixture();
    let rationale = |text: &str| Edit::SetText {
        at: at("MoSW", 1),
        field: codi_workshop::model::TextField::Rationale,
        text: text.into(),
    };
    let mut other = codi_workshop::storage::json::load(&f.file).unwrap();
    rationale("Raised in 2024.")
        .apply(&mut other, None)
        .unwrap();
    let room = f.dir.path().join("room2.codi.json");
    codi_workshop::storage::json::save(&room, &other).unwrap();
    let mut mine = codi_workshop::storage::json::load(&f.file).unwrap();
    rationale("Short in the north.")
        .apply(&mut mine, None)
        .unwrap();
    codi_workshop::storage::json::save(&f.file, &mine).unwrap();

    let mut h = harness(&f);
    h.state_mut().dialogs.answers.push(room);
    click(&mut h, "File");
    click(&mut h, "Merge workspace...");
    click(&mut h, "Write it anew");
    type_into(&mut h, "The new text", " Raised in 2024.");
    click(&mut h, "Merge");
    let s = score(&h, FOLLOW, "MoSW", 1).unwrap();
    assert_eq!(s.rationale, "Short in the north. Raised in 2024.");
    assert_eq!(s.source.as_deref(), Some(other.title()));
}
