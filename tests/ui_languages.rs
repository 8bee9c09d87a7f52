//! The window in other languages (kittest, read through the accessible labels): the
//! interface switches from View › Language at once, keeping the page and the work; the
//! room view follows the workspace's language while the menus keep the person's; and a
//! whole run can start in Bangla.

mod common;

use codi_workshop::ui::lang::{Catalog, Digits, Texts};
use codi_workshop::ui::{App, AppConfig};
use common::*;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn bangla() -> std::sync::Arc<Texts> {
    Catalog::shipped().texts("bn", Digits::Bangla)
}

/// The part of a message before its first variable, for "label contains" queries.
fn lead(text: &str) -> &str {
    text.split('{').next().unwrap_or(text).trim_end()
}

fn shows(h: &Harness<'_, App>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn the_interface_switches_to_bangla_at_once_keeping_the_page_and_the_work() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "Score MoSW in Follow-up workshop");
    press(&mut h, Key::Num2);
    let page = scoring(&h);
    assert!(page.is_some(), "on a scoring page");
    click(&mut h, "View");
    click(&mut h, "Language");
    click(&mut h, "বাংলা");
    let bn = bangla();
    for id in ["menu-file", "menu-edit", "menu-view", "menu-help"] {
        assert!(
            h.query_by_label(&bn.get(id)).is_some(),
            "{id}: {}",
            bn.get(id)
        );
    }
    assert!(h.query_by_label("File").is_none(), "no English menu left");
    assert!(
        shows(&h, &bn.get("scoring-next")),
        "the area strip in Bangla"
    );
    assert!(
        shows(&h, &bn.get("votes-card-count")),
        "the panel in Bangla"
    );
    assert_eq!(scoring(&h), page, "still on the same page");
    assert_eq!(answer(&h, FOLLOW, "MoSW", 0), level(2), "the work is kept");
    // And back, the same way.
    click(&mut h, &bn.get("menu-view"));
    click(&mut h, &bn.get("menu-language"));
    click(&mut h, "English");
    assert!(h.query_by_label("File").is_some());
}

#[test]
fn the_room_speaks_the_workspaces_language_and_the_menus_the_persons() {
    let f = fixture();
    let mut ws = codi_workshop::storage::json::load(&f.file).unwrap();
    ws.set_language(Some(
        codi_workshop::model::LanguageTag::parse("bn").unwrap(),
    ));
    codi_workshop::storage::json::save(&f.file, &ws).unwrap();
    let mut h = harness(&f);
    click(&mut h, "Score MoSW in Follow-up workshop");
    let bn = bangla();
    // The projector's foot line: "Agreed: ..." in Bangla, with the last round's date
    // written the Bangla way.
    assert!(
        shows(&h, lead(&bn.get("room-agreed"))),
        "the room in Bangla"
    );
    assert!(shows(&h, "আগস্ট ২০২২"), "last round's date in Bangla");
    assert!(h.query_by_label("File").is_some(), "the menus stay English");
    assert!(
        shows(&h, "Card count"),
        "the facilitator's panel stays English"
    );
}

#[test]
fn a_run_can_start_in_bangla_and_the_key_list_is_in_bangla() {
    let f = fixture();
    let config = AppConfig {
        file: Some(f.file.clone()),
        language: Some("bn".into()),
        ..config_for(&f.data)
    };
    let mut h = harness_config(config, 1280.0, 800.0);
    h.run();
    let bn = bangla();
    assert!(h.query_by_label(&bn.get("menu-file")).is_some());
    press(&mut h, Key::F1);
    assert!(
        h.query_by_label(&bn.get("help-close")).is_some(),
        "the key list"
    );
    assert!(
        shows(&h, &bn.get("action-reveal-votes")),
        "an action in Bangla"
    );
}

#[test]
fn the_pseudo_locale_marks_every_catalogue_text() {
    let f = fixture();
    let config = AppConfig {
        file: Some(f.file.clone()),
        language: Some("en-XA".into()),
        ..config_for(&f.data)
    };
    let mut h = harness_config(config, 1280.0, 800.0);
    h.run();
    assert!(
        h.query_by_label("[Fííléé]").is_some(),
        "the File menu, pseudo"
    );
}

#[test]
fn a_language_dropped_into_the_data_folder_is_offered_and_its_faults_are_named() {
    let f = fixture();
    let pt = f.data.join("languages").join("pt-BR");
    std::fs::create_dir_all(&pt).unwrap();
    std::fs::write(
        pt.join("app.ftl"),
        "language-name = Português\nmenu-file = Arquivo\nmenu-edit = { oops\n",
    )
    .unwrap();
    let config = AppConfig {
        file: Some(f.file.clone()),
        language: Some("pt-BR".into()),
        ..config_for(&f.data)
    };
    let mut h = harness_config(config, 1280.0, 800.0);
    h.run();
    assert!(h.query_by_label("Arquivo").is_some(), "its own text");
    assert!(
        h.query_by_label("View").is_some(),
        "English where it has none"
    );
    assert!(shows(&h, "app.ftl:3:"), "the fault, by file and line");
    click(&mut h, "View");
    click(&mut h, "Language");
    assert!(
        h.query_by_label("Português").is_some(),
        "offered by its own name"
    );
}

#[test]
fn a_dialog_and_the_results_speak_bangla() {
    let f = fixture();
    let config = AppConfig {
        file: Some(f.file.clone()),
        language: Some("bn".into()),
        ..config_for(&f.data)
    };
    let mut h = harness_config(config, 1280.0, 800.0);
    h.run();
    let bn = bangla();
    // The new-round dialog: its fields are named in Bangla for screen readers.
    click(&mut h, &bn.get("workspace-new-round"));
    for id in ["field-new-round-title", "field-new-round-date"] {
        assert!(h.query_by_label(&bn.get(id)).is_some(), "{id}");
    }
    press(&mut h, Key::Escape);
    // The results: the radar's choices, the method note, the changes and the heatmap.
    click(&mut h, &bn.get("menu-go-results"));
    for id in [
        "radar-mode-rounds",
        "radar-mode-medians",
        "report-method-note",
    ] {
        assert!(shows(&h, &bn.get(id)), "{id}: {}", bn.get(id));
    }
    click(&mut h, &bn.get("results-changes-view"));
    for id in ["changes-from-round", "changes-to-round", "changes-ministry"] {
        assert!(shows(&h, &bn.get(id)), "{id}: {}", bn.get(id));
    }
    click(&mut h, &bn.get("results-heatmap-view"));
    assert!(shows(&h, &bn.get("heatmap-group")), "the heatmap's choices");
    assert!(
        h.query_by_label("Group by cluster").is_none(),
        "no English left"
    );
}
