//! The workshop report's contents list, read back with `pdftotext` as a reader sees
//! it: every entry's page number is the page where that section really starts.

mod pdf;

use codi_model::Workspace;
use codi_model::demo::{demo_workspace, large_workspace};
use codi_report::Report;
use pdf::workshop;

/// `pdftotext -layout` of one page (1-based), white space made single spaces: a
/// contents line reads "Title page N" as it does on paper.
fn page(dir: &std::path::Path, n: usize) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", "-f", &n.to_string(), "-l", &n.to_string()])
        .arg(dir.join("r.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext runs (apt install poppler-utils)");
    assert!(out.status.success());
    let t = String::from_utf8(out.stdout).unwrap();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text a section's first page shows at its top (the contents entry's title, or
/// for the ministry summaries the first ministry's kicker).
fn marker(title: &str) -> &str {
    match title {
        "Ministry summaries" => "MINISTRY SUMMARY",
        t => t,
    }
}

/// Check every contents entry of `r` against the pages; returns the entries read.
fn check_contents(r: &Report) -> Vec<(String, usize)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("r.pdf"), &r.bytes).unwrap();
    let pages: Vec<String> = (1..=r.pages).map(|n| page(dir.path(), n)).collect();
    let cover = &pages[0];
    let list = cover
        .split_once("Contents")
        .expect("the cover has a contents list")
        .1;
    // Entries read "Title page N"; the titles are known, so find each with its number.
    let titles = [
        "Heatmap: all ministries by area",
        "Distribution per area",
        "Completion by ministry",
        "Changes by reason",
        "Actions by area and status",
        "Ministry summaries",
        "Method annex",
    ];
    let mut entries = Vec::new();
    for title in titles {
        let Some((_, rest)) = list.split_once(&format!("{title} page ")) else {
            continue;
        };
        let n: usize = rest
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|d| d.parse().ok())
            .unwrap_or_else(|| panic!("a page number after {title}: {rest}"));
        entries.push((title.to_owned(), n));
    }
    assert!(
        entries.len() >= 5,
        "contents entries: {entries:?} in {list}"
    );
    for (title, n) in &entries {
        let want = marker(title);
        let first = pages
            .iter()
            .enumerate()
            .skip(1)
            .find(|(_, t)| t.contains(want))
            .map(|(k, _)| k + 1);
        assert_eq!(
            first,
            Some(*n),
            "contents say `{title}` is on page {n}; `{want}` is first on page {first:?}"
        );
    }
    entries
}

#[test]
fn the_contents_list_points_at_the_pages_where_the_sections_start() {
    let demo = demo_workspace();
    let entries = check_contents(&workshop(&demo, "followup-2024"));
    assert!(entries.iter().any(|(t, _)| t == "Ministry summaries"));
    assert!(entries.iter().any(|(t, _)| t == "Method annex"));
}

#[test]
fn the_contents_list_is_right_for_39_ministries() {
    let ws: Workspace = large_workspace(39, 2, 200);
    let round = ws.rounds().last().unwrap().id.to_string();
    let r = workshop(&ws, &round);
    assert!(r.pages > 39, "{} pages", r.pages);
    let entries = check_contents(&r);
    assert!(entries.iter().any(|(t, _)| t == "Ministry summaries"));
}
