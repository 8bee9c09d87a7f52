//! Questions the app asks before it acts: a change to an earlier round (asked once per
//! scoring session and round, because a past round is the record of its workshop), and
//! stopping table scoring while tables are still working (named). The safe answer has
//! the keyboard; Enter takes it, Esc cancels.

use egui::{RichText, Ui};

use super::command::Command;
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
fn texts(confirm: &Confirm) -> [String; 4] {
    match confirm {
        Confirm::PastRound { round, .. } => [
            format!("Change the {} round?", round.title),
            format!(
                "You are changing the {} round of {}, an earlier round: its scores are \
                 the record of that workshop. Change it only to correct a mistake; a new \
                 assessment belongs in a new round. Until you leave this session, changes \
                 to this round are not asked about again.",
                round.title, round.date
            ),
            "Leave it unchanged".to_owned(),
            format!("Change the {} round", round.title),
        ],
        Confirm::StopTables { not_submitted } => {
            let names: Vec<&str> = not_submitted.iter().map(MinistryId::as_str).collect();
            let have = if names.len() == 1 {
                "table has"
            } else {
                "tables have"
            };
            [
                "Stop table scoring?".to_owned(),
                format!(
                    "{} {have} not submitted yet: {}. Their devices will say that table \
                     scoring closed; what they saved stays in the workspace, and they can \
                     go on when you open table scoring again.",
                    names.len(),
                    names.join(", ")
                ),
                "Keep table scoring open".to_owned(),
                "Stop table scoring".to_owned(),
            ]
        }
        Confirm::ExportToFolder { folder, .. } => [
            "Export to the default folder?".to_owned(),
            format!(
                "The file dialog closed at once, so no dialog may be available on this \
                 computer. The export can go to {} instead, under a new name. If you \
                 cancelled on purpose, choose Don't export.",
                folder.display()
            ),
            "Don't export".to_owned(),
            "Export to that folder".to_owned(),
        ],
    }
}

/// Draw the open question; pushes `Command::Confirm(yes)` once answered.
pub fn confirm_ui(ui: &mut Ui, confirm: &Confirm, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let [heading, text, keep, go] = texts(confirm);
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
