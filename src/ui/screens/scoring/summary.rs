//! The closing page of a session: all answers, coverage, median, the change since the
//! last round (comparable areas only), and the way on: the PDF, the next ministry.

use egui::{RichText, Ui};

use super::Open;
use crate::model::Answer;
use crate::model::stats::{self, Change, ChangeCounts, fmt2};
use crate::session::export::PdfKind;
use crate::session::{Focus, Page};
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::widgets::answer_chip_ui;

pub(super) fn summary_page_ui(ui: &mut Ui, open: &Open<'_>, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let (ws, inst) = (open.ws, open.inst);
    let (round, ministry) = (open.round.id.as_str(), open.ministry.id.as_str());
    let summary = stats::summary(ws, round, ministry);
    let prev = ws.previous_round(round);
    let changes: Option<Vec<Change>> = prev.map(|r| {
        stats::changes(ws, ministry, r.id.as_str(), round)
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
        .filter_map(|a| ws.score(round, ministry, a.id.as_str()))
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
    // The rationale column gets what is left and wraps, so nothing is cut and nothing
    // scrolls sideways.
    let rationale_w = (ui.available_width() - 640.0).max(220.0);
    egui::Grid::new("summary-grid")
        .num_columns(5)
        .striped(true)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            ui.label(RichText::new("Area").strong());
            ui.label(RichText::new("Agreed").strong());
            ui.label(
                RichText::new(match prev {
                    Some(r) => format!("Since {}", r.date),
                    None => "Change".to_owned(),
                })
                .strong(),
            );
            ui.label(RichText::new("Time").strong());
            ui.label(RichText::new("Rationale").strong());
            ui.end_row();
            for (k, area) in inst.areas().iter().enumerate() {
                let r = ui
                    .link(format!("{}. {}", k + 1, area.name))
                    .accessible_name(format!("Open area {}", k + 1));
                if r.clicked() {
                    cmds.push(open.goto(k));
                }
                let answer = summary.answers.get(k).copied().flatten();
                ui.horizontal(|ui| {
                    answer_chip_ui(ui, answer, inst.level_count());
                    if let Some(Answer::Level(l)) = answer {
                        ui.label(inst.scale().label(l.get()));
                    }
                });
                let change = changes
                    .as_ref()
                    .and_then(|c| c.get(k).copied())
                    .unwrap_or(Change::NoLevels);
                ui.label(change.describe());
                let score = ws.score(round, ministry, area.id.as_str());
                let secs = score.map_or(0, |sc| sc.discussed_secs);
                ui.label(if secs > 0 {
                    stats::mm_ss(u64::from(secs))
                } else {
                    "–".to_owned()
                });
                let rationale = score.map_or("", |sc| sc.rationale.as_str());
                ui.allocate_ui(egui::vec2(rationale_w, 0.0), |ui| {
                    ui.set_width(rationale_w);
                    ui.add(egui::Label::new(rationale).wrap());
                });
                ui.end_row();
            }
        });
    if let Some(ch) = &changes {
        let c = ChangeCounts::of(ch.iter().copied());
        ui.add_space(6.0);
        let mut text = format!(
            "Since the last round: {} improved, {} unchanged, {} declined; {} newly scored, {} no longer scored.",
            c.improved, c.unchanged, c.declined, c.newly_scored, c.no_longer_scored
        );
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
        let page = open
            .inst
            .areas()
            .first()
            .map_or(Page::Summary, |a| Page::Area(a.id.clone()));
        cmds.push(Command::Score(Focus {
            round: open.round.id.clone(),
            ministry: next.id.clone(),
            page,
        }));
    }
}
