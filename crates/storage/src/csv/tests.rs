use std::path::Path;

use super::*;
use crate::model::demo::demo_workspace;
use crate::model::instrument::Instrument;
use crate::model::score::Answer;
use crate::test_ids::{aid, mid, rid};

fn fresh() -> Workspace {
    Workspace::new("t", Instrument::codi())
}

/// Import into a new workspace, as the command line does.
fn import(text: &str) -> Result<(Workspace, ImportSummary), CsvError> {
    import_into(text, fresh())
}

fn import_into(text: &str, mut ws: Workspace) -> Result<(Workspace, ImportSummary), CsvError> {
    let plan = read_bytes(text.as_bytes(), Path::new("t.csv"), &ws)?;
    let summary = plan.apply(&mut ws).unwrap();
    Ok((ws, summary))
}

#[test]
fn export_then_import_round_trips() {
    let ws = demo_workspace();
    let bytes = export(&ws);
    let plan = read_bytes(&bytes, Path::new("demo.csv"), &fresh()).unwrap();
    let mut back = fresh();
    plan.apply(&mut back).unwrap();
    for (r, m, a) in ws.assessments() {
        let b = back.assessment(r, m).unwrap();
        // Actions travel in their own file (export-csv --actions), not in the scores.
        let without_actions = |a: &crate::model::Assessment| -> Vec<_> {
            a.scores()
                .map(|(id, s)| {
                    let mut s = s.clone();
                    s.actions.clear();
                    (id.clone(), s)
                })
                .filter(|(_, s)| !s.is_blank())
                .collect()
        };
        assert_eq!(without_actions(a), without_actions(b), "{r} {m}");
    }
    let reasons = |w: &Workspace| {
        w.assessments()
            .flat_map(|(_, _, a)| a.scores().filter_map(|(_, s)| s.reason.clone()))
            .count()
    };
    assert!(reasons(&ws) > 0, "the demo has reasons for changed scores");
    assert_eq!(
        reasons(&back),
        reasons(&ws),
        "reasons survive the round trip"
    );
    assert_eq!(back.ministries(), ws.ministries());
    let rounds = |w: &Workspace| -> Vec<_> {
        w.rounds()
            .iter()
            .map(|r| (r.id.clone(), r.title.clone(), r.date))
            .collect()
    };
    assert_eq!(rounds(&back), rounds(&ws));
}

#[test]
fn semicolons_bom_quotes_and_case() {
    let text = "\u{feff}ROUND;Date;Ministry;AREA;Score;Rationale\n\
                Baseline;2022-08-04;MoSW;2;3;\"Long; with \"\"quotes\"\"\nand a line break\"\n\
                Baseline;2022-08-04;MoSW;adequacy;3;\"Long; with \"\"quotes\"\"\nand a line break\"\n";
    let (ws, s) = import(text).unwrap();
    assert_eq!(s.rows, 2);
    assert_eq!(s.added, 1, "identical duplicate rows are one record");
    let r = ws
        .score(&rid("Baseline"), &mid("MoSW"), &aid("adequacy"))
        .unwrap();
    assert_eq!(r.rationale, "Long; with \"quotes\"\nand a line break");
    assert_eq!(r.answer.and_then(Answer::level), Some(3));
}

#[test]
fn conflicting_rows_name_both_lines() {
    let text = "round,date,ministry,area,score\nR,2022-08-04,A,1,2\nR,2022-08-04,B,1,2\nR,2022-08-04,A,inclusiveness,3\n";
    let e = import(text).unwrap_err().to_string();
    assert!(e.starts_with("line 4 of t.csv"), "{e}");
    assert!(e.contains("conflicts with line 2"), "{e}");
}

#[test]
fn errors_name_line_and_column() {
    let h = "round,date,ministry,area,score,votes_2\n";
    let cases = [
        (
            format!("{h}R,2022-08-04,A,1,5,\n"),
            "line 2, column 5 (`score`)",
            "outside the scale",
        ),
        (
            format!("{h}R,2022-08-04,A,1,0,\n"),
            "line 2, column 5 (`score`)",
            "not a score",
        ),
        (
            format!("{h}R,2022-08-04,A,1,x,\n"),
            "line 2, column 5 (`score`)",
            "`x`",
        ),
        (
            format!("{h}R,2022-02-30,A,1,2,\n"),
            "line 2, column 2 (`date`)",
            "not a real date",
        ),
        (
            format!("{h}R,2022-08-04,A,99,2,\n"),
            "line 2, column 4 (`area`)",
            "unknown area",
        ),
        (
            format!("{h}R,2022-08-04,,1,2,\n"),
            "line 2, column 3 (`ministry`)",
            "required",
        ),
        (
            format!("{h}R,2022-08-04,A,1,2,many\n"),
            "line 2, column 6 (`votes_2`)",
            "whole number",
        ),
        (
            format!("{h}R,,A,1,2,\n"),
            "line 2, column 2 (`date`)",
            "needs a date",
        ),
        (
            format!("{h}R,2022-08-04,A,1,2,\nR,2023-01-01,A,2,2,\n"),
            "line 3, column 2",
            "line 2",
        ),
        (
            "round,date,area,score\n".to_owned(),
            "line 1 of",
            "ministry",
        ),
        (
            "round,date,ministry,area,score,votes_5\n".to_owned(),
            "column 6 (`votes_5`)",
            "levels 1-4",
        ),
        (
            "round,date,ministry,area,score,score\n".to_owned(),
            "column 6",
            "twice",
        ),
        (
            format!("{h}R,2022-08-04,A,1,2,1,9\n"),
            "line 2 of",
            "7 fields",
        ),
        (
            format!("{h}R,2022-08-04,Mo\u{200B}SW,1,2,\n"),
            "line 2, column 3",
            "invisible",
        ),
    ];
    for (text, place, what) in cases {
        let e = import(&text).unwrap_err().to_string();
        assert!(e.contains(place), "{text:?}: {e}");
        assert!(e.contains(what), "{text:?}: {e}");
    }
}

#[test]
fn a_stray_quote_is_an_error_where_it_opens() {
    let q = "round,date,ministry,area,score,rationale\nR,2024-01-01,A,1,3,\"oops\nR,2024-01-01,B,1,3,fine\nR,2024-01-01,C,1,3,fine\n";
    let e = import(q).unwrap_err();
    assert_eq!(e.line, Some(2));
    assert!(e.to_string().contains("never closes"), "{e}");
}

#[test]
fn non_utf8_and_empty_are_errors() {
    let e = read_bytes(b"round,date\n\xff\xfe", Path::new("x.csv"), &fresh()).unwrap_err();
    assert_eq!(e.line, Some(2));
    assert!(e.to_string().contains("UTF-8"));
    assert!(import("").unwrap_err().to_string().contains("empty"));
}

#[test]
fn unknown_columns_warn_and_blank_rows_skip() {
    let text = "round,date,ministry,area,score,comment\nR,2022-08-04,A,1,NA,hi\n,,,,,\n";
    let (ws, s) = import(text).unwrap();
    assert_eq!(s.rows, 1);
    assert_eq!(s.warnings.len(), 1);
    assert!(s.warnings[0].contains("comment"));
    assert_eq!(
        ws.answer(&rid("R"), &mid("A"), &aid("inclusiveness")),
        Some(Answer::NotApplicable)
    );
}

#[test]
fn import_into_existing_workspace_uses_its_rounds() {
    let text = "round,date,ministry,area,score\nBaseline workshop,2022-08-04,mosw,1,4\nNew round,2026-01-10,NEW,1,NI\n";
    let (ws, s) = import_into(text, demo_workspace()).unwrap();
    assert_eq!(s.new_rounds, vec!["new-round"], "free text becomes a slug");
    assert_eq!(s.new_ministries, vec!["NEW"]);
    let r = ws
        .score(&rid("baseline-2022"), &mid("MoSW"), &aid("inclusiveness"))
        .unwrap();
    assert_eq!(r.answer.and_then(Answer::level), Some(4));
    let e = import_into(
        "round,date,ministry,area,score\nBaseline workshop,2022-08-05,MoSW,1,4\n",
        demo_workspace(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("dated 2022-08-04"), "{e}");
}

#[test]
fn only_the_columns_present_change_a_record() {
    let demo = demo_workspace();
    let before = demo
        .score(&rid("baseline-2022"), &mid("MoSW"), &aid("inclusiveness"))
        .unwrap()
        .clone();
    assert!(!before.rationale.is_empty() && !before.votes.is_empty());
    let text = "round,date,ministry,area,score\nbaseline-2022,2022-08-04,MoSW,1,4\n";
    let (ws, s) = import_into(text, demo).unwrap();
    let after = ws
        .score(&rid("baseline-2022"), &mid("MoSW"), &aid("inclusiveness"))
        .unwrap();
    assert_eq!(after.answer.and_then(Answer::level), Some(4));
    assert_eq!(after.rationale, before.rationale, "rationale kept");
    assert_eq!(after.votes, before.votes, "votes kept");
    assert_eq!(after.updated, before.updated, "no `updated` column: kept");
    assert_eq!((s.added, s.changed, s.unchanged), (0, 1, 0));
    // A present column with an empty cell clears that field.
    let text = "round,date,ministry,area,score,rationale\nbaseline-2022,2022-08-04,MoSW,1,4,\n";
    let (ws, _) = import_into(text, ws).unwrap();
    assert_eq!(
        ws.score(&rid("baseline-2022"), &mid("MoSW"), &aid("inclusiveness"))
            .unwrap()
            .rationale,
        ""
    );
}

#[test]
fn formulas_are_neutralised_and_come_back_exactly() {
    let mut ws = fresh();
    let text = "round,date,ministry,ministry_name,cluster,area,score,rationale,evidence,round_title\n\
                R,2024-01-01,=M,=HYPERLINK(\"x\"),+c,1,2,\"  -leading and trailing spaces\t\",@SUM(1),\"'=t\"\n";
    let plan = read_bytes(text.as_bytes(), Path::new("x.csv"), &ws).unwrap();
    plan.apply(&mut ws).unwrap();
    let out = String::from_utf8(export(&ws)).unwrap();
    for bad in [",=", ",+", ",@", ",-"] {
        assert!(!out.contains(bad), "{bad} in {out}");
    }
    let raw = String::from_utf8(export_with(&ws, ExportOptions { raw: true })).unwrap();
    assert!(raw.contains(",=M,"), "{raw}");
    let plan = read_bytes(out.as_bytes(), Path::new("y.csv"), &fresh()).unwrap();
    let mut back = fresh();
    plan.apply(&mut back).unwrap();
    assert_eq!(back.ministries(), ws.ministries());
    assert_eq!(back.rounds(), ws.rounds());
    let s = back
        .score(&rid("R"), &mid("=M"), &aid("inclusiveness"))
        .unwrap();
    assert_eq!(
        s.rationale, "  -leading and trailing spaces\t",
        "texts are not trimmed"
    );
    assert_eq!(s.evidence, "@SUM(1)");
    // The input's "'=t" was itself a guarded cell, so the title is "=t"; it survives.
    assert_eq!(ws.round("R").unwrap().title, "=t");
    assert_eq!(back.round("R").unwrap().title, "=t");
}

#[test]
fn the_plan_as_an_edit_undoes() {
    let ws = demo_workspace();
    let text = "round,date,ministry,area,score\nbaseline-2022,2022-08-04,MoSW,1,4\nNew,2026-01-10,NEW,2,NI\n";
    let plan = read_bytes(text.as_bytes(), Path::new("x.csv"), &ws).unwrap();
    let (edit, summary) = plan.edit(&ws);
    assert_eq!((summary.added, summary.changed), (1, 1));
    let mut w = ws.clone();
    let applied = edit.apply(&mut w, None).unwrap();
    assert_eq!(
        w.answer(&rid("New"), &mid("NEW"), &aid("adequacy")),
        Some(Answer::InsufficientInfo)
    );
    applied.inverse.apply(&mut w, None).unwrap();
    assert_eq!(w, ws);
}

/// `n` ministries' worth of rows (ten areas each) in one round, as a CSV text.
fn many_rows(n: usize) -> String {
    let areas = Instrument::codi();
    let mut out = String::from("round,date,ministry,area,score\n");
    for m in 0..n {
        for a in areas.areas() {
            out.push_str(&format!("r1,2026-01-05,M{m:05},{},3\n", a.id));
        }
    }
    out
}

#[test]
fn progress_is_told_and_can_stop_the_reading() {
    let text = many_rows(350);
    let seen = std::cell::RefCell::new(Vec::new());
    let plan = read_bytes_with(text.as_bytes(), Path::new("p.csv"), &fresh(), &|d, t| {
        seen.borrow_mut().push((d, t));
        true
    })
    .unwrap();
    assert_eq!(plan.records(), 3500);
    // Every thousand rows, out of the file's lines (header included).
    assert_eq!(
        seen.into_inner(),
        vec![(1000, 3501), (2000, 3501), (3000, 3501)]
    );

    let calls = std::cell::Cell::new(0);
    let stopped = read_bytes_with(text.as_bytes(), Path::new("p.csv"), &fresh(), &|_, _| {
        calls.set(calls.get() + 1);
        false
    })
    .unwrap_err();
    assert!(stopped.to_string().contains("cancelled"), "{stopped}");
    assert_eq!(calls.get(), 1, "stopped at once");
}
