//! The heatmap: every ministry's agreed answers in one round, a row per ministry and a
//! column per area, with each column's median below. Rows come from
//! `model::plots::heatmap_rows`, cached per revision, round and sort; only the visible
//! rows are drawn, so a thousand ministries cost what a screenful does.

use std::sync::Arc;

use egui::emath::GuiRounding as _;
use egui::{Color32, Galley, Rect, RichText, Sense, Stroke, StrokeKind, Ui};

use super::{Choices, ResultsView, combo_ui, pick_round};
use crate::model::plots::{self, HeatRow, HeatSort};
use crate::model::stats::fmt2;
use crate::model::{Answer, Workspace};
use crate::session::{Focus, Page};
use crate::ui::command::Command;
use crate::ui::painted::{self, KeptGalleys};
use crate::ui::widgets::answer_colors;
use crate::ui::{lang, theme};

/// A line of the table: a cluster heading or a ministry.
enum Row<'a> {
    Header(String),
    Data(&'a HeatRow),
}

/// Column widths.
struct Cols {
    code: f32,
    cell: f32,
    tail: f32,
    row_h: f32,
}

impl ResultsView {
    pub(super) fn heatmap_ui(
        &mut self,
        ui: &mut Ui,
        ws: &Workspace,
        revision: u64,
        cmds: &mut Vec<Command>,
    ) {
        let p = theme::current(ui.ctx());
        let t = lang::texts(ui.ctx());
        self.round = pick_round(ws, &self.round, 0);
        if !self.present {
            ui.horizontal_wrapped(|ui| {
                combo_ui(ui, "results-round", &mut self.round, ws, Choices::Rounds);
                ui.label(t.get("heatmap-sort"));
                ui.radio_value(&mut self.sort, HeatSort::List, t.get("heatmap-sort-list"));
                ui.radio_value(&mut self.sort, HeatSort::Name, t.get("heatmap-sort-name"));
                ui.radio_value(
                    &mut self.sort,
                    HeatSort::Cluster,
                    t.get("heatmap-sort-cluster"),
                );
                ui.radio_value(
                    &mut self.sort,
                    HeatSort::Median,
                    t.get("heatmap-sort-median"),
                );
                ui.checkbox(&mut self.group_clusters, t.get("heatmap-group"));
            });
        }
        let Some(round) = self.round.clone() else {
            return;
        };
        let Some(inst) = ws.instrument_for(&round) else {
            return;
        };
        // The area names in the interface's language (same ids).
        let inst = &inst.localized(t.code());
        let sort = if self.group_clusters {
            HeatSort::Cluster
        } else {
            self.sort
        };
        let (rows, medians) = self.heat.get(revision, (round.clone(), sort), |(r, s)| {
            match ws.round(r) {
                Some(r) => (
                    plots::heatmap_rows(ws, &r.id, *s),
                    plots::column_medians(ws, &r.id),
                ),
                None => Default::default(),
            }
        });
        let no_cluster = t.get("heatmap-no-cluster");
        let table = group(ws, rows, self.group_clusters, &no_cluster);
        let areas = inst.areas();
        let when = ws.round(&round).map(|r| r.display()).unwrap_or_default();
        if self.present {
            let title = t.with("heatmap-title", &[("round", when.clone().into())]);
            super::present_title_ui(ui, &title);
        } else {
            ui.label(RichText::new(t.get("heatmap-note")).small().color(p.muted));
        }
        // The areas' names whole, once, instead of cut in narrow column heads.
        let names: Vec<String> = areas
            .iter()
            .enumerate()
            .map(|(k, a)| format!("{}\u{a0}{}", k + 1, a.label().replace(' ', "\u{a0}")))
            .collect();
        ui.add(egui::Label::new(RichText::new(names.join(" · ")).small()).wrap());
        let gap = ui.spacing().item_spacing.x;
        let n = areas.len().max(1) as f32;
        let body = egui::TextStyle::Body.resolve(ui.style()).size;
        let (code, tail) = (body * 5.0, body * 7.5);
        // Presented, the rows share the screen's height (one screenful of a dozen or
        // so ministries fills it); otherwise they keep a compact height and scroll.
        let row_h = if self.present {
            let rows = (table.len() + 1) as f32;
            let pitch = (ui.available_height() - 50.0) / rows;
            (pitch - ui.spacing().item_spacing.y).clamp(34.0, 64.0)
        } else {
            34.0
        };
        let cols = Cols {
            code,
            tail,
            cell: ((ui.available_width() - code - tail - 30.0 - gap * (n + 2.0)) / n)
                .clamp(44.0, 110.0),
            row_h,
        };
        header_ui(ui, ws, &round, &cols);
        let levels = inst.level_count();
        // Row texts are kept for this table, cell width and theme.
        let key = (
            revision,
            &round,
            sort,
            self.group_clusters,
            cols.cell.to_bits(),
        );
        let size = egui::TextStyle::Body.resolve(ui.style()).size.to_bits();
        let key = painted::kept_key((key, size, ui.visuals().dark_mode, p.text, p.muted));
        self.heat_galleys.begin(ui, key);
        egui::ScrollArea::vertical()
            .id_salt("heat-scroll")
            .auto_shrink(false)
            .show_rows(ui, cols.row_h, table.len() + 1, |ui, range| {
                for i in range {
                    ui.horizontal(|ui| match table.get(i) {
                        Some(Row::Header(name)) => {
                            ui.add_sized(
                                [cols.code + 400.0, cols.row_h],
                                egui::Label::new(RichText::new(name).strong().color(p.accent)),
                            );
                        }
                        Some(Row::Data(r)) => {
                            let kept = &mut self.heat_galleys;
                            data_row_ui(ui, ws, &round, (i, r), levels, &cols, kept, cmds);
                        }
                        None => medians_row_ui(ui, medians, &cols),
                    });
                }
            });
    }
}

/// With grouping, a heading row starts each cluster.
fn group<'a>(
    ws: &Workspace,
    rows: &'a [HeatRow],
    by_cluster: bool,
    no_cluster: &str,
) -> Vec<Row<'a>> {
    let mut table = Vec::with_capacity(rows.len());
    let mut last: Option<Option<&str>> = None;
    for r in rows {
        let c = ws.ministries()[r.ministry].cluster.as_deref();
        if by_cluster && last != Some(c) {
            table.push(Row::Header(c.unwrap_or(no_cluster).to_owned()));
            last = Some(c);
        }
        table.push(Row::Data(r));
    }
    table
}

/// Column headings: area number and short name (the full name on hover).
fn header_ui(ui: &mut Ui, ws: &Workspace, round: &str, cols: &Cols) {
    let Some(inst) = ws.instrument_for(round) else {
        return;
    };
    let t = lang::texts(ui.ctx());
    ui.horizontal(|ui| {
        ui.add_sized(
            [cols.code, 36.0],
            egui::Label::new(RichText::new(t.get("changes-ministry")).strong()),
        );
        for (k, a) in inst.areas().iter().enumerate() {
            ui.allocate_ui_with_layout(
                egui::vec2(cols.cell, 36.0),
                egui::Layout::top_down(egui::Align::Center),
                |ui| {
                    ui.set_width(cols.cell);
                    ui.label(RichText::new((k + 1).to_string()).strong())
                        .on_hover_text(&a.name);
                },
            );
        }
        ui.add_sized(
            [cols.tail, 36.0],
            egui::Label::new(
                RichText::new(t.get("heatmap-median-answered"))
                    .strong()
                    .small(),
            ),
        );
    });
}

#[allow(clippy::too_many_arguments)]
fn data_row_ui(
    ui: &mut Ui,
    ws: &Workspace,
    round: &str,
    (i, r): (usize, &HeatRow),
    levels: usize,
    cols: &Cols,
    kept: &mut KeptGalleys,
    cmds: &mut Vec<Command>,
) {
    let m = &ws.ministries()[r.ministry];
    let strong = ui.visuals().strong_text_color();
    let body = egui::TextStyle::Body.resolve(ui.style());
    let code = kept.get(3 * i as u64, || {
        ui.painter()
            .layout_no_wrap(m.id.to_string(), body.clone(), strong)
    });
    let resp = painted_text_ui(ui, code, [cols.code, cols.row_h]);
    if resp.hovered() {
        resp.on_hover_text(&m.name);
    }
    let Some(round_ref) = ws.round(round) else {
        return;
    };
    let areas = ws
        .instrument_for(round)
        .map(|i| i.areas())
        .unwrap_or_default();
    let mut cells = Vec::with_capacity(areas.len());
    let t = lang::texts(ui.ctx());
    for (k, (a, area)) in r.answers.iter().zip(areas).enumerate() {
        let size = egui::vec2(cols.cell, cols.row_h - 4.0);
        let (rect, resp) = ui.allocate_exact_size(size, Sense::click());
        // Named lazily: the name is only built when a screen reader asks for it.
        resp.widget_info(|| {
            let answer = a.map_or_else(|| t.get("heatmap-cell-not-scored"), |a| a.code());
            let args = [
                ("ministry", m.id.as_str().into()),
                ("area", (k + 1).into()),
                ("answer", answer.into()),
            ];
            let name = t.with("heatmap-cell", &args);
            egui::WidgetInfo::labeled(egui::Role::Button, true, name)
        });
        if resp.clicked() {
            cmds.push(Command::Score(Focus {
                round: round_ref.id.clone(),
                ministry: m.id.clone(),
                page: Page::Area(area.id.clone()),
            }));
        }
        cells.push((rect, *a, resp.hovered() || resp.has_focus()));
    }
    let text = kept.get(3 * i as u64 + 1, || cells_text(ui, &cells, levels));
    cells_paint(ui, &cells, levels, text);
    let tail = kept.get(3 * i as u64 + 2, || {
        let text = format!("{} · {}/{}", fmt2(r.median), r.answered, r.answers.len());
        let color = ui.visuals().text_color();
        ui.painter().layout_no_wrap(text, body.clone(), color)
    });
    painted_text_ui(ui, tail, [cols.tail, cols.row_h]);
}

/// A kept galley centred in a box of `size`, named by its text for screen readers.
fn painted_text_ui(ui: &mut Ui, galley: Arc<Galley>, size: [f32; 2]) -> egui::Response {
    let (rect, resp) = ui.allocate_exact_size(egui::vec2(size[0], size[1]), Sense::hover());
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, galley.text()));
    let at = rect.center() - galley.size() / 2.0;
    ui.painter().galley(at, galley, ui.visuals().text_color());
    resp
}

fn medians_row_ui(ui: &mut Ui, medians: &[Option<f64>], cols: &Cols) {
    ui.add_sized(
        [cols.code, cols.row_h],
        egui::Label::new(RichText::new(lang::tr(ui, "heatmap-median")).strong()),
    );
    for m in medians {
        ui.add_sized(
            [cols.cell, cols.row_h],
            egui::Label::new(RichText::new(m.map_or("–".into(), |v| format!("{v:.1}"))).strong()),
        );
    }
}

/// A cell's fill, and its text and the text's colour: the level colour with the
/// number, grey NA and NI, a dash when not scored.
fn cell_look(
    answer: Option<Answer>,
    levels: usize,
    p: &theme::Palette,
) -> (Color32, Color32, String) {
    match answer {
        Some(a) => {
            let (fill, text) = answer_colors(a, levels);
            (fill, text, a.code())
        }
        None => (p.card, p.muted, "–".to_owned()),
    }
}

/// A row's cell texts as one galley, each number centred under its cell (kept between
/// frames: a screenful of rows would otherwise lay out hundreds of texts).
fn cells_text(ui: &Ui, cells: &[(Rect, Option<Answer>, bool)], levels: usize) -> Arc<Galley> {
    let p = theme::current(ui.ctx());
    // A little under the body size: 18 px on screen, 24 px presented.
    let body = egui::TextStyle::Body.resolve(ui.style()).size;
    let font = egui::FontId::proportional((body * 0.92).round());
    let Some(left) = cells.first().map(|c| c.0.left()) else {
        return ui.painter().layout_no_wrap(String::new(), font, p.text);
    };
    let mut job = egui::text::LayoutJob::default();
    let mut end = 0.0;
    for (rect, answer, _) in cells {
        let (_, color, text) = cell_look(*answer, levels, &p);
        let width = ui.fonts_mut(|f| text.chars().map(|c| f.glyph_width(&font, c)).sum::<f32>());
        let center = rect.center().x - left;
        let lead = (center - width / 2.0 - end).max(0.0);
        job.append(&text, lead, egui::TextFormat::simple(font.clone(), color));
        end = center + width / 2.0;
    }
    ui.painter().layout_job(job)
}

/// A row's cells: fills and borders in one mesh, the texts, then NI's dashed outline
/// (distinct from every level and from NA) and the ring of a hovered or focused cell.
fn cells_paint(ui: &Ui, cells: &[(Rect, Option<Answer>, bool)], levels: usize, text: Arc<Galley>) {
    let p = theme::current(ui.ctx());
    let Some(first) = cells.first().map(|c| c.0) else {
        return;
    };
    if !ui.is_rect_visible(first.union(cells[cells.len() - 1].0)) {
        return;
    }
    let painter = ui.painter();
    let ppp = ui.ctx().pixels_per_point();
    let mut mesh = egui::Mesh::default();
    for (rect, answer, _) in cells {
        let (fill, _, _) = cell_look(*answer, levels, &p);
        let r = rect.shrink(1.0).round_to_pixels(ppp);
        mesh.add_colored_rect(r, p.muted);
        mesh.add_colored_rect(r.shrink(1.0), fill);
    }
    painter.add(egui::Shape::mesh(mesh));
    let at = egui::pos2(first.left(), first.center().y - text.size().y / 2.0);
    painter.galley(at, text, p.text);
    for (rect, answer, lit) in cells {
        let ni = *answer == Some(Answer::InsufficientInfo);
        if ni {
            let stroke = Stroke::new(2.0, theme::color(crate::look::NI_BORDER));
            let pts = [
                rect.left_top(),
                rect.right_top(),
                rect.right_bottom(),
                rect.left_bottom(),
                rect.left_top(),
            ];
            for w in pts.windows(2) {
                painter.add(egui::Shape::dashed_line(&[w[0], w[1]], stroke, 4.0, 3.0));
            }
        } else if *lit {
            let stroke = Stroke::new(theme::FOCUS_RING, p.focus);
            painter.rect_stroke(rect.shrink(1.0), 0, stroke, StrokeKind::Inside);
        }
    }
}
