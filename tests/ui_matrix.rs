//! The workspace screen's completion table driven like a user would: one Tab stop, the
//! arrow keys and Enter, the pointer, and what a screen reader is told about each cell.

mod common;

use codi_workshop::model::demo::large_workspace;
use codi_workshop::storage::json;
use codi_workshop::ui::App;
use common::*;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// The accessible name of the widget with keyboard focus.
fn focused_label(h: &Harness<'_, App>) -> Option<String> {
    h.root()
        .children_recursive()
        .find(|n| n.is_focused())
        .and_then(|n| n.accesskit_node().label())
}

/// Press Tab until a table cell has focus; the number of presses.
fn tab_into_table(h: &mut Harness<'_, App>) -> usize {
    let mut tabs = 0;
    while !focused_label(h).is_some_and(|l| l.starts_with("Score ")) {
        assert!(tabs < 40, "40 Tabs never reached the table");
        press(h, Key::Tab);
        tabs += 1;
    }
    tabs
}

#[test]
fn the_arrows_move_in_the_table_and_enter_scores_the_cell() {
    let f = fixture();
    let mut h = harness(&f);
    tab_into_table(&mut h);
    assert_eq!(
        focused_label(&h).as_deref(),
        Some("Score MoSW in Follow-up workshop"),
        "the cursor starts on the first row, in the newest round"
    );
    // Up on the first row and Right in the newest round stay put.
    press(&mut h, Key::ArrowUp);
    press(&mut h, Key::ArrowRight);
    assert_eq!(
        focused_label(&h).as_deref(),
        Some("Score MoSW in Follow-up workshop")
    );
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::ArrowLeft);
    assert_eq!(
        focused_label(&h).as_deref(),
        Some("Score MoLWA in Baseline workshop"),
        "the arrows moved the cursor, not the focus to other widgets"
    );
    press(&mut h, Key::Enter);
    assert_eq!(scoring(&h), Some((BASE.into(), "MoLWA".into(), 0)));
}

#[test]
fn the_table_is_a_single_tab_stop() {
    let f = fixture();
    let mut h = harness(&f);
    tab_into_table(&mut h);
    press(&mut h, Key::Tab);
    assert_eq!(
        focused_label(&h).as_deref(),
        Some("Actions for MoSW"),
        "the next Tab leaves the table for the first row's menu"
    );
}

#[test]
fn each_cell_tells_a_screen_reader_how_far_it_is_and_can_be_clicked() {
    let f = fixture();
    // Tall enough for all twelve rows: only the rows in sight have nodes.
    let mut h = harness_sized(Some(f.file.clone()), &f.data, 1280.0, 1100.0);
    let described =
        |h: &Harness<'_, App>, label: &str| h.get_by_label(label).accesskit_node().description();
    assert_eq!(
        described(&h, "Score HSD in Follow-up workshop").as_deref(),
        Some("7 of 10 areas answered")
    );
    assert_eq!(
        described(&h, "Score MoSW in Follow-up workshop").as_deref(),
        Some("all 10 areas answered")
    );
    // A cell that is not the cursor answers a screen reader's click.
    h.get_by_label("Score FD in Baseline workshop")
        .click_accesskit();
    h.run();
    assert_eq!(scoring(&h), Some((BASE.into(), "FD".into(), 0)));
}

#[test]
fn the_arrows_page_through_rounds_that_do_not_fit() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("many.codi.json");
    json::save(&file, &large_workspace(4, 16, 10)).unwrap();
    let mut h = harness_for(Some(file), &dir.path().join("data"));
    let shown = |h: &Harness<'_, App>| {
        h.query_by_label_contains("of 16")
            .and_then(|n| n.value())
            .unwrap_or_default()
    };
    let before = shown(&h);
    assert!(
        before.ends_with("-16 of 16"),
        "newest rounds first: {before}"
    );
    tab_into_table(&mut h);
    assert_eq!(
        focused_label(&h).as_deref(),
        Some("Score M0000 in Round 2015")
    );
    for _ in 0..15 {
        press(&mut h, Key::ArrowLeft);
    }
    assert_eq!(
        focused_label(&h).as_deref(),
        Some("Score M0000 in Round 2000"),
        "Left walked back through every round"
    );
    assert!(
        shown(&h).starts_with("rounds 1-"),
        "the columns paged back with the cursor: {}",
        shown(&h)
    );
    press(&mut h, Key::Enter);
    assert_eq!(
        scoring(&h).map(|s| (s.0, s.1)),
        Some(("round-2000".into(), "M0000".into()))
    );
}
