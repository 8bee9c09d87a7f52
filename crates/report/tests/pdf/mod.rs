//! Helpers for tests that read the PDF reports with lopdf.
#![allow(dead_code)]

pub mod rules;

use codi_model::Workspace;
use codi_report::{Report, ReportOptions, workshop_report};
use lopdf::Document;

pub fn opts() -> ReportOptions {
    ReportOptions::new(jiff::civil::date(2026, 11, 20))
}

pub fn parse(r: &Report) -> Document {
    Document::load_mem(&r.bytes).expect("the report parses as PDF")
}

/// All text of the document, with runs of white space made single spaces.
pub fn text(doc: &Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let raw = doc.extract_text(&pages).expect("text extracts");
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of one page (1-based).
pub fn page_text(doc: &Document, page: u32) -> String {
    let raw = doc.extract_text(&[page]).expect("text extracts");
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn workshop(ws: &Workspace, round: &str) -> Report {
    workshop_report(ws, round, &opts(), &|_, _| true).expect("report")
}

/// `pdftotext` (poppler) of the report, white space made single spaces.
pub fn pdftotext(r: &Report) -> String {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("r.pdf");
    std::fs::write(&pdf, &r.bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt install poppler-utils)");
    assert!(out.status.success());
    let t = String::from_utf8(out.stdout).unwrap();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}
