//! The table-scoring dashboard: what the projector shows while every ministry's table
//! scores itself. Per table: how many areas are answered, whether it has submitted,
//! and how long since it started; never a score, so no table anchors another. The
//! tables' addresses carry their codes, so they are shown only on request (they are on
//! the printed table sheets).

use std::time::Duration;

use egui::{RichText, Ui};

use crate::model::{MinistryId, Round, Workspace};
use crate::session::SessionState;
use crate::session::export::PdfKind;
use crate::ui::command::{Command, Screen};
use crate::ui::theme;

/// UI state of the dashboard.
#[derive(Default)]
pub struct TablesView {
    /// Show each table's address (with its code) on screen.
    pub show_addresses: bool,
}

impl TablesView {
    /// `urls`: each table's address, from the running server.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        st: &SessionState,
        urls: &[(MinistryId, String)],
        cmds: &mut Vec<Command>,
    ) {
        let p = theme::current(ui.ctx());
        let ws = st.doc.workspace();
        let Some(round) = st
            .live
            .tables
            .as_ref()
            .and_then(|t| ws.round(t.round.as_str()))
        else {
            ui.label(crate::ui::lang::tr(ui, "tables-not-open"));
            if ui
                .button(crate::ui::lang::tr(ui, "scoring-back-to-workspace"))
                .clicked()
            {
                cmds.push(Command::Show(Screen::Workspace));
            }
            return;
        };
        let t = crate::ui::lang::texts(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            let heading = t.with("tables-heading", &[("round", round.display().into())]);
            ui.label(RichText::new(heading).heading());
            if ui.button(t.get("tables-stop")).clicked() {
                cmds.push(Command::Tables(None));
            }
            if ui.button(t.get("scoring-back-to-workspace")).clicked() {
                cmds.push(Command::Show(Screen::Workspace));
            }
            ui.checkbox(&mut self.show_addresses, t.get("tables-show-addresses"));
            // The address the tables reach, as the sheets print it.
            let address = urls.first().and_then(|(_, u)| u.split("/t/").next());
            if let Some(address) = address
                && ui
                    .button(t.get("tables-sheets"))
                    .on_hover_text(t.get("tables-sheets-tip"))
                    .clicked()
            {
                let kind = PdfKind::TableSheets {
                    round: round.id.to_string(),
                    address: address.to_owned(),
                };
                cmds.push(Command::ExportPdf(kind, None));
            }
        });
        let now = st.clock().stamp();
        let (started, submitted) = crate::session::tables::table_counts(round);
        let args = [
            ("tables", round.tables.len().into()),
            ("started", started.into()),
            ("submitted", submitted.into()),
        ];
        let text = t.with("tables-counts", &args);
        ui.label(RichText::new(text).color(p.muted));
        ui.separator();
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                for (k, m) in ws.ministries().iter().enumerate() {
                    let t = round.tables.get(&m.id);
                    let url = urls.iter().find(|(id, _)| id == &m.id).map(|(_, u)| u);
                    let row = Row {
                        ws,
                        round,
                        ministry: &m.id,
                        name: &m.name,
                        table: t,
                        now,
                        url: url.filter(|_| self.show_addresses),
                    };
                    let fill = if k % 2 == 0 {
                        p.panel
                    } else {
                        egui::Color32::TRANSPARENT
                    };
                    egui::Frame::new()
                        .fill(fill)
                        .inner_margin(egui::Margin::symmetric(4, 2))
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            row_ui(ui, &row, cmds);
                        });
                }
            });
    }
}

struct Row<'a> {
    ws: &'a Workspace,
    round: &'a Round,
    ministry: &'a MinistryId,
    name: &'a str,
    /// None when the table's code was revoked.
    table: Option<&'a crate::model::Table>,
    now: jiff::Timestamp,
    url: Option<&'a String>,
}

/// Widths of the fixed columns: code, boxes, count, status, menu.
const COLS: [f32; 5] = [90.0, 175.0, 70.0, 200.0, 40.0];

/// One table: code and name, answered areas as boxes (no levels), status, time; the
/// address under it when asked for.
fn row_ui(ui: &mut Ui, r: &Row<'_>, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let gaps = ui.spacing().item_spacing.x * 6.0;
    let name_w = (ui.available_width() - COLS.iter().sum::<f32>() - gaps).max(120.0);
    ui.horizontal(|ui| {
        cell_ui(
            ui,
            COLS[0],
            RichText::new(r.ministry.as_str()).strong().size(20.0),
        );
        cell_ui(ui, name_w, RichText::new(r.name).size(20.0));
        progress_ui(ui, r);
        code_menu_ui(ui, r, cmds);
    });
    if let Some(u) = r.url {
        ui.label(RichText::new(u).monospace().color(p.muted));
    }
}

/// A label in a column `w` wide, cut with "…" when longer.
fn cell_ui(ui: &mut Ui, w: f32, text: RichText) {
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(egui::vec2(w, 26.0), layout, |ui| {
        ui.set_width(w);
        ui.add(egui::Label::new(text).truncate());
    });
}

fn progress_ui(ui: &mut Ui, r: &Row<'_>) {
    let p = theme::current(ui.ctx());
    let progress = crate::session::tables::table_progress(r.ws, &r.round.id, r.ministry);
    let (areas, done) = (&progress.answered, progress.done());
    let (rect, _) = ui.allocate_exact_size(egui::vec2(COLS[1], 24.0), egui::Sense::hover());
    let w = (COLS[1] / areas.len().max(1) as f32).min(17.0);
    let empty = ui.visuals().extreme_bg_color;
    let edge = egui::Stroke::new(1.0, p.text.gamma_multiply(0.5));
    for (k, answered) in areas.iter().enumerate() {
        let min = rect.min + egui::vec2(k as f32 * w, 1.0);
        let cell = egui::Rect::from_min_size(min, egui::vec2(w - 3.0, 22.0));
        let fill = if *answered { p.accent } else { empty };
        ui.painter().rect_filled(cell, 2.0, fill);
        ui.painter()
            .rect_stroke(cell, 2.0, edge, egui::StrokeKind::Inside);
    }
    let count = RichText::new(format!("{done}/{}", areas.len()))
        .strong()
        .size(20.0);
    cell_ui(ui, COLS[2], count);
    let t = crate::ui::lang::texts(ui.ctx());
    let (status, color) = match r.table.map(|t| (t.submitted, t.started)) {
        None => (t.get("tables-revoked"), p.error),
        Some((Some(_), _)) => (t.get("tables-submitted"), p.ok),
        Some((None, Some(s))) => {
            let ago = t.number(&since(s, r.now, &t));
            (t.with("tables-started", &[("time", ago.into())]), p.text)
        }
        Some((None, None)) => (t.get("tables-not-started"), p.muted),
    };
    cell_ui(ui, COLS[3], RichText::new(status).size(18.0).color(color));
}

/// A table's "⋯" menu: a new code (a lost sheet, a code seen by others) or none.
fn code_menu_ui(ui: &mut Ui, r: &Row<'_>, cmds: &mut Vec<Command>) {
    // Small and frameless, so rows stay one line tall: twelve tables fit at 1024x768.
    let button = egui::Button::new(RichText::new("⋯").strong().size(18.0)).frame(false);
    let menu = egui::containers::menu::MenuButton::from_button(button).ui(ui, |ui| {
        let command = |revoke| Command::TableCode {
            round: r.round.id.clone(),
            ministry: r.ministry.clone(),
            revoke,
        };
        if ui
            .button(crate::ui::lang::tr(ui, "tables-new-code"))
            .clicked()
        {
            cmds.push(command(false));
        }
        if r.table.is_some()
            && ui
                .button(crate::ui::lang::tr(ui, "tables-revoke"))
                .clicked()
        {
            cmds.push(command(true));
        }
    });
    let t = crate::ui::lang::texts(ui.ctx());
    let name = t.with(
        "tables-code-menu",
        &[("ministry", r.ministry.as_str().into())],
    );
    menu.0.accessible_name(name);
}

/// `12 min` or `1 h 05 min` since `then`.
fn since(then: jiff::Timestamp, now: jiff::Timestamp, t: &crate::ui::lang::Texts) -> String {
    let secs = now.duration_since(then).as_secs().max(0) as u64;
    let d = Duration::from_secs(secs);
    let m = d.as_secs() / 60;
    if m >= 60 {
        let args = [
            ("hours", (m / 60).into()),
            ("minutes", format!("{:02}", m % 60).into()),
        ];
        t.with("tables-hours", &args)
    } else {
        t.with("tables-minutes", &[("minutes", m.into())])
    }
}
