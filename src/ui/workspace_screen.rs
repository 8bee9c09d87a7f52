//! The workspace screen: title, rounds, ministries and the completion matrix (ministry x
//! round, how many areas are answered). Clicking a cell opens that scoring session.

use egui::{RichText, Ui};

use super::command::{Command, Edit, Screen};
use super::theme;
use crate::model::stats::Coverage;
use crate::model::{Ministry, MinistryId, Participation, Round, RoundId, Workspace};

/// Form and dialog state of the workspace screen.
#[derive(Default)]
pub struct WorkspaceView {
    new_round_title: String,
    new_round_date: String,
    new_code: String,
    new_name: String,
    new_cluster: String,
    round_error: Option<String>,
    ministry_error: Option<String>,
    /// First round column shown; `None` = the latest rounds.
    round_offset: Option<usize>,
    dialog: Option<Dialog>,
}

enum Dialog {
    EditMinistry {
        id: String,
        code: String,
        name: String,
        cluster: String,
        error: Option<String>,
    },
    EditRound {
        id: String,
        form: RoundForm,
        error: Option<String>,
    },
    ConfirmRemoveMinistry(String),
    ConfirmRemoveRound(String),
}

struct RoundForm {
    title: String,
    date: String,
    location: String,
    facilitator: String,
    notes: String,
    women: u32,
    men: u32,
    other: u32,
}

impl RoundForm {
    fn of(r: &Round) -> Self {
        Self {
            title: r.title.clone(),
            date: r.date.to_string(),
            location: r.location.clone(),
            facilitator: r.facilitator.clone(),
            notes: r.notes.clone(),
            women: r.participants.women,
            men: r.participants.men,
            other: r.participants.other,
        }
    }

    fn to_round(&self, base: &Round) -> Result<Round, String> {
        let date = parse_date(&self.date)?;
        if self.title.trim().is_empty() {
            return Err("A round needs a title.".into());
        }
        Ok(Round {
            id: base.id.clone(),
            title: self.title.trim().to_owned(),
            date,
            location: self.location.trim().to_owned(),
            facilitator: self.facilitator.trim().to_owned(),
            notes: self.notes.clone(),
            instrument_version: base.instrument_version.clone(),
            participants: Participation {
                women: self.women,
                men: self.men,
                other: self.other,
            },
        })
    }
}

fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    text.trim().parse::<jiff::civil::Date>().map_err(|_| {
        format!(
            "`{}` is not a real date; write it as YYYY-MM-DD, e.g. 2024-08-04.",
            text.trim()
        )
    })
}

/// A one-line field whose accessible name says more than its short visible label.
fn named_field_ui(
    ui: &mut Ui,
    label: &str,
    name: &str,
    value: &mut String,
    width: f32,
) -> egui::Response {
    ui.label(label);
    ui.add(egui::TextEdit::singleline(value).desired_width(width))
        .accessible_name(name)
}

impl WorkspaceView {
    pub fn ui(&mut self, ui: &mut Ui, ws: &Workspace, location: &str, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        egui::Panel::left("ws-lists")
            .resizable(false)
            .exact_size((ui.available_width() * 0.34).clamp(320.0, 480.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("lists")
                    .auto_shrink(false)
                    .show(ui, |ui| {
                        let mut title = ws.title().to_owned();
                        let l = ui.label(RichText::new("Workspace title").strong());
                        let r = ui
                            .add(
                                egui::TextEdit::singleline(&mut title).desired_width(f32::INFINITY),
                            )
                            .labelled_by(l.id);
                        if r.changed() && title != ws.title() {
                            cmds.push(Command::Edit(Edit::SetTitle(title)));
                        }
                        ui.label(RichText::new(location).small().color(p.muted));
                        ui.label(
                            RichText::new(format!(
                                "Instrument: {} (version {})",
                                ws.instrument().title(),
                                ws.instrument().version()
                            ))
                            .small()
                            .color(p.muted),
                        );
                        ui.separator();
                        self.rounds_ui(ui, ws, cmds);
                        ui.separator();
                        self.add_ministry_ui(ui, ws, cmds);
                    });
            });
        self.matrix_ui(ui, ws, cmds);
        self.dialog_ui(ui, ws, cmds);
    }

    fn rounds_ui(&mut self, ui: &mut Ui, ws: &Workspace, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        ui.label(RichText::new(format!("Rounds ({})", ws.rounds().len())).heading());
        egui::Grid::new("rounds")
            .num_columns(4)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                for r in ws.rounds() {
                    ui.vertical(|ui| {
                        ui.set_min_width((ui.available_width() - 240.0).max(140.0));
                        ui.label(RichText::new(&r.title).strong());
                        let mut meta = r.date.to_string();
                        if !r.location.is_empty() {
                            meta.push_str(&format!(" · {}", r.location));
                        }
                        ui.label(RichText::new(meta).color(p.muted));
                        if r.instrument_version != ws.instrument().version() {
                            ui.label(
                                RichText::new(format!(
                                    "scored with instrument {}",
                                    r.instrument_version
                                ))
                                .color(p.error),
                            );
                        }
                    });
                    if ui
                        .small_button("Edit")
                        .accessible_name(format!("Edit round {}", r.title))
                        .clicked()
                    {
                        self.dialog = Some(Dialog::EditRound {
                            id: r.id.to_string(),
                            form: RoundForm::of(r),
                            error: None,
                        });
                    }
                    if ui
                        .small_button("PDF...")
                        .on_hover_text("Export the workshop report of this round")
                        .accessible_name(format!("Export the workshop report PDF for {}", r.title))
                        .clicked()
                    {
                        cmds.push(Command::ExportPdf(
                            super::export::PdfKind::Workshop {
                                round: r.id.to_string(),
                            },
                            None,
                        ));
                    }
                    if ui
                        .small_button("Remove")
                        .accessible_name(format!("Remove round {}", r.title))
                        .clicked()
                    {
                        if ws.has_data_for_round(r.id.as_str()) {
                            self.dialog = Some(Dialog::ConfirmRemoveRound(r.id.to_string()));
                        } else {
                            cmds.push(Command::Edit(Edit::RemoveRound(r.id.to_string())));
                        }
                    }
                    ui.end_row();
                }
            });
        ui.horizontal_wrapped(|ui| {
            named_field_ui(
                ui,
                "New round",
                "New round title",
                &mut self.new_round_title,
                170.0,
            );
            named_field_ui(
                ui,
                "Date",
                "New round date",
                &mut self.new_round_date,
                120.0,
            );
            if ui.button("Add round").clicked() {
                match self.new_round(ws) {
                    Ok(round) => {
                        cmds.push(Command::Edit(Edit::AddRound(round)));
                        self.new_round_title.clear();
                        self.new_round_date.clear();
                        self.round_error = None;
                    }
                    Err(e) => self.round_error = Some(e),
                }
            }
        });
        if let Some(e) = &self.round_error {
            ui.label(RichText::new(e).color(p.error));
        }
    }

    fn new_round(&self, ws: &Workspace) -> Result<Round, String> {
        let title = self.new_round_title.trim();
        if title.is_empty() {
            return Err("Give the new round a title.".into());
        }
        let date = parse_date(&self.new_round_date)?;
        let base = crate::model::ids::slug(&format!("{title} {}", date.year()), "round");
        let mut id = base.clone();
        let mut k = 2;
        while ws.round(&id).is_some() {
            id = format!("{base}-{k}");
            k += 1;
        }
        Ok(Round {
            id: RoundId::new(&id).map_err(|e| e.to_string())?,
            title: title.to_owned(),
            date,
            location: String::new(),
            facilitator: String::new(),
            notes: String::new(),
            instrument_version: ws.instrument().version().to_owned(),
            participants: Participation::default(),
        })
    }

    fn add_ministry_ui(&mut self, ui: &mut Ui, ws: &Workspace, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        ui.label(RichText::new("Add a ministry or division").heading());
        egui::Grid::new("add-ministry")
            .num_columns(2)
            .show(ui, |ui| {
                named_field_ui(ui, "Code", "New ministry code", &mut self.new_code, 120.0);
                ui.end_row();
                named_field_ui(ui, "Name", "New ministry name", &mut self.new_name, 260.0);
                ui.end_row();
                named_field_ui(
                    ui,
                    "Cluster",
                    "New ministry cluster",
                    &mut self.new_cluster,
                    260.0,
                );
                ui.end_row();
            });
        if ui.button("Add ministry").clicked() {
            match new_ministry(&self.new_code, &self.new_name, &self.new_cluster, ws, None) {
                Ok(m) => {
                    cmds.push(Command::Edit(Edit::AddMinistry(m)));
                    self.new_code.clear();
                    self.new_name.clear();
                    self.new_cluster.clear();
                    self.ministry_error = None;
                }
                Err(e) => self.ministry_error = Some(e),
            }
        }
        if let Some(e) = &self.ministry_error {
            ui.label(RichText::new(e).color(p.error));
        }
    }

    fn dialog_ui(&mut self, ui: &mut Ui, ws: &Workspace, cmds: &mut Vec<Command>) {
        let Some(dialog) = &mut self.dialog else {
            return;
        };
        let p = theme::current(ui.ctx());
        let mut close = false;
        let modal = egui::Modal::new(egui::Id::unique("ws-dialog")).show(ui.ctx(), |ui| {
            ui.set_max_width(560.0);
            match dialog {
                Dialog::EditMinistry { id, code, name, cluster, error } => {
                    ui.heading(format!("Edit ministry {id}"));
                    egui::Grid::new("edit-ministry").num_columns(2).show(ui, |ui| {
                        named_field_ui(ui, "Code", "Ministry code", code, 160.0);
                        ui.end_row();
                        named_field_ui(ui, "Name", "Ministry name", name, 360.0);
                        ui.end_row();
                        named_field_ui(ui, "Cluster", "Ministry cluster", cluster, 360.0);
                        ui.end_row();
                    });
                    if let Some(e) = error {
                        ui.label(RichText::new(e.as_str()).color(p.error));
                    }
                    ui.horizontal(|ui| {
                        if ui.button("Save changes").clicked() {
                            match new_ministry(code, name, cluster, ws, Some(id)) {
                                Ok(m) => {
                                    cmds.push(Command::Edit(Edit::UpdateMinistry {
                                        id: id.clone(),
                                        ministry: m,
                                    }));
                                    close = true;
                                }
                                Err(e) => *error = Some(e),
                            }
                        }
                        if ui.button("Cancel").clicked() {
                            close = true;
                        }
                    });
                }
                Dialog::EditRound { id, form, error } => {
                    ui.heading("Edit round");
                    egui::Grid::new("edit-round").num_columns(2).show(ui, |ui| {
                        named_field_ui(ui, "Title", "Round title", &mut form.title, 360.0);
                        ui.end_row();
                        named_field_ui(ui, "Date", "Round date", &mut form.date, 160.0);
                        ui.end_row();
                        named_field_ui(ui, "Location", "Round location", &mut form.location, 360.0);
                        ui.end_row();
                        named_field_ui(ui, "Facilitator", "Round facilitator", &mut form.facilitator, 360.0);
                        ui.end_row();
                        ui.label("Participants");
                        ui.horizontal(|ui| {
                            ui.add(egui::DragValue::new(&mut form.women).prefix("women "));
                            ui.add(egui::DragValue::new(&mut form.men).prefix("men "));
                            ui.add(egui::DragValue::new(&mut form.other).prefix("other "));
                        });
                        ui.end_row();
                    });
                    ui.label("Notes");
                    ui.add(egui::TextEdit::multiline(&mut form.notes).desired_rows(3).desired_width(f32::INFINITY))
                        .accessible_name("Round notes");
                    if let Some(e) = error {
                        ui.label(RichText::new(e.as_str()).color(p.error));
                    }
                    ui.horizontal(|ui| {
                        if ui.button("Save changes").clicked() {
                            match ws.round(id).ok_or_else(|| "This round was removed.".to_owned()).and_then(|r| form.to_round(r)) {
                                Ok(round) => {
                                    cmds.push(Command::Edit(Edit::UpdateRound { id: id.clone(), round }));
                                    close = true;
                                }
                                Err(e) => *error = Some(e),
                            }
                        }
                        if ui.button("Cancel").clicked() {
                            close = true;
                        }
                    });
                }
                Dialog::ConfirmRemoveMinistry(id) => {
                    let count = scored_count(ws, |_, m| m == id.as_str());
                    ui.heading(format!("Remove {id}?"));
                    ui.label(format!(
                        "{id} has {count} scored areas across all rounds. They are removed with it. You can undo this with Ctrl+Z."
                    ));
                    ui.horizontal(|ui| {
                        if ui.button(format!("Remove {id} and its scores")).clicked() {
                            cmds.push(Command::Edit(Edit::RemoveMinistry(id.clone())));
                            close = true;
                        }
                        if ui.button("Keep it").clicked() {
                            close = true;
                        }
                    });
                }
                Dialog::ConfirmRemoveRound(id) => {
                    let count = scored_count(ws, |r, _| r == id.as_str());
                    let title = ws.round(id).map_or(id.clone(), |r| r.title.clone());
                    ui.heading(format!("Remove the round {title}?"));
                    ui.label(format!(
                        "This round has {count} scored areas. They are removed with it. You can undo this with Ctrl+Z."
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Remove the round and its scores").clicked() {
                            cmds.push(Command::Edit(Edit::RemoveRound(id.clone())));
                            close = true;
                        }
                        if ui.button("Keep it").clicked() {
                            close = true;
                        }
                    });
                }
            }
        });
        if close || modal.should_close() {
            self.dialog = None;
        }
    }
}

/// Areas with an answer in the assessments that `filter(round, ministry)` selects.
fn scored_count(ws: &Workspace, filter: impl Fn(&str, &str) -> bool) -> usize {
    ws.assessments()
        .filter(|(r, m, _)| filter(r.as_str(), m.as_str()))
        .map(|(_, _, a)| a.answered())
        .sum()
}

/// Validate the ministry form; `editing` is the code being edited (may keep it).
fn new_ministry(
    code: &str,
    name: &str,
    cluster: &str,
    ws: &Workspace,
    editing: Option<&str>,
) -> Result<Ministry, String> {
    let id = MinistryId::new(code).map_err(|e| format!("Code: {e}"))?;
    if editing != Some(id.as_str()) && ws.ministry(id.as_str()).is_some() {
        return Err(format!("The code {id} is already used."));
    }
    if name.trim().is_empty() {
        return Err("Give the ministry or division a name.".into());
    }
    Ok(Ministry {
        id,
        name: name.trim().to_owned(),
        cluster: Some(cluster.trim())
            .filter(|c| !c.is_empty())
            .map(str::to_owned),
    })
}

impl WorkspaceView {
    /// Ministries x rounds: answered areas per cell (click to score), with each row's
    /// edit, remove and reorder buttons. Only visible rows are laid out.
    fn matrix_ui(&mut self, ui: &mut Ui, ws: &Workspace, cmds: &mut Vec<Command>) {
        let p = theme::current(ui.ctx());
        let n = ws.ministries().len();
        ui.label(
            RichText::new(format!(
                "Ministries and divisions ({n}): areas answered per round"
            ))
            .heading(),
        );
        if n == 0 {
            ui.label(RichText::new("No ministries yet: add one on the left.").color(p.muted));
            return;
        }
        if ws.rounds().is_empty() {
            ui.label(RichText::new("Add a round on the left to start scoring.").color(p.muted));
        } else {
            ui.label(
                RichText::new("Click a cell to score that ministry in that round.").color(p.muted),
            );
        }
        let areas = ws.instrument().areas().len();
        // Fixed columns first; as many round columns as fit (newest first, page back
        // with the arrows), so nothing scrolls sideways; the name takes what is left.
        let code_w = 90.0;
        let actions_w = 250.0;
        let gap = ui.spacing().item_spacing.x;
        let min_cell = 100.0;
        let room = ui.available_width() - code_w - actions_w - 4.0 * gap - 60.0;
        let fit = (((room - 140.0) / (min_cell + gap)).floor() as usize)
            .clamp(1, ws.rounds().len().max(1));
        let total = ws.rounds().len();
        let latest_first = total.saturating_sub(fit);
        let first = self.round_offset.unwrap_or(latest_first).min(latest_first);
        let shown = &ws.rounds()[first..(first + fit).min(total)];
        let cols = shown.len().max(1) as f32;
        let name_w = (room - cols * (min_cell + gap)).clamp(110.0, 360.0);
        let cell_w = ((room - name_w) / cols - gap).clamp(min_cell, 180.0);
        let row_h = ui.text_style_height(&egui::TextStyle::Body) + 14.0;
        ui.horizontal(|ui| {
            ui.add_sized(
                [code_w, row_h],
                egui::Label::new(RichText::new("Code").strong()),
            );
            ui.add_sized(
                [name_w, row_h],
                egui::Label::new(RichText::new("Name").strong()),
            );
            for r in shown {
                ui.allocate_ui_with_layout(
                    egui::vec2(cell_w, row_h * 1.6),
                    egui::Layout::top_down(egui::Align::Center),
                    |ui| {
                        ui.set_width(cell_w);
                        ui.add(
                            egui::Label::new(RichText::new(&r.title).strong().small()).truncate(),
                        )
                        .on_hover_text(r.display());
                        ui.label(RichText::new(r.date.to_string()).small());
                    },
                );
            }
            if total > fit {
                let earlier = ui.add_enabled(first > 0, egui::Button::new("◀").small());
                if earlier.accessible_name("Show earlier rounds").clicked() {
                    self.round_offset = Some(first.saturating_sub(fit));
                }
                let later = ui.add_enabled(first < latest_first, egui::Button::new("▶").small());
                if later.accessible_name("Show later rounds").clicked() {
                    self.round_offset = Some((first + fit).min(latest_first));
                }
                ui.label(
                    RichText::new(format!(
                        "rounds {}-{} of {total}",
                        first + 1,
                        first + shown.len()
                    ))
                    .small(),
                );
            }
        });
        egui::ScrollArea::vertical()
            .id_salt("matrix-v")
            .auto_shrink(false)
            .show_rows(ui, row_h, n, |ui, range| {
                for i in range {
                    let m = &ws.ministries()[i];
                    ui.horizontal(|ui| {
                        ui.add_sized(
                            [code_w, row_h],
                            egui::Label::new(RichText::new(m.id.as_str()).strong()),
                        );
                        let hover = m
                            .cluster
                            .as_deref()
                            .map_or_else(|| m.name.clone(), |c| format!("{} · {c}", m.name));
                        ui.add_sized([name_w, row_h], egui::Label::new(&m.name).truncate())
                            .on_hover_text(hover);
                        for r in shown {
                            cell_ui(ui, ws, r, m, areas, [cell_w, row_h - 4.0], cmds);
                        }
                        self.row_actions_ui(ui, ws, i, cmds);
                    });
                }
            });
    }

    fn row_actions_ui(&mut self, ui: &mut Ui, ws: &Workspace, i: usize, cmds: &mut Vec<Command>) {
        let n = ws.ministries().len();
        let m = &ws.ministries()[i];
        let id = m.id.as_str();
        let up = ui.add_enabled(i > 0, egui::Button::new("↑").small());
        if up.accessible_name(format!("Move {id} up")).clicked() {
            cmds.push(Command::Edit(Edit::MoveMinistry {
                id: id.to_owned(),
                delta: -1,
            }));
        }
        let down = ui.add_enabled(i + 1 < n, egui::Button::new("↓").small());
        if down.accessible_name(format!("Move {id} down")).clicked() {
            cmds.push(Command::Edit(Edit::MoveMinistry {
                id: id.to_owned(),
                delta: 1,
            }));
        }
        if ui
            .small_button("Edit")
            .accessible_name(format!("Edit ministry {id}"))
            .clicked()
        {
            self.dialog = Some(Dialog::EditMinistry {
                id: id.to_owned(),
                code: id.to_owned(),
                name: m.name.clone(),
                cluster: m.cluster.clone().unwrap_or_default(),
                error: None,
            });
        }
        if ui
            .small_button("Remove")
            .accessible_name(format!("Remove ministry {id}"))
            .clicked()
        {
            if ws.has_data_for_ministry(id) {
                self.dialog = Some(Dialog::ConfirmRemoveMinistry(id.to_owned()));
            } else {
                cmds.push(Command::Edit(Edit::RemoveMinistry(id.to_owned())));
            }
        }
    }
}

/// One completion cell: `7/10`, a tick when complete; click to score.
fn cell_ui(
    ui: &mut Ui,
    ws: &Workspace,
    r: &Round,
    m: &Ministry,
    areas: usize,
    size: [f32; 2],
    cmds: &mut Vec<Command>,
) {
    let p = theme::current(ui.ctx());
    let c = ws.assessment(r.id.as_str(), m.id.as_str()).map_or(
        Coverage {
            areas,
            ..Default::default()
        },
        |a| Coverage::of(a.answers()),
    );
    let done = c.answered() == areas;
    let text = format!("{}/{}{}", c.answered(), areas, if done { " ✔" } else { "" });
    let fill = if done { p.panel } else { p.card };
    let stroke = if c.answered() > 0 && !done {
        egui::Stroke::new(2.0, p.accent)
    } else {
        egui::Stroke::new(1.0, p.muted)
    };
    let button = egui::Button::new(RichText::new(text).strong())
        .fill(fill)
        .stroke(stroke);
    let label = format!("Score {} in {}", m.id, r.title);
    if ui.add_sized(size, button).accessible_name(label).clicked() {
        cmds.push(Command::Show(Screen::Scoring {
            round: r.id.to_string(),
            ministry: m.id.to_string(),
            page: 0,
        }));
    }
}
