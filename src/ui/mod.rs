//! The desktop window (eframe/egui): drawing and input only. Screens read the session
//! and emit [`command::Command`]s; the handler ([`app::App::apply`]) runs them after the
//! frame, sending edits through the session's one entry point.

pub mod app;
mod banners;
pub mod command;
mod files;
mod handler;
pub mod headless;
pub mod keymap;
mod menu;
pub mod screens;
mod start;
pub mod theme;
pub mod widgets;

use std::path::PathBuf;

pub use app::{App, AppConfig};

/// The app's data folder (never-saved workspaces); `CODI_WORKSHOP_DATA_DIR` overrides it.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CODI_WORKSHOP_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "CODI Workshop", "codi-workshop")
        .map(|d| d.data_dir().to_owned())
}

/// Open the window and run until it closes.
pub fn run(config: AppConfig) -> anyhow::Result<()> {
    let (w, h) = config.window_size.unwrap_or((1280.0, 800.0));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("CODI Workshop")
            .with_app_id("codi-workshop")
            .with_inner_size([w, h])
            .with_min_inner_size([800.0, 600.0])
            .with_position([0.0, 0.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "codi-workshop",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(cc, config)))),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
