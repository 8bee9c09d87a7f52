//! The command line under hostile use: no command destroys its own input, a stray quote
//! never quietly swallows rows, a merge changes only what the CSV has, formulas never
//! reach a spreadsheet, special files neither hang nor get written over, crashes leave
//! no growing litter, and nothing raw reaches the terminal.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use codi_workshop::model::demo::demo_workspace;
use codi_workshop::model::{Ministry, MinistryId};
use codi_workshop::storage::json;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_codi-workshop"))
}

/// Run with a time limit, so a command that would hang fails the test instead.
fn run(args: &[&str]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("{args:?} did not finish within 20 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn demo_in(dir: &Path) -> PathBuf {
    let p = dir.join("w.codi.json");
    json::save(&p, &demo_workspace()).unwrap();
    p
}

fn fifo(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    let ok = Command::new("mkfifo").arg(&p).status().unwrap().success();
    assert!(ok, "mkfifo");
    p
}

#[test]
fn no_command_writes_over_its_own_input() {
    let d = tempfile::tempdir().unwrap();
    let w = demo_in(d.path());
    let before = std::fs::read(&w).unwrap();
    // The same file by another name: ./, and a hard link.
    let dotted = d.path().join(".").join("w.codi.json");
    let link = d.path().join("link.codi.json");
    std::fs::hard_link(&w, &link).unwrap();
    for out in [&w, &dotted, &link] {
        let o = run(&["export-csv", s(&w), "-o", s(out)]);
        assert_eq!(o.status.code(), Some(1), "{out:?}");
        assert!(
            text(&o.stderr).contains("would overwrite the workspace"),
            "{}",
            text(&o.stderr)
        );
        let o = run(&["report", s(&w), "-o", s(out), "--round", "baseline-2022"]);
        assert_eq!(o.status.code(), Some(1));
    }
    assert_eq!(
        std::fs::read(&w).unwrap(),
        before,
        "the workspace is untouched"
    );
    let csv = d.path().join("in.csv");
    std::fs::write(&csv, "round,date,ministry,area,score\nR,2024-01-01,A,1,3\n").unwrap();
    let csv_before = std::fs::read(&csv).unwrap();
    let o = run(&["import-csv", s(&csv), "-o", s(&csv)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("the CSV file"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(
        std::fs::read(&csv).unwrap(),
        csv_before,
        "the CSV is untouched"
    );
}

#[test]
fn a_stray_quote_stops_the_import_at_its_row() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("q.csv");
    std::fs::write(
        &csv,
        "round,date,ministry,area,score,rationale\nR,2024-01-01,A,1,3,\"oops\nR,2024-01-01,B,1,3,fine\nR,2024-01-01,C,1,3,fine\n",
    )
    .unwrap();
    let out = d.path().join("q.codi.json");
    let o = run(&["import-csv", s(&csv), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stdout));
    let e = text(&o.stderr);
    assert!(e.contains("line 2") && e.contains("quote"), "{e}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_merge_changes_only_the_columns_the_csv_has() {
    let d = tempfile::tempdir().unwrap();
    let w = demo_in(d.path());
    let csv = d.path().join("scores.csv");
    std::fs::write(
        &csv,
        "round,date,ministry,area,score\nfollowup-2024,2024-08-04,MoSW,adequacy,4\n",
    )
    .unwrap();
    let out = d.path().join("merged.codi.json");
    let o = run(&["import-csv", s(&csv), "-o", s(&out), "--into", s(&w)]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).contains("Records: 0 added, 1 changed, 0 already as in the file"),
        "{}",
        text(&o.stdout)
    );
    let old = json::load(&w).unwrap();
    let new = json::load(&out).unwrap();
    let (a, b) = (
        old.score(&rid("followup-2024"), &mid("MoSW"), &aid("adequacy"))
            .unwrap(),
        new.score(&rid("followup-2024"), &mid("MoSW"), &aid("adequacy"))
            .unwrap(),
    );
    assert_eq!(b.answer.and_then(|a| a.level()), Some(4));
    assert!(!a.rationale.is_empty());
    assert_eq!(a.rationale, b.rationale, "the rationale is kept");
    assert_eq!(a.evidence, b.evidence, "the evidence is kept");
    assert_eq!(a.votes, b.votes, "the votes are kept");
}

#[test]
fn formulas_never_reach_a_spreadsheet_unless_asked() {
    let d = tempfile::tempdir().unwrap();
    let mut ws = demo_workspace();
    ws.add_ministry(Ministry {
        id: MinistryId::new("X").unwrap(),
        name: "=HYPERLINK(\"http://x\",\"click\")".into(),
        cluster: Some("+cmd".into()),
    })
    .unwrap();
    let w = d.path().join("f.codi.json");
    json::save(&w, &ws).unwrap();
    let mut edit = json::load(&w).unwrap();
    codi_workshop::model::Edit::SetText {
        at: codi_workshop::model::ScoreRef::new(
            &rid("followup-2024"),
            &MinistryId::new("X").unwrap(),
            &aid("adequacy"),
        ),
        field: codi_workshop::model::TextField::Rationale,
        text: "@SUM(A1:A9) and -1".into(),
    }
    .apply(&mut edit, None)
    .unwrap();
    json::save(&w, &edit).unwrap();
    let safe = d.path().join("safe.csv");
    assert!(run(&["export-csv", s(&w), "-o", s(&safe)]).status.success());
    let t = std::fs::read_to_string(&safe).unwrap();
    assert!(
        t.contains("'=HYPERLINK") && t.contains("'+cmd") && t.contains("'@SUM"),
        "{t}"
    );
    for line in t.lines() {
        for cell in line.split(',') {
            let c = cell.trim_start_matches('"');
            assert!(!c.starts_with(['=', '+', '@']), "live formula in {line}");
        }
    }
    let raw = d.path().join("raw.csv");
    assert!(
        run(&["export-csv", s(&w), "-o", s(&raw), "--raw"])
            .status
            .success()
    );
    assert!(
        std::fs::read_to_string(&raw)
            .unwrap()
            .contains(",\"=HYPERLINK")
    );
    // The app's own export comes back exactly.
    let back = d.path().join("back.codi.json");
    assert!(
        run(&["import-csv", s(&safe), "-o", s(&back)])
            .status
            .success()
    );
    let back = json::load(&back).unwrap();
    assert_eq!(
        back.ministry("X").unwrap().name,
        "=HYPERLINK(\"http://x\",\"click\")"
    );
    assert_eq!(back.ministry("X").unwrap().cluster.as_deref(), Some("+cmd"));
    assert_eq!(
        back.score(&rid("followup-2024"), &mid("X"), &aid("adequacy"))
            .unwrap()
            .rationale,
        "@SUM(A1:A9) and -1"
    );
}

#[test]
fn special_files_are_refused_without_hanging_or_being_replaced() {
    let d = tempfile::tempdir().unwrap();
    let w = demo_in(d.path());
    let pipe = fifo(d.path(), "pipe.codi.json");
    for args in [
        vec!["check", s(&pipe)],
        vec!["import-csv", s(&pipe), "-o", "never.codi.json"],
        vec!["new", "n.codi.json", "--instrument", s(&pipe)],
        vec!["new", "n.codi.json", "--instrument", "/dev/zero"],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(
            text(&o.stderr).contains("not a regular file"),
            "{args:?}: {}",
            text(&o.stderr)
        );
    }
    let o = run(&["export-csv", s(&w), "-o", s(&pipe)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("only regular files are written"),
        "{}",
        text(&o.stderr)
    );
    let kind = std::fs::symlink_metadata(&pipe).unwrap().file_type();
    assert!(
        std::os::unix::fs::FileTypeExt::is_fifo(&kind),
        "the pipe is still a pipe"
    );
}

#[test]
fn stale_temp_files_are_cleaned_and_long_names_work() {
    let d = tempfile::tempdir().unwrap();
    let w = demo_in(d.path());
    // What a run killed mid-write leaves: our temp pattern, other process ids.
    let stale = d.path().join(".out.csv.99999-0.codi-tmp");
    let fresh = d.path().join(".out.csv.99998-0.codi-tmp");
    for p in [&stale, &fresh] {
        std::fs::write(p, vec![b'x'; 1000]).unwrap();
    }
    let old = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let out = d.path().join("out.csv");
    assert!(run(&["export-csv", s(&w), "-o", s(&out)]).status.success());
    assert!(!stale.exists(), "an hour-old temp file is removed");
    assert!(fresh.exists(), "a recent one may belong to a running save");
    // A valid 250-byte file name, although the temp name is longer.
    let long = d.path().join(format!("{}.csv", "n".repeat(246)));
    let o = run(&["export-csv", s(&w), "-o", s(&long)]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(long.exists());
    let o = run(&["export-csv", s(&w), "-o", s(&long)]);
    assert!(
        o.status.success(),
        "again, with a .bak: {}",
        text(&o.stderr)
    );
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let d = tempfile::tempdir().unwrap();
    let mut ws = demo_workspace();
    ws.set_title(format!("Evil\u{1b}[2J\u{7}title\0{}", "x".repeat(100_000)));
    let w = d.path().join("evil.codi.json");
    json::save(&w, &ws).unwrap();
    let o = run(&["check", s(&w)]);
    assert!(o.status.success());
    let out = text(&o.stdout);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\0'));
    assert!(
        out.contains("Evil\\u{1b}[2J\\u{7}title\\u{0}"),
        "{}",
        &out[..300.min(out.len())]
    );
    assert!(out.len() < 4000, "a long title is cut: {} bytes", out.len());
    // Error messages too: a round key with an escape sequence.
    let o = run(&["summary", s(&w), "--round", "nope\u{1b}[31m"]);
    assert_eq!(o.status.code(), Some(1));
    let e = text(&o.stderr);
    assert!(
        !e.contains('\u{1b}') && e.contains("nope\\u{1b}[31m"),
        "{e}"
    );
}

#[test]
fn a_history_removed_whole_is_reported_as_cut() {
    let d = tempfile::tempdir().unwrap();
    // The file records the hash of its last entry, but the entries are gone.
    let mut v: serde_json::Value =
        serde_json::from_slice(&json::to_bytes(&demo_workspace())).unwrap();
    v["history"] = serde_json::json!([]);
    v["history_head"] =
        serde_json::json!("9f2c1e0b7a6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b");
    let path = d.path().join("cut.codi.json");
    std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    let out = run(&["check", path.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("history was cut"), "{said}");
    assert!(!said.contains("chain intact"), "{said}");
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

/// A file from a newer app: fields this release does not know, at the top level and in
/// a round, pass through `import --into` unchanged, and `check` names them.
#[test]
fn fields_from_a_newer_app_survive_import_into_and_check_names_them() {
    let d = tempfile::tempdir().unwrap();
    let demo = d.path().join("demo.codi.json");
    assert!(run(&["demo", s(&demo)]).status.success());
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&demo).unwrap()).unwrap();
    v["merge_sources"] = serde_json::json!([{"venue": "Khulna", "laptop": 3}]);
    v["rounds"][1]["sign_off_board"] = serde_json::json!({"state": "approved"});
    let newer = d.path().join("newer.codi.json");
    std::fs::write(&newer, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    let check = run(&["check", s(&newer)]);
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success(), "{said}");
    assert!(
        said.contains("merge_sources, rounds[followup-2024].sign_off_board"),
        "{said}"
    );
    let csv = d.path().join("one.csv");
    std::fs::write(
        &csv,
        "round,date,ministry,area,score\nfollowup-2024,2024-08-04,HSD,8,3\n",
    )
    .unwrap();
    let out = d.path().join("merged.codi.json");
    let o = run(&["import", s(&csv), "-o", s(&out), "--into", s(&newer)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let merged: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(merged["merge_sources"], v["merge_sources"]);
    assert_eq!(
        merged["rounds"][1]["sign_off_board"],
        v["rounds"][1]["sign_off_board"]
    );
}
