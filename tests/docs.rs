//! The documentation cannot drift from the app: the README keeps to its budget, every
//! link in the README and in `docs/` reaches its file and heading, and the reference
//! pages name only options, CSV columns and addresses the code has.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The README is a five-minute read; everything else is in `docs/`.
const README_BUDGET: usize = 12 * 1024;

#[test]
fn the_readme_keeps_to_its_budget() {
    let len = std::fs::metadata("README.md").unwrap().len() as usize;
    assert!(
        len <= README_BUDGET,
        "README.md is {len} bytes, over {README_BUDGET}"
    );
}

fn markdown_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "md") {
                out.push(p);
            }
        }
    }
    let mut files = vec![PathBuf::from("README.md"), PathBuf::from("ARCHITECTURE.md")];
    if Path::new("README.bn.md").exists() {
        files.push("README.bn.md".into());
    }
    walk(Path::new("docs"), &mut files);
    files
}

/// Text outside fenced code blocks.
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Link targets: `](target)`, with an optional title dropped.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        rest = &rest[i + 2..];
        if let Some(end) = rest.find(')') {
            let target = rest[..end].split_whitespace().next().unwrap_or("");
            out.push(target.to_owned());
            rest = &rest[end..];
        }
    }
    out
}

/// A heading's anchor as GitHub makes it: lower case, spaces to hyphens, punctuation
/// dropped (letters of any script kept).
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            // Combining marks (Bangla vowel signs) belong to the letter before.
            c if ('\u{0980}'..='\u{09FF}').contains(&c) => Some(c),
            _ => None,
        })
        .collect()
}

fn anchors(text: &str) -> BTreeSet<String> {
    prose(text)
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| slug(l.trim_start_matches('#')))
        .collect()
}

#[test]
fn every_link_reaches_its_file_and_heading() {
    let mut broken = Vec::new();
    let files = markdown_files();
    assert!(files.len() > 15, "docs/ was not found");
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let dir = file.parent().unwrap_or(Path::new(""));
        for target in links(&prose(&text)) {
            if target.starts_with("http://")
                || target.starts_with("https://")
                || target.starts_with("mailto:")
            {
                continue;
            }
            let (path, anchor) = target.split_once('#').unwrap_or((&target, ""));
            let resolved = if path.is_empty() {
                file.clone()
            } else {
                dir.join(path)
            };
            if !resolved.exists() {
                broken.push(format!("{}: {target} (no such file)", file.display()));
                continue;
            }
            if !anchor.is_empty() {
                let there = std::fs::read_to_string(&resolved).unwrap_or_default();
                if !anchors(&there).contains(anchor) {
                    broken.push(format!("{}: {target} (no such heading)", file.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

fn help(args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_codi-workshop"))
        .args(args)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every `--option` the command-line reference names is in some command's help.
#[test]
fn every_documented_option_exists() {
    let top = help(&["--help"]);
    let commands: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() > 10, "{top}");
    let mut all = top.clone();
    for c in &commands {
        all.push_str(&help(&[c, "--help"]));
    }
    let doc = std::fs::read_to_string("docs/reference/cli.md").unwrap();
    let mut missing = BTreeSet::new();
    let mut named = 0;
    for word in doc.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
        if let Some(name) = word.strip_prefix("--")
            && name.len() > 1
            && name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        {
            named += 1;
            let opt = format!("--{name}");
            if !all
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .any(|w| w == opt)
            {
                missing.insert(opt);
            }
        }
    }
    assert!(named > 20, "the reference names options");
    assert!(
        missing.is_empty(),
        "documented but not in any --help: {missing:?}"
    );
    for c in &commands {
        assert!(
            doc.contains(&format!("`{c}")) || doc.contains(&format!(" {c} ")),
            "command {c} is not in docs/reference/cli.md"
        );
    }
}

/// Every column the CSV reference lists is one the import reads by that name.
#[test]
fn every_documented_csv_column_is_read() {
    let doc = std::fs::read_to_string("docs/reference/files.md").unwrap();
    let header = std::fs::read_to_string("crates/storage/src/csv/header.rs").unwrap();
    let table = doc
        .split("## CSV format")
        .nth(1)
        .and_then(|s| s.split("\n\n").nth(2))
        .expect("the CSV section's column table");
    let mut names = Vec::new();
    for row in table.lines().skip(2) {
        let first = row.split('|').nth(1).unwrap_or("");
        for part in first.split('`').skip(1).step_by(2) {
            names.push(part.to_owned());
        }
    }
    assert!(names.len() >= 20, "{names:?}");
    for n in &names {
        let prefix = n.trim_end_matches(|c: char| c.is_ascii_digit());
        let read = header.contains(&format!("\"{n}\""))
            || (prefix.len() < n.len() && header.contains(&format!("\"{prefix}\"")));
        assert!(
            read,
            "column `{n}` is documented but the import does not read it"
        );
    }
}

/// The addresses reference names exactly the server's routes.
#[test]
fn the_addresses_reference_is_the_servers_routes() {
    let src = std::fs::read_to_string("crates/server/src/routes.rs").unwrap();
    let body = src.split("pub(super) fn router").nth(1).unwrap();
    let mut routes = BTreeSet::new();
    let mut prefix = "";
    for line in body.lines() {
        let l = line.trim();
        if l.starts_with("let voting") {
            prefix = "/j/CODE";
        } else if l.starts_with("let table") {
            prefix = "/t/CODE";
        } else if l.starts_with("Router::new()") && !l.contains('=') {
            prefix = "";
        }
        if let Some(rest) = l.strip_prefix(".route(\"") {
            let path = rest.split('"').next().unwrap();
            let method = if rest.contains("post(") {
                "POST"
            } else {
                "GET"
            };
            let full = match (prefix, path) {
                ("", p) => p.to_owned(),
                (pre, "/") => pre.to_owned(),
                (pre, p) => format!("{pre}{p}"),
            };
            routes.insert(format!("{method} {full}"));
        }
        if l.starts_with(".fallback") {
            break;
        }
    }
    let doc = std::fs::read_to_string("docs/reference/http.md").unwrap();
    let documented: BTreeSet<String> = doc
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .map(|s| s.split('?').next().unwrap_or(s).to_owned())
        .filter(|s| s.starts_with("GET ") || s.starts_with("POST "))
        .collect();
    assert!(routes.len() >= 13, "{routes:?}");
    assert_eq!(
        documented, routes,
        "docs/reference/http.md against routes.rs"
    );
}
