//! The results views: radar, trend, heatmap, changes between rounds, the history and
//! the round's review (`review.rs`: sign-off and the comments matrix). All figures come
//! from `model::plots` (the PDF draws the same) and are computed once per document
//! revision and selection; this module keeps the selections and draws.

mod changes;
mod heatmap;
mod history;
mod radar;
mod radar_plot;
mod review;
mod trend;

pub(crate) use review::status_id;

use std::collections::BTreeSet;

use egui::{RichText, Ui};
use egui_plot::LineStyle;

use crate::model::Workspace;
use crate::model::history::Chain;
use crate::model::plots::{ChangeTable, HeatRow, HeatSort};
use crate::session::Document;
use crate::session::cache::Memo;
use crate::ui::command::{Command, Screen};
use crate::ui::theme;

/// Line styles of the series, so colour is never the only difference.
fn series_style(i: usize) -> LineStyle {
    match i % 4 {
        0 => LineStyle::Solid,
        1 => LineStyle::dashed_loose(),
        2 => LineStyle::dotted_dense(),
        _ => LineStyle::dashed_dense(),
    }
}

/// The message id of series `i`'s line style.
fn style_name(i: usize) -> &'static str {
    [
        "results-style-solid",
        "results-style-dashed",
        "results-style-dotted",
        "results-style-short-dashes",
    ][i % 4]
}

/// Heatmap rows and the column medians under them.
type HeatTable = (Vec<HeatRow>, Vec<Option<f64>>);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Radar,
    Trend,
    Heatmap,
    Changes,
    History,
    Review,
}

impl Tab {
    /// A lower-case name for file names.
    pub fn name(self) -> &'static str {
        match self {
            Tab::Radar => "radar",
            Tab::Trend => "trend",
            Tab::Heatmap => "heatmap",
            Tab::Changes => "changes",
            Tab::History => "history",
            Tab::Review => "review",
        }
    }
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

/// Selections of the results views (UI state only), and their cached figures.
#[derive(Default)]
pub struct ResultsView {
    /// The tab last shown (where "Results" returns to).
    pub tab: Tab,
    /// Presentation mode: the current chart alone, with large labels.
    pub present: bool,
    /// This frame is being photographed as a PNG: no hint line either.
    pub capturing: bool,
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
    /// Unchanged areas are listed too (hidden by default: the story is the moves).
    show_unchanged: bool,
    history_round: Option<String>,
    history_ministry: Option<String>,
    /// Whether the history's chain holds, checked once per revision (it hashes every
    /// entry).
    chain: Memo<(), Chain>,
    radar: Memo<radar::Key, radar::Chart>,
    heat: Memo<(String, HeatSort), HeatTable>,
    /// The heatmap rows' cell texts, kept between frames.
    heat_galleys: crate::ui::painted::KeptGalleys,
    changes: Memo<(String, String, Option<String>), ChangeTable>,
    /// The Changes list's lines for the same selection and the unchanged toggle.
    change_lines: Memo<(String, String, Option<String>, bool), Vec<changes::Line>>,
    trends: Memo<(TrendMode, Option<String>, String), trend::Trends>,
    /// The page of areas the presented trend shows.
    trend_page: usize,
    /// The review view's round and boxes.
    review: review::ReviewForm,
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
    fn text(self, t: &crate::ui::lang::Texts, ws: &Workspace, id: &str) -> String {
        match self {
            Choices::MinistriesOrAll if id.is_empty() => t.get("results-all-ministries"),
            Choices::Rounds => ws.round(id).map_or("–".to_owned(), |r| r.display()),
            _ => ws
                .ministry(id)
                .map_or("–".to_owned(), |m| format!("{} · {}", m.id, m.name)),
        }
    }

    /// Every (id, text): built only while the list is open, not every frame.
    fn list(self, t: &crate::ui::lang::Texts, ws: &Workspace) -> Vec<(String, String)> {
        let ids: Vec<String> = match self {
            Choices::Rounds => ws.rounds().iter().map(|r| r.id.to_string()).collect(),
            Choices::Ministries => ws.ministries().iter().map(|m| m.id.to_string()).collect(),
            Choices::MinistriesOrAll => std::iter::once(String::new())
                .chain(ws.ministries().iter().map(|m| m.id.to_string()))
                .collect(),
        };
        ids.into_iter()
            .map(|id| {
                let text = self.text(t, ws, &id);
                (id, text)
            })
            .collect()
    }
}

/// A combo box with its label above it.
fn combo_ui(
    ui: &mut Ui,
    label_id: &str,
    selected: &mut Option<String>,
    ws: &Workspace,
    choices: Choices,
) {
    let t = crate::ui::lang::texts(ui.ctx());
    let current = selected
        .as_deref()
        .map_or("–".to_owned(), |id| choices.text(&t, ws, id));
    ui.vertical(|ui| {
        let l = ui.label(RichText::new(t.get(label_id)).strong());
        let r = egui::ComboBox::from_id_salt(label_id)
            .width(240.0)
            .wrap()
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (id, text) in choices.list(&t, ws) {
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

/// Presenting to a room: no text under 24 px, the charts' axis labels included (egui's
/// plots take their sizes from these styles).
fn present_style(style: &mut egui::Style) {
    use egui::{FontId, TextStyle};
    for (text, px) in [
        (TextStyle::Small, 24.0),
        (TextStyle::Body, 26.0),
        (TextStyle::Button, 24.0),
        (TextStyle::Monospace, 24.0),
        (TextStyle::Heading, 32.0),
    ] {
        style.text_styles.insert(text, FontId::proportional(px));
    }
}

/// What a presented chart shows, named for the room: at the top, large.
fn present_title_ui(ui: &mut Ui, title: &str) {
    ui.add(egui::Label::new(RichText::new(title).strong().size(30.0)).wrap());
}

/// Break a long area name onto lines of about `width` characters.
fn wrap_label(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split_whitespace() {
        if line > 0 && line + word.chars().count() > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.chars().count();
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

    /// Forget cached figures and selections of the previous document.
    pub fn forget_data(&mut self) {
        let tab = self.tab;
        *self = Self::default();
        self.tab = tab;
    }

    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, shown: Tab, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        let ws = doc.workspace();
        self.tab = shown;
        if self.capturing {
            // Photographed for a slide: the chart only.
        } else if self.present {
            let leave = crate::ui::lang::tr(ui, "results-leave");
            ui.label(RichText::new(leave).small().color(p.muted));
        } else {
            self.tabs_ui(ui, shown, cmds);
        }
        if ws.rounds().is_empty() || ws.ministries().is_empty() {
            ui.label(crate::ui::lang::tr(ui, "results-empty"));
            return;
        }
        let revision = doc.revision();
        let present = self.present;
        ui.scope(|ui| {
            if present {
                present_style(ui.style_mut());
            }
            match shown {
                Tab::Radar => self.radar_ui(ui, ws, revision),
                Tab::Trend => self.trend_ui(ui, ws, revision),
                Tab::Heatmap => self.heatmap_ui(ui, ws, revision, cmds),
                Tab::Changes => self.changes_ui(ui, ws, revision),
                Tab::History => self.history_ui(ui, ws, revision),
                Tab::Review => self.review_ui(ui, doc, cmds),
            }
        });
    }

    /// The four views, the presentation button and the method note.
    fn tabs_ui(&self, ui: &mut Ui, shown: Tab, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        let t = crate::ui::lang::texts(ui.ctx());
        // Wrapped: longer languages take a second line rather than lose a button.
        ui.horizontal_wrapped(|ui| {
            for (tab, name, view) in [
                (Tab::Radar, "results-radar", "results-radar-view"),
                (Tab::Trend, "results-trend", "results-trend-view"),
                (Tab::Heatmap, "results-heatmap", "results-heatmap-view"),
                (Tab::Changes, "results-changes", "results-changes-view"),
                (Tab::History, "results-history", "results-history-view"),
                (Tab::Review, "results-review", "results-review-view"),
            ] {
                let current = shown == tab;
                let text = RichText::new(t.get(name)).strong().size(22.0);
                let button = if current {
                    egui::Button::new(text.color(p.on_accent)).fill(p.accent)
                } else {
                    egui::Button::new(text)
                };
                if ui.add(button).accessible_name(t.get(view)).clicked() {
                    cmds.push(Command::Show(Screen::Results(tab)));
                }
            }
            if ui
                .button(RichText::new(t.get("results-present")).size(22.0))
                .on_hover_text(t.get("results-present-tip"))
                .clicked()
            {
                cmds.push(Command::Present(true));
            }
            if ui
                .button(RichText::new(t.get("results-png")).size(22.0))
                .on_hover_text(t.get("results-png-tip"))
                .clicked()
            {
                cmds.push(Command::SaveChartPng(None));
            }
        });
        ui.label(
            RichText::new(crate::ui::lang::tr(ui, "report-method-note"))
                .small()
                .color(p.muted),
        );
        ui.separator();
    }
}
