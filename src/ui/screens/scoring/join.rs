//! Room voting on the room view: a small QR code with the address and the live count
//! beside the foot lines, and the join page (J) with a large code for the start of a
//! session. Only the count of phones that voted is ever shown here, never what they chose.

use egui::{RichText, Ui};

use super::RoomVoting;
use crate::ui::lang;
use crate::ui::qr::QrCache;
use crate::ui::theme;

/// The small code's side in points: about 3 px a module for a join address (a
/// little less in a small window).
fn qr_side(small: bool) -> f32 {
    if small { 84.0 } else { 116.0 }
}

/// The foot lines (`foot`), then how to vote, with the small QR code at the right.
pub(super) fn foot_with_qr_ui(
    ui: &mut Ui,
    voting: &RoomVoting,
    qr: &mut QrCache,
    foot: impl FnOnce(&mut Ui),
) {
    let small = super::room::small_window(ui.ctx());
    let side = qr_side(small);
    ui.horizontal_top(|ui| {
        let text_w = (ui.available_width() - side - 16.0).max(200.0);
        ui.vertical(|ui| {
            ui.set_width(text_w);
            ui.spacing_mut().item_spacing.y = 2.0;
            foot(ui);
            voting_lines_ui(ui, voting, if small { 16.0 } else { 20.0 });
        });
        if let Some(url) = &voting.url {
            qr.qr_ui(ui, url, side);
        }
    });
}

/// "Vote by phone · 17 voted", then the address (or why there is none).
fn voting_lines_ui(ui: &mut Ui, voting: &RoomVoting, px: f32) {
    let p = theme::current(ui.ctx());
    let t = lang::room_texts(ui.ctx());
    let id = if voting.closed {
        "join-closed"
    } else {
        "join-open"
    };
    let count = t.with(id, &[("voted", voting.voted.into())]);
    ui.label(RichText::new(count).strong().size(px).color(p.accent));
    match &voting.url {
        Some(url) => {
            let text = RichText::new(url).monospace().strong().size(px);
            ui.add(egui::Label::new(text).wrap());
        }
        None => {
            let text = t.get("join-no-address");
            ui.add(egui::Label::new(RichText::new(text).color(p.error)).wrap());
        }
    }
}

/// The join page: a large code, the address in large type, and the count.
pub(super) fn join_page_ui(ui: &mut Ui, voting: &RoomVoting, space: f32, qr: &mut QrCache) {
    let p = theme::current(ui.ctx());
    let t = lang::room_texts(ui.ctx());
    ui.label(RichText::new(t.get("join-title")).strong().size(30.0));
    let side = (space - 60.0).min(ui.available_width() * 0.5).max(150.0);
    ui.horizontal_top(|ui| {
        if let Some(url) = &voting.url {
            qr.qr_ui(ui, url, side);
        }
        ui.add_space(16.0);
        ui.vertical(|ui| {
            for step in ["join-step-wifi", "join-step-scan"] {
                ui.add(egui::Label::new(RichText::new(t.get(step)).size(24.0)).wrap());
            }
            let url = voting
                .url
                .clone()
                .unwrap_or_else(|| t.get("join-no-address"));
            ui.add(egui::Label::new(RichText::new(url).monospace().strong().size(26.0)).wrap());
            ui.add_space(8.0);
            let count = t.with("join-voted-here", &[("voted", voting.voted.into())]);
            ui.label(RichText::new(count).strong().size(26.0).color(p.accent));
            ui.add_space(8.0);
            let note = t.get("join-privacy");
            ui.add(egui::Label::new(RichText::new(note).size(20.0).color(p.muted)).wrap());
        });
    });
    ui.label(RichText::new(t.get("join-back")).color(p.muted));
}
