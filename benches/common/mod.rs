//! Shared by the benchmarks: read criterion's medians from this run and print ratios.

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
