//! The completion matrix: ministries x rounds, how many areas each assessment has
//! answered (click a cell to score it), with each row's menu (edit, move, remove).
//! Names wrap, so rows differ in height: their tops are computed once per document
//! revision and width, and only the visible rows are painted (`grid` paints and runs
//! the cells; codes, names and column heads are galleys kept between frames).

use egui::{RichText, Ui};

use super::WorkspaceView;
use super::dialogs::Dialog;
use super::forms::MinistryForm;
use super::grid::{self, Grid};
use crate::model::{Edit, Workspace};
use crate::ui::command::Command;
use crate::ui::{painted, theme};

/// Answered areas per (ministry, round), in list and date order.
pub(super) fn completion(ws: &Workspace) -> Vec<Vec<usize>> {
    ws.ministries()
        .iter()
        .map(|m| {
            ws.rounds()
                .iter()
                .map(|r| ws.assessment(&r.id, &m.id).map_or(0, |a| a.answered()))
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
        let t = crate::ui::lang::texts(ui.ctx());
        let n = ws.ministries().len();
        ui.horizontal_wrapped(|ui| {
            let heading = t.with("workspace-ministries", &[("n", n.into())]);
            ui.label(RichText::new(heading).heading());
            if ui.button(t.get("workspace-add-ministry")).clicked() {
                self.dialog = Some(Dialog::new_ministry());
            }
        });
        if n == 0 {
            ui.label(RichText::new(t.get("workspace-no-ministries")).color(p.muted));
            return;
        }
        let hint = if ws.rounds().is_empty() {
            t.get("workspace-add-round-first")
        } else {
            t.get("workspace-matrix-hint")
        };
        let l = self.layout(ui, ws);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(hint).color(p.muted));
            self.paging_ui(ui, ws, &l);
        });
        self.columns_ui(ui, ws, &l, revision);
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
                let end = (first..n).find(|&i| tops[i] > viewport.max.y).unwrap_or(n);
                let gap = ui.spacing().item_spacing.x;
                let origin = ui.max_rect().min;
                let grid = Grid {
                    ws,
                    revision,
                    counts,
                    tops,
                    rows: first..end,
                    cols: l.first..l.first + l.shown,
                    origin,
                    left: origin.x + l.code_w + l.name_w + 2.0 * gap,
                    cell: egui::vec2(l.cell_w, l.row_h - 4.0),
                    step: l.cell_w + gap,
                    row_gap: ui.spacing().item_spacing.y,
                };
                let col = grid::cells_ui(ui, &grid, &mut self.cursor, &mut self.cell_galleys, cmds);
                if let Some(col) = col {
                    // Page the round columns just far enough to show the cursor's.
                    let offset = if col < l.first {
                        col
                    } else {
                        col + 1 - l.shown
                    };
                    self.round_offset = Some(offset);
                }
                self.rows_ui(ui, &grid, &l, cmds);
            });
        self.completion = counts_memo;
        self.rows = rows_memo;
    }

    /// Each visible row's code, name and menu, painted at its place; the full name
    /// (with the cluster) shows on hover.
    fn rows_ui(&mut self, ui: &mut Ui, g: &Grid<'_>, l: &Layout, cmds: &mut Vec<Command>) {
        let ws = g.ws;
        let strong = ui.visuals().strong_text_color();
        let color = ui.visuals().text_color();
        let font = egui::TextStyle::Body.resolve(ui.style());
        let menu = painted::RowMenu::new(ui);
        let name_x = g.origin.x + l.code_w + ui.spacing().item_spacing.x;
        let menu_x = g.left + l.shown as f32 * g.step;
        let key = (
            g.revision,
            l.name_w.to_bits(),
            font.size.to_bits(),
            strong,
            color,
        );
        self.row_galleys.begin(ui, painted::kept_key(key));
        for i in g.rows.clone() {
            let m = &ws.ministries()[i];
            let top = g.origin.y + g.tops[i];
            let mid = (top + g.origin.y + g.tops[i + 1] - g.row_gap) / 2.0;
            let painter = ui.painter();
            let code = self.row_galleys.get(2 * i as u64, || {
                painter.layout_no_wrap(m.id.to_string(), font.clone(), strong)
            });
            let code_at = egui::pos2(g.origin.x + l.code_w / 2.0, mid) - code.size() / 2.0;
            painter.galley(code_at, code, strong);
            let name = self.row_galleys.get(2 * i as u64 + 1, || {
                painter.layout(m.name.clone(), font.clone(), color, l.name_w)
            });
            let name_rect = egui::Rect::from_min_size(
                egui::pos2(name_x, mid - name.size().y / 2.0),
                name.size(),
            );
            painter.galley(name_rect.min, name, color);
            let at = egui::pos2(menu_x, mid - menu.size.y / 2.0);
            self.row_menu_ui(
                ui,
                &menu,
                egui::Rect::from_min_size(at, menu.size),
                ws,
                i,
                cmds,
            );
            if painted::accesskit_on(ui) {
                let id = egui::Id::unique(("matrix-name", m.id.as_str()));
                painted::label_node(ui, id, &m.name, name_rect);
            }
        }
        let top = g.origin.y + g.tops[g.rows.start];
        let bottom = g.origin.y + g.tops[g.rows.end];
        let column = egui::Rect::from_x_y_ranges(g.origin.x..=name_x + l.name_w, top..=bottom);
        let names = ui.interact(
            column,
            ui.scope_id().with("matrix-names"),
            egui::Sense::hover(),
        );
        let row = names.hover_pos().and_then(|p| g.row_at(p.y));
        if let Some(i) = row {
            let m = &ws.ministries()[i];
            let tip = m
                .cluster
                .as_deref()
                .map_or_else(|| m.name.clone(), |c| format!("{} · {c}", m.name));
            names.on_hover_text_at_pointer(tip);
        }
    }

    /// Which round columns are shown, with buttons to page back and forth, when they
    /// do not all fit.
    fn paging_ui(&mut self, ui: &mut Ui, ws: &Workspace, l: &Layout) {
        let total = ws.rounds().len();
        if total <= l.shown {
            return;
        }
        ui.add_space(12.0);
        let t = crate::ui::lang::texts(ui.ctx());
        let args = [
            ("first", (l.first + 1).into()),
            ("last", (l.first + l.shown).into()),
            ("total", total.into()),
        ];
        ui.label(RichText::new(t.with("workspace-rounds-shown", &args)).small());
        let earlier_tip = t.get("workspace-earlier-rounds");
        let earlier = painted::symbol_button_ui(ui, "◀", &earlier_tip, l.first > 0);
        if earlier.clicked() {
            self.round_offset = Some(l.first.saturating_sub(l.shown));
        }
        let enabled = l.first < l.latest_first;
        let later_tip = t.get("workspace-later-rounds");
        let later = painted::symbol_button_ui(ui, "▶", &later_tip, enabled);
        if later.clicked() {
            self.round_offset = Some((l.first + l.shown).min(l.latest_first));
        }
    }

    /// The column heads, painted: "Code", "Name", and each round's title wrapped above
    /// its date, bottom-aligned; a round's full description shows on hover.
    fn columns_ui(&mut self, ui: &mut Ui, ws: &Workspace, l: &Layout, revision: u64) {
        let gap = ui.spacing().item_spacing;
        let strong = ui.visuals().strong_text_color();
        let text = ui.visuals().text_color();
        let small = egui::TextStyle::Small.resolve(ui.style());
        let body = egui::TextStyle::Body.resolve(ui.style());
        let rounds = &ws.rounds()[l.first..l.first + l.shown];
        // One galley per round: the title wrapped above the date, centred.
        let key = (
            revision,
            l.first,
            l.cell_w.to_bits(),
            strong,
            text,
            small.size.to_bits(),
        );
        self.head_galleys.begin(ui, painted::kept_key(key));
        let heads: Vec<_> = (l.first..l.first + l.shown)
            .map(|c| {
                self.head_galleys.get(c as u64, || {
                    let r = &ws.rounds()[c];
                    let mut job = egui::text::LayoutJob::default();
                    job.wrap.max_width = l.cell_w;
                    job.halign = egui::Align::Center;
                    job.append(
                        &r.title,
                        0.0,
                        egui::TextFormat::simple(small.clone(), strong),
                    );
                    let date = format!("\n{}", r.date);
                    job.append(&date, 0.0, egui::TextFormat::simple(small.clone(), text));
                    ui.painter().layout_job(job)
                })
            })
            .collect();
        let text_h = heads.iter().map(|h| h.size().y).fold(0.0, f32::max);
        let cells_x = l.code_w + l.name_w + 2.0 * gap.x;
        let width = cells_x + rounds.len() as f32 * (l.cell_w + gap.x) - gap.x;
        let (_, rect) = ui.allocate_space(egui::vec2(width, text_h.max(l.row_h * 1.9)));
        let painter = ui.painter();
        let ak = painted::accesskit_on(ui);
        let mut nodes = Vec::new();
        let t = crate::ui::lang::texts(ui.ctx());
        for (x, w, name) in [
            (0.0, l.code_w, t.get("workspace-code")),
            (l.code_w + gap.x, l.name_w, t.get("workspace-name")),
        ] {
            let galley = painter.layout_no_wrap(name.clone(), body.clone(), strong);
            let at = egui::pos2(rect.left() + x + w / 2.0, rect.center().y) - galley.size() / 2.0;
            if ak {
                nodes.push((
                    egui::Rect::from_min_size(at, galley.size()),
                    name.to_owned(),
                ));
            }
            painter.galley(at, galley, strong);
        }
        for (k, head) in heads.into_iter().enumerate() {
            let mid = rect.left() + cells_x + k as f32 * (l.cell_w + gap.x) + l.cell_w / 2.0;
            // Bottom-aligned, so the dates line up; a centred galley is laid out around
            // x = 0.
            let top = rect.bottom() - head.size().y;
            if ak {
                let at = egui::Rect::from_center_size(
                    egui::pos2(mid, top + head.size().y / 2.0),
                    head.size(),
                );
                nodes.push((at, head.text().replace('\n', ", ")));
            }
            painter.galley(egui::pos2(mid, top), head, strong);
        }
        for (k, (at, text)) in nodes.iter().enumerate() {
            painted::label_node(ui, ui.scope_id().with(("matrix-head", k)), text, *at);
        }
        let head = ui.interact(
            rect,
            ui.scope_id().with("matrix-heads"),
            egui::Sense::hover(),
        );
        let k = head
            .hover_pos()
            .map(|p| ((p.x - rect.left() - cells_x) / (l.cell_w + gap.x)).floor())
            .filter(|k| *k >= 0.0 && (*k as usize) < rounds.len());
        if let Some(k) = k {
            head.on_hover_text(rounds[k as usize].display());
        }
    }

    /// The "⋯" menu of a ministry row: edit, move up or down, remove.
    fn row_menu_ui(
        &mut self,
        ui: &mut Ui,
        menu: &painted::RowMenu,
        at: egui::Rect,
        ws: &Workspace,
        i: usize,
        cmds: &mut Vec<Command>,
    ) -> egui::Response {
        let n = ws.ministries().len();
        let m = &ws.ministries()[i];
        let id = &m.id;
        let t = crate::ui::lang::texts(ui.ctx());
        let who = [("ministry", id.as_str().into())];
        let label = t.with("ministry-menu", &who);
        let menu_id = ui.scope_id().with(("row-menu", id.as_str()));
        let r = menu.ui(ui, at, menu_id, &label, |ui| {
            if ui.button(t.with("ministry-edit", &who)).clicked() {
                self.dialog = Some(Dialog::EditMinistry {
                    id: id.clone(),
                    form: MinistryForm::of(m),
                });
            }
            if ui
                .add_enabled(i > 0, egui::Button::new(t.get("ministry-move-up")))
                .clicked()
            {
                let to = i.saturating_sub(1);
                cmds.push(Command::Edit(Edit::MoveMinistry { id: id.clone(), to }));
            }
            if ui
                .add_enabled(i + 1 < n, egui::Button::new(t.get("ministry-move-down")))
                .clicked()
            {
                let to = i + 1;
                cmds.push(Command::Edit(Edit::MoveMinistry { id: id.clone(), to }));
            }
            // With scores it asks first; without, it goes at once (Ctrl+Z undoes).
            if ui.button(t.with("ministry-remove", &who)).clicked() {
                if ws.has_data_for_ministry(id.as_str()) {
                    self.dialog = Some(Dialog::ConfirmRemoveMinistry(id.clone()));
                } else {
                    cmds.push(Command::Edit(Edit::RemoveMinistry(id.clone())));
                }
            }
        });
        r.on_hover_text(t.get("ministry-menu-tip"))
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
