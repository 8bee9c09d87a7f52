//! The reports in the workspace's language: a Bangla workspace prints Bangla headings,
//! table heads, the method annex, the instrument's Bangla area names and Bangla dates
//! and digits, read back with `pdftotext`; a report may be asked for in another
//! language; an English workspace stays English.

use codi_i18n::{Catalog, Digits, Texts};
use codi_model::LanguageTag;
use codi_model::demo::demo_workspace;
use codi_report::{ReportOptions, ministry_summary, table_sheets, workshop_report};

mod pdf;
use pdf::{opts, pdftotext};

fn texts(code: &str) -> std::sync::Arc<Texts> {
    let digits = if code == "bn" {
        Digits::Bangla
    } else {
        Digits::Latin
    };
    Catalog::shipped().texts(code, digits)
}

fn in_language(code: &str) -> codi_model::Workspace {
    let mut ws = demo_workspace();
    ws.set_language(Some(LanguageTag::parse(code).unwrap()));
    ws
}

/// Each message appears in `text`, and differs from English (so it was translated).
fn assert_says(text: &str, code: &str, ids: &[&str]) {
    let (t, en) = (texts(code), texts("en"));
    for id in ids {
        let said = t.get(id);
        assert_ne!(said, en.get(id), "{code} has its own words for {id}");
        assert!(
            text.contains(&said),
            "{code} report lacks {id} = {said:?}:\n{text}"
        );
    }
}

#[test]
fn a_bangla_workspace_prints_its_ministry_summary_in_bangla() {
    let ws = in_language("bn");
    let r = ministry_summary(&ws, "followup-2024", "MoSW", &opts()).unwrap();
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let text = pdftotext(&r);
    assert_says(
        &text,
        "bn",
        &[
            "report-profile",
            "report-scores-title",
            "report-agreed-level",
            "report-votes-in-room",
            "report-rationale-and-evidence",
            "report-trend-title",
            "report-method",
            "report-coverage",
            "report-median-level",
        ],
    );
    // The instrument in Bangla, the round's date the Bangla way, page numbers in Bangla
    // digits.
    let area = ws.instrument().localized("bn").areas()[0].name.clone();
    assert_ne!(area, ws.instrument().areas()[0].name);
    assert!(text.contains(&area), "{area}: {text}");
    assert!(text.contains("৪ আগস্ট ২০২৪"), "{text}");
    let page_one = texts("bn").with(
        "report-page",
        &[("page", 1.into()), ("total", r.pages.into())],
    );
    assert!(text.contains(&page_one), "{page_one}");
    for english in [
        "Scores, rationale and evidence",
        "Method",
        "Page 1 of",
        "Generated",
    ] {
        assert!(!text.contains(english), "English left: {english}");
    }
}

#[test]
fn a_bangla_workspace_prints_the_workshop_report_and_its_method_annex_in_bangla() {
    let ws = in_language("bn");
    let r = workshop_report(&ws, "followup-2024", &opts(), &|_, _| true).unwrap();
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let text = pdftotext(&r);
    assert_says(
        &text,
        "bn",
        &[
            "report-cover-kicker",
            "report-contents",
            "report-heatmap-title",
            "report-distribution-title",
            "report-completion-title",
            "report-actions-title",
            "report-annex-title",
            "report-annex-note",
            "report-scale",
            "report-voting",
            "report-aggregation",
            "report-history",
            "report-chain-intact",
        ],
    );
    for english in ["Method annex", "Heatmap: all ministries", "How to read"] {
        assert!(!text.contains(english), "English left: {english}");
    }
}

#[test]
fn a_report_may_be_asked_for_in_another_language_or_with_latin_digits() {
    let ws = in_language("bn");
    let spanish = ReportOptions {
        language: Some("es".into()),
        ..opts()
    };
    let r = ministry_summary(&ws, "followup-2024", "MoSW", &spanish).unwrap();
    let text = pdftotext(&r);
    assert_says(&text, "es", &["report-scores-title", "report-method"]);
    assert!(text.contains("2024-08-04"), "Latin digits in Spanish");

    let latin = ReportOptions {
        latin_digits: true,
        ..opts()
    };
    let r = ministry_summary(&ws, "followup-2024", "MoSW", &latin).unwrap();
    let text = pdftotext(&r);
    assert_says(&text, "bn", &["report-scores-title"]);
    assert!(text.contains("2024-08-04"), "{text}");
    assert!(!text.contains("২০২৪"), "no Bangla digits");

    let french = ReportOptions {
        language: Some("fr".into()),
        ..opts()
    };
    let r = table_sheets(
        &ws_with_tables(),
        "followup-2024",
        "http://127.0.0.1:8765",
        &french,
    )
    .unwrap();
    assert_says(
        &pdftotext(&r),
        "fr",
        &["report-sheet-scan", "report-sheet-no-device"],
    );
}

#[test]
fn an_english_workspace_and_an_unknown_language_print_in_english() {
    let ws = demo_workspace();
    let r = ministry_summary(&ws, "followup-2024", "MoSW", &opts()).unwrap();
    let text = pdftotext(&r);
    assert!(text.contains("Scores, rationale and evidence"), "{text}");
    assert!(text.contains("2024-08-04"));
    let odd = ReportOptions {
        language: Some("xx".into()),
        ..opts()
    };
    let r = ministry_summary(&ws, "followup-2024", "MoSW", &odd).unwrap();
    assert!(pdftotext(&r).contains("Scores, rationale and evidence"));
}

fn ws_with_tables() -> codi_model::Workspace {
    let mut ws = demo_workspace();
    codi_model::Edit::SetTable {
        round: codi_model::RoundId::new("followup-2024").unwrap(),
        ministry: codi_model::MinistryId::new("MoSW").unwrap(),
        table: Some(codi_model::Table::new("K7P2QX".into())),
    }
    .apply(&mut ws, None)
    .unwrap();
    ws
}
