//! The desktop window (eframe/egui).

use std::path::PathBuf;

use crate::model::Workspace;
use crate::model::demo::demo_workspace;
use crate::storage;

/// The app state for one window.
pub struct App {
    workspace: Workspace,
    file: Option<PathBuf>,
    message: Option<String>,
    quit_after_frames: Option<u64>,
    frames: u64,
}

impl App {
    pub fn new(file: Option<PathBuf>, quit_after_frames: Option<u64>) -> Self {
        let (workspace, file, message) = match file {
            Some(path) => match storage::load(&path) {
                Ok(ws) => (ws, Some(path), None),
                Err(e) => (
                    demo_workspace(),
                    None,
                    Some(format!("{e}. Showing the demo workspace instead.")),
                ),
            },
            None => (demo_workspace(), None, None),
        };
        Self {
            workspace,
            file,
            message,
            quit_after_frames,
            frames: 0,
        }
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        if self.quit_after_frames.is_some_and(|n| self.frames >= n) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(self.workspace.title());
            if let Some(m) = &self.message {
                ui.colored_label(egui::Color32::DARK_RED, m);
            }
            if let Some(f) = &self.file {
                ui.label(format!("File: {}", f.display()));
            }
            ui.separator();
            ui.strong("Rounds");
            for r in self.workspace.rounds() {
                ui.label(r.display());
            }
            ui.separator();
            ui.strong("Ministries and divisions");
            for m in self.workspace.ministries() {
                ui.label(format!("{}: {}", m.id, m.name));
            }
        });
    }
}

/// Open the window and run until it closes.
pub fn run(file: Option<PathBuf>, quit_after_frames: Option<u64>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("CODI Workshop")
            .with_inner_size([1024.0, 768.0])
            .with_position([0.0, 0.0]),
        ..Default::default()
    };
    eframe::run_native(
        "CODI Workshop",
        options,
        Box::new(move |_cc| Ok(Box::new(App::new(file, quit_after_frames)))),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
