//! Tagged, archival reports (PDF/UA-1, PDF/A-2b): every report in every shipped
//! language passes the rules in `pdf/rules.rs` (read with lopdf); poppler prints the
//! structure in reading order with the headings and table cells; qpdf finds the files
//! sound; the charts' alternative texts say what they show; running heads and page
//! numbers are artifacts; Bangla inside an English report is marked Bangla.

use codi_model::demo::demo_workspace;
use codi_model::{Edit, Workspace};
use codi_report::{Report, ReportOptions, ministry_summary, table_sheets, workshop_report};

mod pdf;
use pdf::rules::{self, Found};
use pdf::{opts, parse};

const ROUND: &str = "followup-2024";
const LANGUAGES: [&str; 4] = ["en", "bn", "es", "fr"];

fn with_tables() -> Workspace {
    let mut ws = demo_workspace();
    Edit::SetTable {
        round: codi_model::RoundId::new(ROUND).unwrap(),
        ministry: codi_model::MinistryId::new("MoSW").unwrap(),
        table: Some(codi_model::Table::new("K7P2QX".into())),
    }
    .apply(&mut ws, None)
    .unwrap();
    ws
}

fn in_language(code: &str) -> ReportOptions {
    ReportOptions {
        language: Some(code.into()),
        ..opts()
    }
}

/// The three kinds of report in `code`, each with the rules checked.
fn reports(ws: &Workspace, code: &str) -> [(&'static str, Report, Found); 3] {
    let o = in_language(code);
    let made = [
        ("summary", ministry_summary(ws, ROUND, "MoSW", &o).unwrap()),
        (
            "workshop",
            workshop_report(ws, ROUND, &o, &|_, _| true).unwrap(),
        ),
        (
            "sheets",
            table_sheets(ws, ROUND, "http://127.0.0.1:8765", &o).unwrap(),
        ),
    ];
    made.map(|(kind, r)| {
        let found = rules::check(&parse(&r), code);
        (kind, r, found)
    })
}

fn count(found: &Found, role: &str) -> usize {
    found.roles.iter().filter(|r| *r == role).count()
}

#[test]
fn every_report_in_every_language_keeps_the_rules() {
    let ws = with_tables();
    for code in LANGUAGES {
        for (kind, r, found) in reports(&ws, code) {
            let at = format!("{kind} in {code}");
            assert_eq!(found.pages, r.pages, "{at}");
            assert!(found.mcids > found.pages, "{at}: content is tagged");
            assert!(
                found.artifact_ops > 0,
                "{at}: heads and rules are artifacts"
            );
            assert_eq!(found.roles[0], "Document", "{at}");
            assert_eq!(count(&found, "H1"), 1, "{at}: one title: {:?}", found.roles);
            match kind {
                // The radar and one trend chart per area.
                "summary" => assert_eq!(count(&found, "Figure"), 11, "{at}"),
                "workshop" => {
                    assert_eq!(count(&found, "TOC"), 1, "{at}");
                    assert!(
                        count(&found, "TH") > 10 && count(&found, "TD") > 100,
                        "{at}"
                    );
                    assert!(count(&found, "LI") >= 7, "{at}: the colour key is a list");
                    // A ministry's name is H2, its sections H3.
                    assert!(count(&found, "H3") > count(&found, "H2"), "{at}");
                }
                _ => assert!(
                    found
                        .alts
                        .iter()
                        .any(|a| a.contains("http://127.0.0.1:8765"))
                ),
            }
        }
    }
}

#[test]
fn the_charts_say_in_words_what_they_show() {
    let ws = demo_workspace();
    let r = ministry_summary(&ws, ROUND, "MoSW", &opts()).unwrap();
    let found = rules::check(&parse(&r), "en");
    let radar = &found.alts[0];
    assert!(
        radar.starts_with(
            "Radar chart of Ministry of Social Welfare, Follow-up workshop against Baseline \
             workshop: Inclusiveness 3 (was 2), Adequacy 2 (was 2),"
        ),
        "{radar}"
    );
    assert_eq!(radar.matches(" (was ").count(), 10, "every area: {radar}");
    let trend = &found.alts[1];
    assert!(
        trend.starts_with("Trend of Inclusiveness for Ministry of Social Welfare over 2 rounds:"),
        "{trend}"
    );
    let w = workshop_report(&ws, ROUND, &opts(), &|_, _| true).unwrap();
    let found = rules::check(&parse(&w), "en");
    let dist = found
        .alts
        .iter()
        .find(|a| a.starts_with("How the ministries answered Inclusiveness:"))
        .expect("the distribution bar has its words");
    assert!(dist.contains("ministries"), "{dist}");

    let bn = ministry_summary(&ws, ROUND, "MoSW", &in_language("bn")).unwrap();
    let found = rules::check(&parse(&bn), "bn");
    assert!(found.alts[0].contains("রাডার"), "{}", found.alts[0]);
    assert!(
        found.alts[0].contains('৩'),
        "Bangla digits: {}",
        found.alts[0]
    );
}

fn tool(name: &str, args: &[&str], r: &Report) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("r.pdf");
    std::fs::write(&pdf, &r.bytes).unwrap();
    let out = std::process::Command::new(name)
        .args(args)
        .arg(&pdf)
        .output()
        .unwrap_or_else(|e| panic!("{name} runs (apt install poppler-utils qpdf): {e}"));
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

/// `needles` appear in `hay` in this order.
fn in_order(hay: &str, needles: &[&str]) {
    let mut from = 0;
    for n in needles {
        let at = hay[from..]
            .find(n)
            .unwrap_or_else(|| panic!("{n:?} after byte {from} in:\n{hay}"));
        from += at + n.len();
    }
}

#[test]
fn poppler_reads_the_structure_in_order_and_qpdf_finds_the_files_sound() {
    let ws = with_tables();
    let r = ministry_summary(&ws, ROUND, "MoSW", &opts()).unwrap();
    let (ok, info) = tool("pdfinfo", &[], &r);
    assert!(ok && info.contains("Tagged:          yes"), "{info}");
    let (_, meta) = tool("pdfinfo", &["-meta"], &r);
    assert!(
        meta.contains("pdfaid:part") && meta.contains("pdfuaid:part"),
        "{meta}"
    );
    let (ok, tree) = tool("pdfinfo", &["-struct-text"], &r);
    assert!(ok, "{tree}");
    in_order(
        &tree,
        &[
            "H1",
            "\"Ministry of Social Welfare\"",
            "TH",
            "\"Code\"",
            "TD",
            "\"MoSW\"",
            "H2",
            "\"Profile across the areas\"",
            "Figure",
            "Table",
            "\"Area\"",
            "\"1. Inclusiveness\"",
            "H2",
            "\"Trend per area\"",
            "H2",
            "\"Scores, rationale and evidence\"",
        ],
    );
    assert!(!tree.contains("Page 1 of"), "page numbers are artifacts");
    let w = workshop_report(&ws, ROUND, &opts(), &|_, _| true).unwrap();
    let (_, tree) = tool("pdfinfo", &["-struct-text"], &w);
    in_order(
        &tree,
        &[
            "H1",
            "\"Follow-up workshop\"",
            "TOC",
            "TOCI",
            "\"Heatmap: all ministries by area",
            "L ",
            "LI",
            "Lbl",
            "H2",
            "\"Heatmap: all ministries by area\"",
            "TH",
            "\"Ministry\"",
            "H2",
            "\"Ministry of Social Welfare\"",
            "H3",
        ],
    );
    let sheets = table_sheets(&ws, ROUND, "http://127.0.0.1:8765", &opts()).unwrap();
    for (what, r) in [("summary", &r), ("workshop", &w), ("sheets", &sheets)] {
        let (ok, out) = tool("qpdf", &["--check"], r);
        assert!(ok, "qpdf --check on the {what}: {out}");
    }
}

#[test]
fn bangla_inside_an_english_report_is_marked_as_bangla() {
    let mut ws = demo_workspace();
    let mut m = ws.find_ministry("MoSW").unwrap().clone();
    m.name = "সমাজকল্যাণ মন্ত্রণালয়".into();
    Edit::UpdateMinistry {
        id: m.id.clone(),
        ministry: Box::new(m),
    }
    .apply(&mut ws, None)
    .unwrap();
    let r = ministry_summary(&ws, ROUND, "MoSW", &opts()).unwrap();
    let doc = parse(&r);
    let first = *doc.get_pages().get(&1).unwrap();
    let content = doc.get_page_content(first);
    let s = String::from_utf8_lossy(&content);
    assert!(s.contains("/Span <</Lang (bn) /ActualText"), "{s}");
    let bn = ministry_summary(&ws, ROUND, "MoSW", &in_language("bn")).unwrap();
    let doc = parse(&bn);
    let first = *doc.get_pages().get(&1).unwrap();
    let s = String::from_utf8_lossy(&doc.get_page_content(first)).into_owned();
    assert!(
        s.contains("/Span <</ActualText"),
        "the Bangla spans are there: {s}"
    );
    assert!(
        !s.contains("/Lang (bn)"),
        "the document's own language is not repeated"
    );
}

#[test]
fn the_handouts_keep_the_rules_too() {
    use codi_report::handouts::{KeyGroup, about_codi, key_card, phone_handout};
    let ws = demo_workspace();
    let groups = [KeyGroup {
        heading: "Anywhere".into(),
        keys: vec![("Ctrl+Z".into(), "Undo".into())],
    }];
    for code in LANGUAGES {
        let o = in_language(code);
        for r in [
            key_card(&ws, &groups, &o).unwrap(),
            phone_handout(&ws, Some("http://127.0.0.1:8765/j/K7M2Q9"), &o).unwrap(),
            about_codi(&ws, &o).unwrap(),
        ] {
            assert_eq!(r.pages, 1, "{code}");
            let found = rules::check(&parse(&r), code);
            assert_eq!(count(&found, "H1"), 1, "{code}");
            assert!(
                count(&found, "LI") >= 1 || count(&found, "TH") >= 1,
                "{code}"
            );
        }
    }
}
