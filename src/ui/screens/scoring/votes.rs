//! The room's votes for the open area: the facilitator's count (one vote more, one
//! less, or a typed count, each a delta edit so phone votes are never overwritten),
//! hidden until revealed; then bars, n, median and agreement, and the median as a
//! suggestion only. Also the same area in the previous round, for reference.

use egui::{RichText, Ui};

use super::Open;
use crate::model::compare::comparability;
use crate::model::{Answer, Edit, Level, ScoreRef, VoteChange, VoteSource, VoteTally};
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::widgets::{answer_chip_ui, answer_colors, describe, vote_bars_ui};

/// The answers a vote can be for, with their labels.
fn options(open: &Open<'_>) -> Vec<(Answer, String)> {
    let scale = open.inst.scale();
    let mut options: Vec<(Answer, String)> = scale
        .levels
        .iter()
        .filter_map(|l| {
            Level::new(l.value).map(|lv| (Answer::Level(lv), format!("{} {}", l.value, l.label)))
        })
        .collect();
    options.push((Answer::NotApplicable, scale.not_applicable.code.clone()));
    options.push((
        Answer::InsufficientInfo,
        scale.insufficient_information.code.clone(),
    ));
    options
}

fn vote(at: &ScoreRef, change: VoteChange) -> Command {
    Command::Edit(Edit::Vote {
        at: at.clone(),
        source: VoteSource::Cards,
        change,
    })
}

pub(super) fn votes_ui(
    ui: &mut Ui,
    open: &Open<'_>,
    at: &ScoreRef,
    revealed: bool,
    cmds: &mut Vec<Command>,
) {
    let p = theme::current(ui.ctx());
    let score = open.ws.score_at(at);
    let cards = score.map(|s| s.votes.clone()).unwrap_or_default();
    let all = score.map(|s| s.all_votes()).unwrap_or_default();
    ui.label(RichText::new("Room votes").strong().size(24.0));
    ui.label(
        RichText::new(if revealed {
            "Revealed to the room."
        } else {
            "Hidden until revealed: enter the votes, then press Reveal."
        })
        .color(p.muted),
    );
    let options = options(open);
    egui::Grid::new("tally")
        .num_columns(4)
        .spacing([6.0, 6.0])
        .show(ui, |ui| {
            for (answer, label) in &options {
                let count = cards.count(*answer);
                ui.label(label.as_str());
                if ui
                    .add_enabled(count > 0, egui::Button::new(" − "))
                    .accessible_name(format!("One vote less for {label}"))
                    .clicked()
                {
                    cmds.push(vote(at, VoteChange::Remove(*answer)));
                }
                let mut value = count;
                let drag = egui::DragValue::new(&mut value).range(0..=9999).speed(0.2);
                let drag = if revealed {
                    drag
                } else {
                    drag.custom_formatter(|_, _| "•".to_owned())
                };
                let r = ui
                    .add_sized([64.0, 30.0], drag)
                    .accessible_name(format!("Votes for {label}"));
                if r.changed() && value != count {
                    cmds.push(vote(at, VoteChange::Set(*answer, value)));
                }
                if ui
                    .button(" + ")
                    .accessible_name(format!("One vote more for {label}"))
                    .clicked()
                {
                    cmds.push(vote(at, VoteChange::Add(*answer)));
                }
                ui.end_row();
            }
        });
    let stats = all.stats();
    let phones = score.map_or(0, |s| s.phone_votes.total());
    let entered = if phones > 0 {
        format!(
            "{} votes ({phones} phones + {} cards)",
            stats.n,
            cards.total()
        )
    } else {
        format!("{} votes entered", stats.n)
    };
    ui.label(RichText::new(entered).strong());
    ui.horizontal(|ui| {
        if revealed {
            if ui.button("Hide votes").clicked() {
                cmds.push(Command::Reveal(at.clone(), false));
            }
        } else if ui.button("Reveal votes").clicked() {
            cmds.push(Command::Reveal(at.clone(), true));
        }
        if ui
            .add_enabled(!cards.is_empty(), egui::Button::new("Clear votes"))
            .clicked()
        {
            cmds.push(Command::Edit(Edit::SetTally {
                at: at.clone(),
                source: VoteSource::Cards,
                tally: VoteTally::default(),
            }));
        }
    });
    if revealed && stats.n > 0 {
        revealed_ui(ui, open, at, &all, &options, cmds);
    }
}

fn revealed_ui(
    ui: &mut Ui,
    open: &Open<'_>,
    at: &ScoreRef,
    all: &VoteTally,
    options: &[(Answer, String)],
    cmds: &mut Vec<Command>,
) {
    let levels = open.inst.level_count();
    let stats = all.stats();
    let rows: Vec<_> = options
        .iter()
        .map(|(a, label)| (label.clone(), all.count(*a), answer_colors(*a, levels).0))
        .collect();
    vote_bars_ui(ui, &rows, ui.available_width());
    ui.label(format!(
        "n = {} · median {} · agreement {}",
        stats.n,
        stats.median.map_or("–".into(), |m| format!("{m:.1}")),
        stats
            .agreement
            .map_or("–".into(), |a| format!("{:.0}%", a * 100.0)),
    ));
    // Suggest, never set: the agreed score stays a deliberate choice.
    if let Some(m) = stats.median {
        let suggestion = m.round() as u8;
        if let Some(level) = Level::new(suggestion).filter(|l| usize::from(l.get()) <= levels) {
            let text = format!(
                "Agree on the median: {} {}",
                suggestion,
                open.inst.scale().label(suggestion)
            );
            if ui.button(text).clicked() {
                cmds.push(open.set_answer(at, Some(Answer::Level(level))));
            }
        }
    }
}

/// The same area's agreed score and rationale in the previous round, for reference.
pub(super) fn previous_round_ui(ui: &mut Ui, open: &Open<'_>, at: &ScoreRef) {
    let p = theme::current(ui.ctx());
    let Some(prev) = open.ws.previous_round(open.round.id.as_str()) else {
        ui.label(RichText::new("No earlier round to compare with.").color(p.muted));
        return;
    };
    let area = at.area.as_str();
    let comparable =
        comparability(open.ws, prev.id.as_str(), open.round.id.as_str(), area).is_comparable();
    let score = open
        .ws
        .score(prev.id.as_str(), open.ministry.id.as_str(), area);
    let answer = score.and_then(|sc| sc.answer);
    egui::Frame::new()
        .fill(p.panel)
        .inner_margin(8)
        .corner_radius(6)
        .show(ui, |ui| {
            ui.label(RichText::new(format!("Last round ({})", prev.date)).strong());
            if !comparable {
                ui.label(
                    RichText::new(
                        "This area changed in the instrument since then: not comparable.",
                    )
                    .color(p.muted),
                );
            }
            ui.horizontal(|ui| {
                answer_chip_ui(ui, answer, open.inst.level_count());
                ui.label(format!(
                    "Agreed then: {}",
                    describe(answer, open.inst.scale())
                ));
            });
            if let Some(sc) = score.filter(|sc| !sc.rationale.is_empty()) {
                ui.add(egui::Label::new(RichText::new(&sc.rationale).italics()).wrap());
            }
        });
}
