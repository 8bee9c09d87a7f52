//! The history (audit trail): how big it gets, and what it costs to save.
//!
//! 1. A whole demo workshop played through the session as a facilitator would: every
//!    card counted one by one, every rationale typed key by key, answers, reasons. The
//!    history it leaves, in entries and bytes, next to the file without it.
//! 2. Saving the large workspace (1,000 ministries x 20 rounds with `--bench`) with
//!    histories of L, 2L and 4L entries, against the same workspace with none, in the
//!    same run. Goal: the time history adds grows at most linearly with its length.

use std::hint::black_box;
use std::time::Duration;

use codi_workshop::model::demo::{demo_workspace, large_workspace};
use codi_workshop::model::history::{Step, entry_for};
use codi_workshop::model::{
    Answer, AreaId, Change, Edit, Level, ScoreRef, TextField, VoteChange, VoteSource, Workspace,
};
use codi_workshop::session::{Document, Origin};
use codi_workshop::storage::json;
use criterion::Criterion;

mod common;
use common::{median_ns, ms};

/// The time stamped on edits in these runs (2024-08-04).
const T0: jiff::Timestamp = jiff::Timestamp::constant(1_722_744_000, 0);

fn main() {
    workshop_history();
    let full = common::full_run();
    let (ministries, base) = if full { (1000, 100_000) } else { (20, 2_000) };
    let plain = large_workspace(ministries, 20, 200);
    let lengths = [base, 2 * base, 4 * base];
    let with: Vec<Workspace> = lengths.iter().map(|&n| with_entries(&plain, n)).collect();
    // The same histories on an empty workspace: the history's own cost, without the
    // noise of writing 100 MB of scores around it.
    let empty = Workspace::new("empty", codi_workshop::model::Instrument::codi());
    let alone: Vec<Workspace> = lengths
        .iter()
        .map(|&n| {
            let mut ws = empty.clone();
            ws.set_history(with_entries(&plain, n).history().clone());
            ws
        })
        .collect();
    println!(
        "large workspace: {ministries} ministries x 20 rounds, file {:.1} MB without history",
        json::to_bytes(&plain).len() as f64 / 1e6
    );
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8))
        .configure_from_args();
    let mut g = c.benchmark_group("save_history");
    g.bench_function("entries_0", |b| {
        b.iter(|| black_box(json::to_bytes(&plain)))
    });
    for (n, ws) in lengths.iter().zip(&with) {
        g.bench_function(format!("entries_{n}"), |b| {
            b.iter(|| black_box(json::to_bytes(ws)))
        });
    }
    g.finish();
    let mut g = c.benchmark_group("history_alone");
    for (n, ws) in lengths.iter().zip(&alone) {
        g.bench_function(format!("entries_{n}"), |b| {
            b.iter(|| black_box(json::to_bytes(ws)))
        });
    }
    g.finish();
    c.final_summary();

    report(&lengths, &with);
}

/// The figures, from criterion's medians of this run.
fn report(lengths: &[usize], with: &[Workspace]) {
    println!("\n== the history alone (an empty workspace) ==");
    let mut alone_cost = Vec::new();
    for &n in lengths {
        let t = median_ns("history_alone", &format!("entries_{n}"));
        println!(
            "{n:>7} entries: {:>8} ({:.0} ns an entry)",
            ms(t, 1),
            t.map_or(f64::NAN, |t| t / n as f64)
        );
        alone_cost.extend(t.map(|t| t / n as f64));
    }
    if let (Some(first), Some(last)) = (alone_cost.first(), alone_cost.last()) {
        println!(
            "cost per entry at 4L / at L: {:.2} (linear = 1.00; goal <= 1.2)",
            last / first
        );
    }

    println!("\n== saving time against history length (same run) ==");
    let t0 = median_ns("save_history", "entries_0");
    let mut per_entry = Vec::new();
    for (n, ws) in lengths.iter().zip(with) {
        let t = median_ns("save_history", &format!("entries_{n}"));
        let added = t.zip(t0).map(|(t, t0)| t - t0);
        let size = json::to_bytes(ws).len() as f64 / 1e6;
        println!(
            "{n:>7} entries: {:>8} (history adds {:>8}, {:.0} ns an entry), file {size:.1} MB",
            ms(t, 0),
            ms(added, 0),
            added.map_or(f64::NAN, |a| a / *n as f64),
        );
        per_entry.extend(added.map(|a| a / *n as f64));
    }
    if let (Some(first), Some(last)) = (per_entry.first(), per_entry.last()) {
        println!(
            "in the large workspace, cost per entry at 4L / at L: {:.2} (linear = 1.00; \
             the base save varies by tens of ms between runs)",
            last / first
        );
    }
}

/// `n` answer entries spread over the workspace's records.
fn with_entries(ws: &Workspace, n: usize) -> Workspace {
    let mut out = ws.clone();
    let at = ws
        .assessments()
        .flat_map(|(r, m, a)| {
            a.scores()
                .map(|(area, _)| ScoreRef::new(r, m, area))
                .collect::<Vec<_>>()
        })
        .take(1000)
        .collect::<Vec<_>>();
    let stamp = jiff::Timestamp::from_second(1_780_000_000).expect("a valid time");
    for i in 0..n {
        let change = Change::Answer {
            at: at[i % at.len()].clone(),
            before: Level::new(2).map(Answer::Level),
            after: Level::new(3).map(Answer::Level),
        };
        if let Some(e) = entry_for(&change, stamp, "CMC secretariat", Step::Edit) {
            out.history_mut().append(e);
        }
    }
    out
}

/// Play the follow-up round of the demo through a document, as typed in the room.
fn workshop_history() {
    let ws = demo_workspace();
    let before = json::to_bytes(&ws).len();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = Document::unsaved(ws.clone(), dir.path().join("w.codi.json"));
    let areas: Vec<AreaId> = ws
        .instrument()
        .areas()
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let round = ws.rounds()[1].id.clone();
    let mut t = 0.0;
    let mut edits = 0usize;
    let mut step = |doc: &mut Document, e: Edit| {
        t += 0.2;
        edits += 1;
        // Every edit names a demo record, so it applies (invariant of this bench).
        doc.apply(e, Origin::User, t, T0).expect("edit applies");
    };
    for m in ws.ministries() {
        for (k, area) in areas.iter().enumerate() {
            let at = ScoreRef::new(&round, &m.id, area);
            for v in 0..9u8 {
                let answer = Level::new(1 + (v + k as u8) % 4).map(Answer::Level);
                let change = VoteChange::Add(answer.unwrap_or(Answer::NotApplicable));
                step(
                    &mut doc,
                    Edit::Vote {
                        at: at.clone(),
                        source: VoteSource::Cards,
                        change,
                    },
                );
            }
            let answer = Level::new(1 + (k as u8 + 1) % 4).map(Answer::Level);
            step(
                &mut doc,
                Edit::SetAnswer {
                    at: at.clone(),
                    answer,
                },
            );
            let text = "The room agreed that the main programmes reach most groups in need, \
                        but the gaps are not measured in every district yet.";
            for end in (1..=text.len()).filter(|i| text.is_char_boundary(*i)) {
                let e = Edit::SetText {
                    at: at.clone(),
                    field: TextField::Rationale,
                    text: text[..end].to_owned(),
                };
                step(&mut doc, e);
            }
        }
    }
    let h = doc.workspace().history();
    let after = json::to_bytes(doc.workspace()).len();
    println!(
        "a whole workshop round (12 ministries x 10 areas, {edits} edits, every key and card): \
         {} history entries, {:.0} KB in the file ({:.0} bytes an entry), file {:.0} KB -> {:.0} KB ({:.2}x)",
        h.len(),
        (after - before) as f64 / 1e3,
        (after - before) as f64 / h.len().max(1) as f64,
        before as f64 / 1e3,
        after as f64 / 1e3,
        after as f64 / before as f64
    );
}
