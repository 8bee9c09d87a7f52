//! Storage benchmarks on a generated large workspace (1,000 ministries x 20 rounds x 10
//! areas, 200-character rationales). Each figure is reported next to `serde_json`
//! handling the same bytes as an untyped `Value` in the same run, as a ratio.
//!
//! Goals: load+validate <= 1.0x the untyped parse; save <= 1.5x the untyped
//! serialisation; peak heap while loading < 3x the file size.

use std::hint::black_box;
use std::path::Path;
use std::sync::atomic::Ordering;
use std::time::Duration;

use codi_workshop::model::demo::large_workspace;
use codi_workshop::storage::json;
use criterion::Criterion;

#[global_allocator]
static GLOBAL: common::Counting = common::Counting;

mod common;
use common::{median_ns, ms, ratio};

fn main() {
    // Under `cargo test` (no `--bench`) criterion runs each function once: keep it small.
    let full = common::full_run();
    let default = if full { 1000 } else { 20 };
    let ministries = std::env::var("BENCH_MINISTRIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    let ws = large_workspace(ministries, 20, 200);
    let bytes = json::to_bytes(&ws);
    let value: serde_json::Value = serde_json::from_slice(&bytes).expect("generated file parses");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("large.codi.json");
    std::fs::write(&path, &bytes).expect("write large file");
    println!(
        "large workspace: {} ministries x 20 rounds x 10 areas, file {:.1} MB",
        ministries,
        bytes.len() as f64 / 1e6
    );

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8))
        .configure_from_args();
    {
        let mut g = c.benchmark_group("load");
        g.bench_function("untyped_value_parse", |b| {
            b.iter(|| {
                black_box(serde_json::from_slice::<serde_json::Value>(black_box(&bytes)).ok())
            })
        });
        g.bench_function("workspace_load_validate", |b| {
            b.iter(|| black_box(json::from_bytes(black_box(&bytes), Path::new("x")).ok()))
        });
        g.finish();
        let mut g = c.benchmark_group("save");
        g.bench_function("untyped_value_serialise", |b| {
            b.iter(|| black_box(serde_json::to_vec_pretty(black_box(&value)).ok()))
        });
        g.bench_function("workspace_serialise", |b| {
            b.iter(|| black_box(json::to_bytes(black_box(&ws))))
        });
        g.bench_function("workspace_save_atomic", |b| {
            b.iter(|| json::save(&path, black_box(&ws)).expect("save"))
        });
        g.finish();
    }
    c.final_summary();

    // Peak heap while loading from disk, above what was live before.
    drop(value);
    let before = common::LIVE.load(Ordering::Relaxed);
    common::PEAK.store(before, Ordering::Relaxed);
    let loaded = json::load(&path).expect("load large file");
    let peak = common::PEAK.load(Ordering::Relaxed) - before;
    drop(loaded);

    println!("\n== ratios (same run) ==");
    let parse = median_ns("load", "untyped_value_parse");
    let load = median_ns("load", "workspace_load_validate");
    let ser = median_ns("save", "untyped_value_serialise");
    let out = median_ns("save", "workspace_serialise");
    let save = median_ns("save", "workspace_save_atomic");
    let ms = |v: Option<f64>| ms(v, 0);
    println!(
        "load+validate       {:>8}  vs untyped parse {:>8}: {} (goal <= 1.0x)",
        ms(load),
        ms(parse),
        ratio(load, parse)
    );
    println!(
        "serialise           {:>8}  vs untyped write {:>8}: {} (goal <= 1.5x)",
        ms(out),
        ms(ser),
        ratio(out, ser)
    );
    println!(
        "save (atomic, sync) {:>8}  vs untyped write {:>8}: {}",
        ms(save),
        ms(ser),
        ratio(save, ser)
    );
    println!(
        "peak heap while loading: {:.1} MB = {:.2}x the file size (goal < 3x)",
        peak as f64 / 1e6,
        peak as f64 / bytes.len() as f64
    );
}
