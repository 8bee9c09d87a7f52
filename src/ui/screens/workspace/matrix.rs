//! The completion matrix: ministries x rounds, how many areas each assessment has
//! answered (click a cell to score it), with each row's menu (edit, move, remove).
//! Names wrap, so rows differ in height: their tops are computed once per document
//! revision and width, and only the visible rows are laid out.

use egui::{RichText, Ui, UiBuilder};

use super::WorkspaceView;
use super::dialogs::Dialog;
use super::forms::MinistryForm;
use crate::model::{Edit, Ministry, Round, Workspace};
use crate::session::{Focus, Page};
use crate::ui::command::Command;
use crate::ui::{theme, widgets};

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
    /// Height of a one-line row.
    row_h: f32,
    first: usize,
    shown: usize,
    latest_first: usize,
}

/// Width of a row's menu button and the gaps around it.
const MENU_W: f32 = 48.0;

impl WorkspaceView {
    fn layout(&self, ui: &Ui, ws: &Workspace) -> Layout {
        // Fixed columns first; as many round columns as fit (newest first, page back
        // with the arrows), so nothing scrolls sideways; the name takes what is left.
        let code_w = 90.0;
        let gap = ui.spacing().item_spacing.x;
        let min_cell = 96.0;
        let room = ui.available_width() - code_w - MENU_W - 4.0 * gap - 20.0;
        let total = ws.rounds().len();
        let fit = (((room - 180.0) / (min_cell + gap)).floor() as usize).clamp(1, total.max(1));
        let latest_first = total.saturating_sub(fit);
        let first = self.round_offset.unwrap_or(latest_first).min(latest_first);
        let shown = fit.min(total - first);
        let cols = shown.max(1) as f32;
        let name_w = (room - cols * (min_cell + gap)).clamp(180.0, 420.0);
        let cell_w = ((room - name_w) / cols - gap).clamp(min_cell, 170.0);
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
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("Ministries and divisions ({n})")).heading());
            if ui.button("Add ministry...").clicked() {
                self.dialog = Some(Dialog::new_ministry());
            }
        });
        if n == 0 {
            ui.label(RichText::new("No ministries yet: add the first one.").color(p.muted));
            return;
        }
        let hint = if ws.rounds().is_empty() {
            "Add a round on the left to start scoring."
        } else {
            "Areas answered per round. Click a cell to score that ministry in that round."
        };
        ui.label(RichText::new(hint).color(p.muted));
        let l = self.layout(ui, ws);
        self.header_ui(ui, ws, &l);
        // Taken out for the frame so rows can borrow `self` too; put back below.
        let mut counts_memo = std::mem::take(&mut self.completion);
        let counts = counts_memo.get(revision, (), |_| completion(ws));
        let mut rows_memo = std::mem::take(&mut self.rows);
        let tops = rows_memo.get(revision, l.name_w.round() as u32, |_| row_tops(ui, ws, &l));
        egui::ScrollArea::vertical()
            .id_salt("matrix-v")
            .auto_shrink(false)
            .show_viewport(ui, |ui, viewport| {
                let total = tops.last().copied().unwrap_or(0.0);
                ui.set_height(total);
                let first = tops
                    .partition_point(|&t| t <= viewport.min.y)
                    .saturating_sub(1);
                let origin = ui.max_rect().min;
                for i in first..n {
                    let (top, bottom) = (tops[i], tops[i + 1]);
                    if top > viewport.max.y {
                        break;
                    }
                    let rect = egui::Rect::from_min_max(
                        origin + egui::vec2(0.0, top),
                        egui::pos2(ui.max_rect().right(), origin.y + bottom),
                    );
                    let row = UiBuilder::new()
                        .max_rect(rect)
                        .layout(egui::Layout::left_to_right(egui::Align::Center))
                        .id_salt(("matrix-row", i));
                    ui.scope_builder(row, |ui| {
                        self.row_ui(ui, ws, i, &counts[i], &l, bottom - top, cmds);
                    });
                }
            });
        self.completion = counts_memo;
        self.rows = rows_memo;
    }

    #[allow(clippy::too_many_arguments)]
    fn row_ui(
        &mut self,
        ui: &mut Ui,
        ws: &Workspace,
        i: usize,
        counts: &[usize],
        l: &Layout,
        height: f32,
        cmds: &mut Vec<Command>,
    ) {
        let m = &ws.ministries()[i];
        let h = height - ui.spacing().item_spacing.y;
        let code = ui
            .allocate_exact_size(egui::vec2(l.code_w, h), egui::Sense::hover())
            .0;
        let strong = ui.visuals().strong_text_color();
        let font = egui::TextStyle::Body.resolve(ui.style());
        let at = code.center();
        ui.painter()
            .text(at, egui::Align2::CENTER_CENTER, m.id.as_str(), font, strong);
        let hover = m
            .cluster
            .as_deref()
            .map_or_else(|| m.name.clone(), |c| format!("{} · {c}", m.name));
        name_ui(ui, &m.name, [l.name_w, h]).on_hover_text(hover);
        for (k, r) in ws.rounds()[l.first..l.first + l.shown].iter().enumerate() {
            let answered = counts[l.first + k];
            cell_ui(ui, ws, r, m, answered, [l.cell_w, l.row_h - 4.0], cmds);
        }
        self.row_menu_ui(ui, ws, i, cmds);
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
                // Dates on one line at the bottom; titles wrap above them.
                ui.allocate_ui_with_layout(
                    egui::vec2(l.cell_w, l.row_h * 1.9),
                    egui::Layout::bottom_up(egui::Align::Center),
                    |ui| {
                        ui.set_width(l.cell_w);
                        ui.label(RichText::new(r.date.to_string()).small());
                        ui.add(egui::Label::new(RichText::new(&r.title).strong().small()).wrap())
                            .on_hover_text(r.display());
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
                let shown = format!("rounds {}-{} of {total}", l.first + 1, l.first + l.shown);
                ui.label(RichText::new(shown).small());
            }
        });
    }

    /// The "⋯" menu of a ministry row: edit, move up or down, remove.
    fn row_menu_ui(&mut self, ui: &mut Ui, ws: &Workspace, i: usize, cmds: &mut Vec<Command>) {
        let n = ws.ministries().len();
        let m = &ws.ministries()[i];
        let id = &m.id;
        let label = format!("Actions for {id}");
        let r = widgets::row_menu_ui(ui, &label, |ui| {
            if ui.button(format!("Edit ministry {id}...")).clicked() {
                self.dialog = Some(Dialog::EditMinistry {
                    id: id.clone(),
                    form: MinistryForm::of(m),
                });
            }
            if ui
                .add_enabled(i > 0, egui::Button::new("Move up"))
                .clicked()
            {
                let to = i.saturating_sub(1);
                cmds.push(Command::Edit(Edit::MoveMinistry { id: id.clone(), to }));
            }
            if ui
                .add_enabled(i + 1 < n, egui::Button::new("Move down"))
                .clicked()
            {
                let to = i + 1;
                cmds.push(Command::Edit(Edit::MoveMinistry { id: id.clone(), to }));
            }
            // With scores it asks first; without, it goes at once (Ctrl+Z undoes).
            if ui.button(format!("Remove ministry {id}...")).clicked() {
                if ws.has_data_for_ministry(id.as_str()) {
                    self.dialog = Some(Dialog::ConfirmRemoveMinistry(id.clone()));
                } else {
                    cmds.push(Command::Edit(Edit::RemoveMinistry(id.clone())));
                }
            }
        });
        r.on_hover_text("Edit, move or remove");
    }
}

/// The top of every row and the bottom of the last: each row is as tall as its wrapped
/// name needs, at least one line.
fn row_tops(ui: &Ui, ws: &Workspace, l: &Layout) -> Vec<f32> {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let gap = ui.spacing().item_spacing.y;
    let mut tops = Vec::with_capacity(ws.ministries().len() + 1);
    let mut y = 0.0;
    ui.fonts_mut(|f| {
        for m in ws.ministries() {
            tops.push(y);
            let galley = f.layout(m.name.clone(), font.clone(), egui::Color32::WHITE, l.name_w);
            let h = (galley.size().y - line).max(0.0) + l.row_h;
            y += h + gap;
        }
    });
    tops.push(y);
    tops
}

/// A name wrapped to the column, centred vertically in the row, left-aligned.
fn name_ui(ui: &mut Ui, name: &str, size: [f32; 2]) -> egui::Response {
    let color = ui.visuals().text_color();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let galley = ui.painter().layout(name.to_owned(), font, color, size[0]);
    let (rect, resp) = ui.allocate_exact_size(egui::vec2(size[0], size[1]), egui::Sense::hover());
    let top = rect.center().y - galley.size().y / 2.0;
    ui.painter()
        .galley(egui::pos2(rect.left(), top), galley, color);
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, name));
    resp
}

/// One completion cell: `7/10`, a tick when complete; click (or Enter) to score. Painted
/// directly rather than as a button: a large workspace shows hundreds of them.
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
    let (rect, resp) = ui.allocate_exact_size(egui::vec2(size[0], size[1]), egui::Sense::click());
    resp.widget_info(|| {
        let label = format!("Score {} in {}", m.id, r.title);
        egui::WidgetInfo::labeled(egui::Role::Button, true, label)
    });
    if ui.is_rect_visible(rect) {
        let text = format!("{answered}/{areas}{}", if done { " ✔" } else { "" });
        let fill = if done { p.panel } else { p.card };
        let stroke = if resp.has_focus() {
            egui::Stroke::new(theme::FOCUS_RING, p.focus)
        } else if resp.hovered() || (answered > 0 && !done) {
            egui::Stroke::new(2.0, p.accent)
        } else {
            egui::Stroke::new(1.0, p.muted)
        };
        let painter = ui.painter();
        painter.rect(rect, 4, fill, stroke, egui::StrokeKind::Inside);
        let font = egui::TextStyle::Button.resolve(ui.style());
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            text,
            font,
            p.text,
        );
    }
    if resp.clicked() {
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
