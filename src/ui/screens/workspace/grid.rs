//! The cells of the completion matrix. A large workspace shows hundreds, so they are
//! painted, not built as one widget each: one pointer interaction covers them all, and
//! one focusable widget, the cursor, is the matrix's single Tab stop that the arrow keys
//! move from cell to cell (a grid's roving focus); Enter or Space scores its cell. For
//! screen readers every visible cell still has its own node, with click and focus.

use std::ops::Range;

use egui::accesskit::{Action as AkAction, Role};
use egui::emath::GuiRounding as _;
use egui::{Id, Pos2, Rect, Sense, Ui, Vec2, pos2};

use crate::model::Workspace;
use crate::session::Focus;
use crate::ui::command::Command;
use crate::ui::lang::{self, Texts};
use crate::ui::painted::{self, KeptGalleys};
use crate::ui::theme::{self, Palette};

/// Where the visible cells are this frame.
pub(super) struct Grid<'a> {
    pub ws: &'a Workspace,
    /// The document revision the workspace is at (kept texts follow it).
    pub revision: u64,
    /// Answered areas per (ministry, round).
    pub counts: &'a [Vec<usize>],
    /// Row tops in the scrolled content, and the bottom of the last.
    pub tops: &'a [f32],
    /// Rows at least partly in sight.
    pub rows: Range<usize>,
    /// Round indices of the columns shown.
    pub cols: Range<usize>,
    /// Top left of the scrolled content.
    pub origin: Pos2,
    /// Left edge of the first cell column.
    pub left: f32,
    pub cell: Vec2,
    /// Cell width plus the gap to the next.
    pub step: f32,
    /// The gap under each row.
    pub row_gap: f32,
}

impl Grid<'_> {
    /// The cell of ministry `i` in round `c`, centred in its row.
    pub fn rect(&self, i: usize, c: usize) -> Rect {
        let x = self.left + (c as f32 - self.cols.start as f32) * self.step;
        let top = self.origin.y + self.tops[i];
        let bottom = self.origin.y + self.tops[i + 1] - self.row_gap;
        let y = (top + bottom - self.cell.y) / 2.0;
        Rect::from_min_size(pos2(x, y), self.cell)
    }

    /// The cell under `pos`, if any.
    fn at(&self, pos: Pos2) -> Option<(usize, usize)> {
        let k = ((pos.x - self.left) / self.step).floor();
        if k < 0.0 {
            return None;
        }
        let c = self.cols.start + k as usize;
        let i = self.row_at(pos.y)?;
        let inside = self.cols.contains(&c);
        (inside && self.rect(i, c).contains(pos)).then_some((i, c))
    }

    /// The visible row at screen height `y`, if any.
    pub fn row_at(&self, y: f32) -> Option<usize> {
        let y = y - self.origin.y;
        let i = self.tops.partition_point(|&t| t <= y).checked_sub(1)?;
        self.rows.contains(&i).then_some(i)
    }

    /// Everything the cells cover this frame.
    fn area(&self) -> Rect {
        let top = self.origin.y + self.tops[self.rows.start];
        let bottom = self.origin.y + self.tops[self.rows.end];
        let right = self.left + self.cols.len() as f32 * self.step;
        Rect::from_min_max(pos2(self.left, top), pos2(right, bottom))
    }

    fn id(&self, i: usize, c: usize) -> Id {
        let m = &self.ws.ministries()[i];
        let r = &self.ws.rounds()[c];
        Id::unique(("matrix-cell", m.id.as_str(), r.id.as_str()))
    }

    /// The areas of round `c`'s instrument (`None` when the round has none).
    fn areas(&self, c: usize) -> Option<usize> {
        let r = &self.ws.rounds()[c];
        self.ws
            .instrument_for(r.id.as_str())
            .map(|i| i.areas().len())
    }

    fn label(&self, i: usize, c: usize, t: &Texts) -> String {
        let m = &self.ws.ministries()[i];
        let args = [
            ("ministry", m.id.as_str().into()),
            ("round", self.ws.rounds()[c].title.as_str().into()),
        ];
        t.with("workspace-cell-score", &args)
    }

    /// How far the assessment is, in words (screen readers, tooltips).
    fn progress(&self, i: usize, c: usize, t: &Texts) -> String {
        let answered = self.counts[i][c];
        let Some(n) = self.areas(c) else {
            return t.get("workspace-cell-no-instrument");
        };
        let id = if answered == n {
            "workspace-cell-all-answered"
        } else if answered == 0 {
            "workspace-cell-not-started"
        } else {
            "workspace-cell-answered"
        };
        t.with(id, &[("answered", answered.into()), ("n", n.into())])
    }

    /// The command that opens the session of a cell at its first open area.
    fn score(&self, i: usize, c: usize) -> Command {
        let r = &self.ws.rounds()[c];
        Command::Score(Focus::opening(self.ws, &r.id, &self.ws.ministries()[i].id))
    }
}

/// The matrix's cursor: the cell the arrow keys move and Enter scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Cursor {
    pub row: usize,
    pub col: usize,
}

/// The cells: pointer, cursor and keys, paint, accessibility. Returns the round
/// column the cursor moved to when it is not shown (the matrix pages to it).
pub(super) fn cells_ui(
    ui: &mut Ui,
    g: &Grid<'_>,
    cursor: &mut Option<Cursor>,
    kept: &mut KeptGalleys,
    cmds: &mut Vec<Command>,
) -> Option<usize> {
    if g.rows.is_empty() || g.cols.is_empty() {
        return None;
    }
    let t = lang::texts(ui.ctx());
    // At first on the newest round; kept inside the table when rows or rounds go.
    let cursor = cursor.get_or_insert(Cursor {
        row: g.rows.start,
        col: g.cols.end - 1,
    });
    cursor.row = cursor.row.min(g.ws.ministries().len() - 1);
    cursor.col = cursor.col.min(g.ws.rounds().len() - 1);
    // One id whichever cell the cursor is on: focus and its hold on the arrow keys stay
    // put while the cursor moves, even when keys come faster than frames.
    let id = ui.scope_id().with("matrix-cursor");
    let asked = accesskit_requests(ui, g, cursor, cmds);
    let grid = ui.interact(g.area(), ui.scope_id().with("matrix-cells"), Sense::CLICK);
    if grid.clicked()
        && let Some((row, col)) = grid.interact_pointer_pos().and_then(|p| g.at(p))
    {
        *cursor = Cursor { row, col };
        cmds.push(g.score(row, col));
    }
    let mut reveal = None;
    if asked {
        ui.memory_mut(|m| m.request_focus(id));
    } else if ui.memory(|m| m.has_focus(id)) {
        if let Some(to) = moved(ui, g, *cursor) {
            *cursor = to;
            ui.scroll_to_rect(g.rect(to.row, to.col), None);
            reveal = (!g.cols.contains(&to.col)).then_some(to.col);
        }
    } else {
        rest(ui, g, cursor);
    }
    let cur = ui.interact(g.rect(cursor.row, cursor.col), id, Sense::click());
    cur.widget_info(|| {
        egui::WidgetInfo::labeled(Role::Button, true, g.label(cursor.row, cursor.col, &t))
    });
    if cur.has_focus() {
        let arrows = egui::EventFilter {
            horizontal_arrows: true,
            vertical_arrows: true,
            ..Default::default()
        };
        ui.memory_mut(|m| m.set_focus_lock_filter(id, arrows));
    }
    if cur.clicked() {
        cmds.push(g.score(cursor.row, cursor.col));
    }
    let hovered = grid.hover_pos().and_then(|p| g.at(p));
    paint(ui, g, kept, hovered, cur.has_focus().then_some(cur.rect));
    if painted::accesskit_on(ui) {
        ui.ctx().accesskit_node_builder(id, |n| {
            n.set_description(g.progress(cursor.row, cursor.col, &t));
        });
        accesskit_nodes(ui, g, *cursor, &t);
    }
    if let Some((i, c)) = hovered {
        let tip = format!("{}: {}", g.label(i, c, &t), g.progress(i, c, &t));
        grid.on_hover_text_at_pointer(tip);
    }
    reveal
}

/// Where the arrow keys pressed this frame take the cursor, if anywhere.
fn moved(ui: &Ui, g: &Grid<'_>, from: Cursor) -> Option<Cursor> {
    let (rows, cols) = (g.ws.ministries().len(), g.ws.rounds().len());
    let mut to = from;
    let (down, right) = ui.input(crate::ui::keymap::arrow_step);
    to.row = to.row.saturating_add_signed(down).min(rows - 1);
    to.col = to.col.saturating_add_signed(right).min(cols - 1);
    (to != from).then_some(to)
}

/// A cursor without focus rests on a cell in full sight (the newest round shown when
/// its round is not), so that Tab lands where the eye is.
fn rest(ui: &Ui, g: &Grid<'_>, cursor: &mut Cursor) {
    let clip = ui.clip_rect();
    let top = |i: usize| g.origin.y + g.tops[i];
    let whole = |i: &usize| top(*i) >= clip.top() && top(*i + 1) - g.row_gap <= clip.bottom();
    let first = g.rows.clone().find(whole).unwrap_or(g.rows.start);
    let last = g.rows.clone().rev().find(whole).unwrap_or(first);
    cursor.row = cursor.row.clamp(first, last.max(first));
    if !g.cols.contains(&cursor.col) {
        cursor.col = g.cols.end - 1;
    }
}

/// Screen-reader requests to a painted cell: click scores it, focus moves the cursor
/// there (true: the cursor should take focus), scroll brings it into sight.
fn accesskit_requests(ui: &Ui, g: &Grid<'_>, cursor: &mut Cursor, cmds: &mut Vec<Command>) -> bool {
    let any = ui.input(|i| {
        i.events
            .iter()
            .any(|e| matches!(e, egui::Event::AccessKitActionRequest(_)))
    });
    if !any {
        return false;
    }
    let mut focus = false;
    for i in g.rows.clone() {
        for c in g.cols.clone() {
            let id = g.id(i, c);
            let asked = |a| ui.input(|inp| inp.has_accesskit_action_request(id, a));
            if asked(AkAction::Click) {
                cmds.push(g.score(i, c));
            }
            if asked(AkAction::Focus) {
                *cursor = Cursor { row: i, col: c };
                focus = true;
            }
            if asked(AkAction::ScrollIntoView) {
                ui.scroll_to_rect(g.rect(i, c), None);
            }
        }
    }
    focus
}

/// A node per visible cell but the cursor (a widget with its own).
fn accesskit_nodes(ui: &Ui, g: &Grid<'_>, cursor: Cursor, t: &Texts) {
    for i in g.rows.clone() {
        for c in g.cols.clone() {
            if (Cursor { row: i, col: c }) == cursor {
                continue;
            }
            let r = g.rect(i, c);
            ui.ctx().accesskit_node_builder(g.id(i, c), |n| {
                n.set_role(Role::Button);
                n.set_label(g.label(i, c, t));
                n.set_description(g.progress(i, c, t));
                n.set_bounds(painted::bounds(r));
                n.add_action(AkAction::Click);
                n.add_action(AkAction::Focus);
                n.add_action(AkAction::ScrollIntoView);
            });
        }
    }
}

/// How a cell looks: fill, border colour and width, text and its colour.
struct Look {
    fill: egui::Color32,
    border: egui::Color32,
    width: f32,
    text: &'static str,
}

/// Complete cells show a tick, untouched ones a dash, the rest their count: what is
/// still to do stands out.
fn look(p: &Palette, answered: usize, areas: usize) -> Look {
    if answered >= areas {
        Look {
            fill: p.panel,
            border: p.muted,
            width: 1.0,
            text: "✔",
        }
    } else if answered == 0 {
        Look {
            fill: p.card,
            border: p.muted,
            width: 1.0,
            text: "–",
        }
    } else {
        Look {
            fill: p.card,
            border: p.accent,
            width: 2.0,
            text: "",
        }
    }
}

/// Every cell's background and border in one mesh, each row's texts in one galley
/// (sections placed under their cells, kept between frames); then the hover outline
/// and the focus ring.
fn paint(
    ui: &Ui,
    g: &Grid<'_>,
    kept: &mut KeptGalleys,
    hovered: Option<(usize, usize)>,
    focus: Option<Rect>,
) {
    let p = theme::current(ui.ctx());
    let painter = ui.painter();
    let font = egui::TextStyle::Button.resolve(ui.style());
    let ppp = ui.ctx().pixels_per_point();
    let areas: Vec<Option<usize>> = g.cols.clone().map(|c| g.areas(c)).collect();
    let key = (
        g.revision,
        g.cols.clone(),
        g.left.to_bits(),
        g.step.to_bits(),
    );
    kept.begin(
        ui,
        painted::kept_key((key, g.cell.x.to_bits(), p.text, font.size.to_bits())),
    );
    let mut mesh = egui::Mesh::default();
    let cells = g.rows.len() * g.cols.len();
    // Two quads a cell: four vertices and two triangles each.
    mesh.reserve_vertices(8 * cells);
    mesh.reserve_triangles(4 * cells);
    // Widths of the texts shown: a screen has only a few distinct ones.
    let mut widths: Vec<(String, f32)> = Vec::new();
    let mut texts = Vec::with_capacity(g.rows.len());
    for i in g.rows.clone() {
        for (k, c) in g.cols.clone().enumerate() {
            let Some(areas) = areas[k] else { continue };
            let look = look(&p, g.counts[i][c], areas);
            let rect = g.rect(i, c).round_to_pixels(ppp);
            mesh.add_colored_rect(rect, look.border);
            mesh.add_colored_rect(rect.shrink(look.width), look.fill);
        }
        let galley = kept.get(i as u64, || {
            let mut job = egui::text::LayoutJob::default();
            let mut end = 0.0;
            for (k, c) in g.cols.clone().enumerate() {
                let Some(areas) = areas[k] else { continue };
                let answered = g.counts[i][c];
                let text = match look(&p, answered, areas).text {
                    "" => format!("{answered}/{areas}"),
                    text => text.to_owned(),
                };
                let w = match widths.iter().find(|(t, _)| *t == text) {
                    Some((_, w)) => *w,
                    None => {
                        let galley = painter.layout_no_wrap(text.clone(), font.clone(), p.text);
                        widths.push((text.clone(), galley.size().x));
                        galley.size().x
                    }
                };
                let center = g.rect(i, c).round_to_pixels(ppp).center().x - g.left;
                let lead = (center - w / 2.0 - end).max(0.0);
                job.append(&text, lead, egui::TextFormat::simple(font.clone(), p.text));
                end = center + w / 2.0;
            }
            painter.layout_job(job)
        });
        let mid = g.rect(i, g.cols.start).center().y;
        texts.push((pos2(g.left, mid - galley.size().y / 2.0), galley));
    }
    painter.add(egui::Shape::mesh(mesh));
    for (at, galley) in texts {
        painter.galley(at, galley, p.text);
    }
    if let Some((i, c)) = hovered {
        let stroke = egui::Stroke::new(2.0, p.accent);
        painter.rect_stroke(g.rect(i, c), 0, stroke, egui::StrokeKind::Inside);
    }
    if let Some(rect) = focus {
        let stroke = egui::Stroke::new(theme::FOCUS_RING, p.focus);
        painter.rect_stroke(rect, 0, stroke, egui::StrokeKind::Inside);
    }
}
