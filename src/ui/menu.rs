//! The menu bar and the global keys, both from the key map. Shortcuts are checked
//! outside the menus, so they work whether a menu is open or not.

use std::path::PathBuf;

use egui::Ui;

use super::action::Situation;
use super::app::App;
use super::command::{Command, Screen};
use super::keymap::{Action, Scope};
use super::lang;
use crate::session::SessionState;

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
            if i.consume_shortcut(&shortcut) {
                cmds.push(Command::Run(action));
            }
        }
    });
}

/// The workspace screen's keys. The table's own keys (arrows, Enter) belong to its
/// cursor, which reads them while it has focus.
pub fn workspace_keys(ctx: &egui::Context, cmds: &mut Vec<Command>) {
    ctx.input_mut(|i| {
        if Action::ScoreNext.consume(i) {
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
        let present = Action::Present.consume(i);
        let leave = presenting && Action::EndPresentation.consume(i);
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
    /// Files dropped on the window: a workspace opens, several workspaces are merged
    /// into the open one (one after another); CSV files and workbooks import.
    pub(super) fn dropped_files(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        let is_json = |p: &PathBuf| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        };
        let merge = dropped.iter().filter(|p| is_json(p)).count() > 1;
        for path in dropped {
            if merge && is_json(&path) {
                cmds.push(Command::Merge(Some(path)));
                continue;
            }
            let ext = path
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase());
            match ext.as_deref() {
                Some("csv" | "xlsx" | "ods") => cmds.push(Command::Import(Some(path))),
                Some("json") => cmds.push(Command::Open(Some(path))),
                _ => {
                    let args = [("path", path.display().to_string().into())];
                    let text = self.tw("msg-dropped-unknown", &args);
                    self.error(text);
                }
            }
        }
    }
}

/// A menu item for an action: its label, shortcut and tooltip, greyed out (with the
/// reason on hover) when it cannot be taken now.
fn item(ui: &mut Ui, action: Action, sit: &Situation, cmds: &mut Vec<Command>) {
    let t = lang::texts(ui.ctx());
    let mut b = egui::Button::new(action.label(sit, &t));
    // An empty shortcut would still change the item's accessible name.
    if !action.shortcuts().is_empty() {
        b = b.shortcut_text(action.menu_shortcut());
    }
    let why_not = action.unavailable(sit);
    let mut r = ui.add_enabled(why_not.is_none(), b);
    if let Some(tip) = action.tooltip(&t) {
        r = r.on_hover_text(tip);
    }
    if let Some(why) = why_not {
        r = r.on_disabled_hover_text(t.get(why));
    }
    if r.clicked() {
        cmds.push(Command::Run(action));
    }
}

/// A radio item for an action that picks one of several (the theme).
fn radio(ui: &mut Ui, action: Action, on: bool, cmds: &mut Vec<Command>) {
    if ui.radio(on, action.text(&lang::texts(ui.ctx()))).clicked() {
        cmds.push(Command::Run(action));
    }
}

/// The menu bar, drawn from the situation and the recent files only.
pub fn menu_ui(ui: &mut Ui, sit: &Situation, recent: &[PathBuf], cmds: &mut Vec<Command>) {
    let t = lang::texts(ui.ctx());
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t.get("menu-file"), |ui| file_menu_ui(ui, sit, recent, cmds));
        ui.menu_button(t.get("menu-edit"), |ui| {
            item(ui, Action::Undo, sit, cmds);
            item(ui, Action::Redo, sit, cmds);
        });
        ui.menu_button(t.get("menu-view"), |ui| view_menu_ui(ui, sit, cmds));
        ui.menu_button(t.get("menu-help"), |ui| {
            for a in [Action::Help, Action::About, Action::OpenDataFolder] {
                item(ui, a, sit, cmds);
            }
        });
        ui.separator();
        if Action::ShowWorkspace.unavailable(sit).is_none()
            && ui.button(t.get("menu-go-workspace")).clicked()
        {
            cmds.push(Command::Run(Action::ShowWorkspace));
        }
        if Action::ShowResults.unavailable(sit).is_none()
            && ui.button(t.get("menu-go-results")).clicked()
        {
            cmds.push(Command::Run(Action::ShowResults));
        }
    });
}

fn file_menu_ui(ui: &mut Ui, sit: &Situation, recent: &[PathBuf], cmds: &mut Vec<Command>) {
    use Action::*;
    for a in [NewWorkspace, NewWithInstrument, UseInstrument, Open] {
        item(ui, a, sit, cmds);
    }
    let t = lang::texts(ui.ctx());
    ui.menu_button(t.get("menu-open-recent"), |ui| {
        if recent.is_empty() {
            ui.label(t.get("menu-no-recent"));
        }
        for p in recent {
            if ui.button(p.display().to_string()).clicked() {
                cmds.push(Command::Open(Some(p.clone())));
            }
        }
    });
    for a in [OpenDemo, SaveAs] {
        item(ui, a, sit, cmds);
    }
    ui.separator();
    for a in [Import, MergeWorkspace, ExportCsv, ExportXlsx, TableTemplate] {
        item(ui, a, sit, cmds);
    }
    ui.separator();
    for a in [MinistryPdf, WorkshopPdf] {
        item(ui, a, sit, cmds);
    }
    ui.separator();
    for a in [KeyCard, PhoneHandout, AboutHandout] {
        item(ui, a, sit, cmds);
    }
}

fn view_menu_ui(ui: &mut Ui, sit: &Situation, cmds: &mut Vec<Command>) {
    use Action::*;
    let t = lang::texts(ui.ctx());
    for a in [
        ShowWorkspace,
        Radar,
        Trend,
        Heatmap,
        Changes,
        History,
        Review,
    ] {
        // Each view is there to pick, the one shown too.
        if ui.button(a.text(&t)).clicked() {
            cmds.push(Command::Run(a));
        }
    }
    ui.separator();
    radio(ui, LightTheme, !sit.dark, cmds);
    radio(ui, DarkTheme, sit.dark, cmds);
    ui.separator();
    for a in [ZoomIn, ZoomOut, ZoomReset, Fullscreen] {
        item(ui, a, sit, cmds);
    }
    ui.separator();
    ui.menu_button(t.get("menu-language"), |ui| language_menu_ui(ui, sit, cmds));
}

/// Each language on offer by its own name, and Bangla's choice of digits.
fn language_menu_ui(ui: &mut Ui, sit: &Situation, cmds: &mut Vec<Command>) {
    for (code, name) in &sit.languages {
        if ui.radio(*code == sit.language, name).clicked() {
            cmds.push(Command::SetLanguage(code.clone(), sit.latin_digits));
        }
    }
    if sit.language == "bn" {
        ui.separator();
        let t = lang::texts(ui.ctx());
        let mut bangla = !sit.latin_digits;
        if ui
            .checkbox(&mut bangla, t.get("menu-bangla-digits"))
            .changed()
        {
            cmds.push(Command::SetLanguage(sit.language.clone(), !bangla));
        }
    }
}

impl App {
    /// The facts the actions depend on, read once per frame.
    pub(super) fn situation(&self, st: &SessionState) -> Situation {
        let ws = st.doc.workspace();
        let round_of = |id: &str| ws.round(id).map(|r| (r.id.to_string(), r.title.clone()));
        let newest_round = ws
            .rounds()
            .last()
            .map(|r| (r.id.to_string(), r.title.clone()));
        let scoring = st
            .live
            .focus
            .as_ref()
            .filter(|_| self.screen == Screen::Scoring);
        Situation {
            screen: Some(self.screen),
            can_undo: st.doc.can_undo(),
            can_redo: st.doc.can_redo(),
            scoring: scoring.map(|f| (f.round.to_string(), f.ministry.to_string())),
            report_round: scoring
                .and_then(|f| round_of(f.round.as_str()))
                .or_else(|| newest_round.clone()),
            newest_round,
            results_tab: self.results_view.tab,
            dark: self.prefs.dark,
            language: self.languages.code().to_owned(),
            languages: self.languages.offered(),
            latin_digits: self.prefs.latin_digits,
        }
    }
}
