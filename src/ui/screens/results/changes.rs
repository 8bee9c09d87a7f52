//! Changes between two rounds: level moves (largest first), then areas newly scored, no
//! longer scored, and not comparable (their meaning changed between instrument
//! versions), listed apart and never counted as change. The table comes from
//! `model::plots::change_table`, cached per revision and selection.

use egui::{RichText, Ui};

use super::{Choices, ResultsView, combo_ui, pick_round};
use crate::model::plots::{self, ChangeRow};
use crate::model::stats::Change;
use crate::model::{Answer, Instrument, Workspace};
use crate::ui::theme;

const ROW_H: f32 = 30.0;
/// Ministry, area, from, to, change.
const WIDTHS: [f32; 5] = [110.0, 330.0, 60.0, 60.0, 90.0];

impl ResultsView {
    /// The two rounds and the ministry (or all) to compare.
    fn changes_controls_ui(&mut self, ui: &mut Ui, ws: &Workspace) {
        self.from = pick_round(ws, &self.from, 1);
        self.to = pick_round(ws, &self.to, 0);
        if self.change_ministry.is_none() {
            self.change_ministry = Some(String::new());
        }
        ui.horizontal_wrapped(|ui| {
            combo_ui(ui, "From round", &mut self.from, ws, Choices::Rounds);
            combo_ui(ui, "To round", &mut self.to, ws, Choices::Rounds);
            combo_ui(
                ui,
                "Ministries",
                &mut self.change_ministry,
                ws,
                Choices::MinistriesOrAll,
            );
        });
    }

    pub(super) fn changes_ui(&mut self, ui: &mut Ui, ws: &Workspace, revision: u64) {
        let p = theme::current(ui.ctx());
        self.changes_controls_ui(ui, ws);
        let (Some(from), Some(to)) = (self.from.clone(), self.to.clone()) else {
            return;
        };
        if from == to {
            ui.label(RichText::new("Choose two different rounds to compare.").color(p.error));
            return;
        }
        let Some(inst) = ws.instrument_for(&to) else {
            return;
        };
        let only = self.change_ministry.clone().filter(|m| !m.is_empty());
        let t = self.changes.get(revision, (from, to, only), |(f, t, o)| {
            plots::change_table(ws, f, t, o.as_deref())
        });
        if let Some(note) = &t.instrument_note {
            ui.add(egui::Label::new(RichText::new(note).color(p.error).strong()).wrap());
        }
        let c = t.counts;
        ui.add(
            egui::Label::new(
                RichText::new(format!(
                    "Improved {} · unchanged {} · declined {}   (newly scored {}, no longer scored {}, not comparable {}: listed apart, not counted as change)",
                    c.improved, c.unchanged, c.declined, c.newly_scored, c.no_longer_scored, c.not_comparable
                ))
                .strong(),
            )
            .wrap(),
        );
        ui.horizontal(|ui| {
            for (w, h) in WIDTHS
                .iter()
                .zip(["Ministry", "Area", "From", "To", "Change"])
            {
                ui.add_sized([*w, ROW_H], egui::Label::new(RichText::new(h).strong()));
            }
        });
        let apart = [
            ("Newly scored (a level now, none before)", &t.newly_scored),
            (
                "No longer scored (a level before, none now)",
                &t.no_longer_scored,
            ),
            (
                "Not comparable (the area changed between instrument versions)",
                &t.not_comparable,
            ),
        ];
        let extra = apart.iter().any(|(_, l)| !l.is_empty());
        let height = (ui.available_height() - if extra { 200.0 } else { 0.0 }).max(200.0);
        egui::ScrollArea::vertical()
            .id_salt("changes-scroll")
            .max_height(height)
            .show_rows(ui, ROW_H, t.moved.len(), |ui, range| {
                for r in &t.moved[range] {
                    ui.horizontal(|ui| line_ui(ui, ws, inst, r));
                }
            });
        for (title, list) in apart {
            if list.is_empty() {
                continue;
            }
            ui.add_space(6.0);
            ui.label(RichText::new(format!("{title}: {}", list.len())).strong());
            egui::ScrollArea::vertical()
                .id_salt(title)
                .max_height(90.0)
                .show_rows(ui, ROW_H, list.len(), |ui, range| {
                    for r in &list[range] {
                        ui.horizontal(|ui| line_ui(ui, ws, inst, r));
                    }
                });
        }
    }
}

/// One row: ministry, area, the two answers and the change (arrows as well as colour).
fn line_ui(ui: &mut Ui, ws: &Workspace, inst: &Instrument, r: &ChangeRow) {
    let p = theme::current(ui.ctx());
    let fmt = |a: Option<Answer>| a.map_or_else(|| "–".to_owned(), |a| a.code());
    let m = &ws.ministries()[r.ministry];
    ui.add_sized(
        [WIDTHS[0], ROW_H],
        egui::Label::new(RichText::new(m.id.as_str()).strong()),
    )
    .on_hover_text(&m.name);
    let (k, name) = inst
        .area_index(r.area.as_str())
        .map_or((0, r.area.as_str()), |k| {
            (k + 1, inst.areas()[k].name.as_str())
        });
    ui.add_sized(
        [WIDTHS[1], ROW_H],
        egui::Label::new(format!("{k}. {name}")).truncate(),
    )
    .on_hover_text(name);
    ui.add_sized([WIDTHS[2], ROW_H], egui::Label::new(fmt(r.from)));
    ui.add_sized([WIDTHS[3], ROW_H], egui::Label::new(fmt(r.to)));
    let (text, color) = match r.change {
        Change::Moved(d) if d > 0 => (format!("▲ +{d}"), p.ok),
        Change::Moved(d) if d < 0 => (format!("▼ {d}"), p.error),
        other => (other.describe(), p.text),
    };
    ui.add_sized(
        [WIDTHS[4], ROW_H],
        egui::Label::new(RichText::new(text).color(color).strong()),
    );
}
