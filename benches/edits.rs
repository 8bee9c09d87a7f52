//! One edit through the session's entry point, on the generated large workspace
//! (1,000 ministries x 20 rounds) and on the demo in the same run, and the memory undo
//! holds after 1,000 edits. Goals: an edit at most 1 ms on the large workspace
//! (background save excluded); undo memory after 1,000 edits at most 1 MB.

use std::hint::black_box;
use std::sync::atomic::Ordering;
use std::time::Duration;

use codi_workshop::model::demo::{demo_workspace, large_workspace};
use codi_workshop::model::{Answer, Edit, Level, ScoreRef, TextField, Workspace};
use codi_workshop::session::{Clock, Document, Origin, SessionState};
use criterion::Criterion;

mod common;

#[global_allocator]
static GLOBAL: common::Counting = common::Counting;

use common::{median_ns, ms, ratio};

fn session(ws: Workspace, dir: &std::path::Path) -> SessionState {
    // Never polled, so nothing is saved: only the edit itself is measured.
    let doc = Document::unsaved(ws, dir.join("never-written.codi.json"));
    SessionState::new(doc, Clock::default())
}

/// Edit `k`: an agreed answer on the k-th record of the latest round (ministry by
/// ministry, area by area), or every fourth a line of rationale, as in a workshop.
fn edit_k(ws: &Workspace, k: usize) -> Edit {
    let round = &ws.rounds().last().expect("rounds").id;
    let areas = ws.instrument().areas();
    let m = &ws.ministries()[(k / areas.len()) % ws.ministries().len()].id;
    let at = ScoreRef::new(round, m, &areas[k % areas.len()].id);
    if k % 4 == 3 {
        Edit::SetText {
            at,
            field: TextField::Rationale,
            text: format!("Agreed after discussion; evidence from the {k}th review."),
        }
    } else {
        let level = Level::new(1 + (k % 4) as u8).map(Answer::Level);
        Edit::SetAnswer { at, answer: level }
    }
}

/// Heap bytes that applying 1,000 edits as `origin` leaves held.
fn held_after_edits(ws: &Workspace, dir: &std::path::Path, origin: Origin) -> (usize, usize) {
    let before = common::LIVE.load(Ordering::Relaxed);
    let mut st = session(ws.clone(), dir);
    for k in 0..1000 {
        st.apply(edit_k(ws, k), origin).expect("edit applies");
    }
    let held = common::LIVE.load(Ordering::Relaxed).saturating_sub(before);
    let steps = st.doc.undo_len();
    drop(st);
    (held, steps)
}

fn main() {
    let ministries = if common::full_run() { 1000 } else { 20 };
    let dir = tempfile::tempdir().expect("temp dir");
    let large = large_workspace(ministries, 20, 200);
    let demo = demo_workspace();

    let mut c = Criterion::default()
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut g = c.benchmark_group("edit");
    for (name, ws) in [("demo", &demo), ("large", &large)] {
        let mut st = session(ws.clone(), dir.path());
        let edits: Vec<Edit> = (0..64).map(|k| edit_k(ws, k)).collect();
        let mut k = 0;
        g.bench_function(name, |b| {
            b.iter(|| {
                k = (k + 1) % edits.len();
                black_box(st.apply(edits[k].clone(), Origin::User).ok())
            })
        });
    }
    g.finish();
    c.final_summary();

    // Undo memory: the same 1,000 edits kept as undo steps, less the same edits made
    // from elsewhere (kept, but with no undo step).
    let (with_undo, steps) = held_after_edits(&large, dir.path(), Origin::User);
    let (without, _) = held_after_edits(&large, dir.path(), Origin::Remote);
    let undo = with_undo.saturating_sub(without);
    let d = median_ns("edit", "demo");
    let l = median_ns("edit", "large");
    println!("\n== edits on {ministries} ministries x 20 rounds (same run) ==");
    println!(
        "one edit: demo {}, large {} ({} the demo; goal <= 1 ms)",
        ms(d, 4),
        ms(l, 4),
        ratio(l, d)
    );
    println!(
        "undo after 1,000 edits ({steps} steps): {:.3} MB (goal <= 1 MB)",
        undo as f64 / 1e6
    );
}
