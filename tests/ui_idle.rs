//! When nothing happens the app asks for no repaints (it only wakes for autosave).

use std::time::Duration;

use codi_workshop::model::demo::demo_workspace;
use codi_workshop::model::{AreaId, MinistryId, RoundId};
use codi_workshop::session::{Focus, Page};
use codi_workshop::storage::json;
use codi_workshop::ui::command::Command;
use codi_workshop::ui::headless::Headless;
use codi_workshop::ui::{App, AppConfig};

fn app(dir: &std::path::Path) -> App {
    let file = dir.join("demo.codi.json");
    json::save(&file, &demo_workspace()).unwrap();
    App::with_prefs(
        Default::default(),
        AppConfig {
            file: Some(file),
            data_dir: Some(dir.join("data")),
            ..Default::default()
        },
    )
}

/// Open the scoring page of `ministry` in the follow-up round on area `area`.
fn score(ministry: &str, area: &str) -> Command {
    Command::Score(Focus {
        round: RoundId::new("followup-2024").unwrap(),
        ministry: MinistryId::new(ministry).unwrap(),
        page: Page::Area(AreaId::new(area).unwrap()),
    })
}

fn settle(h: &mut Headless) -> Duration {
    let mut last = Duration::ZERO;
    // Let animations (scroll bars fading in) finish: a second of frames.
    for _ in 0..60 {
        last = h.frame(Vec::new()).repaint_delay;
    }
    if last != Duration::MAX {
        eprintln!("repaint causes: {:?}", h.ctx.repaint_causes());
    }
    last
}

#[test]
fn idle_screens_request_no_repaint() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Headless::new(app(dir.path()), 1280.0, 800.0);
    assert_eq!(settle(&mut h), Duration::MAX, "workspace screen");
    let scoring = score("MoSW", "appropriateness");
    let ctx = h.ctx.clone();
    h.app.apply(&ctx, scoring);
    assert_eq!(settle(&mut h), Duration::MAX, "scoring page");
    assert!(
        h.frame(Vec::new()).vertices > 5_000,
        "the frame really drew the page"
    );
}

#[test]
fn an_edit_wakes_the_app_only_until_it_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Headless::new(app(dir.path()), 1280.0, 800.0);
    settle(&mut h);
    let ctx = h.ctx.clone();
    h.app.apply(&ctx, score("HSD", "incentive-compatibility"));
    let key = egui::Event::Key {
        key: egui::Key::Num3,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    };
    let d = h.frame(vec![key]).repaint_delay;
    assert!(
        d < Duration::from_secs(1),
        "an unsaved change schedules a save: {d:?}"
    );
    h.app.flush().unwrap();
    assert_eq!(settle(&mut h), Duration::MAX, "quiet again once saved");
}
