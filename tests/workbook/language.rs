//! The workbook's sentences in the workspace's language, while its sheet names and
//! column heads stay English so that it imports back.

use calamine::{Reader, Xlsx};
use codi_workshop::model::LanguageTag;
use codi_workshop::model::demo::demo_workspace;
use codi_workshop::storage::workbook;

#[test]
fn a_bangla_workspace_gets_a_bangla_about_sheet_and_english_column_heads() {
    let mut ws = demo_workspace();
    ws.set_language(Some(LanguageTag::parse("bn").unwrap()));
    let t = codi_workshop::report::texts_for(&ws, None, false);
    let english = codi_i18n::Catalog::shipped().english();
    let bytes = workbook::export_xlsx(&ws, &super::exported(), &t).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Scores",
            "Summary",
            "Changes",
            "Review",
            "Instrument",
            "About"
        ]
    );
    let about = book.worksheet_range("About").unwrap();
    let cell = |r: u32, c: u32| {
        about
            .get_value((r, c))
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    let labels: Vec<String> = (0..about.height() as u32).map(|r| cell(r, 0)).collect();
    for id in [
        "workbook-workspace",
        "workbook-instrument",
        "workbook-scale",
        "workbook-importing",
    ] {
        let bangla = t.get(id);
        assert_ne!(bangla, english.get(id), "{id} is translated");
        assert!(labels.contains(&bangla), "{id}: {labels:?}");
    }
    let note = (0..about.height() as u32)
        .map(|r| cell(r, 1))
        .collect::<Vec<_>>();
    assert!(note.contains(&t.get("workbook-importing-note")), "{note:?}");
    // The scores still import: English heads.
    let scores = book.worksheet_range("Scores").unwrap();
    assert_eq!(
        scores.get_value((0, 0)).map(|v| v.to_string()).as_deref(),
        Some("round")
    );
    let back = super::import(&bytes, None).unwrap();
    assert_eq!(back.ministries().len(), ws.ministries().len());
}
