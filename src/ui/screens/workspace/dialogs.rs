//! The workspace screen's dialogs: add or edit a round or a ministry (Enter saves, Esc
//! cancels, problems shown as they are typed), and confirm a removal that takes scores
//! with it.

use egui::{RichText, Ui};

use super::forms::{MinistryForm, RoundForm, named_field_ui, scored_count};
use crate::model::{Edit, MinistryId, RoundId, Workspace};
use crate::ui::bangla::BanglaBuffer;
use crate::ui::command::Command;
use crate::ui::keymap::Action;
use crate::ui::theme;

pub(super) enum Dialog {
    NewRound { form: Box<RoundForm> },
    EditRound { id: RoundId, form: Box<RoundForm> },
    NewMinistry { form: MinistryForm },
    EditMinistry { id: MinistryId, form: MinistryForm },
    ConfirmRemoveMinistry(MinistryId),
    ConfirmRemoveRound(RoundId),
}

impl Dialog {
    pub fn new_ministry() -> Self {
        Dialog::NewMinistry {
            form: MinistryForm::default(),
        }
    }
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
        ui.set_max_width(600.0);
        close = match dialog {
            Dialog::NewRound { form } => round_ui(ui, ws, None, form, cmds),
            Dialog::EditRound { id, form } => round_ui(ui, ws, Some(id), form, cmds),
            Dialog::NewMinistry { form } => ministry_ui(ui, ws, None, form, cmds),
            Dialog::EditMinistry { id, form } => ministry_ui(ui, ws, Some(id), form, cmds),
            Dialog::ConfirmRemoveMinistry(id) => {
                let t = crate::ui::lang::texts(ui.ctx());
                let count = scored_count(ws, |_, m| m == id.as_str());
                let args = [("ministry", id.as_str().into()), ("n", count.into())];
                let text = t.with("confirm-remove-ministry-text", &args);
                let edit = Edit::RemoveMinistry(id.clone());
                let yes = t.with("confirm-remove-ministry-yes", &args);
                let heading = t.with("confirm-remove-ministry", &args);
                confirm_ui(ui, &heading, &text, &yes, edit, cmds)
            }
            Dialog::ConfirmRemoveRound(id) => {
                let t = crate::ui::lang::texts(ui.ctx());
                let count = scored_count(ws, |r, _| r == id.as_str());
                let title = ws
                    .round(id.as_str())
                    .map_or(id.to_string(), |r| r.title.clone());
                let args = [("round", title.into()), ("n", count.into())];
                let text = t.with("confirm-remove-round-text", &args);
                let edit = Edit::RemoveRound(id.clone());
                let heading = t.with("confirm-remove-round", &args);
                let yes = t.get("confirm-remove-round-yes");
                confirm_ui(ui, &heading, &text, &yes, edit, cmds)
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
    ui.add(egui::Label::new(RichText::new(heading).heading()).wrap());
    ui.add(egui::Label::new(text).wrap());
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button(yes).clicked() {
            cmds.push(Command::Edit(edit));
            close = true;
        }
        // The safe answer has the keyboard: Enter keeps it.
        let keep = ui.button(crate::ui::lang::tr(ui, "confirm-keep"));
        if opening(ui) {
            keep.request_focus();
        }
        if keep.clicked() {
            close = true;
        }
    });
    close
}

/// Whether this is the dialog's first frame: its first field takes the keyboard then,
/// so that what is typed at once is not lost.
pub(crate) fn opening(ui: &Ui) -> bool {
    ui.ctx()
        .memory(|m| !m.areas().visible_last_frame(&ui.layer_id()))
}

/// Save and Cancel; true when Save was clicked or Enter pressed (`enter_ok`: no
/// multi-line box has focus).
fn buttons_ui(ui: &mut Ui, save: &str, enter_ok: bool, close: &mut bool) -> bool {
    let mut submit = enter_ok && ui.input(|i| Action::Submit.pressed(i));
    ui.horizontal(|ui| {
        submit |= ui.button(save).clicked();
        if ui
            .button(crate::ui::lang::tr(ui, "dialog-cancel"))
            .clicked()
        {
            *close = true;
        }
    });
    submit
}

fn error_ui(ui: &mut Ui, error: Option<&str>) {
    if let Some(e) = error {
        let p = theme::current(ui.ctx());
        ui.add(egui::Label::new(RichText::new(e).color(p.error)).wrap());
    }
}

fn ministry_ui(
    ui: &mut Ui,
    ws: &Workspace,
    id: Option<&MinistryId>,
    form: &mut MinistryForm,
    cmds: &mut Vec<Command>,
) -> bool {
    let t = crate::ui::lang::texts(ui.ctx());
    let heading = id.map_or_else(
        || t.get("dialog-add-ministry"),
        |id| t.with("dialog-edit-ministry", &[("ministry", id.as_str().into())]),
    );
    ui.heading(heading);
    // Each box's accessible name says which form it belongs to.
    let [code, name, cluster] = if id.is_some() {
        [
            "field-ministry-code",
            "field-ministry-name",
            "field-ministry-cluster",
        ]
    } else {
        [
            "field-new-ministry-code",
            "field-new-ministry-name",
            "field-new-ministry-cluster",
        ]
    }
    .map(|k| t.get(k));
    let mut changed = false;
    egui::Grid::new("ministry-form")
        .num_columns(2)
        .show(ui, |ui| {
            let first = named_field_ui(ui, &t.get("field-code"), &code, &mut form.code, 160.0);
            if opening(ui) {
                first.request_focus();
            }
            changed |= first.changed();
            ui.end_row();
            let r = named_field_ui(ui, &t.get("field-name"), &name, &mut form.name, 420.0);
            changed |= r.changed();
            ui.end_row();
            let label = t.get("field-cluster");
            changed |= named_field_ui(ui, &label, &cluster, &mut form.cluster, 420.0).changed();
            ui.end_row();
        });
    if changed {
        // The message was about what was typed before.
        form.error = None;
    }
    error_ui(ui, form.error.as_deref());
    let mut close = false;
    let save = t.get(if id.is_some() {
        "dialog-save-changes"
    } else {
        "dialog-add-ministry-button"
    });
    if buttons_ui(ui, &save, true, &mut close) {
        match form.to_ministry(ws, id.map(MinistryId::as_str), &t) {
            Ok(m) => {
                cmds.push(Command::Edit(match id {
                    Some(id) => Edit::UpdateMinistry {
                        id: id.clone(),
                        ministry: Box::new(m),
                    },
                    None => Edit::AddMinistry {
                        ministry: Box::new(m),
                        position: None,
                    },
                }));
                close = true;
            }
            Err(e) => form.error = Some(e),
        }
    }
    close
}

fn round_ui(
    ui: &mut Ui,
    ws: &Workspace,
    id: Option<&RoundId>,
    form: &mut RoundForm,
    cmds: &mut Vec<Command>,
) -> bool {
    let p = theme::current(ui.ctx());
    let t = crate::ui::lang::texts(ui.ctx());
    ui.heading(t.get(if id.is_some() {
        "dialog-edit-round"
    } else {
        "dialog-new-round"
    }));
    // Each box's accessible name says which form it belongs to.
    let [title, date, location, facilitator, notes_name] = if id.is_some() {
        [
            "field-round-title",
            "field-round-date",
            "field-round-location",
            "field-round-facilitator",
            "field-round-notes",
        ]
    } else {
        [
            "field-new-round-title",
            "field-new-round-date",
            "field-new-round-location",
            "field-new-round-facilitator",
            "field-new-round-notes",
        ]
    }
    .map(|k| t.get(k));
    let mut changed = false;
    egui::Grid::new("round-form").num_columns(2).show(ui, |ui| {
        let first = named_field_ui(ui, &t.get("field-title"), &title, &mut form.title, 420.0);
        if opening(ui) {
            first.request_focus();
        }
        changed |= first.changed();
        ui.end_row();
        changed |= named_field_ui(ui, &t.get("field-date"), &date, &mut form.date, 160.0).changed();
        ui.end_row();
        if let Some(problem) = form.date_problem(&t) {
            ui.label("");
            ui.add(egui::Label::new(RichText::new(problem).color(p.error).small()).wrap());
            ui.end_row();
        }
        let label = t.get("field-location");
        named_field_ui(ui, &label, &location, &mut form.location, 420.0);
        ui.end_row();
        let label = t.get("field-facilitator");
        named_field_ui(ui, &label, &facilitator, &mut form.facilitator, 420.0);
        ui.end_row();
        ui.label(t.get("field-participants"));
        ui.horizontal(|ui| {
            let prefix = |id: &str| format!("{} ", t.get(id));
            ui.add(egui::DragValue::new(&mut form.women).prefix(prefix("field-women")));
            ui.add(egui::DragValue::new(&mut form.men).prefix(prefix("field-men")));
            ui.add(egui::DragValue::new(&mut form.other).prefix(prefix("field-other")));
        });
        ui.end_row();
    });
    ui.label(t.get("field-notes"));
    let notes = ui
        .add(
            egui::TextEdit::multiline(&mut BanglaBuffer::new(&mut form.notes))
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(notes_name);
    if changed {
        form.error = None;
    }
    error_ui(ui, form.error.as_deref());
    let mut close = false;
    let save = t.get(if id.is_some() {
        "dialog-save-changes"
    } else {
        "dialog-add-round-button"
    });
    if buttons_ui(ui, &save, !notes.has_focus(), &mut close) {
        let round = match id {
            Some(id) => ws
                .round(id.as_str())
                .ok_or_else(|| t.get("dialog-round-removed"))
                .and_then(|r| form.to_round(r, &t)),
            None => form.to_new_round(ws, &t),
        };
        match round {
            Ok(round) => {
                cmds.push(Command::Edit(match id {
                    Some(id) => Edit::UpdateRound {
                        id: id.clone(),
                        round: Box::new(round),
                    },
                    None => Edit::AddRound(Box::new(round)),
                }));
                close = true;
            }
            // A bad date is already shown under its field.
            Err(e) if Some(&e) == form.date_problem(&t).as_ref() => {}
            // A bad date is already shown under its field.
            Err(e) if Some(&e) == form.date_problem(&t).as_ref() => {}
            Err(e) => form.error = Some(e),
        }
    }
    close
}
