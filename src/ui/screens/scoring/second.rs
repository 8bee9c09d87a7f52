//! The room view in its own window, for a second display: the projector shows the room
//! view alone while the laptop keeps the facilitator's controls. F5 opens it full
//! screen on the other display when the computer has two; the checkbox opens it beside
//! the main window (moved to the projector, F11 makes it full screen there). Keys
//! pressed while it has the focus work as in the main window. Closing it (or F5 again)
//! brings everything back to one window.

use egui::{Ui, ViewportBuilder, ViewportId};

use super::room::room_ui;
use super::{Open, PageState, ScoringView, summary};
use crate::session::SessionState;
use crate::session::room::RoomArea;
use crate::ui::command::Command;
use crate::ui::keymap::Action;

impl ScoringView {
    /// Draw the room window for the open page, if it is on.
    pub(super) fn second_screen_ui(
        &mut self,
        ui: &Ui,
        st: &SessionState,
        open: &Open<'_>,
        page: Option<(&RoomArea<'_>, &PageState<'_>)>,
        cmds: &mut Vec<Command>,
    ) {
        if !self.second_screen {
            self.room_window_at = None;
            return;
        }
        let ctx = ui.ctx().clone();
        // Where it goes is decided once, when it opens: following the main window
        // every frame would pull it off the projector whenever the laptop's moves.
        let at = *self
            .room_window_at
            .get_or_insert_with(|| match self.other_display {
                Some(display) => Placement::Display(display),
                None => ctx
                    .input(|i| i.viewport().outer_rect)
                    .map_or(Placement::Default, Placement::Beside),
            });
        let mut builder = ViewportBuilder::default()
            .with_title(crate::ui::lang::tr(ui, "present-room-window"))
            .with_inner_size([1024.0, 768.0]);
        builder = match at {
            Placement::Display(display) => builder.with_monitor(display),
            Placement::Beside(r) => builder
                .with_position(egui::pos2(r.max.x, r.min.y))
                .with_inner_size(r.size()),
            Placement::Default => builder,
        };
        let closed = ctx.show_viewport_immediate(
            ViewportId::from_hash_of("room-view"),
            builder,
            |ui, _class| {
                // F11 here makes this window full screen; every other key works as in
                // the main window.
                if ui.input_mut(|i| Action::Fullscreen.consume(i)) {
                    let now = ui.input(|i| i.viewport().fullscreen.unwrap_or(false));
                    ui.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!now));
                }
                crate::ui::menu::shortcuts(ui.ctx(), cmds);
                self.keys(ui, st, cmds);
                egui::CentralPanel::default().show(ui, |ui| {
                    room_header_ui(ui, open, page.map(|p| p.1));
                    match page {
                        Some((area, page)) => {
                            let room = super::room::Room {
                                overlay: self.overlay,
                                salt: "second-room-scroll",
                                fresh: page.fresh,
                            };
                            let voting = page.voting.as_ref();
                            room_ui(ui, area, &room, voting, &mut self.qr, cmds);
                        }
                        None => {
                            egui::ScrollArea::vertical()
                                .id_salt("second-room-scroll")
                                .auto_shrink(false)
                                .show(ui, |ui| summary::summary_page_ui(ui, open, cmds));
                        }
                    }
                });
                ui.input(|i| i.viewport().close_requested())
            },
        );
        if closed {
            self.second_screen = false;
        }
    }
}

/// Where the room window opens.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Placement {
    /// Full screen on this display (an index of the window library's list).
    Display(usize),
    /// Beside the main window, at its size.
    Beside(egui::Rect),
    Default,
}

/// The ministry, the round and the discussion clock, as on the main window.
fn room_header_ui(ui: &mut Ui, open: &Open<'_>, page: Option<&PageState<'_>>) {
    ui.horizontal_wrapped(|ui| {
        super::who_ui(ui, open, 28.0);
        if let Some(page) = page {
            super::room::clock_ui(ui, page.clock);
        }
    });
    ui.separator();
}
