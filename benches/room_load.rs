//! Room voting under load, on loopback only: simulated phones each join (GET state),
//! vote, and change their vote once, on each of three areas the facilitator moves
//! through, while the app draws its scoring page headless. Reports the vote latency
//! (p50, p99; goal p99 <= 50 ms on 2 cores) and the frame time under load against the
//! frame time with no load, measured in the same run. Fails if a vote is lost or
//! counted twice. `cargo bench --bench room_load`: 300 phones; under `cargo test`: 30.
//! The phones are threads of this process, so they compete with the frame for the
//! same two cores: the frame-time ratio is an upper bound.

mod common;
#[path = "../crates/server/tests/http/mod.rs"]
mod http;

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use codi_workshop::model::demo::demo_workspace;
use codi_workshop::model::{Answer, Level, ScoreRef};
use codi_workshop::session::{Focus, Page};
use codi_workshop::ui::command::Command;
use codi_workshop::ui::headless::Headless;
use common::serving::{app_on_loopback, paced_frames, pct};

/// Areas the facilitator moves through.
const AREAS: usize = 3;
/// Give up on an area after this long (the load is bounded in time as in count).
const AREA_LIMIT: Duration = Duration::from_secs(60);

fn main() {
    let phones = if common::full_run() { 300 } else { 30 };
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = demo_workspace();
    let mut h = app_on_loopback(&ws, dir.path());
    let round = ws.rounds()[1].id.clone();
    let ministry = ws.ministries()[2].id.clone();
    let focus = |k: usize| Focus {
        round: round.clone(),
        ministry: ministry.clone(),
        page: Page::Area(ws.instrument().areas()[k].id.clone()),
    };
    let ctx = h.ctx.clone();
    h.app.apply(&ctx, Command::Score(focus(9)));
    let idle = paced_frames(&mut h, || true, 120);
    h.app.apply(&ctx, Command::RoomVoting(true));
    let session_cost = session_vote_cost(&mut h, focus(9), phones);
    h.app.apply(&ctx, Command::RoomVoting(false));
    println!("\n== room voting: {phones} phones x {AREAS} areas on loopback, same run ==");
    println!(
        "idle frame (scoring page, 1280x800): {}",
        frame_figures(idle.clone())
    );
    // A room where everyone taps at the same instant, then one where taps come over
    // 3 s, as when people read the card first. Each on its own areas and join code.
    // (Under `cargo test`, 0.3 s: the run only checks that it works.)
    let over = if common::full_run() { 3000 } else { 300 };
    for (k0, spread) in [(0, Duration::ZERO), (AREAS, Duration::from_millis(over))] {
        h.app.apply(&ctx, Command::Score(focus(k0)));
        h.app.apply(&ctx, Command::RoomVoting(true));
        let url = h.app.join_url().expect("voting is open").to_owned();
        let mut lat = Vec::new();
        let mut loaded = Vec::new();
        for k in k0..k0 + AREAS {
            h.app.apply(&ctx, Command::Score(focus(k)));
            let (l, f) = one_area(&mut h, &url, phones, k, spread);
            lat.extend(l);
            loaded.extend(f);
            check_counts(&h, &focus(k).score_ref().expect("an area page"), phones, k);
        }
        h.app.apply(&ctx, Command::RoomVoting(false));
        report(spread, &mut lat, &idle, loaded);
    }
    println!(
        "a vote inside the session (lock, check, edit), without HTTP: {:.1} us",
        session_cost.as_secs_f64() * 1e6
    );
}

/// Every phone joins and votes twice on area `k`, starting evenly over `spread`, while
/// frames are drawn. The votes' latencies and the frame times.
fn one_area(
    h: &mut Headless,
    url: &str,
    phones: usize,
    k: usize,
    spread: Duration,
) -> (Vec<Duration>, Vec<Duration>) {
    let (addr, base) = http::split(url);
    let latencies = Mutex::new(Vec::new());
    let done = AtomicUsize::new(0);
    let start = Instant::now();
    let mut frames = Vec::new();
    std::thread::scope(|s| {
        for p in 0..phones {
            let (done, latencies, base) = (&done, &latencies, &base);
            s.spawn(move || {
                std::thread::sleep(spread.mul_f64(p as f64 / phones as f64));
                let times = phone(addr, base, p, k);
                latencies.lock().expect("not poisoned").extend(times);
                done.fetch_add(1, Ordering::Relaxed);
            });
        }
        let busy = || done.load(Ordering::Relaxed) < phones && start.elapsed() < AREA_LIMIT;
        frames = paced_frames(h, busy, usize::MAX);
    });
    assert!(start.elapsed() < AREA_LIMIT, "area {k} took too long");
    (latencies.into_inner().expect("not poisoned"), frames)
}

/// The mean time of `n` phone votes taken by the session directly on `focus`'s area.
fn session_vote_cost(h: &mut Headless, focus: Focus, n: usize) -> Duration {
    let ctx = h.ctx.clone();
    h.app.apply(&ctx, Command::Score(focus.clone()));
    let at = focus.score_ref().expect("an area page");
    let t = Instant::now();
    for p in 0..n {
        let mut st = h.app.session().lock();
        let answer = answers(p, 0).0;
        st.phone_vote(&format!("load-phone-{p:012}"), &at, answer)
            .expect("counted");
    }
    t.elapsed() / n as u32
}

/// One phone on area `k`, at an address of its own: join (the server issues its
/// device token), vote, change the vote. Returns the two votes' latencies.
fn phone(addr: std::net::SocketAddr, base: &str, p: usize, k: usize) -> Vec<Duration> {
    let me = http::phone_ip(p);
    let state = http::http_via(me, addr, "GET", &format!("{base}/state"), &[], b"");
    assert_eq!(state.status, 200, "join");
    let v: serde_json::Value = serde_json::from_str(&state.body).expect("state JSON");
    let device = v["device"].as_str().expect("a device token").to_owned();
    let headers = [("X-Device", device.as_str())];
    let (first, second) = answers(p, k);
    [first, second]
        .into_iter()
        .map(|answer| {
            let body = serde_json::json!({
                "round": v["round"], "ministry": v["ministry_id"], "area": v["area"],
                "answer": answer.code(),
            })
            .to_string();
            let t = Instant::now();
            let r = http::http_via(
                me,
                addr,
                "POST",
                &format!("{base}/vote"),
                &headers,
                body.as_bytes(),
            );
            let took = t.elapsed();
            assert_eq!(r.status, 200, "vote: {}", r.body);
            took
        })
        .collect()
}

/// Phone `p`'s first and changed answer on area `k`: levels spread over the scale.
fn answers(p: usize, k: usize) -> (Answer, Answer) {
    let level = |v: usize| Answer::Level(Level::new((v % 4) as u8 + 1).expect("1-4"));
    (level(p + k), level(p + k + 1))
}

/// Every phone counted once, on its changed answer; the cards untouched.
fn check_counts(h: &Headless, at: &ScoreRef, phones: usize, k: usize) {
    let st = h.app.session().lock();
    let score = st.doc.workspace().score_at(at).expect("scored");
    let total = score.phone_votes.total() as usize;
    assert_eq!(total, phones, "area {k}: every phone counted once");
    for v in 1..=4u8 {
        let a = Answer::Level(Level::new(v).expect("1-4"));
        let want = (0..phones).filter(|p| answers(*p, k).1 == a).count();
        assert_eq!(
            score.phone_votes.count(a) as usize,
            want,
            "area {k}, level {v}"
        );
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn frame_figures(mut f: Vec<Duration>) -> String {
    format!(
        "p50 {} p99 {} ({} frames)",
        ms(pct(&mut f, 0.5)),
        ms(pct(&mut f, 0.99)),
        f.len()
    )
}

fn report(spread: Duration, lat: &mut [Duration], idle: &[Duration], mut loaded: Vec<Duration>) {
    let ratio =
        pct(&mut loaded, 0.5).as_secs_f64() / pct(&mut idle.to_vec(), 0.5).as_secs_f64().max(1e-9);
    println!(
        "taps over {spread:?}: {} votes, none lost or twice; latency p50 {} p99 {} max {} (goal p99 <= 50 ms); frame under load {}, {ratio:.2}x idle p50",
        lat.len(),
        ms(pct(lat, 0.5)),
        ms(pct(lat, 0.99)),
        ms(pct(lat, 1.0)),
        frame_figures(loaded),
    );
}
