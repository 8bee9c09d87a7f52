//! The history view: the audit trail of one round (or all), for one ministry (or all),
//! newest first, with whether the hash chain holds. Entries are read-only: the history
//! is appended to by edits and never rewritten.

use egui::{RichText, Ui};

use super::{Choices, ResultsView, combo_ui};
use crate::model::Workspace;
use crate::model::history::{Chain, Entry};
use crate::ui::screens::scoring::entry_ui;
use crate::ui::{lang, theme};

const ROW_H: f32 = 30.0;

impl ResultsView {
    pub(super) fn history_ui(&mut self, ui: &mut Ui, ws: &Workspace, revision: u64) {
        let p = theme::current(ui.ctx());
        if self.history_round.is_none() {
            self.history_round = ws.rounds().last().map(|r| r.id.to_string());
        }
        if self.history_ministry.is_none() {
            self.history_ministry = Some(String::new());
        }
        ui.horizontal_wrapped(|ui| {
            combo_ui(
                ui,
                "results-round",
                &mut self.history_round,
                ws,
                Choices::Rounds,
            );
            combo_ui(
                ui,
                "changes-ministries",
                &mut self.history_ministry,
                ws,
                Choices::MinistriesOrAll,
            );
        });
        let history = ws.history();
        let chain = self.chain.get(revision, (), |()| history.verify()).clone();
        let t = lang::texts(ui.ctx());
        let n = ("n", history.len().into());
        let (text, color) = match chain {
            Chain::Intact => (t.with("history-chain-intact", &[n]), p.ok),
            Chain::Emptied => (t.with("history-chain-emptied", &[n]), p.error),
            Chain::Broken { entry } => {
                let args = [n, ("entry", entry.into())];
                (t.with("history-chain-broken", &args), p.error)
            }
        };
        ui.label(RichText::new(text).color(color).strong());
        let round = self.history_round.as_deref();
        let ministry = self.history_ministry.as_deref().filter(|m| !m.is_empty());
        let entries: Vec<&Entry> = history.filtered(round, ministry, None).collect();
        if entries.is_empty() {
            ui.label(lang::tr(ui, "history-nothing"));
            return;
        }
        let count = lang::texts(ui.ctx()).with("history-count", &[("n", entries.len().into())]);
        ui.label(count);
        egui::ScrollArea::vertical()
            .id_salt("history-scroll")
            .auto_shrink(false)
            .show_rows(ui, ROW_H, entries.len(), |ui, range| {
                for i in range {
                    let e = entries[entries.len() - 1 - i];
                    ui.horizontal(|ui| {
                        let place = [
                            e.ministry.as_ref().map(|m| m.to_string()),
                            e.area.as_ref().map(|a| {
                                ws.instrument_for(round.unwrap_or_default())
                                    .and_then(|inst| inst.area(a.as_str()))
                                    .map_or_else(|| a.to_string(), |x| x.label().to_owned())
                            }),
                        ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · ");
                        let left = egui::Layout::left_to_right(egui::Align::Center);
                        ui.allocate_ui_with_layout(egui::vec2(240.0, ROW_H), left, |ui| {
                            ui.set_width(240.0);
                            ui.add(egui::Label::new(RichText::new(place).strong()).truncate());
                        });
                        entry_ui(ui, e, true);
                    });
                }
            });
    }
}
