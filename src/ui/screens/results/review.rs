//! The review view: where a round stands (draft, under review, validated) with its
//! signed steps, the buttons the rules allow (a reopening asks for a reason), and the
//! comments matrix: every reviewer's comment with its response and whether it is
//! resolved, answered here, and a form to add one. A validated round shows it all
//! read-only.

use egui::{RichText, Ui};

use super::{Choices, ResultsView, combo_ui, pick_round};
use crate::model::review::{Comment, Status, matrix};
use crate::model::{Edit, ScoreRef, Workspace};
use crate::session::Document;
use crate::ui::command::Command;
use crate::ui::lang::{self, Texts};
use crate::ui::theme;

/// What the review view's boxes hold between frames.
#[derive(Default)]
pub(super) struct ReviewForm {
    round: Option<String>,
    by: String,
    reason: String,
    ministry: Option<String>,
    area: Option<String>,
    comment: String,
    reviewer: String,
}

impl ResultsView {
    pub(super) fn review_ui(&mut self, ui: &mut Ui, doc: &Document, cmds: &mut Vec<Command>) {
        let ws = doc.workspace();
        let form = &mut self.review;
        form.round = pick_round(ws, &form.round, 0);
        combo_ui(ui, "results-round", &mut form.round, ws, Choices::Rounds);
        let Some(round) = form.round.as_deref().and_then(|r| ws.round(r)) else {
            return;
        };
        let round = round.clone();
        egui::ScrollArea::vertical()
            .id_salt("review-scroll")
            .auto_shrink(false)
            .show(ui, |ui| {
                status_ui(ui, &round);
                steps_form_ui(ui, form, &round, cmds);
                ui.separator();
                comments_ui(ui, ws, &round, cmds);
                ui.separator();
                if round.review.status() != Status::Validated {
                    add_comment_ui(ui, ws, form, &round, cmds);
                }
            });
    }
}

/// The status in words, with the last step, and the earlier steps below.
fn status_ui(ui: &mut Ui, round: &crate::model::Round) {
    let p = theme::current(ui.ctx());
    let t = lang::texts(ui.ctx());
    let status = round.review.status();
    let color = match status {
        Status::Draft => p.error,
        Status::UnderReview => p.text,
        Status::Validated => p.ok,
    };
    let heading = t.get(status_id(status));
    ui.label(RichText::new(heading).strong().size(22.0).color(color));
    ui.label(t.get(match status {
        Status::Validated => "review-validated-note",
        _ => "review-draft-note",
    }));
    for step in round.review.steps().iter().rev() {
        let when = t.number(&step.at.strftime("%Y-%m-%d %H:%M UTC").to_string());
        let args = [
            ("status", t.get(status_id(step.status)).into()),
            ("by", step.by.as_str().into()),
            ("time", when.into()),
            ("reason", step.reason.as_str().into()),
        ];
        let id = if step.reason.is_empty() {
            "review-step"
        } else {
            "review-step-reason"
        };
        ui.label(RichText::new(t.with(id, &args)).small().color(p.muted));
    }
}

/// The message naming a status.
pub(crate) fn status_id(status: Status) -> &'static str {
    match status {
        Status::Draft => "review-status-draft",
        Status::UnderReview => "review-status-under-review",
        Status::Validated => "review-status-validated",
    }
}

/// Who takes the step, why (for a reopening), and a button per step the rules allow.
fn steps_form_ui(
    ui: &mut Ui,
    form: &mut ReviewForm,
    round: &crate::model::Round,
    cmds: &mut Vec<Command>,
) {
    let t = lang::texts(ui.ctx());
    let status = round.review.status();
    ui.add_space(6.0);
    labelled_box_ui(ui, &t, "review-by", &mut form.by, 260.0);
    let reopening = status == Status::Validated;
    if reopening {
        labelled_box_ui(ui, &t, "review-reason", &mut form.reason, 520.0);
    }
    let steps: &[(Status, &str)] = match status {
        Status::Draft => &[(Status::UnderReview, "review-send")],
        Status::UnderReview => &[
            (Status::Validated, "review-validate"),
            (Status::Draft, "review-return"),
        ],
        Status::Validated => &[(Status::Draft, "review-reopen")],
    };
    let signed = !form.by.trim().is_empty();
    let reasoned = !reopening || !form.reason.trim().is_empty();
    ui.horizontal_wrapped(|ui| {
        for (to, id) in steps {
            let button = egui::Button::new(RichText::new(t.get(id)).strong());
            let r = ui
                .add_enabled(signed && reasoned, button)
                .on_disabled_hover_text(t.get(if signed {
                    "review-needs-reason"
                } else {
                    "review-needs-name"
                }));
            if r.clicked() {
                cmds.push(Command::Review {
                    round: round.id.clone(),
                    to: *to,
                    by: form.by.trim().to_owned(),
                    reason: form.reason.trim().to_owned(),
                });
                form.reason.clear();
            }
        }
    });
}

/// A text box with its label above it, the label naming it for screen readers.
fn labelled_box_ui(ui: &mut Ui, t: &Texts, id: &str, text: &mut String, width: f32) {
    ui.vertical(|ui| {
        let label = ui.label(RichText::new(t.get(id)).strong());
        ui.add(egui::TextEdit::singleline(text).desired_width(width))
            .labelled_by(label.id);
    });
}

/// The comments matrix: one row per comment; the response and "resolved" are edited
/// in place unless the round is validated.
fn comments_ui(ui: &mut Ui, ws: &Workspace, round: &crate::model::Round, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let t = lang::texts(ui.ctx());
    let rows: Vec<_> = matrix(ws, &round.id)
        .map(|(m, a, c)| (m.clone(), a.clone(), c.clone()))
        .collect();
    let open = rows.iter().filter(|(_, _, c)| !c.resolved).count();
    let args = [("n", rows.len().into()), ("open", open.into())];
    ui.label(
        RichText::new(t.with("review-comments", &args))
            .strong()
            .size(18.0),
    );
    if rows.is_empty() {
        ui.label(RichText::new(t.get("review-no-comments")).color(p.muted));
        return;
    }
    let editable = round.review.status() != Status::Validated;
    let inst = ws
        .instrument_for(round.id.as_str())
        .map(|i| i.localized(t.code()));
    let inst = inst.as_ref();
    let mut index_in_record = 0;
    let mut last: Option<(String, String)> = None;
    for (m, area, c) in rows {
        let key = (m.to_string(), area.to_string());
        index_in_record = if last.as_ref() == Some(&key) {
            index_in_record + 1
        } else {
            0
        };
        last = Some(key);
        let label = inst
            .and_then(|i| i.area_index(area.as_str()).map(|k| (k, i)))
            .map_or_else(
                || area.to_string(),
                |(k, i)| format!("{}. {}", k + 1, i.areas()[k].label()),
            );
        let at = ScoreRef::new(&round.id, &m, &area);
        ui.group(|ui| {
            ui.label(RichText::new(format!("{} · {label}", m.as_str())).strong());
            let mut said = c.comment.clone();
            if !c.by.is_empty() {
                said.push_str(&format!(" ({})", c.by));
            }
            ui.label(said);
            let mut changed = c.clone();
            ui.horizontal_wrapped(|ui| {
                let resp = ui.label(t.get("review-response"));
                ui.add_enabled(
                    editable,
                    egui::TextEdit::multiline(&mut changed.response)
                        .desired_rows(1)
                        .desired_width(520.0),
                )
                .labelled_by(resp.id);
                ui.add_enabled(
                    editable,
                    egui::Checkbox::new(&mut changed.resolved, t.get("review-resolved")),
                );
            });
            if changed != c {
                cmds.push(replace_comment(ws, &at, index_in_record, changed));
            }
        });
    }
}

/// The edit that puts `new` in place of comment `i` of the record at `at`.
fn replace_comment(ws: &Workspace, at: &ScoreRef, i: usize, new: Comment) -> Command {
    let mut comments = ws
        .score_at(at)
        .map(|s| s.comments.clone())
        .unwrap_or_default();
    if let Some(c) = comments.get_mut(i) {
        *c = new;
    }
    Command::Edit(Edit::SetComments {
        at: at.clone(),
        comments,
    })
}

/// A new comment: the ministry, the area, the text and the reviewer.
fn add_comment_ui(
    ui: &mut Ui,
    ws: &Workspace,
    form: &mut ReviewForm,
    round: &crate::model::Round,
    cmds: &mut Vec<Command>,
) {
    let t = lang::texts(ui.ctx());
    ui.label(RichText::new(t.get("review-add")).strong().size(18.0));
    let Some(inst) = ws.instrument_for(round.id.as_str()) else {
        return;
    };
    let inst = &inst.localized(t.code());
    ui.horizontal_wrapped(|ui| {
        combo_ui(
            ui,
            "review-ministry",
            &mut form.ministry,
            ws,
            Choices::Ministries,
        );
        let areas: Vec<(String, String)> = inst
            .areas()
            .iter()
            .enumerate()
            .map(|(k, a)| (a.id.to_string(), format!("{}. {}", k + 1, a.label())))
            .collect();
        let shown = form
            .area
            .as_ref()
            .and_then(|id| areas.iter().find(|(a, _)| a == id))
            .map_or("–".to_owned(), |(_, text)| text.clone());
        ui.vertical(|ui| {
            let l = ui.label(RichText::new(t.get("review-area")).strong());
            let r = egui::ComboBox::from_id_salt("review-area")
                .width(240.0)
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for (id, text) in &areas {
                        let on = form.area.as_deref() == Some(id.as_str());
                        if ui.selectable_label(on, text).clicked() {
                            form.area = Some(id.clone());
                        }
                    }
                });
            r.response.labelled_by(l.id);
        });
    });
    labelled_box_ui(ui, &t, "review-comment", &mut form.comment, 620.0);
    labelled_box_ui(ui, &t, "review-reviewer", &mut form.reviewer, 260.0);
    let at = match (&form.ministry, &form.area) {
        (Some(m), Some(a)) => ws
            .ministry(m)
            .zip(inst.area(a))
            .map(|(m, a)| ScoreRef::new(&round.id, &m.id, &a.id)),
        _ => None,
    };
    let ready = at.is_some() && !form.comment.trim().is_empty();
    let add = ui
        .add_enabled(
            ready,
            egui::Button::new(RichText::new(t.get("review-add-button")).strong()),
        )
        .on_disabled_hover_text(t.get("review-add-needs"));
    if let (true, Some(at)) = (add.clicked(), at) {
        let mut comments = ws
            .score_at(&at)
            .map(|s| s.comments.clone())
            .unwrap_or_default();
        comments.push(Comment {
            comment: form.comment.trim().to_owned(),
            by: form.reviewer.trim().to_owned(),
            response: String::new(),
            resolved: false,
        });
        cmds.push(Command::Edit(Edit::SetComments { at, comments }));
        form.comment.clear();
    }
}
