//! The crate graph is the one ARCHITECTURE.md draws: each crate's `[dependencies]` on
//! other project crates, read from its Cargo.toml, equal the list under "Exactly, each
//! crate and the project crates it uses". A new dependency between layers changes both,
//! on purpose.

use std::collections::{BTreeMap, BTreeSet};

type Graph = BTreeMap<String, BTreeSet<String>>;

/// Project crates named in the `[dependencies]` table of a Cargo.toml (dev-dependencies
/// are tests' business and may reach further).
fn project_deps(toml: &str) -> BTreeSet<String> {
    let mut section = String::new();
    let mut deps = BTreeSet::new();
    for line in toml.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line.to_owned();
        } else if section == "[dependencies]"
            && let Some(name) = line.split(['.', ' ', '=']).next()
            && name.starts_with("codi-")
        {
            deps.insert(name.to_owned());
        }
    }
    deps
}

fn from_cargo() -> Graph {
    let mut g = Graph::new();
    let root = std::fs::read_to_string("Cargo.toml").unwrap();
    g.insert("codi-workshop".into(), project_deps(&root));
    for entry in std::fs::read_dir("crates").unwrap() {
        let dir = entry.unwrap().path();
        let toml = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
        let name = format!("codi-{}", dir.file_name().unwrap().to_string_lossy());
        assert!(toml.contains(&format!("name = \"{name}\"")), "{name}");
        g.insert(name, project_deps(&toml));
    }
    g
}

/// The list in ARCHITECTURE.md: "- `crate`: a, b" lines ("none", "all seven" allowed).
fn from_doc(all: &BTreeSet<String>) -> Graph {
    let doc = std::fs::read_to_string("ARCHITECTURE.md").unwrap();
    let start = doc
        .find("Exactly, each crate and the project crates it uses:")
        .expect("the list is in ARCHITECTURE.md");
    let mut g = Graph::new();
    for line in doc[start..].lines().skip(2) {
        let Some(rest) = line.strip_prefix("- ") else {
            break;
        };
        for part in rest.split("; ") {
            let (name, deps) = part.split_once(": ").expect("`crate`: deps");
            let deps: BTreeSet<String> = match deps.trim() {
                "none" => BTreeSet::new(),
                "all seven" => all.clone(),
                list => list.split(", ").map(str::to_owned).collect(),
            };
            g.insert(name.trim_matches('`').to_owned(), deps);
        }
    }
    g
}

#[test]
fn the_crate_graph_is_the_architecture() {
    let cargo = from_cargo();
    assert_eq!(cargo.len(), 8, "the app and seven layers: {cargo:?}");
    let layers: BTreeSet<String> = cargo
        .keys()
        .filter(|k| *k != "codi-workshop")
        .cloned()
        .collect();
    assert_eq!(from_doc(&layers), cargo);
    // And it points one way: the model and the look use no project crate.
    assert!(cargo["codi-model"].is_empty() && cargo["codi-look"].is_empty());
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every key the window reacts to is an action in `ui/action.rs`, so the menus, the F1
/// list and the README's table show all of them: no other file names a key or reads
/// one directly.
#[test]
fn every_key_is_in_the_key_map() {
    let mut files = Vec::new();
    rust_files(std::path::Path::new("src/ui"), &mut files);
    let allowed = ["action.rs", "keymap.rs"];
    let direct = [
        "Key::",
        "consume_key(",
        "key_pressed(",
        "key_down(",
        "Event::Key",
    ];
    let mut found = Vec::new();
    for path in &files {
        if allowed.iter().any(|a| path.ends_with(a)) {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if direct.iter().any(|d| line.contains(d)) {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(files.len() > 20, "src/ui was not found");
    assert!(
        found.is_empty(),
        "keys read outside the key map:\n{}",
        found.join("\n")
    );
}
