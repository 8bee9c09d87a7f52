//! Malformed workbooks: each gets a clear error and no panic. Time and memory are
//! bounded by design (the archive is inflated into nothing, counting, before anything
//! reads it; `.xlsx` sheets are streamed and stop at the row limit), not by timing here.

use std::io::{Cursor, Read, Write};

use codi_workshop::model::demo::demo_workspace;
use codi_workshop::storage::workbook::{self, MAX_SHEET_ROWS, MAX_UNPACKED_BYTES};
use zip::write::SimpleFileOptions;

use super::import;

/// A real exported workbook with one part replaced (or added) by `name` holding the
/// bytes `body` yields, written deflated.
fn with_part(name: &str, body: &mut dyn Read) -> Vec<u8> {
    let base = workbook::export_xlsx(
        &demo_workspace(),
        &super::exported(),
        &codi_i18n::Catalog::shipped().english(),
    )
    .unwrap();
    let mut src = zip::ZipArchive::new(Cursor::new(base)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..src.len() {
        let f = src.by_index_raw(i).unwrap();
        if f.name().unwrap() != name {
            out.raw_copy_file(f).unwrap();
        }
    }
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    out.start_file(name, opts).unwrap();
    std::io::copy(body, &mut out).unwrap();
    out.finish().unwrap().into_inner()
}

#[test]
fn a_truncated_workbook_is_called_damaged() {
    let bytes = workbook::export_xlsx(
        &demo_workspace(),
        &super::exported(),
        &codi_i18n::Catalog::shipped().english(),
    )
    .unwrap();
    for keep in [bytes.len() / 2, bytes.len() - 10, 100] {
        let err = import(&bytes[..keep], None).unwrap_err();
        assert!(err.contains("damaged or incomplete"), "{keep} bytes: {err}");
    }
}

#[test]
fn other_bytes_with_a_workbook_name_are_not_a_workbook() {
    for bytes in [
        &b"round,date,ministry,area,score\n"[..],
        b"%PDF-1.7",
        b"PK",
        b"",
    ] {
        let err = import(bytes, None).unwrap_err();
        assert!(
            err.contains("not an Excel (.xlsx) or OpenDocument (.ods) workbook")
                || err.contains("the file is empty")
                || err.contains("damaged"),
            "{err}"
        );
    }
    // A zip archive that holds no workbook.
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    z.start_file("readme.txt", SimpleFileOptions::default())
        .unwrap();
    z.write_all(b"hello").unwrap();
    let bytes = z.finish().unwrap().into_inner();
    let err = import(&bytes, None).unwrap_err();
    assert!(err.contains("zip archive is not an Excel"), "{err}");
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_read() {
    // A part of zeros a little over the limit: a few hundred kilobytes on disk.
    let mut zeros = std::io::repeat(0).take(MAX_UNPACKED_BYTES + 1024 * 1024);
    let bytes = with_part("xl/worksheets/sheet1.xml", &mut zeros);
    assert!(bytes.len() < 2 * 1024 * 1024, "{} bytes", bytes.len());
    let err = import(&bytes, None).unwrap_err();
    assert!(err.contains("unpacks to more than 256 MB"), "{err}");
}

/// The XML of a Scores sheet whose rows `rows` repeat one valid record; each row is
/// made as it is read, so the test holds none of it in memory.
struct Rows {
    next: u64,
    rows: u64,
    buf: Vec<u8>,
    pos: usize,
}

impl Read for Rows {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.pos == self.buf.len() {
            self.buf.clear();
            self.pos = 0;
            if self.next == 0 {
                self.buf.extend_from_slice(
                    br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
                );
            }
            self.next += 1;
            let r = self.next;
            let cells: [&str; 5] = if r == 1 {
                ["round", "date", "ministry", "area", "score"]
            } else if r <= self.rows {
                ["r1", "2024-03-05", "MoSW", "1", "2"]
            } else if r == self.rows + 1 {
                self.buf.extend_from_slice(b"</sheetData></worksheet>");
                [""; 5]
            } else {
                return Ok(0);
            };
            if r <= self.rows {
                // Short cells (`t="str"`), so that the sheet stays under the size limit
                // and the row limit is what stops it.
                write!(self.buf, r#"<row r="{r}">"#)?;
                for (c, v) in ["A", "B", "C", "D", "E"].iter().zip(cells) {
                    write!(self.buf, r#"<c r="{c}{r}" t="str"><v>{v}</v></c>"#)?;
                }
                self.buf.extend_from_slice(b"</row>");
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[test]
fn a_sheet_of_a_million_rows_is_refused_at_the_row_limit() {
    let mut sheet = Rows {
        next: 0,
        rows: 1_048_576,
        buf: Vec::new(),
        pos: 0,
    };
    let bytes = with_part("xl/worksheets/sheet1.xml", &mut sheet);
    let err = import(&bytes, None).unwrap_err();
    let limit = MAX_SHEET_ROWS + 1;
    assert!(err.contains(&format!("data in row {limit}")), "{err}");
}

#[test]
fn a_single_cell_at_the_far_corner_is_refused_without_laying_out_the_sheet() {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let s = wb.add_worksheet();
    s.write_string(0, 0, "round").unwrap();
    s.write_string(1_048_575, 16_383, "x").unwrap();
    let err = import(&wb.save_to_buffer().unwrap(), None).unwrap_err();
    assert!(
        err.contains("data in row 1048576 (cell XFD1048576)"),
        "{err}"
    );
}

#[test]
fn an_ods_sheet_of_repeated_cells_is_refused_before_it_is_laid_out() {
    // A few hundred bytes of XML that ask for 99,000 rows × 1,000 cells with a value.
    let bytes = super::budget::ods(
        r#"<table:table-row table:number-rows-repeated="99000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"/></table:table-row>"#,
    );
    let err = import(&bytes, None).unwrap_err();
    assert!(
        err.contains("spreads over 99001 rows and 1000 columns"),
        "{err}"
    );
}
