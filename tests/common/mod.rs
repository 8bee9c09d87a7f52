//! The UI test harness shared by the `ui_*` tests: a demo workspace in a temporary
//! folder, the real app built by kittest, and helpers that act as a user would (click by
//! label, press keys) and read the result from the session.

#![allow(dead_code)] // Each test file uses a different part of it.

use std::path::{Path, PathBuf};

use codi_workshop::model::demo::demo_workspace;
use codi_workshop::model::{Answer, AreaScore, Instrument, Level};
use codi_workshop::session::Page;
use codi_workshop::storage::json;
use codi_workshop::ui::command::Screen;
use codi_workshop::ui::{App, AppConfig};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

pub const BASE: &str = "baseline-2022";
pub const FOLLOW: &str = "followup-2024";

/// A demo workspace file and a data folder, removed when dropped.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub file: PathBuf,
    pub data: PathBuf,
}

pub fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("demo.codi.json");
    json::save(&file, &demo_workspace()).unwrap();
    let data = dir.path().join("data");
    Fixture { file, data, dir }
}

/// The real app at 1280x800 in the light theme, on `file` (or the demo when `None`).
pub fn harness_for(file: Option<PathBuf>, data: &Path) -> Harness<'static, App> {
    harness_sized(file, data, 1280.0, 800.0)
}

pub fn harness_sized(file: Option<PathBuf>, data: &Path, w: f32, h: f32) -> Harness<'static, App> {
    let config = AppConfig {
        file,
        ..config_for(data)
    };
    harness_config(config, w, h)
}

/// How every UI test starts the app: its data folder under `data`, no native dialogs
/// (exports go to `data/exports`), voting on loopback, the server stopped at once.
pub fn config_for(data: &Path) -> AppConfig {
    AppConfig {
        export_dir: Some(data.join("exports")),
        data_dir: Some(data.to_owned()),
        no_dialogs: true,
        voting_bind: Some(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)),
        network_grace: Some(std::time::Duration::ZERO),
        ..Default::default()
    }
}

/// The real app with `config`, `w` x `h` points, light theme.
pub fn harness_config(config: AppConfig, w: f32, h: f32) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(w, h))
        .with_theme(egui::Theme::Light)
        .with_max_steps(8)
        .build_eframe(move |cc| App::new(cc, config))
}

pub fn harness(f: &Fixture) -> Harness<'static, App> {
    harness_for(Some(f.file.clone()), &f.data)
}

pub fn level(v: u8) -> Option<Answer> {
    Level::new(v).map(Answer::Level)
}

/// The id of area `k` (counting from 0) of the built-in instrument.
pub fn area(k: usize) -> String {
    Instrument::codi().areas()[k].id.to_string()
}

/// The record of area `k` (counting from 0).
pub fn score(h: &Harness<'_, App>, round: &str, ministry: &str, k: usize) -> Option<AreaScore> {
    let round = codi_workshop::model::RoundId::new(round).unwrap();
    let ministry = codi_workshop::model::MinistryId::new(ministry).unwrap();
    let area = codi_workshop::model::AreaId::new(&area(k)).unwrap();
    h.state()
        .workspace()
        .score(&round, &ministry, &area)
        .cloned()
}

pub fn answer(h: &Harness<'_, App>, round: &str, ministry: &str, k: usize) -> Option<Answer> {
    score(h, round, ministry, k).and_then(|s| s.answer)
}

/// The open scoring page as (round, ministry, page index), when the scoring screen is
/// shown; the summary page is the area count.
pub fn scoring(h: &Harness<'_, App>) -> Option<(String, String, usize)> {
    if h.state().screen() != Screen::Scoring {
        return None;
    }
    let f = h.state().live().focus?;
    let ws = h.state().workspace();
    let page = match &f.page {
        Page::Summary => ws.instrument_for(f.round.as_str())?.areas().len(),
        Page::Area(_) => f.page_index(&ws),
    };
    Some((f.round.to_string(), f.ministry.to_string(), page))
}

pub fn press(h: &mut Harness<'_, App>, key: Key) {
    h.key_press(key);
    h.run();
}

/// Click like a user: scroll the widget into view first.
pub fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// Focus the text box `label` and type `text` at its end.
pub fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Replace everything in the text box `label` with `text`.
pub fn replace_text(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Typed ids for the model's functions, from the texts tests use.
pub fn rid(s: &str) -> codi_workshop::model::RoundId {
    codi_workshop::model::RoundId::new(s).unwrap()
}
pub fn mid(s: &str) -> codi_workshop::model::MinistryId {
    codi_workshop::model::MinistryId::new(s).unwrap()
}
pub fn area_id(k: usize) -> codi_workshop::model::AreaId {
    Instrument::codi().areas()[k].id.clone()
}
pub fn aid(s: &str) -> codi_workshop::model::AreaId {
    codi_workshop::model::AreaId::new(s).unwrap()
}

/// A file dropped on the window, as the platform hands it over.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
