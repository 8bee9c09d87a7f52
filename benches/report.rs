//! PDF report benchmarks: the workshop report for 39 ministries (the NSSS's size) and
//! for 200, on generated workspaces (3 rounds, 300-character rationales). The ratio of
//! the two times and both file sizes are printed from the same run.
//!
//! Goals: 39 ministries in under 1 s and under 2 MB; time at most linear in the number
//! of ministries (200/39 = 5.13 would be exactly linear).
//!
//! Then the whole command on the generated large workspace (1,000 ministries x 20
//! rounds): `codi-workshop report` for one round, next to `codi-workshop check` on the
//! same file (loading alone) as the baseline, each in its own process so its peak
//! resident memory can be read. Goals: the report at most 5 s and 300 MB.
//!
//! With `CODI_BASELINE_BIN=/path/to/an/older/codi-workshop`, the same commands also run
//! with that build in the same run (the 39-ministry report seven times each,
//! interleaved), and the ratios and both binaries' sizes are printed: how a change to
//! the PDF writer compares with what it replaced. Goal: the 39-ministry report at most
//! 1.2x the older build's time.

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
    large_report(full);
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
                b.iter(|| {
                    black_box(workshop_report(black_box(ws), round, &opts, &|_, _| true).ok())
                })
            });
        }
        g.finish();
    }
    c.final_summary();

    println!("\n== workshop report (same run) ==");
    let mut times = Vec::new();
    for (n, ws) in &workspaces {
        let Ok(r) = workshop_report(ws, round, &opts, &|_, _| true) else {
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

/// Wall time and peak resident memory (bytes) of one run of the app's command line,
/// read for that process alone (`wait4`).
fn run_cli(args: &[&str]) -> Option<(Duration, u64)> {
    run_bin(env!("CARGO_BIN_EXE_codi-workshop"), args)
}

/// [`run_cli`] with another build of the app.
fn run_bin(bin: &str, args: &[&str]) -> Option<(Duration, u64)> {
    use std::io::Read as _;
    let start = std::time::Instant::now();
    let mut child = std::process::Command::new(bin)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: wait4 only writes into the two values we pass.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let took = start.elapsed();
    let ok = reaped == pid && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    if !ok {
        let mut err = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        eprintln!("{args:?} failed: {err}");
        return None;
    }
    Some((took, usage.ru_maxrss as u64 * 1024))
}

/// The large-workspace report as a separate process, against `check` on the same file.
fn large_report(full: bool) {
    let ministries = if full { 1000 } else { 20 };
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("large.codi.json");
    let ws = large_workspace(ministries, 20, 200);
    codi_workshop::storage::json::save(&file, &ws).expect("save");
    drop(ws);
    let size = std::fs::metadata(&file).map_or(0, |m| m.len());
    let f = file.to_str().expect("utf-8 temp path");
    let pdf = dir.path().join("large.pdf");
    let p = pdf.to_str().expect("utf-8 temp path");
    let check = run_cli(&["check", f]);
    let args = [
        "report",
        f,
        "-o",
        p,
        "--round",
        "round-2019",
        "--fixed-date",
        "2026-11-20",
    ];
    let made = run_cli(&args);
    let baseline = std::env::var("CODI_BASELINE_BIN").ok();
    let before = baseline.as_deref().and_then(|b| run_bin(b, &args));
    println!(
        "\n== whole command, {ministries} ministries x 20 rounds ({:.0} MB file), same run ==",
        size as f64 / 1e6
    );
    let mb = |b: u64| b as f64 / 1e6;
    if let (Some((tc, rc)), Some((tr, rr))) = (check, made) {
        let pages = std::fs::metadata(&pdf).map_or(0, |m| m.len());
        println!(
            "check (load only):  {:>7.2} s  peak RSS {:>6.0} MB",
            tc.as_secs_f64(),
            mb(rc)
        );
        println!(
            "report (PDF):       {:>7.2} s  peak RSS {:>6.0} MB  ({:.1}x the time, {:.1}x the memory of loading; PDF {:.1} MB; goals <= 5 s, <= 300 MB)",
            tr.as_secs_f64(),
            mb(rr),
            tr.as_secs_f64() / tc.as_secs_f64().max(1e-9),
            mb(rr) / mb(rc).max(1e-9),
            mb(pages)
        );
    }
    if let (Some((tb, rb)), Some((tr, rr))) = (before, made) {
        println!(
            "older build's report: {:>7.2} s  peak RSS {:>6.0} MB  (this build: {:.2}x the time, {:.2}x the memory)",
            tb.as_secs_f64(),
            mb(rb),
            tr.as_secs_f64() / tb.as_secs_f64().max(1e-9),
            mb(rr) / mb(rb).max(1e-9)
        );
    }
    if full && let Some(b) = baseline {
        against_baseline(&b);
    }
}

/// The 39-ministry workshop report by this build and by `baseline`, seven times each,
/// interleaved; the medians, their ratio, and both binaries' sizes.
fn against_baseline(baseline: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("nsss.codi.json");
    let ws = large_workspace(39, 3, 300);
    codi_workshop::storage::json::save(&file, &ws).expect("save");
    let f = file.to_str().expect("utf-8 temp path");
    let out = dir.path().join("r.pdf");
    let o = out.to_str().expect("utf-8 temp path");
    let args = [
        "report",
        f,
        "-o",
        o,
        "--round",
        "round-2002",
        "--fixed-date",
        "2026-11-20",
    ];
    let this = env!("CARGO_BIN_EXE_codi-workshop");
    let (mut a, mut b) = (Vec::new(), Vec::new());
    let mut sizes = (0, 0);
    for _ in 0..7 {
        if let Some((t, _)) = run_bin(this, &args) {
            a.push(t.as_secs_f64());
            sizes.0 = std::fs::metadata(&out).map_or(0, |m| m.len());
        }
        if let Some((t, _)) = run_bin(baseline, &args) {
            b.push(t.as_secs_f64());
            sizes.1 = std::fs::metadata(&out).map_or(0, |m| m.len());
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied()
    };
    let bin = |p: &str| std::fs::metadata(p).map_or(0, |m| m.len()) as f64 / 1e6;
    println!("\n== 39 ministries, whole command, this build against {baseline} ==");
    if let (Some(ta), Some(tb)) = (median(&mut a), median(&mut b)) {
        println!(
            "this build {:.3} s, older {:.3} s: {:.2}x (goal <= 1.2x); PDF {:.2} MB against {:.2} MB",
            ta,
            tb,
            ta / tb.max(1e-9),
            sizes.0 as f64 / 1e6,
            sizes.1 as f64 / 1e6
        );
    }
    println!(
        "binary size: this build {:.2} MB, older {:.2} MB ({:+.2} MB)",
        bin(this),
        bin(baseline),
        bin(this) - bin(baseline)
    );
}
