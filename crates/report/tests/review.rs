//! Review and sign-off in print: a round not yet validated says DRAFT on every page of
//! its reports (read page by page with lopdf); a validated round does not, and its
//! method annex says who validated it and when; reopenings keep their reason; the
//! comments matrix is in the annex, in full in the workshop report and per ministry in
//! the summary. Bangla prints the mark in Bangla.

use codi_model::demo::demo_workspace;
use codi_model::review::{Comment, Status, step_edit};
use codi_model::{Edit, LanguageTag, ScoreRef, Workspace};
use codi_report::{ministry_summary, table_sheets};

mod pdf;
use pdf::{opts, page_text, parse, pdftotext, text, workshop};

const ROUND: &str = "followup-2024";

fn step(ws: &mut Workspace, to: Status, by: &str, reason: &str) {
    let at = "2026-12-04T09:30:00Z".parse().unwrap();
    step_edit(ws, ROUND, to, by, reason, at)
        .unwrap()
        .apply(ws, None)
        .unwrap();
}

fn comment(ws: &mut Workspace, ministry: &str, area: usize, c: Comment) {
    let round = ws.round(ROUND).unwrap().id.clone();
    let m = ws.find_ministry(ministry).unwrap().id.clone();
    let area = ws.instrument_for(ROUND).unwrap().areas()[area].id.clone();
    let at = ScoreRef {
        round,
        ministry: m,
        area,
    };
    let mut comments = ws
        .score_at(&at)
        .map(|s| s.comments.clone())
        .unwrap_or_default();
    comments.push(c);
    Edit::SetComments { at, comments }.apply(ws, None).unwrap();
}

/// The mark is on page `i` of every page, and nowhere when `mark` is None.
fn every_page_says(r: &codi_report::Report, mark: Option<&str>) -> usize {
    let doc = parse(r);
    let pages = doc.get_pages().len() as u32;
    for p in 1..=pages {
        let page = page_text(&doc, p);
        match mark {
            Some(mark) => assert!(page.contains(mark), "page {p} lacks {mark:?}: {page}"),
            None => assert!(!page.contains("DRAFT"), "page {p} says DRAFT: {page}"),
        }
    }
    pages as usize
}

#[test]
fn a_draft_round_says_draft_on_every_page_and_a_validated_one_does_not() {
    let mut ws = demo_workspace();
    let summary = ministry_summary(&ws, ROUND, "MoSW", &opts()).unwrap();
    assert!(every_page_says(&summary, Some("DRAFT: not validated")) >= 2);
    let report = workshop(&ws, ROUND);
    assert!(every_page_says(&report, Some("DRAFT: not validated")) > 10);
    assert!(text(&parse(&report)).contains("Draft: not yet sent for review."));

    step(&mut ws, Status::UnderReview, "Coordination Office", "");
    let summary = ministry_summary(&ws, ROUND, "MoSW", &opts()).unwrap();
    every_page_says(&summary, Some("DRAFT: under review, not yet validated"));

    step(&mut ws, Status::Validated, "Dr. Rahman", "");
    let summary = ministry_summary(&ws, ROUND, "MoSW", &opts()).unwrap();
    every_page_says(&summary, None);
    let report = workshop(&ws, ROUND);
    every_page_says(&report, None);
    let all = pdftotext(&report);
    assert!(
        all.contains("Validated by Dr. Rahman on 2026-12-04."),
        "review row missing"
    );
    // The blank sheets for tables are forms, not a record: never marked.
    let mut draft = demo_workspace();
    Edit::SetTable {
        round: draft.round(ROUND).unwrap().id.clone(),
        ministry: draft.find_ministry("MoSW").unwrap().id.clone(),
        table: Some(codi_model::Table::new("K7P2QX".into())),
    }
    .apply(&mut draft, None)
    .unwrap();
    let sheets = table_sheets(&draft, ROUND, "http://127.0.0.1:8765", &opts()).unwrap();
    every_page_says(&sheets, None);
}

#[test]
fn a_reopened_round_is_a_draft_again_and_the_annex_gives_the_reason() {
    let mut ws = demo_workspace();
    step(&mut ws, Status::UnderReview, "Coordination Office", "");
    step(&mut ws, Status::Validated, "Dr. Rahman", "");
    step(
        &mut ws,
        Status::Draft,
        "Dr. Rahman",
        "The MoSW evidence was misfiled",
    );
    let summary = ministry_summary(&ws, ROUND, "MoSW", &opts()).unwrap();
    every_page_says(&summary, Some("DRAFT: not validated"));
    let all = pdftotext(&summary);
    assert!(
        all.contains("Reopened by Dr. Rahman on 2026-12-04: The MoSW evidence was misfiled."),
        "review row missing"
    );
}

#[test]
fn the_comments_matrix_is_in_the_annex_whole_and_per_ministry() {
    let mut ws = demo_workspace();
    comment(
        &mut ws,
        "MoSW",
        2,
        Comment {
            comment: "Which survey supports level 3?".into(),
            by: "PEFA Secretariat".into(),
            response: "The 2023 beneficiary survey, now cited.".into(),
            resolved: true,
        },
    );
    comment(
        &mut ws,
        "MoWCA",
        0,
        Comment {
            comment: "Coverage figures are from 2019.".into(),
            by: String::new(),
            response: String::new(),
            resolved: false,
        },
    );
    let all = pdftotext(&workshop(&ws, ROUND));
    for said in [
        "Reviewers' comments and responses",
        "MoSW: 3",
        "Which survey supports level 3? (PEFA Secretariat)",
        "The 2023 beneficiary survey, now cited.",
        "MoWCA: 1",
        "Coverage figures are from 2019.",
        "open",
    ] {
        assert!(all.contains(said), "the workshop report lacks {said:?}");
    }
    let mosw = pdftotext(&ministry_summary(&ws, ROUND, "MoSW", &opts()).unwrap());
    assert!(mosw.contains("Which survey supports level 3?"));
    assert!(!mosw.contains("Coverage figures are from 2019."), "{mosw}");
}

#[test]
fn a_bangla_report_marks_its_pages_in_bangla() {
    let mut ws = demo_workspace();
    ws.set_language(Some(LanguageTag::parse("bn").unwrap()));
    let t = codi_i18n::Catalog::shipped().texts("bn", codi_i18n::Digits::Bangla);
    let mark = t.get("report-draft");
    assert_ne!(mark, "DRAFT: not validated");
    let summary = ministry_summary(&ws, ROUND, "MoSW", &opts()).unwrap();
    let all = pdftotext(&summary);
    let pages = parse(&summary).get_pages().len();
    assert_eq!(all.matches(mark.as_str()).count(), pages, "{all}");
}
