//! The app: owns the open document, the current screen and UI preferences; draws the
//! frame (menu, message area, screen, status bar) and applies the frame's commands in one
//! place, where undo and autosave hook in.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui, ViewportCommand};
use serde::{Deserialize, Serialize};

use super::command::{Action, Command, ConflictChoice, Edit, Screen};
use super::document::{Document, SaveState, Target};
use super::export::{PdfJob, PdfKind};
use super::results::{ResultsView, Tab};
use super::scoring::{ScoringView, Session};
use super::theme;
use super::workspace_screen::WorkspaceView;
use crate::model::Workspace;
use crate::model::demo::demo_workspace;
use crate::model::instrument::Instrument;
use crate::storage::{csv, json};

/// How the app starts.
#[derive(Clone, Debug, Default)]
pub struct AppConfig {
    /// Workspace to open; otherwise the last one, otherwise the demo.
    pub file: Option<PathBuf>,
    /// Where never-saved workspaces autosave (the app's data folder).
    pub data_dir: Option<PathBuf>,
    /// Close by itself after this many frames (smoke tests).
    pub quit_after_frames: Option<u64>,
    /// Screen to start on (see `--screen`).
    pub start_screen: Option<String>,
    /// Window size in pixels.
    pub window_size: Option<(f32, f32)>,
}

/// UI preferences, kept by eframe between runs. Never workshop data.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Prefs {
    pub dark: bool,
    pub zoom: f32,
    pub recent: Vec<PathBuf>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            dark: false,
            zoom: 1.0,
            recent: Vec::new(),
        }
    }
}

const PREFS_KEY: &str = "codi-workshop-prefs";
const MAX_RECENT: usize = 8;

/// A line in the message area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

pub struct App {
    doc: Document,
    screen: Screen,
    prefs: Prefs,
    data_dir: Option<PathBuf>,
    message: Option<Message>,
    /// Never-saved workspaces from earlier runs, offered back.
    recovery: Vec<PathBuf>,
    workspace_view: WorkspaceView,
    scoring_view: ScoringView,
    results_view: ResultsView,
    pdf_job: Option<PdfJob>,
    quit_after_frames: Option<u64>,
    frames: u64,
    shown_title: String,
    /// Files to use instead of dialogs (tests fill these in).
    pub dialog_answers: Vec<PathBuf>,
}

impl App {
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        let prefs: Prefs = cc
            .storage
            .and_then(|s| eframe::get_value(s, PREFS_KEY))
            .unwrap_or_default();
        theme::install(&cc.egui_ctx, prefs.dark);
        cc.egui_ctx
            .set_zoom_factor(prefs.zoom.clamp(theme::MIN_ZOOM, theme::MAX_ZOOM));
        // Zoom keys are ours, so the zoom can be remembered between runs.
        cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
        Self::with_prefs(prefs, config)
    }

    /// Build without an egui context (tests set up the theme separately).
    pub fn with_prefs(prefs: Prefs, config: AppConfig) -> Self {
        let mut app = Self {
            doc: Document::unsaved(demo_workspace(), PathBuf::new()),
            screen: Screen::Workspace,
            prefs,
            data_dir: config.data_dir.clone(),
            message: None,
            recovery: Vec::new(),
            workspace_view: WorkspaceView::default(),
            scoring_view: ScoringView::default(),
            results_view: ResultsView::default(),
            pdf_job: None,
            quit_after_frames: config.quit_after_frames,
            frames: 0,
            shown_title: String::new(),
            dialog_answers: Vec::new(),
        };
        app.doc = Document::unsaved(demo_workspace(), app.new_autosave_path());
        let start = config.file.or_else(|| app.prefs.recent.first().cloned());
        if let Some(path) = start
            && let Err(e) = app.open(&path)
        {
            app.error(format!("{e}. Showing the demo workspace instead."));
        }
        app.recovery = app.find_unsaved();
        if let Some(spec) = &config.start_screen {
            match app.parse_screen(spec) {
                Ok(screen) => {
                    if let Screen::Results(tab) = screen {
                        app.results_view.tab = tab;
                    }
                    app.screen = screen;
                }
                Err(e) => app.error(e),
            }
        }
        app
    }

    /// `workspace`, `scoring[:ROUND:MINISTRY:AREA]` or `summary[:ROUND:MINISTRY]`.
    fn parse_screen(&self, spec: &str) -> Result<Screen, String> {
        let ws = self.doc.workspace();
        let mut parts = spec.split(':');
        let kind = parts.next().unwrap_or_default();
        let tab = match kind {
            "workspace" => return Ok(Screen::Workspace),
            "radar" => Some(Tab::Radar),
            "trend" => Some(Tab::Trend),
            "heatmap" => Some(Tab::Heatmap),
            "changes" => Some(Tab::Changes),
            _ => None,
        };
        if let Some(tab) = tab {
            return Ok(Screen::Results(tab));
        }
        let round = match parts.next() {
            Some(key) => ws
                .find_round(key)
                .ok_or_else(|| format!("--screen: no round `{key}`"))?,
            None => ws
                .rounds()
                .last()
                .ok_or("--screen: the workspace has no rounds")?,
        };
        let ministry = match parts.next() {
            Some(key) => ws
                .find_ministry(key)
                .ok_or_else(|| format!("--screen: no ministry `{key}`"))?,
            None => ws
                .ministries()
                .first()
                .ok_or("--screen: the workspace has no ministries")?,
        };
        let areas = ws.instrument().areas().len();
        let page = match kind {
            "scoring" => match parts.next() {
                Some(n) => n
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=areas).contains(n))
                    .map(|n| n - 1)
                    .ok_or_else(|| format!("--screen: area must be 1-{areas}, not `{n}`"))?,
                None => 0,
            },
            "summary" => areas,
            other => {
                return Err(format!(
                    "--screen: unknown screen `{other}` (workspace, scoring, summary)"
                ));
            }
        };
        Ok(Screen::Scoring {
            round: round.id.to_string(),
            ministry: ministry.id.to_string(),
            page,
        })
    }

    pub fn workspace(&self) -> &Workspace {
        self.doc.workspace()
    }
    pub fn document(&self) -> &Document {
        &self.doc
    }
    pub fn screen(&self) -> &Screen {
        &self.screen
    }
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }
    pub fn results_view_mut(&mut self) -> &mut ResultsView {
        &mut self.results_view
    }
    pub fn recovery(&self) -> &[PathBuf] {
        &self.recovery
    }

    /// Save now and wait (tests, closing).
    pub fn flush(&mut self) -> Result<(), String> {
        self.doc.flush()
    }

    /// Wait for a PDF export in progress and report it (tests).
    pub fn finish_pdf(&mut self) {
        if let Some(job) = self.pdf_job.take() {
            let outcome = job.wait();
            self.pdf_done(outcome);
        }
    }

    fn pdf_done(&mut self, outcome: super::export::Outcome) {
        match outcome {
            Ok((path, pages, warnings)) => {
                let mut text = format!("Saved the PDF ({pages} pages) to {}.", path.display());
                for w in warnings {
                    text.push_str(&format!(" Note: {w}"));
                }
                self.info(text);
            }
            Err(e) => self.error(format!("The PDF was not made: {e}")),
        }
    }

    fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
    }

    fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
        });
    }

    fn new_autosave_path(&self) -> PathBuf {
        let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
        let dir = self.data_dir.clone().unwrap_or_else(std::env::temp_dir);
        let mut path = dir.join(format!("unsaved-{stamp}{}", json::EXTENSION));
        let mut k = 2;
        while path.exists() {
            path = dir.join(format!("unsaved-{stamp}-{k}{}", json::EXTENSION));
            k += 1;
        }
        path
    }

    /// Never-saved workspaces left in the data folder by earlier runs, newest first.
    fn find_unsaved(&self) -> Vec<PathBuf> {
        let Some(dir) = &self.data_dir else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                name.starts_with("unsaved-") && name.ends_with(json::EXTENSION)
            })
            .filter(|p| p != self.doc.target().path())
            .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.0));
        found.into_iter().map(|(_, p)| p).collect()
    }

    /// Open a workspace file, saving the current one first.
    fn open(&mut self, path: &Path) -> Result<(), String> {
        let ws = json::load(path).map_err(|e| e.to_string())?;
        self.leave_document()?;
        self.doc = Document::new(ws, Target::File(path.to_owned()));
        self.screen = Screen::Workspace;
        self.remember(path);
        Ok(())
    }

    /// Make sure the current document is on disk before replacing it.
    fn leave_document(&mut self) -> Result<(), String> {
        self.doc
            .flush()
            .map_err(|e| format!("The current workspace could not be saved, so it stays open: {e}"))
    }

    fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.prefs.recent.retain(|p| *p != path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(MAX_RECENT);
    }

    /// A path from the test queue, or from a native dialog.
    fn pick(
        &mut self,
        save: bool,
        title: &str,
        filter: (&str, &[&str]),
        default_name: &str,
    ) -> Option<PathBuf> {
        if !self.dialog_answers.is_empty() {
            return Some(self.dialog_answers.remove(0));
        }
        let dialog = rfd::FileDialog::new()
            .set_title(title)
            .add_filter(filter.0, filter.1);
        if save {
            dialog.set_file_name(default_name).save_file()
        } else {
            dialog.pick_file()
        }
    }

    /// Apply one command. The only place that changes the workspace.
    pub fn apply(&mut self, ctx: &egui::Context, cmd: Command) {
        let now = ctx.input(|i| i.time);
        match cmd {
            Command::Edit(edit) => self.apply_edit(edit, now),
            Command::Undo => {
                if !self.doc.undo(now) {
                    self.info("Nothing to undo.");
                }
            }
            Command::Redo => {
                if !self.doc.redo(now) {
                    self.info("Nothing to redo.");
                }
            }
            Command::NewWorkspace => {
                if let Err(e) = self.leave_document() {
                    return self.error(e);
                }
                let ws = Workspace::new("New workspace", Instrument::codi());
                self.doc = Document::unsaved(ws, self.new_autosave_path());
                self.screen = Screen::Workspace;
                self.info("New workspace. It is saved automatically; use File › Save as... to choose where.");
            }
            Command::NewWithInstrument(path) => {
                let filter = ("Instrument (JSON)", &["json"][..]);
                let Some(path) =
                    path.or_else(|| self.pick(false, "Choose an instrument file", filter, ""))
                else {
                    return;
                };
                let instrument = match Instrument::load(&path) {
                    Ok(i) => i,
                    Err(e) => return self.error(e.to_string()),
                };
                if let Err(e) = self.leave_document() {
                    return self.error(e);
                }
                let note = format!(
                    "New workspace scored with {} (version {}).",
                    instrument.title(),
                    instrument.version()
                );
                self.doc = Document::unsaved(
                    Workspace::new("New workspace", instrument),
                    self.new_autosave_path(),
                );
                self.screen = Screen::Workspace;
                self.info(note);
            }
            Command::OpenDemo => {
                if let Err(e) = self.leave_document() {
                    return self.error(e);
                }
                self.doc = Document::unsaved(demo_workspace(), self.new_autosave_path());
                self.screen = Screen::Workspace;
            }
            Command::Open(path) => {
                let filter = ("CODI workspace", &["json"][..]);
                let Some(path) = path.or_else(|| self.pick(false, "Open a workspace", filter, ""))
                else {
                    return;
                };
                if path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
                {
                    return self.apply(ctx, Command::ImportCsv(Some(path)));
                }
                match self.open(&path) {
                    Ok(()) => self.info(format!("Opened {}", path.display())),
                    Err(e) => self.error(e),
                }
            }
            Command::SaveAs(path) => {
                let name = format!(
                    "{}{}",
                    crate::model::ids::slug(self.doc.workspace().title(), "workspace"),
                    json::EXTENSION
                );
                let filter = ("CODI workspace", &["json"][..]);
                let Some(mut path) =
                    path.or_else(|| self.pick(true, "Save the workspace as", filter, &name))
                else {
                    return;
                };
                if !path.to_string_lossy().ends_with(".json") {
                    path.set_file_name(format!(
                        "{}{}",
                        path.file_name().unwrap_or_default().to_string_lossy(),
                        json::EXTENSION
                    ));
                }
                match self.doc.save_as(path.clone()) {
                    Ok(()) => {
                        self.remember(&path);
                        self.info(format!(
                            "Saved to {}. Changes are now saved there automatically.",
                            path.display()
                        ));
                    }
                    Err(e) => self.error(e),
                }
            }
            Command::ImportCsv(path) => {
                let filter = ("CSV", &["csv"][..]);
                let Some(path) =
                    path.or_else(|| self.pick(false, "Import scores from CSV", filter, ""))
                else {
                    return;
                };
                match csv::import_file(&path, Some(self.doc.workspace().clone())) {
                    Ok(report) => {
                        self.doc.replace(report.workspace, now);
                        let mut text = format!(
                            "Imported {} rows ({} area records) from {}.",
                            report.rows,
                            report.scores,
                            path.display()
                        );
                        if !report.new_rounds.is_empty() {
                            text.push_str(&format!(
                                " New rounds: {}.",
                                report.new_rounds.join(", ")
                            ));
                        }
                        if !report.new_ministries.is_empty() {
                            text.push_str(&format!(
                                " New ministries: {}.",
                                report.new_ministries.join(", ")
                            ));
                        }
                        for w in &report.warnings {
                            text.push_str(&format!(" Note: {w}."));
                        }
                        text.push_str(" Ctrl+Z undoes the import.");
                        self.info(text);
                    }
                    Err(e) => self.error(format!("Nothing was imported. {e}")),
                }
            }
            Command::ExportCsv(path) => {
                let name = format!(
                    "{}.csv",
                    crate::model::ids::slug(self.doc.workspace().title(), "scores")
                );
                let Some(path) = path
                    .or_else(|| self.pick(true, "Export scores as CSV", ("CSV", &["csv"]), &name))
                else {
                    return;
                };
                match json::write_atomic(&path, &csv::export(self.doc.workspace())) {
                    Ok(()) => self.info(format!("Exported the scores to {}", path.display())),
                    Err(e) => self.error(e.to_string()),
                }
            }
            Command::ExportPdf(kind, path) => {
                if self.pdf_job.is_some() {
                    return self.info("A PDF is still being made; wait for it to finish.");
                }
                let name = kind.default_name();
                let Some(path) =
                    path.or_else(|| self.pick(true, "Export PDF", ("PDF", &["pdf"]), &name))
                else {
                    return;
                };
                let today = jiff::Timestamp::now()
                    .to_zoned(jiff::tz::TimeZone::UTC)
                    .date();
                self.pdf_job = Some(PdfJob::start(
                    self.doc.workspace().clone(),
                    kind,
                    path,
                    today,
                ));
            }
            Command::RestoreUnsaved(path) => match json::load(&path) {
                Ok(ws) => {
                    if let Err(e) = self.leave_document() {
                        return self.error(e);
                    }
                    self.doc = Document::new(ws, Target::Unsaved(path.clone()));
                    self.recovery.retain(|p| *p != path);
                    self.screen = Screen::Workspace;
                    self.info("Restored the unsaved workspace. Use File › Save as... to keep it in a file of your choice.");
                }
                Err(e) => self.error(e.to_string()),
            },
            Command::DiscardUnsaved(path) => {
                // Kept on disk under another name, never deleted outright.
                let mut discarded = path.clone().into_os_string();
                discarded.push(".discarded");
                match std::fs::rename(&path, &discarded) {
                    Ok(()) => self.recovery.retain(|p| *p != path),
                    Err(e) => self.error(format!("Could not set aside {}: {e}", path.display())),
                }
            }
            Command::ResolveConflict(choice) => match choice {
                ConflictChoice::Overwrite => self.doc.overwrite_on_next_save(),
                ConflictChoice::Reload => match json::load(self.doc.target().path()) {
                    Ok(ws) => {
                        self.doc.adopt_disk_version(ws, now);
                        self.info("Loaded the version on disk. Ctrl+Z brings back yours.");
                    }
                    Err(e) => self.error(e.to_string()),
                },
            },
            Command::Show(screen) => {
                if let Screen::Results(tab) = &screen {
                    self.results_view.tab = *tab;
                }
                self.screen = screen;
            }
            Command::ToggleFullscreen => {
                let full = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(!full));
            }
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => {
                let z = match cmd {
                    Command::ZoomIn => ctx.zoom_factor() + 0.1,
                    Command::ZoomOut => ctx.zoom_factor() - 0.1,
                    _ => 1.0,
                };
                let z = (z * 10.0).round() / 10.0;
                self.prefs.zoom = z.clamp(theme::MIN_ZOOM, theme::MAX_ZOOM);
                ctx.set_zoom_factor(self.prefs.zoom);
            }
            Command::SetDark(dark) => {
                self.prefs.dark = dark;
                theme::set_dark(ctx, dark);
            }
            Command::DismissMessage => self.message = None,
        }
    }

    fn apply_edit(&mut self, edit: Edit, now: f64) {
        let removes = matches!(edit, Edit::RemoveMinistry(_) | Edit::RemoveRound(_));
        match self.doc.edit(edit, now, Some(jiff::Timestamp::now())) {
            Ok(()) if removes => self.info("Removed. Ctrl+Z brings it back."),
            Ok(()) => {}
            Err(e) => self.error(format!("Not changed: {e}.")),
        }
    }

    /// Window title: file name and whether everything is saved.
    fn title(&self) -> String {
        let name = match self.doc.target() {
            Target::File(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            Target::Unsaved(_) => format!("{} (not saved to a file)", self.doc.workspace().title()),
        };
        let state = match self.doc.state() {
            SaveState::Saved if !self.doc.is_dirty() => "all changes saved",
            SaveState::Saved | SaveState::Pending => "saving…",
            SaveState::Failed(_) => "NOT SAVED",
            SaveState::Conflict => "NOT SAVED: file changed elsewhere",
        };
        format!("{name} — {state} — CODI Workshop")
    }

    fn location_text(&self) -> String {
        match self.doc.target() {
            Target::File(p) => format!("File: {}", p.display()),
            Target::Unsaved(p) if self.doc.is_dirty() || p.exists() => format!(
                "Not in a file of your own yet: autosaved to {}. Use File › Save as... to choose a file.",
                p.display()
            ),
            Target::Unsaved(_) => {
                "Not saved to a file. Changes are autosaved as soon as you edit.".to_owned()
            }
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        let typing = ctx.text_edit_focused();
        ctx.input_mut(|i| {
            for action in Action::ALL {
                if (!typing || action.works_while_typing())
                    && i.consume_shortcut(&action.shortcut())
                {
                    cmds.push(action.command());
                }
            }
        });
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
                Some("csv") => cmds.push(Command::ImportCsv(Some(path))),
                Some("json") => cmds.push(Command::Open(Some(path))),
                _ => self.error(format!(
                    "{} is neither a workspace (.codi.json) nor a CSV file, so it was not opened.",
                    path.display()
                )),
            }
        }
    }

    fn menu_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let ctx = ui.ctx().clone();
        let item = |ui: &mut Ui, action: Action, cmds: &mut Vec<Command>| {
            let b = egui::Button::new(action.text())
                .shortcut_text(ctx.format_shortcut(&action.shortcut()));
            if ui.add(b).clicked() {
                cmds.push(action.command());
            }
        };
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("New workspace").clicked() {
                    cmds.push(Command::NewWorkspace);
                }
                if ui
                    .button("New workspace with another instrument...")
                    .clicked()
                {
                    cmds.push(Command::NewWithInstrument(None));
                }
                item(ui, Action::Open, cmds);
                ui.menu_button("Open recent", |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.label("No recent files");
                    }
                    for p in &self.prefs.recent {
                        if ui.button(p.display().to_string()).clicked() {
                            cmds.push(Command::Open(Some(p.clone())));
                        }
                    }
                });
                if ui.button("Open the demo workspace").clicked() {
                    cmds.push(Command::OpenDemo);
                }
                item(ui, Action::SaveAs, cmds);
                ui.separator();
                if ui.button("Import CSV...").clicked() {
                    cmds.push(Command::ImportCsv(None));
                }
                if ui.button("Export CSV...").clicked() {
                    cmds.push(Command::ExportCsv(None));
                }
                ui.separator();
                let ws = self.doc.workspace();
                let (round, ministry) = match &self.screen {
                    Screen::Scoring {
                        round, ministry, ..
                    } => (Some(round.clone()), Some(ministry.clone())),
                    _ => (ws.rounds().last().map(|r| r.id.to_string()), None),
                };
                let r = ui.add_enabled(
                    ministry.is_some(),
                    egui::Button::new("Export PDF: this ministry's summary..."),
                );
                if let (true, Some(round), Some(ministry)) = (r.clicked(), round.clone(), ministry)
                {
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
                    cmds.push(Command::ExportPdf(PdfKind::Workshop { round }, None));
                }
            });
            ui.menu_button("Edit", |ui| {
                ui.add_enabled_ui(self.doc.can_undo(), |ui| item(ui, Action::Undo, cmds));
                ui.add_enabled_ui(self.doc.can_redo(), |ui| item(ui, Action::Redo, cmds));
            });
            ui.menu_button("View", |ui| {
                if ui.button("Workspace").clicked() {
                    cmds.push(Command::Show(Screen::Workspace));
                }
                for (tab, name) in [
                    (Tab::Radar, "Radar"),
                    (Tab::Trend, "Trend"),
                    (Tab::Heatmap, "Heatmap"),
                    (Tab::Changes, "Changes"),
                ] {
                    if ui.button(format!("Results: {name}")).clicked() {
                        cmds.push(Command::Show(Screen::Results(tab)));
                    }
                }
                ui.separator();
                let dark = self.prefs.dark;
                if ui.radio(!dark, "Light theme (high contrast)").clicked() {
                    cmds.push(Command::SetDark(false));
                }
                if ui.radio(dark, "Dark theme").clicked() {
                    cmds.push(Command::SetDark(true));
                }
                ui.separator();
                item(ui, Action::ZoomIn, cmds);
                item(ui, Action::ZoomOut, cmds);
                item(ui, Action::ZoomReset, cmds);
                item(ui, Action::Fullscreen, cmds);
            });
            ui.separator();
            if !matches!(self.screen, Screen::Workspace) && ui.button("◀ Workspace").clicked() {
                cmds.push(Command::Show(Screen::Workspace));
            }
            if !matches!(self.screen, Screen::Results(_)) && ui.button("Results ▶").clicked() {
                cmds.push(Command::Show(Screen::Results(self.results_view.tab)));
            }
        });
    }

    /// Messages, recovery offers and save problems; always visible, never a panic.
    fn message_area_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        let banner = |ui: &mut Ui, error: bool, add: &mut dyn FnMut(&mut Ui)| {
            egui::Frame::new()
                .fill(p.panel)
                .stroke(egui::Stroke::new(
                    2.0,
                    if error { p.error } else { p.accent },
                ))
                .inner_margin(8)
                .corner_radius(4)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| add(ui));
                });
        };
        match self.doc.state().clone() {
            SaveState::Failed(e) => banner(ui, true, &mut |ui| {
                ui.label(
                    RichText::new(format!(
                        "Not saved: {e}. Your work is kept in memory and saving is retried."
                    ))
                    .color(p.error),
                );
                if ui.button("Save as...").clicked() {
                    cmds.push(Command::SaveAs(None));
                }
            }),
            SaveState::Conflict => banner(ui, true, &mut |ui| {
                ui.label(
                    RichText::new(format!(
                        "{} was changed by another program since it was opened. Your version is kept in memory and was not written.",
                        self.doc.target().path().display()
                    ))
                    .color(p.error),
                );
                if ui.button("Overwrite with my version").clicked() {
                    cmds.push(Command::ResolveConflict(ConflictChoice::Overwrite));
                }
                if ui.button("Load the other version").clicked() {
                    cmds.push(Command::ResolveConflict(ConflictChoice::Reload));
                }
                if ui.button("Save mine as...").clicked() {
                    cmds.push(Command::SaveAs(None));
                }
            }),
            _ => {}
        }
        if let Some(path) = self.recovery.first().cloned() {
            let when = std::fs::metadata(&path)
                .ok()
                .and_then(|m| m.modified().ok())
                .and_then(|t| jiff::Timestamp::try_from(t).ok())
                .map_or_else(String::new, |t| {
                    format!(" (last changed {})", t.strftime("%Y-%m-%d %H:%M UTC"))
                });
            banner(ui, false, &mut |ui| {
                ui.label(format!(
                    "A workspace that was never saved to a file was found{when}."
                ));
                if ui.button("Restore it").clicked() {
                    cmds.push(Command::RestoreUnsaved(path.clone()));
                }
                if ui.button("Set it aside").clicked() {
                    cmds.push(Command::DiscardUnsaved(path.clone()));
                }
            });
        }
        if let Some(job) = &self.pdf_job {
            let (done, total) = job.progress();
            let path = job.path.display().to_string();
            banner(ui, false, &mut |ui| {
                ui.label(format!("Making the PDF {path}…"));
                ui.add(
                    egui::ProgressBar::new(done as f32 / total.max(1) as f32)
                        .desired_width(240.0)
                        .text(format!("{done} of {total}")),
                );
            });
        }
        if let Some(m) = self.message.clone() {
            banner(ui, m.error, &mut |ui| {
                let color = if m.error { p.error } else { p.text };
                ui.add(egui::Label::new(RichText::new(&m.text).color(color)).wrap());
                if ui.small_button("Dismiss").clicked() {
                    cmds.push(Command::DismissMessage);
                }
            });
        }
    }

    fn status_ui(&self, ui: &mut Ui) {
        let p = theme::current(ui.ctx());
        ui.horizontal(|ui| {
            let (text, color) = match self.doc.state() {
                SaveState::Saved if !self.doc.is_dirty() => ("✔ All changes saved", p.ok),
                SaveState::Saved | SaveState::Pending => ("Saving…", p.muted),
                SaveState::Failed(_) => ("Not saved: see the message above", p.error),
                SaveState::Conflict => ("Not saved: file changed elsewhere", p.error),
            };
            ui.label(RichText::new(text).color(color).small());
            ui.label(
                RichText::new(format!("· zoom {:.0}%", ui.ctx().zoom_factor() * 100.0))
                    .small()
                    .color(p.muted),
            );
            ui.label(
                RichText::new(format!("· {}", self.doc.target().path().display()))
                    .small()
                    .color(p.muted),
            );
        });
    }

    /// One frame: draw, then apply what the UI asked for.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let mut cmds = Vec::new();
        self.shortcuts(&ctx, &mut cmds);
        if let Screen::Scoring {
            round,
            ministry,
            page,
        } = &self.screen
        {
            let s = Session {
                round,
                ministry,
                page: *page,
            };
            self.scoring_view
                .keys(ui, self.doc.workspace(), &s, &mut cmds);
        }

        egui::Panel::top("top").show(ui, |ui| {
            self.menu_ui(ui, &mut cmds);
            self.message_area_ui(ui, &mut cmds);
            ui.add_space(4.0);
        });
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| match &self.screen {
            Screen::Workspace => {
                let location = self.location_text();
                self.workspace_view
                    .ui(ui, self.doc.workspace(), &location, &mut cmds);
            }
            Screen::Scoring {
                round,
                ministry,
                page,
            } => {
                let s = Session {
                    round,
                    ministry,
                    page: *page,
                };
                self.scoring_view
                    .ui(ui, self.doc.workspace(), &s, &mut cmds);
            }
            Screen::Results(tab) => self
                .results_view
                .ui(ui, self.doc.workspace(), *tab, &mut cmds),
        });

        for cmd in cmds {
            self.apply(&ctx, cmd);
        }
        if let Some(outcome) = self.pdf_job.as_ref().and_then(PdfJob::poll) {
            self.pdf_job = None;
            self.pdf_done(outcome);
        }
        if self.pdf_job.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        let now = ctx.input(|i| i.time);
        self.doc.poll(now);
        if let Some(secs) = self.doc.next_save_in(now) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(secs.max(0.02)));
        }
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        if ctx.input(|i| i.viewport().close_requested()) {
            // Everything is written before the window goes; if it cannot be, stay open.
            if let Err(e) = self.doc.flush() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.error(format!(
                    "The window stays open because the work could not be saved: {e}"
                ));
            }
        }
        self.frame_ui(ui);
        if let Some(n) = self.quit_after_frames {
            if self.frames >= n {
                ctx.send_viewport_cmd(ViewportCommand::Close);
            } else {
                // Keep frames coming so the count is reached without any input.
                ctx.request_repaint();
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if let Err(e) = self.doc.flush() {
            eprintln!("error: could not save on exit: {e}");
        }
    }
}
