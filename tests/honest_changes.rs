//! A change whose recorded reason is not performance (new evidence, another reading,
//! an earlier error, a changed definition) is a re-rating: counted and shown apart,
//! never as improved or declined, wherever changes are reported: the command line, the
//! ministry and workshop PDFs and the workbook's Changes sheet. (The Changes screen is
//! checked in `ui_results.rs`.) The demo records 22 moves up from 2022 to 2024, 13 of
//! them put down to performance and 9 to something else.

#[path = "../crates/report/tests/pdf/mod.rs"]
mod pdf;

use std::io::Cursor;
use std::process::Command;

use calamine::{Reader, Xlsx};
use codi_workshop::model::demo::demo_workspace;
use codi_workshop::report::ministry_summary;
use codi_workshop::storage::workbook::export_xlsx;

/// The export time written in the workbooks of this test: fixed, in Dhaka's offset.
pub fn exported() -> jiff::Zoned {
    let at: jiff::Timestamp = "2024-08-04T04:00:00Z".parse().unwrap();
    at.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(6)))
}

fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_codi-workshop"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_command_line_counts_re_ratings_apart() {
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("demo.codi.json");
    let file = file.to_str().unwrap();
    cli(&["demo", file]);
    let text = cli(&["changes", file]);
    assert!(
        text.contains("Improved 13 · unchanged 90 · declined 1 · re-rated 9"),
        "{text}"
    );
    let one = cli(&["changes", file, "--ministry", "MoSW"]);
    assert!(
        one.contains("Improved 2 · unchanged 7 · declined 0 · re-rated 1"),
        "{one}"
    );
    let csv = cli(&["changes", file, "--format", "csv"]);
    let rerated: Vec<&str> = csv.lines().filter(|l| l.contains(",re-rated,")).collect();
    assert_eq!(rerated.len(), 9, "{csv}");
    assert!(
        rerated
            .iter()
            .all(|l| !l.ends_with(",performance") && !l.ends_with(',')),
        "each re-rating names its reason: {rerated:?}"
    );
    let improved = csv.lines().filter(|l| l.contains(",improved,")).count();
    assert_eq!(improved, 13);
}

#[test]
fn the_ministry_pdf_does_not_count_a_re_rating_as_an_improvement() {
    let ws = demo_workspace();
    let r = ministry_summary(&ws, "followup-2024", "MoSW", &pdf::opts()).unwrap();
    let t = pdf::text(&pdf::parse(&r));
    assert!(t.contains("▲ 2 ▼ 0"), "MoSW: two real improvements: {t}");
    assert!(t.contains("1 re-rated, not a change in performance"), "{t}");
    assert!(t.contains("re-rated +1"), "the area's row says so: {t}");
    // HSD's only move up is a re-rating.
    let hsd = ministry_summary(&ws, "followup-2024", "HSD", &pdf::opts()).unwrap();
    let t = pdf::text(&pdf::parse(&hsd));
    assert!(t.contains("▲ 0 ▼ 0"), "{t}");
}

#[test]
fn the_workshop_pdf_lists_re_ratings_under_their_reasons() {
    let ws = demo_workspace();
    let r = pdf::workshop(&ws, "followup-2024");
    let t = pdf::text(&pdf::parse(&r));
    assert!(t.contains("Improved: real change in performance"), "{t}");
    assert!(
        t.contains("Re-rated, not a change in performance: new or better evidence"),
        "{t}"
    );
}

#[test]
fn the_workbook_changes_sheet_says_how_each_change_is_counted() {
    let bytes = export_xlsx(
        &demo_workspace(),
        &exported(),
        &codi_i18n::Catalog::shipped().english(),
    )
    .unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Changes").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let (counted, reason) = (col("counted_as"), col("change_reason"));
    let count = |kind: &str| rows.iter().filter(|r| r[counted] == kind).count();
    assert_eq!(count("improved"), 13);
    assert_eq!(count("re-rated"), 9);
    assert_eq!(count("declined"), 1);
    for r in rows.iter().filter(|r| r[counted] == "re-rated") {
        assert!(
            !r[reason].is_empty() && r[reason] != "Real change in performance",
            "{r:?}"
        );
    }
}
