//! The baseline for the release-profile figures (`scripts/release-profile.sh`): an empty
//! eframe window with the same features as the app, which closes itself after a number
//! of frames, so its size and start-up can be set beside the app's in one run.

fn main() -> eframe::Result {
    let frames: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let mut drawn = 0;
    eframe::run_ui_native(
        "empty-window",
        eframe::NativeOptions::default(),
        move |ui, _frame| {
            ui.label("empty");
            drawn += 1;
            if drawn >= frames {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        },
    )
}
