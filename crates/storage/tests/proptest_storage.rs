//! Property tests: random and mutated inputs never panic the loaders, and any workspace
//! built through the model API survives save-then-load unchanged.

use std::path::Path;

use codi_model::demo::demo_workspace;
use codi_model::followup::{
    Action as FollowAction, ActionStatus, Attendance, ChangeReason, ReasonKind,
};
use codi_model::history::{Step, entry_for};
use codi_model::review::{Comment, Status, step_edit};
use codi_model::table::{Proposal, Table};
use codi_model::{
    Answer, Edit, Instrument, Level, Ministry, MinistryId, Participation, Round, RoundId, ScoreRef,
    TextField, VoteSource, VoteTally, Workspace,
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

/// Everything an area record can hold beyond the answer, the card tally and the
/// rationale: phone votes, dissent, the table's proposal and the room's difference
/// from it, the reason for a change, actions, and the discussion time.
#[derive(Clone, Debug)]
struct Extras {
    phones: Vec<u32>,
    dissent: String,
    differs: String,
    discussed: u32,
    reason: Option<(usize, String)>,
    actions: Vec<FollowAction>,
    proposal: Option<Proposal>,
}

fn extras() -> impl Strategy<Value = Extras> {
    let action = (
        "[A-Za-z]\\PC{0,19}",
        "[A-Za-z ]{0,10}",
        prop::option::of((2020i16..2030, 1i8..=12, 1i8..=28)),
        0usize..4,
        "\\PC{0,15}",
    )
        .prop_map(|(text, owner, due, status, follow_up)| FollowAction {
            text,
            owner,
            due: due.map(|(y, m, d)| jiff::civil::date(y, m, d)),
            status: ActionStatus::ALL[status],
            follow_up,
        });
    let proposal = (
        answer(),
        "\\PC{0,20}",
        "\\PC{0,20}",
        0u32..20,
        prop::option::of(0i64..2_000_000_000),
    )
        .prop_map(|(answer, rationale, evidence, revision, saved)| Proposal {
            answer,
            rationale,
            evidence,
            revision,
            saved: saved.map(|s| jiff::Timestamp::from_second(s).unwrap()),
        });
    (
        prop::collection::vec(0u32..30, 4),
        "\\PC{0,20}",
        "\\PC{0,20}",
        0u32..4000,
        prop::option::of((0usize..7, "\\PC{0,20}")),
        prop::collection::vec(action, 0..3),
        prop::option::of(proposal),
    )
        .prop_map(
            |(phones, dissent, differs, discussed, reason, actions, proposal)| Extras {
                phones,
                dissent,
                differs,
                discussed,
                reason,
                actions,
                proposal,
            },
        )
}

/// The edits that put `x` into the record at `at`.
fn extra_edits(at: &ScoreRef, x: Extras) -> Vec<Edit> {
    let mut edits = vec![
        Edit::SetTally {
            at: at.clone(),
            source: VoteSource::Phones,
            tally: VoteTally {
                levels: x.phones,
                na: 1,
                ni: 0,
            },
        },
        Edit::SetText {
            at: at.clone(),
            field: TextField::Dissent,
            text: x.dissent,
        },
        Edit::SetText {
            at: at.clone(),
            field: TextField::DiffersFromTable,
            text: x.differs,
        },
        Edit::SetDiscussed {
            at: at.clone(),
            secs: x.discussed,
        },
        Edit::SetReason {
            at: at.clone(),
            reason: x.reason.map(|(k, note)| ChangeReason {
                kind: ReasonKind::ALL[k],
                note,
            }),
        },
        Edit::SetActions {
            at: at.clone(),
            actions: x.actions,
        },
    ];
    if let Some(proposal) = x.proposal {
        edits.push(Edit::SetProposal {
            at: at.clone(),
            proposal: Some(proposal),
        });
    }
    edits
}

/// What a ministry's row in a round holds besides its areas: notes, who took part and
/// its table's access.
fn row_edits(round: &RoundId, ministry: &MinistryId, k: usize, note: &str) -> Vec<Edit> {
    let ts = |s: i64| jiff::Timestamp::from_second(s).unwrap();
    let table = (!k.is_multiple_of(3)).then(|| Table {
        code: format!("C{k:05}"),
        started: Some(ts(1_700_000_000 + k as i64)),
        submitted: k.is_multiple_of(2).then(|| ts(1_700_003_600 + k as i64)),
        note: note.to_owned(),
    });
    vec![
        Edit::SetNotes {
            round: round.clone(),
            ministry: ministry.clone(),
            notes: note.to_owned(),
        },
        Edit::SetAttendance {
            round: round.clone(),
            ministry: ministry.clone(),
            attendance: Attendance {
                people: k as u32 % 40,
                offices: format!("Office {note}"),
            },
        },
        Edit::SetTable {
            round: round.clone(),
            ministry: ministry.clone(),
            table,
        },
    ]
}

/// Apply `edit` as the session does: the changes become signed, chained history.
fn apply_logged(ws: &mut Workspace, edit: Edit, second: i64) {
    let time = jiff::Timestamp::from_second(1_750_000_000 + second).unwrap();
    let applied = edit.apply(ws, Some(time)).unwrap();
    for change in &applied.changes {
        if let Some(entry) = entry_for(change, time, "Facilitator «F»", Step::Edit) {
            ws.history_mut().record(entry);
        }
    }
}

/// A workspace with every kind of content: ministries (with and without clusters),
/// rounds on two instrument versions with participation, every field of an area record,
/// each ministry's notes, attendance and table, and the history of all of it.
fn workspace() -> impl Strategy<Value = Workspace> {
    let ministries = prop::collection::btree_set("[A-Za-z][A-Za-z0-9_-]{0,8}", 1..5);
    let rounds = prop::collection::btree_map(
        "[a-z][a-z0-9-]{0,8}",
        (
            (2000i16..2040, 1i8..=12, 1i8..=28),
            (0u32..30, 0u32..30, 0u32..3),
            any::<bool>(),
        ),
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
            prop::option::of(extras()),
        ),
        0..40,
    );
    (ministries, rounds, scores, "\\PC{0,30}", "\\PC{0,12}").prop_map(
        |(ms, rs, scores, title, note)| {
            let mut ws = Workspace::new(title, codi_model::Instrument::codi());
            let newer = Instrument::codi().relabelled("2027.1", "Areas re-worded");
            let mut second = 0;
            let mut log = |ws: &mut Workspace, edit: Edit| {
                second += 1;
                apply_logged(ws, edit, second);
            };
            log(&mut ws, Edit::AddInstrument(Box::new(newer)));
            // The workspace's language: none (English), Bangla or a tag with a region.
            let language = [None, Some("bn"), Some("pt-BR")][note.len() % 3];
            if let Some(tag) = language {
                let tag = codi_model::LanguageTag::parse(tag).unwrap();
                log(&mut ws, Edit::SetLanguage(Some(tag)));
            }
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
            for (id, ((y, mo, d), (women, men, other), newer)) in &rs {
                ws.add_round(Round {
                    id: RoundId::new(id).unwrap(),
                    title: format!("Round {id}"),
                    date: jiff::civil::date(*y, *mo, *d),
                    location: format!("Venue {note}"),
                    facilitator: "F".into(),
                    notes: note.clone(),
                    instrument_version: if *newer { "2027.1" } else { "2026.1" }.into(),
                    participants: Participation {
                        women: *women,
                        men: *men,
                        other: *other,
                    },
                    tables: Default::default(),
                    review: Default::default(),
                    sources: Vec::new(),
                })
                .unwrap();
            }
            let rs: Vec<_> = rs.into_keys().collect();
            for (k, (r, m)) in rs
                .iter()
                .flat_map(|r| ms.iter().map(move |m| (r, m)))
                .enumerate()
            {
                let (r, m) = (RoundId::new(r).unwrap(), MinistryId::new(m).unwrap());
                for edit in row_edits(&r, &m, k, &note) {
                    log(&mut ws, edit);
                }
            }
            for (k, (area, answer, levels, na, ni, text, evidence, extra)) in
                scores.into_iter().enumerate()
            {
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
                let mut edits = vec![
                    Edit::SetAnswer {
                        at: at.clone(),
                        answer,
                    },
                    Edit::SetTally {
                        at: at.clone(),
                        source: VoteSource::Cards,
                        tally,
                    },
                    Edit::SetText {
                        at: at.clone(),
                        field,
                        text,
                    },
                ];
                edits.extend(extra.map(|x| extra_edits(&at, x)).unwrap_or_default());
                if k % 4 == 1 {
                    edits.push(Edit::SetSource {
                        at: at.clone(),
                        source: Some(format!("Room «{k}» {note}")),
                    });
                }
                if k % 3 == 0 {
                    edits.push(Edit::SetComments {
                        at: at.clone(),
                        comments: vec![Comment {
                            comment: format!("Source? {note}x"),
                            by: "Peer «R»".into(),
                            response: note.clone(),
                            resolved: k % 2 == 0,
                        }],
                    });
                }
                for edit in edits {
                    log(&mut ws, edit);
                }
            }
            // Last, as a validated round takes no more edits: the first round's review.
            let steps: &[(Status, &str)] = match note.len() % 4 {
                0 => &[],
                1 => &[(Status::UnderReview, "")],
                2 => &[(Status::UnderReview, ""), (Status::Validated, "")],
                _ => &[
                    (Status::UnderReview, ""),
                    (Status::Validated, ""),
                    (Status::Draft, "A figure «was» wrong"),
                ],
            };
            for (i, (to, reason)) in steps.iter().enumerate() {
                let time = jiff::Timestamp::from_second(1_760_000_000 + i as i64).unwrap();
                let edit = step_edit(&ws, &rs[0], *to, "Reviewer «R»", reason, time).unwrap();
                log(&mut ws, edit);
            }
            ws
        },
    )
}

/// The generator makes what it promises: over a few cases, every kind of content.
#[test]
fn the_generator_covers_every_field() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..64 {
        let ws = workspace().new_tree(&mut runner).unwrap().current();
        if !ws.history().is_empty() {
            seen.insert("history");
        }
        if ws.language().is_some() {
            seen.insert("language");
        }
        if ws.rounds().iter().any(|r| !r.participants.is_empty()) {
            seen.insert("participation");
        }
        if ws.rounds().iter().any(|r| !r.tables.is_empty()) {
            seen.insert("tables");
        }
        if ws
            .rounds()
            .iter()
            .any(|r| r.review.status() == Status::Validated)
        {
            seen.insert("validated");
        }
        if ws.rounds().iter().any(|r| r.review.steps().len() == 3) {
            seen.insert("reopened");
        }
        for (_, _, a) in ws.assessments() {
            if !a.attendance.is_empty() {
                seen.insert("attendance");
            }
            for (_, s) in a.scores() {
                let marks = [
                    ("phones", s.phone_votes.total() > 0),
                    ("dissent", !s.dissent.is_empty()),
                    ("differs", !s.differs_from_table.is_empty()),
                    ("reason", s.reason.is_some()),
                    ("actions", !s.actions.is_empty()),
                    ("due", s.actions.iter().any(|a| a.due.is_some())),
                    ("proposal", s.proposal.is_some()),
                    ("discussed", s.discussed_secs > 0),
                    ("updated", s.updated.is_some()),
                    ("comments", !s.comments.is_empty()),
                    ("source", s.source.is_some()),
                ];
                seen.extend(marks.iter().filter(|m| m.1).map(|m| m.0));
            }
        }
    }
    let all = [
        "history",
        "language",
        "participation",
        "tables",
        "attendance",
        "phones",
        "dissent",
        "differs",
        "reason",
        "actions",
        "due",
        "proposal",
        "discussed",
        "updated",
        "comments",
        "source",
        "validated",
        "reopened",
    ];
    let missing: Vec<_> = all.iter().filter(|k| !seen.contains(*k)).collect();
    assert!(missing.is_empty(), "never generated: {missing:?}");
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
            let b = back.assessment(r, m);
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
