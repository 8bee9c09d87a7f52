//! Bangla typed and edited in the real app (kittest), on a workspace whose instrument
//! and ministry names are in Bangla (`tests/fixtures/bangla/instrument.json`): the
//! text box shows ো as ে + া so the cursor stays right, the record keeps what was typed,
//! and the file keeps it byte for byte.

mod common;

use codi_workshop::model::{Ministry, MinistryId, Round, RoundId, Workspace};
use codi_workshop::storage::json;
use common::*;
use egui_kittest::kittest::Queryable;

const MOSW: &str = "সমাজকল্যাণ মন্ত্রণালয়";
const TYPED: &str = "কোনো জেলায় সময়মতো সাড়া";

fn bangla_workspace(dir: &std::path::Path) -> std::path::PathBuf {
    let inst = json::load_instrument(std::path::Path::new(
        "tests/fixtures/bangla/instrument.json",
    ))
    .expect("the Bangla test instrument loads");
    let mut ws = Workspace::new("বাংলা পরীক্ষা", inst);
    ws.add_ministry(Ministry {
        id: MinistryId::new("MoSW").unwrap(),
        name: MOSW.into(),
        cluster: Some("সামাজিক ভাতা".into()),
    })
    .unwrap();
    ws.add_round(Round {
        id: RoundId::new("r1").unwrap(),
        title: "প্রথম কর্মশালা".into(),
        date: "2025-01-10".parse().unwrap(),
        location: "ঢাকা".into(),
        facilitator: String::new(),
        notes: String::new(),
        instrument_version: "test-bn-1".into(),
        participants: Default::default(),
        tables: Default::default(),
        review: Default::default(),
        sources: Vec::new(),
    })
    .unwrap();
    let file = dir.join("bn.codi.json");
    json::save(&file, &ws).unwrap();
    file
}

#[test]
fn bangla_is_typed_with_the_cursor_in_place_and_saved_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    let file = bangla_workspace(dir.path());
    let mut h = harness_for(Some(file.clone()), &dir.path().join("data"));
    assert!(
        h.query_all_by_label_contains(MOSW).count() >= 1,
        "the ministry's Bangla name"
    );
    click(&mut h, "Score MoSW in প্রথম কর্মশালা");
    assert!(
        h.query_all_by_label_contains("অন্তর্ভুক্তি").count() >= 1,
        "the area's Bangla name"
    );
    assert!(
        h.query_all_by_label_contains("প্রতিষ্ঠিত").count() >= 1,
        "a level's Bangla label"
    );

    type_into(&mut h, "Rationale", TYPED);
    // The cursor is at the end: what is typed next comes after the last letter.
    h.key_press(egui::Key::End);
    h.run();
    h.get_by_label("Rationale").type_text("।");
    h.run();
    let expected = format!("{TYPED}।");
    assert_eq!(h_rationale(&h), expected, "stored as typed (ো as U+09CB)");
    assert!(h_rationale(&h).contains('\u{09CB}'));
    // Two steps left from the end (over the danda and া) and one more letter goes
    // between ড় and া: the cursor counts what it shows.
    for _ in 0..2 {
        h.key_press(egui::Key::ArrowLeft);
        h.run();
    }
    h.get_by_label("Rationale").type_text("ড");
    h.run();
    assert_eq!(h_rationale(&h), format!("{}ডা।", TYPED.trim_end_matches('া')));

    // Saved and loaded back: the same bytes.
    h.state_mut().flush().unwrap();
    let back = json::load(&file).unwrap();
    let score = back
        .score(&rid("r1"), &mid("MoSW"), &aid("inclusiveness"))
        .unwrap();
    assert_eq!(score.rationale.as_bytes(), h_rationale(&h).as_bytes());
}

fn h_rationale(h: &egui_kittest::Harness<'_, codi_workshop::ui::App>) -> String {
    h.state()
        .workspace()
        .score(&rid("r1"), &mid("MoSW"), &aid("inclusiveness"))
        .map(|s| s.rationale.clone())
        .unwrap_or_default()
}
