//! The scoring session: one ministry in one round, one area per page, then a summary
//! page. Keys: `1`-`4` level, `N` not applicable, `I` insufficient information,
//! `Backspace` clear, arrows / PageUp / PageDown move, `V` reveal votes, `Esc` back.
//! Keys never fire while a text box has focus.

use std::collections::BTreeSet;

use egui::{Key, Modifiers, RichText, Ui};

use super::command::{Command, Edit, Screen};
use super::theme;
use super::widgets::{answer_chip_ui, answer_colors, describe, level_card_ui, vote_bars_ui};
use crate::model::stats::{self, Change, ChangeCounts, fmt2};
use crate::model::{Answer, Level, VoteTally, Workspace};

/// UI state of scoring sessions that is not workspace data.
#[derive(Default)]
pub struct ScoringView {
    /// (round, ministry, area) whose vote distribution the room has seen.
    revealed: BTreeSet<(String, String, usize)>,
}

/// The pair being scored, as ids.
pub struct Session<'a> {
    pub round: &'a str,
    pub ministry: &'a str,
    pub page: usize,
}

impl ScoringView {
    pub fn is_revealed(&self, round: &str, ministry: &str, area: usize) -> bool {
        self.revealed
            .contains(&(round.to_owned(), ministry.to_owned(), area))
    }

    /// Handle the session's keys. Call before drawing, so no widget sees them.
    pub fn keys(&mut self, ui: &Ui, ws: &Workspace, s: &Session<'_>, cmds: &mut Vec<Command>) {
        if ui.ctx().text_edit_focused() {
            return;
        }
        let areas = ws.instrument().areas().len();
        let goto = |page: usize| {
            Command::Show(Screen::Scoring {
                round: s.round.to_owned(),
                ministry: s.ministry.to_owned(),
                page,
            })
        };
        ui.ctx().input_mut(|i| {
            let none = Modifiers::NONE;
            if i.consume_key(none, Key::ArrowRight) || i.consume_key(none, Key::PageDown) {
                cmds.push(goto((s.page + 1).min(areas)));
            }
            if i.consume_key(none, Key::ArrowLeft) || i.consume_key(none, Key::PageUp) {
                cmds.push(goto(s.page.saturating_sub(1)));
            }
            if i.consume_key(none, Key::Home) {
                cmds.push(goto(0));
            }
            if i.consume_key(none, Key::End) {
                cmds.push(goto(areas));
            }
            if i.consume_key(none, Key::Escape) {
                cmds.push(Command::Show(Screen::Workspace));
            }
            if s.page >= areas {
                return;
            }
            let set = |answer: Option<Answer>| {
                Command::Edit(Edit::SetAnswer {
                    round: s.round.to_owned(),
                    ministry: s.ministry.to_owned(),
                    area: s.page,
                    answer,
                })
            };
            const DIGITS: [Key; 9] = [
                Key::Num1,
                Key::Num2,
                Key::Num3,
                Key::Num4,
                Key::Num5,
                Key::Num6,
                Key::Num7,
                Key::Num8,
                Key::Num9,
            ];
            let max = ws.instrument().level_count();
            for (k, key) in DIGITS.iter().enumerate().take(max) {
                if i.consume_key(none, *key) {
                    cmds.push(set(Level::new(k as u8 + 1).map(Answer::Level)));
                }
            }
            if i.consume_key(none, Key::N) {
                cmds.push(set(Some(Answer::NotApplicable)));
            }
            if i.consume_key(none, Key::I) {
                cmds.push(set(Some(Answer::InsufficientInfo)));
            }
            if i.consume_key(none, Key::Backspace) || i.consume_key(none, Key::Delete) {
                cmds.push(set(None));
            }
            if i.consume_key(none, Key::V) {
                self.revealed
                    .insert((s.round.to_owned(), s.ministry.to_owned(), s.page));
            }
        });
    }

    /// Draw the session page.
    pub fn ui(&mut self, ui: &mut Ui, ws: &Workspace, s: &Session<'_>, cmds: &mut Vec<Command>) {
        let (Some(round), Some(ministry)) = (ws.round(s.round), ws.ministry(s.ministry)) else {
            ui.label("This round or ministry no longer exists.");
            if ui.button("Back to the workspace").clicked() {
                cmds.push(Command::Show(Screen::Workspace));
            }
            return;
        };
        let p = theme::current(ui.ctx());
        let inst = ws.instrument();
        let areas = inst.areas();
        let page = s.page.min(areas.len());
        let goto = |page: usize| {
            Command::Show(Screen::Scoring {
                round: s.round.to_owned(),
                ministry: s.ministry.to_owned(),
                page,
            })
        };

        // Who and when, then the progress strip.
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!("{} ({})", ministry.name, ministry.id))
                    .strong()
                    .size(24.0),
            );
            ui.label(
                RichText::new(format!("· {}", round.display()))
                    .size(24.0)
                    .color(p.muted),
            );
        });
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            for (k, area) in areas.iter().enumerate() {
                let answer = ws.score(s.round, s.ministry, k).and_then(|sc| sc.answer);
                let mark = answer.map_or_else(|| "·".to_owned(), |a| a.code());
                let current = k == page;
                let text = RichText::new(format!("{} {}", k + 1, mark)).strong();
                let text = if current {
                    text.color(egui::Color32::WHITE)
                } else {
                    text
                };
                let mut button = egui::Button::new(text);
                if current {
                    button = button.fill(p.accent);
                }
                if let Some(a) = answer {
                    let (fill, _) = answer_colors(a, inst.level_count());
                    button = button.stroke(egui::Stroke::new(3.0, fill));
                }
                let state = answer.map_or_else(
                    || "not scored".to_owned(),
                    |a| format!("answer {}", a.code()),
                );
                let r = ui
                    .add(button)
                    .on_hover_text(area.name.as_str())
                    .accessible_name(format!("Go to area {}: {} ({state})", k + 1, area.name));
                if r.clicked() {
                    cmds.push(goto(k));
                }
            }
            let on_summary = page == areas.len();
            let text = RichText::new("Summary").strong();
            let button = if on_summary {
                egui::Button::new(text.color(egui::Color32::WHITE)).fill(p.accent)
            } else {
                egui::Button::new(text)
            };
            let r = ui.add(button).accessible_name("Go to the summary page");
            if r.clicked() {
                cmds.push(goto(areas.len()));
            }
        });
        ui.separator();

        // Navigation stays at the bottom of the window.
        egui::Panel::bottom("scoring-nav").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.add_enabled(page > 0, egui::Button::new("◀ Previous area")).clicked() {
                    cmds.push(goto(page - 1));
                }
                if page < areas.len() {
                    if ui.button("Next area ▶").clicked() {
                        cmds.push(goto(page + 1));
                    }
                } else if ui.button("Back to the workspace").clicked() {
                    cmds.push(Command::Show(Screen::Workspace));
                }
            });
            ui.add(
                egui::Label::new(
                    RichText::new("Keys: 1-4 level · N not applicable · I insufficient info · ⌫ clear · ←/→ move · V reveal votes · Esc back")
                        .small()
                        .color(p.muted),
                )
                .wrap(),
            );
            ui.add_space(2.0);
        });

        if page == areas.len() {
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| {
                    summary_page_ui(ui, ws, s, cmds);
                });
            return;
        }

        let area_answer = ws.score(s.round, s.ministry, page).and_then(|sc| sc.answer);
        let wide = ui.available_width() >= 1100.0;
        let side_w = if wide { 380.0 } else { 330.0 };
        egui::Panel::right("scoring-votes")
            .exact_size(side_w)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("votes-scroll")
                    .show(ui, |ui| {
                        self.votes_ui(ui, ws, s, page, cmds);
                        ui.add_space(12.0);
                        previous_round_ui(ui, ws, s, page);
                    });
            });

        egui::ScrollArea::vertical()
            .id_salt("area-scroll")
            .auto_shrink(false)
            .show(ui, |ui| {
                let area = &areas[page];
                ui.label(
                    RichText::new(format!("{}. {}", page + 1, area.name))
                        .text_style(theme::style(theme::AREA_TITLE))
                        .strong(),
                );
                ui.label(
                    RichText::new(format!("Area {} of {}", page + 1, areas.len())).color(p.muted),
                );
                ui.add(egui::Label::new(area.definition.as_str()).wrap());
                ui.add_space(8.0);
                ui.label(RichText::new("Agreed score").strong().size(24.0));

                // Level cards: two per row at projector widths, four when there is room.
                let avail = ui.available_width() - 12.0;
                let per_row = if avail > 1300.0 {
                    4
                } else if avail > 560.0 {
                    2
                } else {
                    1
                };
                let gap = 10.0;
                let card_w = (avail - gap * (per_row as f32 - 1.0)) / per_row as f32;
                let scale = inst.scale();
                for row in scale.levels.chunks(per_row) {
                    ui.horizontal_top(|ui| {
                        ui.spacing_mut().item_spacing.x = gap;
                        for level in row {
                            let selected = area_answer.and_then(Answer::level) == Some(level.value);
                            let descriptor = area
                                .level_descriptors
                                .get(usize::from(level.value) - 1)
                                .map_or("", String::as_str);
                            let r = level_card_ui(
                                ui,
                                card_w,
                                level.value,
                                &level.label,
                                descriptor,
                                selected,
                                inst.level_count(),
                            );
                            if r.clicked() {
                                let answer = if selected {
                                    None
                                } else {
                                    Level::new(level.value).map(Answer::Level)
                                };
                                cmds.push(set_answer(s, page, answer));
                            }
                        }
                    });
                }
                ui.add_space(6.0);
                ui.horizontal_wrapped(|ui| {
                    for (answer, def, key) in [
                        (Answer::NotApplicable, &scale.not_applicable, "N"),
                        (
                            Answer::InsufficientInfo,
                            &scale.insufficient_information,
                            "I",
                        ),
                    ] {
                        let selected = area_answer == Some(answer);
                        let text = format!(
                            "{} {}{}",
                            def.code,
                            def.label,
                            if selected { "  ✔" } else { "" }
                        );
                        let r = ui
                            .add(egui::Button::new(RichText::new(text).strong()).selected(selected))
                            .on_hover_text(format!("{} (key {key})", def.meaning));
                        if r.clicked() {
                            cmds.push(set_answer(
                                s,
                                page,
                                if selected { None } else { Some(answer) },
                            ));
                        }
                    }
                    if ui
                        .add_enabled(area_answer.is_some(), egui::Button::new("Clear score"))
                        .clicked()
                    {
                        cmds.push(set_answer(s, page, None));
                    }
                });
                ui.label(
                    RichText::new(format!("Agreed: {}", describe(area_answer, scale)))
                        .strong()
                        .color(if area_answer.is_some() { p.ok } else { p.muted }),
                );

                if !area.guiding_questions.is_empty() {
                    ui.add_space(8.0);
                    ui.label(RichText::new("Guiding questions").strong().size(24.0));
                    for q in &area.guiding_questions {
                        ui.horizontal_wrapped(|ui| {
                            ui.label("•");
                            ui.add(egui::Label::new(q.as_str()).wrap());
                        });
                    }
                }
                ui.add_space(8.0);
                let score = ws.score(s.round, s.ministry, page);
                text_box_ui(
                    ui,
                    "Rationale",
                    "Why the room agreed this score",
                    score.map_or("", |sc| &sc.rationale),
                    4,
                    |text| Edit::SetRationale {
                        round: s.round.to_owned(),
                        ministry: s.ministry.to_owned(),
                        area: page,
                        text,
                    },
                    cmds,
                );
                text_box_ui(
                    ui,
                    "Evidence",
                    "Documents, data or examples cited",
                    score.map_or("", |sc| &sc.evidence),
                    2,
                    |text| Edit::SetEvidence {
                        round: s.round.to_owned(),
                        ministry: s.ministry.to_owned(),
                        area: page,
                        text,
                    },
                    cmds,
                );
            });
    }

    fn votes_ui(
        &mut self,
        ui: &mut Ui,
        ws: &Workspace,
        s: &Session<'_>,
        area: usize,
        cmds: &mut Vec<Command>,
    ) {
        let p = theme::current(ui.ctx());
        let inst = ws.instrument();
        let scale = inst.scale();
        let levels = inst.level_count();
        let votes = ws
            .score(s.round, s.ministry, area)
            .map(|sc| sc.votes.clone())
            .unwrap_or_default();
        let revealed = self.is_revealed(s.round, s.ministry, area);
        ui.label(RichText::new("Room votes").strong().size(24.0));
        ui.label(
            RichText::new(if revealed {
                "Revealed to the room."
            } else {
                "Hidden until revealed: enter the votes, then press Reveal."
            })
            .color(p.muted),
        );
        let mut options: Vec<(Answer, String)> = scale
            .levels
            .iter()
            .filter_map(|l| {
                Level::new(l.value)
                    .map(|lv| (Answer::Level(lv), format!("{} {}", l.value, l.label)))
            })
            .collect();
        options.push((Answer::NotApplicable, scale.not_applicable.code.clone()));
        options.push((
            Answer::InsufficientInfo,
            scale.insufficient_information.code.clone(),
        ));
        egui::Grid::new("tally")
            .num_columns(4)
            .spacing([6.0, 6.0])
            .show(ui, |ui| {
                for (answer, label) in &options {
                    let count = votes.count(*answer);
                    ui.label(label.as_str());
                    let mut changed: Option<u32> = None;
                    if ui
                        .add_enabled(count > 0, egui::Button::new(" − "))
                        .accessible_name(format!("One vote less for {label}"))
                        .clicked()
                    {
                        changed = Some(count - 1);
                    }
                    let mut value = count;
                    let drag = egui::DragValue::new(&mut value).range(0..=9999).speed(0.2);
                    let drag = if revealed {
                        drag
                    } else {
                        drag.custom_formatter(|_, _| "•".to_owned())
                    };
                    let r = ui
                        .add_sized([64.0, 30.0], drag)
                        .accessible_name(format!("Votes for {label}"));
                    if r.changed() && value != count {
                        changed = Some(value);
                    }
                    if ui
                        .button(" + ")
                        .accessible_name(format!("One vote more for {label}"))
                        .clicked()
                    {
                        changed = Some(count.saturating_add(1));
                    }
                    ui.end_row();
                    if let Some(new) = changed {
                        let mut v = votes.clone();
                        *v.count_mut(*answer, levels) = new;
                        cmds.push(Command::Edit(Edit::SetVotes {
                            round: s.round.to_owned(),
                            ministry: s.ministry.to_owned(),
                            area,
                            votes: v,
                        }));
                    }
                }
            });
        let stats = votes.stats();
        ui.label(RichText::new(format!("{} votes entered", stats.n)).strong());
        ui.horizontal(|ui| {
            let key = (s.round.to_owned(), s.ministry.to_owned(), area);
            if revealed {
                if ui.button("Hide votes").clicked() {
                    self.revealed.remove(&key);
                }
            } else if ui.button("Reveal votes").clicked() {
                self.revealed.insert(key);
            }
            if ui
                .add_enabled(!votes.is_empty(), egui::Button::new("Clear votes"))
                .clicked()
            {
                cmds.push(Command::Edit(Edit::SetVotes {
                    round: s.round.to_owned(),
                    ministry: s.ministry.to_owned(),
                    area,
                    votes: VoteTally::default(),
                }));
            }
        });
        if revealed && stats.n > 0 {
            let rows: Vec<_> = options
                .iter()
                .map(|(a, label)| (label.clone(), votes.count(*a), answer_colors(*a, levels).0))
                .collect();
            vote_bars_ui(ui, &rows, ui.available_width());
            ui.label(format!(
                "n = {} · median {} · agreement {}",
                stats.n,
                stats.median.map_or("–".into(), |m| format!("{m:.1}")),
                stats
                    .agreement
                    .map_or("–".into(), |a| format!("{:.0}%", a * 100.0)),
            ));
            // Suggest, never set: the agreed score stays a deliberate choice.
            if let Some(m) = stats.median {
                let suggestion = m.round() as u8;
                if let Some(level) =
                    Level::new(suggestion).filter(|l| usize::from(l.get()) <= levels)
                {
                    let text = format!(
                        "Agree on the median: {} {}",
                        suggestion,
                        scale.label(suggestion)
                    );
                    if ui.button(text).clicked() {
                        cmds.push(set_answer(s, area, Some(Answer::Level(level))));
                    }
                }
            }
        }
    }
}

fn set_answer(s: &Session<'_>, area: usize, answer: Option<Answer>) -> Command {
    Command::Edit(Edit::SetAnswer {
        round: s.round.to_owned(),
        ministry: s.ministry.to_owned(),
        area,
        answer,
    })
}

/// A labelled multi-line text box that emits an edit when its text changes.
fn text_box_ui(
    ui: &mut Ui,
    label: &str,
    hint: &str,
    current: &str,
    rows: usize,
    edit: impl FnOnce(String) -> Edit,
    cmds: &mut Vec<Command>,
) {
    let l = ui.label(RichText::new(label).strong());
    let mut text = current.to_owned();
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .hint_text(hint)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    if r.changed() && text != current {
        cmds.push(Command::Edit(edit(text)));
    }
}

/// The same area's agreed score and rationale in the previous round, for reference.
fn previous_round_ui(ui: &mut Ui, ws: &Workspace, s: &Session<'_>, area: usize) {
    let p = theme::current(ui.ctx());
    let Some(prev) = ws.previous_round(s.round) else {
        ui.label(RichText::new("No earlier round to compare with.").color(p.muted));
        return;
    };
    let score = ws.score(prev.id.as_str(), s.ministry, area);
    let answer = score.and_then(|sc| sc.answer);
    egui::Frame::new()
        .fill(p.panel)
        .inner_margin(8)
        .corner_radius(6)
        .show(ui, |ui| {
            ui.label(RichText::new(format!("Last round ({})", prev.date)).strong());
            ui.horizontal(|ui| {
                answer_chip_ui(ui, answer, ws.instrument().level_count());
                ui.label(format!(
                    "Agreed then: {}",
                    describe(answer, ws.instrument().scale())
                ));
            });
            if let Some(sc) = score.filter(|sc| !sc.rationale.is_empty()) {
                ui.add(egui::Label::new(RichText::new(&sc.rationale).italics()).wrap());
            }
        });
}

/// The closing page: all answers, coverage, median, and change since the last round.
fn summary_page_ui(ui: &mut Ui, ws: &Workspace, s: &Session<'_>, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let inst = ws.instrument();
    let summary = stats::summary(ws, s.round, s.ministry);
    let prev = ws.previous_round(s.round);
    let changes = prev.map(|r| stats::changes(ws, s.ministry, r.id.as_str(), s.round));
    ui.label(
        RichText::new("Summary")
            .text_style(theme::style(theme::AREA_TITLE))
            .strong(),
    );
    ui.label(
        RichText::new(format!(
            "Coverage {} · median {} · mean {} (indicative)",
            summary.coverage.describe(),
            fmt2(summary.median),
            fmt2(summary.mean)
        ))
        .strong(),
    );
    ui.label(RichText::new(stats::METHOD_NOTE).small().color(p.muted));
    ui.add_space(8.0);
    // The rationale column gets what is left, so nothing scrolls sideways.
    let rationale_w = (ui.available_width() - 800.0).max(160.0);
    egui::Grid::new("summary-grid")
        .num_columns(4)
        .striped(true)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            ui.label(RichText::new("Area").strong());
            ui.label(RichText::new("Agreed").strong());
            ui.label(
                RichText::new(match prev {
                    Some(r) => format!("Since {}", r.date),
                    None => "Change".to_owned(),
                })
                .strong(),
            );
            ui.label(RichText::new("Rationale").strong());
            ui.end_row();
            for (k, area) in inst.areas().iter().enumerate() {
                let r = ui
                    .link(format!("{}. {}", k + 1, area.name))
                    .accessible_name(format!("Open area {}", k + 1));
                if r.clicked() {
                    cmds.push(Command::Show(Screen::Scoring {
                        round: s.round.to_owned(),
                        ministry: s.ministry.to_owned(),
                        page: k,
                    }));
                }
                ui.horizontal(|ui| {
                    answer_chip_ui(ui, summary.answers[k], inst.level_count());
                    if let Some(Answer::Level(l)) = summary.answers[k] {
                        ui.label(inst.scale().label(l.get()));
                    }
                });
                let change = changes.as_ref().map_or(Change::NoLevels, |c| c[k]);
                ui.label(change.describe());
                let rationale = ws
                    .score(s.round, s.ministry, k)
                    .map_or("", |sc| sc.rationale.as_str());
                ui.allocate_ui_with_layout(
                    egui::vec2(rationale_w, 24.0),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_width(rationale_w);
                        ui.add(egui::Label::new(rationale).truncate())
                            .on_hover_text(rationale);
                    },
                );
                ui.end_row();
            }
        });
    if let Some(ch) = &changes {
        let c = ChangeCounts::of(ch.iter().copied());
        ui.add_space(6.0);
        ui.label(format!(
            "Since the last round: {} improved, {} unchanged, {} declined; {} newly scored, {} no longer scored.",
            c.improved, c.unchanged, c.declined, c.newly_scored, c.no_longer_scored
        ));
    }
    ui.add_space(10.0);
    if ui.button("Export this summary as PDF...").clicked() {
        cmds.push(Command::ExportPdf(
            super::export::PdfKind::Ministry {
                round: s.round.to_owned(),
                ministry: s.ministry.to_owned(),
            },
            None,
        ));
    }
    let ministries = ws.ministries();
    if let Some(next) = ministries
        .iter()
        .position(|m| m.id.as_str() == s.ministry)
        .and_then(|i| ministries.get(i + 1))
        && ui
            .button(format!("Score the next ministry: {} ▶", next.id))
            .clicked()
    {
        cmds.push(Command::Show(Screen::Scoring {
            round: s.round.to_owned(),
            ministry: next.id.to_string(),
            page: 0,
        }));
    }
}
