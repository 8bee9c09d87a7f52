//! CSV import and `check` at scale: 10,000 and 100,000 ministries x 10 areas in one
//! round (100k and 1M rows), the import done as `import-csv` does it (read, plan, one
//! edit through the session). Goals: both grow linearly (100k/10k near 10x), and the
//! 1M-row import takes under 15 s.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use codi_workshop::model::{Instrument, Workspace};
use codi_workshop::session::{Clock, Document, Origin, SessionState};
use codi_workshop::storage::csv;

mod common;

/// A CSV with `ministries` ministries x 10 areas in one round, a rationale each.
fn csv_text(ministries: usize) -> Vec<u8> {
    let areas = Instrument::codi();
    let mut out = String::from("round,date,ministry,ministry_name,area,score,rationale\n");
    for m in 0..ministries {
        for (k, a) in areas.areas().iter().enumerate() {
            let score = 1 + (m + k) % 4;
            out.push_str(&format!(
                "r1,2024-08-04,M{m:06},Ministry {m},{},{score},Agreed after discussion of the evidence.\n",
                a.id
            ));
        }
    }
    out.into_bytes()
}

/// What `import-csv` does, into a new workspace; returns the records imported.
fn import(bytes: &[u8]) -> Workspace {
    let ws = Workspace::new("bench", Instrument::codi());
    let plan = csv::read_bytes(bytes, Path::new("bench.csv"), &ws).expect("valid CSV");
    let (edit, _) = plan.edit(&ws);
    let doc = Document::unsaved(ws, std::env::temp_dir().join("never-written.codi.json"));
    let mut st = SessionState::new(doc, Clock::default());
    st.apply(edit, Origin::User).expect("import applies");
    st.doc.workspace().clone()
}

/// `check`'s work on a loaded workspace: the per-round completion counts.
fn check(ws: &Workspace) -> usize {
    ws.rounds()
        .iter()
        .flat_map(|r| {
            ws.ministries().iter().map(move |m| {
                codi_workshop::model::stats::summary(ws, &r.id, &m.id)
                    .coverage
                    .answered()
            })
        })
        .sum()
}

/// Best of `n` runs, in seconds.
fn best(n: usize, mut f: impl FnMut()) -> f64 {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let (small, large) = if common::full_run() {
        (10_000, 100_000)
    } else {
        (200, 2_000)
    };
    let mut rows = Vec::new();
    for n in [small, large] {
        let bytes = csv_text(n);
        let runs = if n == large { 1 } else { 3 };
        let t_import = best(runs, || {
            black_box(import(&bytes));
        });
        let ws = import(&bytes);
        let t_check = best(runs, || {
            black_box(check(&ws));
        });
        rows.push((n, bytes.len(), t_import, t_check));
        drop(ws);
        std::thread::sleep(Duration::from_millis(10));
    }
    println!("\n== CSV import and check at scale (same run) ==");
    for (n, size, ti, tc) in &rows {
        println!(
            "{n:>7} ministries ({:>8} rows, {:>5.0} MB): import {ti:>7.2} s, check {tc:>6.3} s",
            n * 10,
            *size as f64 / 1e6
        );
    }
    let (a, b) = (&rows[0], &rows[1]);
    println!(
        "growth {}x -> import {:.1}x, check {:.1}x (linear = {}x); 1M-row goal: import < 15 s",
        b.0 / a.0,
        b.2 / a.2,
        b.3 / a.3,
        b.0 / a.0
    );
}
