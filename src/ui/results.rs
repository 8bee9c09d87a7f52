//! The results views: radar, trend, heatmap and changes between rounds. All figures come
//! from `model::plots`; this module only draws them and keeps the selections.

use std::collections::BTreeSet;

use egui::{Color32, RichText, Sense, Stroke, StrokeKind, Ui};
use egui_plot::{
    HoverPosition, Line, LineStyle, MarkerShape, Plot, PlotPoint, Points, Polygon, Text,
};

use super::command::{Command, Screen};
use super::theme;
use super::widgets::answer_colors;
use crate::model::plots::{self, HeatSort, on_spoke};
use crate::model::stats::{self, Change, fmt2};
use crate::model::{Answer, Workspace};

/// Okabe-Ito colours: distinguishable with colour-blindness; series also differ by line style.
const SERIES: [Color32; 6] = [
    Color32::from_rgb(0x00, 0x72, 0xB2),
    Color32::from_rgb(0xD5, 0x5E, 0x00),
    Color32::from_rgb(0x00, 0x9E, 0x73),
    Color32::from_rgb(0xCC, 0x79, 0xA7),
    Color32::from_rgb(0xE6, 0x9F, 0x00),
    Color32::from_rgb(0x56, 0xB4, 0xE9),
];

fn series_style(i: usize) -> LineStyle {
    match i % 4 {
        0 => LineStyle::Solid,
        1 => LineStyle::dashed_loose(),
        2 => LineStyle::dotted_dense(),
        _ => LineStyle::dashed_dense(),
    }
}

fn style_name(i: usize) -> &'static str {
    ["solid", "dashed", "dotted", "short dashes"][i % 4]
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Radar,
    Trend,
    Heatmap,
    Changes,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum RadarMode {
    #[default]
    Rounds,
    Ministries,
    Medians,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum TrendMode {
    #[default]
    Ministry,
    AllMinistries,
}

/// Selections of the results views (UI state only).
#[derive(Default)]
pub struct ResultsView {
    /// The tab last shown (where "Results" returns to).
    pub tab: Tab,
    radar_mode: RadarMode,
    trend_mode: TrendMode,
    ministry: Option<String>,
    round: Option<String>,
    rounds: Option<BTreeSet<String>>,
    compare: Option<BTreeSet<String>>,
    sort: HeatSort,
    group_clusters: bool,
    from: Option<String>,
    to: Option<String>,
    change_ministry: Option<String>,
}

/// One radar polygon: a name for the legend and a value per area.
struct RadarSeries {
    name: String,
    values: Vec<Option<f64>>,
    answers: Vec<Option<Answer>>,
    filled: bool,
}

fn pick_ministry(ws: &Workspace, chosen: &Option<String>) -> Option<String> {
    chosen
        .clone()
        .filter(|m| ws.ministry(m).is_some())
        .or_else(|| ws.ministries().first().map(|m| m.id.to_string()))
}

fn pick_round(ws: &Workspace, chosen: &Option<String>, back: usize) -> Option<String> {
    chosen
        .clone()
        .filter(|r| ws.round(r).is_some())
        .or_else(|| {
            let rs = ws.rounds();
            rs.len()
                .checked_sub(1 + back)
                .or(rs.len().checked_sub(1))
                .map(|i| rs[i].id.to_string())
        })
}

/// What a combo box chooses from.
#[derive(Clone, Copy)]
enum Choices {
    Rounds,
    Ministries,
    /// Ministries, with "All ministries" (id "") first.
    MinistriesOrAll,
}

impl Choices {
    /// The shown text for one id.
    fn text(self, ws: &Workspace, id: &str) -> String {
        match self {
            Choices::MinistriesOrAll if id.is_empty() => "All ministries".to_owned(),
            Choices::Rounds => ws.round(id).map_or("–".to_owned(), |r| r.display()),
            _ => ws
                .ministry(id)
                .map_or("–".to_owned(), |m| format!("{} · {}", m.id, m.name)),
        }
    }

    /// Every (id, text): built only while the list is open, not every frame.
    fn list(self, ws: &Workspace) -> Vec<(String, String)> {
        let ids: Vec<String> = match self {
            Choices::Rounds => ws.rounds().iter().map(|r| r.id.to_string()).collect(),
            Choices::Ministries => ws.ministries().iter().map(|m| m.id.to_string()).collect(),
            Choices::MinistriesOrAll => std::iter::once(String::new())
                .chain(ws.ministries().iter().map(|m| m.id.to_string()))
                .collect(),
        };
        ids.into_iter()
            .map(|id| {
                let text = self.text(ws, &id);
                (id, text)
            })
            .collect()
    }
}

/// A combo box with its label above it.
fn combo_ui(
    ui: &mut Ui,
    label: &str,
    selected: &mut Option<String>,
    ws: &Workspace,
    choices: Choices,
) {
    let current = selected
        .as_deref()
        .map_or("–".to_owned(), |id| choices.text(ws, id));
    ui.vertical(|ui| {
        let l = ui.label(RichText::new(label).strong());
        let r = egui::ComboBox::from_id_salt(label)
            .width(270.0)
            .truncate()
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (id, text) in choices.list(ws) {
                    if ui
                        .selectable_label(selected.as_deref() == Some(id.as_str()), text)
                        .clicked()
                    {
                        *selected = Some(id);
                    }
                }
            });
        r.response.labelled_by(l.id);
    });
}

/// Break a long area name onto lines of about `width` characters.
fn wrap_label(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split_whitespace() {
        if line > 0 && line + word.len() > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.len();
    }
    out
}

impl ResultsView {
    /// Compare these ministries (at most six are shown) on the radar for one round.
    pub fn compare_on_radar(&mut self, round: &str, ministries: &[&str]) {
        self.radar_mode = RadarMode::Ministries;
        self.round = Some(round.to_owned());
        self.compare = Some(ministries.iter().take(6).map(|m| (*m).to_owned()).collect());
    }

    pub fn ui(&mut self, ui: &mut Ui, ws: &Workspace, shown: Tab, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        self.tab = shown;
        ui.horizontal(|ui| {
            for (tab, name) in [
                (Tab::Radar, "Radar"),
                (Tab::Trend, "Trend"),
                (Tab::Heatmap, "Heatmap"),
                (Tab::Changes, "Changes"),
            ] {
                let current = shown == tab;
                let text = RichText::new(name).strong().size(22.0);
                let button = if current {
                    egui::Button::new(text.color(Color32::WHITE)).fill(p.accent)
                } else {
                    egui::Button::new(text)
                };
                if ui
                    .add(button)
                    .accessible_name(format!("{name} view"))
                    .clicked()
                {
                    cmds.push(Command::Show(Screen::Results(tab)));
                }
            }
        });
        ui.label(RichText::new(stats::METHOD_NOTE).small().color(p.muted));
        ui.separator();
        if ws.rounds().is_empty() || ws.ministries().is_empty() {
            ui.label("Results appear once the workspace has rounds, ministries and scores.");
            return;
        }
        match shown {
            Tab::Radar => self.radar_ui(ui, ws),
            Tab::Trend => self.trend_ui(ui, ws),
            Tab::Heatmap => self.heatmap_ui(ui, ws, cmds),
            Tab::Changes => self.changes_ui(ui, ws),
        }
    }

    fn radar_ui(&mut self, ui: &mut Ui, ws: &Workspace) {
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
        let ministry = pick_ministry(ws, &self.ministry);
        let round = pick_round(ws, &self.round, 0);
        let mut series = Vec::new();
        let mut notes = Vec::new();
        egui::Panel::left("radar-controls")
            .exact_size(300.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("radar-controls-scroll")
                    .show(ui, |ui| {
                        match self.radar_mode {
                            RadarMode::Rounds | RadarMode::Medians => {
                                self.ministry = ministry.clone();
                                combo_ui(
                                    ui,
                                    "Ministry",
                                    &mut self.ministry,
                                    ws,
                                    Choices::Ministries,
                                );
                            }
                            RadarMode::Ministries => {}
                        }
                        match self.radar_mode {
                            RadarMode::Rounds => {
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
                            }
                            RadarMode::Ministries | RadarMode::Medians => {
                                self.round = round.clone();
                                combo_ui(ui, "Round", &mut self.round, ws, Choices::Rounds);
                            }
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
                                RichText::new(format!(
                                    "Ministries (up to 6; {} chosen)",
                                    chosen.len()
                                ))
                                .strong(),
                            );
                            for m in ws.ministries() {
                                let mut on = chosen.contains(m.id.as_str());
                                let allowed = on || chosen.len() < 6;
                                let r = ui.add_enabled(
                                    allowed,
                                    egui::Checkbox::new(&mut on, m.id.as_str()),
                                );
                                if r.on_hover_text(&m.name).changed() {
                                    if on {
                                        chosen.insert(m.id.to_string());
                                    } else {
                                        chosen.remove(m.id.as_str());
                                    }
                                }
                            }
                        }
                    });
            });

        // Build the series for the chosen mode.
        let ministry = self.ministry.clone().or(ministry);
        let round = self.round.clone().or(round);
        match self.radar_mode {
            RadarMode::Rounds => {
                let Some(m) = ministry.as_deref() else { return };
                let chosen = self.rounds.clone().unwrap_or_default();
                // Newest first: it is drawn solid and filled.
                for r in ws
                    .rounds()
                    .iter()
                    .rev()
                    .filter(|r| chosen.contains(r.id.as_str()))
                {
                    let s = stats::summary(ws, r.id.as_str(), m);
                    notes.push(format!(
                        "{}: coverage {}",
                        r.display(),
                        s.coverage.describe()
                    ));
                    series.push(RadarSeries {
                        name: r.display(),
                        values: plots::levels_of(&s.answers),
                        answers: s.answers,
                        filled: series.is_empty(),
                    });
                }
            }
            RadarMode::Ministries => {
                let Some(r) = round.as_deref() else { return };
                let chosen = self.compare.clone().unwrap_or_default();
                for m in ws
                    .ministries()
                    .iter()
                    .filter(|m| chosen.contains(m.id.as_str()))
                {
                    let s = stats::summary(ws, r, m.id.as_str());
                    notes.push(format!("{}: coverage {}", m.id, s.coverage.describe()));
                    series.push(RadarSeries {
                        name: m.id.to_string(),
                        values: plots::levels_of(&s.answers),
                        answers: s.answers,
                        filled: false,
                    });
                }
            }
            RadarMode::Medians => {
                let (Some(m), Some(r)) = (ministry.as_deref(), round.as_deref()) else {
                    return;
                };
                let s = stats::summary(ws, r, m);
                notes.push(format!("{m}: coverage {}", s.coverage.describe()));
                series.push(RadarSeries {
                    name: m.to_owned(),
                    values: plots::levels_of(&s.answers),
                    answers: s.answers,
                    filled: true,
                });
                let n_areas = ws.instrument().areas().len();
                if let Some(cluster) = ws.ministry(m).and_then(|x| x.cluster.clone()) {
                    let members = plots::cluster_members(ws, &cluster);
                    notes.push(format!(
                        "{cluster} median over {} ministries",
                        members.len()
                    ));
                    series.push(RadarSeries {
                        name: format!("{cluster} median"),
                        values: plots::median_levels(ws, r, &members),
                        answers: vec![None; n_areas],
                        filled: false,
                    });
                }
                let all: Vec<&str> = ws.ministries().iter().map(|x| x.id.as_str()).collect();
                notes.push(format!("All-ministries median over {}", all.len()));
                series.push(RadarSeries {
                    name: "All ministries median".into(),
                    values: plots::median_levels(ws, r, &all),
                    answers: vec![None; n_areas],
                    filled: false,
                });
            }
        }
        ui.horizontal_wrapped(|ui| {
            for (i, s) in series.iter().enumerate() {
                ui.label(
                    RichText::new(format!("■ {} ({})", s.name, style_name(i)))
                        .color(SERIES[i % SERIES.len()])
                        .strong(),
                );
            }
        });
        ui.label(RichText::new("Hollow markers outside the outer ring are NA / NI: not a level, never plotted as a number. Lines break there.").small().color(p.muted));
        ui.add(egui::Label::new(RichText::new(notes.join(" · ")).small().color(p.muted)).wrap());
        radar_plot_ui(ui, ws, &series);
    }

    fn trend_ui(&mut self, ui: &mut Ui, ws: &Workspace) {
        let p = theme::current(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut self.trend_mode,
                TrendMode::Ministry,
                "One ministry, every area",
            );
            ui.radio_value(
                &mut self.trend_mode,
                TrendMode::AllMinistries,
                "All ministries: median and range",
            );
            if self.trend_mode == TrendMode::Ministry {
                self.ministry = pick_ministry(ws, &self.ministry);
                combo_ui(ui, "Ministry", &mut self.ministry, ws, Choices::Ministries);
            }
        });
        ui.label(
            RichText::new("x: round dates (real spacing) · y: agreed level · gaps: NA, NI or not scored · hover a point for the round and rationale")
                .small()
                .color(p.muted),
        );
        let xs: Vec<f64> = ws.rounds().iter().map(|r| plots::date_x(r.date)).collect();
        let (x0, x1) = (
            xs.first().copied().unwrap_or(0.0) - 120.0,
            xs.last().copied().unwrap_or(0.0) + 120.0,
        );
        let max = ws.instrument().level_count() as f64;
        let scale = ws.instrument().scale().clone();
        let ministry = self.ministry.clone();
        let cols = if ui.available_width() > 1100.0 { 3 } else { 2 };
        let plot_w = ui.available_width() / cols as f32 - 16.0;
        egui::ScrollArea::vertical()
            .id_salt("trend-scroll")
            .auto_shrink(false)
            .show(ui, |ui| {
                egui::Grid::new("trend-grid")
                    .num_columns(cols)
                    .spacing([12.0, 12.0])
                    .show(ui, |ui| {
                        for (k, area) in ws.instrument().areas().iter().enumerate() {
                            ui.vertical(|ui| {
                                ui.set_width(plot_w);
                                ui.label(
                                    RichText::new(format!("{}. {}", k + 1, area.name)).strong(),
                                );
                                let labels = scale.clone();
                                let plot = Plot::new(("trend", k))
                                    .height(170.0)
                                    .width(plot_w)
                                    .allow_drag(false)
                                    .allow_zoom(false)
                                    .allow_scroll(false)
                                    .allow_boxed_zoom(false)
                                    .default_x_bounds(x0, x1)
                                    .x_grid_spacer({
                                        let xs = xs.clone();
                                        move |_| {
                                            xs.iter()
                                                .map(|&x| egui_plot::GridMark {
                                                    value: x,
                                                    step_size: 3650.0,
                                                })
                                                .collect()
                                        }
                                    })
                                    .default_y_bounds(0.5, max + 0.5)
                                    .x_axis_formatter(|m, _| {
                                        plots::x_date(m.value).map_or(String::new(), |d| {
                                            d.strftime("%Y-%m").to_string()
                                        })
                                    })
                                    .y_axis_formatter(move |m, _| {
                                        let v = m.value;
                                        if (v - v.round()).abs() < 1e-6 && v >= 1.0 && v <= max {
                                            format!("{v:.0} {}", labels.label(v as u8))
                                        } else {
                                            String::new()
                                        }
                                    });
                                match (self.trend_mode, ministry.as_deref()) {
                                    (TrendMode::Ministry, Some(m)) => {
                                        let pts = plots::trend_points(ws, m, k);
                                        let texts: Vec<(f64, String)> = pts
                                            .iter()
                                            .map(|pt| {
                                                let title = ws
                                                    .round(&pt.round)
                                                    .map_or(pt.round.clone(), |r| r.display());
                                                let rationale = ws
                                                    .score(&pt.round, m, k)
                                                    .map_or("", |s| s.rationale.as_str());
                                                let short: String =
                                                    rationale.chars().take(90).collect();
                                                let ans = pt
                                                    .answer
                                                    .map_or("not scored".to_owned(), |a| {
                                                        a.describe(&scale)
                                                    });
                                                (pt.x, format!("{title}\n{ans}\n{short}"))
                                            })
                                            .collect();
                                        plot.label_formatter(move |pos: &HoverPosition<'_>| {
                                            match pos {
                                                HoverPosition::NearDataPoint {
                                                    position, ..
                                                } => texts
                                                    .iter()
                                                    .find(|(x, _)| (x - position.x).abs() < 0.5)
                                                    .map(|(_, t)| t.clone()),
                                                HoverPosition::Elsewhere { .. } => None,
                                            }
                                        })
                                        .show(ui, |pu| {
                                            for seg in plots::trend_segments(&pts) {
                                                pu.line(
                                                    Line::new(area.label(), seg)
                                                        .color(SERIES[0])
                                                        .width(2.5),
                                                );
                                            }
                                            let valued: Vec<[f64; 2]> = pts
                                                .iter()
                                                .filter_map(|pt| {
                                                    pt.answer
                                                        .and_then(Answer::level)
                                                        .map(|l| [pt.x, f64::from(l)])
                                                })
                                                .collect();
                                            pu.points(
                                                Points::new(area.label(), valued)
                                                    .radius(5.0)
                                                    .color(SERIES[0]),
                                            );
                                            for pt in &pts {
                                                if let Some(
                                                    a @ (Answer::NotApplicable
                                                    | Answer::InsufficientInfo),
                                                ) = pt.answer
                                                {
                                                    pu.text(
                                                        Text::new(
                                                            "",
                                                            PlotPoint::new(pt.x, 0.75),
                                                            a.code(),
                                                        )
                                                        .color(p.muted),
                                                    );
                                                }
                                            }
                                        });
                                    }
                                    _ => {
                                        let spread = plots::area_spread(ws, k);
                                        plot.label_formatter(|pos: &HoverPosition<'_>| match pos {
                                            HoverPosition::NearDataPoint { position, .. } => {
                                                Some(format!(
                                                    "{}\nmedian {:.1}",
                                                    plots::x_date(position.x)
                                                        .map_or(String::new(), |d| d.to_string()),
                                                    position.y
                                                ))
                                            }
                                            HoverPosition::Elsewhere { .. } => None,
                                        })
                                        .show(ui, |pu| {
                                            for s in &spread {
                                                if let (Some(lo), Some(hi)) = (s.min, s.max) {
                                                    pu.line(
                                                        Line::new(
                                                            "range",
                                                            vec![
                                                                [s.x, f64::from(lo)],
                                                                [s.x, f64::from(hi)],
                                                            ],
                                                        )
                                                        .color(SERIES[5])
                                                        .width(8.0),
                                                    );
                                                }
                                            }
                                            let med: Vec<[f64; 2]> = spread
                                                .iter()
                                                .filter_map(|s| s.median.map(|m| [s.x, m]))
                                                .collect();
                                            pu.line(
                                                Line::new("median", med.clone())
                                                    .color(SERIES[0])
                                                    .width(2.5),
                                            );
                                            pu.points(
                                                Points::new("median", med)
                                                    .radius(5.0)
                                                    .color(SERIES[0]),
                                            );
                                            for s in &spread {
                                                pu.text(
                                                    Text::new(
                                                        "",
                                                        PlotPoint::new(s.x, 0.75),
                                                        format!("n={}", s.n),
                                                    )
                                                    .color(p.muted),
                                                );
                                            }
                                        });
                                    }
                                }
                            });
                            if (k + 1) % cols == 0 {
                                ui.end_row();
                            }
                        }
                    });
            });
    }

    fn heatmap_ui(&mut self, ui: &mut Ui, ws: &Workspace, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        self.round = pick_round(ws, &self.round, 0);
        ui.horizontal_wrapped(|ui| {
            combo_ui(ui, "Round", &mut self.round, ws, Choices::Rounds);
            ui.label("Sort:");
            ui.radio_value(&mut self.sort, HeatSort::List, "list order");
            ui.radio_value(&mut self.sort, HeatSort::Name, "name");
            ui.radio_value(&mut self.sort, HeatSort::Cluster, "cluster");
            ui.radio_value(&mut self.sort, HeatSort::Median, "median");
            ui.checkbox(&mut self.group_clusters, "Group by cluster");
        });
        let Some(round) = self.round.clone() else {
            return;
        };
        let sort = if self.group_clusters {
            HeatSort::Cluster
        } else {
            self.sort
        };
        let rows = plots::heatmap_rows(ws, &round, sort);
        // With grouping, a header row starts each cluster.
        enum Row<'a> {
            Header(String),
            Data(&'a plots::HeatRow),
        }
        let mut table: Vec<Row<'_>> = Vec::new();
        let mut last: Option<Option<String>> = None;
        for r in &rows {
            let c = ws.ministries()[r.ministry].cluster.clone();
            if self.group_clusters && last.as_ref() != Some(&c) {
                table.push(Row::Header(
                    c.clone().unwrap_or_else(|| "No cluster".into()),
                ));
                last = Some(c);
            }
            table.push(Row::Data(r));
        }
        let inst = ws.instrument();
        let areas = inst.areas();
        let levels = inst.level_count();
        let code_w = 100.0;
        let tail_w = 150.0;
        let gap = ui.spacing().item_spacing.x;
        let n_cols = areas.len() as f32;
        let cell_w = ((ui.available_width() - code_w - tail_w - 30.0 - gap * (n_cols + 2.0))
            / n_cols)
            .clamp(44.0, 110.0);
        let row_h = 34.0;
        let medians = plots::column_medians(ws, &round);
        ui.label(RichText::new("Cells: agreed level (number printed), NA and NI in grey, – not scored. Click a cell to open that scoring page.").small().color(p.muted));
        // Column headers: area number and short name.
        ui.horizontal(|ui| {
            ui.add_sized(
                [code_w, 44.0],
                egui::Label::new(RichText::new("Ministry").strong()),
            );
            for (k, a) in areas.iter().enumerate() {
                ui.allocate_ui_with_layout(
                    egui::vec2(cell_w, 44.0),
                    egui::Layout::top_down(egui::Align::Center),
                    |ui| {
                        ui.set_width(cell_w);
                        ui.label(RichText::new((k + 1).to_string()).strong());
                        ui.add(egui::Label::new(RichText::new(a.label()).small()).truncate())
                            .on_hover_text(&a.name);
                    },
                );
            }
            ui.add_sized(
                [tail_w, 44.0],
                egui::Label::new(RichText::new("Median · answered").strong().small()),
            );
        });
        let total_rows = table.len() + 1;
        egui::ScrollArea::vertical()
            .id_salt("heat-scroll")
            .auto_shrink(false)
            .show_rows(ui, row_h, total_rows, |ui, range| {
                for i in range {
                    ui.horizontal(|ui| match table.get(i) {
                        Some(Row::Header(name)) => {
                            ui.add_sized(
                                [code_w + 400.0, row_h],
                                egui::Label::new(RichText::new(name).strong().color(p.accent)),
                            );
                        }
                        Some(Row::Data(r)) => {
                            let m = &ws.ministries()[r.ministry];
                            ui.add_sized(
                                [code_w, row_h],
                                egui::Label::new(RichText::new(m.id.as_str()).strong()),
                            )
                            .on_hover_text(&m.name);
                            for (k, a) in r.answers.iter().enumerate() {
                                let resp = heat_cell_ui(ui, *a, levels, [cell_w, row_h - 4.0]);
                                let resp = resp.accessible_name(format!(
                                    "{} area {}: {}",
                                    m.id,
                                    k + 1,
                                    a.map_or("not scored".into(), |a| a.code())
                                ));
                                if resp.clicked() {
                                    cmds.push(Command::Show(Screen::Scoring {
                                        round: round.clone(),
                                        ministry: m.id.to_string(),
                                        page: k,
                                    }));
                                }
                            }
                            ui.add_sized(
                                [tail_w, row_h],
                                egui::Label::new(format!(
                                    "{} · {}/{}",
                                    fmt2(r.median),
                                    r.answered,
                                    areas.len()
                                )),
                            );
                        }
                        None => {
                            ui.add_sized(
                                [code_w, row_h],
                                egui::Label::new(RichText::new("Median").strong()),
                            );
                            for m in &medians {
                                ui.add_sized(
                                    [cell_w, row_h],
                                    egui::Label::new(
                                        RichText::new(m.map_or("–".into(), |v| format!("{v:.1}")))
                                            .strong(),
                                    ),
                                );
                            }
                        }
                    });
                }
            });
    }

    fn changes_ui(&mut self, ui: &mut Ui, ws: &Workspace) {
        let p = theme::current(ui.ctx());
        self.from = pick_round(ws, &self.from, 1);
        self.to = pick_round(ws, &self.to, 0);
        if self.change_ministry.is_none() {
            self.change_ministry = Some(String::new());
        }
        ui.horizontal_wrapped(|ui| {
            combo_ui(ui, "From round", &mut self.from, ws, Choices::Rounds);
            combo_ui(ui, "To round", &mut self.to, ws, Choices::Rounds);
            combo_ui(
                ui,
                "Ministries",
                &mut self.change_ministry,
                ws,
                Choices::MinistriesOrAll,
            );
        });
        let (Some(from), Some(to)) = (self.from.clone(), self.to.clone()) else {
            return;
        };
        if from == to {
            ui.label(RichText::new("Choose two different rounds to compare.").color(p.error));
            return;
        }
        let only = self.change_ministry.clone().filter(|m| !m.is_empty());
        let t = plots::change_table(ws, &from, &to, only.as_deref());
        if let Some(note) = &t.instrument_note {
            ui.label(RichText::new(note).color(p.error).strong());
        }
        let c = t.counts;
        ui.label(
            RichText::new(format!(
                "Improved {} · unchanged {} · declined {}   (newly scored {}, no longer scored {}: listed apart, not counted as change)",
                c.improved, c.unchanged, c.declined, c.newly_scored, c.no_longer_scored
            ))
            .strong(),
        );
        let inst = ws.instrument();
        let row_h = 30.0;
        let fmt = |a: Option<Answer>| a.map_or("–".to_owned(), |a| a.code());
        let line = |ui: &mut Ui, r: &plots::ChangeRow| {
            let m = &ws.ministries()[r.ministry];
            ui.add_sized(
                [110.0, row_h],
                egui::Label::new(RichText::new(m.id.as_str()).strong()),
            )
            .on_hover_text(&m.name);
            ui.add_sized(
                [330.0, row_h],
                egui::Label::new(format!("{}. {}", r.area + 1, inst.areas()[r.area].name))
                    .truncate(),
            );
            ui.add_sized([60.0, row_h], egui::Label::new(fmt(r.from)));
            ui.add_sized([60.0, row_h], egui::Label::new(fmt(r.to)));
            let (text, color) = match r.change {
                Change::Moved(d) if d > 0 => (format!("▲ +{d}"), p.ok),
                Change::Moved(d) if d < 0 => (format!("▼ {d}"), p.error),
                other => (other.describe(), p.text),
            };
            ui.add_sized(
                [90.0, row_h],
                egui::Label::new(RichText::new(text).color(color).strong()),
            );
        };
        ui.horizontal(|ui| {
            for (w, h) in [
                (110.0, "Ministry"),
                (330.0, "Area"),
                (60.0, "From"),
                (60.0, "To"),
                (90.0, "Change"),
            ] {
                ui.add_sized([w, row_h], egui::Label::new(RichText::new(h).strong()));
            }
        });
        let extra = t.newly_scored.len() + t.no_longer_scored.len();
        let height = (ui.available_height() - if extra > 0 { 200.0 } else { 0.0 }).max(200.0);
        egui::ScrollArea::vertical()
            .id_salt("changes-scroll")
            .max_height(height)
            .show_rows(ui, row_h, t.moved.len(), |ui, range| {
                for r in &t.moved[range] {
                    ui.horizontal(|ui| line(ui, r));
                }
            });
        for (title, list) in [
            ("Newly scored (a level now, none before)", &t.newly_scored),
            (
                "No longer scored (a level before, none now)",
                &t.no_longer_scored,
            ),
        ] {
            if list.is_empty() {
                continue;
            }
            ui.add_space(6.0);
            ui.label(RichText::new(format!("{title}: {}", list.len())).strong());
            egui::ScrollArea::vertical()
                .id_salt(title)
                .max_height(90.0)
                .show(ui, |ui| {
                    for r in list {
                        ui.horizontal(|ui| line(ui, r));
                    }
                });
        }
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
    if ui.is_rect_visible(rect) {
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
            Some(Answer::InsufficientInfo) => Stroke::new(2.0, p.text),
            _ if resp.hovered() => Stroke::new(2.0, p.accent),
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
    }
    resp
}

/// Draw a radar: rings 1..max labelled with level names, spokes with area names, and
/// each series' outline (newest solid and filled), values printed at the points.
fn radar_plot_ui(ui: &mut Ui, ws: &Workspace, series: &[RadarSeries]) {
    let p = theme::current(ui.ctx());
    let inst = ws.instrument();
    let n = inst.areas().len();
    let max = inst.level_count() as f64;
    // Full width: with a 1:1 aspect the extra width becomes room for spoke names.
    let height = ui.available_height().max(300.0);
    let width = ui.available_width().clamp(300.0, height * 1.9);
    // The vertical range fits the rings and top/bottom names; the horizontal range
    // follows the plot's shape, leaving the sides for the longer spoke names.
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
                    .color(p.text),
                );
            }
            for (i, s) in series.iter().enumerate() {
                let color = SERIES[i % SERIES.len()];
                let segments = plots::radar_segments(&s.values);
                if s.filled && segments.len() == 1 && s.values.iter().all(Option::is_some) {
                    // egui fills polygons as convex: fill a fan of triangles instead.
                    for w in segments[0].windows(2) {
                        let tri = vec![[0.0, 0.0], w[0], w[1]];
                        pu.polygon(
                            Polygon::new(&s.name, tri)
                                .fill_color(color.gamma_multiply(0.18))
                                .stroke(Stroke::NONE)
                                .allow_hover(false),
                        );
                    }
                }
                for seg in segments {
                    pu.line(
                        Line::new(&s.name, seg)
                            .color(color)
                            .width(if i == 0 { 3.5 } else { 2.5 })
                            .style(series_style(i)),
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
                        // Print each value once: later series only where they differ.
                        let same_as_first =
                            i > 0 && series[0].values.get(k).copied().flatten() == Some(*v);
                        if same_as_first {
                            continue;
                        }
                        let [x, y] = on_spoke(k, n, *v + if i == 0 { 0.35 } else { -0.35 });
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
        });
}
