//! CPU time per frame (egui layout + tessellation, no GPU) at 1920x1080 for every
//! screen, on the demo workspace and on a generated large one (1,000 ministries x 20
//! rounds), both measured in the same run. Goals: every screen at most 2 ms per frame on
//! the large workspace and at most 1.5x its cost on the demo. Also reports whether an
//! idle app asks for repaints (it should not).

use std::hint::black_box;
use std::time::Duration;

use codi_workshop::model::demo::{demo_workspace, large_workspace};
use codi_workshop::model::{MinistryId, Workspace};
use codi_workshop::session::{Focus, Page};
use codi_workshop::storage::json;
use codi_workshop::ui::command::{Command, Screen};
use codi_workshop::ui::headless::Headless;
use codi_workshop::ui::screens::results::Tab;
use codi_workshop::ui::{App, AppConfig};
use criterion::Criterion;

mod common;
use common::{median_ns, ms, ratio};

const SCREENS: [&str; 6] = [
    "workspace",
    "scoring",
    "radar",
    "trend",
    "heatmap",
    "changes",
];

/// The command that opens `screen` on `ws`: scoring opens area 4 of a ministry in the
/// middle of the list in the latest round.
fn open(screen: &str, ws: &Workspace) -> Command {
    match screen {
        "workspace" => Command::Show(Screen::Workspace),
        "scoring" => {
            let round = ws.rounds().last().expect("rounds").id.clone();
            let ms = ws.ministries();
            let ministry: MinistryId = ms[ms.len() / 2].id.clone();
            let area = ws.instrument().areas()[3].id.clone();
            Command::Score(Focus {
                round,
                ministry,
                page: Page::Area(area),
            })
        }
        "radar" => Command::Show(Screen::Results(Tab::Radar)),
        "trend" => Command::Show(Screen::Results(Tab::Trend)),
        "heatmap" => Command::Show(Screen::Results(Tab::Heatmap)),
        _ => Command::Show(Screen::Results(Tab::Changes)),
    }
}

/// The app on a saved copy of `ws`, drawn headless at 1920x1080.
fn headless(ws: &Workspace, dir: &std::path::Path, name: &str) -> Headless {
    let file = dir.join(format!("{name}.codi.json"));
    json::save(&file, ws).expect("save workspace");
    let app = App::with_prefs(
        Default::default(),
        AppConfig {
            file: Some(file),
            data_dir: Some(dir.join(format!("data-{name}"))),
            ..Default::default()
        },
    );
    Headless::new(app, 1920.0, 1080.0)
}

/// Frames until animations are over; the last frame's repaint request.
fn settle(h: &mut Headless) -> Option<Duration> {
    (0..90).map(|_| h.frame(Vec::new()).repaint_delay).last()
}

fn main() {
    let ministries = if common::full_run() { 1000 } else { 20 };
    let dir = tempfile::tempdir().expect("temp dir");
    let demo_ws = demo_workspace();
    let large_ws = large_workspace(ministries, 20, 200);
    let mut demo = headless(&demo_ws, dir.path(), "demo");
    let mut large = headless(&large_ws, dir.path(), "large");

    let mut c = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut g = c.benchmark_group("frame");
    let mut idle = Vec::new();
    let mut vertices = Vec::new();
    for screen in SCREENS {
        for (size, h, ws) in [
            ("demo", &mut demo, &demo_ws),
            ("large", &mut large, &large_ws),
        ] {
            let ctx = h.ctx.clone();
            h.app.apply(&ctx, open(screen, ws));
            idle.push((screen, size, settle(h)));
            vertices.push((screen, size, h.frame(Vec::new()).vertices));
            g.bench_function(format!("{screen}_{size}"), |b| {
                b.iter(|| black_box(h.frame(Vec::new())))
            });
        }
    }
    g.finish();
    c.final_summary();
    report(ministries, &idle, &vertices);
}

type Idle<'a> = [(&'a str, &'a str, Option<Duration>)];

fn report(ministries: usize, idle: &Idle<'_>, vertices: &[(&str, &str, usize)]) {
    println!(
        "\n== frame time at 1920x1080: demo (12 ministries x 2 rounds) and generated ({ministries} x 20), same run =="
    );
    println!(
        "{:<10} {:>9} {:>9} {:>8}  {:>9}   goals: large <= 2 ms and <= 1.5x demo",
        "screen", "demo", "large", "ratio", "vertices"
    );
    for screen in SCREENS {
        let d = median_ns("frame", &format!("{screen}_demo"));
        let l = median_ns("frame", &format!("{screen}_large"));
        let v = vertices
            .iter()
            .find(|(s, size, _)| *s == screen && *size == "large")
            .map_or(0, |x| x.2);
        let ok = match (d, l) {
            (Some(d), Some(l)) if l <= 2e6 && l <= 1.5 * d => "ok",
            (Some(_), Some(_)) => "MISSED",
            _ => "n/a",
        };
        println!(
            "{screen:<10} {:>9} {:>9} {:>8}  {v:>9}   {ok}",
            ms(d, 3),
            ms(l, 3),
            ratio(l, d)
        );
    }
    let shown = |d: Option<Duration>| match d {
        Some(Duration::MAX) => "none".to_owned(),
        Some(d) => format!("after {d:?}"),
        None => "n/a".to_owned(),
    };
    let idle: Vec<String> = idle
        .iter()
        .map(|(s, size, d)| format!("{s} ({size}) {}", shown(*d)))
        .collect();
    println!("repaint requested by an idle app: {}", idle.join(", "));
}
