//! Table scoring under its normal load, on loopback only: 40 tables with two devices
//! each fill all ten areas at once (each device five areas, rationale and evidence
//! typed in three saves, as the page saves while typing), while the app draws its
//! dashboard headless. Reports the save latency (p50, p99; goal p99 <= 100 ms on 2
//! cores) and the frame time under load against an idle frame from the same run, and
//! fails if a save is lost or the dashboard's counts differ from the workspace.
//! `cargo bench --bench table_load`: 40 tables; under `cargo test`: 6.

mod common;
#[path = "../crates/server/tests/http/mod.rs"]
mod http;

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use codi_workshop::model::demo::large_workspace;
use codi_workshop::model::{Answer, Level, ScoreRef};
use codi_workshop::ui::command::Command;
use codi_workshop::ui::headless::Headless;
use common::serving::{app_on_loopback, paced_frames, pct};

const LIMIT: Duration = Duration::from_secs(120);

fn main() {
    let tables = if common::full_run() { 40 } else { 6 };
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = large_workspace(tables, 2, 0);
    let mut h = app_on_loopback(&ws, dir.path());
    let ctx = h.ctx.clone();
    let round = ws.rounds()[1].id.clone();
    h.app.apply(&ctx, Command::Tables(Some(round.clone())));
    // The dashboard with no one saving: the baseline.
    let idle = paced_frames(&mut h, || true, 120);
    let urls = h.app.table_urls();
    assert_eq!(urls.len(), tables, "a code for every table");
    let areas: Vec<String> = ws
        .instrument()
        .areas()
        .iter()
        .map(|a| a.id.to_string())
        .collect();
    let latencies = Mutex::new(Vec::new());
    let done = AtomicUsize::new(0);
    let start = Instant::now();
    let mut loaded = Vec::new();
    std::thread::scope(|s| {
        for (t, (_, url)) in urls.iter().enumerate() {
            for device in 0..2 {
                let (latencies, done, areas) = (&latencies, &done, &areas);
                s.spawn(move || {
                    let mine = &areas[device * 5..device * 5 + 5];
                    let times = fill(url, t, mine);
                    latencies.lock().expect("not poisoned").extend(times);
                    done.fetch_add(1, Ordering::Relaxed);
                });
            }
        }
        let busy = || done.load(Ordering::Relaxed) < tables * 2 && start.elapsed() < LIMIT;
        loaded = paced_frames(&mut h, busy, usize::MAX);
    });
    assert!(start.elapsed() < LIMIT, "the load took too long");
    check(&h, &ws, &round, &areas);
    let lat = latencies.into_inner().expect("not poisoned");
    report(tables, lat, idle, loaded);
    h.app.apply(&ctx, Command::Tables(None));
}

/// The text a device types for area `a` of table `t`, after `step` of three saves.
fn text(t: usize, a: &str, step: usize) -> String {
    let full =
        format!("Table {t}, area {a}: the ministry's circulars and the 2024 review. প্রমাণ আছে।");
    full.chars()
        .take(full.chars().count() * (step + 1) / 3)
        .collect()
}

fn answer(t: usize, k: usize) -> Answer {
    Answer::Level(Level::new(((t + k) % 4) as u8 + 1).expect("1-4"))
}

/// One device: for each of its areas, three saves as the text grows. The latencies.
fn fill(url: &str, t: usize, areas: &[String]) -> Vec<Duration> {
    let (addr, path) = http::split(url);
    let mut out = Vec::new();
    for (k, area) in areas.iter().enumerate() {
        let mut base = 0;
        for step in 0..3 {
            let body = serde_json::json!({
                "area": area, "answer": answer(t, k).code(),
                "rationale": text(t, area, step), "evidence": "", "base": base,
            })
            .to_string();
            let begun = Instant::now();
            // Each table's device at an address of its own, as on a real network.
            let r = http::http_via(
                http::phone_ip(t),
                addr,
                "POST",
                &format!("{path}/save"),
                &[("Content-Type", "application/json")],
                body.as_bytes(),
            );
            out.push(begun.elapsed());
            assert_eq!(r.status, 200, "{}", r.body);
            let v: serde_json::Value = serde_json::from_str(&r.body).expect("JSON");
            base = v["revision"].as_u64().expect("a revision") as u32;
        }
    }
    out
}

/// Every area of every table holds its last save.
fn check(
    h: &Headless,
    ws: &codi_workshop::model::Workspace,
    round: &codi_workshop::model::RoundId,
    areas: &[String],
) {
    let st = h.app.session().lock();
    let now = st.doc.workspace();
    for (t, m) in ws.ministries().iter().enumerate() {
        for (k, area) in areas.iter().enumerate() {
            let id = codi_workshop::model::AreaId::new(area).expect("area id");
            let p = now
                .score_at(&ScoreRef::new(round, &m.id, &id))
                .and_then(|s| s.proposal.clone())
                .unwrap_or_else(|| panic!("table {t}, area {area}: lost"));
            assert_eq!(p.rationale, text(t, area, 2), "table {t}, area {area}");
            assert_eq!(p.answer, Some(answer(t, k % 5)));
            assert_eq!(p.revision, 3);
        }
    }
}

fn report(
    tables: usize,
    mut lat: Vec<Duration>,
    mut idle: Vec<Duration>,
    mut loaded: Vec<Duration>,
) {
    let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1e3);
    println!(
        "\n== table scoring: {tables} tables x 2 devices x 5 areas x 3 saves on loopback, same run =="
    );
    println!(
        "saves: {} taken, none lost; latency p50 {} p99 {} max {} (goal p99 <= 100 ms)",
        lat.len(),
        ms(pct(&mut lat, 0.5)),
        ms(pct(&mut lat, 0.99)),
        ms(pct(&mut lat, 1.0)),
    );
    let (i, l) = (pct(&mut idle, 0.5), pct(&mut loaded, 0.5));
    println!(
        "dashboard frame (1280x800): idle p50 {}; under load p50 {} p99 {} ({} frames), {:.2}x",
        ms(i),
        ms(l),
        ms(pct(&mut loaded, 0.99)),
        loaded.len(),
        l.as_secs_f64() / i.as_secs_f64().max(1e-9),
    );
}
