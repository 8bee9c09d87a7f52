//! The app: owns the session handle, the current screen, the views and UI preferences.
//! Each frame draws (menu, message area, screen, status bar) while reading the session,
//! collects commands, then hands them to the handler (`handler.rs`), the one place that
//! changes anything.

pub use super::prefs::{PREFS_KEY, Prefs};
use std::path::PathBuf;

use egui::{Ui, ViewportCommand};

use super::command::Screen;
pub use super::dialog::Dialogs;
pub(super) use super::jobs::Jobs;
use super::keymap::Action;
use super::screens::results::{ResultsView, Tab};
use super::screens::scoring::ScoringView;
use super::screens::workspace::{Context as WorkspaceContext, WorkspaceView};
use super::{banners, menu, theme};
use crate::model::Workspace;
use crate::model::demo::demo_workspace;
use crate::session::{Clock, Document, Live, Session};

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
    /// Never open a native file dialog (tests): exports go to the default folder.
    pub no_dialogs: bool,
    /// Where the room-voting server listens (default: every interface; tests: loopback).
    pub voting_bind: Option<std::net::IpAddr>,
    /// Open room voting at once on this port (with a scoring start screen) and print
    /// the join address on standard output, for scripted checks.
    pub room_voting: Option<u16>,
    /// Where exports go when no dialog can open (default: Documents/CODI Workshop).
    pub export_dir: Option<PathBuf>,
    /// How long the server goes on telling phones "ended" after voting and table
    /// scoring close (default [`crate::server::GRACE`]; tests: zero, stopped at once).
    pub network_grace: Option<std::time::Duration>,
    /// The session's clock (default: the system's; tests: a fake one they move).
    pub clock: Option<Clock>,
    /// Answers file dialogs in place of the native one, on the dialog's thread (tests).
    pub dialog_stand_in: Option<DialogStandIn>,
    /// The interface language for this run (`--language`), over the saved choice.
    pub language: Option<String>,
    /// The system's locale (`bn-BD`), the default when nothing was chosen; tests leave
    /// it out, so they run in English on any machine.
    pub system_locale: Option<String>,
    /// Merge this workspace file in at once, as File › Merge workspace... does.
    pub merge: Option<PathBuf>,
}

/// A stand-in for the native file dialog: given the dialog's title, the chosen path
/// or `None` for Cancel.
#[derive(Clone)]
pub struct DialogStandIn(pub std::sync::Arc<AnswerDialog>);

/// Answers a file dialog: its title in, the chosen path (or `None`) out.
pub type AnswerDialog = dyn Fn(&str) -> Option<PathBuf> + Send + Sync;

impl std::fmt::Debug for DialogStandIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DialogStandIn")
    }
}

/// A line in the message area.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub text: String,
    pub error: bool,
    /// A folder the message offers to open (where an export went).
    pub folder: Option<PathBuf>,
    /// When it was first shown as a toast (egui's clock, seconds).
    pub since: Option<f64>,
}

pub struct App {
    pub(super) session: Session,
    /// Autosave on its own thread, so saving never waits for a frame.
    _saver: crate::session::Saver,
    /// The help page shown over the screen (F1, Help menu).
    pub(super) help: Option<super::help::HelpPage>,
    /// A question waiting for an answer before something is done.
    pub(super) confirm: Option<super::confirm::Confirm>,
    /// Another workspace being merged in, waiting for the facilitator's choices.
    pub merging: Option<super::merge::MergeView>,
    /// Files dropped together, merged one after another.
    pub(super) merge_queue: std::collections::VecDeque<PathBuf>,
    pub(super) screen: Screen,
    pub(super) prefs: Prefs,
    pub(super) data_dir: Option<PathBuf>,
    pub(super) message: Option<Message>,
    /// Never-saved workspaces from earlier runs, offered back.
    pub(super) recovery: Vec<PathBuf>,
    pub(super) workspace_view: WorkspaceView,
    pub(super) scoring_view: ScoringView,
    pub(super) results_view: ResultsView,
    pub(super) tables_view: crate::ui::screens::tables::TablesView,
    /// Work off the UI thread: exports, an import, a chart snapshot.
    pub(super) jobs: Jobs,
    /// File dialogs, and where files go without one.
    pub dialogs: Dialogs,
    quit_after_frames: Option<u64>,
    frames: u64,
    shown_title: String,
    /// What phones and tables reach (off until room voting or table scoring opens).
    pub(super) network: crate::server::Network,
    /// The size asked for on the command line, applied on the first frame: the window
    /// library restores the remembered size over the one given at start.
    resize_to: Option<egui::Vec2>,
    pub(super) languages: super::lang::Languages,
}

impl App {
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        let prefs: Prefs = cc
            .storage
            .and_then(|s| eframe::get_value(s, PREFS_KEY))
            .unwrap_or_default();
        theme::install(&cc.egui_ctx, prefs.dark);
        theme::install_focus_ring(&cc.egui_ctx);
        cc.egui_ctx
            .set_zoom_factor(prefs.zoom.clamp(theme::MIN_ZOOM, theme::MAX_ZOOM));
        // Zoom keys are ours, so the zoom can be remembered between runs.
        cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let app = Self::with_prefs(prefs, config);
        let ctx = cc.egui_ctx.clone();
        app.session.set_waker(move || ctx.request_repaint());
        app
    }

    /// Build without an egui context (tests set up the theme separately).
    pub fn with_prefs(prefs: Prefs, config: AppConfig) -> Self {
        let doc = Document::unsaved(demo_workspace(), PathBuf::new());
        let minutes = prefs.timer_minutes;
        let (prefs_language, latin_digits) = (prefs.language.clone(), prefs.latin_digits);
        let session = Session::new(doc, config.clock.clone().unwrap_or_default());
        let network = crate::server::Network::new(
            session.clone(),
            config
                .voting_bind
                .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED)),
            config.network_grace.unwrap_or(crate::server::GRACE),
        );
        let mut app = Self {
            help: None,
            confirm: None,
            merging: None,
            merge_queue: Default::default(),
            _saver: session.start_saver(),
            session,
            screen: Screen::Workspace,
            prefs,
            data_dir: config.data_dir.clone(),
            message: None,
            recovery: Vec::new(),
            workspace_view: WorkspaceView::default(),
            scoring_view: ScoringView::with_minutes(minutes),
            results_view: ResultsView::default(),
            tables_view: Default::default(),
            jobs: Jobs::default(),
            quit_after_frames: config.quit_after_frames,
            frames: 0,
            shown_title: String::new(),
            dialogs: Dialogs {
                none: config.no_dialogs,
                export_dir: config.export_dir.clone(),
                stand_in: config.dialog_stand_in.clone(),
                ..Dialogs::default()
            },
            network,
            resize_to: config.window_size.map(|(w, h)| egui::vec2(w, h)),
            languages: super::lang::Languages::new(
                config.data_dir.as_deref(),
                config.language.as_deref().or(prefs_language.as_deref()),
                config.system_locale.as_deref(),
                latin_digits,
            ),
        };
        if !app.languages.problems.is_empty() {
            app.error(app.languages.problems.join("\n"));
        }
        let doc = Document::unsaved(demo_workspace(), app.new_autosave_path());
        app.session.lock().replace_document(doc);
        let start = config.file.or_else(|| app.prefs.recent.first().cloned());
        if let Some(path) = start
            && let Err(e) = app.open(&path)
        {
            let text = app.tw("msg-showing-demo", &[("error", e.to_string().into())]);
            app.error(text);
        }
        app.recovery = app.find_unsaved();
        if let Some(spec) = &config.start_screen {
            match super::start::parse_screen(&app.workspace(), spec) {
                Ok((Screen::Tables, Some(focus))) => {
                    app.start_tables(&focus.round);
                    app.screen = Screen::Tables;
                    // For scripted checks, as `--room-voting` prints its address.
                    for (ministry, url) in app.table_urls() {
                        println!("{ministry} {url}");
                    }
                }
                Ok((screen, focus)) => {
                    if let Screen::Results(tab) = screen {
                        app.results_view.tab = tab;
                    }
                    app.session.lock().live.focus = focus;
                    app.screen = screen;
                }
                Err(e) => app.error(e),
            }
        }
        if let Some(other) = &config.merge {
            app.merge_workspace(Some(other.clone()));
        }
        if let Some(port) = config.room_voting {
            app.start_voting_on(port);
            for url in &app.scoring_view.join_urls {
                println!("{url}");
            }
        }
        app
    }

    /// A snapshot of the workspace (cheap: assessments are shared).
    pub fn workspace(&self) -> Workspace {
        self.session.lock().doc.workspace().clone()
    }
    /// Whether the local-network server runs (room voting or table scoring is open, or
    /// closed less than the grace period ago).
    pub fn serving(&self) -> bool {
        self.network.is_running()
    }
    /// The join address shown to the room, while room voting is open.
    pub fn join_url(&self) -> Option<&str> {
        self.network.is_running().then_some(())?;
        self.scoring_view.join_url()
    }
    /// The shared session (the document and the live state).
    pub fn session(&self) -> &Session {
        &self.session
    }
    /// The live state of the scoring session (a copy).
    pub fn live(&self) -> Live {
        self.session.lock().live.clone()
    }
    pub fn screen(&self) -> Screen {
        self.screen
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
    /// Presenter mode on one screen is on (the room view alone, full screen).
    pub fn scoring_presenting(&self) -> bool {
        self.scoring_view.presenting
    }
    pub fn results_tab(&self) -> Tab {
        self.results_view.tab
    }

    /// A file dialog is open (on its own thread).
    pub fn dialog_open(&self) -> bool {
        self.dialogs.pending.is_some()
    }

    /// Today in the workshop's time zone (the clock's).
    pub(super) fn today(&self) -> jiff::civil::Date {
        self.session.clock().today()
    }

    /// Save now and wait (tests, closing).
    pub fn flush(&mut self) -> Result<(), String> {
        self.session.flush()
    }

    /// One frame: draw while reading the session, then apply what the UI asked for.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let language = self.session.lock().doc.workspace().language().cloned();
        self.languages.follow_workspace(language.as_deref());
        super::lang::install(&ctx, self.languages.shown());
        let mut cmds = Vec::new();
        let session = self.session.clone();
        let urls = match self.screen {
            Screen::Tables => self.table_urls(),
            _ => Vec::new(),
        };
        {
            let st = session.lock();
            menu::shortcuts(&ctx, &mut cmds);
            self.dropped_files(&ctx, &mut cmds);
            // While help or a question is open, Esc and the screen's keys belong to it.
            let screen_keys = self.help.is_none() && self.confirm.is_none();
            match self.screen {
                _ if !screen_keys => {}
                Screen::Scoring => self.scoring_view.keys(ui, &st, &mut cmds),
                Screen::Workspace | Screen::Tables => menu::workspace_keys(&ctx, &mut cmds),
                Screen::Results(_) => {
                    menu::results_keys(&ctx, self.results_view.present, &mut cmds);
                }
            }
            // A presentation shows the chart (or the room view) alone: no menu, no
            // status line.
            self.scoring_view
                .follow_presenting(&ctx, self.screen == Screen::Scoring);
            let presenting = match self.screen {
                Screen::Results(_) => self.results_view.present,
                Screen::Scoring => self.scoring_view.presenting,
                _ => false,
            };
            let notices = banners::Notices::of(self);
            let sit = self.situation(&st);
            // On the scoring screen the room view keeps its space: notices go to the
            // facilitator's panel, and plain messages to a toast that fades.
            let scoring = self.screen == Screen::Scoring;
            if !presenting {
                egui::Panel::top("top").show(ui, |ui| {
                    menu::menu_ui(ui, &sit, &self.prefs.recent, &mut cmds);
                    if !scoring {
                        banners::message_area_ui(ui, &notices, &st.doc, true, &mut cmds);
                    }
                    ui.add_space(4.0);
                });
                // The scoring screen keeps the status line in the facilitator's panel:
                // the room view has the window's full height.
                if !scoring {
                    egui::Panel::bottom("status").show(ui, |ui| banners::status_ui(ui, &st.doc));
                }
            }
            if scoring && let Some(m) = self.message.as_mut().filter(|m| !m.error) {
                banners::toast_ui(&ctx, m, &mut cmds);
            }
            egui::CentralPanel::default().show(ui, |ui| match self.screen {
                Screen::Workspace => {
                    let location = banners::location_text(&st.doc, &self.languages.texts);
                    let cx = WorkspaceContext {
                        location: &location,
                        today: self.today(),
                    };
                    self.workspace_view.ui(ui, &st.doc, &cx, &mut cmds);
                }
                Screen::Scoring => {
                    use super::screens::scoring::Aside;
                    let mut panel_notices =
                        |ui: &mut Ui, part: Aside, cmds: &mut Vec<super::command::Command>| {
                            match part {
                                Aside::Notices => {
                                    banners::message_area_ui(ui, &notices, &st.doc, false, cmds)
                                }
                                Aside::Status => banners::status_ui(ui, &st.doc),
                            }
                        };
                    self.scoring_view.ui(ui, &st, &mut panel_notices, &mut cmds);
                }
                Screen::Results(tab) => self.results_view.ui(ui, &st.doc, tab, &mut cmds),
                Screen::Tables => {
                    // While a table saves, the dashboard follows within a second.
                    ui.ctx()
                        .request_repaint_after(std::time::Duration::from_secs(1));
                    self.tables_view.ui(ui, &st, &urls, &mut cmds);
                }
            });
            if let Some(c) = &self.confirm {
                super::confirm::confirm_ui(ui, c, &mut cmds);
            }
            if let Some(m) = &mut self.merging {
                m.window_ui(ui.ctx(), st.doc.workspace(), &mut cmds);
            }
            if let Some(page) = self.help
                && super::help::help_ui(
                    ui,
                    page,
                    st.doc.workspace(),
                    self.data_dir.as_deref(),
                    &mut cmds,
                )
            {
                cmds.push(super::command::Command::Help(None));
            }
        }
        for cmd in cmds {
            self.apply(&ctx, cmd);
        }
        self.after_frame(&ctx);
    }

    /// Background work after the commands: the PDF job, autosave, the title.
    fn after_frame(&mut self, ctx: &egui::Context) {
        if let Some(cmd) = self.dialog_answer() {
            self.apply(ctx, cmd);
        }
        self.poll_jobs(ctx);
        // The saver thread saves on its own; polling here too only picks up a finished
        // save a little sooner for the status line.
        let (next, title) = {
            let mut st = self.session.lock();
            (st.poll(), banners::title(&st.doc, &self.languages.texts))
        };
        if let Some(secs) = next {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(secs.max(0.02)));
        }
        if title != self.shown_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        // F5 asks where the room view goes: look at the displays only then (a call
        // into the windowing system, not for every frame).
        if ctx.input(|i| Action::SecondScreen.pressed(i)) {
            self.scoring_view.other_display = other_display(frame);
        }
        if let Some(size) = self.resize_to.take() {
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(size));
        }
        if ctx.input(|i| i.viewport().close_requested()) {
            // Everything is written before the window goes (a Save As under way
            // first, so the last edits go to the new file); if it cannot be, stay open.
            self.finish_save_as();
            if let Err(e) = self.session.flush() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                let text = self.tw("msg-window-stays-open", &[("error", e.to_string().into())]);
                self.error(text);
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
        self.prefs.timer_minutes = self.scoring_view.minutes;
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.stop_network();
        if let Err(e) = self.session.flush() {
            eprintln!("error: could not save on exit: {e}");
        }
    }
}

/// The index of a display other than the one the window is on, when there are two or
/// more (the window library's order, as `ViewportBuilder::with_monitor` takes it).
fn other_display(frame: &eframe::Frame) -> Option<usize> {
    let window = frame.winit_window()?;
    let current = window.current_monitor();
    let all: Vec<_> = window.available_monitors().collect();
    if all.len() < 2 {
        return None;
    }
    all.iter().position(|m| Some(m) != current.as_ref())
}
