//! File › Merge workspace…: another laptop's file merged into the open one. Fields only
//! the other file changed come over; the conflicts are listed side by side (the value,
//! who changed it and when, on each side) and the facilitator picks a side for each, or
//! for all; vote counts may be added. Look-alike ministries can be matched here. The
//! merge is one undoable edit; nothing changes until "Merge" is pressed.

use std::collections::BTreeMap;
use std::path::PathBuf;

use egui::{RichText, Ui};

use super::command::Command;
use super::lang::{self, Texts};
use super::theme;
use crate::model::Workspace;
use crate::model::merge::{Choice, Conflict, Plan, plan};

/// A merge waiting for the facilitator's choices.
pub struct MergeView {
    pub path: PathBuf,
    other: Workspace,
    /// The other file's ministry codes matched to this file's.
    matches: BTreeMap<String, String>,
    pub plan: Plan,
    pub choices: Vec<Option<Choice>>,
}

impl MergeView {
    /// Work out the merge of `other` (read from `path`) into `ws`.
    pub fn new(ws: &Workspace, other: Workspace, path: PathBuf) -> Result<Self, String> {
        let plan = plan(ws, &other, &BTreeMap::new()).map_err(|e| e.to_string())?;
        let choices = vec![None; plan.conflicts.len()];
        Ok(Self {
            path,
            other,
            matches: BTreeMap::new(),
            plan,
            choices,
        })
    }

    /// Each conflict's choice (A where none was made: only asked once all are made).
    pub fn choice(&self, c: &Conflict) -> Choice {
        self.plan
            .conflicts
            .iter()
            .position(|x| x == c)
            .and_then(|i| self.choices.get(i).cloned().flatten())
            .unwrap_or(Choice::A)
    }

    fn rematch(&mut self, ws: &Workspace) -> Result<(), String> {
        self.plan = plan(ws, &self.other, &self.matches).map_err(|e| e.to_string())?;
        self.choices = vec![None; self.plan.conflicts.len()];
        Ok(())
    }

    fn name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The merge window. `Command::FinishMerge(true)` merges, `false` cancels.
    pub fn window_ui(&mut self, ctx: &egui::Context, ws: &Workspace, cmds: &mut Vec<Command>) {
        let t = lang::texts(ctx);
        let title = t.with("merge-title", &[("file", self.name().into())]);
        egui::Window::new(title)
            .collapsible(false)
            .default_width(760.0)
            .max_height(ctx.content_rect().height() - 80.0)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                let args = [
                    ("taken", self.plan.fields_taken.into()),
                    ("n", self.plan.conflicts.len().into()),
                ];
                ui.label(t.with("merge-summary", &args));
                self.lookalikes_ui(ui, ws, &t);
                if !self.plan.notes.is_empty() {
                    ui.collapsing(t.get("merge-notes"), |ui| {
                        for n in &self.plan.notes {
                            ui.label(RichText::new(n).small());
                        }
                    });
                }
                if !self.plan.conflicts.is_empty() {
                    ui.horizontal_wrapped(|ui| {
                        for (choice, id) in [
                            (Choice::A, "merge-all-here"),
                            (Choice::B, "merge-all-there"),
                        ] {
                            if ui.button(t.get(id)).clicked() {
                                self.choices.fill(Some(choice.clone()));
                            }
                        }
                    });
                    let room = (ctx.content_rect().height() - 320.0).max(160.0);
                    egui::ScrollArea::vertical()
                        .id_salt("merge-conflicts")
                        .max_height(room)
                        .show(ui, |ui| self.conflicts_ui(ui, ws, &t));
                }
                ui.separator();
                let open = self.choices.iter().filter(|c| c.is_none()).count();
                ui.horizontal(|ui| {
                    let go = ui
                        .add_enabled(
                            open == 0,
                            egui::Button::new(RichText::new(t.get("merge-go")).strong()),
                        )
                        .on_disabled_hover_text(t.with("merge-go-needs", &[("n", open.into())]));
                    if go.clicked() {
                        cmds.push(Command::FinishMerge(true));
                    }
                    if ui.button(t.get("merge-cancel")).clicked() {
                        cmds.push(Command::FinishMerge(false));
                    }
                });
            });
    }

    /// Ministries that may be the same, each with a "same ministry" box.
    fn lookalikes_ui(&mut self, ui: &mut Ui, ws: &Workspace, t: &Texts) {
        let mut changed = false;
        let listed: Vec<_> = self
            .plan
            .lookalikes
            .iter()
            .map(|l| (l.b.to_string(), l.a.to_string(), l.why))
            .chain(self.matches.iter().map(|(b, a)| (b.clone(), a.clone(), "")))
            .collect();
        for (b, a, why) in listed {
            let mut same = self.matches.get(&b) == Some(&a);
            let args = [
                ("there", b.as_str().into()),
                ("here", a.as_str().into()),
                ("why", why.into()),
            ];
            if ui
                .checkbox(&mut same, t.with("merge-lookalike", &args))
                .changed()
            {
                if same {
                    self.matches.insert(b, a);
                } else {
                    self.matches.remove(&b);
                }
                changed = true;
            }
        }
        if changed && let Err(e) = self.rematch(ws) {
            ui.label(RichText::new(e).color(theme::current(ui.ctx()).error));
        }
    }

    /// The conflicts as a table: where, then this file's value and the other file's
    /// side by side, each a radio button (and "add both" for vote counts).
    fn conflicts_ui(&mut self, ui: &mut Ui, ws: &Workspace, t: &Texts) {
        egui::Grid::new("merge-grid")
            .striped(true)
            .num_columns(3)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                ui.label("");
                ui.label(RichText::new(t.get("merge-here")).strong().size(18.0));
                ui.label(RichText::new(t.get("merge-there")).strong().size(18.0));
                ui.end_row();
                for i in 0..self.plan.conflicts.len() {
                    self.conflict_row_ui(ui, ws, t, i);
                    ui.end_row();
                }
            });
    }

    fn conflict_row_ui(&mut self, ui: &mut Ui, ws: &Workspace, t: &Texts, i: usize) {
        let c = &self.plan.conflicts[i];
        let area = ws
            .instrument_for(c.at.round.as_str())
            .map(|inst| inst.localized(t.code()))
            .and_then(|inst| {
                let k = inst.area_index(c.at.area.as_str())?;
                Some(format!("{}. {}", k + 1, inst.areas()[k].label()))
            })
            .unwrap_or_else(|| c.at.area.to_string());
        let field = t.with("merge-field", &[("field", c.field.key().into())]);
        let place = format!("{} · {}\n{area}\n{field}", c.at.ministry, c.at.round);
        ui.vertical(|ui| {
            ui.set_width(190.0);
            ui.add(egui::Label::new(RichText::new(place).strong()).wrap());
        });
        let side = |value: &str, by: &str, time: Option<jiff::Timestamp>| {
            let when = time.map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string());
            let value = if value.is_empty() { "–" } else { value };
            if by.is_empty() && when.is_none() {
                return t.number(value);
            }
            let args = [
                ("value", value.into()),
                ("by", by.into()),
                ("time", when.unwrap_or_default().into()),
            ];
            let id = if by.is_empty() {
                "merge-side-time"
            } else {
                "merge-side"
            };
            t.number(&t.with(id, &args))
        };
        let (a, b) = (side(&c.a, &c.a_by, c.a_time), side(&c.b, &c.b_by, c.b_time));
        let (votes, text, start) = (c.field.is_votes(), c.field.is_text(), c.a.clone());
        let choice = &mut self.choices[i];
        ui.vertical(|ui| {
            ui.set_width(240.0);
            ui.radio_value(choice, Some(Choice::A), a);
        });
        ui.vertical(|ui| {
            ui.set_width(240.0);
            ui.radio_value(choice, Some(Choice::B), b);
            if votes {
                ui.radio_value(choice, Some(Choice::Both), t.get("merge-both"));
            }
            if text {
                write_anew_ui(ui, choice, start, t);
            }
        });
    }
}

/// A text field's third way: write it anew, starting from this file's words.
fn write_anew_ui(ui: &mut Ui, choice: &mut Option<Choice>, start: String, t: &Texts) {
    let mut on = matches!(choice, Some(Choice::Text(_)));
    if ui.radio(on, t.get("merge-write")).clicked() && !on {
        *choice = Some(Choice::Text(start));
        on = true;
    }
    if let (true, Some(Choice::Text(words))) = (on, choice.as_mut()) {
        let label = ui.label(RichText::new(t.get("merge-write-box")).small());
        ui.add(
            egui::TextEdit::multiline(words)
                .desired_rows(2)
                .desired_width(230.0),
        )
        .labelled_by(label.id);
    }
}

impl super::app::App {
    /// File › Merge workspace…: read the file and work out the merge; ask about the
    /// conflicts, or merge at once when there are none.
    pub(super) fn merge_workspace(&mut self, path: Option<PathBuf>) {
        // One merge at a time: files dropped together wait their turn.
        if let (Some(p), true) = (&path, self.merging.is_some()) {
            self.merge_queue.push_back(p.clone());
            return;
        }
        let (kind, title) = (
            self.tw("dialog-workspace-kind", &[]),
            self.tw("dialog-merge-workspace", &[]),
        );
        let filter = (kind.as_str(), &["json"][..]);
        let Some(path) = self.given_or_open(path, &title, filter, |p| Command::Merge(Some(p)))
        else {
            return;
        };
        let shown = path.display().to_string();
        let other = match crate::storage::load(&path) {
            Ok(ws) => ws,
            Err(e) => {
                // The files after it wait for the facilitator to read why.
                self.merge_queue.clear();
                let args = [("path", shown.into()), ("error", e.to_string().into())];
                return self.error(self.tw("msg-merge-unreadable", &args));
            }
        };
        match MergeView::new(&self.workspace(), other, path) {
            Err(e) => {
                self.merge_queue.clear();
                let args = [("path", shown.into()), ("error", e.into())];
                self.error(self.tw("msg-merge-refused", &args));
            }
            Ok(view) if view.plan.is_noop() => {
                self.info(self.tw("msg-merge-nothing", &[("path", shown.into())]));
                if let Some(next) = self.merge_queue.pop_front() {
                    self.merge_workspace(Some(next));
                }
            }
            Ok(view) => {
                self.merging = Some(view);
                if self
                    .merging
                    .as_ref()
                    .is_some_and(|m| m.plan.conflicts.is_empty())
                {
                    self.finish_merge(true);
                }
            }
        }
    }

    /// Merge with the choices made, or drop the merge; then the next file waiting.
    pub(super) fn finish_merge(&mut self, yes: bool) {
        self.finish_one_merge(yes);
        if self.merging.is_none()
            && let Some(next) = self.merge_queue.pop_front()
        {
            self.merge_workspace(Some(next));
        }
    }

    fn finish_one_merge(&mut self, yes: bool) {
        let Some(view) = self.merging.take() else {
            return;
        };
        if !yes {
            self.merge_queue.clear();
            return self.info(self.tw("msg-merge-cancelled", &[]));
        }
        let result = self.session.lock().merge(&view.plan, &|c| view.choice(c));
        match result {
            Ok(o) => {
                let args = [
                    ("path", view.path.display().to_string().into()),
                    ("taken", o.fields_taken.into()),
                    ("n", o.conflicts.into()),
                ];
                self.info(self.tw("msg-merged", &args));
            }
            Err(e) => self.error(self.tw("msg-not-changed", &[("error", e.to_string().into())])),
        }
    }
}
