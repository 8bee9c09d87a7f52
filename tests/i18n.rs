//! The message catalogue holds together: every shipped language has exactly English's
//! messages with the same variables and attributes, every English message is used by
//! the code and every id the code asks for exists; and no new user-facing string
//! literal appears in the interface outside the catalogue (a ratchet: the count of
//! literals still to move, per file, may only go down).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use codi_i18n::check::Source;

fn ftl(code: &str) -> Source {
    let (_, files) = codi_i18n::SHIPPED
        .iter()
        .find(|(c, _)| *c == code)
        .unwrap_or_else(|| panic!("{code} is not shipped"));
    Source::read(files.iter().map(|(n, t)| (*n, *t)))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

fn code_files() -> Vec<PathBuf> {
    let mut files = vec![];
    rust_files(Path::new("src"), &mut files);
    for entry in std::fs::read_dir("crates").unwrap() {
        rust_files(&entry.unwrap().path().join("src"), &mut files);
    }
    files.sort();
    files
}

#[test]
fn every_shipped_language_has_englishs_messages_and_variables() {
    let english = ftl("en");
    assert!(english.malformed.is_empty(), "{:?}", english.malformed);
    assert!(english.messages.len() > 100, "{}", english.messages.len());
    for (code, _) in codi_i18n::SHIPPED.iter().filter(|(c, _)| *c != "en") {
        let c = ftl(code).compare(&english);
        assert!(c.is_clean(), "{code}: {c:#?}");
    }
}

/// The phone and table pages (HTML and scripts).
fn page_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("assets/phone")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "html" || x == "js"))
        .collect();
    files.sort();
    files
}

/// Quoted words that look like message ids (`menu-file`) in the code and the pages'
/// scripts, and `{t:id}` in the pages' HTML.
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for f in page_files() {
        let text = std::fs::read_to_string(&f).unwrap();
        for part in text.split("{t:").skip(1) {
            ids.insert(part.split('}').next().unwrap_or_default().to_owned());
        }
    }
    for f in code_files().into_iter().chain(page_files()) {
        let text = std::fs::read_to_string(&f).unwrap();
        // Every "quoted-word" made of id characters (not split on quotes, so an escaped
        // quote elsewhere in the file cannot shift what counts as inside).
        for (at, _) in text.match_indices('"') {
            let rest = &text[at + 1..];
            let word: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                .collect();
            if word.contains('-') && rest[word.len()..].starts_with('"') {
                ids.insert(word);
            }
        }
    }
    ids
}

/// Ids the code asks the catalogue for: literals that start like a catalogue id
/// (`action-`, `msg-`: the first words of English's ids) right after `get(`,
/// `tr(ui, `, `.with(`, `.attr(` or `tw(`, or in `=> "..."` and `Some("...")`, which is
/// how functions return message ids.
fn ids_asked_for(english: &Source) -> BTreeSet<String> {
    let prefixes: BTreeSet<&str> = english
        .messages
        .keys()
        .filter_map(|id| id.split('-').next())
        .collect();
    let mut ids = BTreeSet::new();
    let openers = ["get(", "tr(ui, ", ".with(", ".attr(", "tw(", "=> ", "Some("];
    // The model and storage never ask the catalogue (their keys are file formats).
    let asks = |f: &PathBuf| !f.starts_with("crates/model") && !f.starts_with("crates/storage");
    for f in code_files().into_iter().filter(asks) {
        let text = std::fs::read_to_string(&f).unwrap();
        for opener in openers {
            for (at, _) in text.match_indices(opener) {
                let rest = text[at + opener.len()..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                let id = rest.split('"').next().unwrap_or_default();
                let id_like = id.contains('-')
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                let known_start = id.split('-').next().is_some_and(|p| prefixes.contains(p));
                if id_like && known_start {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn every_english_message_is_used_and_every_id_asked_for_exists() {
    let english = ftl("en");
    let used = ids_in_code();
    let unused: Vec<&String> = english
        .messages
        .keys()
        .filter(|id| !used.contains(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "English messages no code uses: {unused:?}"
    );
    let asked = ids_asked_for(&english);
    assert!(
        asked.contains("menu-file") && asked.contains("action-undo"),
        "{asked:?}"
    );
    let looks_like_id = |id: &&String| {
        id.contains('-')
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let missing: Vec<&String> = asked
        .iter()
        .filter(looks_like_id)
        .filter(|id| !english.messages.contains_key(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "ids the code uses that English lacks: {missing:?}"
    );
}

/// Calls that put a literal in front of people: a string literal right after one of
/// these is text that belongs in the catalogue.
const TEXT_CALLS: &[&str] = &[
    "Label::new(\"",
    "Button::new(\"",
    "label(format!(\"",
    "button(format!(\"",
    "heading(format!(\"",
    "RichText::new(format!(\"",
    "on_hover_text(format!(\"",
    "label(\"",
    "button(\"",
    "heading(\"",
    "RichText::new(\"",
    "on_hover_text(\"",
    "on_disabled_hover_text(\"",
    "menu_button(\"",
    "info(\"",
    "error(\"",
    "info(format!(\"",
    "error(format!(\"",
    "text(\"",
    "hint_text(\"",
];

/// Literals still to move into the catalogue, per file. Lower a number when you move
/// some; a number may never rise.
const STILL_TO_MOVE: &str = include_str!("i18n-still-to-move.txt");

/// Letters outside `{placeholders}` and escapes: "{before}\n{after}" has none.
fn has_words(literal: &str) -> bool {
    let (mut depth, mut escaped) = (0usize, false);
    literal.chars().any(|c| {
        let letter = depth == 0 && !escaped && c.is_alphabetic();
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        escaped = c == '\\' && !escaped;
        letter
    })
}

/// How many text calls in `text` are given a literal with a letter in it ("◀", "·"
/// and "{}" are not words).
fn count_literals(text: &str) -> usize {
    TEXT_CALLS
        .iter()
        .map(|call| {
            text.match_indices(call)
                .filter(|(at, _)| {
                    let rest = &text[at + call.len()..];
                    rest.split('"').next().is_some_and(has_words)
                })
                .count()
        })
        .sum()
}

/// Not words to translate: the product's name and a script's mode.
const NOT_TEXT: &[&str] = &["CODI Workshop", "use strict"];

/// Words for people in a page: text between HTML tags (outside `<style>` and
/// `<script>`), and string literals of two or more words in a script.
fn count_page_literals(text: &str, html: bool) -> usize {
    if html {
        let mut body = String::new();
        for (k, part) in text.split("<style>").enumerate() {
            let part = if k == 0 {
                part
            } else {
                part.split("</style>").nth(1).unwrap_or("")
            };
            body.push_str(part);
        }
        body.split('>')
            .skip(1)
            .filter_map(|p| p.split('<').next())
            .filter(|t| {
                t.split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .count()
                    >= 2
            })
            .filter(|t| !t.contains("{t:") && !NOT_TEXT.contains(&t.trim()))
            .count()
    } else {
        text.lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .flat_map(|l| {
                l.split('"')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .filter(|lit| !NOT_TEXT.contains(&lit.as_str()))
            .filter(|lit| {
                lit.split_whitespace()
                    .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                    .count()
                    >= 2
            })
            .count()
    }
}

fn literal_counts() -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for f in page_files() {
        let text = std::fs::read_to_string(&f).unwrap();
        let n = count_page_literals(&text, f.extension().is_some_and(|x| x == "html"));
        if n > 0 {
            counts.insert(f.display().to_string().replace('\\', "/"), n);
        }
    }
    // The reports: every string of two words or more (what is left are the warnings'
    // places, error messages and PDF syntax, which stay English like the command line).
    let mut report = vec![];
    rust_files(Path::new("crates/report/src"), &mut report);
    for f in report {
        let text = std::fs::read_to_string(&f).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let n = count_page_literals(text, false);
        if n > 0 && !f.ends_with("tests.rs") {
            counts.insert(f.display().to_string().replace('\\', "/"), n);
        }
    }
    let mut files = vec![];
    // The window's code.
    rust_files(Path::new("src/ui"), &mut files);

    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        // Tests may say what they like.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let n = count_literals(text);
        if n > 0 {
            counts.insert(f.display().to_string().replace('\\', "/"), n);
        }
    }
    counts
}

#[test]
fn no_new_user_facing_literal_outside_the_catalogue() {
    let allowed: BTreeMap<String, usize> = STILL_TO_MOVE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (n, file) = l.trim().split_once(' ')?;
            Some((file.to_owned(), n.parse().ok()?))
        })
        .collect();
    let now = literal_counts();
    let mut grew = vec![];
    let mut shrank = vec![];
    for (file, n) in &now {
        let limit = allowed.get(file).copied().unwrap_or(0);
        if *n > limit {
            grew.push(format!("{file}: {n} literals, {limit} allowed"));
        } else if *n < limit {
            shrank.push(format!("{n} {file}"));
        }
    }
    for (file, limit) in &allowed {
        if !now.contains_key(file) && *limit > 0 {
            shrank.push(format!("0 {file}"));
        }
    }
    assert!(
        grew.is_empty(),
        "new text outside the catalogue (put it in assets/i18n/en/app.ftl):\n{}",
        grew.join("\n")
    );
    assert!(
        shrank.is_empty(),
        "fewer literals than tests/i18n-still-to-move.txt allows: lower these lines:\n{}",
        shrank.join("\n")
    );
}

#[test]
fn the_page_scan_sees_words_and_not_messages() {
    let html =
        "<style>p { color: red; }</style><p>Tap your answer.</p><p>{t:phone-tap}</p><b>OK</b>";
    assert_eq!(count_page_literals(html, true), 1);
    let js = r#"say("Sending your vote"); say(tr("phone-sending")); x["Content-Type"] = 1;"#;
    assert_eq!(count_page_literals(js, false), 1);
}

#[test]
fn the_literal_scan_sees_a_literal_and_not_a_message() {
    let sample = r#"ui.label("Hello"); ui.label(t.get("menu-file")); ui.button("◀"); info(format!("Saved {p}")); ui.label(format!("{a}\n{b}"))"#;
    assert_eq!(count_literals(sample), 2);
}
