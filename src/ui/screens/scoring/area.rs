//! One area page: title, definition, the level cards with the area's descriptors, NA
//! and NI, the guiding questions, rationale and evidence; the votes and the previous
//! round on the right.

use egui::{RichText, Ui};

use super::Open;
use super::votes;
use crate::model::{Answer, Edit, Level, ScoreRef, TextField};
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::widgets::{describe, level_card_ui};

pub(super) fn area_page_ui(
    ui: &mut Ui,
    open: &Open<'_>,
    at: &ScoreRef,
    revealed: bool,
    cmds: &mut Vec<Command>,
) {
    let wide = ui.available_width() >= 1100.0;
    let side_w = if wide { 380.0 } else { 330.0 };
    egui::Panel::right("scoring-votes")
        .exact_size(side_w)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("votes-scroll")
                .show(ui, |ui| {
                    votes::votes_ui(ui, open, at, revealed, cmds);
                    ui.add_space(12.0);
                    votes::previous_round_ui(ui, open, at);
                });
        });
    egui::ScrollArea::vertical()
        .id_salt(("area-scroll", at.area.as_str()))
        .auto_shrink(false)
        .show(ui, |ui| area_body_ui(ui, open, at, cmds));
}

fn area_body_ui(ui: &mut Ui, open: &Open<'_>, at: &ScoreRef, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let inst = open.inst;
    let Some(k) = inst.area_index(at.area.as_str()) else {
        return;
    };
    let area = &inst.areas()[k];
    let score = open.ws.score_at(at);
    let answer = score.and_then(|s| s.answer);
    ui.label(
        RichText::new(format!("{}. {}", k + 1, area.name))
            .text_style(theme::style(theme::AREA_TITLE))
            .strong(),
    );
    ui.label(RichText::new(format!("Area {} of {}", k + 1, inst.areas().len())).color(p.muted));
    ui.add(egui::Label::new(area.definition.as_str()).wrap());
    ui.add_space(8.0);
    ui.label(RichText::new("Agreed score").strong().size(24.0));
    cards_ui(ui, open, at, answer, cmds);
    ui.add_space(6.0);
    non_levels_ui(ui, open, at, answer, cmds);
    ui.label(
        RichText::new(format!("Agreed: {}", describe(answer, inst.scale())))
            .strong()
            .color(if answer.is_some() { p.ok } else { p.muted }),
    );
    if !area.guiding_questions.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("Guiding questions").strong().size(24.0));
        for q in &area.guiding_questions {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                ui.add(egui::Label::new(q.as_str()).wrap());
            });
        }
    }
    ui.add_space(8.0);
    for (field, label, hint, rows) in [
        (
            TextField::Rationale,
            "Rationale",
            "Why the room agreed this score",
            4,
        ),
        (
            TextField::Evidence,
            "Evidence",
            "Documents, data or examples cited",
            2,
        ),
    ] {
        let current = score.map_or("", |s| match field {
            TextField::Rationale => s.rationale.as_str(),
            TextField::Evidence => s.evidence.as_str(),
        });
        if let Some(text) = text_box_ui(ui, label, hint, current, rows) {
            cmds.push(Command::Edit(Edit::SetText {
                at: at.clone(),
                field,
                text,
            }));
        }
    }
}

/// Level cards: two per row at projector widths, four when there is room.
fn cards_ui(
    ui: &mut Ui,
    open: &Open<'_>,
    at: &ScoreRef,
    answer: Option<Answer>,
    cmds: &mut Vec<Command>,
) {
    let inst = open.inst;
    let Some(area) = inst.area(at.area.as_str()) else {
        return;
    };
    let avail = ui.available_width() - 12.0;
    let per_row = if avail > 1300.0 {
        4
    } else if avail > 560.0 {
        2
    } else {
        1
    };
    let gap = 10.0;
    let card_w = (avail - gap * (per_row as f32 - 1.0)) / per_row as f32;
    for row in inst.scale().levels.chunks(per_row) {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for level in row {
                let selected = answer.and_then(Answer::level) == Some(level.value);
                let descriptor = area
                    .level_descriptors
                    .get(usize::from(level.value) - 1)
                    .map_or("", String::as_str);
                let r = level_card_ui(
                    ui,
                    card_w,
                    level.value,
                    &level.label,
                    descriptor,
                    selected,
                    inst.level_count(),
                );
                if r.clicked() {
                    let new = if selected {
                        None
                    } else {
                        Level::new(level.value).map(Answer::Level)
                    };
                    cmds.push(open.set_answer(at, new));
                }
            }
        });
    }
}

fn non_levels_ui(
    ui: &mut Ui,
    open: &Open<'_>,
    at: &ScoreRef,
    answer: Option<Answer>,
    cmds: &mut Vec<Command>,
) {
    let scale = open.inst.scale();
    ui.horizontal_wrapped(|ui| {
        for (a, def, key) in [
            (Answer::NotApplicable, &scale.not_applicable, "N"),
            (
                Answer::InsufficientInfo,
                &scale.insufficient_information,
                "I",
            ),
        ] {
            let selected = answer == Some(a);
            let text = format!(
                "{} {}{}",
                def.code,
                def.label,
                if selected { "  ✔" } else { "" }
            );
            let r = ui
                .add(egui::Button::new(RichText::new(text).strong()).selected(selected))
                .on_hover_text(format!("{} (key {key})", def.meaning));
            if r.clicked() {
                cmds.push(open.set_answer(at, if selected { None } else { Some(a) }));
            }
        }
        if ui
            .add_enabled(answer.is_some(), egui::Button::new("Clear score"))
            .clicked()
        {
            cmds.push(open.set_answer(at, None));
        }
    });
}

/// A labelled multi-line text box; returns the new text when it changed.
fn text_box_ui(ui: &mut Ui, label: &str, hint: &str, current: &str, rows: usize) -> Option<String> {
    let l = ui.label(RichText::new(label).strong());
    let mut text = current.to_owned();
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .hint_text(hint)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    (r.changed() && text != current).then_some(text)
}
