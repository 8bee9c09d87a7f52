//! The plenary review of table scoring: the table's own proposal for the open area (its
//! answer, rationale and evidence) in the facilitator's panel, accepted with one key
//! (A) or sent back to the table with a note. Agreeing stays a separate act: accepting
//! sets the agreed answer, and copies the table's texts only where the room has none.

use egui::{RichText, Ui};

use super::{Open, PageState, ScoringView};
use crate::model::{Edit, Proposal, ScoreRef, Table, TextField};
use crate::ui::bangla::BanglaBuffer;
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::widgets::describe_in;

/// The table's proposal for `at`, if it made one.
pub(super) fn proposal_at<'a>(open: &'a Open<'_>, at: &ScoreRef) -> Option<&'a Proposal> {
    open.ws.score_at(at)?.proposal.as_ref()
}

/// The edit that takes the table's proposal as the agreed answer.
pub(super) fn accept(open: &Open<'_>, at: &ScoreRef) -> Option<Command> {
    let p = proposal_at(open, at)?;
    p.answer?;
    let score = open.ws.score_at(at);
    let mut edits = vec![Edit::SetAnswer {
        at: at.clone(),
        answer: p.answer,
    }];
    for (field, text) in [
        (TextField::Rationale, &p.rationale),
        (TextField::Evidence, &p.evidence),
    ] {
        let room_has = score.is_some_and(|s| !field.of(s).trim().is_empty());
        if !room_has && !text.trim().is_empty() {
            edits.push(Edit::SetText {
                at: at.clone(),
                field,
                text: text.clone(),
            });
        }
    }
    Some(Command::Edit(Edit::Batch(edits)))
}

/// The room agreed otherwise than the table proposed: ask why, and keep the answer
/// with the record (it is printed beside the proposal).
fn differs_ui(ui: &mut Ui, open: &Open<'_>, page: &PageState<'_>, cmds: &mut Vec<Command>) {
    let c = theme::current(ui.ctx());
    let field = TextField::DiffersFromTable;
    let current = open
        .ws
        .score_at(page.at)
        .map_or("", |s| field.of(s).as_str());
    let color = if current.trim().is_empty() {
        c.error
    } else {
        c.text
    };
    let t = crate::ui::lang::texts(ui.ctx());
    let l = ui.label(RichText::new(t.get("proposal-why-otherwise")).color(color));
    let mut text = current.to_owned();
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut BanglaBuffer::new(&mut text))
                .id_salt(("differs", page.at.area.as_str()))
                .hint_text(t.get("proposal-why-hint"))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    if r.changed() && text != current {
        cmds.push(Command::Edit(Edit::SetText {
            at: page.at.clone(),
            field,
            text,
        }));
    }
}

impl ScoringView {
    /// The proposal block of the panel; nothing when the table proposed nothing here.
    pub(super) fn proposal_ui(
        &mut self,
        ui: &mut Ui,
        open: &Open<'_>,
        page: &PageState<'_>,
        cmds: &mut Vec<Command>,
    ) {
        let Some(p) = proposal_at(open, page.at) else {
            return;
        };
        let c = theme::current(ui.ctx());
        ui.separator();
        let t = crate::ui::lang::texts(ui.ctx());
        let what = describe_in(p.answer, open.inst.scale(), &t);
        let heading = t.with("proposal-heading", &[("answer", what.into())]);
        ui.label(RichText::new(heading).strong());
        for (id, text) in [
            ("proposal-rationale", &p.rationale),
            ("proposal-evidence", &p.evidence),
        ] {
            if !text.trim().is_empty() {
                let line = t.with(id, &[("text", text.as_str().into())]);
                ui.add(egui::Label::new(RichText::new(line).color(c.muted)).wrap());
            }
        }
        let agreed = open.ws.score_at(page.at).and_then(|s| s.answer);
        let same = agreed.is_some() && agreed == p.answer;
        let button = egui::Button::new(t.get(if same {
            "proposal-accepted"
        } else {
            "proposal-accept"
        }));
        if ui
            .add_enabled(p.answer.is_some() && !same, button)
            .on_hover_text(t.get("proposal-accept-tip"))
            .clicked()
            && let Some(cmd) = accept(open, page.at)
        {
            cmds.push(cmd);
        }
        if agreed.is_some() && !same {
            differs_ui(ui, open, page, cmds);
        }
        self.send_back_ui(ui, open, cmds);
    }

    /// A note to the table, shown on its devices; sending it reopens the table.
    fn send_back_ui(&mut self, ui: &mut Ui, open: &Open<'_>, cmds: &mut Vec<Command>) {
        let Some(table) = open
            .ws
            .round(open.round.id.as_str())
            .and_then(|r| r.tables.get(&open.ministry.id))
        else {
            return;
        };
        let tr = crate::ui::lang::texts(ui.ctx());
        ui.horizontal(|ui| {
            let l = ui.label(tr.get("proposal-note"));
            ui.add(
                egui::TextEdit::singleline(&mut BanglaBuffer::new(&mut self.table_note))
                    .hint_text(tr.get("proposal-note-hint"))
                    .desired_width(ui.available_width() - 70.0),
            )
            .labelled_by(l.id);
            let ready = !self.table_note.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(tr.get("proposal-send")))
                .clicked()
            {
                let t = Table {
                    note: std::mem::take(&mut self.table_note).trim().to_owned(),
                    submitted: None,
                    ..table.clone()
                };
                cmds.push(Command::Edit(Edit::SetTable {
                    round: open.round.id.clone(),
                    ministry: open.ministry.id.clone(),
                    table: Some(t),
                }));
            }
        });
        if !table.note.is_empty() {
            let c = theme::current(ui.ctx());
            let sent = tr.with("proposal-sent", &[("note", table.note.as_str().into())]);
            ui.label(RichText::new(sent).color(c.muted));
        }
    }
}
