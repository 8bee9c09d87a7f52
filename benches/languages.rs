//! The cost of a language: building the app, start-up (the app and its first frame) and
//! the CPU time per frame of the workspace and scoring screens at 1920x1080, with the
//! interface and the room in Bangla (Bangla digits, Bangla instrument texts), as a ratio
//! to English measured in the same run. Goal: at most 1.1x.

use std::hint::black_box;
use std::time::Duration;

use codi_workshop::model::demo::demo_workspace;
use codi_workshop::model::{LanguageTag, Workspace};
use codi_workshop::session::{Focus, Page};
use codi_workshop::storage::json;
use codi_workshop::ui::command::{Command, Screen};
use codi_workshop::ui::headless::Headless;
use codi_workshop::ui::{App, AppConfig};
use criterion::Criterion;

mod common;
use common::{median_ns, ms, ratio};

const LANGUAGES: [&str; 2] = ["en", "bn"];

/// The demo workspace, its room in `lang`, saved where the app can open it.
fn app(lang: &str, dir: &std::path::Path) -> App {
    let mut ws: Workspace = demo_workspace();
    if lang != "en" {
        ws.set_language(LanguageTag::parse(lang).ok());
    }
    let file = dir.join(format!("{lang}.codi.json"));
    json::save(&file, &ws).expect("save workspace");
    App::with_prefs(
        Default::default(),
        AppConfig {
            file: Some(file),
            data_dir: Some(dir.join(format!("data-{lang}"))),
            language: Some(lang.into()),
            ..Default::default()
        },
    )
}

fn scoring(ws: &Workspace) -> Command {
    Command::Score(Focus {
        round: ws.rounds().last().expect("rounds").id.clone(),
        ministry: ws.ministries()[0].id.clone(),
        page: Page::Area(ws.instrument().areas()[3].id.clone()),
    })
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = demo_workspace();
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut g = c.benchmark_group("language");
    for lang in LANGUAGES {
        // The app alone (files, catalogue, texts), then with its first frame drawn.
        g.bench_function(format!("build_{lang}"), |b| {
            b.iter(|| black_box(app(lang, dir.path())))
        });
        g.bench_function(format!("startup_{lang}"), |b| {
            b.iter(|| {
                let mut h = Headless::new(app(lang, dir.path()), 1920.0, 1080.0);
                black_box(h.frame(Vec::new()))
            })
        });
        let mut h = Headless::new(app(lang, dir.path()), 1920.0, 1080.0);
        for (screen, cmd) in [
            ("workspace", Command::Show(Screen::Workspace)),
            ("scoring", scoring(&ws)),
        ] {
            let ctx = h.ctx.clone();
            h.app.apply(&ctx, cmd);
            for _ in 0..30 {
                h.frame(Vec::new());
            }
            g.bench_function(format!("{screen}_{lang}"), |b| {
                b.iter(|| black_box(h.frame(Vec::new())))
            });
        }
    }
    g.finish();
    c.final_summary();
    println!("\nBangla against English, same run (goal: at most 1.1x):");
    for what in ["build", "startup", "workspace", "scoring"] {
        let en = median_ns("language", &format!("{what}_en"));
        let bn = median_ns("language", &format!("{what}_bn"));
        println!(
            "  {what:<10} en {}  bn {}  ratio {}",
            ms(en, 3),
            ms(bn, 3),
            ratio(bn, en)
        );
    }
}
