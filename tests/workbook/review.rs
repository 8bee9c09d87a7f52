//! The workbook's Review sheet: each round's status with its last step, then the
//! comments matrix, read back with calamine; and the workbook still imports.

use calamine::{Reader, Xlsx};
use codi_workshop::model::demo::demo_workspace;
use codi_workshop::model::review::{Comment, Status, step_edit};
use codi_workshop::model::{Edit, ScoreRef};
use codi_workshop::storage::workbook;

#[test]
fn the_review_sheet_lists_each_rounds_status_and_the_comments_matrix() {
    let mut ws = demo_workspace();
    let at: jiff::Timestamp = "2026-12-04T09:30:00Z".parse().unwrap();
    for to in [Status::UnderReview, Status::Validated] {
        step_edit(&ws, "baseline-2022", to, "Dr. Rahman", "", at)
            .unwrap()
            .apply(&mut ws, None)
            .unwrap();
    }
    let round = ws.round("followup-2024").unwrap().id.clone();
    let ministry = ws.find_ministry("MoWCA").unwrap().id.clone();
    let area = ws.instrument().areas()[3].id.clone();
    Edit::SetComments {
        at: ScoreRef {
            round,
            ministry,
            area: area.clone(),
        },
        comments: vec![Comment {
            comment: "=Is the law in force?".into(),
            by: "PEFA Secretariat".into(),
            response: "Yes, since 2023.".into(),
            resolved: true,
        }],
    }
    .apply(&mut ws, None)
    .unwrap();
    let t = codi_workshop::report::texts_for(&ws, None, false);
    let bytes = workbook::export_xlsx(&ws, &super::exported(), &t).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let sheet = book.worksheet_range("Review").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let row = |key: &str| {
        rows.iter()
            .find(|r| r.first().is_some_and(|c| c == key) && r.len() > 2 && !r[2].is_empty())
            .unwrap_or_else(|| panic!("no row for {key}: {rows:?}"))
            .clone()
    };
    let baseline = row("baseline-2022");
    assert_eq!(
        baseline[2..5],
        ["validated", "Dr. Rahman", "2026-12-04 09:30 UTC"]
    );
    assert_eq!(row("followup-2024")[2], "draft");
    let comment = rows
        .iter()
        .find(|r| r.get(2).is_some_and(|c| c == "MoWCA"))
        .unwrap_or_else(|| panic!("no comment row: {rows:?}"));
    assert_eq!(comment[1], "draft");
    assert_eq!(comment[4], area.as_str());
    // A comment that looks like a formula stays text (a string cell, never a formula).
    assert_eq!(comment[5], "=Is the law in force?");
    assert_eq!(
        comment[6..9],
        ["PEFA Secretariat", "Yes, since 2023.", "yes"]
    );
    let back = super::import(&bytes, None).unwrap();
    assert_eq!(back.ministries().len(), ws.ministries().len());
}
