//! For the load benchmarks: the app serving on loopback only, drawn headless, frames
//! paced as the window paces them, and percentiles.

use std::path::Path;
use std::time::{Duration, Instant};

use codi_workshop::model::Workspace;
use codi_workshop::storage::json;
use codi_workshop::ui::headless::Headless;
use codi_workshop::ui::{App, AppConfig};

/// The app on a saved copy of `ws` in `dir`, serving phones and tables on 127.0.0.1
/// only, drawn headless at 1280x800.
pub fn app_on_loopback(ws: &Workspace, dir: &Path) -> Headless {
    let file = dir.join("load.codi.json");
    json::save(&file, ws).expect("save");
    let app = App::with_prefs(
        Default::default(),
        AppConfig {
            file: Some(file),
            data_dir: Some(dir.join("data")),
            voting_bind: Some(std::net::Ipv4Addr::LOCALHOST.into()),
            ..Default::default()
        },
    );
    Headless::new(app, 1280.0, 800.0)
}

/// Draw frames at 60 a second, as the window does, while `go()` and at most `max` of
/// them; each frame's time. (Frames back to back would hold the session's lock nearly
/// all the time, which the real app never does.)
pub fn paced_frames(h: &mut Headless, go: impl Fn() -> bool, max: usize) -> Vec<Duration> {
    let tick = Duration::from_micros(16_667);
    let mut out = Vec::new();
    while go() && out.len() < max {
        let t = Instant::now();
        std::hint::black_box(h.frame(Vec::new()));
        let took = t.elapsed();
        out.push(took);
        std::thread::sleep(tick.saturating_sub(took));
    }
    out
}

/// The `q` quantile (0-1) of `v`, sorting it.
pub fn pct(v: &mut [Duration], q: f64) -> Duration {
    v.sort();
    v.get(((v.len() as f64 - 1.0) * q).round() as usize)
        .copied()
        .unwrap_or_default()
}
