//! Presenter mode on one screen (F5 when there is no second display): the window shows
//! the room view alone, full screen, with the ministry, the round and the clock above
//! it, and a slim strip of controls below for the facilitator. Every key works as on
//! the normal page; F5 or Esc goes back.

use egui::{RichText, Ui};

use super::room::{self, Room};
use super::{Open, PageState, ScoringView, summary};
use crate::session::TimerOp;
use crate::session::room::RoomArea;
use crate::ui::command::Command;
use crate::ui::theme;

impl ScoringView {
    /// Full screen while presenting, and back as it was afterwards. Call every frame.
    pub fn follow_presenting(&mut self, ctx: &egui::Context, on_scoring_screen: bool) {
        if !on_scoring_screen {
            self.presenting = false;
        }
        let want = self.presenting;
        if want && self.made_fullscreen.is_none() {
            let already = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
            if !already {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
            }
            self.made_fullscreen = Some(!already);
        } else if !want && self.made_fullscreen.take() == Some(true) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        }
    }

    /// The page presented: `area` is `None` on the summary page.
    pub(super) fn presenter_ui(
        &mut self,
        ui: &mut Ui,
        open: &Open<'_>,
        area: Option<(&RoomArea<'_>, &PageState<'_>)>,
        cmds: &mut Vec<Command>,
    ) {
        ui.horizontal_wrapped(|ui| {
            super::who_ui(ui, open, 28.0);
            if let Some((_, page)) = area {
                room::clock_ui(ui, page.clock);
            }
        });
        ui.separator();
        egui::Panel::bottom("presenter-strip").show(ui, |ui| {
            self.strip_ui(ui, open, area.map(|a| a.1), cmds);
        });
        match area {
            Some((room_area, page)) => {
                let room = Room {
                    overlay: self.overlay,
                    salt: "presenter-scroll",
                    fresh: page.fresh,
                };
                let voting = page.voting.as_ref();
                room::room_ui(ui, room_area, &room, voting, &mut self.qr, cmds);
            }
            None => {
                egui::ScrollArea::vertical()
                    .id_salt("presenter-scroll")
                    .auto_shrink(false)
                    .show(ui, |ui| summary::summary_page_ui(ui, open, cmds));
            }
        }
    }

    /// Previous and next, the reveal and the timer, and the way back; then the note of
    /// a key that did nothing, or the key hint.
    fn strip_ui(
        &mut self,
        ui: &mut Ui,
        open: &Open<'_>,
        page: Option<&PageState<'_>>,
        cmds: &mut Vec<Command>,
    ) {
        let p = theme::current(ui.ctx());
        let index = open.page_index();
        let areas = open.inst.areas().len();
        let t = crate::ui::lang::texts(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(index > 0, egui::Button::new("◀"))
                .accessible_name(t.get("scoring-previous"))
                .clicked()
            {
                cmds.push(open.goto(index - 1));
            }
            let at = if index < areas {
                let args = [("number", (index + 1).into()), ("areas", areas.into())];
                t.with("present-area", &args)
            } else {
                t.get("scoring-summary")
            };
            ui.label(RichText::new(at).strong());
            if ui
                .add_enabled(index < areas, egui::Button::new("▶"))
                .accessible_name(t.get("scoring-next"))
                .clicked()
            {
                cmds.push(open.goto(index + 1));
            }
            if let Some(page) = page {
                let l = ui.label(t.get("votes-card-count"));
                self.tally_box_ui(ui, open, page, l.id, 110.0, cmds);
                let reveal = t.get(if page.revealed {
                    "present-hide"
                } else {
                    "present-reveal"
                });
                if ui.button(reveal).clicked() {
                    cmds.push(Command::Reveal(page.at.clone(), !page.revealed));
                }
                let timer = t.get(if page.clock.running {
                    "present-pause"
                } else {
                    "present-start"
                });
                if ui.button(timer).clicked() {
                    cmds.push(Command::Timer(TimerOp::Toggle));
                }
            }
            if ui.button(t.get("present-back")).clicked() {
                self.presenting = false;
            }
        });
        let hint = self.note.clone().unwrap_or_else(|| t.get("present-keys"));
        ui.label(RichText::new(hint).small().color(p.muted));
    }
}
