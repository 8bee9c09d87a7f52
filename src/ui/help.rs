//! Help inside the app: the keyboard shortcuts (F1), drawn from the key map as the
//! menus, the hint line and the key table in docs/reference/keys.md are; and About: the version, the
//! instrument, the licences (the fonts' included) and the data folder.

use std::path::Path;

use super::lang;
use egui::{RichText, Ui};

use super::command::Command;
use super::theme;
use crate::model::Workspace;

/// Which help page is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpPage {
    Keys,
    About,
}

static LICENCES: [(&str, &str, &str); 4] = [
    (
        "CODI Workshop",
        "MIT or Apache-2.0, at your choice",
        include_str!("../../LICENSE-MIT"),
    ),
    (
        "CODI Workshop (Apache-2.0)",
        "the Apache License 2.0 text",
        include_str!("../../LICENSE-APACHE"),
    ),
    (
        "DejaVu Sans",
        "the screen and PDF font for Latin and symbols: Bitstream Vera licence, free",
        include_str!("../../assets/fonts/LICENSE-DejaVu.txt"),
    ),
    (
        "Noto Sans Bengali",
        "the font for Bangla: SIL Open Font License 1.1",
        include_str!("../../assets/fonts/LICENSE-NotoSansBengali.txt"),
    ),
];

/// Draw the open help page as a modal; returns true when it should close.
pub fn help_ui(
    ui: &mut Ui,
    page: HelpPage,
    ws: &Workspace,
    data_dir: Option<&Path>,
    cmds: &mut Vec<Command>,
) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("help")).show(ui.ctx(), |ui| {
        ui.set_max_width(760.0);
        ui.set_max_height(ui.ctx().content_rect().height() - 80.0);
        let t = lang::texts(ui.ctx());
        let title = match page {
            HelpPage::Keys => t.get("help-keys-title"),
            HelpPage::About => t.get("help-about-title"),
        };
        ui.horizontal(|ui| {
            ui.heading(title);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                close = ui.button(t.get("help-close")).clicked();
            });
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("help-scroll")
            .show(ui, |ui| match page {
                HelpPage::Keys => keys_ui(ui, ws),
                HelpPage::About => about_ui(ui, ws, data_dir, cmds),
            });
    });
    close || modal.should_close()
}

/// Every key of the key map, by where it works.
fn keys_ui(ui: &mut Ui, ws: &Workspace) {
    let p = theme::current(ui.ctx());
    let levels = ws.instrument().level_count();
    let t = lang::texts(ui.ctx());
    for (heading, keys) in super::keymap::key_groups(&t, levels) {
        ui.label(RichText::new(&heading).strong().color(p.muted));
        egui::Grid::new(("keys", &heading))
            .num_columns(2)
            .min_col_width(260.0)
            // Long names wrap (Bangla and the pseudo-locale are longer than English).
            .max_col_width(420.0)
            .spacing([24.0, 6.0])
            .striped(true)
            .show(ui, |ui| {
                for (k, text) in &keys {
                    ui.label(RichText::new(k).monospace().strong());
                    ui.add(egui::Label::new(text).wrap());
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
    }
    ui.label(RichText::new(t.get("help-typing-note")).color(p.muted));
}

/// The version, the instrument, the data folder and the licences.
fn about_ui(ui: &mut Ui, ws: &Workspace, data_dir: Option<&Path>, cmds: &mut Vec<Command>) {
    let builtin = crate::model::Instrument::codi();
    let inst = ws.instrument();
    let t = lang::texts(ui.ctx());
    let strong = |id: &str| RichText::new(t.get(id)).strong();
    egui::Grid::new("about")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label(strong("about-version"));
            ui.label(format!(
                "CODI Workshop {}",
                t.number(env!("CARGO_PKG_VERSION"))
            ));
            ui.end_row();
            ui.label(strong("about-instrument"));
            ui.label(t.with(
                "about-instrument-value",
                &[
                    ("title", builtin.title().into()),
                    ("version", t.number(builtin.version()).into()),
                ],
            ));
            ui.end_row();
            ui.label(strong("about-workspace"));
            let version = t.number(inst.version());
            ui.label(t.with("about-workspace-value", &[("version", version.into())]));
            ui.end_row();
            ui.label(strong("about-language"));
            ui.label(t.get("language-name"));
            ui.end_row();
            ui.label(strong("about-data-folder"));
            match data_dir {
                Some(dir) => {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(dir.display().to_string()).monospace());
                        if ui.button(t.get("about-open-data-folder")).clicked() {
                            cmds.push(Command::OpenDataFolder);
                        }
                    });
                }
                None => {
                    ui.label(t.get("about-no-data-folder"));
                }
            }
            ui.end_row();
        });
    if t.code() != codi_i18n::ENGLISH {
        ui.add_space(8.0);
        ui.label(RichText::new(t.get("about-translation-note")).italics());
    }
    ui.add_space(8.0);
    ui.label(strong("about-licences"));
    for (name, what, text) in LICENCES {
        egui::CollapsingHeader::new(format!("{name}: {what}"))
            .id_salt(("licence", name))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt(("licence-text", name))
                    .max_height(220.0)
                    .show(ui, |ui| ui.label(RichText::new(text).monospace().small()));
            });
    }
}
