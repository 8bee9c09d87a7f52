//! Questions the app asks before it acts: a change to an earlier round (asked once per
//! scoring session and round, because a past round is the record of its workshop), and
//! stopping table scoring while tables are still working (named). The safe answer has
//! the keyboard; Enter takes it, Esc cancels.

use egui::{RichText, Ui};

use super::command::Command;
use super::lang::Texts;
use super::screens::workspace::opening;
use super::theme;
use crate::model::{Edit, MinistryId, Round};

/// A question waiting for the facilitator's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Confirm {
    /// `edit` changes `round`, which is not the newest.
    PastRound { round: Box<Round>, edit: Edit },
    /// Stop table scoring although these tables have not submitted.
    StopTables { not_submitted: Vec<MinistryId> },
    /// The file dialog closed at once (none could open): export into `folder`?
    ExportToFolder {
        folder: std::path::PathBuf,
        command: Box<Command>,
    },
}

/// The question's texts: heading, explanation, the safe answer and the other one.
fn texts(confirm: &Confirm, t: &Texts) -> [String; 4] {
    match confirm {
        Confirm::PastRound { round, .. } => {
            let title = [("round", round.title.as_str().into())];
            let text = [
                ("round", round.title.as_str().into()),
                ("date", round.date.to_string().into()),
            ];
            [
                t.with("confirm-past-round", &title),
                t.with("confirm-past-round-text", &text),
                t.get("confirm-past-round-keep"),
                t.with("confirm-past-round-yes", &title),
            ]
        }
        Confirm::StopTables { not_submitted } => {
            let names: Vec<&str> = not_submitted.iter().map(MinistryId::as_str).collect();
            let args = [
                ("n", names.len().into()),
                ("tables", names.join(", ").into()),
            ];
            [
                t.get("confirm-stop-tables"),
                t.with("confirm-stop-tables-text", &args),
                t.get("confirm-stop-tables-keep"),
                t.get("confirm-stop-tables-yes"),
            ]
        }
        Confirm::ExportToFolder { folder, .. } => {
            let args = [("folder", folder.display().to_string().into())];
            [
                t.get("confirm-export-folder"),
                t.with("confirm-export-folder-text", &args),
                t.get("confirm-export-folder-keep"),
                t.get("confirm-export-folder-yes"),
            ]
        }
    }
}

/// Draw the open question; pushes `Command::Confirm(yes)` once answered.
pub fn confirm_ui(ui: &mut Ui, confirm: &Confirm, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let [heading, text, keep, go] = texts(confirm, &super::lang::texts(ui.ctx()));
    let modal = egui::Modal::new(egui::Id::unique("confirm")).show(ui.ctx(), |ui| {
        ui.set_max_width(560.0);
        ui.add(egui::Label::new(RichText::new(heading).heading()).wrap());
        ui.add(egui::Label::new(text).wrap());
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let keep = ui.button(RichText::new(keep).strong());
            if opening(ui) {
                keep.request_focus();
            }
            if keep.clicked() {
                cmds.push(Command::Confirm(false));
            }
            if ui.button(RichText::new(go).color(p.error)).clicked() {
                cmds.push(Command::Confirm(true));
            }
        });
    });
    if modal.should_close() {
        cmds.push(Command::Confirm(false));
    }
}
