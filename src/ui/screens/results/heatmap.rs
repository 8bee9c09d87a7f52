//! The heatmap: every ministry's agreed answers in one round, a row per ministry and a
//! column per area, with each column's median below. Rows come from
//! `model::plots::heatmap_rows`, cached per revision, round and sort; only the visible
//! rows are drawn, so a thousand ministries cost what a screenful does.

use egui::{RichText, Sense, Stroke, StrokeKind, Ui};

use super::{Choices, ResultsView, combo_ui, pick_round};
use crate::model::plots::{self, HeatRow, HeatSort};
use crate::model::stats::fmt2;
use crate::model::{Answer, Workspace};
use crate::session::{Focus, Page};
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::widgets::answer_colors;

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
        self.round = pick_round(ws, &self.round, 0);
        if !self.present {
            ui.horizontal_wrapped(|ui| {
                combo_ui(ui, "Round", &mut self.round, ws, Choices::Rounds);
                ui.label("Sort:");
                ui.radio_value(&mut self.sort, HeatSort::List, "list order");
                ui.radio_value(&mut self.sort, HeatSort::Name, "name");
                ui.radio_value(&mut self.sort, HeatSort::Cluster, "cluster");
                ui.radio_value(&mut self.sort, HeatSort::Median, "median");
                ui.checkbox(&mut self.group_clusters, "Group by cluster");
            });
        }
        let Some(round) = self.round.clone() else {
            return;
        };
        let Some(inst) = ws.instrument_for(&round) else {
            return;
        };
        let sort = if self.group_clusters {
            HeatSort::Cluster
        } else {
            self.sort
        };
        let (rows, medians) = self.heat.get(revision, (round.clone(), sort), |(r, s)| {
            (plots::heatmap_rows(ws, r, *s), plots::column_medians(ws, r))
        });
        let table = group(ws, rows, self.group_clusters);
        let areas = inst.areas();
        let gap = ui.spacing().item_spacing.x;
        let n = areas.len().max(1) as f32;
        let (code, tail) = (100.0, 150.0);
        let cols = Cols {
            code,
            tail,
            cell: ((ui.available_width() - code - tail - 30.0 - gap * (n + 2.0)) / n)
                .clamp(44.0, 110.0),
            row_h: 34.0,
        };
        ui.label(
            RichText::new(
                "Cells: agreed level (number printed), NA and NI in grey, – not scored. Click a cell to open that scoring page.",
            )
            .small()
            .color(p.muted),
        );
        header_ui(ui, ws, &round, &cols);
        let levels = inst.level_count();
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
                        Some(Row::Data(r)) => data_row_ui(ui, ws, &round, r, levels, &cols, cmds),
                        None => medians_row_ui(ui, medians, &cols),
                    });
                }
            });
    }
}

/// With grouping, a heading row starts each cluster.
fn group<'a>(ws: &Workspace, rows: &'a [HeatRow], by_cluster: bool) -> Vec<Row<'a>> {
    let mut table = Vec::with_capacity(rows.len());
    let mut last: Option<Option<&str>> = None;
    for r in rows {
        let c = ws.ministries()[r.ministry].cluster.as_deref();
        if by_cluster && last != Some(c) {
            table.push(Row::Header(c.unwrap_or("No cluster").to_owned()));
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
    ui.horizontal(|ui| {
        ui.add_sized(
            [cols.code, 44.0],
            egui::Label::new(RichText::new("Ministry").strong()),
        );
        for (k, a) in inst.areas().iter().enumerate() {
            ui.allocate_ui_with_layout(
                egui::vec2(cols.cell, 44.0),
                egui::Layout::top_down(egui::Align::Center),
                |ui| {
                    ui.set_width(cols.cell);
                    ui.label(RichText::new((k + 1).to_string()).strong());
                    ui.add(egui::Label::new(RichText::new(a.label()).small()).truncate())
                        .on_hover_text(&a.name);
                },
            );
        }
        ui.add_sized(
            [cols.tail, 44.0],
            egui::Label::new(RichText::new("Median · answered").strong().small()),
        );
    });
}

fn data_row_ui(
    ui: &mut Ui,
    ws: &Workspace,
    round: &str,
    r: &HeatRow,
    levels: usize,
    cols: &Cols,
    cmds: &mut Vec<Command>,
) {
    let m = &ws.ministries()[r.ministry];
    ui.add_sized(
        [cols.code, cols.row_h],
        egui::Label::new(RichText::new(m.id.as_str()).strong()),
    )
    .on_hover_text(&m.name);
    let Some(round_ref) = ws.round(round) else {
        return;
    };
    let areas = ws
        .instrument_for(round)
        .map(|i| i.areas())
        .unwrap_or_default();
    for (k, (a, area)) in r.answers.iter().zip(areas).enumerate() {
        let resp = heat_cell_ui(ui, *a, levels, [cols.cell, cols.row_h - 4.0]);
        let resp = resp.accessible_name(format!(
            "{} area {}: {}",
            m.id,
            k + 1,
            a.map_or("not scored".into(), |a| a.code())
        ));
        if resp.clicked() {
            cmds.push(Command::Score(Focus {
                round: round_ref.id.clone(),
                ministry: m.id.clone(),
                page: Page::Area(area.id.clone()),
            }));
        }
    }
    ui.add_sized(
        [cols.tail, cols.row_h],
        egui::Label::new(format!(
            "{} · {}/{}",
            fmt2(r.median),
            r.answered,
            r.answers.len()
        )),
    );
}

fn medians_row_ui(ui: &mut Ui, medians: &[Option<f64>], cols: &Cols) {
    ui.add_sized(
        [cols.code, cols.row_h],
        egui::Label::new(RichText::new("Median").strong()),
    );
    for m in medians {
        ui.add_sized(
            [cols.cell, cols.row_h],
            egui::Label::new(RichText::new(m.map_or("–".into(), |v| format!("{v:.1}"))).strong()),
        );
    }
}

/// A heatmap cell: level colour with the number, grey NA / dashed NI, blank unscored.
fn heat_cell_ui(
    ui: &mut Ui,
    answer: Option<Answer>,
    levels: usize,
    size: [f32; 2],
) -> egui::Response {
    let p = theme::current(ui.ctx());
    let (rect, resp) = ui.allocate_exact_size(egui::vec2(size[0], size[1]), Sense::click());
    if !ui.is_rect_visible(rect) {
        return resp;
    }
    let painter = ui.painter();
    let (fill, text_color, text) = match answer {
        Some(a) => {
            let (fill, text) = answer_colors(a, levels);
            (fill, text, a.code())
        }
        None => (p.card, p.muted, "–".to_owned()),
    };
    painter.rect_filled(rect.shrink(1.0), 3, fill);
    let stroke = match answer {
        Some(Answer::InsufficientInfo) => Stroke::new(2.0, theme::color(crate::look::NI_BORDER)),
        _ if resp.hovered() || resp.has_focus() => Stroke::new(theme::FOCUS_RING, p.focus),
        _ => Stroke::new(1.0, p.muted),
    };
    if answer == Some(Answer::InsufficientInfo) {
        // Dashed outline: NI stays distinct from every level and from NA.
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
    } else {
        painter.rect_stroke(rect.shrink(1.0), 3, stroke, StrokeKind::Inside);
    }
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(18.0),
        text_color,
    );
    resp
}
