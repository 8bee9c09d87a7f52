//! Trend: small multiples, one per area of the current instrument, over the real round
//! dates. One ministry's answers (with gaps for NA, NI, unscored, and breaks where an
//! area changed meaning), or the median and range across all ministries.

use egui::{RichText, Ui};
use egui_plot::{GridMark, HoverPosition, Line, Plot, PlotPoint, Points, Text};

use super::{Choices, ResultsView, TrendMode, combo_ui, pick_ministry};
use crate::model::plots::{self, Spread, TrendPoint};
use crate::model::{Answer, Workspace};
use crate::ui::keymap::Action;
use crate::ui::{lang, theme};

/// One small chart's data.
pub(super) enum Series {
    /// A ministry: its points, and the hover text of each round.
    Ministry(Vec<TrendPoint>, Vec<(f64, String)>),
    Spread(Vec<Spread>),
}

/// Everything the trend view draws, computed once per revision and selection.
pub(super) struct Trends {
    /// Per area: its number and name, and the data.
    areas: Vec<(String, String, Series)>,
    xs: Vec<f64>,
}

fn build(ws: &Workspace, mode: TrendMode, ministry: Option<&str>, t: &lang::Texts) -> Trends {
    let scale = ws.instrument().scale();
    let areas = ws
        .instrument()
        .areas()
        .iter()
        .enumerate()
        .map(|(k, area)| {
            let id = &area.id;
            let ministry = ministry.and_then(|m| ws.ministry(m)).map(|m| &m.id);
            let series = match (mode, ministry) {
                (TrendMode::Ministry, Some(m)) => {
                    let pts = plots::trend_points(ws, m, id);
                    let texts = pts
                        .iter()
                        .map(|pt| {
                            let title = ws
                                .round(&pt.round)
                                .map_or(pt.round.clone(), |r| r.display());
                            let rationale = ws
                                .round(&pt.round)
                                .and_then(|r| ws.score(&r.id, m, id))
                                .map_or("", |s| s.rationale.as_str());
                            let short: String = rationale.chars().take(90).collect();
                            let ans = pt
                                .answer
                                .map_or_else(|| t.get("trend-not-scored"), |a| a.describe(scale));
                            (pt.x, format!("{title}\n{ans}\n{short}"))
                        })
                        .collect();
                    Series::Ministry(pts, texts)
                }
                _ => Series::Spread(plots::area_spread(ws, id)),
            };
            (
                format!("{}. {}", k + 1, area.name),
                area.label().to_owned(),
                series,
            )
        })
        .collect();
    let xs = ws.rounds().iter().map(|r| plots::date_x(r.date)).collect();
    Trends { areas, xs }
}

impl ResultsView {
    /// Show: the ministry's areas or all ministries; which ministry; how to read it.
    fn trend_choices_ui(&mut self, ui: &mut Ui, ws: &Workspace) {
        let p = theme::current(ui.ctx());
        let t = lang::texts(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut self.trend_mode,
                TrendMode::Ministry,
                t.get("trend-mode-ministry"),
            );
            ui.radio_value(
                &mut self.trend_mode,
                TrendMode::AllMinistries,
                t.get("trend-mode-all"),
            );
            if self.trend_mode == TrendMode::Ministry {
                combo_ui(
                    ui,
                    "results-ministry",
                    &mut self.ministry,
                    ws,
                    Choices::Ministries,
                );
            }
        });
        ui.label(
            RichText::new(t.get("trend-how-to-read"))
                .small()
                .color(p.muted),
        );
    }

    pub(super) fn trend_ui(&mut self, ui: &mut Ui, ws: &Workspace, revision: u64) {
        let p = theme::current(ui.ctx());
        if self.trend_mode == TrendMode::Ministry {
            self.ministry = pick_ministry(ws, &self.ministry);
        }
        if !self.present {
            self.trend_choices_ui(ui, ws);
        }
        // The hover texts are in the interface language.
        let texts = lang::texts(ui.ctx());
        let key = (
            self.trend_mode,
            self.ministry.clone(),
            texts.code().to_owned(),
        );
        let data = self.trends.get(revision, key, |(mode, m, _)| {
            build(ws, *mode, m.as_deref(), &texts)
        });
        let cols = if ui.available_width() > 1100.0 { 3 } else { 2 };
        let total = data.areas.len();
        // Presented, the areas come a screenful at a time (2 by 2, or 3 by 2 on a wide
        // screen), paged with the arrow keys; on screen they scroll.
        let shown = if self.present {
            let per_page = cols * 2;
            let pages = total.div_ceil(per_page).max(1);
            let back = ui.input_mut(|i| Action::PreviousPage.consume(i));
            let on = ui.input_mut(|i| Action::NextPage.consume(i));
            self.trend_page = (self.trend_page + usize::from(on))
                .saturating_sub(usize::from(back))
                .min(pages - 1);
            let first = self.trend_page * per_page;
            let t = lang::texts(ui.ctx());
            let title = match (self.trend_mode, self.ministry.as_deref()) {
                (TrendMode::Ministry, Some(m)) => ws.ministry(m).map_or(m.to_owned(), |x| {
                    let who = format!("{} · {}", x.id, x.name);
                    t.with("trend-title-ministry", &[("ministry", who.into())])
                }),
                _ => t.get("trend-title-all"),
            };
            super::present_title_ui(ui, &title);
            let last = (first + per_page).min(total);
            let paging = t.with(
                "trend-paging",
                &[
                    ("first", (first + 1).into()),
                    ("last", last.into()),
                    ("total", total.into()),
                ],
            );
            ui.label(RichText::new(paging).color(p.muted));
            first..last
        } else {
            0..total
        };
        let plot_w = ui.available_width() / cols as f32 - 16.0;
        let plot_h = if self.present {
            Some((ui.available_height() / 2.0 - 60.0).max(120.0))
        } else {
            None
        };
        let max = ws.instrument().level_count() as f64;
        egui::ScrollArea::vertical()
            .id_salt("trend-scroll")
            .auto_shrink(false)
            .show(ui, |ui| {
                egui::Grid::new("trend-grid")
                    .num_columns(cols)
                    .spacing([12.0, 12.0])
                    .show(ui, |ui| {
                        for (k, (title, label, series)) in data
                            .areas
                            .iter()
                            .enumerate()
                            .skip(shown.start)
                            .take(shown.len())
                        {
                            ui.vertical(|ui| {
                                ui.set_width(plot_w);
                                ui.label(RichText::new(title).strong());
                                let plot = small_plot(k, plot_w, plot_h, &data.xs, max, ws);
                                match series {
                                    Series::Ministry(pts, texts) => {
                                        ministry_ui(ui, plot, label, pts, texts, p.muted);
                                    }
                                    Series::Spread(spread) => spread_ui(ui, plot, spread, p.muted),
                                }
                            });
                            if (k + 1) % cols == 0 {
                                ui.end_row();
                            }
                        }
                    });
            });
    }
}

fn small_plot(
    k: usize,
    width: f32,
    height: Option<f32>,
    xs: &[f64],
    max: f64,
    ws: &Workspace,
) -> Plot<'static> {
    let (x0, x1) = (
        xs.first().copied().unwrap_or(0.0) - 120.0,
        xs.last().copied().unwrap_or(0.0) + 120.0,
    );
    let labels = ws.instrument().scale().clone();
    // A grid line per round while they fit; with many rounds, every k-th (at most six),
    // so labels stay readable.
    let step = xs.len().div_ceil(6).max(1);
    let marks: Vec<f64> = xs.iter().copied().step_by(step).collect();
    Plot::new(("trend", k))
        .height(height.unwrap_or(170.0))
        .width(width)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .default_x_bounds(x0, x1)
        .x_grid_spacer(move |_| {
            marks
                .iter()
                .map(|&x| GridMark {
                    value: x,
                    step_size: 3650.0,
                })
                .collect()
        })
        .default_y_bounds(0.5, max + 0.5)
        .x_axis_formatter(|m, _| {
            plots::x_date(m.value).map_or(String::new(), |d| d.strftime("%Y-%m").to_string())
        })
        .y_axis_formatter(move |m, _| {
            let v = m.value;
            if (v - v.round()).abs() < 1e-6 && v >= 1.0 && v <= max {
                format!("{v:.0} {}", labels.label(v as u8))
            } else {
                String::new()
            }
        })
}

fn ministry_ui(
    ui: &mut Ui,
    plot: Plot<'_>,
    label: &str,
    pts: &[TrendPoint],
    texts: &[(f64, String)],
    muted: egui::Color32,
) {
    let color = theme::series(0);
    plot.label_formatter(|pos: &HoverPosition<'_>| match pos {
        HoverPosition::NearDataPoint { position, .. } => texts
            .iter()
            .find(|(x, _)| (x - position.x).abs() < 0.5)
            .map(|(_, t)| t.clone()),
        HoverPosition::Elsewhere { .. } => None,
    })
    .show(ui, |pu| {
        for seg in plots::trend_segments(pts) {
            pu.line(Line::new(label, seg).color(color).width(2.5));
        }
        let valued: Vec<[f64; 2]> = pts
            .iter()
            .filter_map(|pt| {
                pt.answer
                    .and_then(Answer::level)
                    .map(|l| [pt.x, f64::from(l)])
            })
            .collect();
        pu.points(Points::new(label, valued).radius(5.0).color(color));
        for pt in pts {
            if let Some(a @ (Answer::NotApplicable | Answer::InsufficientInfo)) = pt.answer {
                pu.text(Text::new("", PlotPoint::new(pt.x, 0.75), a.code()).color(muted));
            }
        }
    });
}

fn spread_ui(ui: &mut Ui, plot: Plot<'_>, spread: &[Spread], muted: egui::Color32) {
    plot.label_formatter(|pos: &HoverPosition<'_>| match pos {
        HoverPosition::NearDataPoint { position, .. } => Some(format!(
            "{}\nmedian {:.1}",
            plots::x_date(position.x).map_or(String::new(), |d| d.to_string()),
            position.y
        )),
        HoverPosition::Elsewhere { .. } => None,
    })
    .show(ui, |pu| {
        for s in spread {
            if let (Some(lo), Some(hi)) = (s.min, s.max) {
                pu.line(
                    Line::new("range", vec![[s.x, f64::from(lo)], [s.x, f64::from(hi)]])
                        .color(theme::series(2))
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
                .color(theme::series(0))
                .width(2.5),
        );
        pu.points(
            Points::new("median", med)
                .radius(5.0)
                .color(theme::series(0)),
        );
        for s in spread {
            pu.text(Text::new("", PlotPoint::new(s.x, 0.75), format!("n={}", s.n)).color(muted));
        }
    });
}
