//! Printable material for the room, one page each, in the report's language and paper:
//! the facilitator's key card, the participants' sheet on voting by phone (with the join
//! address as a QR code when given), and a page on what CODI is and how the day runs.
//! Tagged and archival like the reports.

use pdf_writer::types::{StructRole, TableHeaderScope};

use crate::blocks::heading;
use crate::fonts::Weight;
use crate::layout::{Doc, DocMeta, Style};
use crate::look::print;
use crate::model::Workspace;
use crate::words::num;
use crate::{Report, ReportError, ReportOptions, new_doc};

/// Keys under one heading ("Anywhere", "On scoring pages"), each with what it does.
pub struct KeyGroup {
    pub heading: String,
    pub keys: Vec<(String, String)>,
}

fn finish(
    doc: Doc,
    ws: &Workspace,
    title: &str,
    opts: &ReportOptions,
) -> Result<Report, ReportError> {
    let subject = doc.t.get("handout-subject");
    doc.finish(&DocMeta {
        title,
        subject: &subject,
        footer: ws.title(),
        draft: "",
        generated: opts.generated,
    })
}

/// The page's title (H1) and a muted line under it.
fn top(doc: &mut Doc, title: &str, sub: &str) {
    doc.set_header(String::new());
    doc.new_page();
    let (left, width) = (doc.left, doc.width());
    doc.begin(StructRole::H1);
    doc.paragraph(left, width, Style::bold(20.0), title);
    doc.end();
    doc.y += 2.0;
    doc.begin(StructRole::P);
    doc.paragraph(left, width, Style::muted(9.5), sub);
    doc.end();
    doc.y += 8.0;
}

/// Numbered steps as a list.
fn steps(doc: &mut Doc, items: &[String], st: Style) {
    let (left, width) = (doc.left, doc.width());
    doc.begin(StructRole::L);
    for (i, item) in items.iter().enumerate() {
        doc.ensure(st.line_height());
        let y = doc.y;
        doc.begin(StructRole::LI);
        doc.tagged(StructRole::Lbl, |d| {
            let n = format!("{}.", num(&d.t.clone(), i + 1));
            d.text(
                left,
                y + st.baseline(),
                Style::new(Weight::Bold, st.size, st.color),
                &n,
            );
        });
        doc.begin(StructRole::LBody);
        doc.paragraph(left + 20.0, width - 20.0, st, item);
        doc.end();
        doc.end();
        doc.y += 4.0;
    }
    doc.end();
}

/// Every key the app knows, by where it works, for the facilitator's desk.
pub fn key_card(
    ws: &Workspace,
    groups: &[KeyGroup],
    opts: &ReportOptions,
) -> Result<Report, ReportError> {
    let mut doc = new_doc(ws, opts)?;
    let t = doc.t.clone();
    let title = t.get("handout-keys-title");
    top(&mut doc, &title, &t.get("handout-keys-sub"));
    let (key_st, text_st) = (
        Style::new(Weight::Bold, 8.5, print::TEXT),
        Style::regular(8.5),
    );
    let key_w = 120.0;
    for g in groups {
        heading(&mut doc, &g.heading, 30.0);
        let (left, width) = (doc.left, doc.width());
        doc.begin(StructRole::Table);
        for (keys, what) in &g.keys {
            let lines = doc.wrap(what, text_st, width - key_w);
            let h = lines.len() as f32 * text_st.line_height() + 2.0;
            doc.ensure(h);
            let y = doc.y;
            doc.begin(StructRole::TR);
            doc.begin_header(TableHeaderScope::Row);
            doc.text(left, y + key_st.baseline(), key_st, keys);
            doc.end();
            doc.tagged(StructRole::TD, |d| {
                for (k, l) in lines.iter().enumerate() {
                    let ly = y + k as f32 * text_st.line_height() + text_st.baseline();
                    d.text(left + key_w, ly, text_st, l);
                }
            });
            doc.end();
            doc.y = y + h;
        }
        doc.end();
        doc.y += 4.0;
    }
    let note = t.get("handout-keys-note");
    let (left, width) = (doc.left, doc.width());
    doc.paragraph(left, width, Style::muted(8.0), &note);
    finish(doc, ws, &title, opts)
}

/// How to vote by phone, for every participant; `address` (what the projector shows
/// when room voting is open) is printed large with its QR code.
pub fn phone_handout(
    ws: &Workspace,
    address: Option<&str>,
    opts: &ReportOptions,
) -> Result<Report, ReportError> {
    let mut doc = new_doc(ws, opts)?;
    let t = doc.t.clone();
    let title = t.get("handout-phone-title");
    top(&mut doc, &title, &t.get("handout-phone-sub"));
    if let Some(url) = address {
        let side = 150.0;
        let (left, y) = (doc.left, doc.y);
        let alt = t.with("report-alt-qr", &[("url", url.into())]);
        doc.begin_figure(&alt);
        crate::sheets::qr(&mut doc, url, left, y, side);
        doc.end();
        let x = left + side + 16.0;
        let w = doc.right - x;
        doc.y = y + 20.0;
        doc.begin(StructRole::P);
        doc.paragraph(x, w, Style::regular(11.0), &t.get("handout-phone-scan"));
        doc.paragraph(x, w, Style::new(Weight::Bold, 16.0, print::TEXT), url);
        doc.end();
        doc.y = doc.y.max(y + side) + 10.0;
    }
    let items: Vec<String> = [
        "handout-phone-wifi",
        "handout-phone-open",
        "handout-phone-code",
        "handout-phone-tap",
        "handout-phone-change",
        "handout-phone-reveal",
    ]
    .iter()
    .map(|id| t.get(id))
    .collect();
    steps(&mut doc, &items, Style::regular(11.0));
    doc.y += 6.0;
    heading(&mut doc, &t.get("handout-phone-private-title"), 40.0);
    let (left, width) = (doc.left, doc.width());
    doc.paragraph(
        left,
        width,
        Style::regular(10.0),
        &t.get("handout-phone-private"),
    );
    doc.y += 6.0;
    heading(&mut doc, &t.get("handout-phone-trouble-title"), 40.0);
    doc.paragraph(
        left,
        width,
        Style::regular(10.0),
        &t.get("handout-phone-trouble"),
    );
    finish(doc, ws, &title, opts)
}

/// What CODI is, the areas, the levels, and how the day runs.
pub fn about_codi(ws: &Workspace, opts: &ReportOptions) -> Result<Report, ReportError> {
    let mut doc = new_doc(ws, opts)?;
    let t = doc.t.clone();
    let inst = ws.instrument().localized(t.code());
    let title = t.get("handout-about-title");
    top(&mut doc, &title, &t.get("handout-about-sub"));
    let (left, width) = (doc.left, doc.width());
    let body = Style::regular(9.5);
    doc.paragraph(left, width, body, &t.get("handout-about-what"));
    doc.y += 4.0;
    heading(&mut doc, &t.get("handout-about-areas"), 60.0);
    let areas: Vec<String> = inst
        .areas()
        .iter()
        .map(|a| doc.clean(&a.name, "instrument areas"))
        .collect();
    steps(&mut doc, &areas, Style::regular(9.0));
    heading(&mut doc, &t.get("handout-about-levels"), 60.0);
    let scale = inst.scale();
    let mut levels: Vec<String> = scale
        .levels
        .iter()
        .map(|l| format!("{} {}: {}", num(&t, l.value), l.label, l.meaning))
        .collect();
    for a in [&scale.not_applicable, &scale.insufficient_information] {
        levels.push(format!("{} {}: {}", a.code, a.label, a.meaning));
    }
    let levels: Vec<String> = levels
        .iter()
        .map(|l| doc.clean(l, "instrument scale"))
        .collect();
    doc.begin(StructRole::L);
    for l in &levels {
        doc.begin(StructRole::LI);
        doc.tagged(StructRole::LBody, |d| {
            d.paragraph(left, width, Style::regular(9.0), l);
        });
        doc.end();
        doc.y += 2.0;
    }
    doc.end();
    heading(&mut doc, &t.get("handout-about-today"), 80.0);
    let items: Vec<String> = [
        "handout-about-step-read",
        "handout-about-step-vote",
        "handout-about-step-reveal",
        "handout-about-step-agree",
        "handout-about-step-record",
    ]
    .iter()
    .map(|id| t.get(id))
    .collect();
    steps(&mut doc, &items, Style::regular(9.5));
    doc.y += 2.0;
    doc.paragraph(left, width, Style::muted(8.5), &t.get("handout-about-note"));
    finish(doc, ws, &title, opts)
}
