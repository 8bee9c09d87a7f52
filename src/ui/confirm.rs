//! Questions the app asks before it acts: a change to an earlier round (asked once per
//! scoring session and round, because a past round is the record of its workshop).
//! The safe answer has the keyboard; Enter takes it, Esc cancels.

use egui::{RichText, Ui};

use super::command::Command;
use super::screens::workspace::opening;
use super::theme;
use crate::model::{Edit, Round};

/// A question waiting for the facilitator's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Confirm {
    /// `edit` changes `round`, which is not the newest.
    PastRound { round: Round, edit: Edit },
}

/// Draw the open question; pushes `Command::Confirm(yes)` once answered.
pub fn confirm_ui(ui: &mut Ui, confirm: &Confirm, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let Confirm::PastRound { round, .. } = confirm;
    let modal = egui::Modal::new(egui::Id::unique("confirm-past-round")).show(ui.ctx(), |ui| {
        ui.set_max_width(560.0);
        ui.add(
            egui::Label::new(RichText::new(format!("Change the {} round?", round.title)).heading())
                .wrap(),
        );
        let text = format!(
            "You are changing the {} round of {}, an earlier round: its scores are the \
             record of that workshop. Change it only to correct a mistake; a new \
             assessment belongs in a new round. Until you leave this session, changes \
             to this round are not asked about again.",
            round.title, round.date
        );
        ui.add(egui::Label::new(text).wrap());
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let keep = ui.button(RichText::new("Leave it unchanged").strong());
            if opening(ui) {
                keep.request_focus();
            }
            if keep.clicked() {
                cmds.push(Command::Confirm(false));
            }
            let change = ui
                .button(RichText::new(format!("Change the {} round", round.title)).color(p.error));
            if change.clicked() {
                cmds.push(Command::Confirm(true));
            }
        });
    });
    if modal.should_close() {
        cmds.push(Command::Confirm(false));
    }
}
