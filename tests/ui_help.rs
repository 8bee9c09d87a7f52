//! Help inside the app: F1 shows every key of the key map and Esc closes it without
//! leaving the page; Help › About shows the version, the instrument and the licences.

mod common;

use codi_workshop::ui::keymap::Action;
use common::*;
use egui::Key;
use egui_kittest::kittest::Queryable;

/// An action without a key is in a menu, so nothing the app can do is out of reach.
#[test]
fn every_action_without_a_key_is_in_a_menu() {
    let f = fixture();
    let mut h = harness(&f);
    let mut found = Vec::new();
    let en = codi_workshop::ui::lang::Catalog::shipped().english();
    for menu in ["File", "View", "Help"] {
        click(&mut h, menu);
        for a in Action::ALL.iter().filter(|a| a.shortcuts().is_empty()) {
            let text = a.text(&en);
            let text = text.trim_end_matches("...");
            if h.query_all_by_label_contains(text).next().is_some() {
                found.push(*a);
            }
        }
        press(&mut h, Key::Escape);
    }
    for a in Action::ALL.iter().filter(|a| a.shortcuts().is_empty()) {
        assert!(found.contains(a), "{a:?} ({}) is in no menu", a.text(&en));
    }
}

#[test]
fn f1_lists_the_key_map_and_esc_closes_it_in_place() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "Score MoSW in Follow-up workshop");
    press(&mut h, Key::F1);
    assert!(
        h.query_by_label("Close (Esc)").is_some(),
        "the help is open"
    );
    let en = codi_workshop::ui::lang::Catalog::shipped().english();
    for a in Action::ALL.iter().filter(|a| !a.shortcuts().is_empty()) {
        assert!(
            h.query_all_by_label(&a.text(&en)).count() >= 1,
            "{:?} is listed",
            a
        );
    }
    press(&mut h, Key::Escape);
    assert!(h.query_by_label("Close (Esc)").is_none(), "closed");
    assert!(
        scoring(&h).is_some(),
        "Esc closed the help, not the scoring page"
    );
    // F1 twice opens and closes.
    press(&mut h, Key::F1);
    press(&mut h, Key::F1);
    assert!(h.query_by_label("Close (Esc)").is_none());
}

#[test]
fn about_names_the_version_instrument_licences_and_data_folder() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "Help");
    click(&mut h, "About CODI Workshop");
    let version = format!("CODI Workshop {}", env!("CARGO_PKG_VERSION"));
    assert!(h.query_by_label(&version).is_some());
    assert!(h.query_all_by_label_contains("(version 2026.1)").count() >= 1);
    for licence in ["DejaVu Sans", "Noto Sans Bengali", "MIT or Apache-2.0"] {
        assert!(
            h.query_all_by_label_contains(licence).count() >= 1,
            "{licence}"
        );
    }
    let data = f.data.display().to_string();
    assert!(h.query_by_label(&data).is_some(), "the data folder: {data}");
    assert!(h.query_by_label("Open data folder").is_some());
}
