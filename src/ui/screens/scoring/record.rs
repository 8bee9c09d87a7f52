//! The follow-up record in the facilitator's panel: last round's actions (shown first,
//! their status updated here), why a changed score changed, this round's actions, and
//! the area's history. Every change is an edit, so it is undoable and in the history.

use crate::ui::lang;
use egui::{RichText, Ui};
use jiff::civil::Date;

use super::{Open, PageState};
use crate::model::followup::{carried_actions, reason_needed};
use crate::model::history::{Entry, Step};
use crate::model::{Action, ActionStatus, ChangeReason, Edit, ReasonKind, ScoreRef};
use crate::report::names::{action_status, reason};
use crate::ui::bangla::BanglaBuffer;
use crate::ui::command::Command;
use crate::ui::theme;

/// Last round's actions for this area, with their status and follow-up editable.
pub(super) fn carried_actions_ui(
    ui: &mut Ui,
    open: &Open<'_>,
    at: &ScoreRef,
    cmds: &mut Vec<Command>,
) {
    let Some((prev, actions)) = carried_actions(open.ws, at) else {
        return;
    };
    let p = theme::current(ui.ctx());
    let prev_at = ScoreRef {
        round: prev.id.clone(),
        ..at.clone()
    };
    egui::Frame::new()
        .fill(p.panel)
        .inner_margin(8)
        .corner_radius(6)
        .show(ui, |ui| {
            let t = lang::texts(ui.ctx());
            let heading = t.with("record-carried", &[("round", prev.title.as_str().into())]);
            ui.label(RichText::new(heading).strong());
            ui.label(RichText::new(t.get("record-carried-note")).color(p.muted));
            for (i, a) in actions.iter().enumerate() {
                ui.separator();
                ui.add(egui::Label::new(RichText::new(&a.text).strong()).wrap());
                let who = [
                    a.owner.clone(),
                    a.due
                        .map(|d| t.with("record-due", &[("date", lang::date(&t, d).into())]))
                        .unwrap_or_default(),
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
                if !who.is_empty() {
                    ui.label(RichText::new(who).color(p.muted));
                }
                let mut edited = a.clone();
                let id = ("carried", at.area.as_str(), i);
                status_ui(ui, id, &mut edited.status);
                let l = ui.label(t.get("record-what-happened"));
                ui.add(
                    egui::TextEdit::singleline(&mut BanglaBuffer::new(&mut edited.follow_up))
                        .id_salt(("follow-up", at.area.as_str(), i))
                        .hint_text(t.get("record-what-happened-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
                if &edited != a {
                    let mut all = actions.to_vec();
                    all[i] = edited;
                    cmds.push(set_actions(&prev_at, all));
                }
            }
        });
    ui.add_space(6.0);
}

/// When the agreed level differs from last round's for a comparable area: why?
pub(super) fn reason_ui(ui: &mut Ui, open: &Open<'_>, at: &ScoreRef, cmds: &mut Vec<Command>) {
    let Some((prev, before)) = reason_needed(open.ws, at) else {
        return;
    };
    let p = theme::current(ui.ctx());
    let score = open.ws.score_at(at);
    let now = score
        .and_then(|s| s.answer)
        .map(|a| a.code())
        .unwrap_or_default();
    let current = score.and_then(|s| s.reason.clone());
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.5, p.accent))
        .inner_margin(8)
        .corner_radius(6)
        .show(ui, |ui| {
            let t = lang::texts(ui.ctx());
            let args = [
                ("round", prev.title.as_str().into()),
                ("before", t.number(&before.code()).into()),
                ("now", t.number(&now).into()),
            ];
            let q = t.with("record-why-changed", &args);
            ui.add(egui::Label::new(RichText::new(q).strong()).wrap());
            let mut kind = current.as_ref().map(|r| r.kind);
            ui.horizontal_wrapped(|ui| {
                let shown = kind.map_or_else(|| t.get("record-choose-reason"), |k| reason(&t, k));
                egui::ComboBox::from_id_salt(("reason", at.area.as_str()))
                    .selected_text(shown.as_str())
                    .width(ui.available_width() - 70.0)
                    .show_ui(ui, |ui| {
                        for k in ReasonKind::ALL {
                            ui.selectable_value(&mut kind, Some(k), reason(&t, k));
                        }
                    })
                    .response
                    .accessible_name(t.with("record-reason-name", &[("reason", shown.into())]));
                if kind != Some(ReasonKind::NotGiven)
                    && ui
                        .button(t.get("record-skip"))
                        .on_hover_text(t.get("record-skip-tip"))
                        .clicked()
                {
                    kind = Some(ReasonKind::NotGiven);
                }
            });
            if let Some(kind) = kind.filter(|k| Some(*k) != current.as_ref().map(|r| r.kind)) {
                let mut reason = current.clone().unwrap_or_else(|| ChangeReason::new(kind));
                reason.kind = kind;
                cmds.push(Command::Edit(Edit::SetReason {
                    at: at.clone(),
                    reason: Some(reason),
                }));
            }
            if let Some(reason) = &current {
                let mut note = reason.note.clone();
                let l = ui.label(t.get("record-note"));
                let r = ui
                    .add(
                        egui::TextEdit::singleline(&mut BanglaBuffer::new(&mut note))
                            .id_salt(("reason-note", at.area.as_str()))
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(l.id);
                if r.changed() && note != reason.note {
                    cmds.push(Command::Edit(Edit::SetReason {
                        at: at.clone(),
                        reason: Some(ChangeReason {
                            note,
                            ..reason.clone()
                        }),
                    }));
                }
            } else {
                ui.label(RichText::new(t.get("record-not-blocking")).color(p.muted));
            }
        });
    ui.add_space(6.0);
}

/// This round's actions for the area: add, edit, set status, remove.
pub(super) fn actions_ui(ui: &mut Ui, open: &Open<'_>, at: &ScoreRef, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let actions = open
        .ws
        .score_at(at)
        .map(|s| s.actions.clone())
        .unwrap_or_default();
    let t = lang::texts(ui.ctx());
    ui.label(RichText::new(t.get("record-actions")).strong());
    let mut out = actions.clone();
    let mut remove = None;
    for (i, a) in out.iter_mut().enumerate() {
        egui::Frame::new()
            .fill(p.panel)
            .inner_margin(6)
            .corner_radius(4)
            .show(ui, |ui| action_fields_ui(ui, at, i, a, &mut remove));
    }
    if let Some(i) = remove {
        out.remove(i);
    }
    let mut draft = ui
        .data(|d| d.get_temp::<String>(draft_id(at)))
        .unwrap_or_default();
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        let add = ui.add_enabled(
            !draft.trim().is_empty(),
            egui::Button::new(t.get("record-add")),
        );
        let r = ui.add(
            egui::TextEdit::singleline(&mut BanglaBuffer::new(&mut draft))
                .id_salt(("new-action", at.area.as_str()))
                .hint_text(t.get("record-new-action-hint"))
                .desired_width(ui.available_width()),
        );
        let enter = r.lost_focus() && ui.input(|i| crate::ui::keymap::Action::Submit.pressed(i));
        if (add.clicked() || enter) && !draft.trim().is_empty() {
            out.push(Action::new(draft.trim()));
            draft.clear();
        }
    });
    ui.data_mut(|d| d.insert_temp(draft_id(at), draft));
    // Text boxes never hold an empty action: one cleared of its text keeps the old one.
    if out != actions && out.iter().all(|a| a.check().is_ok()) {
        cmds.push(set_actions(at, out));
    }
}

fn draft_id(at: &ScoreRef) -> egui::Id {
    egui::Id::unique(("action-draft", at.area.as_str()))
}

/// One action's text, owner, due date and status.
fn action_fields_ui(
    ui: &mut Ui,
    at: &ScoreRef,
    i: usize,
    a: &mut Action,
    remove: &mut Option<usize>,
) {
    let area = at.area.as_str();
    let t = lang::texts(ui.ctx());
    ui.add(
        egui::TextEdit::multiline(&mut BanglaBuffer::new(&mut a.text))
            .id_salt(("action-text", area, i))
            .hint_text(t.get("record-action-hint"))
            .desired_rows(1)
            .desired_width(f32::INFINITY),
    );
    ui.horizontal_wrapped(|ui| {
        ui.add(
            egui::TextEdit::singleline(&mut BanglaBuffer::new(&mut a.owner))
                .id_salt(("action-owner", area, i))
                .hint_text(t.get("record-owner-hint"))
                .desired_width(140.0),
        );
        due_ui(ui, egui::Id::unique(("action-due", area, i)), &mut a.due);
    });
    ui.horizontal(|ui| {
        status_ui(ui, ("action", area, i), &mut a.status);
        if ui.small_button(t.get("record-remove")).clicked() {
            *remove = Some(i);
        }
    });
}

/// A due date typed as YYYY-MM-DD; a half-typed date is kept on screen, not stored.
fn due_ui(ui: &mut Ui, id: egui::Id, due: &mut Option<Date>) {
    let p = theme::current(ui.ctx());
    let t = lang::texts(ui.ctx());
    let stored = due.map(|d| d.to_string()).unwrap_or_default();
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or(stored.clone());
    let r = ui.add(
        egui::TextEdit::singleline(&mut text)
            .id_salt(id)
            .hint_text(t.get("record-due-hint"))
            .desired_width(110.0),
    );
    let parsed = text.trim().parse::<Date>();
    if text.trim().is_empty() {
        *due = None;
    } else if let Ok(d) = parsed {
        *due = Some(d);
    } else {
        ui.label(RichText::new(t.get("record-not-a-date")).color(p.error));
    }
    if r.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
}

fn status_ui(ui: &mut Ui, id: impl std::hash::Hash + std::fmt::Debug, status: &mut ActionStatus) {
    let t = lang::texts(ui.ctx());
    let shown = action_status(&t, *status);
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown.as_str())
        .show_ui(ui, |ui| {
            for s in ActionStatus::ALL {
                ui.selectable_value(status, s, action_status(&t, s));
            }
        })
        .response
        .accessible_name(t.with("record-status-name", &[("status", shown.into())]));
}

fn set_actions(at: &ScoreRef, actions: Vec<Action>) -> Command {
    Command::Edit(Edit::SetActions {
        at: at.clone(),
        actions,
    })
}

/// Who took part for this ministry: a count and the offices (no names).
pub(super) fn attendance_ui(ui: &mut Ui, open: &Open<'_>, cmds: &mut Vec<Command>) {
    let (round, ministry) = (&open.round.id, &open.ministry.id);
    let current = open
        .ws
        .assessment(round, ministry)
        .map(|a| a.attendance.clone())
        .unwrap_or_default();
    let mut edited = current.clone();
    let t = lang::texts(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t.get("record-who"));
        ui.add(
            egui::DragValue::new(&mut edited.people)
                .range(0..=999)
                .suffix(format!(" {}", t.get("record-people"))),
        )
        .labelled_by(l.id);
        ui.label(t.get("record-from"));
        ui.add(
            egui::TextEdit::singleline(&mut BanglaBuffer::new(&mut edited.offices))
                .id_salt(("offices", round.as_str(), ministry.as_str()))
                .hint_text(t.get("record-offices-hint"))
                .desired_width(360.0),
        );
    });
    if edited != current {
        cmds.push(Command::Edit(Edit::SetAttendance {
            round: round.clone(),
            ministry: ministry.clone(),
            attendance: edited,
        }));
    }
}

/// The area's history in this round, newest first.
pub(super) fn history_ui(ui: &mut Ui, open: &Open<'_>, page: &PageState<'_>) {
    let at = page.at;
    let entries: Vec<&Entry> = open
        .ws
        .history()
        .filtered(
            Some(at.round.as_str()),
            Some(at.ministry.as_str()),
            Some(at.area.as_str()),
        )
        .collect();
    let t = lang::texts(ui.ctx());
    egui::CollapsingHeader::new(t.with("record-history", &[("n", entries.len().into())]))
        .id_salt(("history", at.area.as_str()))
        .show(ui, |ui| {
            if entries.is_empty() {
                ui.label(t.get("record-no-history"));
            }
            for e in entries.iter().rev().take(50) {
                entry_ui(ui, e, false);
            }
            if entries.len() > 50 {
                let older = [("n", (entries.len() - 50).into())];
                ui.label(t.with("record-history-older", &older));
            }
        });
}

/// One entry: `29 Nov 10:42 answer 2 → 3 · Rahima (undo)`. Texts show what they
/// became; the whole before and after are on hover. `one_line` keeps a table row to
/// one line.
pub(crate) fn entry_ui(ui: &mut Ui, e: &Entry, one_line: bool) {
    let p = theme::current(ui.ctx());
    let time = e
        .time
        .to_zoned(jiff::tz::TimeZone::system())
        .strftime("%d %b %H:%M")
        .to_string();
    let max = if one_line { 40 } else { 60 };
    let short = |s: &str| -> String {
        let s = if s.is_empty() { "—" } else { s };
        let mut out: String = s.chars().take(max).collect();
        if s.chars().count() > max {
            out.push('…');
        }
        out
    };
    let t = lang::texts(ui.ctx());
    let step = match e.step {
        Step::Edit => String::new(),
        Step::Undo => format!(" {}", t.get("record-step-undo")),
        Step::Redo => format!(" {}", t.get("record-step-redo")),
    };
    let long = e.before.chars().count() > 12 || e.after.chars().count() > 12;
    let change = if long {
        t.with("record-now", &[("value", short(&e.after).into())])
    } else {
        format!("{} → {}", short(&e.before), short(&e.after))
    };
    let row = |ui: &mut Ui| {
        ui.label(RichText::new(time).color(p.muted).monospace());
        ui.label(RichText::new(&e.what).strong());
        let before = t.with("record-before", &[("value", e.before.as_str().into())]);
        let after = t.with("record-after", &[("value", e.after.as_str().into())]);
        ui.label(change)
            .on_hover_text(format!("{before}\n\n{after}"));
        ui.label(RichText::new(format!("· {}{step}", short(&e.by))).color(p.muted))
            .on_hover_text(&e.by);
    };
    if one_line {
        ui.horizontal(row);
    } else {
        ui.horizontal_wrapped(row);
    }
}
