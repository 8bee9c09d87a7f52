//! Drawing the radar chart: rings with level names, spokes with area names, each
//! series' outline (the first solid and filled), every value printed with equal values
//! of two series side by side, and NA / NI as hollow markers outside the outer ring.
//! Text sizes for the screen and for presenting to a room.

use egui::{RichText, Stroke, Ui};
use egui_plot::{Line, MarkerShape, Plot, PlotPoint, Points, Polygon, Text};

use super::radar::Series;
use super::wrap_label;
use crate::model::Answer;
use crate::model::Instrument;
use crate::model::plots::{self, on_spoke};
use crate::ui::theme;

/// Text sizes on the radar: on screen, and presenting to a room (24 px or more).
#[derive(Clone, Copy)]
pub(super) struct Sizes {
    pub legend: f32,
    pub rings: f32,
    spoke: f32,
    value: f32,
    code: f32,
}

impl Sizes {
    pub const SCREEN: Sizes = Sizes {
        legend: 20.0,
        rings: 16.0,
        spoke: 15.0,
        value: 15.0,
        code: 13.0,
    };
    pub const PRESENT: Sizes = Sizes {
        legend: 26.0,
        rings: 24.0,
        spoke: 24.0,
        value: 26.0,
        code: 24.0,
    };
}

/// Fill a radar area: egui fills convex shapes only, so the fill goes in triangles. A
/// gap (NA, NI, not scored) stays open, as in the PDF.
fn fill_ui(
    pu: &mut egui_plot::PlotUi<'_>,
    name: &str,
    values: &[Option<f64>],
    color: egui::Color32,
) {
    for tri in plots::radar_fill_triangles(values) {
        pu.polygon(
            Polygon::new(name, tri.to_vec())
                .fill_color(color.gamma_multiply(0.18))
                .stroke(Stroke::NONE)
                .allow_hover(false),
        );
    }
}

/// Rings 1..max with level names, spokes with area names, each series' outline (the
/// first solid and filled), and every value printed, equal ones on either side. A
/// screen reader reads `words` (what the chart shows, as the PDF's figure says it).
pub(super) fn radar_plot_ui(
    ui: &mut Ui,
    inst: &Instrument,
    series: &[Series],
    sizes: Sizes,
    (title, words): (&str, &str),
) {
    let p = theme::current(ui.ctx());
    let n = inst.areas().len();
    let max = inst.level_count() as f64;
    // Full width: with a 1:1 aspect the extra width becomes room for spoke names.
    let height = ui.available_height().max(300.0);
    let width = ui.available_width().clamp(300.0, height * 1.9);
    let r_out = max + 1.5;
    let x_out = r_out * f64::from(width / height);
    let shown = Plot::new("radar")
        .width(width)
        .height(height)
        .data_aspect(1.0)
        .show_axes(false)
        .show_grid(false)
        .show_x(false)
        .show_y(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .default_x_bounds(-x_out, x_out)
        .default_y_bounds(-r_out, r_out)
        .show(ui, |pu| {
            let grid = p.muted.gamma_multiply(0.6);
            for level in 1..=inst.level_count() {
                let r = level as f64;
                let ring: Vec<[f64; 2]> = (0..=n).map(|k| on_spoke(k % n, n, r)).collect();
                pu.line(
                    Line::new("", ring)
                        .color(grid)
                        .width(1.0)
                        .allow_hover(false),
                );
            }
            spokes_ui(pu, inst, max, (grid, p.text), sizes);
            for (i, s) in series.iter().enumerate() {
                series_ui(pu, series, i, s, (n, max), sizes);
            }
        });
    let id = shown.response.id;
    shown
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, title));
    if crate::ui::painted::accesskit_on(ui) {
        ui.ctx()
            .accesskit_node_builder(id, |node| node.set_description(words));
    }
}

fn spokes_ui(
    pu: &mut egui_plot::PlotUi<'_>,
    inst: &Instrument,
    max: f64,
    (grid, text): (egui::Color32, egui::Color32),
    sizes: Sizes,
) {
    let n = inst.areas().len();
    for (k, area) in inst.areas().iter().enumerate() {
        pu.line(
            Line::new("", vec![[0.0, 0.0], on_spoke(k, n, max)])
                .color(grid)
                .width(1.0)
                .allow_hover(false),
        );
        let [x, y] = on_spoke(k, n, max + 0.55);
        let anchor = if x > 0.3 {
            egui::Align2::LEFT_CENTER
        } else if x < -0.3 {
            egui::Align2::RIGHT_CENTER
        } else if y > 0.0 {
            egui::Align2::CENTER_BOTTOM
        } else {
            egui::Align2::CENTER_TOP
        };
        let label = format!("{}. {}", k + 1, wrap_label(area.label(), 14));
        pu.text(
            Text::new(
                "",
                PlotPoint::new(x, y),
                RichText::new(label).size(sizes.spoke).strong(),
            )
            .anchor(anchor)
            .color(text),
        );
    }
}

fn series_ui(
    pu: &mut egui_plot::PlotUi<'_>,
    all: &[Series],
    i: usize,
    s: &Series,
    (n, max): (usize, f64),
    sizes: Sizes,
) {
    let color = theme::series(i);
    if s.filled {
        fill_ui(pu, &s.name, &s.values, color);
    }
    for seg in plots::radar_segments(&s.values) {
        pu.line(
            Line::new(&s.name, seg)
                .color(color)
                .width(if i == 0 { 3.5 } else { 2.5 })
                .style(super::series_style(i)),
        );
    }
    let valued: Vec<[f64; 2]> = s
        .values
        .iter()
        .enumerate()
        .filter_map(|(k, v)| v.map(|v| on_spoke(k, n, v)))
        .collect();
    pu.points(
        Points::new(&s.name, valued)
            .radius(5.0)
            .color(color)
            .shape(MarkerShape::Circle),
    );
    for (k, v) in s.values.iter().enumerate() {
        if let Some(v) = v {
            let equal = all[..i]
                .iter()
                .any(|e| e.values.get(k).copied().flatten() == Some(*v));
            let [x, y] = plots::value_label_pos(k, n, *v, max, equal);
            let text = if v.fract() == 0.0 {
                format!("{v:.0}")
            } else {
                format!("{v:.1}")
            };
            pu.text(
                Text::new(
                    "",
                    PlotPoint::new(x, y),
                    RichText::new(text).size(sizes.value).strong().color(color),
                )
                .color(color),
            );
        } else if let Some(a @ (Answer::NotApplicable | Answer::InsufficientInfo)) =
            s.answers.get(k).copied().flatten()
        {
            let [x, y] = on_spoke(k, n, max + 0.25 + 0.2 * i as f64);
            pu.points(
                Points::new(&s.name, vec![[x, y]])
                    .radius(6.0)
                    .filled(false)
                    .color(color)
                    .shape(MarkerShape::Circle),
            );
            pu.text(
                Text::new(
                    "",
                    PlotPoint::new(x + 0.3, y),
                    RichText::new(a.code()).size(sizes.code),
                )
                .color(color),
            );
        }
    }
}
