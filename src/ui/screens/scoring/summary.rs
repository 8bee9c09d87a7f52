//! The closing page of a session: all answers, coverage, median, the change since the
//! last round (comparable areas only), and the way on: the PDF, the next ministry.

use egui::{RichText, Ui};

use super::Open;
use crate::model::Answer;
use crate::model::stats::{self, Change, ChangeCounts, fmt2};
use crate::session::Focus;
use crate::session::export::PdfKind;
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::widgets::answer_chip_ui;

pub(super) fn summary_page_ui(ui: &mut Ui, open: &Open<'_>, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    // The room's language, the instrument's texts included (same ids and codes).
    let local = open
        .inst
        .localized(crate::ui::lang::room_texts(ui.ctx()).code());
    let (ws, inst) = (open.ws, &local);
    let (round, ministry) = (&open.round.id, &open.ministry.id);
    let summary = stats::summary(ws, round, ministry);
    let prev = ws.previous_round(round);
    let changes: Option<Vec<Change>> = prev.map(|r| {
        stats::changes(ws, ministry, &r.id, round)
            .into_iter()
            .map(|(_, c)| c)
            .collect()
    });
    // The summary is shown to the room: in the room's language.
    let t = crate::ui::lang::room_texts(ui.ctx());
    ui.label(
        RichText::new(t.get("summary-title"))
            .text_style(theme::style(theme::AREA_TITLE))
            .strong(),
    );
    let args = [
        (
            "coverage",
            crate::report::names::coverage(&t, &summary.coverage).into(),
        ),
        ("median", t.number(&fmt2(summary.median)).into()),
        ("mean", t.number(&fmt2(summary.mean)).into()),
    ];
    ui.label(RichText::new(t.with("summary-figures", &args)).strong());
    let total: u64 = inst
        .areas()
        .iter()
        .filter_map(|a| ws.score(round, ministry, &a.id))
        .map(|sc| u64::from(sc.discussed_secs))
        .sum();
    if total > 0 {
        let time = t.number(&stats::mm_ss(total));
        ui.label(t.with("summary-time", &[("time", time.into())]));
    }
    super::record::attendance_ui(ui, open, cmds);
    ui.label(
        RichText::new(crate::ui::lang::room_texts(ui.ctx()).get("report-method-note"))
            .small()
            .color(p.muted),
    );
    ui.add_space(8.0);
    // Fixed columns, and the rationale gets what is left and wraps: a row is as tall
    // as its tallest cell, so nothing is cut, overlaps or scrolls sideways.
    let widths = summary_widths(ui.available_width());
    let heads = [
        t.get("summary-area"),
        t.get("summary-agreed"),
        match prev {
            Some(r) => t.with(
                "summary-since",
                &[("date", crate::ui::lang::date(&t, r.date).into())],
            ),
            None => t.get("summary-change"),
        },
        t.get("summary-time-head"),
        t.get("summary-rationale"),
    ];
    row_ui(ui, &widths, None, |ui, k| {
        ui.label(RichText::new(heads[k].as_str()).strong());
    });
    for (k, area) in inst.areas().iter().enumerate() {
        let fill = (k % 2 == 0).then_some(p.panel);
        let score = ws.score(round, ministry, &area.id);
        row_ui(ui, &widths, fill, |ui, col| match col {
            0 => {
                let number = t.number(&(k + 1).to_string());
                let r = ui
                    .link(format!("{number}. {}", area.name))
                    .accessible_name(t.with("summary-open-area", &[("number", (k + 1).into())]));
                if r.clicked() {
                    cmds.push(open.goto(k));
                }
            }
            1 => {
                let answer = summary.answers.get(k).copied().flatten();
                ui.horizontal(|ui| {
                    answer_chip_ui(ui, answer, inst.level_count());
                    if let Some(Answer::Level(l)) = answer {
                        ui.label(inst.scale().label(l.get()));
                    }
                });
            }
            2 => {
                let change = changes
                    .as_ref()
                    .and_then(|c| c.get(k).copied())
                    .unwrap_or(Change::NoLevels);
                let t = crate::ui::lang::room_texts(ui.ctx());
                ui.label(crate::report::names::change(&t, change));
            }
            3 => {
                let secs = score.map_or(0, |sc| sc.discussed_secs);
                ui.label(if secs > 0 {
                    stats::mm_ss(u64::from(secs))
                } else {
                    "–".to_owned()
                });
            }
            _ => {
                let rationale = score.map_or("", |sc| sc.rationale.as_str());
                ui.add(egui::Label::new(rationale).wrap());
            }
        });
    }
    if let Some(ch) = &changes {
        let c = ChangeCounts::of(ch.iter().copied());
        ui.add_space(6.0);
        let args = [
            ("improved", c.improved.into()),
            ("unchanged", c.unchanged.into()),
            ("declined", c.declined.into()),
            ("new", c.newly_scored.into()),
            ("gone", c.no_longer_scored.into()),
        ];
        let mut text = t.with("summary-changes", &args);
        if c.rerated > 0 {
            text.push(' ');
            text.push_str(&t.with("summary-rerated", &[("n", c.rerated.into())]));
        }
        if c.not_comparable > 0 {
            text.push(' ');
            text.push_str(&t.with("summary-not-comparable", &[("n", c.not_comparable.into())]));
        }
        ui.label(text);
    }
    ui.add_space(10.0);
    next_steps_ui(ui, open, cmds);
}

fn next_steps_ui(ui: &mut Ui, open: &Open<'_>, cmds: &mut Vec<Command>) {
    let t = crate::ui::lang::texts(ui.ctx());
    if ui.button(t.get("summary-export")).clicked() {
        cmds.push(Command::ExportPdf(
            PdfKind::Ministry {
                round: open.round.id.to_string(),
                ministry: open.ministry.id.to_string(),
            },
            None,
        ));
    }
    let ministries = open.ws.ministries();
    if let Some(next) = open
        .ws
        .ministry_position(open.ministry.id.as_str())
        .and_then(|i| ministries.get(i + 1))
        && ui
            .button(t.with("summary-next", &[("ministry", next.id.as_str().into())]))
            .clicked()
    {
        cmds.push(Command::Score(Focus::opening(
            open.ws,
            &open.round.id,
            &next.id,
        )));
    }
}

/// Column widths of the summary table for a width of `total`.
fn summary_widths(total: f32) -> [f32; 5] {
    let fixed = [280.0, 170.0, 150.0, 90.0];
    let rest = (total - fixed.iter().sum::<f32>() - 5.0 * 12.0).max(220.0);
    [fixed[0], fixed[1], fixed[2], fixed[3], rest]
}

/// One row of the summary table: each cell top-aligned in its column, the row as
/// tall as its tallest cell, on `fill` when given.
fn row_ui(
    ui: &mut Ui,
    widths: &[f32; 5],
    fill: Option<egui::Color32>,
    mut cell: impl FnMut(&mut Ui, usize),
) {
    egui::Frame::new()
        .fill(fill.unwrap_or(egui::Color32::TRANSPARENT))
        .inner_margin(egui::Margin::symmetric(4, 6))
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = 12.0;
                for (k, w) in widths.iter().enumerate() {
                    let down = egui::Layout::top_down(egui::Align::Min);
                    ui.allocate_ui_with_layout(egui::vec2(*w, 0.0), down, |ui| {
                        ui.set_width(*w);
                        cell(ui, k);
                    });
                }
            });
        });
}
