//! The one place that runs the UI's commands: one exhaustive `match`, so a new command
//! does not compile until it does something. Edits go through the session's entry
//! point; files are in `documents.rs`. Dialogs open before the session is locked, so a
//! slow dialog never holds up other threads.

use egui::ViewportCommand;

use super::action::Action;
use super::app::App;
use super::command::{Command, Screen};
use super::confirm::Confirm;
use super::theme;
use crate::model::{Edit, MinistryId, RoundId, ScoreRef};
use crate::session::{Origin, TimerOp};

impl App {
    /// Apply one command.
    pub fn apply(&mut self, ctx: &egui::Context, cmd: Command) {
        match cmd {
            Command::Run(action) => self.run(ctx, action),
            Command::Edit(edit) => self.apply_edit(edit),
            Command::Review {
                round,
                to,
                by,
                reason,
            } => self.review_step(&round, to, &by, &reason),
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::NewWorkspace => self.new_workspace(),
            Command::NewWithInstrument(path) => self.new_with_instrument(path),
            Command::UseInstrument(path) => self.use_instrument(path),
            Command::OpenDemo => self.open_demo(),
            Command::Open(path) => self.open_command(path),
            Command::SaveAs(path) => self.save_as(path),
            Command::Import(path) => self.import_scores(path),
            Command::Merge(path) => self.merge_workspace(path),
            Command::FinishMerge(yes) => self.finish_merge(yes),
            Command::CancelImport => self.cancel_import(),
            Command::ExportCsv(path) => self.export_csv(path),
            Command::CancelExport => self.cancel_export(),
            Command::ExportXlsx(path) => self.export_xlsx(path),
            Command::Template(round, path) => self.template(round, path),
            Command::ExportPdf(kind, path) => self.export_pdf(kind, path),
            Command::Handout(which) => self.export_handout(which),
            Command::RestoreUnsaved(path) => self.restore_unsaved(path),
            Command::DiscardUnsaved(path) => self.discard_unsaved(path),
            Command::ResolveConflict(choice) => self.resolve_conflict(choice),
            Command::Show(screen) => self.show(screen),
            Command::Score(focus) => {
                let result = self.session.lock().show(focus);
                if let Err(e) = result {
                    self.error(
                        self.tw("msg-time-not-recorded", &[("error", e.to_string().into())]),
                    );
                }
                self.screen = Screen::Scoring;
            }
            Command::ScoreNext => self.score_next(ctx),
            Command::Reveal(at, shown) => self.reveal(&at, shown),
            Command::Timer(op) => self.timer(op),
            Command::RoomVoting(true) => self.start_voting(),
            Command::RoomVoting(false) => self.stop_voting(),
            Command::Tables(Some(round)) => {
                self.start_tables(&round);
                self.screen = Screen::Tables;
            }
            Command::Tables(None) => self.close_tables(),
            Command::TableCode {
                round,
                ministry,
                revoke,
            } => self.table_code(&round, &ministry, revoke),
            Command::PhonesSeeResult(on) => {
                if let Some(v) = self.session.lock().live.voting.as_mut() {
                    v.phones_see_result = on;
                }
                self.session.wake();
            }
            Command::ToggleFullscreen => {
                let full = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(!full));
            }
            Command::ZoomIn => self.zoom(ctx, ctx.zoom_factor() + 0.1),
            Command::ZoomOut => self.zoom(ctx, ctx.zoom_factor() - 0.1),
            Command::ZoomReset => self.zoom(ctx, 1.0),
            Command::SetDark(dark) => {
                self.prefs.dark = dark;
                theme::set_dark(ctx, dark);
            }
            Command::SetLanguage(code, latin) => {
                self.languages.choose(&code, latin);
                self.prefs.language = Some(code);
                self.prefs.latin_digits = latin;
                super::lang::install(ctx, self.languages.shown());
            }
            Command::DismissMessage => self.message = None,
            Command::SaveChartPng(path) => self.save_chart_png(path),
            Command::Present(on) => self.results_view.present = on,
            Command::OpenFolder(dir) => {
                if let Err(e) = super::files::open_folder(&dir) {
                    let args = [
                        ("path", dir.display().to_string().into()),
                        ("error", e.to_string().into()),
                    ];
                    self.error(self.tw("msg-could-not-open", &args));
                }
            }
            Command::Help(page) => {
                self.help = if page == self.help { None } else { page };
            }
            Command::OpenDataFolder => self.open_data_folder(),
            Command::Confirm(yes) => self.answer(ctx, yes),
        }
    }

    /// A menu's or a key's action, resolved in the current situation. The actions a
    /// screen resolves itself (the open area's keys) never come here.
    fn run(&mut self, ctx: &egui::Context, action: Action) {
        let sit = {
            let st = self.session.lock();
            self.situation(&st)
        };
        match action.command(&sit) {
            Some(cmd) => self.apply(ctx, cmd),
            None => {
                if let Some(why) = action.unavailable(&sit) {
                    let t = &self.languages.texts;
                    let text = t.with(
                        "action-not-now",
                        &[
                            ("action", action.text(t).trim_end_matches("...").into()),
                            ("why", t.get(why).into()),
                        ],
                    );
                    self.info(text);
                }
            }
        }
    }

    fn show(&mut self, screen: Screen) {
        if screen != Screen::Scoring {
            // The room has left the area: its time so far is recorded, and phones stop
            // voting; earlier rounds ask again next time.
            let left = self.session.lock().leave_scoring();
            if let Err(e) = left {
                self.error(self.tw("msg-time-not-recorded", &[("error", e.to_string().into())]));
            }
            self.stop_voting();
        }
        if let Screen::Results(tab) = screen {
            self.results_view.tab = tab;
        }
        self.screen = screen;
    }

    fn score_next(&mut self, ctx: &egui::Context) {
        let next = crate::session::live::next_to_score(&self.workspace());
        match next {
            Some(focus) => self.apply(ctx, Command::Score(focus)),
            None => self.info(self.tw("msg-all-scored", &[])),
        }
    }

    fn reveal(&mut self, at: &ScoreRef, shown: bool) {
        let refused = self.session.lock().reveal(at, shown);
        match refused {
            Err(why) if self.screen == Screen::Scoring => self.scoring_view.say(why.to_string()),
            Err(why) => self.info(why.to_string()),
            Ok(()) => {}
        }
    }

    /// Tables still working are named before their scoring closes.
    fn close_tables(&mut self) {
        let not_submitted = self.session.lock().tables_not_submitted();
        if not_submitted.is_empty() {
            self.stop_tables();
        } else {
            self.confirm = Some(Confirm::StopTables { not_submitted });
        }
    }

    fn table_code(&mut self, round: &RoundId, ministry: &MinistryId, revoke: bool) {
        let done = self.session.lock().reissue_table(round, ministry, revoke);
        match done {
            Ok(Some(code)) => {
                let args = [
                    ("ministry", ministry.as_str().into()),
                    ("code", code.into()),
                ];
                self.info(self.tw("msg-table-new-code", &args));
            }
            Ok(None) => {
                let args = [("ministry", ministry.as_str().into())];
                self.info(self.tw("msg-table-code-revoked", &args));
            }
            Err(e) => self.error(self.tw(
                "msg-table-code-unchanged",
                &[("error", e.to_string().into())],
            )),
        }
    }

    fn zoom(&mut self, ctx: &egui::Context, z: f32) {
        let z = (z * 10.0).round() / 10.0;
        self.prefs.zoom = z.clamp(theme::MIN_ZOOM, theme::MAX_ZOOM);
        ctx.set_zoom_factor(self.prefs.zoom);
    }

    fn save_chart_png(&mut self, path: super::command::PickedPath) {
        let name = format!("codi-{}.png", self.results_view.tab.name());
        let (kind, title) = (
            self.tw("dialog-png-kind", &[]),
            self.tw("dialog-save-chart", &[]),
        );
        let png = (kind.as_str(), &["png"][..]);
        if let Some(path) = path.or_else(|| {
            self.pick_export(
                &title,
                png,
                &name,
                Box::new(|p| Command::SaveChartPng(Some(p))),
            )
        }) {
            let was = self.results_view.present;
            self.jobs.snapshot = Some(super::snapshot::Snapshot::new(path, was));
            self.results_view.present = true;
            self.results_view.capturing = true;
        }
    }

    fn open_data_folder(&mut self) {
        let Some(dir) = self.data_dir.clone() else {
            return self.error(self.tw("msg-no-data-folder", &[]));
        };
        let opened = std::fs::create_dir_all(&dir).and_then(|()| super::files::open_folder(&dir));
        if let Err(e) = opened {
            let args = [
                ("path", dir.display().to_string().into()),
                ("error", e.to_string().into()),
            ];
            self.error(self.tw("msg-could-not-open", &args));
        }
    }

    fn timer(&mut self, op: TimerOp) {
        let result = self.session.lock().timer(op);
        if let Err(e) = result {
            self.error(self.tw("msg-time-not-recorded", &[("error", e.to_string().into())]));
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
                self.info(self.tw(
                    "msg-round-unchanged",
                    &[("round", round.title.as_str().into())],
                ));
            }
            Confirm::StopTables { .. } if yes => self.stop_tables(),
            Confirm::StopTables { .. } => {}
            Confirm::ExportToFolder { folder, command } if yes => {
                if let Err(e) = std::fs::create_dir_all(&folder) {
                    let shown = folder.display();
                    let args = [
                        ("path", shown.to_string().into()),
                        ("error", e.to_string().into()),
                    ];
                    return self.error(self.tw("msg-folder-not-made", &args));
                }
                self.dialogs.fell_back = Some(folder);
                self.apply(ctx, *command);
            }
            Confirm::ExportToFolder { .. } => self.info(self.tw("msg-nothing-exported", &[])),
        }
    }

    fn apply_edit_now(&mut self, edit: Edit) {
        let removes = matches!(edit, Edit::RemoveMinistry(_) | Edit::RemoveRound(_));
        let result = self.session.lock().apply(edit, Origin::User);
        match result {
            Ok(applied) if removes && !applied.is_noop() => {
                self.info(self.tw("msg-removed", &[]));
            }
            Ok(_) => {}
            Err(crate::model::ModelError::Validated(round)) => {
                self.error(self.tw("msg-round-validated", &[("round", round.into())]));
            }
            Err(e) => self.error(self.tw("msg-not-changed", &[("error", e.to_string().into())])),
        }
    }

    /// A review step, dated by the session's clock (it is not an undo step).
    fn review_step(
        &mut self,
        round: &crate::model::RoundId,
        to: crate::model::review::Status,
        by: &str,
        reason: &str,
    ) {
        let result = {
            let mut st = self.session.lock();
            let now = st.stamp();
            crate::model::review::step_edit(st.doc.workspace(), round, to, by, reason, now)
                .and_then(|edit| st.apply(edit, Origin::User))
        };
        match result {
            Ok(_) => {
                let id = crate::ui::screens::results::status_id(to);
                let status = self.tw(id, &[]);
                let args = [("round", round.as_str().into()), ("status", status.into())];
                self.info(self.tw("msg-review-step", &args));
            }
            Err(e) => self.error(self.tw("msg-not-changed", &[("error", e.to_string().into())])),
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let result = {
            let mut st = self.session.lock();
            if undo { st.undo() } else { st.redo() }
        };
        match result {
            Ok(Some(applied)) => {
                let texts = &self.languages.texts;
                let (text, focus) =
                    super::steps::describe(&self.workspace(), &applied.changes, undo, texts);
                // Show the area the step changed, so that it can be checked at once.
                if let Some(focus) = focus {
                    // Moving there records the open area's time, as any move does.
                    let _ = self.session.lock().show(focus);
                    self.screen = Screen::Scoring;
                }
                self.info(text);
            }
            Ok(None) if undo => self.info(self.tw("msg-nothing-to-undo", &[])),
            Ok(None) => self.info(self.tw("msg-nothing-to-redo", &[])),
            Err(e) => self.error(self.tw("msg-step-failed", &[("error", e.to_string().into())])),
        }
    }

    /// A message in the interface language.
    /// A note on the message line (with the folder an export fell back to).
    pub(super) fn info(&mut self, text: impl Into<String>) {
        self.message = Some(super::app::Message {
            text: text.into(),
            error: false,
            folder: self.dialogs.fell_back.take(),
            since: None,
        });
    }

    pub(super) fn error(&mut self, text: impl Into<String>) {
        self.message = Some(super::app::Message {
            text: text.into(),
            error: true,
            folder: None,
            since: None,
        });
    }

    pub(super) fn tw(&self, id: &str, args: &[(&str, codi_i18n::Value<'_>)]) -> String {
        self.languages.texts.with(id, args)
    }
}
