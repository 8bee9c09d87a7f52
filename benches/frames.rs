//! CPU time per frame (egui layout + tessellation, no GPU) at 1920x1080 with the large
//! generated workspace (1,000 ministries x 20 rounds), next to an empty frame measured in
//! the same run. Goals: at most 2 ms median per frame and at most 3x the empty frame.
//! Also reports whether an idle app asks for repaints (it should not).

use std::hint::black_box;
use std::time::Duration;

use codi_workshop::model::demo::large_workspace;
use codi_workshop::model::{AreaId, MinistryId, RoundId};
use codi_workshop::session::{Focus, Page};
use codi_workshop::storage::json;
use codi_workshop::ui::command::{Command, Screen};
use codi_workshop::ui::headless::Headless;
use codi_workshop::ui::screens::results::Tab;
use codi_workshop::ui::{App, AppConfig};
use criterion::Criterion;

mod common;
use common::{median_ns, ms, ratio};

fn main() {
    let ministries = if common::full_run() { 1000 } else { 20 };
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("large.codi.json");
    json::save(&file, &large_workspace(ministries, 20, 200)).expect("save large workspace");
    let app = App::with_prefs(
        Default::default(),
        AppConfig {
            file: Some(file),
            data_dir: Some(dir.path().join("data")),
            ..Default::default()
        },
    );
    let mut h = Headless::new(app, 1920.0, 1080.0);
    // Second baseline: the app's own frame (menu, panels, status) with no data in it.
    let empty_app = App::with_prefs(
        Default::default(),
        AppConfig {
            data_dir: Some(dir.path().join("data-empty")),
            ..Default::default()
        },
    );
    let mut e = Headless::new(empty_app, 1920.0, 1080.0);
    let ectx = e.ctx.clone();
    e.app.apply(&ectx, Command::NewWorkspace);
    let settle = |h: &mut Headless| (0..90).map(|_| h.frame(Vec::new()).repaint_delay).last();

    let mut c = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    let mut g = c.benchmark_group("frame");
    g.bench_function("empty", |b| b.iter(|| black_box(h.empty_frame())));
    settle(&mut e);
    g.bench_function("app_empty_workspace", |b| {
        b.iter(|| black_box(e.frame(Vec::new())))
    });

    let idle_workspace = settle(&mut h);
    let drawn_workspace = h.frame(Vec::new()).vertices;
    g.bench_function("workspace_screen", |b| {
        b.iter(|| black_box(h.frame(Vec::new())))
    });

    let ctx = h.ctx.clone();
    let scoring = Focus {
        round: RoundId::new("round-2019").expect("id"),
        ministry: MinistryId::new("M0500").expect("id"),
        page: Page::Area(AreaId::new("appropriateness").expect("id")),
    };
    h.app.apply(&ctx, Command::Score(scoring));
    let idle_scoring = settle(&mut h);
    let drawn_scoring = h.frame(Vec::new()).vertices;
    g.bench_function("scoring_page", |b| {
        b.iter(|| black_box(h.frame(Vec::new())))
    });

    h.app
        .apply(&ctx, Command::Show(Screen::Results(Tab::Heatmap)));
    let idle_heatmap = settle(&mut h);
    let drawn_heatmap = h.frame(Vec::new()).vertices;
    g.bench_function("heatmap", |b| b.iter(|| black_box(h.frame(Vec::new()))));

    let six = ["M0001", "M0002", "M0003", "M0004", "M0005", "M0006"];
    h.app
        .results_view_mut()
        .compare_on_radar("round-2019", &six);
    h.app
        .apply(&ctx, Command::Show(Screen::Results(Tab::Radar)));
    let idle_radar = settle(&mut h);
    let drawn_radar = h.frame(Vec::new()).vertices;
    g.bench_function("radar_six_ministries", |b| {
        b.iter(|| black_box(h.frame(Vec::new())))
    });
    g.finish();
    c.final_summary();

    let empty = median_ns("frame", "empty");
    let app_empty = median_ns("frame", "app_empty_workspace");
    let ws = median_ns("frame", "workspace_screen");
    let sc = median_ns("frame", "scoring_page");
    let hm = median_ns("frame", "heatmap");
    let rd = median_ns("frame", "radar_six_ministries");
    println!("\n== frame time at 1920x1080, {ministries} ministries x 20 rounds (same run) ==");
    println!("bare egui frame (empty panel)   {:>9}", ms(empty, 3));
    println!("app frame, empty workspace      {:>9}", ms(app_empty, 3));
    for (name, v, vertices) in [
        ("workspace screen", ws, drawn_workspace),
        ("scoring page", sc, drawn_scoring),
    ] {
        println!(
            "{name:<31} {:>9}  {} the empty-workspace app frame, {} the bare egui frame; {vertices} vertices (goals: <= 2 ms, <= 3x)",
            ms(v, 3),
            ratio(v, app_empty),
            ratio(v, empty)
        );
    }
    for (name, v, vertices) in [
        ("heatmap (1,000 rows)", hm, drawn_heatmap),
        ("radar, six ministries", rd, drawn_radar),
    ] {
        println!(
            "{name:<31} {:>9}  {} the empty-workspace app frame, {} the bare egui frame; {vertices} vertices (goal: <= 4 ms)",
            ms(v, 3),
            ratio(v, app_empty),
            ratio(v, empty)
        );
    }
    let idle = |d: Option<Duration>| match d {
        Some(Duration::MAX) => "none".to_owned(),
        Some(d) => format!("after {d:?}"),
        None => "n/a".to_owned(),
    };
    println!(
        "repaint requested by an idle app: workspace screen {}, scoring page {}, heatmap {}, radar {}",
        idle(idle_workspace),
        idle(idle_scoring),
        idle(idle_heatmap),
        idle(idle_radar)
    );
}
