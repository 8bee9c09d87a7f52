//! Shared by the benchmarks: read criterion's medians from this run and print ratios,
//! a heap counter a benchmark can install as its global allocator, and (`serving`) the
//! app on loopback for the load benchmarks.
#![allow(dead_code)] // Each benchmark uses a different part of it.

pub mod serving;

/// Median time in nanoseconds of `group/bench`, as criterion saved it in this run.
pub fn median_ns(group: &str, bench: &str) -> Option<f64> {
    let path = format!("target/criterion/{group}/{bench}/new/estimates.json");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    v["median"]["point_estimate"].as_f64()
}

/// `a / b` as `1.23x`, or `n/a`.
pub fn ratio(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => format!("{:.2}x", a / b),
        _ => "n/a".into(),
    }
}

/// Milliseconds with the given decimals, or `n/a`.
pub fn ms(v: Option<f64>, decimals: usize) -> String {
    v.map_or("n/a".into(), |v| format!("{:.*} ms", decimals, v / 1e6))
}

/// True under `cargo bench`; under `cargo test` criterion runs each function once.
pub fn full_run() -> bool {
    std::env::args().any(|a| a == "--bench")
}

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts live and peak heap bytes so the load's peak memory can be reported.
pub struct Counting;
pub static LIVE: AtomicUsize = AtomicUsize::new(0);
pub static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Ordering::Relaxed) + l.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, l, new) };
        if !q.is_null() {
            if new > l.size() {
                let now = LIVE.fetch_add(new - l.size(), Ordering::Relaxed) + new - l.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(l.size() - new, Ordering::Relaxed);
            }
        }
        q
    }
}
