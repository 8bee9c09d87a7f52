//! Property tests: random and mutated inputs never panic the loaders, and any workspace
//! built through the model API survives save-then-load unchanged.

use std::path::Path;

use codi_model::demo::demo_workspace;
use codi_model::{
    Answer, Edit, Instrument, Level, Ministry, MinistryId, Round, RoundId, ScoreRef, TextField,
    VoteSource, VoteTally, Workspace,
};
use codi_storage::{csv, json};
use proptest::prelude::*;

/// Import CSV bytes into a new workspace, as `import-csv` does.
fn import(bytes: &[u8], name: &str) -> Option<Workspace> {
    let mut ws = Workspace::new("t", Instrument::codi());
    let plan = csv::read_bytes(bytes, Path::new(name), &ws).ok()?;
    plan.apply(&mut ws).ok()?;
    Some(ws)
}

fn demo_bytes() -> Vec<u8> {
    json::to_bytes(&demo_workspace())
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::NotApplicable)),
        Just(Some(Answer::InsufficientInfo)),
        (1u8..=4).prop_map(|l| Level::new(l).map(Answer::Level)),
    ]
}

/// A workspace with random ministries, rounds, answers, tallies and texts.
fn workspace() -> impl Strategy<Value = Workspace> {
    let ministries = prop::collection::btree_set("[A-Za-z][A-Za-z0-9_-]{0,8}", 1..5);
    let rounds = prop::collection::btree_map(
        "[a-z][a-z0-9-]{0,8}",
        (2000i16..2040, 1i8..=12, 1i8..=28),
        1..4,
    );
    let scores = prop::collection::vec(
        (
            0usize..10,
            answer(),
            prop::collection::vec(0u32..50, 4),
            0u32..5,
            0u32..5,
            "\\PC{0,40}",
            any::<bool>(),
        ),
        0..40,
    );
    (ministries, rounds, scores, "\\PC{0,30}").prop_map(|(ms, rs, scores, title)| {
        let mut ws = Workspace::new(title, codi_model::Instrument::codi());
        // Codes ignore case: keep one of `K` and `k`.
        let mut seen = std::collections::BTreeSet::new();
        let ms: Vec<String> = ms
            .into_iter()
            .filter(|m| seen.insert(m.to_lowercase()))
            .collect();
        for m in &ms {
            ws.add_ministry(Ministry {
                id: MinistryId::new(m).unwrap(),
                name: format!("Ministry «{m}» — test"),
                cluster: (m.len() % 2 == 0).then(|| "Social Allowance".to_owned()),
            })
            .unwrap();
        }
        for (id, (y, mo, d)) in &rs {
            ws.add_round(Round {
                id: RoundId::new(id).unwrap(),
                title: format!("Round {id}"),
                date: jiff::civil::date(*y, *mo, *d),
                location: String::new(),
                facilitator: "F".into(),
                notes: String::new(),
                instrument_version: "2026.1".into(),
                participants: Default::default(),
                tables: Default::default(),
            })
            .unwrap();
        }
        let ms: Vec<_> = ms.into_iter().collect();
        let rs: Vec<_> = rs.into_keys().collect();
        for (k, (area, answer, levels, na, ni, text, evidence)) in scores.into_iter().enumerate() {
            let (r, m) = (&rs[k % rs.len()], &ms[k % ms.len()]);
            let at = ScoreRef {
                round: RoundId::new(r).unwrap(),
                ministry: MinistryId::new(m).unwrap(),
                area: Instrument::codi().areas()[area].id.clone(),
            };
            let field = if evidence {
                TextField::Evidence
            } else {
                TextField::Rationale
            };
            let tally = VoteTally { levels, na, ni };
            for edit in [
                Edit::SetAnswer {
                    at: at.clone(),
                    answer,
                },
                Edit::SetTally {
                    at: at.clone(),
                    source: VoteSource::Cards,
                    tally,
                },
                Edit::SetText { at, field, text },
            ] {
                edit.apply(&mut ws, None).unwrap();
            }
        }
        ws
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = json::from_bytes(&bytes, Path::new("r.codi.json"));
        let _ = import(&bytes, "r.csv");
    }

    #[test]
    fn mutated_workspace_files_never_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8)
    ) {
        let mut bytes = demo_bytes();
        for (at, byte, kind) in edits {
            let i = at.index(bytes.len());
            match kind {
                0 => bytes[i] = byte,
                1 => bytes.truncate(i),
                _ => bytes.insert(i, byte),
            }
            if bytes.is_empty() { break; }
        }
        if let Ok(ws) = json::from_bytes(&bytes, Path::new("m.codi.json")) {
            // Whatever loads must also save and load again.
            let again = json::from_bytes(&json::to_bytes(&ws), Path::new("m.codi.json")).unwrap();
            prop_assert_eq!(again, ws);
        }
    }

    #[test]
    fn mutated_csv_never_panics(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)
    ) {
        let mut bytes = csv::export(&demo_workspace());
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        let _ = import(&bytes, "m.csv");
    }

    #[test]
    fn save_then_load_is_identity(ws in workspace()) {
        let bytes = json::to_bytes(&ws);
        let back = json::from_bytes(&bytes, Path::new("p.codi.json")).unwrap();
        prop_assert_eq!(&back, &ws);
        prop_assert_eq!(json::to_bytes(&back), bytes);
    }

    #[test]
    fn csv_export_then_import_keeps_scores(ws in workspace()) {
        let back = import(&csv::export(&ws), "p.csv").unwrap();
        for (r, m, a) in ws.assessments() {
            let b = back.assessment(r.as_str(), m.as_str());
            let blank = a.scores().all(|(_, s)| s.answer.is_none() && s.votes.is_empty() && s.rationale.is_empty() && s.evidence.is_empty());
            if blank { continue; }
            let b = b.expect("assessment survives");
            for (id, x) in a.scores() {
                let empty = Default::default();
                let y = b.score(id.as_str()).unwrap_or(&empty);
                prop_assert_eq!(x.answer, y.answer);
                prop_assert_eq!(&x.votes, &y.votes);
                // Texts come back exactly: spaces, tabs and line breaks included.
                prop_assert_eq!(&x.rationale, &y.rationale);
                prop_assert_eq!(&x.evidence, &y.evidence);
            }
        }
    }
}
