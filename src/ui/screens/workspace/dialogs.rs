//! The workspace screen's dialogs: edit a ministry or a round, and confirm a removal
//! that takes scores with it.

use egui::{RichText, Ui};

use super::forms::{RoundForm, named_field_ui, new_ministry, scored_count};
use crate::model::{Edit, MinistryId, RoundId, Workspace};
use crate::ui::command::Command;
use crate::ui::theme;

pub(super) enum Dialog {
    EditMinistry {
        id: MinistryId,
        code: String,
        name: String,
        cluster: String,
        error: Option<String>,
    },
    EditRound {
        id: RoundId,
        form: Box<RoundForm>,
        error: Option<String>,
    },
    ConfirmRemoveMinistry(MinistryId),
    ConfirmRemoveRound(RoundId),
}

/// Draw the open dialog; returns true when it should close.
pub(super) fn dialog_ui(
    ui: &mut Ui,
    dialog: &mut Dialog,
    ws: &Workspace,
    cmds: &mut Vec<Command>,
) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("ws-dialog")).show(ui.ctx(), |ui| {
        ui.set_max_width(560.0);
        close = match dialog {
            Dialog::EditMinistry {
                id,
                code,
                name,
                cluster,
                error,
            } => edit_ministry_ui(ui, ws, id, [code, name, cluster], error, cmds),
            Dialog::EditRound { id, form, error } => edit_round_ui(ui, ws, id, form, error, cmds),
            Dialog::ConfirmRemoveMinistry(id) => {
                let count = scored_count(ws, |_, m| m == id.as_str());
                let text = format!(
                    "{id} has {count} scored areas across all rounds. They are removed with it. You can undo this with Ctrl+Z."
                );
                let edit = Edit::RemoveMinistry(id.clone());
                confirm_ui(ui, &format!("Remove {id}?"), &text, &format!("Remove {id} and its scores"), edit, cmds)
            }
            Dialog::ConfirmRemoveRound(id) => {
                let count = scored_count(ws, |r, _| r == id.as_str());
                let title = ws
                    .round(id.as_str())
                    .map_or(id.to_string(), |r| r.title.clone());
                let text = format!(
                    "This round has {count} scored areas. They are removed with it. You can undo this with Ctrl+Z."
                );
                let edit = Edit::RemoveRound(id.clone());
                confirm_ui(ui, &format!("Remove the round {title}?"), &text, "Remove the round and its scores", edit, cmds)
            }
        };
    });
    close || modal.should_close()
}

fn confirm_ui(
    ui: &mut Ui,
    heading: &str,
    text: &str,
    yes: &str,
    edit: Edit,
    cmds: &mut Vec<Command>,
) -> bool {
    ui.heading(heading);
    ui.label(text);
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button(yes).clicked() {
            cmds.push(Command::Edit(edit));
            close = true;
        }
        if ui.button("Keep it").clicked() {
            close = true;
        }
    });
    close
}

fn edit_ministry_ui(
    ui: &mut Ui,
    ws: &Workspace,
    id: &MinistryId,
    [code, name, cluster]: [&mut String; 3],
    error: &mut Option<String>,
    cmds: &mut Vec<Command>,
) -> bool {
    let p = theme::current(ui.ctx());
    ui.heading(format!("Edit ministry {id}"));
    egui::Grid::new("edit-ministry")
        .num_columns(2)
        .show(ui, |ui| {
            named_field_ui(ui, "Code", "Ministry code", code, 160.0);
            ui.end_row();
            named_field_ui(ui, "Name", "Ministry name", name, 360.0);
            ui.end_row();
            named_field_ui(ui, "Cluster", "Ministry cluster", cluster, 360.0);
            ui.end_row();
        });
    if let Some(e) = error {
        ui.label(RichText::new(e.as_str()).color(p.error));
    }
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button("Save changes").clicked() {
            match new_ministry(code, name, cluster, ws, Some(id.as_str())) {
                Ok(m) => {
                    cmds.push(Command::Edit(Edit::UpdateMinistry {
                        id: id.clone(),
                        ministry: Box::new(m),
                    }));
                    close = true;
                }
                Err(e) => *error = Some(e),
            }
        }
        if ui.button("Cancel").clicked() {
            close = true;
        }
    });
    close
}

fn edit_round_ui(
    ui: &mut Ui,
    ws: &Workspace,
    id: &RoundId,
    form: &mut RoundForm,
    error: &mut Option<String>,
    cmds: &mut Vec<Command>,
) -> bool {
    let p = theme::current(ui.ctx());
    ui.heading("Edit round");
    egui::Grid::new("edit-round").num_columns(2).show(ui, |ui| {
        named_field_ui(ui, "Title", "Round title", &mut form.title, 360.0);
        ui.end_row();
        named_field_ui(ui, "Date", "Round date", &mut form.date, 160.0);
        ui.end_row();
        named_field_ui(ui, "Location", "Round location", &mut form.location, 360.0);
        ui.end_row();
        named_field_ui(
            ui,
            "Facilitator",
            "Round facilitator",
            &mut form.facilitator,
            360.0,
        );
        ui.end_row();
        ui.label("Participants");
        ui.horizontal(|ui| {
            ui.add(egui::DragValue::new(&mut form.women).prefix("women "));
            ui.add(egui::DragValue::new(&mut form.men).prefix("men "));
            ui.add(egui::DragValue::new(&mut form.other).prefix("other "));
        });
        ui.end_row();
    });
    ui.label("Notes");
    ui.add(
        egui::TextEdit::multiline(&mut form.notes)
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .accessible_name("Round notes");
    if let Some(e) = error {
        ui.label(RichText::new(e.as_str()).color(p.error));
    }
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button("Save changes").clicked() {
            let round = ws
                .round(id.as_str())
                .ok_or_else(|| "This round was removed.".to_owned())
                .and_then(|r| form.to_round(r));
            match round {
                Ok(round) => {
                    cmds.push(Command::Edit(Edit::UpdateRound {
                        id: id.clone(),
                        round: Box::new(round),
                    }));
                    close = true;
                }
                Err(e) => *error = Some(e),
            }
        }
        if ui.button("Cancel").clicked() {
            close = true;
        }
    });
    close
}
