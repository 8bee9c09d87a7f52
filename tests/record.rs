//! The assessment as a record, from outside: the `history` command, `check` on a file
//! whose history was edited, `export-csv --actions`, reasons in the scores CSV, and the
//! PDFs' actions tables, changes by reason and method annex (read with lopdf).

use std::path::Path;
use std::process::{Command, Output};

use codi_workshop::model::demo::demo_workspace;
use codi_workshop::model::{Edit, MinistryId, RoundId, ScoreRef, Workspace};
use codi_workshop::report::ministry_summary;

#[path = "../crates/report/tests/pdf/mod.rs"]
mod pdf;
use pdf::{opts, page_text, parse, text, workshop};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codi-workshop"))
        .args(args)
        .output()
        .unwrap()
}

fn s(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The demo, then a CSV that changes one agreed score and its rationale, imported into
/// it: a workspace with two history entries.
fn with_history(dir: &Path) -> String {
    let demo = dir.join("demo.codi.json");
    assert!(run(&["demo", demo.to_str().unwrap()]).status.success());
    let csv = dir.join("one.csv");
    std::fs::write(
        &csv,
        "round,date,ministry,area,score,rationale,change_reason,change_note\n\
         followup-2024,2024-08-04,MoSW,adequacy,4,\"Budget rose, per the audit\",evidence,the 2024 audit\n",
    )
    .unwrap();
    let out = dir.join("w.codi.json");
    let r = run(&[
        "import-csv",
        csv.to_str().unwrap(),
        "--into",
        demo.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(r.status.success(), "{}", s(&r.stderr));
    out.to_str().unwrap().to_owned()
}

#[test]
fn history_exports_what_changed_and_refuses_what_does_not_exist() {
    let d = tempfile::tempdir().unwrap();
    let w = with_history(d.path());
    let out = d.path().join("h.csv");
    let o = out.to_str().unwrap();
    let r = run(&["history", &w, "-o", o]);
    assert!(r.status.success(), "{}", s(&r.stderr));
    assert!(
        s(&r.stdout).contains("(3 of 3 history entries)"),
        "{}",
        s(&r.stdout)
    );
    let mut rows = csv::Reader::from_path(&out).unwrap();
    let header: Vec<String> = rows.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        header,
        [
            "entry",
            "time",
            "round",
            "ministry",
            "area",
            "what",
            "before",
            "after",
            "by",
            "step",
            "prev_hash"
        ]
    );
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    let what: Vec<&str> = rows.iter().map(|r| &r[5]).collect();
    assert_eq!(what, ["answer", "reason", "rationale"]);
    assert_eq!(
        (&rows[0][6], &rows[0][7], &rows[0][8]),
        ("2", "4", "import")
    );
    assert_eq!(&rows[1][7], "New or better evidence: the 2024 audit");
    assert_eq!(&rows[2][7], "Budget rose, per the audit");
    assert!(
        rows[0][10].is_empty() && rows[1][10].len() == 32,
        "hash links"
    );

    // Filters: another round has none of it; an unknown round or ministry is an error.
    let r = run(&["history", &w, "-o", o, "--round", "baseline-2022"]);
    assert!(s(&r.stdout).contains("(0 of 3"), "{}", s(&r.stdout));
    let r = run(&["history", &w, "-o", o, "--ministry", "mosw"]);
    assert!(s(&r.stdout).contains("(3 of 3"), "codes ignore case");
    for (flag, value, says) in [
        ("--round", "2031", "there is no round `2031`"),
        ("--ministry", "XX", "there is no ministry `XX`"),
    ] {
        let r = run(&["history", &w, "-o", o, flag, value]);
        assert_eq!(r.status.code(), Some(1));
        assert!(s(&r.stderr).contains(says), "{}", s(&r.stderr));
    }
    let r = run(&["history", &w, "-o", &w]);
    assert_eq!(r.status.code(), Some(1), "never writes over the workspace");
}

#[test]
fn check_reports_a_history_edited_outside_the_app_but_loads_the_file() {
    let d = tempfile::tempdir().unwrap();
    let w = with_history(d.path());
    let ok = s(&run(&["check", &w]).stdout);
    assert!(
        ok.contains("History:    3 entries, chain of hashes intact"),
        "{ok}"
    );
    // Someone rewrites the first entry's new answer in a text editor.
    let text = std::fs::read_to_string(&w).unwrap();
    let edited = text.replacen(
        "\"before\":\"2\",\"after\":\"4\"",
        "\"before\":\"2\",\"after\":\"3\"",
        1,
    );
    assert_ne!(edited, text);
    std::fs::write(&w, &edited).unwrap();
    let r = run(&["check", &w]);
    assert_eq!(r.status.code(), Some(0), "reported, not refused");
    let out = s(&r.stdout);
    assert!(out.contains("valid workspace"), "{out}");
    assert!(
        out.contains("WARNING: the history was changed outside the app at entry 1"),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(&w).unwrap(),
        edited,
        "check never writes"
    );
}

#[test]
fn a_new_workspace_from_csv_starts_its_history_with_one_entry() {
    let d = tempfile::tempdir().unwrap();
    let w = with_history(d.path());
    let csv = d.path().join("all.csv");
    let new = d.path().join("new.codi.json");
    assert!(
        run(&["export-csv", &w, "-o", csv.to_str().unwrap()])
            .status
            .success()
    );
    let r = run(&[
        "import-csv",
        csv.to_str().unwrap(),
        "-o",
        new.to_str().unwrap(),
    ]);
    assert!(r.status.success(), "{}", s(&r.stderr));
    let ws = codi_workshop::storage::json::load(&new).unwrap();
    assert_eq!(ws.history().len(), 1);
    assert_eq!(
        ws.history().entries()[0].after,
        "created from all.csv (240 rows)"
    );
    // The reason came through the scores CSV.
    let score = ws
        .score(&rid("followup-2024"), &mid("MoSW"), &aid("adequacy"))
        .unwrap();
    assert_eq!(score.reason.as_ref().unwrap().note, "the 2024 audit");
}

#[test]
fn a_bad_reason_in_a_csv_names_the_cell() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("bad.csv");
    std::fs::write(
        &csv,
        "round,date,ministry,area,score,change_reason\nr1,2025-01-01,MoSW,1,3,because\n",
    )
    .unwrap();
    let out = d.path().join("x.codi.json");
    let r = run(&[
        "import-csv",
        csv.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(1));
    let e = s(&r.stderr);
    assert!(e.contains("line 2") && e.contains("change_reason"), "{e}");
    assert!(e.contains("`because` is not a reason for change"), "{e}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn actions_export_to_their_own_file() {
    let d = tempfile::tempdir().unwrap();
    let w = with_history(d.path());
    let (scores, actions) = (d.path().join("s.csv"), d.path().join("a.csv"));
    let r = run(&[
        "export-csv",
        &w,
        "-o",
        scores.to_str().unwrap(),
        "--actions",
        actions.to_str().unwrap(),
    ]);
    assert!(r.status.success(), "{}", s(&r.stderr));
    let mut rd = csv::Reader::from_path(&actions).unwrap();
    let header: Vec<String> = rd.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header.last().map(String::as_str), Some("follow_up"));
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    let ws = demo_workspace();
    let total: usize = ws
        .assessments()
        .flat_map(|(_, _, a)| a.scores().map(|(_, s)| s.actions.len()).collect::<Vec<_>>())
        .sum();
    assert_eq!(rows.len(), total);
    let mosw: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[3] == "MoSW").collect();
    assert_eq!(mosw.len(), 3);
    assert_eq!(&mosw[1][7], "Fill the vacant district officer posts");
    assert_eq!(
        (&mosw[1][10], &mosw[1][11]),
        ("in-progress", "Draft ready, awaiting approval")
    );
    let same = run(&[
        "export-csv",
        &w,
        "-o",
        scores.to_str().unwrap(),
        "--actions",
        scores.to_str().unwrap(),
    ]);
    assert_eq!(same.status.code(), Some(1), "two different files");
}

fn at(round: &str, area: &str) -> ScoreRef {
    ScoreRef {
        round: RoundId::new(round).unwrap(),
        ministry: MinistryId::new("MoSW").unwrap(),
        area: codi_workshop::model::AreaId::new(area).unwrap(),
    }
}

/// The demo with one action agreed in the follow-up round too.
fn demo_with_new_action() -> Workspace {
    let mut ws = demo_workspace();
    let mut a = codi_workshop::model::Action::new("Publish the grievance figures each quarter");
    a.owner = "MIS cell".into();
    Edit::SetActions {
        at: at("followup-2024", "rights-dignity"),
        actions: vec![a],
    }
    .apply(&mut ws, None)
    .unwrap();
    ws
}

#[test]
fn the_ministry_pdf_has_the_actions_table_reasons_and_a_short_annex() {
    let ws = demo_with_new_action();
    let r = ministry_summary(&ws, "followup-2024", "MoSW", &opts()).unwrap();
    let doc = parse(&r);
    let t = text(&doc);
    for needle in [
        "Why scores changed",
        "Improved: real change in performance 1. Inclusiveness (2 → 3); 4. Rights & dignity (2 → 3)",
        "Re-rated, not a change in performance: different interpretation 7. Coherence (2 → 3)",
        "Actions Follow-up of the actions agreed in Baseline workshop (2022-08-04)",
        "Area Action and follow-up Owner and due date Status",
        "1. Inclusiveness Map who is missed in the two poorest upazilas Programme unit, due 2023-12-31 Planned",
        "5. Governance Fill the vacant district officer posts Follow-up: Draft ready, awaiting approval",
        "In progress",
        "Agreed in this round, for the next",
        "4. Rights & dignity Publish the grievance figures each quarter MIS cell Planned",
        "Method Instrument",
        "Participation 4 people recorded. Offices: Programme unit, Field operations.",
        "Reasons for change 3 comparable areas changed since the previous round",
        "Dissent or minority view Two district officers held",
    ] {
        assert!(t.contains(needle), "missing {needle:?} in {t}");
    }
    assert!(
        !t.contains("Workshop: 48 participants"),
        "the short annex leaves the workshop out"
    );
}

#[test]
fn the_workshop_pdf_groups_changes_by_reason_counts_actions_and_ends_with_the_annex() {
    let ws = demo_with_new_action();
    let r = workshop(&ws, "followup-2024");
    let doc = parse(&r);
    let t = text(&doc);
    for needle in [
        "Changes by reason page 3",
        "Actions by area and status page 3",
        "Declined: real change in performance 1 RDCD: 6",
        "Improved: real change in performance 13 MoSW: 1, MoSW: 4,",
        "Re-rated, not a change in performance: new or better evidence 5",
        "Area Planned In progress Done Dropped All",
        "All areas 6 9 9 6 30",
        "Agreed in this round, for the next",
    ] {
        assert!(t.contains(needle), "missing {needle:?}");
    }
    // The annex is the last page, with every part the method needs.
    let last = page_text(&doc, r.pages as u32);
    for needle in [
        "Method annex",
        "Instrument ISPA Core Diagnostic Instrument (CODI)",
        "Baseline workshop (2022-08-04): version 2026.1; Follow-up workshop (2024-08-04): version 2026.1",
        "Scale 1 Latent, 2 Emerging, 3 Established, 4 Advanced.",
        "Voting The room voted with cards counted by the facilitator",
        "Aggregation Median of agreed levels",
        "Coverage: 117 of 120 areas",
        "Participation Workshop: 48 participants (21 women, 27 men, 0 other).",
        "History 0 changes recorded for this round; the chain of hashes is intact.",
        "Reasons for change 25 comparable areas changed",
        "real change in performance 16",
        "Date of the data last change to a record: 2024-08-04",
    ] {
        assert!(last.contains(needle), "missing {needle:?} in {last}");
    }
    assert!(t.contains(&format!("Method annex page {}", r.pages)));
}

/// Typed ids from literals known to be valid.
fn rid(s: &str) -> codi_workshop::model::RoundId {
    codi_workshop::model::RoundId::new(s).unwrap()
}
fn mid(s: &str) -> codi_workshop::model::MinistryId {
    codi_workshop::model::MinistryId::new(s).unwrap()
}
fn aid(s: &str) -> codi_workshop::model::AreaId {
    codi_workshop::model::AreaId::new(s).unwrap()
}
