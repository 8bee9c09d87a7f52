//! What keeps the facilitator's trust, driven like a user: an earlier round asks before
//! it changes and shows that it is being changed; undo and redo say what they did and
//! show the area; a key that does nothing says why; dialogs take the keyboard at once.

mod common;

use codi_workshop::ui::command::Screen;
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

#[test]
fn an_earlier_round_asks_once_per_session_before_it_changes() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "Score MoSW in Baseline workshop");
    assert!(
        h.query_by_label_contains("Earlier round: Baseline workshop")
            .is_some(),
        "the marker says which round this is"
    );
    let before = answer(&h, BASE, "MoSW", 0);
    assert_ne!(before, level(4));
    // The wrong column, then a key: asked, not changed.
    press(&mut h, Key::Num4);
    assert!(
        h.query_by_label("Change the Baseline workshop round?")
            .is_some()
    );
    assert_eq!(answer(&h, BASE, "MoSW", 0), before);
    // Enter takes the safe answer.
    press(&mut h, Key::Enter);
    assert!(
        h.query_by_label("Change the Baseline workshop round?")
            .is_none()
    );
    assert_eq!(answer(&h, BASE, "MoSW", 0), before);
    // Asked again, and this time changed.
    press(&mut h, Key::Num4);
    click(&mut h, "Change the Baseline workshop round");
    assert_eq!(answer(&h, BASE, "MoSW", 0), level(4));
    assert!(
        h.query_by_label_contains("✎ Changing an earlier round: Baseline workshop")
            .is_some()
    );
    // Not asked again in this session.
    press(&mut h, Key::Num3);
    assert_eq!(answer(&h, BASE, "MoSW", 0), level(3));
    assert!(
        h.query_by_label("Change the Baseline workshop round?")
            .is_none()
    );
    // A new session asks again.
    press(&mut h, Key::Escape);
    assert_eq!(h.state().screen(), Screen::Workspace);
    click(&mut h, "Score MoSW in Baseline workshop");
    h.get_by_label_contains("Go to area 1:").click();
    h.run();
    press(&mut h, Key::Num2);
    assert!(
        h.query_by_label("Change the Baseline workshop round?")
            .is_some()
    );
    assert_eq!(answer(&h, BASE, "MoSW", 0), level(3));
    // The newest round never asks.
    press(&mut h, Key::Escape);
    press(&mut h, Key::Escape);
    click(&mut h, "Score MoSW in Follow-up workshop");
    assert!(h.query_by_label_contains("Earlier round").is_none());
    press(&mut h, Key::Num1);
    assert_eq!(answer(&h, FOLLOW, "MoSW", 0), level(1));
}

#[test]
fn undo_and_redo_say_what_they_did_and_show_the_area() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "Score HSD in Follow-up workshop");
    assert!(matches!(scoring(&h), Some((_, _, 7))));
    press(&mut h, Key::Num3);
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::ArrowRight);
    assert!(matches!(scoring(&h), Some((_, _, 9))));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(
        matches!(scoring(&h), Some((_, _, 7))),
        "the area undone is shown"
    );
    assert_eq!(answer(&h, FOLLOW, "HSD", 7), None);
    let m = h.state().message().unwrap().text.clone();
    assert_eq!(
        m,
        "Undid the agreed answer of HSD, area 8 (Responsiveness), Follow-up workshop: now not scored."
    );
    assert!(h.query_by_label(&m).is_some(), "shown as a note");
    press(&mut h, Key::Home);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert!(matches!(scoring(&h), Some((_, _, 7))));
    assert!(
        h.state()
            .message()
            .unwrap()
            .text
            .starts_with("Redid the agreed answer")
    );
    assert!(
        h.state()
            .message()
            .unwrap()
            .text
            .ends_with("now 3 Established.")
    );
}

#[test]
fn a_key_that_does_nothing_says_why_on_the_hint_line() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "Score HSD in Follow-up workshop");
    press(&mut h, Key::A);
    assert!(
        h.query_by_label("A: this area has no table proposal to accept")
            .is_some()
    );
    press(&mut h, Key::J);
    assert!(
        h.query_by_label_contains("J: the join page is there while room voting is on")
            .is_some()
    );
    press(&mut h, Key::V);
    assert!(
        h.query_by_label_contains("V: nothing to reveal yet")
            .is_some()
    );
    // The next key that works brings the hint back.
    press(&mut h, Key::ArrowRight);
    assert!(h.query_by_label_contains("V: nothing").is_none());
    press(&mut h, Key::End);
    press(&mut h, Key::N);
    assert!(
        h.query_by_label("N: open an area first; this is the summary page")
            .is_some()
    );
}

#[test]
fn dialogs_take_the_keyboard_at_once() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "New round...");
    assert!(h.get_by_label("New round title").is_focused());
    h.get_by_label("New round title")
        .type_text("Third workshop");
    h.run();
    press(&mut h, Key::Escape);
    click(&mut h, "Add ministry...");
    assert!(h.get_by_label("New ministry code").is_focused());
}

#[test]
fn voting_restarts_on_the_port_it_started_on() {
    use codi_workshop::ui::{App, AppConfig};
    let f = fixture();
    let config = AppConfig {
        file: Some(f.file.clone()),
        start_screen: Some("scoring:followup-2024:HSD:8".into()),
        // As `--room-voting PORT` does (port 0: the system picks one).
        room_voting: Some(0),
        ..config_for(&f.data)
    };
    let mut h = harness_config(config, 1280.0, 800.0);
    h.run();
    let port = |h: &egui_kittest::Harness<'_, App>| {
        let url = h.state().join_url().expect("voting is open").to_owned();
        url.split(':')
            .nth(2)
            .unwrap()
            .split('/')
            .next()
            .unwrap()
            .to_owned()
    };
    let first = port(&h);
    // W stops, W starts again: the same port, so the printed addresses work again.
    press(&mut h, Key::W);
    assert!(h.state().join_url().is_none());
    press(&mut h, Key::W);
    assert_eq!(port(&h), first);
}

/// An instrument may have ten levels: `1`-`9` choose the first nine and `0` the tenth.
#[test]
fn a_ten_level_scale_is_scored_from_the_keyboard() {
    use codi_workshop::model::{Instrument, Ministry, MinistryId, Round, RoundId, Workspace};
    let mut inst: serde_json::Value =
        serde_json::from_str(include_str!("../scoring/codi.json")).unwrap();
    let step =
        |v: u64| serde_json::json!({"value": v, "label": format!("Step {v}"), "meaning": "m"});
    inst["scale"]["levels"] = (1..=10).map(step).collect();
    inst["version"] = "ten-levels".into();
    // A ten-level scale would need its own translations: this one keeps none.
    inst.as_object_mut().unwrap().remove("translations");
    for area in inst["areas"].as_array_mut().unwrap() {
        area["level_descriptors"] = (1..=10).map(|v| format!("Descriptor {v}")).collect();
    }
    let inst = Instrument::from_json(&inst.to_string()).unwrap();
    assert_eq!(inst.level_count(), 10);
    let mut ws = Workspace::new("Ten levels", inst);
    ws.add_ministry(Ministry {
        id: MinistryId::new("MoT").unwrap(),
        name: "Ministry of Tens".into(),
        cluster: None,
    })
    .unwrap();
    ws.add_round(Round {
        id: RoundId::new("r1").unwrap(),
        title: "First".into(),
        date: jiff::civil::date(2026, 1, 5),
        location: String::new(),
        facilitator: "F".into(),
        notes: String::new(),
        instrument_version: "ten-levels".into(),
        participants: Default::default(),
        tables: Default::default(),
        review: Default::default(),
        sources: Vec::new(),
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ten.codi.json");
    codi_workshop::storage::json::save(&file, &ws).unwrap();
    let mut h = harness_for(Some(file), &dir.path().join("data"));
    click(&mut h, "Score MoT in First");
    h.get_by_label_contains("Go to area 1:").click();
    h.run();
    press(&mut h, Key::Num0);
    assert_eq!(answer(&h, "r1", "MoT", 0), level(10));
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::Num9);
    assert_eq!(answer(&h, "r1", "MoT", 1), level(9));
    // Ctrl+0 stays the zoom's, never a level.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(answer(&h, "r1", "MoT", 1), level(9));
}
