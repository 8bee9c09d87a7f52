//! Table scoring as the facilitator runs it: started from a round's menu, the
//! dashboard counts each table's answered areas (never its scores), and in the plenary
//! review the table's proposal shows beside the room's vote and `A` accepts it.

mod common;

use codi_workshop::model::{AreaId, MinistryId};
use codi_workshop::session::tables::Draft;
use codi_workshop::ui::command::Screen;
use common::*;
use egui::Key;
use egui_kittest::kittest::Queryable;

#[test]
fn tables_fill_in_the_dashboard_counts_and_a_accepts_the_proposal() {
    let f = fixture();
    let mut h = harness(&f);
    h.get_by_label("Actions for the round Follow-up workshop")
        .click();
    h.run();
    click(&mut h, "Table scoring: every ministry scores itself");
    assert_eq!(h.state().screen(), Screen::Tables);
    assert!(h.state().serving(), "the server runs for the tables");
    assert!(
        h.query_by_label_contains("Table scoring · Follow-up workshop")
            .is_some()
    );
    // HSD's table saves two areas from its device (the session is what the server calls).
    let hsd = MinistryId::new("HSD").unwrap();
    let code = {
        let ws = h.state().workspace();
        ws.round(FOLLOW).unwrap().tables[&hsd].code.clone()
    };
    for (k, level_v, text) in [(7, 3, "Plans exist and were used in 2024."), (8, 2, "")] {
        let draft = Draft {
            answer: level(level_v),
            rationale: text.into(),
            evidence: String::new(),
        };
        let area = AreaId::new(&area(k)).unwrap();
        h.state()
            .session()
            .lock()
            .table_save(&code, &area, draft, 0)
            .unwrap();
    }
    h.run();
    assert!(
        h.query_by_label("2/10").is_some(),
        "HSD has two areas answered"
    );
    assert!(h.query_by_label("started 0 min ago").is_some());
    assert!(
        h.query_by_label_contains("1 started · 0 submitted")
            .is_some()
    );
    // The dashboard never shows what a table chose.
    assert!(h.query_by_label_contains("Established").is_none());
    assert!(
        h.query_by_label_contains(&code).is_none(),
        "codes only on request"
    );
    h.get_by_label("Show table addresses").click();
    h.run();
    assert!(h.query_by_label_contains(&format!("/t/{code}")).is_some());

    // A lost sheet: HSD gets a new code; the old one stops working. Then MoSW's is revoked.
    h.set_size(egui::vec2(1280.0, 900.0));
    h.run();
    click(&mut h, "Table code actions for HSD");
    click(&mut h, "New code (the old one stops working)");
    let new_code = h.state().workspace().round(FOLLOW).unwrap().tables[&hsd]
        .code
        .clone();
    assert_ne!(new_code, code);
    assert!(h.state().session().lock().table_of(&code).is_err());
    assert!(h.state().session().lock().table_of(&new_code).is_ok());
    click(&mut h, "Table code actions for MoSW");
    click(&mut h, "Revoke this table's code");
    assert!(h.query_by_label("no code: revoked").is_some());
    assert!(h.state().message().unwrap().text.contains("revoked"));
    let code = new_code;

    // Plenary review: HSD's area 8 shows the proposal; A accepts it.
    click(&mut h, "Back to the workspace");
    click(&mut h, "Score HSD in Follow-up workshop");
    h.get_by_label_contains("Go to area 8:").click();
    h.run();
    assert!(
        h.query_by_label("Table's proposal: 3 Established")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Table proposed: 3 Established")
            .is_some(),
        "the room sees it"
    );
    let before = score(&h, FOLLOW, &mid("HSD"), 7).and_then(|s| s.answer);
    assert_ne!(before, level(3));
    press(&mut h, Key::A);
    let after = score(&h, FOLLOW, &mid("HSD"), 7).unwrap();
    assert_eq!(after.answer, level(3));
    assert_eq!(
        after.rationale, "Plans exist and were used in 2024.",
        "the room had no text"
    );
    assert_eq!(
        after.proposal.unwrap().revision,
        1,
        "the proposal stays as it was"
    );
    // Stopping table scoring closes the codes; the proposals stay.
    h.state().session().lock().close_tables();
    assert!(h.state().session().lock().table_of(&code).is_err());
}

#[test]
fn stopping_table_scoring_names_the_tables_still_working_and_asks_first() {
    let f = fixture();
    let mut h = harness(&f);
    h.get_by_label("Actions for the round Follow-up workshop")
        .click();
    h.run();
    click(&mut h, "Table scoring: every ministry scores itself");
    // Every table but MoSW's submits.
    let codes: Vec<(String, String)> = {
        let ws = h.state().workspace();
        let round = ws.round(FOLLOW).unwrap();
        ws.ministries()
            .iter()
            .map(|m| (m.id.to_string(), round.tables[&m.id].code.clone()))
            .collect()
    };
    for (m, code) in &codes {
        if m != "MoSW" {
            h.state().session().lock().table_submit(code, true).unwrap();
        }
    }
    h.run();
    click(&mut h, "Stop table scoring");
    assert!(h.query_by_label("Stop table scoring?").is_some());
    assert!(
        h.query_by_label_contains("1 table has not submitted yet: MoSW.")
            .is_some()
    );
    // Enter keeps it open: the safe answer has the keyboard.
    press(&mut h, Key::Enter);
    assert!(h.state().live().tables.is_some(), "still open");
    click(&mut h, "Stop table scoring");
    // The dashboard's button, then the question's (drawn over it, last).
    h.get_all_by_label("Stop table scoring")
        .last()
        .expect("the question's button")
        .click();
    h.run();
    assert!(h.state().live().tables.is_none(), "closed");
    assert!(!h.state().serving(), "and the server with it");
}
