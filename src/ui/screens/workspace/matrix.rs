//! The completion matrix: ministries x rounds, how many areas each assessment has
//! answered (click a cell to score it), with each row's edit, remove and reorder
//! buttons. Only visible rows are laid out; the counts are computed once per document
//! revision.

use egui::{RichText, Ui};

use super::WorkspaceView;
use super::dialogs::Dialog;
use crate::model::{Edit, Ministry, Round, Workspace};
use crate::session::{Focus, Page};
use crate::ui::command::Command;
use crate::ui::theme;

/// Answered areas per (ministry, round), in list and date order.
pub(super) fn completion(ws: &Workspace) -> Vec<Vec<usize>> {
    ws.ministries()
        .iter()
        .map(|m| {
            ws.rounds()
                .iter()
                .map(|r| {
                    ws.assessment(r.id.as_str(), m.id.as_str())
                        .map_or(0, |a| a.answered())
                })
                .collect()
        })
        .collect()
}

/// Sizes of the matrix for the width available.
struct Layout {
    code_w: f32,
    name_w: f32,
    cell_w: f32,
    row_h: f32,
    first: usize,
    shown: usize,
    latest_first: usize,
}

impl WorkspaceView {
    fn layout(&self, ui: &Ui, ws: &Workspace) -> Layout {
        // Fixed columns first; as many round columns as fit (newest first, page back
        // with the arrows), so nothing scrolls sideways; the name takes what is left.
        let code_w = 90.0;
        let actions_w = 250.0;
        let gap = ui.spacing().item_spacing.x;
        let min_cell = 100.0;
        let room = ui.available_width() - code_w - actions_w - 4.0 * gap - 60.0;
        let total = ws.rounds().len();
        let fit = (((room - 140.0) / (min_cell + gap)).floor() as usize).clamp(1, total.max(1));
        let latest_first = total.saturating_sub(fit);
        let first = self.round_offset.unwrap_or(latest_first).min(latest_first);
        let shown = fit.min(total - first);
        let cols = shown.max(1) as f32;
        let name_w = (room - cols * (min_cell + gap)).clamp(110.0, 360.0);
        let cell_w = ((room - name_w) / cols - gap).clamp(min_cell, 180.0);
        let row_h = ui.text_style_height(&egui::TextStyle::Body) + 14.0;
        Layout {
            code_w,
            name_w,
            cell_w,
            row_h,
            first,
            shown,
            latest_first,
        }
    }

    pub(super) fn matrix_ui(
        &mut self,
        ui: &mut Ui,
        ws: &Workspace,
        revision: u64,
        cmds: &mut Vec<Command>,
    ) {
        let p = theme::current(ui.ctx());
        let n = ws.ministries().len();
        ui.label(
            RichText::new(format!(
                "Ministries and divisions ({n}): areas answered per round"
            ))
            .heading(),
        );
        if n == 0 {
            ui.label(RichText::new("No ministries yet: add one on the left.").color(p.muted));
            return;
        }
        let hint = if ws.rounds().is_empty() {
            "Add a round on the left to start scoring."
        } else {
            "Click a cell to score that ministry in that round."
        };
        ui.label(RichText::new(hint).color(p.muted));
        let l = self.layout(ui, ws);
        self.header_ui(ui, ws, &l);
        // Taken out for the frame so rows can borrow `self` too; put back below.
        let mut memo = std::mem::take(&mut self.completion);
        let counts = memo.get(revision, (), |_| completion(ws));
        egui::ScrollArea::vertical()
            .id_salt("matrix-v")
            .auto_shrink(false)
            .show_rows(ui, l.row_h, n, |ui, range| {
                for i in range {
                    let m = &ws.ministries()[i];
                    ui.horizontal(|ui| {
                        ui.add_sized(
                            [l.code_w, l.row_h],
                            egui::Label::new(RichText::new(m.id.as_str()).strong()),
                        );
                        let hover = m
                            .cluster
                            .as_deref()
                            .map_or_else(|| m.name.clone(), |c| format!("{} · {c}", m.name));
                        ui.add_sized([l.name_w, l.row_h], egui::Label::new(&m.name).truncate())
                            .on_hover_text(hover);
                        for (k, r) in ws.rounds()[l.first..l.first + l.shown].iter().enumerate() {
                            let answered = counts[i][l.first + k];
                            cell_ui(ui, ws, r, m, answered, [l.cell_w, l.row_h - 4.0], cmds);
                        }
                        self.row_actions_ui(ui, ws, i, cmds);
                    });
                }
            });
        self.completion = memo;
    }

    fn header_ui(&mut self, ui: &mut Ui, ws: &Workspace, l: &Layout) {
        let total = ws.rounds().len();
        ui.horizontal(|ui| {
            ui.add_sized(
                [l.code_w, l.row_h],
                egui::Label::new(RichText::new("Code").strong()),
            );
            ui.add_sized(
                [l.name_w, l.row_h],
                egui::Label::new(RichText::new("Name").strong()),
            );
            for r in &ws.rounds()[l.first..l.first + l.shown] {
                ui.allocate_ui_with_layout(
                    egui::vec2(l.cell_w, l.row_h * 1.6),
                    egui::Layout::top_down(egui::Align::Center),
                    |ui| {
                        ui.set_width(l.cell_w);
                        ui.add(
                            egui::Label::new(RichText::new(&r.title).strong().small()).truncate(),
                        )
                        .on_hover_text(r.display());
                        ui.label(RichText::new(r.date.to_string()).small());
                    },
                );
            }
            if total > l.shown {
                let earlier = ui.add_enabled(l.first > 0, egui::Button::new("◀").small());
                if earlier.accessible_name("Show earlier rounds").clicked() {
                    self.round_offset = Some(l.first.saturating_sub(l.shown));
                }
                let later =
                    ui.add_enabled(l.first < l.latest_first, egui::Button::new("▶").small());
                if later.accessible_name("Show later rounds").clicked() {
                    self.round_offset = Some((l.first + l.shown).min(l.latest_first));
                }
                ui.label(
                    RichText::new(format!(
                        "rounds {}-{} of {total}",
                        l.first + 1,
                        l.first + l.shown
                    ))
                    .small(),
                );
            }
        });
    }

    fn row_actions_ui(&mut self, ui: &mut Ui, ws: &Workspace, i: usize, cmds: &mut Vec<Command>) {
        let n = ws.ministries().len();
        let m = &ws.ministries()[i];
        let id = &m.id;
        let up = ui.add_enabled(i > 0, egui::Button::new("↑").small());
        if up.accessible_name(format!("Move {id} up")).clicked() {
            cmds.push(Command::Edit(Edit::MoveMinistry {
                id: id.clone(),
                to: i.saturating_sub(1),
            }));
        }
        let down = ui.add_enabled(i + 1 < n, egui::Button::new("↓").small());
        if down.accessible_name(format!("Move {id} down")).clicked() {
            cmds.push(Command::Edit(Edit::MoveMinistry {
                id: id.clone(),
                to: i + 1,
            }));
        }
        if ui
            .small_button("Edit")
            .accessible_name(format!("Edit ministry {id}"))
            .clicked()
        {
            self.dialog = Some(Dialog::EditMinistry {
                id: id.clone(),
                code: id.to_string(),
                name: m.name.clone(),
                cluster: m.cluster.clone().unwrap_or_default(),
                error: None,
            });
        }
        if ui
            .small_button("Remove")
            .accessible_name(format!("Remove ministry {id}"))
            .clicked()
        {
            if ws.has_data_for_ministry(id.as_str()) {
                self.dialog = Some(Dialog::ConfirmRemoveMinistry(id.clone()));
            } else {
                cmds.push(Command::Edit(Edit::RemoveMinistry(id.clone())));
            }
        }
    }
}

/// One completion cell: `7/10`, a tick when complete; click to score.
fn cell_ui(
    ui: &mut Ui,
    ws: &Workspace,
    r: &Round,
    m: &Ministry,
    answered: usize,
    size: [f32; 2],
    cmds: &mut Vec<Command>,
) {
    let p = theme::current(ui.ctx());
    let Some(inst) = ws.instrument_for(r.id.as_str()) else {
        return;
    };
    let areas = inst.areas().len();
    let done = answered == areas;
    let text = format!("{answered}/{areas}{}", if done { " ✔" } else { "" });
    let fill = if done { p.panel } else { p.card };
    let stroke = if answered > 0 && !done {
        egui::Stroke::new(2.0, p.accent)
    } else {
        egui::Stroke::new(1.0, p.muted)
    };
    let button = egui::Button::new(RichText::new(text).strong())
        .fill(fill)
        .stroke(stroke);
    let label = format!("Score {} in {}", m.id, r.title);
    if ui.add_sized(size, button).accessible_name(label).clicked() {
        let page = inst
            .areas()
            .first()
            .map_or(Page::Summary, |a| Page::Area(a.id.clone()));
        cmds.push(Command::Score(Focus {
            round: r.id.clone(),
            ministry: m.id.clone(),
            page,
        }));
    }
}
