//! Review and sign-off from the command line, end to end on the demo: comments are
//! added and answered, the round goes to review and is validated (never straight from
//! draft), a validated round refuses an import and a comment with a message that says
//! how to reopen, its report has no DRAFT mark while a draft's does, reopening needs a
//! reason, and every step is in the history, signed, with the chain intact.

mod cli_util;

use cli_util::*;

#[test]
fn a_round_is_reviewed_with_comments_validated_locked_and_reopened_with_a_reason() {
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("demo.codi.json");
    let f = file.to_str().unwrap();
    ok(&["demo", f]);
    let round = ["--round", "followup-2024"];
    let record = ["--ministry", "MoSW", "--area", "3"];
    let said = ok(&[
        &["comment", f][..],
        &round,
        &record,
        &[
            "--text",
            "Which survey supports level 3?",
            "--by",
            "PEFA Secretariat",
        ],
    ]
    .concat());
    assert!(said.contains("Added comment 1"), "{said}");
    let e = refused(
        &[
            &["comment", f][..],
            &round,
            &["--ministry", "MoSW", "--area", "11", "--text", "x"],
        ]
        .concat(),
    );
    assert!(e.contains("`11` is not an area"), "{e}");

    // Never straight from draft to validated; a step needs a name.
    let e = refused(
        &[
            &["review", f][..],
            &round,
            &["--to", "validated", "--by", "Dr. Rahman"],
        ]
        .concat(),
    );
    assert!(e.contains("cannot go from draft to validated"), "{e}");
    let e = refused(&[&["review", f][..], &round, &["--to", "under-review"]].concat());
    assert!(e.contains("--by"), "{e}");
    ok(&[
        &["review", f][..],
        &round,
        &["--to", "under-review", "--by", "Coordination Office"],
    ]
    .concat());
    ok(&[
        &["comment", f][..],
        &round,
        &record,
        &[
            "--respond",
            "1",
            "--text",
            "The 2023 beneficiary survey, now cited.",
            "--resolved",
        ],
    ]
    .concat());
    let status = ok(&[&["review", f][..], &round].concat());
    assert!(
        status.contains("Round followup-2024: under-review"),
        "{status}"
    );
    assert!(status.contains("Comments: 1 (0 open)"), "{status}");
    assert!(
        status.contains("[resolved] Which survey supports level 3? (PEFA Secretariat) -> The 2023 beneficiary survey, now cited."),
        "{status}"
    );
    let draft_pdf = d.path().join("draft.pdf");
    ok(&[
        &[
            "report",
            f,
            "-o",
            draft_pdf.to_str().unwrap(),
            "--ministry",
            "MoSW",
        ][..],
        &round,
    ]
    .concat());
    assert!(pdftotext(&draft_pdf).contains("DRAFT: under review, not yet validated"));

    let said = ok(&[
        &["review", f][..],
        &round,
        &["--to", "validated", "--by", "Dr. Rahman"],
    ]
    .concat());
    assert!(said.contains("now validated"), "{said}");
    let before = std::fs::read(&file).unwrap();

    // Read-only: an import into it and a comment are refused, and the file is as it was.
    let csv = d.path().join("late.csv");
    std::fs::write(
        &csv,
        "round,date,ministry,area,score\nfollowup-2024,2024-08-04,MoSW,7,4\n",
    )
    .unwrap();
    let e = refused(&["import", csv.to_str().unwrap(), "--into", f, "-o", f]);
    assert!(
        e.contains("followup-2024` is validated and read-only"),
        "{e}"
    );
    assert!(e.contains("reopen"), "{e}");
    let e = refused(&[&["comment", f][..], &round, &record, &["--text", "Late"]].concat());
    assert!(e.contains("validated and read-only"), "{e}");
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing written");

    let final_pdf = d.path().join("final.pdf");
    ok(&[
        &[
            "report",
            f,
            "-o",
            final_pdf.to_str().unwrap(),
            "--ministry",
            "MoSW",
        ][..],
        &round,
    ]
    .concat());
    let pdf = pdftotext(&final_pdf);
    assert!(
        !pdf.contains("DRAFT"),
        "a validated round's report is not marked"
    );
    assert!(
        pdf.contains("Validated by Dr. Rahman on"),
        "the annex says who"
    );

    // Reopening needs a reason.
    let e = refused(
        &[
            &["review", f][..],
            &round,
            &["--to", "draft", "--by", "Dr. Rahman"],
        ]
        .concat(),
    );
    assert!(e.contains("needs a reason"), "{e}");
    ok(&[
        &["review", f][..],
        &round,
        &[
            "--to",
            "draft",
            "--by",
            "Dr. Rahman",
            "--reason",
            "MoSW's evidence was misfiled",
        ],
    ]
    .concat());
    ok(&["import", csv.to_str().unwrap(), "--into", f, "-o", f]);

    // Every step is in the history, signed by who took it; the chain holds.
    let history = d.path().join("history.csv");
    ok(&["history", f, "-o", history.to_str().unwrap()]);
    let h = std::fs::read_to_string(&history).unwrap();
    for line in [
        "review,draft,under-review,Coordination Office",
        "review,under-review,validated,Dr. Rahman",
        "review,validated,draft (MoSW's evidence was misfiled),Dr. Rahman",
    ] {
        assert!(h.contains(line), "history lacks {line:?}:\n{h}");
    }
    assert!(h.contains("comments"), "{h}");
    let check = ok(&["check", f]);
    assert!(check.contains("review: draft by Dr. Rahman on"), "{check}");
    assert!(check.contains("intact"), "{check}");
}
