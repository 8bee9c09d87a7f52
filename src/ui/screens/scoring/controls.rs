//! The facilitator's panel beside the room view: the discussion timer, the card count
//! and the reveal, the agreed answer, rationale and evidence, and last round's answer.
//! It never shows a hidden count: only the total, until the reveal.

use crate::ui::lang;
use egui::{RichText, Ui};

use super::record;
use super::votes::previous_round_ui;
use super::{Open, PageState, ScoringView, Want, mm_ss};
use crate::model::{Answer, Edit, Level, TextField};
use crate::session::TimerOp;
use crate::ui::bangla::BanglaBuffer;
use crate::ui::command::Command;
use crate::ui::theme;

impl ScoringView {
    pub(super) fn controls_ui(
        &mut self,
        ui: &mut Ui,
        open: &Open<'_>,
        page: &PageState<'_>,
        cmds: &mut Vec<Command>,
    ) {
        let p = theme::current(ui.ctx());
        let t = lang::texts(ui.ctx());
        earlier_round_ui(ui, open, page.earlier_round);
        validated_ui(ui, open);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(t.get("panel-facilitator"))
                    .strong()
                    .color(p.muted),
            );
            ui.checkbox(&mut self.second_screen, t.get("panel-room-window"))
                .on_hover_text(t.get("panel-room-window-tip"));
        });
        self.timer_ui(ui, page, cmds);
        let voting = page.voting.is_some();
        let label = t.get(if voting {
            "panel-stop-voting"
        } else {
            "panel-start-voting"
        });
        if ui
            .button(label)
            .on_hover_text(t.get("panel-voting-tip"))
            .clicked()
        {
            cmds.push(Command::RoomVoting(!voting));
        }
        if let Some(see) = page.phones_see_result {
            self.voting_settings_ui(ui, see, cmds);
        }
        record::carried_actions_ui(ui, open, page.at, cmds);
        // In the plenary review of table scoring, the table's proposal comes first.
        self.proposal_ui(ui, open, page, cmds);
        ui.separator();
        self.votes_ui(ui, open, page, cmds);
        ui.separator();
        answer_ui(ui, open, page, cmds);
        ui.add_space(4.0);
        record::reason_ui(ui, open, page.at, cmds);
        self.texts_ui(ui, open, page, cmds);
        ui.add_space(8.0);
        record::actions_ui(ui, open, page.at, cmds);
        ui.add_space(8.0);
        if let Some(file) = open.ws.score_at(page.at).and_then(|s| s.source.as_deref()) {
            let from = t.with("panel-record-source", &[("file", file.into())]);
            ui.add(egui::Label::new(RichText::new(from).small().color(p.muted)).wrap());
        }
        previous_round_ui(ui, open, page.at);
        record::history_ui(ui, open, page);
    }

    /// Which address the room is shown, and whether phones see the result.
    fn voting_settings_ui(&mut self, ui: &mut Ui, see: bool, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        let t = lang::texts(ui.ctx());
        if self.join_url().is_none_or(|u| u.starts_with("http://127.")) {
            let text = t.get("panel-no-wifi");
            ui.add(egui::Label::new(RichText::new(text).color(p.error)).wrap());
        }
        if let Some(note) = FIREWALL_NOTE {
            ui.add(egui::Label::new(RichText::new(t.get(note)).color(p.muted)).wrap());
        }
        if self.join_urls.len() > 1 {
            ui.label(t.get("panel-address"))
                .on_hover_text(t.get("panel-address-tip"));
            for (k, url) in self.join_urls.iter().enumerate() {
                ui.radio_value(&mut self.join_pick, k, RichText::new(url).monospace());
            }
        }
        let mut on = see;
        if ui
            .checkbox(&mut on, t.get("panel-phones-see-result"))
            .changed()
        {
            cmds.push(Command::PhonesSeeResult(on));
        }
    }

    fn timer_ui(&mut self, ui: &mut Ui, page: &PageState<'_>, cmds: &mut Vec<Command>) {
        let c = page.clock;
        let t = lang::texts(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            let time = t.number(&mm_ss(c.spent));
            ui.label(RichText::new(t.with("timer-label", &[("time", time.into())])).strong());
            let (label, name) = if c.running {
                ("timer-pause", "timer-pause-name")
            } else {
                ("timer-start", "timer-start-name")
            };
            if ui
                .button(t.get(label))
                .on_hover_text(t.get("timer-tip"))
                .accessible_name(t.get(name))
                .clicked()
            {
                cmds.push(Command::Timer(TimerOp::Toggle));
            }
            if ui
                .add_enabled(!c.spent.is_zero(), egui::Button::new(t.get("timer-reset")))
                .accessible_name(t.get("timer-reset-name"))
                .clicked()
            {
                cmds.push(Command::Timer(TimerOp::Reset));
            }
        });
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t.get("timer-per-area"));
            ui.add(
                egui::DragValue::new(&mut self.minutes)
                    .range(1..=60)
                    .suffix(format!(" {}", t.get("timer-minutes"))),
            )
            .labelled_by(l.id)
            .on_hover_text(t.get("timer-per-area-tip"));
        });
    }

    fn texts_ui(
        &mut self,
        ui: &mut Ui,
        open: &Open<'_>,
        page: &PageState<'_>,
        cmds: &mut Vec<Command>,
    ) {
        let score = open.ws.score_at(page.at);
        let t = lang::texts(ui.ctx());
        for (field, salt, label, hint, rows) in [
            (
                TextField::Rationale,
                "rationale",
                "text-rationale",
                "text-rationale-hint",
                3,
            ),
            (
                TextField::Evidence,
                "evidence",
                "text-evidence",
                "text-evidence-hint",
                2,
            ),
            (
                TextField::Dissent,
                "dissent",
                "text-dissent",
                "text-dissent-hint",
                1,
            ),
        ] {
            let current = score.map_or("", |s| field.of(s).as_str());
            let l = ui.label(RichText::new(t.get(label)).strong());
            let mut text = current.to_owned();
            let r = ui
                .add(
                    egui::TextEdit::multiline(&mut BanglaBuffer::new(&mut text))
                        // Not the label: switching language keeps the box and its cursor.
                        .id_salt(("text", salt, page.at.area.as_str()))
                        .hint_text(t.get(hint))
                        .desired_rows(rows)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            if field == TextField::Rationale && self.want == Some(Want::Rationale) {
                self.want = None;
                r.request_focus();
                r.scroll_to_me(None);
                cursor_to_end(ui, r.id, &text);
            }
            if r.changed() && text != current {
                cmds.push(Command::Edit(Edit::SetText {
                    at: page.at.clone(),
                    field,
                    text,
                }));
            }
        }
    }
}

/// A marker that stays while an earlier round is open: changes to it are asked about
/// once, then marked as made.
fn earlier_round_ui(ui: &mut Ui, open: &Open<'_>, earlier: Option<bool>) {
    let Some(confirmed) = earlier else {
        return;
    };
    let p = theme::current(ui.ctx());
    let t = lang::texts(ui.ctx());
    let args = [
        ("round", open.round.title.as_str().into()),
        ("date", lang::date(&t, open.round.date).into()),
    ];
    let (color, text) = if confirmed {
        (p.error, t.with("earlier-round-changing", &args))
    } else {
        (p.focus, t.with("earlier-round", &args))
    };
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, color))
        .inner_margin(6)
        .corner_radius(4)
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(text).strong().color(color)).wrap());
        });
}

/// A validated round is read-only: say so above everything, with how to reopen it.
fn validated_ui(ui: &mut Ui, open: &Open<'_>) {
    let Some(step) = open.round.review.validation() else {
        return;
    };
    let p = theme::current(ui.ctx());
    let t = lang::texts(ui.ctx());
    let when = t.number(&step.at.strftime("%Y-%m-%d").to_string());
    let args = [("by", step.by.as_str().into()), ("date", when.into())];
    let text = t.with("panel-validated", &args);
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, p.ok))
        .inner_margin(6)
        .corner_radius(4)
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(text).strong().color(p.ok)).wrap());
        });
}

/// The agreed answer as a row of buttons: the levels, NA, NI and clear.
fn answer_ui(ui: &mut Ui, open: &Open<'_>, page: &PageState<'_>, cmds: &mut Vec<Command>) {
    let scale = open.inst.scale();
    let answer = open.ws.score_at(page.at).and_then(|s| s.answer);
    let t = lang::texts(ui.ctx());
    let keys = crate::ui::keymap::Action::ChooseLevel.keys_text(open.inst.level_count());
    let keys = t.number(&keys);
    ui.label(RichText::new(t.with("answer-heading", &[("keys", keys.into())])).strong());
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let mut choices: Vec<(Answer, String, String)> = scale
            .levels
            .iter()
            .filter_map(|l| {
                let a = Level::new(l.value).map(Answer::Level)?;
                let level = format!("{} {}", l.value, l.label);
                Some((
                    a,
                    l.value.to_string(),
                    t.with("answer-agree-on", &[("answer", level.into())]),
                ))
            })
            .collect();
        for def in [&scale.not_applicable, &scale.insufficient_information] {
            let a = if def.code == scale.not_applicable.code {
                Answer::NotApplicable
            } else {
                Answer::InsufficientInfo
            };
            choices.push((a, def.code.clone(), format!("{} {}", def.code, def.label)));
        }
        for (a, short, name) in choices {
            let selected = answer == Some(a);
            let r = ui
                .add(egui::Button::new(RichText::new(short).strong()).selected(selected))
                .on_hover_text(name.as_str())
                .accessible_name(name);
            if r.clicked() {
                cmds.push(open.set_answer(page.at, if selected { None } else { Some(a) }));
            }
        }
        if ui
            .add_enabled(answer.is_some(), egui::Button::new(t.get("answer-clear")))
            .clicked()
        {
            cmds.push(open.set_answer(page.at, None));
        }
    });
}

/// Put the text cursor at the end, so that what is typed next adds to the text.
fn cursor_to_end(ui: &Ui, id: egui::Id, text: &str) {
    let mut state = egui::TextEdit::load_state(ui.ctx(), id).unwrap_or_default();
    let end = egui::text::CCursor::new(crate::ui::bangla::display(text).chars().count());
    state
        .cursor
        .set_char_range(Some(egui::text::CCursorRange::one(end)));
    state.store(ui.ctx(), id);
}

/// Windows asks once whether the app may use the network, and blocks phones on a network
/// marked Public: said where voting starts. Other systems need no such word.
const FIREWALL_NOTE: Option<&str> = if cfg!(windows) {
    Some("panel-firewall")
} else {
    None
};
