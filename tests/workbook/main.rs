//! Workbooks in and out: the `.xlsx` export imports back to the same data as the CSV
//! promise, sheets built here with rust_xlsxwriter import by the CSV contract (dates and
//! numbers as values or as text, formulas by their cached value, `#N/A` refused by
//! cell), files written by LibreOffice import like the CSV they came from, and
//! malformed workbooks get a clear error (`hostile`).

mod budget;
mod cli;
mod hostile;
mod language;
mod review;

use std::path::Path;

use codi_workshop::model::demo::{demo_workspace, large_workspace};
use codi_workshop::model::score::Answer;
use codi_workshop::model::{Edit, Instrument, ScoreRef, TextField, Workspace};
use codi_workshop::storage::{csv, workbook};
use rust_xlsxwriter::{ExcelDateTime, Formula, Workbook};

/// The export time written in the workbooks of this test: fixed, in Dhaka's offset.
pub fn exported() -> jiff::Zoned {
    let at: jiff::Timestamp = "2024-08-04T04:00:00Z".parse().unwrap();
    at.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(6)))
}

pub fn empty() -> Workspace {
    Workspace::new("Imported".to_owned(), Instrument::codi())
}

/// Import a workbook's bytes into a new workspace.
pub fn import(bytes: &[u8], sheet: Option<&str>) -> Result<Workspace, String> {
    let mut ws = empty();
    let plan =
        workbook::read_bytes(bytes, Path::new("t.xlsx"), sheet, &ws).map_err(|e| e.to_string())?;
    plan.apply(&mut ws)
        .map_err(|(l, m)| format!("row {l}: {m}"))?;
    Ok(ws)
}

fn csv_of(ws: &Workspace) -> String {
    String::from_utf8(csv::export(ws)).unwrap()
}

/// Import the CSV form of `ws` into a new workspace (the reference for round trips).
fn via_csv(ws: &Workspace) -> Workspace {
    let mut out = empty();
    let plan = csv::read_bytes(&csv::export(ws), Path::new("t.csv"), &out).unwrap();
    plan.apply(&mut out).unwrap();
    out
}

pub(crate) const HEADER: [&str; 5] = ["round", "date", "ministry", "area", "score"];

/// A workbook whose first sheet has the required header and the given rows written
/// by `fill(sheet, row)` for rows 1..=n.
fn book(n: u32, fill: impl Fn(&mut rust_xlsxwriter::Worksheet, u32)) -> Vec<u8> {
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet().set_name("Scores").unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..=n {
        fill(sheet, r);
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn the_export_imports_back_to_the_same_data_as_the_csv() {
    let mut ws = demo_workspace();
    // Texts that a spreadsheet would run as formulas, Bangla, and an apostrophe start.
    let at = ScoreRef::new(
        &ws.rounds()[1].id,
        &ws.ministries()[0].id,
        &ws.instrument().areas()[0].id,
    );
    for (field, text) in [
        (
            TextField::Rationale,
            "=SUM(A1:A9) is not run; সামাজিক সুরক্ষা কর্মসূচি",
        ),
        (TextField::Evidence, "'=quoted already"),
        (TextField::Dissent, "@someone, -1 and +2"),
    ] {
        let at = at.clone();
        let text = text.to_owned();
        Edit::SetText { at, field, text }
            .apply(&mut ws, None)
            .unwrap();
    }
    let (r, m, area) = (&at.round, &at.ministry, &at.area);
    let bytes =
        workbook::export_xlsx(&ws, &exported(), &codi_i18n::Catalog::shipped().english()).unwrap();
    let back = import(&bytes, None).unwrap();
    assert_eq!(csv_of(&back), csv_of(&via_csv(&ws)));
    let got = back.score(r, m, area).unwrap();
    assert!(got.rationale.starts_with("=SUM(A1:A9)"));
    assert!(got.rationale.ends_with("সামাজিক সুরক্ষা কর্মসূচি"));
    assert_eq!(got.evidence, "'=quoted already");
    assert_eq!(got.dissent, "@someone, -1 and +2");
}

#[test]
fn a_39_ministry_3_round_workbook_round_trips() {
    let ws = large_workspace(39, 3, 120);
    let bytes =
        workbook::export_xlsx(&ws, &exported(), &codi_i18n::Catalog::shipped().english()).unwrap();
    let back = import(&bytes, None).unwrap();
    assert_eq!(back.ministries().len(), 39);
    assert_eq!(back.rounds().len(), 3);
    let reference = csv_of(&via_csv(&ws));
    assert_eq!(reference.lines().count(), 1 + 39 * 3 * 10);
    assert_eq!(csv_of(&back), reference);
}

#[test]
fn dates_come_as_dates_or_as_text() {
    let bytes = book(2, |s, r| {
        s.write_string(r, 0, "r1").unwrap();
        if r == 1 {
            let d = ExcelDateTime::from_ymd(2024, 3, 5).unwrap();
            let f = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
            s.write_datetime_with_format(r, 1, &d, &f).unwrap();
        } else {
            s.write_string(r, 1, "2024-03-05").unwrap();
        }
        s.write_string(r, 2, "MoSW").unwrap();
        s.write_number(r, 3, f64::from(r)).unwrap();
        s.write_string(r, 4, "2").unwrap();
    });
    let ws = import(&bytes, None).unwrap();
    assert_eq!(
        ws.rounds().len(),
        1,
        "both rows name the same round and date"
    );
    assert_eq!(ws.rounds()[0].date.to_string(), "2024-03-05");
}

#[test]
fn numbers_come_as_numbers_or_as_text() {
    let bytes = book(2, |s, r| {
        s.write_string(r, 0, "r1").unwrap();
        s.write_string(r, 1, "2024-03-05").unwrap();
        s.write_string(r, 2, "MoSW").unwrap();
        s.write_string(r, 3, r.to_string()).unwrap();
        if r == 1 {
            s.write_number(r, 4, 3.0).unwrap();
        } else {
            s.write_string(r, 4, " 4 ").unwrap();
        }
    });
    let ws = import(&bytes, None).unwrap();
    let areas = ws.instrument().areas();
    assert_eq!(
        ws.answer(&rid("r1"), &mid("MoSW"), &areas[0].id),
        Some(level(3))
    );
    assert_eq!(
        ws.answer(&rid("r1"), &mid("MoSW"), &areas[1].id),
        Some(level(4))
    );
}

fn level(v: u8) -> Answer {
    Answer::parse(&v.to_string()).unwrap()
}

#[test]
fn a_formula_cell_gives_its_cached_value() {
    let bytes = book(1, |s, r| {
        s.write_string(r, 0, "r1").unwrap();
        s.write_string(r, 1, "2024-03-05").unwrap();
        s.write_string(r, 2, "MoSW").unwrap();
        s.write_number(r, 3, 1.0).unwrap();
        s.write_formula(r, 4, Formula::new("=1+2").set_result("3"))
            .unwrap();
    });
    let ws = import(&bytes, None).unwrap();
    let a1 = ws.instrument().areas()[0].id.clone();
    assert_eq!(ws.answer(&rid("r1"), &mid("MoSW"), &a1), Some(level(3)));
}

#[test]
fn an_error_value_is_refused_naming_its_cell() {
    let bytes = book(12, |s, r| {
        s.write_string(r, 0, "r1").unwrap();
        s.write_string(r, 1, "2024-03-05").unwrap();
        s.write_string(r, 2, format!("M{r}")).unwrap();
        s.write_number(r, 3, 1.0).unwrap();
        if r == 11 {
            s.write_formula(r, 4, Formula::new("=NA()").set_result("#N/A"))
                .unwrap();
        } else {
            s.write_number(r, 4, 2.0).unwrap();
        }
    });
    let err = import(&bytes, None).unwrap_err();
    assert!(err.contains("Scores!E12 (`score`)"), "{err}");
    assert!(err.contains("#N/A"), "{err}");
}

#[test]
fn a_bad_value_is_named_as_the_spreadsheet_shows_it() {
    let bytes = book(3, |s, r| {
        s.write_string(r, 0, "r1").unwrap();
        s.write_string(r, 1, "2024-03-05").unwrap();
        s.write_string(r, 2, "MoSW").unwrap();
        s.write_number(r, 3, f64::from(r)).unwrap();
        s.write_string(r, 4, if r == 3 { "7" } else { "1" })
            .unwrap();
    });
    let err = import(&bytes, None).unwrap_err();
    assert!(err.contains("Scores!E4 (`score`) in t.xlsx"), "{err}");
}

#[test]
fn another_sheet_is_chosen_by_name() {
    let mut wb = Workbook::new();
    wb.add_worksheet()
        .set_name("Notes")
        .unwrap()
        .write_string(0, 0, "read me first")
        .unwrap();
    let s = wb.add_worksheet().set_name("Table 3").unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    for (c, v) in ["r1", "2024-03-05", "MoSW", "1", "NA"].iter().enumerate() {
        s.write_string(1, c as u16, *v).unwrap();
    }
    let bytes = wb.save_to_buffer().unwrap();
    // The first sheet is not a scores table, and says so.
    let err = import(&bytes, None).unwrap_err();
    assert!(
        err.contains("sheet Notes") && err.contains("lacks the required"),
        "{err}"
    );
    let ws = import(&bytes, Some("Table 3")).unwrap();
    let a1 = ws.instrument().areas()[0].id.clone();
    assert_eq!(
        ws.answer(&rid("r1"), &mid("MoSW"), &a1),
        Some(Answer::NotApplicable)
    );
    let err = import(&bytes, Some("Scores")).unwrap_err();
    assert!(
        err.contains("no sheet `Scores`; its sheets are `Notes`, `Table 3`"),
        "{err}"
    );
}

#[test]
fn an_empty_workbook_says_it_is_empty() {
    let mut wb = Workbook::new();
    wb.add_worksheet();
    let err = import(&wb.save_to_buffer().unwrap(), None).unwrap_err();
    assert!(err.contains("the sheet is empty"), "{err}");
}

#[test]
fn the_template_imports_back_with_what_the_table_filled_in() {
    let ws = demo_workspace();
    let round = ws.rounds()[1].id.to_string();
    let bytes =
        workbook::template(&ws, Some(&round), &codi_i18n::Catalog::shipped().english()).unwrap();
    // Untouched, it changes nothing.
    let plan = workbook::read_bytes(&bytes, Path::new("t.xlsx"), None, &ws).unwrap();
    let mut same = ws.clone();
    let summary = plan.apply(&mut same).unwrap();
    assert_eq!(
        (summary.added, summary.changed),
        (0, 0),
        "{}",
        summary.describe()
    );
    assert_eq!(csv_of(&same), csv_of(&ws));
    // The score column offers only the scale's answers, on every row.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    let rows = 1 + ws.ministries().len() * 10;
    assert!(
        sheet.contains(r#"type="list""#)
            && sheet.contains(&format!(
                r#"sqref="G2:G{rows}"><formula1>"1,2,3,4,NA,NI"</formula1>"#
            )),
        "{sheet}"
    );
    let err = workbook::template(
        &ws,
        Some("no-such-round"),
        &codi_i18n::Catalog::shipped().english(),
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("no round `no-such-round`"),
        "{err}"
    );
}

/// The LibreOffice fixtures: a CSV and the `.xlsx` and `.ods` that
/// `soffice --headless --convert-to` made from it (see tests/fixtures/workbooks/README).
#[test]
fn libreoffice_workbooks_import_like_their_csv() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workbooks");
    let mut from_csv = empty();
    let csv_path = dir.join("scores.csv");
    csv::read_file(&csv_path, &from_csv)
        .unwrap()
        .apply(&mut from_csv)
        .unwrap();
    assert!(from_csv.ministries().len() >= 10);
    for name in ["scores.xlsx", "scores.ods"] {
        let mut ws = empty();
        let plan = codi_workshop::storage::read_import(&dir.join(name), None, &ws)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        plan.apply(&mut ws).unwrap();
        assert_eq!(csv_of(&ws), csv_of(&from_csv), "{name}");
    }
}

/// Typed ids from literals known to be valid.
fn rid(s: &str) -> codi_workshop::model::RoundId {
    codi_workshop::model::RoundId::new(s).unwrap()
}
fn mid(s: &str) -> codi_workshop::model::MinistryId {
    codi_workshop::model::MinistryId::new(s).unwrap()
}
