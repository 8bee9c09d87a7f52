//! The message area (save problems, recovery offers, the PDF in progress, messages),
//! the status bar and the window title: always visible, never a panic.

use egui::{RichText, Ui};

use std::path::PathBuf;

use super::app::{App, Message};
use super::command::{Command, ConflictChoice};
use super::lang::{self, Texts};
use super::theme;
use crate::session::{Document, SaveState, Target};

fn banner_ui(ui: &mut Ui, error: bool, add: &mut dyn FnMut(&mut Ui)) {
    let p = theme::current(ui.ctx());
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
}

/// What the message area shows besides the document's own state, gathered once a
/// frame so that drawing needs no access to the app.
#[derive(Clone, Debug, Default)]
pub struct Notices {
    pub message: Option<Message>,
    /// A never-saved workspace found on disk, and when it last changed.
    pub recovery: Option<(PathBuf, String)>,
    /// An export being made: steps done, of, what it says, and whether it can still
    /// be cancelled.
    pub export: Option<(usize, usize, String, bool)>,
    /// The import file being read: its name, rows read, rows there are (0: unknown).
    pub import: Option<(String, usize, usize)>,
    /// Where Save As is writing.
    pub saving_as: Option<String>,
}

impl Notices {
    pub fn of(app: &App) -> Self {
        let recovery = app.recovery.first().map(|path| {
            let when = std::fs::metadata(path)
                .ok()
                .and_then(|m| m.modified().ok())
                .and_then(|t| jiff::Timestamp::try_from(t).ok())
                .map_or_else(String::new, |t| {
                    let when = t.strftime("%Y-%m-%d %H:%M UTC").to_string();
                    let t = &app.languages.texts;
                    t.with("banner-recovery-when", &[("when", t.number(&when).into())])
                });
            (path.clone(), when)
        });
        let export = app.jobs.export.as_ref().map(|job| {
            let (done, total) = job.progress();
            let path = job.path.display();
            let t = &app.languages.texts;
            let path = path.to_string();
            let text = if job.cancelling() {
                t.with("banner-export-cancelling", &[("path", path.into())])
            } else {
                let args = [
                    ("what", t.get(job.kind.what()).into()),
                    ("path", path.into()),
                ];
                t.with("banner-export-making", &args)
            };
            (done, total, text, !job.cancelling())
        });
        Self {
            message: app.message.clone(),
            recovery,
            export,
            saving_as: app
                .jobs
                .save_as
                .as_ref()
                .map(|j| j.path.display().to_string()),
            import: app.jobs.import.as_ref().map(|j| {
                let (rows, total) = j.progress();
                (j.path.display().to_string(), rows, total)
            }),
        }
    }
}

/// Messages, recovery offers and save problems. With `infos` false, a message that is
/// not an error is left out (the scoring screen shows it as a toast instead).
pub fn message_area_ui(
    ui: &mut Ui,
    notices: &Notices,
    doc: &Document,
    infos: bool,
    cmds: &mut Vec<Command>,
) {
    let p = theme::current(ui.ctx());
    let t = lang::texts(ui.ctx());
    match doc.state() {
        SaveState::Failed(e) => banner_ui(ui, true, &mut |ui| {
            let text = t.with("banner-not-saved", &[("error", e.to_string().into())]);
            ui.add(egui::Label::new(RichText::new(text).color(p.error)).wrap());
            if ui.button(t.get("action-save-as")).clicked() {
                cmds.push(Command::SaveAs(None));
            }
        }),
        SaveState::Conflict => banner_ui(ui, true, &mut |ui| {
            let path = doc.target().path().display().to_string();
            let text = t.with("banner-conflict", &[("path", path.into())]);
            ui.add(egui::Label::new(RichText::new(text).color(p.error)).wrap());
            if ui.button(t.get("banner-conflict-overwrite")).clicked() {
                cmds.push(Command::ResolveConflict(ConflictChoice::Overwrite));
            }
            if ui.button(t.get("banner-conflict-reload")).clicked() {
                cmds.push(Command::ResolveConflict(ConflictChoice::Reload));
            }
            if ui.button(t.get("banner-conflict-save-mine")).clicked() {
                cmds.push(Command::SaveAs(None));
            }
        }),
        _ => {}
    }
    if doc.open_elsewhere() {
        banner_ui(ui, false, &mut |ui| {
            ui.add(egui::Label::new(t.get("banner-open-elsewhere")).wrap());
        });
    }
    if let Some((path, when)) = &notices.recovery {
        banner_ui(ui, false, &mut |ui| {
            ui.label(t.with("banner-recovery", &[("when", when.as_str().into())]));
            if ui.button(t.get("banner-recovery-restore")).clicked() {
                cmds.push(Command::RestoreUnsaved(path.clone()));
            }
            if ui.button(t.get("banner-recovery-set-aside")).clicked() {
                cmds.push(Command::DiscardUnsaved(path.clone()));
            }
        });
    }
    if let Some((done, total, text, can_cancel)) = &notices.export {
        banner_ui(ui, false, &mut |ui| {
            ui.label(text);
            if *total > 1 {
                // The count beside the bar: inside it, light text on the unfilled
                // part cannot be read.
                ui.add(
                    egui::ProgressBar::new(*done as f32 / (*total).max(1) as f32)
                        .desired_width(240.0),
                );
                let args = [("done", (*done).into()), ("total", (*total).into())];
                ui.label(t.with("banner-progress", &args));
            }
            if *can_cancel && ui.button(t.get("banner-export-cancel")).clicked() {
                cmds.push(Command::CancelExport);
            }
        });
    }
    if let Some(path) = &notices.saving_as {
        banner_ui(ui, false, &mut |ui| {
            ui.label(t.with("banner-saving-as", &[("path", path.as_str().into())]));
        });
    }
    if let Some((path, rows, total)) = &notices.import {
        banner_ui(ui, false, &mut |ui| {
            // No spinner: the projector should not flicker for a background read.
            ui.label(t.with("banner-import-reading", &[("path", path.as_str().into())]));
            if *total > 0 {
                let part = (*rows as f32 / *total as f32).min(1.0);
                ui.add(egui::ProgressBar::new(part).desired_width(240.0));
            }
            if *rows > 0 {
                ui.label(t.with("banner-import-rows", &[("rows", (*rows).into())]));
            }
            if ui.button(t.get("banner-import-cancel")).clicked() {
                cmds.push(Command::CancelImport);
            }
        });
    }
    if let Some(m) = notices.message.as_ref().filter(|m| infos || m.error) {
        banner_ui(ui, m.error, &mut |ui| message_ui(ui, m, cmds));
    }
}

/// A message's text with its buttons (open the folder, dismiss).
fn message_ui(ui: &mut Ui, m: &Message, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let color = if m.error { p.error } else { p.text };
    let t = lang::texts(ui.ctx());
    ui.add(egui::Label::new(RichText::new(&m.text).color(color)).wrap());
    if let Some(folder) = &m.folder
        && ui.small_button(t.get("banner-open-folder")).clicked()
    {
        cmds.push(Command::OpenFolder(folder.clone()));
    }
    if ui.small_button(t.get("banner-dismiss")).clicked() {
        cmds.push(Command::DismissMessage);
    }
}

/// How long a toast stays, and the last part of it in which it fades, in seconds.
const TOAST_SECS: f64 = 6.0;
const TOAST_FADE_SECS: f64 = 1.0;

/// A message that is not an error, over the facilitator's corner of the scoring screen
/// (bottom right, above the hint line): it fades after a few seconds and never takes
/// the room view's space. `since` is when it was first shown (set here).
pub fn toast_ui(ctx: &egui::Context, m: &mut Message, cmds: &mut Vec<Command>) {
    let now = ctx.input(|i| i.time);
    let since = *m.since.get_or_insert(now);
    let age = now - since;
    if age >= TOAST_SECS {
        cmds.push(Command::DismissMessage);
        return;
    }
    let alpha = ((TOAST_SECS - age) / TOAST_FADE_SECS).clamp(0.0, 1.0) as f32;
    let p = theme::current(ctx);
    egui::Area::new(egui::Id::unique("toast"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -40.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            ui.multiply_opacity(alpha);
            ui.set_max_width(360.0);
            egui::Frame::popup(ui.style())
                .stroke(egui::Stroke::new(2.0, p.accent))
                .show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| message_ui(ui, m, cmds));
                });
        });
    // Wake up for the fade and for the end.
    let next = if age < TOAST_SECS - TOAST_FADE_SECS {
        TOAST_SECS - TOAST_FADE_SECS - age
    } else {
        0.05
    };
    ctx.request_repaint_after(std::time::Duration::from_secs_f64(next));
}

pub fn status_ui(ui: &mut Ui, doc: &Document) {
    let p = theme::current(ui.ctx());
    let t = lang::texts(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        let (id, color) = match doc.state() {
            SaveState::Saved if !doc.is_dirty() => ("status-saved", p.ok),
            SaveState::Saved | SaveState::Pending => ("status-saving", p.muted),
            SaveState::Failed(_) => ("status-failed", p.error),
            SaveState::Conflict => ("status-conflict", p.error),
        };
        ui.label(RichText::new(t.get(id)).color(color).small());
        let zoom = format!("{:.0}", ui.ctx().zoom_factor() * 100.0);
        let zoom = t.with("status-zoom", &[("percent", t.number(&zoom).into())]);
        ui.label(RichText::new(zoom).small().color(p.muted));
        // Whole on hover: in the facilitator's narrow panel it is cut.
        let path = doc.target().path().display().to_string();
        ui.add(
            egui::Label::new(RichText::new(format!("· {path}")).small().color(p.muted)).truncate(),
        )
        .on_hover_text(path);
    });
}

/// Window title: file name and whether everything is saved.
pub fn title(doc: &Document, t: &Texts) -> String {
    let name = match doc.target() {
        Target::File(p) => p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        Target::Unsaved(_) => {
            let title = doc.workspace().title();
            t.with("title-unsaved", &[("title", title.into())])
        }
    };
    let state = match doc.state() {
        SaveState::Saved if !doc.is_dirty() => "title-saved",
        SaveState::Saved | SaveState::Pending => "title-saving",
        SaveState::Failed(_) => "title-failed",
        SaveState::Conflict => "title-conflict",
    };
    // "CODI Workshop" ends every title, in every language: scripts find the window by it.
    format!("{name} — {} — CODI Workshop", t.get(state))
}

/// Where the workspace is kept, for the workspace screen.
pub fn location_text(doc: &Document, t: &Texts) -> String {
    match doc.target() {
        Target::File(p) => t.with("location-file", &[("path", p.display().to_string().into())]),
        Target::Unsaved(p) if doc.is_dirty() || p.exists() => t.with(
            "location-autosaved",
            &[("path", p.display().to_string().into())],
        ),
        Target::Unsaved(_) => t.get("location-unsaved"),
    }
}
