//! Workbooks that try to explode, built here: repeated cells with text but no value
//! type, repeated formulas, `<text:s text:c="N"/>` spaces, a zip bomb in an `.ods`, an
//! `.xlsx` formula with no computed value, a hidden first sheet, a date serial out of
//! range. Each is refused (or read right) with a message naming the sheet and cell;
//! the counting is done before anything is expanded, so none of them costs its size.
//! `CODI_HOSTILE_DIR=DIR cargo test --test workbook -- --ignored write_the_hostile`
//! writes the files, to measure the command line on them with `/usr/bin/time -v`.

use std::io::{Cursor, Read, Write};

use rust_xlsxwriter::{Format, Workbook};
use zip::write::SimpleFileOptions;

use super::{HEADER, import, mid, rid};
use codi_workshop::storage::workbook;

const HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Scores">
<table:table-row><table:table-cell office:value-type="string"><text:p>round</text:p></table:table-cell></table:table-row>
"#;
const TAIL: &str = "</table:table></office:spreadsheet></office:body></office:document-content>";

/// The LibreOffice fixture with its `content.xml` replaced by `content`.
fn ods_with(content: &mut dyn Read) -> Vec<u8> {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/workbooks/scores.ods");
    let mut src = zip::ZipArchive::new(std::fs::File::open(fixture).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..src.len() {
        let f = src.by_index_raw(i).unwrap();
        if f.name().unwrap() != "content.xml" {
            out.raw_copy_file(f).unwrap();
        }
    }
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    out.start_file("content.xml", opts).unwrap();
    std::io::copy(content, &mut out).unwrap();
    out.finish().unwrap().into_inner()
}

/// An `.ods` whose Scores sheet has a header row and then `rows`.
pub(crate) fn ods(rows: &str) -> Vec<u8> {
    let content = format!("{HEAD}{rows}{TAIL}");
    ods_with(&mut content.as_bytes())
}

/// The hostile workbooks, by name.
fn hostile() -> Vec<(&'static str, Vec<u8>)> {
    let untyped = ods(
        r#"<table:table-row table:number-rows-repeated="3000"><table:table-cell table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row>"#,
    );
    let formulas = ods(
        r#"<table:table-row table:number-rows-repeated="10000"><table:table-cell table:formula="of:=1+1" table:number-columns-repeated="900"/></table:table-row>"#,
    );
    let spaces = ods(
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>r1</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>a<text:s text:c="300000000"/>b</text:p></table:table-cell></table:table-row>"#,
    );
    let many_spaces = ods(
        r#"<table:table-row table:number-rows-repeated="100000"><table:table-cell office:value-type="string"><text:p><text:s text:c="9000"/></text:p></table:table-cell></table:table-row>"#,
    );
    // 300 MB of one text, after a valid start: deflated to about 300 KB.
    let mut long_text = HEAD
        .as_bytes()
        .chain(&b"<table:table-row><table:table-cell><text:p>"[..])
        .chain(std::io::repeat(b'a').take(300 * 1024 * 1024));
    let long_text = ods_with(&mut long_text);
    // 300 MB of empty rows: valid XML that is only too big.
    let mut rows = HEAD.as_bytes().chain(Cycle {
        pattern: b"<table:table-row/>",
        left: 300 * 1024 * 1024,
        at: 0,
    });
    let bomb = ods_with(&mut rows);
    vec![
        ("untyped-cells.ods", untyped),
        ("formula-cells.ods", formulas),
        ("text-s-spaces.ods", spaces),
        ("many-spaces.ods", many_spaces),
        ("long-text.ods", long_text),
        ("zip-bomb.ods", bomb),
    ]
}

/// `pattern` again and again, `left` bytes in all.
struct Cycle {
    pattern: &'static [u8],
    left: usize,
    at: usize,
}

impl Read for Cycle {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = out.len().min(self.left);
        for (i, b) in out[..n].iter_mut().enumerate() {
            *b = self.pattern[(self.at + i) % self.pattern.len()];
        }
        self.left -= n;
        self.at += n;
        Ok(n)
    }
}

#[test]
fn ods_files_that_would_explode_are_refused_naming_sheet_and_cell() {
    let found: Vec<(&str, String)> = hostile()
        .into_iter()
        .map(|(name, bytes)| {
            assert!(
                bytes.len() < 2 * 1024 * 1024,
                "{name}: {} bytes",
                bytes.len()
            );
            (name, import(&bytes, None).unwrap_err())
        })
        .collect();
    let said = |name: &str| &found.iter().find(|(n, _)| *n == name).unwrap().1;
    assert!(
        said("untyped-cells.ods").contains("sheet `Scores` has cells in 16384 columns"),
        "{}",
        said("untyped-cells.ods")
    );
    assert!(
        said("formula-cells.ods")
            .contains("sheet `Scores` spreads over 10001 rows and 900 columns"),
        "{}",
        said("formula-cells.ods")
    );
    assert!(
        said("text-s-spaces.ods")
            .contains("sheet `Scores`, cell B2: a text of at least 300000001 characters"),
        "{}",
        said("text-s-spaces.ods")
    );
    assert!(said("text-s-spaces.ods").contains("at most 10000"));
    assert!(
        said("many-spaces.ods").contains("more than 50 million characters"),
        "{}",
        said("many-spaces.ods")
    );
    assert!(
        said("long-text.ods").contains("sheet `Scores`, cell A2: a text or tag longer than 1 MB"),
        "{}",
        said("long-text.ods")
    );
    assert!(
        said("zip-bomb.ods").contains("unpacks to more than 256 MB"),
        "{}",
        said("zip-bomb.ods")
    );
}

/// A real exported workbook whose first sheet's XML is replaced by `sheet`.
fn xlsx_with_sheet(sheet: &str) -> Vec<u8> {
    let base = workbook::export_xlsx(
        &codi_workshop::model::demo::demo_workspace(),
        &super::exported(),
        &codi_i18n::Catalog::shipped().english(),
    )
    .unwrap();
    let mut src = zip::ZipArchive::new(Cursor::new(base)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..src.len() {
        let f = src.by_index_raw(i).unwrap();
        if f.name().unwrap() != "xl/worksheets/sheet1.xml" {
            out.raw_copy_file(f).unwrap();
        }
    }
    out.start_file("xl/worksheets/sheet1.xml", SimpleFileOptions::default())
        .unwrap();
    out.write_all(sheet.as_bytes()).unwrap();
    out.finish().unwrap().into_inner()
}

#[test]
fn an_xlsx_formula_without_its_value_is_named_not_read_as_empty() {
    // As openpyxl writes it: the formula, and no cached value (or an empty one).
    for value in ["", "<v></v>"] {
        let sheet = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>round</t></is></c><c r="B1" t="inlineStr"><is><t>date</t></is></c><c r="C1" t="inlineStr"><is><t>ministry</t></is></c><c r="D1" t="inlineStr"><is><t>area</t></is></c><c r="E1" t="inlineStr"><is><t>score</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>followup-2024</t></is></c><c r="B2" t="inlineStr"><is><t>2024-08-04</t></is></c><c r="C2" t="inlineStr"><is><t>MoSW</t></is></c><c r="D2"><v>1</v></c><c r="E2"><f>2+1</f>{value}</c></row></sheetData></worksheet>"#
        );
        let err = import(&xlsx_with_sheet(&sheet), None).unwrap_err();
        assert!(
            err.contains("Scores!E2 holds a formula with no computed value"),
            "{value:?}: {err}"
        );
    }
}

#[test]
fn a_hidden_first_sheet_is_not_taken() {
    let mut wb = Workbook::new();
    let hidden = wb.add_worksheet().set_name("Old").unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        hidden.write_string(0, c as u16, *h).unwrap();
    }
    for (c, v) in ["r1", "2024-03-05", "MoSW", "1", "1"].iter().enumerate() {
        hidden.write_string(1, c as u16, *v).unwrap();
    }
    hidden.set_hidden(true);
    let visible = wb.add_worksheet().set_name("Scores").unwrap();
    // A hidden sheet cannot be the active one; Excel opens on this one.
    visible.set_active(true);
    for (c, h) in HEADER.iter().enumerate() {
        visible.write_string(0, c as u16, *h).unwrap();
    }
    for (c, v) in ["r1", "2024-03-05", "MoSW", "1", "4"].iter().enumerate() {
        visible.write_string(1, c as u16, *v).unwrap();
    }
    let bytes = wb.save_to_buffer().unwrap();
    let ws = import(&bytes, None).unwrap();
    let a1 = ws.instrument().areas()[0].id.clone();
    assert_eq!(
        ws.answer(&rid("r1"), &mid("MoSW"), &a1),
        codi_workshop::model::Level::new(4).map(codi_workshop::model::Answer::Level),
        "the visible sheet"
    );
}

#[test]
fn a_date_out_of_range_is_an_error_not_a_clamped_date() {
    let mut wb = Workbook::new();
    let s = wb.add_worksheet().set_name("Scores").unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("yyyy-mm-dd");
    s.write_string(1, 0, "r1").unwrap();
    s.write_number_with_format(1, 1, 3_000_000.0, &date)
        .unwrap();
    s.write_string(1, 2, "MoSW").unwrap();
    s.write_number(1, 3, 1.0).unwrap();
    s.write_number(1, 4, 2.0).unwrap();
    let err = import(&wb.save_to_buffer().unwrap(), None).unwrap_err();
    assert!(err.contains("Scores!B2"), "{err}");
    assert!(
        err.contains("outside the dates a spreadsheet can show"),
        "{err}"
    );
}

/// Writes the hostile workbooks to `CODI_HOSTILE_DIR`, to measure the command line on
/// them (`/usr/bin/time -v codi-workshop import FILE -o out.codi.json`).
#[test]
#[ignore = "writes files for a measurement by hand"]
fn write_the_hostile_workbooks() {
    let Some(dir) = std::env::var_os("CODI_HOSTILE_DIR") else {
        return;
    };
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in hostile() {
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
}
