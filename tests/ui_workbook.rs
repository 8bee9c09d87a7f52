//! Workbooks from the app's File menu: the export writes an `.xlsx` that imports back
//! unchanged, a sheet with a bad cell is refused by cell and changes nothing, and the
//! template is written for the newest round.

mod common;

use codi_workshop::storage::{csv, workbook};
use common::*;

fn menu(
    h: &mut egui_kittest::Harness<'_, codi_workshop::ui::App>,
    path: std::path::PathBuf,
    item: &str,
) {
    h.state_mut().dialogs.answers.push(path);
    click(h, "File");
    click(h, item);
    // Imports are read and exports made off the window's thread: wait for them here.
    h.state_mut().finish_import();
    h.state_mut().finish_export();
}

#[test]
fn the_workbook_export_and_import_from_the_menu() {
    let f = fixture();
    let mut h = harness(&f);
    let before = h.state().workspace();
    let out = f.dir.path().join("scores.xlsx");
    menu(&mut h, out.clone(), "Export Excel workbook...");
    let m = h.state().message().unwrap().text.clone();
    assert!(
        m.contains("Exported the workbook") && m.contains("scores.xlsx"),
        "{m}"
    );
    let bytes = std::fs::read(&out).unwrap();
    let plan = workbook::read_bytes(&bytes, &out, None, &before).unwrap();
    let mut same = before.clone();
    let s = plan.apply(&mut same).unwrap();
    assert_eq!((s.added, s.changed), (0, 0), "{}", s.describe());
    assert_eq!(csv::export(&same), csv::export(&before));

    // A level outside the scale in one cell: named as the spreadsheet names it.
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet().set_name("Scores").unwrap();
    let rows = [
        ["round", "date", "ministry", "area", "score"],
        ["Baseline workshop", "2022-08-04", "MoSW", "1", "9"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *v).unwrap();
        }
    }
    let bad = f.dir.path().join("bad.xlsx");
    wb.save(&bad).unwrap();
    menu(
        &mut h,
        bad.clone(),
        "Import scores (CSV, Excel, OpenDocument)...",
    );
    let m = h.state().message().unwrap().text.clone();
    assert!(
        m.contains("Nothing was imported") && m.contains("Scores!E2 (`score`)"),
        "{m}"
    );
    assert_eq!(h.state().workspace(), before);

    // Fixed, it imports, and one undo takes it back.
    let sheet = wb.worksheet_from_name("Scores").unwrap();
    sheet.write_string(1, 4, "4").unwrap();
    wb.save(&bad).unwrap();
    menu(&mut h, bad, "Import scores (CSV, Excel, OpenDocument)...");
    assert_eq!(answer(&h, BASE, "MoSW", 0), level(4));
}

#[test]
fn the_template_is_offered_for_the_newest_round() {
    let f = fixture();
    let mut h = harness(&f);
    let out = f.dir.path().join("template.xlsx");
    menu(
        &mut h,
        out.clone(),
        "Excel template for tables (Follow-up workshop)...",
    );
    let m = h.state().message().unwrap().text.clone();
    assert!(m.contains("template for tables"), "{m}");
    let ws = h.state().workspace();
    let plan = workbook::read_bytes(&std::fs::read(&out).unwrap(), &out, None, &ws).unwrap();
    assert_eq!(plan.records(), ws.ministries().len() * 10);
}
