//! The workspace screen: title, rounds, ministries and the completion matrix (ministry
//! x round, how many areas are answered). Clicking a cell opens that scoring session.
//! `forms` validates what is typed, `dialogs` edits and confirms, `matrix` draws the
//! table.

mod dialogs;
mod forms;
mod matrix;

use egui::{RichText, Ui};

use crate::model::{Edit, Workspace};
use crate::session::Document;
use crate::session::cache::Memo;
use crate::ui::command::Command;
use crate::ui::theme;
use dialogs::{Dialog, dialog_ui};
use forms::{RoundForm, named_field_ui, new_ministry, new_round};

/// Form and dialog state of the workspace screen.
#[derive(Default)]
pub struct WorkspaceView {
    new_round_title: String,
    new_round_date: String,
    new_code: String,
    new_name: String,
    new_cluster: String,
    round_error: Option<String>,
    ministry_error: Option<String>,
    /// First round column shown; `None` = the latest rounds.
    round_offset: Option<usize>,
    dialog: Option<Dialog>,
    completion: Memo<(), Vec<Vec<usize>>>,
}

impl WorkspaceView {
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, location: &str, cmds: &mut Vec<Command>) {
        let ws = doc.workspace();
        egui::Panel::left("ws-lists")
            .resizable(false)
            .exact_size((ui.available_width() * 0.34).clamp(320.0, 480.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("lists")
                    .auto_shrink(false)
                    .show(ui, |ui| {
                        title_ui(ui, ws, location, cmds);
                        ui.separator();
                        self.rounds_ui(ui, ws, cmds);
                        ui.separator();
                        self.add_ministry_ui(ui, ws, cmds);
                    });
            });
        self.matrix_ui(ui, ws, doc.revision(), cmds);
        if let Some(dialog) = &mut self.dialog
            && dialog_ui(ui, dialog, ws, cmds)
        {
            self.dialog = None;
        }
    }

    fn rounds_ui(&mut self, ui: &mut Ui, ws: &Workspace, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        ui.label(RichText::new(format!("Rounds ({})", ws.rounds().len())).heading());
        egui::Grid::new("rounds")
            .num_columns(4)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                for r in ws.rounds() {
                    ui.vertical(|ui| {
                        ui.set_min_width((ui.available_width() - 240.0).max(140.0));
                        ui.label(RichText::new(&r.title).strong());
                        let mut meta = r.date.to_string();
                        if !r.location.is_empty() {
                            meta.push_str(&format!(" · {}", r.location));
                        }
                        ui.label(RichText::new(meta).color(p.muted));
                        if r.instrument_version != ws.instrument().version() {
                            ui.label(
                                RichText::new(format!(
                                    "scored with instrument {}",
                                    r.instrument_version
                                ))
                                .color(p.error),
                            );
                        }
                    });
                    self.round_actions_ui(ui, ws, r, cmds);
                    ui.end_row();
                }
            });
        ui.horizontal_wrapped(|ui| {
            named_field_ui(
                ui,
                "New round",
                "New round title",
                &mut self.new_round_title,
                170.0,
            );
            named_field_ui(
                ui,
                "Date",
                "New round date",
                &mut self.new_round_date,
                120.0,
            );
            if ui.button("Add round").clicked() {
                match new_round(ws, &self.new_round_title, &self.new_round_date) {
                    Ok(round) => {
                        cmds.push(Command::Edit(Edit::AddRound(Box::new(round))));
                        self.new_round_title.clear();
                        self.new_round_date.clear();
                        self.round_error = None;
                    }
                    Err(e) => self.round_error = Some(e),
                }
            }
        });
        if let Some(e) = &self.round_error {
            ui.label(RichText::new(e).color(p.error));
        }
    }

    fn round_actions_ui(
        &mut self,
        ui: &mut Ui,
        ws: &Workspace,
        r: &crate::model::Round,
        cmds: &mut Vec<Command>,
    ) {
        if ui
            .small_button("Edit")
            .accessible_name(format!("Edit round {}", r.title))
            .clicked()
        {
            self.dialog = Some(Dialog::EditRound {
                id: r.id.clone(),
                form: Box::new(RoundForm::of(r)),
                error: None,
            });
        }
        if ui
            .small_button("PDF...")
            .on_hover_text("Export the workshop report of this round")
            .accessible_name(format!("Export the workshop report PDF for {}", r.title))
            .clicked()
        {
            cmds.push(Command::ExportPdf(
                crate::session::export::PdfKind::Workshop {
                    round: r.id.to_string(),
                },
                None,
            ));
        }
        if ui
            .small_button("Remove")
            .accessible_name(format!("Remove round {}", r.title))
            .clicked()
        {
            if ws.has_data_for_round(r.id.as_str()) {
                self.dialog = Some(Dialog::ConfirmRemoveRound(r.id.clone()));
            } else {
                cmds.push(Command::Edit(Edit::RemoveRound(r.id.clone())));
            }
        }
    }

    fn add_ministry_ui(&mut self, ui: &mut Ui, ws: &Workspace, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        ui.label(RichText::new("Add a ministry or division").heading());
        egui::Grid::new("add-ministry")
            .num_columns(2)
            .show(ui, |ui| {
                named_field_ui(ui, "Code", "New ministry code", &mut self.new_code, 120.0);
                ui.end_row();
                named_field_ui(ui, "Name", "New ministry name", &mut self.new_name, 260.0);
                ui.end_row();
                named_field_ui(
                    ui,
                    "Cluster",
                    "New ministry cluster",
                    &mut self.new_cluster,
                    260.0,
                );
                ui.end_row();
            });
        if ui.button("Add ministry").clicked() {
            match new_ministry(&self.new_code, &self.new_name, &self.new_cluster, ws, None) {
                Ok(m) => {
                    cmds.push(Command::Edit(Edit::AddMinistry {
                        ministry: Box::new(m),
                        position: None,
                    }));
                    self.new_code.clear();
                    self.new_name.clear();
                    self.new_cluster.clear();
                    self.ministry_error = None;
                }
                Err(e) => self.ministry_error = Some(e),
            }
        }
        if let Some(e) = &self.ministry_error {
            ui.label(RichText::new(e).color(p.error));
        }
    }
}

fn title_ui(ui: &mut Ui, ws: &Workspace, location: &str, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let mut title = ws.title().to_owned();
    let l = ui.label(RichText::new("Workspace title").strong());
    let r = ui
        .add(egui::TextEdit::singleline(&mut title).desired_width(f32::INFINITY))
        .labelled_by(l.id);
    if r.changed() && title != ws.title() {
        cmds.push(Command::Edit(Edit::SetTitle(title)));
    }
    ui.label(RichText::new(location).small().color(p.muted));
    ui.label(
        RichText::new(format!(
            "Instrument: {} (version {})",
            ws.instrument().title(),
            ws.instrument().version()
        ))
        .small()
        .color(p.muted),
    );
}
