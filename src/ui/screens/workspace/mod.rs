//! The workspace screen: on the left the title, the file and the rounds; in the middle
//! the completion matrix (ministry x round, how many areas are answered), where a click
//! opens that scoring session. New rounds and ministries, edits and removals happen in
//! dialogs (`dialogs`), validated as they are typed (`forms`); `matrix` draws the table.
//! Names wrap; nothing is cut to a bare "…".

mod dialogs;
pub(crate) use dialogs::opening;
mod forms;
mod grid;
mod matrix;

use std::sync::Arc;

use egui::{RichText, Ui};

use crate::model::{Edit, Round, Workspace};
use crate::session::Document;
use crate::session::cache::Memo;
use crate::session::export::PdfKind;
use crate::ui::bangla::BanglaBuffer;
use crate::ui::command::Command;
use crate::ui::{painted, theme};
use dialogs::{Dialog, dialog_ui};
use forms::RoundForm;

/// Dialog and layout state of the workspace screen.
#[derive(Default)]
pub struct WorkspaceView {
    /// First round column shown; `None` = the latest rounds.
    round_offset: Option<usize>,
    dialog: Option<Dialog>,
    completion: Memo<(), Vec<Vec<usize>>>,
    /// Row tops of the matrix for a name column width (wrapped names differ in height).
    rows: Memo<u32, Vec<f32>>,
    /// Height of each round's entry in the list (newest first) when last drawn: entries
    /// out of sight take their space without being laid out.
    round_heights: Vec<f32>,
    /// The rounds list's texts, kept between frames.
    round_galleys: painted::KeptGalleys,
    /// The matrix's names and codes, cell texts and column heads, kept between frames.
    row_galleys: painted::KeptGalleys,
    cell_galleys: painted::KeptGalleys,
    head_galleys: painted::KeptGalleys,
    /// The matrix cell that the arrow keys move and Enter scores.
    cursor: Option<grid::Cursor>,
}

/// What the screen needs besides the document.
pub struct Context<'a> {
    /// Where the workspace is kept, in words.
    pub location: &'a str,
    /// Today's date (prefilled for a new round).
    pub today: jiff::civil::Date,
}

impl WorkspaceView {
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, cx: &Context<'_>, cmds: &mut Vec<Command>) {
        let ws = doc.workspace();
        let default_w = (ui.available_width() * 0.27).clamp(260.0, 400.0);
        egui::Panel::left("ws-lists")
            .resizable(true)
            .default_size(default_w)
            .size_range(260.0..=560.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("lists")
                    .auto_shrink(false)
                    .show_viewport(ui, |ui, viewport| {
                        title_ui(ui, ws, cx.location, cmds);
                        ui.separator();
                        self.rounds_ui(ui, ws, cx.today, viewport, doc.revision(), cmds);
                    });
            });
        self.matrix_ui(ui, ws, doc.revision(), cmds);
        if let Some(dialog) = &mut self.dialog
            && dialog_ui(ui, dialog, ws, cmds)
        {
            self.dialog = None;
        }
    }

    /// Open the dialog for a new ministry (the button, and tests).
    pub fn add_ministry(&mut self) {
        self.dialog = Some(Dialog::new_ministry());
    }

    fn rounds_ui(
        &mut self,
        ui: &mut Ui,
        ws: &Workspace,
        today: jiff::civil::Date,
        viewport: egui::Rect,
        revision: u64,
        cmds: &mut Vec<Command>,
    ) {
        let p = theme::current(ui.ctx());
        let t = crate::ui::lang::texts(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            let heading = t.with("workspace-rounds", &[("n", ws.rounds().len().into())]);
            ui.label(RichText::new(heading).heading());
            if ui.button(t.get("workspace-new-round")).clicked() {
                self.dialog = Some(Dialog::NewRound {
                    form: Box::new(RoundForm::new(today)),
                });
            }
        });
        if ws.rounds().is_empty() {
            ui.label(RichText::new(t.get("workspace-no-rounds")).color(p.muted));
        }
        self.round_heights.resize(ws.rounds().len(), 64.0);
        let menu = painted::RowMenu::new(ui);
        let text_w = (ui.available_width() - 56.0).max(120.0);
        let v = ui.visuals();
        let size = egui::TextStyle::Body.resolve(ui.style()).size.to_bits();
        let key = (
            revision,
            text_w.to_bits(),
            size,
            v.strong_text_color(),
            p.muted,
            p.error,
            // The note on an older instrument is in the interface language.
            crate::ui::lang::texts(ui.ctx()).code().to_owned(),
        );
        self.round_galleys.begin(ui, painted::kept_key(key));
        let origin = ui.max_rect().top();
        for (i, r) in ws.rounds().iter().rev().enumerate() {
            ui.add_space(4.0);
            let top = ui.cursor().top() - origin;
            let h = self.round_heights[i];
            if top > viewport.max.y || top + h < viewport.min.y {
                ui.add_space(h);
                continue;
            }
            self.round_heights[i] = self.round_entry_ui(ui, &menu, ws, (i, r), cmds);
        }
    }

    /// One round in the list: title, date and place, a note when it was scored with
    /// another instrument version, and its menu. Painted rather than built from labels
    /// (a long list costs little); returns the entry's height.
    fn round_entry_ui(
        &mut self,
        ui: &mut Ui,
        menu: &painted::RowMenu,
        ws: &Workspace,
        (i, r): (usize, &Round),
        cmds: &mut Vec<Command>,
    ) -> f32 {
        let p = theme::current(ui.ctx());
        let gap = ui.spacing().item_spacing;
        let width = ui.available_width();
        let text_w = (width - 56.0).max(120.0);
        let galley = self
            .round_galleys
            .get(i as u64, || round_text(ui, ws, r, text_w));
        let text_h = galley.size().y;
        let (_, rect) = ui.allocate_space(egui::vec2(width, text_h.max(menu.size.y)));
        let text_at = egui::pos2(rect.left(), rect.center().y - text_h / 2.0);
        let text_rect = egui::Rect::from_min_size(text_at, galley.size());
        if painted::accesskit_on(ui) {
            let id = egui::Id::unique(("round-entry", r.id.as_str()));
            painted::label_node(ui, id, &galley.text().replace('\n', ", "), text_rect);
        }
        ui.painter().galley(text_at, galley, p.text);
        let menu_at = egui::pos2(
            rect.left() + text_w + gap.x,
            rect.center().y - menu.size.y / 2.0,
        );
        let at = egui::Rect::from_min_size(menu_at, menu.size);
        self.round_menu_ui(ui, menu, at, ws, r, cmds);
        rect.height()
    }

    /// The "⋯" menu of a round: edit, export its workshop report, remove.
    fn round_menu_ui(
        &mut self,
        ui: &mut Ui,
        menu: &painted::RowMenu,
        at: egui::Rect,
        ws: &Workspace,
        r: &Round,
        cmds: &mut Vec<Command>,
    ) -> egui::Response {
        let t = crate::ui::lang::texts(ui.ctx());
        let label = t.with("round-menu", &[("round", r.title.as_str().into())]);
        let id = ui.scope_id().with(("round-menu", r.id.as_str()));
        menu.ui(ui, at, id, &label, |ui| {
            if ui.button(t.get("round-edit")).clicked() {
                self.dialog = Some(Dialog::EditRound {
                    id: r.id.clone(),
                    form: Box::new(RoundForm::of(r)),
                });
            }
            if ui.button(t.get("round-export-pdf")).clicked() {
                cmds.push(export_round(r.id.as_str(), false, false));
            }
            if ui.button(t.get("round-export-pdf-scored")).clicked() {
                cmds.push(export_round(r.id.as_str(), true, false));
            }
            if ui.button(t.get("round-export-pdf-clusters")).clicked() {
                cmds.push(export_round(r.id.as_str(), false, true));
            }
            // A round with scores asks first; an empty one goes at once (Ctrl+Z undoes).
            if ui
                .button(t.get("round-tables"))
                .on_hover_text(t.get("round-tables-tip"))
                .clicked()
            {
                cmds.push(Command::Tables(Some(r.id.clone())));
            }
            if ui.button(t.get("round-remove")).clicked() {
                if ws.has_data_for_round(r.id.as_str()) {
                    self.dialog = Some(Dialog::ConfirmRemoveRound(r.id.clone()));
                } else {
                    cmds.push(Command::Edit(Edit::RemoveRound(r.id.clone())));
                }
            }
        })
    }
}

fn title_ui(ui: &mut Ui, ws: &Workspace, location: &str, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let t = crate::ui::lang::texts(ui.ctx());
    let mut title = ws.title().to_owned();
    let l = ui.label(RichText::new(t.get("workspace-title")).strong());
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut BanglaBuffer::new(&mut title))
                .desired_rows(1)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    if r.changed() && title != ws.title() {
        // A title is one line: a pasted line break becomes a space.
        cmds.push(Command::Edit(Edit::SetTitle(
            title.replace(['\n', '\r'], " "),
        )));
    }
    ui.add(egui::Label::new(RichText::new(location).small().color(p.muted)).wrap());
    let instrument = t.with(
        "workspace-instrument",
        &[
            (
                "title",
                ws.instrument()
                    .localized(t.code())
                    .title()
                    .to_owned()
                    .into(),
            ),
            ("version", t.number(ws.instrument().version()).into()),
        ],
    );
    ui.add(egui::Label::new(RichText::new(instrument).small().color(p.muted)).wrap());
    language_ui(ui, ws, cmds);
}

/// The workspace's language: what the room view, the phones and the reports speak.
fn language_ui(ui: &mut Ui, ws: &Workspace, cmds: &mut Vec<Command>) {
    let t = crate::ui::lang::texts(ui.ctx());
    let offered = crate::ui::lang::offered(ui.ctx());
    let current = ws.language().map_or(codi_i18n::ENGLISH, |l| l.as_str());
    let name_of = |code: &str| {
        offered
            .iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| code.to_owned(), |(_, n)| n.clone())
    };
    ui.add_space(4.0);
    let l = ui.label(RichText::new(t.get("workspace-language")).strong());
    let mut chosen = None;
    egui::ComboBox::from_id_salt("workspace-language")
        .selected_text(name_of(current))
        .show_ui(ui, |ui| {
            for (code, name) in offered.iter() {
                if ui.selectable_label(code == current, name).clicked() && code != current {
                    chosen = Some(code.clone());
                }
            }
        })
        .response
        .labelled_by(l.id)
        .on_hover_text(t.get("workspace-language-tip"));
    if let Some(code) = chosen {
        // English is the default and is stored as no language at all.
        let tag = (code != codi_i18n::ENGLISH)
            .then(|| crate::model::LanguageTag::parse(&code).ok())
            .flatten();
        cmds.push(Command::Edit(Edit::SetLanguage(tag)));
    }
}

/// A round's entry as one text: title, date and place, and a note when it was scored
/// with another instrument version.
fn round_text(ui: &Ui, ws: &Workspace, r: &Round, width: f32) -> Arc<egui::Galley> {
    let p = theme::current(ui.ctx());
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut meta = r.date.to_string();
    if !r.location.is_empty() {
        meta.push_str(&format!(" · {}", r.location));
    }
    let mut job = egui::text::LayoutJob::default();
    job.wrap.max_width = width;
    let format = |color| egui::TextFormat::simple(font.clone(), color);
    job.append(&r.title, 0.0, format(ui.visuals().strong_text_color()));
    job.append(&format!("\n{meta}"), 0.0, format(p.muted));
    if r.instrument_version != ws.instrument().version() {
        let t = crate::ui::lang::texts(ui.ctx());
        let version = [("version", r.instrument_version.as_str().into())];
        let note = format!("\n{}", t.with("workspace-round-instrument", &version));
        job.append(&note, 0.0, format(p.error));
    }
    ui.painter().layout_job(job)
}

/// A command to export the workshop report of `round`.
fn export_round(round: &str, skip_unscored: bool, by_cluster: bool) -> Command {
    Command::ExportPdf(
        PdfKind::Workshop {
            round: round.to_owned(),
            skip_unscored,
            by_cluster,
        },
        None,
    )
}
