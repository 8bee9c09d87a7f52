//! Table sheets: one page per ministry, each with its table's address and code in the
//! text and a QR code that decodes (read from the rendered page with `pdftoppm`, from
//! Debian's poppler-utils, and the rqrr decoder) to exactly that address.

use std::process::Command;

use codi_model::demo::demo_workspace;
use codi_report::{ReportError, ReportOptions, table_sheets};
use codi_session::{Clock, Document, SessionState, Target};

const ADDRESS: &str = "http://127.0.0.1:8765";

/// The demo workspace with table codes issued for the follow-up round.
fn with_codes() -> codi_model::Workspace {
    let target = Target::Unsaved("/nonexistent/sheets.codi.json".into());
    let mut st = SessionState::new(Document::new(demo_workspace(), target), Clock::default());
    let round = st.doc.workspace().rounds()[1].id.clone();
    st.open_tables(&round).unwrap();
    st.doc.workspace().clone()
}

/// The first QR code on page `page` of the PDF at `pdf`, as text.
fn qr_on_page(pdf: &std::path::Path, page: usize) -> String {
    let out = pdf.with_extension("");
    let status = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-png", "-singlefile"])
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg(&out)
        .status()
        .expect("pdftoppm runs (apt install poppler-utils)");
    assert!(status.success());
    let bytes = std::fs::read(out.with_extension("png")).unwrap();
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let (w, h) = (info.width as usize, info.height as usize);
    let step = info.color_type.samples();
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| buf[(y * w + x) * step]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on page {page}");
    grids[0].decode().expect("the code decodes").1
}

#[test]
fn a_page_per_table_whose_qr_code_opens_that_table() {
    let ws = with_codes();
    let round = ws.rounds()[1].clone();
    let opts = ReportOptions::new(jiff::civil::date(2026, 11, 29));
    let r = table_sheets(&ws, round.id.as_str(), ADDRESS, &opts).unwrap();
    assert_eq!(r.pages, ws.ministries().len(), "one page per ministry");
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let doc = lopdf::Document::load_mem(&r.bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    for m in ws.ministries() {
        let code = &round.tables[&m.id].code;
        assert!(
            text.contains(&format!("{ADDRESS}/t/{code}")),
            "{} has its address",
            m.id
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("sheets.pdf");
    std::fs::write(&pdf, &r.bytes).unwrap();
    for (k, page) in [(0, 1), (5, 6), (11, 12)] {
        let m = &ws.ministries()[k];
        let expected = format!("{ADDRESS}/t/{}", round.tables[&m.id].code);
        assert_eq!(qr_on_page(&pdf, page), expected, "page {page}");
    }
}

#[test]
fn a_round_without_codes_is_named() {
    let ws = demo_workspace();
    let opts = ReportOptions::new(jiff::civil::date(2026, 11, 29));
    let err = table_sheets(&ws, "followup-2024", ADDRESS, &opts).unwrap_err();
    assert!(matches!(err, ReportError::NoTables(ref r) if r == "followup-2024"));
    assert!(err.to_string().contains("start table scoring"));
}

#[test]
fn the_ministry_summary_shows_the_table_proposal_beside_the_agreed_answer() {
    use codi_model::{Answer, AreaId, Level};
    use codi_session::tables::Draft;
    let target = Target::Unsaved("/nonexistent/proposal.codi.json".into());
    let mut st = SessionState::new(Document::new(demo_workspace(), target), Clock::default());
    let round = st.doc.workspace().rounds()[1].id.clone();
    st.open_tables(&round).unwrap();
    let m = st.doc.workspace().ministries()[11].id.clone();
    let code = st.doc.workspace().round(round.as_str()).unwrap().tables[&m]
        .code
        .clone();
    let draft = Draft {
        answer: Level::new(3).map(Answer::Level),
        rationale: "Plans were used in the 2024 floods.".into(),
        evidence: "After-action report 2024".into(),
    };
    let area = AreaId::new("responsiveness").unwrap();
    st.table_save(&code, &area, draft, 0).unwrap();
    let at = codi_model::ScoreRef::new(&round, &m, &area);
    let why = codi_model::Edit::SetText {
        at,
        field: codi_model::TextField::DiffersFromTable,
        text: "Funds came late.".into(),
    };
    st.apply(why, codi_session::Origin::User).unwrap();
    let opts = ReportOptions::new(jiff::civil::date(2026, 11, 29));
    let r = codi_report::ministry_summary(st.doc.workspace(), round.as_str(), m.as_str(), &opts)
        .unwrap();
    let doc = lopdf::Document::load_mem(&r.bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc
        .extract_text(&pages)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("Table proposed 3 Established"), "{text}");
    assert!(text.contains("The table's rationale Plans were used in the 2024 floods."));
    assert!(text.contains("The table's evidence After-action report 2024"));
    assert!(text.contains("Why the room agreed otherwise Funds came late."));
    assert_eq!(
        text.matches("Table proposed").count(),
        1,
        "only the area with a proposal"
    );
}
