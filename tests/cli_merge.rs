//! A national exercise from the command line, end to end: the coordinating office
//! starts a round in the demo and gives the file to five cluster rooms; each room
//! scores its cluster's ministries; two rooms score the same area of MoSW by mistake.
//! The five files merge: the one conflict is written to a conflicts file and nothing
//! else is written until it is settled; settled with --resolve, the merged round holds
//! every room's scores, keeps every room's history with one merge entry each, and the
//! chain verifies. It is then reviewed, validated and reported, and a later change to
//! it is refused. Other refusals: --prefer, look-alike codes, a file merged with itself.

mod cli_util;

use cli_util::*;
use std::path::{Path, PathBuf};

const ROUND: &str = "national-2026";

/// A CSV scoring `ministries` on all ten areas at `level` in the national round.
fn scores_csv(path: &Path, ministries: &[&str], level: u8) {
    let mut csv = String::from("round,date,ministry,area,score,rationale\n");
    for m in ministries {
        for area in 1..=10 {
            csv.push_str(&format!(
                "{ROUND},2026-11-20,{m},{area},{level},room said {level}\n"
            ));
        }
    }
    std::fs::write(path, csv).unwrap();
}

/// The coordinating office's file and five rooms' copies, each scored.
fn five_rooms(d: &Path) -> Vec<PathBuf> {
    let national = d.join("national.codi.json");
    ok(&["demo", s(&national)]);
    let setup = d.join("setup.csv");
    std::fs::write(
        &setup,
        format!("round,date,ministry,area,score\n{ROUND},2026-11-20,MoSW,1,\n"),
    )
    .unwrap();
    ok(&[
        "import",
        s(&setup),
        "--into",
        s(&national),
        "-o",
        s(&national),
    ]);
    let clusters: [&[&str]; 5] = [
        &["MoSW", "MoWCA", "MoLWA"],
        &["MoDMR", "MoFood"],
        &["FD", "FID"],
        &["MoLE", "RDCD"],
        &["MoPME", "SHED", "HSD"],
    ];
    let mut rooms = Vec::new();
    for (k, ministries) in clusters.iter().enumerate() {
        let room = d.join(format!("room{}.codi.json", k + 1));
        std::fs::copy(&national, &room).unwrap();
        let csv = d.join(format!("room{}.csv", k + 1));
        scores_csv(&csv, ministries, (k % 4) as u8 + 1);
        ok(&["import", s(&csv), "--into", s(&room), "-o", s(&room)]);
        rooms.push(room);
    }
    // Room 2 scores MoSW's area 3 too, by mistake, and differently from room 1.
    let stray = d.join("stray.csv");
    std::fs::write(
        &stray,
        format!("round,date,ministry,area,score\n{ROUND},2026-11-20,MoSW,3,4\n"),
    )
    .unwrap();
    ok(&[
        "import",
        s(&stray),
        "--into",
        s(&rooms[1]),
        "-o",
        s(&rooms[1]),
    ]);
    rooms
}

#[test]
fn five_rooms_merge_with_one_conflict_settled_then_reviewed_and_validated() {
    let d = tempfile::tempdir().unwrap();
    let rooms = five_rooms(d.path());
    let merged = d.path().join("merged.codi.json");
    let conflicts = d.path().join("conflicts.csv");
    let mut args: Vec<&str> = vec!["merge"];
    args.extend(rooms.iter().map(|r| s(r)));
    args.extend(["-o", s(&merged), "--conflicts", s(&conflicts)]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let err = text(&out.stderr);
    assert!(err.contains("1 conflicts are not settled"), "{err}");
    assert!(!merged.exists(), "nothing written while a conflict is open");
    let table = std::fs::read_to_string(&conflicts).unwrap();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 2, "{table}");
    assert_eq!(
        lines[0],
        "source,round,ministry,area,field,a,a_by,a_time,b,b_by,b_time,choose"
    );
    assert!(
        lines[1].starts_with(&format!(
            "room2.codi.json,{ROUND},MoSW,appropriateness,answer,1,import,"
        )),
        "{}",
        lines[1]
    );
    // The facilitator takes room 2's level.
    std::fs::write(&conflicts, format!("{}\n{}b\n", lines[0], lines[1])).unwrap();
    let args: Vec<&str> = args
        .iter()
        .copied()
        .chain(["--resolve", s(&conflicts)])
        .collect();
    let said = ok(&args);
    assert!(
        said.contains("Merged room2.codi.json: 40 fields taken, 1 conflicts (1 from it"),
        "{said}"
    );
    assert!(said.contains(&format!("Wrote {}", s(&merged))), "{said}");

    let ws = codi_workshop::storage::json::load(&merged).unwrap();
    let round = ws.round(ROUND).unwrap().id.clone();
    let answered: usize = ws
        .ministries()
        .iter()
        .filter_map(|m| ws.assessment(&round, &m.id))
        .map(|a| a.answered())
        .sum();
    assert_eq!(answered, 12 * 10, "every room's scores are in");
    let mosw = ws.find_ministry("MoSW").unwrap().id.clone();
    let area = |k: usize| ws.instrument().areas()[k].id.clone();
    assert_eq!(
        ws.answer(&round, &mosw, &area(2)).unwrap().code(),
        "4",
        "room 2's, as chosen"
    );
    assert_eq!(
        ws.answer(&round, &mosw, &area(0)).unwrap().code(),
        "1",
        "room 1's"
    );
    let merges = ws
        .history()
        .entries()
        .iter()
        .filter(|e| e.what == "merge")
        .count();
    assert_eq!(merges, 4);
    let check = ok(&["check", s(&merged)]);
    assert!(check.contains("intact"), "{check}");
    // The inputs are as they were.
    for r in &rooms {
        let room = codi_workshop::storage::json::load(r).unwrap();
        assert_eq!(
            room.history()
                .entries()
                .iter()
                .filter(|e| e.what == "merge")
                .count(),
            0
        );
    }

    // Review, validate, report; a later change is refused.
    let m = s(&merged);
    ok(&[
        "comment",
        m,
        "--round",
        ROUND,
        "--ministry",
        "MoSW",
        "--area",
        "3",
        "--text",
        "Two rooms scored this; which is right?",
        "--by",
        "Coordination Office",
    ]);
    ok(&[
        "review",
        m,
        "--round",
        ROUND,
        "--to",
        "under-review",
        "--by",
        "Coordination Office",
    ]);
    ok(&[
        "comment",
        m,
        "--round",
        ROUND,
        "--ministry",
        "MoSW",
        "--area",
        "3",
        "--respond",
        "1",
        "--resolved",
        "--text",
        "Room 2 had the ministry's own staff.",
    ]);
    ok(&[
        "review",
        m,
        "--round",
        ROUND,
        "--to",
        "validated",
        "--by",
        "Dr. Rahman",
    ]);
    let pdf = d.path().join("national.pdf");
    ok(&["report", m, "-o", s(&pdf), "--round", ROUND]);
    let report = pdftotext(&pdf);
    assert!(!report.contains("DRAFT"));
    assert!(report.contains("Two rooms scored this; which is right?"));
    // The annex lists the four files merged in (their titles: the demo's).
    assert!(
        report.contains("Merged from"),
        "the annex names the sources"
    );
    assert_eq!(ws.round(ROUND).unwrap().sources.len(), 4);
    assert!(report.contains("Validated by Dr. Rahman on"));
    let late = d.path().join("late.csv");
    scores_csv(&late, &["HSD"], 2);
    let out = run(&["import", s(&late), "--into", m, "-o", m]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("validated and read-only"));
}

#[test]
fn prefer_look_alikes_and_refusals() {
    let d = tempfile::tempdir().unwrap();
    let rooms = five_rooms(d.path());
    let out = d.path().join("two.codi.json");
    let said = ok(&[
        "merge",
        s(&rooms[0]),
        s(&rooms[1]),
        "-o",
        s(&out),
        "--prefer",
        "a",
    ]);
    assert!(said.contains("1 conflicts (0 from it"), "{said}");
    let ws = codi_workshop::storage::json::load(&out).unwrap();
    let round = ws.round(ROUND).unwrap().id.clone();
    let mosw = ws.find_ministry("MoSW").unwrap().id.clone();
    let area = ws.instrument().areas()[2].id.clone();
    assert_eq!(
        ws.answer(&round, &mosw, &area).unwrap().code(),
        "1",
        "room 1's, preferred"
    );

    // A file merged with itself changes nothing.
    let same = d.path().join("same.codi.json");
    ok(&["merge", s(&rooms[0]), s(&rooms[0]), "-o", s(&same)]);
    let a = codi_workshop::storage::json::load(&rooms[0]).unwrap();
    let b = codi_workshop::storage::json::load(&same).unwrap();
    assert!(a == b, "merge(A, A) = A");

    // The output may not be an input; --prefer takes a or b.
    let o = run(&["merge", s(&rooms[0]), s(&rooms[1]), "-o", s(&rooms[1])]);
    assert_eq!(o.status.code(), Some(1));
    let o = run(&[
        "merge",
        s(&rooms[0]),
        s(&rooms[1]),
        "-o",
        s(&out),
        "--prefer",
        "x",
    ]);
    assert!(text(&o.stderr).contains("--prefer x"));

    // A look-alike code is listed and kept apart, or matched when asked.
    let csv = d.path().join("m0sw.csv");
    std::fs::write(
        &csv,
        format!("round,date,ministry,ministry_name,area,score\n{ROUND},2026-11-20,M0SW,Ministry of Social Welfare,5,2\n"),
    )
    .unwrap();
    ok(&[
        "import",
        s(&csv),
        "--into",
        s(&rooms[2]),
        "-o",
        s(&rooms[2]),
    ]);
    let said = ok(&["merge", s(&rooms[0]), s(&rooms[2]), "-o", s(&out)]);
    assert!(
        said.contains("look-alike: M0SW in room3.codi.json and MoSW"),
        "{said}"
    );
    let kept = codi_workshop::storage::json::load(&out).unwrap();
    assert!(kept.ministry("M0SW").is_some());
    // Matched, its level for area 5 meets room 1's: a conflict, settled here for it.
    let args = [
        "merge",
        s(&rooms[0]),
        s(&rooms[2]),
        "-o",
        s(&out),
        "--match",
        "M0SW=MoSW",
    ];
    assert_eq!(run(&args).status.code(), Some(1));
    ok(&[&args[..], &["--prefer", "b"]].concat());
    let matched = codi_workshop::storage::json::load(&out).unwrap();
    assert!(matched.ministry("M0SW").is_none());
    let area5 = matched.instrument().areas()[4].id.clone();
    let mosw = matched.find_ministry("MoSW").unwrap().id.clone();
    assert_eq!(matched.answer(&round, &mosw, &area5).unwrap().code(), "2");
}
