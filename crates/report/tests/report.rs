//! PDF reports, checked by parsing the produced files with lopdf: page count, text,
//! the embedded subset font, page size, determinism, and the edge cases (1 and 200
//! ministries, long names, very long rationales, Unicode, Bangla).

use codi_model::demo::{demo_workspace, large_workspace};
use codi_model::{Answer, Edit, Ministry, MinistryId, RoundId, ScoreRef, TextField, Workspace};
use codi_report::{Paper, Report, ReportError, ReportOptions, ministry_summary, workshop_report};
use lopdf::{Document, Object};

mod pdf;
use pdf::{opts, parse, pdftotext, text, workshop};

#[test]
fn ministry_summary_has_the_names_levels_and_page_numbers() {
    let ws = demo_workspace();
    let r = ministry_summary(&ws, "followup-2024", "MoSW", &opts()).unwrap();
    let doc = parse(&r);
    assert_eq!(doc.get_pages().len(), r.pages);
    assert!((2..=4).contains(&r.pages), "{} pages", r.pages);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let t = text(&doc);
    for needle in [
        "Ministry of Social Welfare",
        "MoSW",
        "Social Allowance",
        "Follow-up workshop",
        "2024-08-04",
        "Baseline workshop",
        "version 2026.1",
        "Generated 2026-11-20",
        "Established",
        "Emerging",
        "Incentive compatibility",
        "Better than at the baseline",
        "CODI itself defines no aggregation rule",
        "Bangladesh NSSS demo workshop",
    ] {
        assert!(t.contains(needle), "missing {needle:?} in {t}");
    }
    for p in 1..=r.pages {
        assert!(t.contains(&format!("Page {p} of {}", r.pages)), "page {p}");
    }
    // Every area's row: number, name, the agreed code and its label, in that order.
    let scale = ws.instrument().scale();
    for (i, area) in ws.instrument().areas().iter().enumerate() {
        let a = ws
            .score(&rid("followup-2024"), &mid("MoSW"), &area.id)
            .unwrap()
            .answer
            .unwrap();
        let label = match a {
            Answer::Level(l) => scale.label(l.get()).to_owned(),
            Answer::NotApplicable => scale.not_applicable.label.clone(),
            Answer::InsufficientInfo => scale.insufficient_information.label.clone(),
        };
        // A changed level's reason sits under the agreed answer, before the votes.
        let row = format!("{}. {} {} {label} ", i + 1, area.name, a.code());
        let at = t
            .find(&row)
            .unwrap_or_else(|| panic!("missing row {row:?}"));
        let rest = &t[at + row.len()..];
        let reason = ws
            .score(&rid("followup-2024"), &mid("MoSW"), &area.id)
            .and_then(|s| s.reason.as_ref())
            .map(|r| format!("Why it changed {} ", r.kind.label()))
            .unwrap_or_default();
        assert!(
            rest.starts_with(&format!("{reason}n = ")),
            "row {row:?} continues {:?}",
            &rest[..60.min(rest.len())]
        );
    }
}

#[test]
fn workshop_report_covers_every_ministry() {
    let ws = demo_workspace();
    let r = workshop(&ws, "baseline-2022");
    let doc = parse(&r);
    assert_eq!(doc.get_pages().len(), r.pages);
    let t = text(&doc);
    for m in ws.ministries() {
        assert!(t.contains(&m.name), "missing {}", m.name);
        // The heatmap row: code, name, then the ten agreed answers.
        let codes: Vec<String> = (0..10)
            .map(|i| {
                ws.score(&rid("baseline-2022"), &m.id, &ws.instrument().areas()[i].id)
                    .and_then(|s| s.answer)
                    .map_or_else(|| "–".to_owned(), |a| a.code())
            })
            .collect();
        let row = format!("{} · {} {}", m.id, m.name, codes.join(" "));
        assert!(t.contains(&row), "missing heatmap row {row:?}");
    }
    for needle in [
        "CODI WORKSHOP REPORT",
        "Baseline workshop",
        "Heatmap: all ministries by area",
        "Distribution per area",
        "Completion by ministry",
        "MINISTRY SUMMARY",
        "40 (16 women, 24 men; 40% women)",
    ] {
        assert!(t.contains(needle), "missing {needle:?}");
    }
    // Cover + overview pages + at least two pages per ministry.
    assert!(
        r.pages >= 2 + 2 * ws.ministries().len(),
        "{} pages",
        r.pages
    );
}

/// (BaseFont, FontFile2 length) of every embedded font.
fn embedded_fonts(doc: &Document) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for obj in doc.objects.values() {
        let Ok(d) = obj.as_dict() else { continue };
        if d.get(b"Type").and_then(Object::as_name).ok() != Some(b"FontDescriptor".as_slice()) {
            continue;
        }
        let name = d
            .get(b"FontName")
            .and_then(Object::as_name)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let len = d
            .get(b"FontFile2")
            .and_then(Object::as_reference)
            .ok()
            .and_then(|id| doc.get_object(id).ok())
            .and_then(|o| o.as_stream().ok())
            .map(|s| {
                s.decompressed_content()
                    .map_or(s.content.len(), |c| c.len())
            })
            .unwrap_or(0);
        out.push((name, len));
    }
    out.sort();
    out
}

#[test]
fn font_is_embedded_as_a_subset() {
    let ws = demo_workspace();
    let r = workshop(&ws, "followup-2024");
    let fonts = embedded_fonts(&parse(&r));
    assert_eq!(fonts.len(), 2, "{fonts:?}");
    for (name, len) in &fonts {
        let (tag, base) = name.split_once('+').expect("subset tag");
        assert_eq!(tag.len(), 6);
        assert!(tag.chars().all(|c| c.is_ascii_uppercase()), "{tag}");
        assert!(base.starts_with("DejaVuSans"), "{name}");
        // The whole DejaVu Sans file is 760 KB; a subset is a small fraction of it.
        assert!(*len > 1_000 && *len < 150_000, "{name}: {len} bytes");
    }
}

#[test]
fn same_input_gives_the_same_bytes_within_one_process() {
    let ws = demo_workspace();
    let a = workshop(&ws, "followup-2024");
    let m = ministry_summary(&ws, "followup-2024", "FID", &opts()).unwrap();
    let b = workshop(&ws, "followup-2024");
    let m2 = ministry_summary(&ws, "followup-2024", "FID", &opts()).unwrap();
    assert!(a.bytes == b.bytes, "workshop report differs between runs");
    assert!(m.bytes == m2.bytes, "ministry summary differs between runs");
    let other_day = ReportOptions::new(jiff::civil::date(2026, 11, 21));
    let c = workshop_report(&ws, "followup-2024", &other_day, &|_, _| true).unwrap();
    assert!(c.bytes != a.bytes, "the date is part of the output");
}

#[test]
fn letter_paper_and_a4() {
    let ws = demo_workspace();
    let media = |r: &Report| {
        let doc = parse(r);
        let (_, id) = doc.get_pages().into_iter().next().unwrap();
        let page = doc.get_dictionary(id).unwrap();
        let mb = page.get(b"MediaBox").unwrap().as_array().unwrap().clone();
        mb.iter()
            .map(|o| o.as_float().unwrap().round() as i64)
            .collect::<Vec<_>>()
    };
    let mut o = opts();
    assert_eq!(
        media(&ministry_summary(&ws, "baseline-2022", "HSD", &o).unwrap()),
        [0, 0, 595, 842]
    );
    o.paper = Paper::Letter;
    let r = ministry_summary(&ws, "baseline-2022", "HSD", &o).unwrap();
    assert_eq!(media(&r), [0, 0, 612, 792]);
    assert!(text(&parse(&r)).contains("Health Services Division"));
}

#[test]
fn unknown_round_or_ministry_is_a_clear_error() {
    let ws = demo_workspace();
    let e = ministry_summary(&ws, "nope", "MoSW", &opts()).unwrap_err();
    assert!(matches!(e, ReportError::UnknownRound { .. }));
    let msg = e.to_string();
    assert!(
        msg.contains("`nope`") && msg.contains("baseline-2022"),
        "{msg}"
    );
    let e = ministry_summary(&ws, "baseline-2022", "XYZ", &opts()).unwrap_err();
    assert!(e.to_string().contains("no ministry `XYZ`"), "{e}");
    assert!(workshop_report(&ws, "zzz", &opts(), &|_, _| true).is_err());
    // Round titles work as keys too.
    assert!(ministry_summary(&ws, "Baseline workshop", "mosw", &opts()).is_ok());
}

fn with_ministry(name: &str, rationale: &str) -> Workspace {
    let mut ws = demo_workspace();
    ws.add_ministry(Ministry {
        id: MinistryId::new("X1").unwrap(),
        name: name.to_owned(),
        cluster: Some("Test cluster".into()),
    })
    .unwrap();
    let at = ScoreRef {
        round: RoundId::new("followup-2024").unwrap(),
        ministry: MinistryId::new("X1").unwrap(),
        area: ws.instrument().areas()[1].id.clone(),
    };
    Edit::SetAnswer {
        at: at.clone(),
        answer: Some(Answer::NotApplicable),
    }
    .apply(&mut ws, None)
    .unwrap();
    Edit::SetText {
        at,
        field: TextField::Rationale,
        text: rationale.to_owned(),
    }
    .apply(&mut ws, None)
    .unwrap();
    ws
}

#[test]
fn accented_letters_dashes_and_quotes_are_kept() {
    let name = "Ministère de l’Économie – “Solidarité” & Ñandú";
    let ws = with_ministry(name, "Évaluée — «très bien» · 3 ½ points… ✓");
    let r = ministry_summary(&ws, "followup-2024", "X1", &opts()).unwrap();
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let t = text(&parse(&r));
    assert!(t.contains(name), "{t}");
    assert!(t.contains("Évaluée — «très bien» · 3 ½ points… ✓"), "{t}");
}

const BANGLA_NAME: &str = "দুর্যোগ ব্যবস্থাপনা ও ত্রাণ মন্ত্রণালয়";
const BANGLA_RATIONALE: &str = "কোনো জেলায় প্রতিষ্ঠিত ব্যবস্থা নেই; র‍্যাব ও কৌশল (MIS) আংশিক।";

#[test]
fn bangla_is_shaped_embedded_and_extractable() {
    let ws = with_ministry(BANGLA_NAME, BANGLA_RATIONALE);
    let r = ministry_summary(&ws, "followup-2024", "X1", &opts()).unwrap();
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let t = pdftotext(&r);
    assert!(t.contains(BANGLA_NAME), "the name, exactly: {t}");
    assert!(t.contains(BANGLA_RATIONALE), "the rationale, exactly: {t}");
    assert!(!t.contains('\u{FFFD}'), "no replacement mark");
    // The Bengali face is embedded, and only the glyphs used: a subset.
    let doc = parse(&r);
    let mut bengali = Vec::new();
    for (_, obj) in doc.objects.iter() {
        let Ok(d) = obj.as_dict() else { continue };
        let Ok(name) = d.get(b"FontName").and_then(Object::as_name) else {
            continue;
        };
        if String::from_utf8_lossy(name).contains("NotoSansBengali") {
            let file = d.get(b"FontFile2").and_then(Object::as_reference).unwrap();
            let stream = doc.get_object(file).unwrap().as_stream().unwrap();
            bengali.push((
                String::from_utf8_lossy(name).into_owned(),
                stream.content.len(),
            ));
        }
    }
    assert!(!bengali.is_empty(), "Noto Sans Bengali is embedded");
    for (name, len) in &bengali {
        assert!(
            *len < 120_000,
            "{name} is a subset ({len} bytes of a 200 KB font)"
        );
    }
}

#[test]
fn scripts_without_a_font_are_replaced_visibly_with_a_warning() {
    let ws = with_ministry("社会福利部 (Social Welfare)", "理由 ok");
    let r = ministry_summary(&ws, "followup-2024", "X1", &opts()).unwrap();
    assert_eq!(r.warnings.len(), 2, "{:?}", r.warnings);
    assert!(r.warnings[0].contains("`X1`: name"), "{}", r.warnings[0]);
    assert!(r.warnings[0].contains("5 distinct"), "{}", r.warnings[0]);
    assert!(r.warnings[0].contains("社 (U+793E)"), "{}", r.warnings[0]);
    assert!(r.warnings[1].contains("rationale"), "{}", r.warnings[1]);
    let t = text(&parse(&r));
    assert!(
        t.contains("\u{FFFD}\u{FFFD}"),
        "replacement marks are drawn"
    );
    assert!(t.contains("(Social Welfare)"));
    assert!(t.contains("ok"));
}

#[test]
fn long_names_wrap_and_huge_rationales_flow_over_pages() {
    let long_name = format!(
        "Ministry of {} Affairs",
        (0..40)
            .map(|i| format!("Word{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let huge: String = (0..2500)
        .map(|i| format!("sentence{i}"))
        .collect::<Vec<_>>()
        .join(" ")
        + " ENDMARKER";
    let ws = with_ministry(&long_name, &huge);
    let r = ministry_summary(&ws, "followup-2024", "X1", &opts()).unwrap();
    let t = text(&parse(&r));
    assert!(t.contains(&long_name), "the long name is there in full");
    assert!(t.contains("sentence0 sentence1"));
    assert!(t.contains("sentence2499 ENDMARKER"), "nothing cut off");
    assert!(t.contains("(continued)"));
    assert!(r.pages >= 5, "{} pages", r.pages);
    let w = workshop(&ws, "followup-2024");
    assert!(text(&parse(&w)).contains("ENDMARKER"));
}

#[test]
fn one_and_two_hundred_ministries() {
    let one = large_workspace(1, 3, 120);
    let r1 = workshop(&one, "round-2002");
    assert!(text(&parse(&r1)).contains("Generated ministry number 0"));

    let big = large_workspace(200, 3, 120);
    let progress = std::cell::RefCell::new(Vec::new());
    let r = workshop_report(&big, "round-2002", &opts(), &|d, t| {
        progress.borrow_mut().push((d, t));
        true
    })
    .unwrap();
    // A progress callback that says stop ends the report there, with nothing made.
    let calls = std::cell::Cell::new(0);
    let stopped = workshop_report(&big, "round-2002", &opts(), &|d, _| {
        calls.set(calls.get() + 1);
        d < 10
    });
    assert!(matches!(stopped, Err(codi_report::ReportError::Stopped)));
    assert_eq!(
        calls.get(),
        11,
        "stopped at the first refusal, not at the end"
    );
    let doc = parse(&r);
    assert_eq!(doc.get_pages().len(), r.pages);
    assert!(r.pages > 400, "{} pages", r.pages);
    let t = text(&doc);
    assert!(t.contains("M0000") && t.contains("M0199"));
    let p = progress.into_inner();
    assert_eq!(p.first(), Some(&(0, 202)));
    assert_eq!(p.last(), Some(&(202, 202)));
    assert!(p.windows(2).all(|w| w[0].0 <= w[1].0));
}

#[test]
fn a_workspace_without_ministries_or_scores_still_reports() {
    let mut ws = demo_workspace();
    let codes: Vec<String> = ws.ministries().iter().map(|m| m.id.to_string()).collect();
    for c in &codes {
        ws.remove_ministry(c).unwrap();
    }
    let r = workshop(&ws, "baseline-2022");
    assert!(r.pages >= 2, "{} pages", r.pages);
    assert!(text(&parse(&r)).contains("This workspace has no ministries yet."));
    assert!(matches!(
        ministry_summary(&ws, "baseline-2022", "MoSW", &opts()),
        Err(ReportError::UnknownMinistry { .. })
    ));

    // A ministry with nothing recorded: every area "Not scored", nothing plotted.
    let ws = with_ministry("Ministry with nothing yet", "");
    let r = ministry_summary(&ws, "baseline-2022", "X1", &opts()).unwrap();
    let t = text(&parse(&r));
    assert!(t.contains("0/10"), "coverage");
    assert!(
        t.contains("1. Inclusiveness – Not scored No votes recorded"),
        "{t}"
    );
}

#[test]
fn the_workshop_report_can_leave_out_unscored_ministries() {
    let mut ws = demo_workspace();
    ws.add_ministry(Ministry {
        id: MinistryId::new("EMPTY").unwrap(),
        name: "Ministry Not Yet Scored".into(),
        cluster: None,
    })
    .unwrap();
    let all = workshop(&ws, "followup-2024");
    let skip = ReportOptions {
        skip_unscored: true,
        ..opts()
    };
    let some = workshop_report(&ws, "followup-2024", &skip, &|_, _| true).unwrap();
    assert!(some.pages < all.pages, "{} < {}", some.pages, all.pages);
    let (t_all, t_some) = (text(&parse(&all)), text(&parse(&some)));
    let summaries = |t: &str| t.matches("MINISTRY SUMMARY").count();
    assert_eq!(summaries(&t_all), summaries(&t_some) + 1);
    // Still in the heatmap and the completion list.
    assert!(t_some.contains("EMPTY · Ministry Not Yet Scored"));
    // A ministry that is scored keeps its pages.
    assert_eq!(summaries(&t_some), ws.ministries().len() - 1);
}

pub fn rid(s: &str) -> codi_model::RoundId {
    codi_model::RoundId::new(s).unwrap()
}
pub fn mid(s: &str) -> codi_model::MinistryId {
    codi_model::MinistryId::new(s).unwrap()
}
