//! An export from the window prints a Bangla workspace's report with the person's
//! choice of digits: Bangla digits by default, Latin ones when View › Language says so.

use codi_model::LanguageTag;
use codi_model::demo::demo_workspace;
use codi_session::export::{ExportJob, ExportKind, Outcome, PdfKind};

/// `pdftotext` (poppler): the Bangla comes back through the PDF's ActualText.
fn text_of(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt install poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_bangla_report_is_printed_with_the_digits_the_person_chose() {
    let mut ws = demo_workspace();
    ws.set_language(Some(LanguageTag::parse("bn").unwrap()));
    let dir = tempfile::tempdir().unwrap();
    let made = jiff::civil::date(2026, 12, 4)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap();
    let kind = ExportKind::Pdf(PdfKind::Ministry {
        round: "followup-2024".into(),
        ministry: "MoSW".into(),
    });
    let mut texts = vec![];
    for latin in [false, true] {
        let path = dir.path().join(format!("mosw-{latin}.pdf"));
        let job = ExportJob::start_with_digits(
            ws.clone(),
            kind.clone(),
            path.clone(),
            made.clone(),
            latin,
        );
        assert!(matches!(job.wait(), Outcome::Written(_)));
        texts.push(text_of(&path));
    }
    assert!(texts[0].contains("২০২৪"), "Bangla digits by default");
    assert!(
        !texts[1].contains("২০২৪"),
        "none when Latin digits are chosen"
    );
    assert!(texts[1].contains("2024"), "Latin digits");
}
