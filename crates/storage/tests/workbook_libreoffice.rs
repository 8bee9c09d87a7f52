//! The exported workbook opened by LibreOffice: converted to CSV by
//! `soffice --headless --convert-to csv`, its Scores sheet imports to the same data as
//! the app's own CSV export. Ignored by default (it needs LibreOffice Calc, Debian's
//! `libreoffice-calc-nogui`); `.ci/run` installs it and runs this test.

use std::path::Path;
use std::process::Command;

use codi_model::demo::demo_workspace;
use codi_model::{Instrument, Workspace};
use codi_storage::{csv, workbook};

/// The export time written in the workbooks of this test: fixed, in Dhaka's offset.
pub fn exported() -> jiff::Zoned {
    let at: jiff::Timestamp = "2024-08-04T04:00:00Z".parse().unwrap();
    at.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(6)))
}

#[test]
#[ignore = "needs LibreOffice (soffice); run with --ignored"]
fn libreoffice_reads_the_scores_sheet_of_the_export() {
    let d = tempfile::tempdir().unwrap();
    let ws = demo_workspace();
    let xlsx = d.path().join("demo.xlsx");
    std::fs::write(
        &xlsx,
        workbook::export_xlsx(&ws, &exported(), &codi_i18n::Catalog::shipped().english()).unwrap(),
    )
    .unwrap();
    // CSV, comma, double quotes, UTF-8 (76), first sheet only.
    let status = Command::new("soffice")
        .args(["--headless", "-env:UserInstallation=file://"])
        .arg(d.path().join("profile"))
        .args([
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
        ])
        .arg("--outdir")
        .arg(d.path())
        .arg(&xlsx)
        .status()
        .expect("soffice runs (Debian: libreoffice-calc-nogui)");
    assert!(status.success());
    let out = d.path().join("demo-Scores.csv");
    let out = if out.exists() {
        out
    } else {
        d.path().join("demo.csv")
    };
    let mut back = Workspace::new("Imported".to_owned(), Instrument::codi());
    csv::read_file(&out, &back)
        .unwrap_or_else(|e| panic!("{e}"))
        .apply(&mut back)
        .unwrap();
    let mut reference = Workspace::new("Imported".to_owned(), Instrument::codi());
    csv::read_bytes(&csv::export(&ws), Path::new("a.csv"), &reference)
        .unwrap()
        .apply(&mut reference)
        .unwrap();
    assert_eq!(back.ministries().len(), ws.ministries().len());
    assert_eq!(csv::export(&back), csv::export(&reference));
}
