//! Merging workspaces, as `codi-workshop merge` does it (read each file, plan, one edit
//! through the session), measured against loading one file in the same run.
//! Goals: five rooms' 39-ministry files merge in under 1 s; two 1,000 x 20 workspaces
//! merge (both read, planned and applied) in at most 3x the time of loading one, with
//! peak memory at most 3x that of loading one.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::Instant;

use codi_workshop::model::demo::large_workspace;
use codi_workshop::model::merge::{Choice, plan};
use codi_workshop::model::{Answer, Edit, Level, ScoreRef, TextField, Workspace};
use codi_workshop::session::{Clock, Document, Origin, SessionState};
use codi_workshop::storage::json;

mod common;

#[global_allocator]
static ALLOC: common::Counting = common::Counting;

/// `ws` with `n` records changed (answer and rationale) from ministry `from` on, as a
/// room would: through the session, so the history says what changed.
fn room(ws: &Workspace, from: usize, n: usize, level: u8) -> Vec<u8> {
    let doc = Document::unsaved(ws.clone(), std::env::temp_dir().join("never.codi.json"));
    let mut st = SessionState::new(doc, Clock::default());
    let round = ws.rounds().last().map(|r| r.id.clone()).expect("a round");
    let areas = ws.instrument().areas().to_vec();
    for k in 0..n {
        let m = &ws.ministries()[(from + k / areas.len()) % ws.ministries().len()];
        let at = ScoreRef::new(&round, &m.id, &areas[k % areas.len()].id);
        let answer = Some(Answer::Level(Level::new(level).expect("1-4")));
        st.apply(
            Edit::SetAnswer {
                at: at.clone(),
                answer,
            },
            Origin::User,
        )
        .expect("applies");
        let text = format!("Room {level} agreed after the evidence was read out.");
        st.apply(
            Edit::SetText {
                at,
                field: TextField::Rationale,
                text,
            },
            Origin::User,
        )
        .expect("applies");
    }
    json::to_bytes(st.doc.workspace())
}

/// What `merge` does: read the files side by side, then each into the ones before.
fn merge_all(files: &[PathBuf]) -> Workspace {
    let mut loaded = json::load_many(files)
        .into_iter()
        .map(|w| w.expect("valid"));
    let mut ws = loaded.next().expect("a file");
    for other in loaded {
        let p = plan(&ws, &other, &BTreeMap::new()).expect("mergeable");
        let doc = Document::unsaved(ws, std::env::temp_dir().join("never.codi.json"));
        let mut st = SessionState::new(doc, Clock::default());
        st.merge(&p, &|_| Choice::A).expect("applies");
        ws = st.doc.workspace().clone();
    }
    ws
}

/// Seconds and peak heap bytes above what was live before.
fn measure<T>(f: impl FnOnce() -> T) -> (f64, usize, T) {
    let live = common::LIVE.load(Ordering::Relaxed);
    common::PEAK.store(live, Ordering::Relaxed);
    let t = Instant::now();
    let out = f();
    let secs = t.elapsed().as_secs_f64();
    let peak = common::PEAK.load(Ordering::Relaxed).saturating_sub(live);
    (secs, peak, out)
}

fn main() {
    let (big_m, big_r) = if common::full_run() {
        (1_000, 20)
    } else {
        (100, 4)
    };

    // Five cluster rooms, 39 ministries, 8 ministries' areas each.
    let base = large_workspace(39, 2, 200);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let write = |name: &str, bytes: Vec<u8>| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).expect("written");
        p
    };
    let rooms: Vec<PathBuf> = (0..5)
        .map(|k| {
            write(
                &format!("room{k}.codi.json"),
                room(&base, k * 8, 80, 1 + k as u8 % 4),
            )
        })
        .collect();
    let (t_one39, _, _) = measure(|| black_box(json::load(&rooms[0])));
    let (t_five, _, merged) = measure(|| merge_all(&rooms));
    black_box(&merged);

    // Two large rooms.
    let big = large_workspace(big_m, big_r, 200);
    let a = write("a.codi.json", room(&big, 0, 1_000, 2));
    let b = write("b.codi.json", room(&big, big_m / 2, 1_000, 3));
    drop(big);
    let size = std::fs::metadata(&a).map_or(0, |m| m.len());
    let (t_load, m_load, one) = measure(|| json::load(&a).expect("valid"));
    drop(one);
    let (t_merge, m_merge, two) = measure(|| merge_all(&[a.clone(), b.clone()]));
    drop(two);

    println!("\n== Merging workspaces (same run) ==");
    println!(
        "five 39-ministry rooms: {:.3} s (goal < 1 s); loading one: {:.3} s",
        t_five, t_one39
    );
    println!(
        "two {big_m} x {big_r} workspaces ({:.0} MB each): read both and merge {:.2} s = {:.2}x one load ({:.2} s; goal <= 3x); peak {:.0} MB = {:.2}x one load's {:.0} MB (goal <= 3x)",
        size as f64 / 1e6,
        t_merge,
        t_merge / t_load,
        t_load,
        m_merge as f64 / 1e6,
        m_merge as f64 / m_load.max(1) as f64,
        m_load as f64 / 1e6
    );
}
