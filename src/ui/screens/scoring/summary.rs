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
    let (ws, inst) = (open.ws, open.inst);
    let (round, ministry) = (&open.round.id, &open.ministry.id);
    let summary = stats::summary(ws, round, ministry);
    let prev = ws.previous_round(round);
    let changes: Option<Vec<Change>> = prev.map(|r| {
        stats::changes(ws, ministry, &r.id, round)
            .into_iter()
            .map(|(_, c)| c)
            .collect()
    });
    ui.label(
        RichText::new("Summary")
            .text_style(theme::style(theme::AREA_TITLE))
            .strong(),
    );
    ui.label(
        RichText::new(format!(
            "Coverage {} · median {} · mean {} (indicative)",
            summary.coverage.describe(),
            fmt2(summary.median),
            fmt2(summary.mean)
        ))
        .strong(),
    );
    let total: u64 = inst
        .areas()
        .iter()
        .filter_map(|a| ws.score(round, ministry, &a.id))
        .map(|sc| u64::from(sc.discussed_secs))
        .sum();
    if total > 0 {
        ui.label(format!(
            "Time in discussion: {} in all",
            stats::mm_ss(total)
        ));
    }
    super::record::attendance_ui(ui, open, cmds);
    ui.label(RichText::new(stats::METHOD_NOTE).small().color(p.muted));
    ui.add_space(8.0);
    // Fixed columns, and the rationale gets what is left and wraps: a row is as tall
    // as its tallest cell, so nothing is cut, overlaps or scrolls sideways.
    let widths = summary_widths(ui.available_width());
    let heads = [
        "Area".to_owned(),
        "Agreed".to_owned(),
        match prev {
            Some(r) => format!("Since {}", r.date),
            None => "Change".to_owned(),
        },
        "Time".to_owned(),
        "Rationale".to_owned(),
    ];
    row_ui(ui, &widths, None, |ui, k| {
        ui.label(RichText::new(heads[k].as_str()).strong());
    });
    for (k, area) in inst.areas().iter().enumerate() {
        let fill = (k % 2 == 0).then_some(p.panel);
        let score = ws.score(round, ministry, &area.id);
        row_ui(ui, &widths, fill, |ui, col| match col {
            0 => {
                let r = ui
                    .link(format!("{}. {}", k + 1, area.name))
                    .accessible_name(format!("Open area {}", k + 1));
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
                ui.label(change.describe());
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
        let mut text = format!(
            "Since the last round: {} improved, {} unchanged, {} declined; {} newly scored, {} no longer scored.",
            c.improved, c.unchanged, c.declined, c.newly_scored, c.no_longer_scored
        );
        if c.rerated > 0 {
            text.push_str(&format!(
                " {} re-rated for a reason other than performance, counted apart.",
                c.rerated
            ));
        }
        if c.not_comparable > 0 {
            text.push_str(&format!(
                " {} areas changed in the instrument and are not compared.",
                c.not_comparable
            ));
        }
        ui.label(text);
    }
    ui.add_space(10.0);
    next_steps_ui(ui, open, cmds);
}

fn next_steps_ui(ui: &mut Ui, open: &Open<'_>, cmds: &mut Vec<Command>) {
    if ui.button("Export this summary as PDF...").clicked() {
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
            .button(format!("Score the next ministry: {} ▶", next.id))
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
    let fixed = [300.0, 170.0, 150.0, 70.0];
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
