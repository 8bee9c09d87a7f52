//! PDF report benchmarks: the workshop report for 39 ministries (the NSSS's size) and
//! for 200, on generated workspaces (3 rounds, 300-character rationales). The ratio of
//! the two times and both file sizes are printed from the same run.
//!
//! Goals: 39 ministries in under 1 s and under 2 MB; time at most linear in the number
//! of ministries (200/39 = 5.13 would be exactly linear).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use codi_workshop::model::demo::large_workspace;
use codi_workshop::report::{ReportOptions, workshop_report};
use criterion::Criterion;

/// Where criterion keeps its estimates (it honours these variables, in this order).
fn criterion_dir() -> PathBuf {
    if let Ok(d) = std::env::var("CRITERION_HOME") {
        return PathBuf::from(d);
    }
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    PathBuf::from(target).join("criterion")
}

fn median_ns(group: &str, bench: &str) -> Option<f64> {
    let path = criterion_dir()
        .join(group)
        .join(bench)
        .join("new/estimates.json");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    v["median"]["point_estimate"].as_f64()
}

fn main() {
    // Under `cargo test` (no `--bench`) criterion runs each function once: keep it small.
    let full = std::env::args().any(|a| a == "--bench");
    let sizes: [usize; 2] = if full { [39, 200] } else { [2, 4] };
    let opts = ReportOptions::new(jiff::civil::date(2026, 11, 20));
    let round = "round-2002";
    let workspaces: Vec<_> = sizes
        .iter()
        .map(|&n| (n, large_workspace(n, 3, 300)))
        .collect();

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10))
        .configure_from_args();
    {
        let mut g = c.benchmark_group("workshop_report");
        for (n, ws) in &workspaces {
            g.bench_function(format!("{n}_ministries"), |b| {
                b.iter(|| black_box(workshop_report(black_box(ws), round, &opts, &|_, _| {}).ok()))
            });
        }
        g.finish();
    }
    c.final_summary();

    println!("\n== workshop report (same run) ==");
    let mut times = Vec::new();
    for (n, ws) in &workspaces {
        let Ok(r) = workshop_report(ws, round, &opts, &|_, _| {}) else {
            println!("{n} ministries: the report failed");
            continue;
        };
        let t = median_ns("workshop_report", &format!("{n}_ministries"));
        times.push(t);
        println!(
            "{n:>4} ministries: {:>8}  {:>4} pages  {:>6.2} MB",
            t.map_or("n/a".into(), |t| format!("{:.0} ms", t / 1e6)),
            r.pages,
            r.bytes.len() as f64 / 1e6
        );
    }
    if let [Some(a), Some(b)] = times[..] {
        println!(
            "time ratio {}/{}: {:.2} (linear would be {:.2})",
            sizes[1],
            sizes[0],
            b / a,
            sizes[1] as f64 / sizes[0] as f64
        );
    }
}
