//! Files written by the first release (file format 1) load, and `check` and `summary`
//! print exactly what that release printed for them (saved beside each fixture).

use std::path::Path;

use clap::Parser as _;
use codi_workshop::cli::{Cli, run_command};
use codi_workshop::storage::json;

const FIXTURES: [&str; 4] = [
    "demo",
    "imported-demo",
    "imported-hand",
    "older-version-round",
];

/// Run `codi-workshop ARGS...` and return what it printed.
fn run(args: &[&str]) -> String {
    let cli =
        Cli::try_parse_from(std::iter::once("codi-workshop").chain(args.iter().copied())).unwrap();
    let mut out = Vec::new();
    run_command(cli.command.unwrap(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn expected(name: &str) -> String {
    std::fs::read_to_string(Path::new("tests/fixtures/format1").join(name)).unwrap()
}

#[test]
fn check_and_summary_agree_with_the_first_release() {
    for f in FIXTURES {
        let file = format!("tests/fixtures/format1/{f}.codi.json");
        assert_eq!(
            run(&["check", &file]),
            expected(&format!("{f}.check.txt")),
            "{f}: check"
        );
        assert_eq!(
            run(&["summary", &file]),
            expected(&format!("{f}.summary.txt")),
            "{f}: summary"
        );
        assert_eq!(
            run(&["summary", &file, "--format", "csv"]),
            expected(&format!("{f}.summary.csv")),
            "{f}: summary --format csv"
        );
    }
}

#[test]
fn format_1_is_migrated_and_saved_as_the_current_format_without_loss() {
    let dir = tempfile::tempdir().unwrap();
    for f in FIXTURES {
        let old = Path::new("tests/fixtures/format1").join(format!("{f}.codi.json"));
        let before = std::fs::read(&old).unwrap();
        let ws = json::load(&old).unwrap();
        assert_eq!(
            std::fs::read(&old).unwrap(),
            before,
            "{f}: loading never writes"
        );
        let new = dir.path().join(format!("{f}.codi.json"));
        json::save(&new, &ws).unwrap();
        let text = std::fs::read_to_string(&new).unwrap();
        assert!(text.contains("\"format_version\": 3"), "{f}");
        assert_eq!(json::load(&new).unwrap(), ws, "{f}: round trip");
        assert!(ws.history().is_empty(), "{f}: an old file has no history");
        // Every round still names the version it was scored with, and the workspace
        // holds that version's texts.
        for r in ws.rounds() {
            assert!(ws.instrument_for(r.id.as_str()).is_some(), "{f}: {}", r.id);
        }
    }
    let older = json::load(Path::new(
        "tests/fixtures/format1/older-version-round.codi.json",
    ))
    .unwrap();
    let base = older.round("baseline-2022").unwrap();
    assert_eq!(base.instrument_version, "2025.9");
    assert_eq!(
        codi_workshop::model::compare::comparability(
            &older,
            &rid("baseline-2022"),
            &rid("followup-2024"),
            &aid("adequacy")
        ),
        codi_workshop::model::compare::Comparability::SameMeaning,
        "a format-1 round on another version kept the same texts"
    );
}

/// A format 2 file (written by the release before the record: no history, no actions,
/// no reasons) loads with an empty history and no actions, and is saved as format 3.
#[test]
fn format_2_loads_with_an_empty_history_and_no_actions() {
    use codi_workshop::model::history::Chain;
    let old = Path::new("tests/fixtures/format2/two-ministries.codi.json");
    let before = std::fs::read(old).unwrap();
    let ws = json::load(old).unwrap();
    assert_eq!(std::fs::read(old).unwrap(), before, "loading never writes");
    assert!(ws.history().is_empty());
    assert_eq!(ws.history().verify(), Chain::Intact);
    assert_eq!(ws.ministries().len(), 2);
    let scores: Vec<_> = ws
        .assessments()
        .flat_map(|(_, _, a)| a.scores().map(|(_, s)| s.clone()).collect::<Vec<_>>())
        .collect();
    assert_eq!(
        scores.len(),
        37,
        "2 ministries x 2 rounds x 10 areas, 3 of HSD's not scored"
    );
    assert!(
        scores
            .iter()
            .all(|s| s.actions.is_empty() && s.reason.is_none())
    );
    assert!(ws.assessments().all(|(_, _, a)| a.attendance.is_empty()));
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("w.codi.json");
    json::save(&new, &ws).unwrap();
    let text = std::fs::read_to_string(&new).unwrap();
    assert!(text.contains("\"format_version\": 3"));
    assert!(
        !text.contains("\"history\""),
        "an empty history is not written"
    );
    assert_eq!(json::load(&new).unwrap(), ws);
    assert_eq!(
        run(&["check", old.to_str().unwrap()]).lines().nth(5),
        Some("History:    0 entries, chain of hashes intact")
    );
}

/// Typed ids from literals known to be valid.
fn rid(s: &str) -> codi_workshop::model::RoundId {
    codi_workshop::model::RoundId::new(s).unwrap()
}
fn aid(s: &str) -> codi_workshop::model::AreaId {
    codi_workshop::model::AreaId::new(s).unwrap()
}
