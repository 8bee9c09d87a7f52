//! The menu bar and the global keys, both from the key map. Shortcuts are checked
//! outside the menus, so they work whether a menu is open or not.

use std::path::PathBuf;

use egui::Ui;

use super::app::App;
use super::command::{Command, Screen};
use super::keymap::{Action, Scope};
use super::screens::results::Tab;
use crate::session::SessionState;
use crate::session::export::PdfKind;

/// The global keys of the key map. Plain keys never fire while a text box has focus.
/// Shortcuts with more modifiers are tried first: egui matches Ctrl+Z on Ctrl+Shift+Z
/// too, so redo must take its keys before undo sees them.
pub fn shortcuts(ctx: &egui::Context, cmds: &mut Vec<Command>) {
    let typing = ctx.text_edit_focused();
    let mut keys: Vec<(Action, egui::KeyboardShortcut)> = Action::ALL
        .iter()
        .filter(|a| a.scope() == Scope::Global && (!typing || a.works_while_typing()))
        .flat_map(|a| a.shortcuts().iter().map(move |s| (*a, *s)))
        .collect();
    keys.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
    ctx.input_mut(|i| {
        for (action, shortcut) in keys {
            if i.consume_shortcut(&shortcut)
                && let Some(cmd) = Command::of(action)
            {
                cmds.push(cmd);
            }
        }
    });
}

/// The workspace screen's keys. The table's own keys (arrows, Enter) belong to its
/// cursor, which reads them while it has focus.
pub fn workspace_keys(ctx: &egui::Context, cmds: &mut Vec<Command>) {
    ctx.input_mut(|i| {
        if Action::ScoreNext
            .shortcuts()
            .iter()
            .any(|s| i.consume_shortcut(s))
        {
            cmds.push(Command::ScoreNext);
        }
    });
}

/// The results screens' keys: P presents; Esc (or P) leaves the presentation.
pub fn results_keys(ctx: &egui::Context, presenting: bool, cmds: &mut Vec<Command>) {
    if ctx.text_edit_focused() {
        return;
    }
    ctx.input_mut(|i| {
        let present = Action::Present
            .shortcuts()
            .iter()
            .any(|s| i.consume_shortcut(s));
        let leave = presenting && i.consume_key(egui::Modifiers::NONE, egui::Key::Escape);
        if present || leave {
            cmds.push(Command::Present(!presenting));
        }
    });
}

fn modifier_count(m: egui::Modifiers) -> usize {
    [m.alt, m.shift, m.command || m.ctrl || m.mac_cmd]
        .iter()
        .filter(|on| **on)
        .count()
}

impl App {
    /// Files dropped on the window: workspaces open; CSV files and workbooks import.
    pub(super) fn dropped_files(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        for path in dropped {
            let ext = path
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase());
            match ext.as_deref() {
                Some("csv" | "xlsx" | "ods") => cmds.push(Command::Import(Some(path))),
                Some("json") => cmds.push(Command::Open(Some(path))),
                _ => self.error(format!(
                    "{} is neither a workspace (.codi.json) nor scores (.csv, .xlsx, .ods), so it was not opened.",
                    path.display()
                )),
            }
        }
    }
}

/// A menu item for a key-map action, with its shortcut shown.
fn item(ui: &mut Ui, action: Action, enabled: bool, cmds: &mut Vec<Command>) {
    let b = egui::Button::new(action.text()).shortcut_text(action.menu_shortcut());
    if ui.add_enabled(enabled, b).clicked()
        && let Some(cmd) = Command::of(action)
    {
        cmds.push(cmd);
    }
}

pub fn menu_ui(app: &App, ui: &mut Ui, st: &SessionState, cmds: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(app, ui, st, cmds));
        ui.menu_button("Edit", |ui| {
            item(ui, Action::Undo, st.doc.can_undo(), cmds);
            item(ui, Action::Redo, st.doc.can_redo(), cmds);
        });
        ui.menu_button("View", |ui| view_menu_ui(app, ui, cmds));
        ui.menu_button("Help", |ui| {
            item(ui, Action::Help, true, cmds);
            if ui.button("About CODI Workshop").clicked() {
                cmds.push(Command::Help(Some(super::help::HelpPage::About)));
            }
            if ui.button("Open data folder").clicked() {
                cmds.push(Command::OpenDataFolder);
            }
        });
        ui.separator();
        if app.screen != Screen::Workspace && ui.button("◀ Workspace").clicked() {
            cmds.push(Command::Show(Screen::Workspace));
        }
        if !matches!(app.screen, Screen::Results(_)) && ui.button("Results ▶").clicked() {
            cmds.push(Command::Show(Screen::Results(app.results_view.tab)));
        }
    });
}

fn file_menu_ui(app: &App, ui: &mut Ui, st: &SessionState, cmds: &mut Vec<Command>) {
    if ui.button("New workspace").clicked() {
        cmds.push(Command::NewWorkspace);
    }
    if ui
        .button("New workspace with another instrument...")
        .clicked()
    {
        cmds.push(Command::NewWithInstrument(None));
    }
    if ui
        .button("New rounds use another instrument version...")
        .on_hover_text("Past rounds keep the version they were scored with")
        .clicked()
    {
        cmds.push(Command::UseInstrument(None));
    }
    item(ui, Action::Open, true, cmds);
    ui.menu_button("Open recent", |ui| {
        if app.prefs.recent.is_empty() {
            ui.label("No recent files");
        }
        for p in &app.prefs.recent {
            if ui.button(p.display().to_string()).clicked() {
                cmds.push(Command::Open(Some(p.clone())));
            }
        }
    });
    if ui.button("Open the demo workspace").clicked() {
        cmds.push(Command::OpenDemo);
    }
    item(ui, Action::SaveAs, true, cmds);
    ui.separator();
    if ui
        .button("Import scores (CSV, Excel, OpenDocument)...")
        .clicked()
    {
        cmds.push(Command::Import(None));
    }
    if ui.button("Export CSV...").clicked() {
        cmds.push(Command::ExportCsv(None));
    }
    if ui.button("Export Excel workbook...").clicked() {
        cmds.push(Command::ExportXlsx(None));
    }
    let ws = st.doc.workspace();
    if let Some(r) = ws.rounds().last() {
        let label = format!("Excel template for tables ({})...", r.title);
        if ui.button(label).clicked() {
            cmds.push(Command::Template(r.id.to_string(), None));
        }
    }
    ui.separator();
    let focus = st
        .live
        .focus
        .as_ref()
        .filter(|_| app.screen == Screen::Scoring);
    let round = focus
        .map(|f| f.round.to_string())
        .or_else(|| ws.rounds().last().map(|r| r.id.to_string()));
    let ministry = focus.map(|f| f.ministry.to_string());
    let r = ui.add_enabled(
        ministry.is_some(),
        egui::Button::new("Export PDF: this ministry's summary..."),
    );
    if let (true, Some(round), Some(ministry)) = (r.clicked(), round.clone(), ministry) {
        cmds.push(Command::ExportPdf(
            PdfKind::Ministry { round, ministry },
            None,
        ));
    }
    let title = round
        .as_deref()
        .and_then(|r| ws.round(r))
        .map_or(String::new(), |r| r.title.clone());
    let r = ui.add_enabled(
        round.is_some(),
        egui::Button::new(format!("Export PDF: workshop report {title}...")),
    );
    if let (true, Some(round)) = (r.clicked(), round) {
        cmds.push(Command::ExportPdf(
            PdfKind::Workshop {
                round,
                skip_unscored: false,
            },
            None,
        ));
    }
}

fn view_menu_ui(app: &App, ui: &mut Ui, cmds: &mut Vec<Command>) {
    if ui.button("Workspace").clicked() {
        cmds.push(Command::Show(Screen::Workspace));
    }
    for (tab, name) in [
        (Tab::Radar, "Radar"),
        (Tab::Trend, "Trend"),
        (Tab::Heatmap, "Heatmap"),
        (Tab::Changes, "Changes"),
        (Tab::History, "History"),
    ] {
        if ui.button(format!("Results: {name}")).clicked() {
            cmds.push(Command::Show(Screen::Results(tab)));
        }
    }
    ui.separator();
    let dark = app.prefs.dark;
    if ui.radio(!dark, "Light theme (high contrast)").clicked() {
        cmds.push(Command::SetDark(false));
    }
    if ui.radio(dark, "Dark theme").clicked() {
        cmds.push(Command::SetDark(true));
    }
    ui.separator();
    item(ui, Action::ZoomIn, true, cmds);
    item(ui, Action::ZoomOut, true, cmds);
    item(ui, Action::ZoomReset, true, cmds);
    item(ui, Action::Fullscreen, true, cmds);
}
