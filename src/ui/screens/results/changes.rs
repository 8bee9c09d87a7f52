//! Changes between two rounds, grouped by the reason the room gave: declines and
//! improvements put down to performance first, then re-ratings by kind (new evidence,
//! another reading, an earlier error…), then moves with no reason given; then areas
//! newly scored, no longer scored, and not comparable (their meaning changed between
//! instrument versions), listed apart and never counted as change. Unchanged
//! areas are behind a toggle. One list uses the whole height. The table comes from
//! `model::plots::change_table`, cached per revision and selection.

use egui::{RichText, Ui};

use super::{Choices, ResultsView, combo_ui, pick_round};
use crate::model::plots::{self, ChangeRow, ChangeTable};
use crate::model::stats::Change;
use crate::model::{Answer, Instrument, Workspace};
use crate::ui::{lang, theme};

/// Shares of the width for ministry, area, from, to and change: the list always fits
/// the window, whatever its size and text size.
const SHARES: [f32; 5] = [0.15, 0.43, 0.1, 0.1, 0.18];

/// Column widths and the row height for the space and the text size at hand.
fn layout(ui: &Ui) -> ([f32; 5], f32) {
    let gaps = ui.spacing().item_spacing.x * 5.0;
    let w = (ui.available_width() - gaps - 16.0).max(300.0);
    let body = egui::TextStyle::Body.resolve(ui.style()).size;
    (SHARES.map(|s| s * w), (body * 1.5).max(30.0))
}

impl ResultsView {
    /// The two rounds and the ministry (or all) to compare.
    fn changes_controls_ui(&mut self, ui: &mut Ui, ws: &Workspace) {
        self.from = pick_round(ws, &self.from, 1);
        self.to = pick_round(ws, &self.to, 0);
        if self.change_ministry.is_none() {
            self.change_ministry = Some(String::new());
        }
        if self.present {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            combo_ui(
                ui,
                "changes-from-round",
                &mut self.from,
                ws,
                Choices::Rounds,
            );
            combo_ui(ui, "changes-to-round", &mut self.to, ws, Choices::Rounds);
            combo_ui(
                ui,
                "changes-ministries",
                &mut self.change_ministry,
                ws,
                Choices::MinistriesOrAll,
            );
        });
    }

    pub(super) fn changes_ui(&mut self, ui: &mut Ui, ws: &Workspace, revision: u64) {
        let p = theme::current(ui.ctx());
        let tx = lang::texts(ui.ctx());
        self.changes_controls_ui(ui, ws);
        let (Some(from), Some(to)) = (self.from.clone(), self.to.clone()) else {
            return;
        };
        if from == to {
            ui.label(RichText::new(tx.get("changes-same-round")).color(p.error));
            return;
        }
        let Some(inst) = ws.instrument_for(&to) else {
            return;
        };
        // The area names in the interface's language (same ids).
        let inst = &inst.localized(tx.code());
        let only = self.change_ministry.clone().filter(|m| !m.is_empty());
        let (from_id, to_id, key_only) = (from.clone(), to.clone(), only.clone());
        let key = (from, to, only);
        let lines_key = (
            key.0.clone(),
            key.1.clone(),
            key.2.clone(),
            self.show_unchanged,
        );
        let t = self.changes.get(revision, key, |(f, t, o)| {
            // The choices are kept as text; an out-of-date one compares nothing.
            let id = |r: &str| ws.round(r).map(|r| r.id.clone());
            let only = o.as_deref().and_then(|m| ws.ministry(m)).map(|m| &m.id);
            match (id(f), id(t)) {
                (Some(f), Some(t)) => plots::change_table(ws, &f, &t, only),
                _ => Default::default(),
            }
        });
        if self.present {
            let name = |id: &str| ws.round(id).map_or(id.to_owned(), |r| r.display());
            let who = match &key_only {
                Some(m) => format!(" · {m}"),
                None => String::new(),
            };
            let title = tx.with(
                "changes-title",
                &[("from", name(&from_id).into()), ("to", name(&to_id).into())],
            ) + &who;
            super::present_title_ui(ui, &title);
        }
        if let Some(note) = &t.instrument_note {
            ui.add(egui::Label::new(RichText::new(note).color(p.error).strong()).wrap());
        }
        let c = t.counts;
        ui.add(
            egui::Label::new(
                RichText::new(tx.with(
                    "changes-counts",
                    &[
                        ("improved", c.improved.into()),
                        ("unchanged", c.unchanged.into()),
                        ("declined", c.declined.into()),
                        ("rerated", c.rerated.into()),
                        ("newly", c.newly_scored.into()),
                        ("gone", c.no_longer_scored.into()),
                        ("incomparable", c.not_comparable.into()),
                    ],
                ))
                .strong(),
            )
            .wrap(),
        );
        if !self.present {
            ui.checkbox(
                &mut self.show_unchanged,
                tx.with("changes-show-unchanged", &[("n", c.unchanged.into())]),
            );
        }
        let (widths, row_h) = layout(ui);
        ui.horizontal(|ui| {
            let heads = [
                "changes-ministry",
                "changes-area",
                "changes-from",
                "changes-to",
                "changes-change",
            ];
            for (w, h) in widths.iter().zip(heads) {
                let h = RichText::new(tx.get(h)).strong();
                ui.add_sized([*w, row_h], egui::Label::new(h));
            }
        });
        let items = self
            .change_lines
            .get(revision, lines_key, |k| lines(t, k.3));
        egui::ScrollArea::vertical()
            .id_salt("changes-scroll")
            .auto_shrink(false)
            .show_rows(ui, row_h, items.len(), |ui, range| {
                for item in &items[range] {
                    match item {
                        Line::Heading(group, n) => {
                            let text = heading_text(&lang::texts(ui.ctx()), *group, *n);
                            let size = egui::vec2(ui.available_width(), row_h);
                            let left = egui::Layout::left_to_right(egui::Align::Center);
                            ui.allocate_ui_with_layout(size, left, |ui| {
                                ui.add(egui::Label::new(RichText::new(text).strong()).truncate());
                            });
                        }
                        Line::Row(r) => {
                            ui.horizontal(|ui| line_ui(ui, ws, inst, r, &widths, row_h));
                        }
                    }
                }
            });
    }
}

/// A line of the one list: a group's heading or a row.
pub(super) enum Line {
    Heading(Group, usize),
    Row(ChangeRow),
}

/// The groups in reading order: declines, improvements, (unchanged,) then those listed
/// apart. Made once per revision and selection: a large workspace has 10,000 rows.
fn lines(t: &ChangeTable, show_unchanged: bool) -> Vec<Line> {
    let mut groups: Vec<(Group, Vec<&ChangeRow>)> = plots::moved_by_reason(t)
        .into_iter()
        .map(|(g, rows)| (Group::Moved(g), rows))
        .collect();
    if show_unchanged {
        let same = t
            .moved
            .iter()
            .filter(|r| matches!(r.change, Change::Moved(0)))
            .collect();
        groups.push((Group::Unchanged, same));
    }
    for (group, list) in [
        (Group::Newly, &t.newly_scored),
        (Group::NoLonger, &t.no_longer_scored),
        (Group::NotComparable, &t.not_comparable),
    ] {
        groups.push((group, list.iter().collect()));
    }
    let mut out = Vec::new();
    for (group, rows) in groups {
        if rows.is_empty() {
            continue;
        }
        out.push(Line::Heading(group, rows.len()));
        out.extend(rows.into_iter().cloned().map(Line::Row));
    }
    out
}

/// A heading of the list: the moved levels by reason, then those listed apart.
#[derive(Clone, Copy)]
pub(super) enum Group {
    Moved(plots::MovedGroup),
    Unchanged,
    Newly,
    NoLonger,
    NotComparable,
}

/// "Title: count" in the interface's language.
fn heading_text(t: &lang::Texts, group: Group, n: usize) -> String {
    let title = match group {
        Group::Moved(g) => crate::report::names::moved_group(t, g),
        Group::Unchanged => t.get("changes-unchanged"),
        Group::Newly => t.get("changes-newly-scored"),
        Group::NoLonger => t.get("changes-no-longer-scored"),
        Group::NotComparable => t.get("changes-not-comparable"),
    };
    t.with("changes-group", &[("title", title.into()), ("n", n.into())])
}

/// One row: ministry, area, the two answers and the change (arrows as well as colour).
fn line_ui(
    ui: &mut Ui,
    ws: &Workspace,
    inst: &Instrument,
    r: &ChangeRow,
    widths: &[f32; 5],
    row_h: f32,
) {
    let p = theme::current(ui.ctx());
    let fmt = |a: Option<Answer>| a.map_or_else(|| "–".to_owned(), |a| a.code());
    let m = &ws.ministries()[r.ministry];
    ui.add_sized(
        [widths[0], row_h],
        egui::Label::new(RichText::new(m.id.as_str()).strong()),
    )
    .on_hover_text(&m.name);
    // The short label fits the column whole; the full name is on hover.
    let (k, label, name) =
        inst.area_index(r.area.as_str())
            .map_or((0, r.area.as_str(), r.area.as_str()), |k| {
                let a = &inst.areas()[k];
                (k + 1, a.label(), a.name.as_str())
            });
    ui.add_sized(
        [widths[1], row_h],
        egui::Label::new(format!("{k}. {label}")),
    )
    .on_hover_text(name);
    ui.add_sized([widths[2], row_h], egui::Label::new(fmt(r.from)));
    ui.add_sized([widths[3], row_h], egui::Label::new(fmt(r.to)));
    let (text, color) = match r.change {
        Change::Moved(d) if d > 0 => (format!("▲ +{d}"), p.ok),
        Change::Moved(d) if d < 0 => (format!("▼ {d}"), p.error),
        // A re-rating is not a move: no arrow, no colour of gain or loss.
        Change::Rerated(d) if d > 0 => (format!("↻ +{d}"), p.muted),
        Change::Rerated(d) => (format!("↻ {d}"), p.muted),
        other => (
            crate::report::names::change(&lang::texts(ui.ctx()), other),
            p.text,
        ),
    };
    ui.add_sized(
        [widths[4], row_h],
        egui::Label::new(RichText::new(text).color(color).strong()),
    );
}
