//! The one place that runs the UI's commands. Edits go through the session's entry
//! point; files, screens and preferences are handled here. Dialogs open before the
//! session is locked, so a slow dialog never holds up other threads.

use egui::ViewportCommand;

use super::app::App;
use super::command::{Command, ConflictChoice, Screen};
use super::confirm::Confirm;
use super::theme;
use crate::model::demo::demo_workspace;
use crate::model::{Edit, Instrument, Workspace};
use crate::session::export::PdfJob;
use crate::session::{Document, Origin, Target, TimerOp};
use crate::storage::json;

impl App {
    /// Apply one command.
    pub fn apply(&mut self, ctx: &egui::Context, cmd: Command) {
        match cmd {
            Command::Edit(edit) => self.apply_edit(edit),
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::Show(screen) => {
                if screen != Screen::Scoring {
                    // The room has left the area: its time so far is recorded, and
                    // phones stop voting; earlier rounds ask again next time.
                    let left = self.session.lock().leave_scoring();
                    if let Err(e) = left {
                        self.error(format!("The discussion time was not recorded: {e}."));
                    }
                    self.stop_voting();
                }
                if let Screen::Results(tab) = screen {
                    self.results_view.tab = tab;
                }
                self.screen = screen;
            }
            Command::Score(focus) => {
                let result = self.session.lock().show(focus);
                if let Err(e) = result {
                    self.error(format!("The discussion time was not recorded: {e}."));
                }
                self.screen = Screen::Scoring;
            }
            Command::Timer(op) => self.timer(op),
            Command::RoomVoting(true) => self.start_voting(),
            Command::RoomVoting(false) => self.stop_voting(),
            Command::Tables(Some(round)) => {
                self.start_tables(&round);
                self.screen = Screen::Tables;
            }
            Command::Tables(None) => {
                // Tables still working are named before their scoring closes.
                let not_submitted = self.session.lock().tables_not_submitted();
                if not_submitted.is_empty() {
                    self.stop_tables();
                } else {
                    self.confirm = Some(Confirm::StopTables { not_submitted });
                }
            }
            Command::TableCode {
                round,
                ministry,
                revoke,
            } => {
                let done = self.session.lock().reissue_table(&round, &ministry, revoke);
                match done {
                    Ok(Some(code)) => self.info(format!("{ministry}'s table has a new code, {code}; the old one no longer works. Print its sheet again.")),
                    Ok(None) => self.info(format!("{ministry}'s table code is revoked: its devices can no longer open or save anything.")),
                    Err(e) => self.error(format!("The table code was not changed: {e}")),
                }
            }
            Command::PhonesSeeResult(on) => {
                if let Some(v) = self.session.lock().live.voting.as_mut() {
                    v.phones_see_result = on;
                }
                self.session.wake();
            }
            Command::Present(on) => self.results_view.present = on,
            Command::SaveChartPng(path) => {
                let name = format!("codi-{}.png", self.results_view.tab.name());
                let png = ("PNG image", &["png"][..]);
                if let Some(path) = path.or_else(|| {
                    self.pick_export(
                        "Save the chart as PNG",
                        png,
                        &name,
                        Box::new(|p| Command::SaveChartPng(Some(p))),
                    )
                }) {
                    let was = self.results_view.present;
                    self.snapshot = Some(super::snapshot::Snapshot::new(path, was));
                    self.results_view.present = true;
                    self.results_view.capturing = true;
                }
            }
            Command::Help(page) => {
                self.help = if page == self.help { None } else { page };
            }
            Command::OpenDataFolder => match self.data_dir.clone() {
                Some(dir) => {
                    let opened = std::fs::create_dir_all(&dir)
                        .and_then(|()| super::files::open_folder(&dir));
                    if let Err(e) = opened {
                        self.error(format!("Could not open {}: {e}", dir.display()));
                    }
                }
                None => self.error("This system has no data folder for the app (no home folder)."),
            },
            Command::OpenFolder(dir) => {
                if let Err(e) = super::files::open_folder(&dir) {
                    self.error(format!("Could not open {}: {e}", dir.display()));
                }
            }
            Command::ScoreNext => {
                let next = crate::session::live::next_to_score(&self.workspace());
                match next {
                    Some(focus) => self.apply(ctx, Command::Score(focus)),
                    None => self.info("Every ministry is scored in the newest round."),
                }
            }
            Command::Reveal(at, shown) => {
                let refused = self.session.lock().reveal(&at, shown);
                match refused {
                    Err(why) if self.screen == Screen::Scoring => {
                        self.scoring_view.say(why.to_string())
                    }
                    Err(why) => self.info(why.to_string()),
                    Ok(()) => {}
                }
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
            Command::Confirm(yes) => self.answer(ctx, yes),
            other => self.apply_file(other),
        }
    }

    fn timer(&mut self, op: TimerOp) {
        let result = self.session.lock().timer(op);
        if let Err(e) = result {
            self.error(format!("The discussion time was not recorded: {e}."));
        }
    }

    fn apply_edit(&mut self, edit: Edit) {
        // An earlier round is the record of its workshop: ask once before changing it.
        let past = self.session.lock().past_round_of(&edit).cloned();
        match past {
            Some(round) => {
                self.confirm = Some(Confirm::PastRound {
                    round: Box::new(round),
                    edit,
                })
            }
            None => self.apply_edit_now(edit),
        }
    }

    /// The answer to the open question.
    fn answer(&mut self, ctx: &egui::Context, yes: bool) {
        let Some(question) = self.confirm.take() else {
            return;
        };
        match question {
            Confirm::PastRound { round, edit } if yes => {
                self.session.lock().live.unlock(round.id.clone());
                self.apply_edit_now(edit);
            }
            Confirm::PastRound { round, .. } => {
                self.info(format!("The {} round is unchanged.", round.title));
            }
            Confirm::StopTables { .. } if yes => self.stop_tables(),
            Confirm::StopTables { .. } => {}
            Confirm::ExportToFolder { folder, command } if yes => {
                if let Err(e) = std::fs::create_dir_all(&folder) {
                    let shown = folder.display();
                    return self.error(format!("The folder {shown} could not be made: {e}"));
                }
                self.fell_back = Some(folder);
                self.apply(ctx, *command);
            }
            Confirm::ExportToFolder { .. } => self.info("Nothing was exported."),
        }
    }

    fn apply_edit_now(&mut self, edit: Edit) {
        let removes = matches!(edit, Edit::RemoveMinistry(_) | Edit::RemoveRound(_));
        let result = self.session.lock().apply(edit, Origin::User);
        match result {
            Ok(applied) if removes && !applied.is_noop() => {
                self.info("Removed. Ctrl+Z brings it back.");
            }
            Ok(_) => {}
            Err(e) => self.error(format!("Not changed: {e}.")),
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let result = {
            let mut st = self.session.lock();
            if undo { st.undo() } else { st.redo() }
        };
        match result {
            Ok(Some(applied)) => {
                let (text, focus) =
                    super::steps::describe(&self.workspace(), &applied.changes, undo);
                // Show the area the step changed, so that it can be checked at once.
                if let Some(focus) = focus {
                    // Moving there records the open area's time, as any move does.
                    let _ = self.session.lock().show(focus);
                    self.screen = Screen::Scoring;
                }
                self.info(text);
            }
            Ok(None) if undo => self.info("Nothing to undo."),
            Ok(None) => self.info("Nothing to redo."),
            Err(e) => self.error(format!("That step could not be taken back: {e}.")),
        }
    }

    /// Commands about files and documents.
    fn apply_file(&mut self, cmd: Command) {
        match cmd {
            Command::NewWorkspace => {
                self.new_document(Workspace::new("New workspace", Instrument::codi()), None);
                self.info("New workspace. It is saved automatically; use File › Save as... to choose where.");
            }
            Command::NewWithInstrument(path) => {
                let filter = ("Instrument (JSON)", &["json"][..]);
                let Some(path) =
                    self.given_or_open(path, "Choose an instrument file", filter, |p| {
                        Command::NewWithInstrument(Some(p))
                    })
                else {
                    return;
                };
                match json::load_instrument(&path) {
                    Ok(inst) => {
                        let note = format!(
                            "New workspace scored with {} (version {}).",
                            inst.title(),
                            inst.version()
                        );
                        self.new_document(Workspace::new("New workspace", inst), Some(note));
                    }
                    Err(e) => self.error(e.to_string()),
                }
            }
            Command::UseInstrument(path) => self.use_instrument(path),
            Command::OpenDemo => self.new_document(demo_workspace(), None),
            Command::Open(path) => self.open_command(path),
            Command::SaveAs(path) => self.save_as(path),
            Command::Import(path) => self.import_scores(path),
            Command::CancelImport => self.cancel_import(),
            Command::ExportCsv(path) => self.export_csv(path),
            Command::ExportXlsx(path) => self.export_xlsx(path),
            Command::Template(round, path) => self.template(round, path),
            Command::ExportPdf(kind, path) => {
                if self.pdf_job.is_some() {
                    return self.info("A PDF is still being made; wait for it to finish.");
                }
                let name = kind.default_name();
                let Some(path) = path.or_else(|| {
                    self.pick_export("Export PDF", ("PDF", &["pdf"]), &name, {
                        let again = kind.clone();
                        Box::new(move |p| Command::ExportPdf(again, Some(p)))
                    })
                }) else {
                    return;
                };
                let today = self.today();
                let ws = self.workspace();
                self.pdf_job = Some(PdfJob::start(ws, kind, path, today));
            }
            Command::RestoreUnsaved(path) => self.restore_unsaved(path),
            Command::DiscardUnsaved(path) => {
                // Kept on disk under another name, never deleted outright.
                let mut discarded = path.clone().into_os_string();
                discarded.push(".discarded");
                match std::fs::rename(&path, &discarded) {
                    Ok(()) => self.recovery.retain(|p| *p != path),
                    Err(e) => self.error(format!("Could not set aside {}: {e}", path.display())),
                }
            }
            Command::ResolveConflict(choice) => self.resolve_conflict(choice),
            // Handled in `apply`.
            _ => {}
        }
    }

    fn new_document(&mut self, ws: Workspace, note: Option<String>) {
        if let Err(e) = self.leave_document() {
            return self.error(e);
        }
        let path = self.new_autosave_path();
        self.switch_to(Document::unsaved(ws, path));
        if let Some(note) = note {
            self.info(note);
        }
    }

    fn open_command(&mut self, path: Option<std::path::PathBuf>) {
        let filter = ("CODI workspace", &["json"][..]);
        let Some(path) =
            self.given_or_open(path, "Open a workspace", filter, |p| Command::Open(Some(p)))
        else {
            return;
        };
        if super::interchange::is_scores_file(&path) {
            return self.import_scores(Some(path));
        }
        match self.open(&path) {
            Ok(()) => self.info(format!("Opened {}", path.display())),
            Err(e) => self.error(e),
        }
    }

    fn save_as(&mut self, path: Option<std::path::PathBuf>) {
        let name = format!(
            "{}{}",
            crate::model::ids::slug(self.workspace().title(), "workspace"),
            json::EXTENSION
        );
        let filter = ("CODI workspace", &["json"][..]);
        let Some(mut path) = path.or_else(|| {
            self.pick(
                true,
                "Save the workspace as",
                filter,
                &name,
                Box::new(|p| Command::SaveAs(Some(p))),
            )
        }) else {
            return;
        };
        if !path.to_string_lossy().ends_with(".json") {
            path.set_file_name(format!(
                "{}{}",
                path.file_name().unwrap_or_default().to_string_lossy(),
                json::EXTENSION
            ));
        }
        let result = self.session.save_as(path.clone());
        match result {
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

    /// New rounds use another instrument version: a deliberate step, one undoable edit.
    /// Past rounds keep theirs and are never re-rated.
    fn use_instrument(&mut self, path: Option<std::path::PathBuf>) {
        let filter = ("Instrument (JSON)", &["json"][..]);
        let Some(path) = self.given_or_open(path, "Choose an instrument file", filter, |p| {
            Command::UseInstrument(Some(p))
        }) else {
            return;
        };
        let inst = match json::load_instrument(&path) {
            Ok(inst) => inst,
            Err(e) => return self.error(e.to_string()),
        };
        let note = format!(
            "New rounds will be scored with {} (version {}). Past rounds keep the version \
             they were scored with; areas whose meaning changed show as not comparable.",
            inst.title(),
            inst.version()
        );
        let version = inst.version().to_owned();
        let edit = Edit::Batch(vec![
            Edit::AddInstrument(Box::new(inst)),
            Edit::SetCurrentInstrument(version),
        ]);
        let result = self.session.lock().apply(edit, Origin::User);
        match result {
            Ok(_) => self.info(note),
            Err(e) => self.error(format!("The instrument was not changed: {e}")),
        }
    }

    fn restore_unsaved(&mut self, path: std::path::PathBuf) {
        match json::load(&path) {
            Ok(ws) => {
                if let Err(e) = self.leave_document() {
                    return self.error(e);
                }
                self.switch_to(Document::new(ws, Target::Unsaved(path.clone())));
                self.recovery.retain(|p| *p != path);
                self.info("Restored the unsaved workspace. Use File › Save as... to keep it in a file of your choice.");
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    fn resolve_conflict(&mut self, choice: ConflictChoice) {
        match choice {
            ConflictChoice::Overwrite => self.session.overwrite_disk(),
            ConflictChoice::Reload => match self.session.reload_from_disk() {
                Ok(()) => self.info("Loaded the version on disk. Ctrl+Z brings back yours."),
                Err(e) => self.error(e),
            },
        }
    }
}
