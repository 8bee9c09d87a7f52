//! The table-scoring dashboard: what the projector shows while every ministry's table
//! scores itself. Per table: how many areas are answered, whether it has submitted,
//! and how long since it started; never a score, so no table anchors another. The
//! tables' addresses carry their codes, so they are shown only on request (they are on
//! the printed table sheets).

use std::time::Duration;

use egui::{RichText, Ui};

use crate::model::{MinistryId, Round, Workspace};
use crate::session::SessionState;
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
            ui.label("Table scoring is not open. Start it from a round's ⋯ menu on the workspace screen.");
            if ui.button("Back to the workspace").clicked() {
                cmds.push(Command::Show(Screen::Workspace));
            }
            return;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("Table scoring · {}", round.display())).heading());
            if ui.button("Stop table scoring").clicked() {
                cmds.push(Command::Tables(None));
            }
            if ui.button("Back to the workspace").clicked() {
                cmds.push(Command::Show(Screen::Workspace));
            }
            ui.checkbox(&mut self.show_addresses, "Show table addresses");
        });
        let now = jiff::Timestamp::now();
        let (started, submitted) = counts(round);
        let text = format!(
            "{} tables · {started} started · {submitted} submitted. Scores stay hidden until the plenary review.",
            round.tables.len()
        );
        ui.label(RichText::new(text).color(p.muted));
        ui.separator();
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                egui::Grid::new("tables-dashboard")
                    .striped(true)
                    .spacing([16.0, 8.0])
                    .show(ui, |ui| {
                        for m in ws.ministries() {
                            if let Some(t) = round.tables.get(&m.id) {
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
                                row_ui(ui, &row);
                                ui.end_row();
                            }
                        }
                    });
            });
    }
}

fn counts(round: &Round) -> (usize, usize) {
    let started = round
        .tables
        .values()
        .filter(|t| t.started.is_some())
        .count();
    let submitted = round
        .tables
        .values()
        .filter(|t| t.submitted.is_some())
        .count();
    (started, submitted)
}

struct Row<'a> {
    ws: &'a Workspace,
    round: &'a Round,
    ministry: &'a MinistryId,
    name: &'a str,
    table: &'a crate::model::Table,
    now: jiff::Timestamp,
    url: Option<&'a String>,
}

/// One table: code and name, answered areas as boxes (no levels), status, time.
fn row_ui(ui: &mut Ui, r: &Row<'_>) {
    let p = theme::current(ui.ctx());
    ui.label(RichText::new(r.ministry.as_str()).strong().size(20.0));
    ui.add(egui::Label::new(RichText::new(r.name).size(20.0)).truncate());
    let areas: Vec<bool> =
        r.ws.instrument_for(r.round.id.as_str())
            .map(|inst| {
                inst.areas()
                    .iter()
                    .map(|a| {
                        r.ws.assessment(r.round.id.as_str(), r.ministry.as_str())
                            .and_then(|asm| asm.score(a.id.as_str()))
                            .and_then(|s| s.proposal.as_ref())
                            .is_some_and(|p| p.is_answered())
                    })
                    .collect()
            })
            .unwrap_or_default();
    let done = areas.iter().filter(|a| **a).count();
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 3.0;
        for answered in &areas {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 22.0), egui::Sense::hover());
            let fill = if *answered { p.accent } else { p.panel };
            ui.painter().rect_filled(rect, 2.0, fill);
        }
    });
    ui.label(
        RichText::new(format!("{done}/{}", areas.len()))
            .strong()
            .size(20.0),
    );
    let (status, color) = match (r.table.submitted, r.table.started) {
        (Some(_), _) => ("✔ submitted".to_owned(), p.ok),
        (None, Some(s)) => (format!("started {} ago", since(s, r.now)), p.text),
        (None, None) => ("not started".to_owned(), p.muted),
    };
    ui.label(RichText::new(status).size(18.0).color(color));
    match r.url {
        Some(u) => ui.label(RichText::new(u).monospace()),
        None => ui.label(""),
    };
}

/// `12 min` or `1 h 05 min` since `t`.
fn since(t: jiff::Timestamp, now: jiff::Timestamp) -> String {
    let secs = now.duration_since(t).as_secs().max(0) as u64;
    let d = Duration::from_secs(secs);
    let m = d.as_secs() / 60;
    if m >= 60 {
        format!("{} h {:02} min", m / 60, m % 60)
    } else {
        format!("{m} min")
    }
}
