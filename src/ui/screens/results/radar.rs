//! The radar: the rounds of one ministry, up to six ministries in one round, or a
//! ministry against its cluster's and all ministries' medians. Geometry from
//! `model::plots`; series colours from the shared look (the PDF's).

use std::collections::BTreeSet;

use egui::{RichText, Stroke, Ui};
use egui_plot::{Line, MarkerShape, Plot, PlotPoint, Points, Polygon, Text};

use super::{
    Choices, RadarMode, ResultsView, combo_ui, pick_ministry, pick_round, style_name, wrap_label,
};
use crate::model::compare::comparability;
use crate::model::plots::{self, on_spoke};
use crate::model::{Answer, Instrument, Workspace, stats};
use crate::ui::theme;

/// What the chart depends on besides the document.
pub(super) type Key = (
    RadarMode,
    Option<String>,
    Option<String>,
    Option<BTreeSet<String>>,
    Option<BTreeSet<String>>,
);

/// One radar polygon: a name for the legend and a value per area.
pub(super) struct Series {
    name: String,
    values: Vec<Option<f64>>,
    answers: Vec<Option<Answer>>,
    filled: bool,
}

/// The series to draw, on the spokes of one instrument version.
pub(super) struct Chart {
    version: String,
    series: Vec<Series>,
    notes: Vec<String>,
}

/// `round`'s answers on the areas of `inst`, where they compare with `spokes_round`.
fn answers_on(
    ws: &Workspace,
    inst: &Instrument,
    spokes_round: &str,
    round: &str,
    ministry: &str,
) -> Vec<Option<Answer>> {
    inst.areas()
        .iter()
        .map(|a| {
            let id = a.id.as_str();
            comparability(ws, round, spokes_round, id)
                .is_comparable()
                .then(|| ws.answer(round, ministry, id))
                .flatten()
        })
        .collect()
}

fn build(ws: &Workspace, key: &Key) -> Option<Chart> {
    let (mode, ministry, round, rounds, compare) = key;
    let mut series = Vec::new();
    let mut notes = Vec::new();
    let spokes_round = match mode {
        RadarMode::Rounds => ws
            .rounds()
            .iter()
            .rev()
            .find(|r| rounds.as_ref().is_some_and(|c| c.contains(r.id.as_str())))?
            .id
            .to_string(),
        _ => round.clone()?,
    };
    let inst = ws.instrument_for(&spokes_round)?;
    match mode {
        RadarMode::Rounds => {
            let m = ministry.as_deref()?;
            let chosen = rounds.clone().unwrap_or_default();
            // Newest first: it is drawn solid and filled.
            for r in ws
                .rounds()
                .iter()
                .rev()
                .filter(|r| chosen.contains(r.id.as_str()))
            {
                let answers = answers_on(ws, inst, &spokes_round, r.id.as_str(), m);
                let s = stats::summary(ws, r.id.as_str(), m);
                notes.push(format!(
                    "{}: coverage {}",
                    r.display(),
                    s.coverage.describe()
                ));
                series.push(Series {
                    name: r.display(),
                    values: plots::levels_of(&answers),
                    answers,
                    filled: series.is_empty(),
                });
            }
        }
        RadarMode::Ministries => {
            let chosen = compare.clone().unwrap_or_default();
            for m in ws
                .ministries()
                .iter()
                .filter(|m| chosen.contains(m.id.as_str()))
            {
                let s = stats::summary(ws, &spokes_round, m.id.as_str());
                notes.push(format!("{}: coverage {}", m.id, s.coverage.describe()));
                series.push(Series {
                    name: m.id.to_string(),
                    values: plots::levels_of(&s.answers),
                    answers: s.answers,
                    filled: false,
                });
            }
        }
        RadarMode::Medians => medians(
            ws,
            &spokes_round,
            ministry.as_deref()?,
            &mut series,
            &mut notes,
        ),
    }
    Some(Chart {
        version: inst.version().to_owned(),
        series,
        notes,
    })
}

fn medians(ws: &Workspace, r: &str, m: &str, series: &mut Vec<Series>, notes: &mut Vec<String>) {
    let n_areas = ws.instrument_for(r).map_or(0, |i| i.areas().len());
    let s = stats::summary(ws, r, m);
    notes.push(format!("{m}: coverage {}", s.coverage.describe()));
    series.push(Series {
        name: m.to_owned(),
        values: plots::levels_of(&s.answers),
        answers: s.answers,
        filled: true,
    });
    if let Some(cluster) = ws.ministry(m).and_then(|x| x.cluster.clone()) {
        let members = plots::cluster_members(ws, &cluster);
        notes.push(format!(
            "{cluster} median over {} ministries",
            members.len()
        ));
        series.push(Series {
            name: format!("{cluster} median"),
            values: plots::median_levels(ws, r, &members),
            answers: vec![None; n_areas],
            filled: false,
        });
    }
    let all: Vec<&str> = ws.ministries().iter().map(|x| x.id.as_str()).collect();
    notes.push(format!("All-ministries median over {}", all.len()));
    series.push(Series {
        name: "All ministries median".into(),
        values: plots::median_levels(ws, r, &all),
        answers: vec![None; n_areas],
        filled: false,
    });
}

impl ResultsView {
    fn radar_controls_ui(&mut self, ui: &mut Ui, ws: &Workspace) {
        if matches!(self.radar_mode, RadarMode::Rounds | RadarMode::Medians) {
            self.ministry = pick_ministry(ws, &self.ministry);
            combo_ui(ui, "Ministry", &mut self.ministry, ws, Choices::Ministries);
        }
        if self.radar_mode == RadarMode::Rounds {
            let chosen = self.rounds.get_or_insert_with(|| {
                ws.rounds()
                    .iter()
                    .rev()
                    .take(2)
                    .map(|r| r.id.to_string())
                    .collect()
            });
            ui.label(RichText::new("Rounds").strong());
            for r in ws.rounds() {
                let mut on = chosen.contains(r.id.as_str());
                if ui.checkbox(&mut on, r.display()).changed() {
                    if on {
                        chosen.insert(r.id.to_string());
                    } else {
                        chosen.remove(r.id.as_str());
                    }
                }
            }
        } else {
            self.round = pick_round(ws, &self.round, 0);
            combo_ui(ui, "Round", &mut self.round, ws, Choices::Rounds);
        }
        if self.radar_mode == RadarMode::Ministries {
            let chosen = self.compare.get_or_insert_with(|| {
                ws.ministries()
                    .iter()
                    .take(3)
                    .map(|m| m.id.to_string())
                    .collect()
            });
            ui.label(
                RichText::new(format!("Ministries (up to 6; {} chosen)", chosen.len())).strong(),
            );
            for m in ws.ministries() {
                let mut on = chosen.contains(m.id.as_str());
                let allowed = on || chosen.len() < 6;
                let r = ui.add_enabled(allowed, egui::Checkbox::new(&mut on, m.id.as_str()));
                if r.on_hover_text(&m.name).changed() {
                    if on {
                        chosen.insert(m.id.to_string());
                    } else {
                        chosen.remove(m.id.as_str());
                    }
                }
            }
        }
    }

    pub(super) fn radar_ui(&mut self, ui: &mut Ui, ws: &Workspace, revision: u64) {
        let p = theme::current(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut self.radar_mode,
                RadarMode::Rounds,
                "Rounds of one ministry",
            );
            ui.radio_value(
                &mut self.radar_mode,
                RadarMode::Ministries,
                "Ministries in one round",
            );
            ui.radio_value(
                &mut self.radar_mode,
                RadarMode::Medians,
                "Against cluster and all medians",
            );
        });
        egui::Panel::left("radar-controls")
            .exact_size(300.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("radar-controls-scroll")
                    .show(ui, |ui| self.radar_controls_ui(ui, ws));
            });
        let key: Key = (
            self.radar_mode,
            self.ministry.clone(),
            self.round.clone(),
            self.rounds
                .clone()
                .filter(|_| self.radar_mode == RadarMode::Rounds),
            self.compare
                .clone()
                .filter(|_| self.radar_mode == RadarMode::Ministries),
        );
        let chart = self.radar.get(revision, key, |k| {
            build(ws, k).unwrap_or(Chart {
                version: String::new(),
                series: Vec::new(),
                notes: Vec::new(),
            })
        });
        let Some(inst) = ws.instrument_version(&chart.version) else {
            ui.label("Choose what to show on the left.");
            return;
        };
        ui.horizontal_wrapped(|ui| {
            for (i, s) in chart.series.iter().enumerate() {
                ui.label(
                    RichText::new(format!("■ {} ({})", s.name, style_name(i)))
                        .color(theme::series(i))
                        .strong(),
                );
            }
        });
        ui.label(RichText::new("Hollow markers outside the outer ring are NA / NI: not a level, never plotted as a number. Lines break there.").small().color(p.muted));
        ui.add(
            egui::Label::new(
                RichText::new(chart.notes.join(" · "))
                    .small()
                    .color(p.muted),
            )
            .wrap(),
        );
        radar_plot_ui(ui, inst, &chart.series);
    }
}

/// Fill a radar area: egui fills convex shapes only, so fan out from the centre (every
/// radar area is star-shaped around it).
fn fill_ui(
    pu: &mut egui_plot::PlotUi<'_>,
    name: &str,
    values: &[Option<f64>],
    color: egui::Color32,
) {
    for poly in plots::radar_fill(values) {
        let ring: Vec<[f64; 2]> = poly.into_iter().filter(|p| *p != [0.0, 0.0]).collect();
        let closed = values.iter().all(Option::is_some);
        let pairs = ring.len().saturating_sub(usize::from(!closed));
        for k in 0..pairs {
            let tri = vec![[0.0, 0.0], ring[k], ring[(k + 1) % ring.len()]];
            pu.polygon(
                Polygon::new(name, tri)
                    .fill_color(color.gamma_multiply(0.18))
                    .stroke(Stroke::NONE)
                    .allow_hover(false),
            );
        }
    }
}

/// Rings 1..max with level names, spokes with area names, each series' outline (the
/// first solid and filled), and every value printed, equal ones on either side.
fn radar_plot_ui(ui: &mut Ui, inst: &Instrument, series: &[Series]) {
    let p = theme::current(ui.ctx());
    let n = inst.areas().len();
    let max = inst.level_count() as f64;
    // Full width: with a 1:1 aspect the extra width becomes room for spoke names.
    let height = ui.available_height().max(300.0);
    let width = ui.available_width().clamp(300.0, height * 1.9);
    let r_out = max + 1.5;
    let x_out = r_out * f64::from(width / height);
    Plot::new("radar")
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
                // Ring names sit between the first two spokes, clear of the values.
                let label = format!("{level} {}", inst.scale().label(level as u8));
                let [x, y] = plots::on_spoke(1, 4 * n, r);
                pu.text(
                    Text::new("", PlotPoint::new(x, y), RichText::new(label).size(12.0))
                        .anchor(egui::Align2::LEFT_CENTER)
                        .color(p.muted),
                );
            }
            spokes_ui(pu, inst, max, grid, p.text);
            for (i, s) in series.iter().enumerate() {
                series_ui(pu, series, i, s, n, max);
            }
        });
}

fn spokes_ui(
    pu: &mut egui_plot::PlotUi<'_>,
    inst: &Instrument,
    max: f64,
    grid: egui::Color32,
    text: egui::Color32,
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
                RichText::new(label).size(15.0).strong(),
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
    n: usize,
    max: f64,
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
                    RichText::new(text).size(15.0).strong(),
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
                    RichText::new(a.code()).size(13.0),
                )
                .color(color),
            );
        }
    }
}
