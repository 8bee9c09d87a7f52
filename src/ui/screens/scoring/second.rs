//! The room view in its own window (F5), for a second display: the projector shows the
//! room view alone while the laptop keeps the facilitator's controls. The window opens
//! beside the main one, at the same size; moved to the projector, F11 makes it full
//! screen there. Closing it (or F5 again) brings everything back to one window.

use egui::{Ui, ViewportBuilder, ViewportId};

use super::room::room_ui;
use super::{Open, PageState, ScoringView, summary};
use crate::ui::command::Command;

impl ScoringView {
    /// Draw the room window for the open page, if it is on.
    pub(super) fn second_screen_ui(
        &mut self,
        ui: &Ui,
        open: &Open<'_>,
        page: Option<&PageState<'_>>,
        cmds: &mut Vec<Command>,
    ) {
        if !self.second_screen {
            return;
        }
        let ctx = ui.ctx().clone();
        let main = ctx.input(|i| i.viewport().outer_rect);
        let mut builder = ViewportBuilder::default()
            .with_title("CODI Workshop: room view")
            .with_inner_size([1024.0, 768.0]);
        if let Some(r) = main {
            builder = builder
                .with_position(egui::pos2(r.max.x, r.min.y))
                .with_inner_size(r.size());
        }
        let overlay = self.overlay;
        let qr = &mut self.qr;
        let closed = ctx.show_viewport_immediate(
            ViewportId::from_hash_of("room-view"),
            builder,
            |ui, _class| {
                let fullscreen = ui.input(|i| i.key_pressed(egui::Key::F11));
                if fullscreen {
                    let now = ui.input(|i| i.viewport().fullscreen.unwrap_or(false));
                    ui.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!now));
                }
                egui::CentralPanel::default().show(ui, |ui| {
                    room_header_ui(ui, open, page);
                    let room = super::room::Room {
                        overlay,
                        viewport_h: ui.available_height(),
                    };
                    egui::ScrollArea::vertical()
                        .id_salt("second-room-scroll")
                        .auto_shrink(false)
                        .show(ui, |ui| match page {
                            Some(page) => {
                                room_ui(ui, open, page, &room, qr, cmds);
                            }
                            None => summary::summary_page_ui(ui, open, cmds),
                        });
                });
                ui.input(|i| i.viewport().close_requested())
            },
        );
        if closed {
            self.second_screen = false;
        }
    }
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
