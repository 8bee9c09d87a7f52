//! The radar: the rounds of one ministry, up to six ministries in one round, or a
//! ministry against its cluster's and all ministries' medians. Geometry from
//! `model::plots`; series colours from the shared look (the PDF's).

use std::collections::BTreeSet;

use egui::{RichText, Ui};

use super::radar_plot::{Sizes, radar_plot_ui};
use super::{Choices, RadarMode, ResultsView, combo_ui, pick_ministry, pick_round, style_name};
use crate::model::compare::comparability;
use crate::model::plots;
use crate::model::{Answer, Instrument, MinistryId, RoundId, Workspace, stats};
use crate::report::names;
use crate::ui::{lang, theme};

/// What the chart depends on besides the document.
pub(super) type Key = (
    RadarMode,
    Option<String>,
    Option<String>,
    Option<BTreeSet<String>>,
    Option<BTreeSet<String>>,
    // The interface language: the titles and notes are in it.
    String,
);

/// One radar polygon: a name for the legend and a value per area.
pub(super) struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
    pub answers: Vec<Option<Answer>>,
    pub filled: bool,
}

/// The series to draw, on the spokes of one instrument version.
pub(super) struct Chart {
    version: String,
    /// Who and when: the ministry and the round(s), named for the room.
    title: String,
    series: Vec<Series>,
    notes: Vec<String>,
}

/// `round`'s answers on the areas of `inst`, where they compare with `spokes_round`.
fn answers_on(
    ws: &Workspace,
    inst: &Instrument,
    spokes_round: &RoundId,
    round: &RoundId,
    ministry: &MinistryId,
) -> Vec<Option<Answer>> {
    inst.areas()
        .iter()
        .map(|a| {
            let id = &a.id;
            comparability(ws, round, spokes_round, id)
                .is_comparable()
                .then(|| ws.answer(round, ministry, id))
                .flatten()
        })
        .collect()
}

fn build(ws: &Workspace, key: &Key, t: &lang::Texts) -> Option<Chart> {
    let (mode, ministry, round, rounds, compare, _) = key;
    let mut series = Vec::new();
    let mut notes = Vec::new();
    let spokes_round = match mode {
        RadarMode::Rounds => ws
            .rounds()
            .iter()
            .rev()
            .find(|r| rounds.as_ref().is_some_and(|c| c.contains(r.id.as_str())))?,
        _ => ws.round(round.as_deref()?)?,
    };
    let spokes_round = &spokes_round.id;
    let inst = ws.instrument_for(spokes_round)?;
    // The chosen ministry, as the workspace names it (a choice may be out of date).
    let ministry = ministry
        .as_deref()
        .and_then(|m| ws.ministry(m))
        .map(|m| &m.id);
    let who = |m: &MinistryId| {
        ws.ministry(m)
            .map_or(m.to_string(), |x| format!("{} · {}", x.id, x.name))
    };
    let when = ws
        .round(spokes_round)
        .map(|r| r.display())
        .unwrap_or_default();
    let title = match mode {
        RadarMode::Rounds => who(ministry?),
        RadarMode::Ministries => t.with("radar-title-ministries", &[("round", when.into())]),
        RadarMode::Medians => t.with(
            "radar-title-medians",
            &[("ministry", who(ministry?).into()), ("round", when.into())],
        ),
    };
    match mode {
        RadarMode::Rounds => {
            let m = ministry?;
            let chosen = rounds.clone().unwrap_or_default();
            // Newest first: it is drawn solid and filled.
            for r in ws
                .rounds()
                .iter()
                .rev()
                .filter(|r| chosen.contains(r.id.as_str()))
            {
                let answers = answers_on(ws, inst, spokes_round, &r.id, m);
                let s = stats::summary(ws, &r.id, m);
                notes.push(coverage_note(t, &r.display(), &s.coverage));
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
                let s = stats::summary(ws, spokes_round, &m.id);
                notes.push(coverage_note(t, m.id.as_str(), &s.coverage));
                series.push(Series {
                    name: m.id.to_string(),
                    values: plots::levels_of(&s.answers),
                    answers: s.answers,
                    filled: false,
                });
            }
        }
        RadarMode::Medians => medians(t, ws, spokes_round, ministry?, (&mut series, &mut notes)),
    }
    Some(Chart {
        version: inst.version().to_owned(),
        title,
        series,
        notes,
    })
}

/// "Who: coverage …" under the chart.
fn coverage_note(t: &lang::Texts, who: &str, c: &stats::Coverage) -> String {
    t.with(
        "radar-coverage",
        &[
            ("who", who.into()),
            ("coverage", names::coverage(t, c).into()),
        ],
    )
}

fn medians(
    t: &lang::Texts,
    ws: &Workspace,
    r: &RoundId,
    m: &MinistryId,
    (series, notes): (&mut Vec<Series>, &mut Vec<String>),
) {
    let n_areas = ws.instrument_for(r).map_or(0, |i| i.areas().len());
    let s = stats::summary(ws, r, m);
    notes.push(coverage_note(t, m.as_str(), &s.coverage));
    series.push(Series {
        name: m.to_string(),
        values: plots::levels_of(&s.answers),
        answers: s.answers,
        filled: true,
    });
    if let Some(cluster) = ws.ministry(m).and_then(|x| x.cluster.clone()) {
        let members = plots::cluster_members(ws, &cluster);
        notes.push(t.with(
            "radar-cluster-median-over",
            &[
                ("cluster", cluster.as_str().into()),
                ("n", members.len().into()),
            ],
        ));
        series.push(Series {
            name: t.with(
                "radar-cluster-median",
                &[("cluster", cluster.as_str().into())],
            ),
            values: plots::median_levels(ws, r, &members),
            answers: vec![None; n_areas],
            filled: false,
        });
    }
    let all: Vec<&str> = ws.ministries().iter().map(|x| x.id.as_str()).collect();
    notes.push(t.with("radar-all-median-over", &[("n", all.len().into())]));
    series.push(Series {
        name: t.get("radar-all-median"),
        values: plots::median_levels(ws, r, &all),
        answers: vec![None; n_areas],
        filled: false,
    });
}

/// Checkboxes, one row each. A long list gets a scroll area of its own where only the
/// rows in sight are laid out, one line each, so 1,000 ministries cost what a dozen do.
fn check_list_ui(ui: &mut Ui, id: &str, n: usize, mut row: impl FnMut(&mut Ui, usize)) {
    const SHORT: usize = 12;
    if n <= SHORT {
        for i in 0..n {
            row(ui, i);
        }
        return;
    }
    let row_h = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body));
    let shown = SHORT as f32;
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(shown * (row_h + ui.spacing().item_spacing.y))
        .auto_shrink([false, true])
        .show_rows(ui, row_h, n, |ui, range| {
            // One line per row, as the rows' fixed height assumes; the name is on hover.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            for i in range {
                row(ui, i);
            }
        });
}

impl ResultsView {
    fn radar_controls_ui(&mut self, ui: &mut Ui, ws: &Workspace) {
        if matches!(self.radar_mode, RadarMode::Rounds | RadarMode::Medians) {
            self.ministry = pick_ministry(ws, &self.ministry);
            combo_ui(
                ui,
                "results-ministry",
                &mut self.ministry,
                ws,
                Choices::Ministries,
            );
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
            ui.label(RichText::new(lang::tr(ui, "radar-rounds")).strong());
            let rounds = ws.rounds();
            // Newest first: the default two are at the top.
            check_list_ui(ui, "radar-rounds", rounds.len(), |ui, i| {
                let r = &rounds[rounds.len() - 1 - i];
                let mut on = chosen.contains(r.id.as_str());
                let b = ui.checkbox(&mut on, r.display());
                if b.on_hover_text(r.display()).changed() {
                    if on {
                        chosen.insert(r.id.to_string());
                    } else {
                        chosen.remove(r.id.as_str());
                    }
                }
            });
        } else {
            self.round = pick_round(ws, &self.round, 0);
            combo_ui(ui, "results-round", &mut self.round, ws, Choices::Rounds);
        }
        if self.radar_mode == RadarMode::Ministries {
            let chosen = self.compare.get_or_insert_with(|| {
                ws.ministries()
                    .iter()
                    .take(3)
                    .map(|m| m.id.to_string())
                    .collect()
            });
            let head =
                lang::texts(ui.ctx()).with("radar-ministries", &[("n", chosen.len().into())]);
            ui.label(RichText::new(head).strong());
            let ministries = ws.ministries();
            check_list_ui(ui, "radar-ministries", ministries.len(), |ui, i| {
                let m = &ministries[i];
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
            });
        }
    }

    /// The three ways to use the radar, and what to show on the left.
    fn radar_choices_ui(&mut self, ui: &mut Ui, ws: &Workspace) {
        let t = lang::texts(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            for (mode, id) in [
                (RadarMode::Rounds, "radar-mode-rounds"),
                (RadarMode::Ministries, "radar-mode-ministries"),
                (RadarMode::Medians, "radar-mode-medians"),
            ] {
                ui.radio_value(&mut self.radar_mode, mode, t.get(id));
            }
        });
        egui::Panel::left("radar-controls")
            .exact_size(300.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("radar-controls-scroll")
                    .show(ui, |ui| self.radar_controls_ui(ui, ws));
            });
    }

    pub(super) fn radar_ui(&mut self, ui: &mut Ui, ws: &Workspace, revision: u64) {
        let p = theme::current(ui.ctx());
        let t = lang::texts(ui.ctx());
        if !self.present {
            self.radar_choices_ui(ui, ws);
        }
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
            t.code().to_owned(),
        );
        let chart = self.radar.get(revision, key, |k| {
            build(ws, k, &t).unwrap_or(Chart {
                version: String::new(),
                title: String::new(),
                series: Vec::new(),
                notes: Vec::new(),
            })
        });
        let Some(inst) = ws
            .instrument_version(&chart.version)
            .map(|i| i.localized(t.code()))
        else {
            ui.label(t.get("radar-choose"));
            return;
        };
        let sizes = if self.present {
            Sizes::PRESENT
        } else {
            Sizes::SCREEN
        };
        if self.present {
            super::present_title_ui(ui, &chart.title);
        } else {
            ui.label(RichText::new(&chart.title).strong().size(22.0));
        }
        ui.horizontal_wrapped(|ui| {
            for (i, s) in chart.series.iter().enumerate() {
                ui.label(
                    RichText::new(format!("■ {} ({})", s.name, t.get(style_name(i))))
                        .color(theme::series(i))
                        .size(sizes.legend)
                        .strong(),
                );
            }
        });
        // Ring names go here, not on the chart, where they would cover values.
        {
            let rings: Vec<String> = inst
                .scale()
                .levels
                .iter()
                .map(|l| format!("{} {}", t.number(&l.value.to_string()), l.label))
                .collect();
            let rings = t.with("radar-rings", &[("rings", rings.join(" · ").into())]);
            ui.label(RichText::new(rings).size(sizes.rings).color(p.muted));
        }
        if !self.present {
            ui.label(RichText::new(t.get("radar-hollow")).small().color(p.muted));
            ui.add(
                egui::Label::new(
                    RichText::new(chart.notes.join(" · "))
                        .small()
                        .color(p.muted),
                )
                .wrap(),
            );
        }
        let words = describe(&t, &inst, chart);
        radar_plot_ui(ui, &inst, &chart.series, sizes, (&chart.title, &words));
    }
}

/// The chart in words, as the PDF reports say it: the newest series against the one
/// before when there are two, else each series in turn.
fn describe(t: &lang::Texts, inst: &Instrument, chart: &Chart) -> String {
    let areas: Vec<String> = inst.areas().iter().map(|a| a.name.clone()).collect();
    let radar = crate::report::alt::radar;
    match &chart.series[..] {
        [now, before] => radar(
            t,
            &chart.title,
            &now.name,
            Some((&before.name, &before.answers)),
            &areas,
            &now.answers,
        ),
        all => all
            .iter()
            .map(|s| radar(t, &chart.title, &s.name, None, &areas, &s.answers))
            .collect::<Vec<_>>()
            .join(" "),
    }
}
