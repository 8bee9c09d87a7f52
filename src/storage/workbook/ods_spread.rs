//! How far an OpenDocument sheet spreads, read from `content.xml` before calamine lays
//! the sheet out. calamine makes an `.ods` sheet a dense grid from its first to its last
//! cell with a value, and a row or cell may say "repeated 1,000,000 times" in a few
//! bytes, so a small file can ask for gigabytes. Cells without a value (LibreOffice's
//! formatting of empty rows) do not count.

use std::io::Read;

use quick_xml::events::{BytesStart, Event};

/// Cells a sheet may spread over: a 250,000-row sheet of 40 columns.
pub const MAX_CELLS: u64 = 10_000_000;

/// The largest sheet's spread (rows × columns up to its last value), or an error.
pub fn check(content: impl Read) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let mut buf = Vec::new();
    let (mut row, mut col) = (0u64, 0u64);
    let (mut last_row, mut last_col) = (0u64, 0u64);
    let mut row_repeat = 1u64;
    let mut row_has_value = false;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("the sheet's XML is damaged: {e}"))?;
        match event {
            Event::Eof => return Ok(()),
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "table" => {
                (row, last_row, last_col) = (0, 0, 0);
            }
            Event::Start(e) if e.local_name().as_ref() == "table-row" => {
                row_repeat = repeat(&e, "table:number-rows-repeated");
                (col, row_has_value) = (0, false);
            }
            Event::Empty(e) if e.local_name().as_ref() == "table-row" => {
                row = row.saturating_add(repeat(&e, "table:number-rows-repeated"));
            }
            Event::End(e) if e.local_name().as_ref() == "table-row" => {
                if row_has_value {
                    last_row = row.saturating_add(row_repeat);
                }
                row = row.saturating_add(row_repeat);
            }
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref().ends_with("table-cell") =>
            {
                let n = repeat(&e, "table:number-columns-repeated");
                let has_value = e
                    .try_get_attribute("office:value-type")
                    .ok()
                    .flatten()
                    .is_some();
                if has_value {
                    row_has_value = true;
                    last_col = last_col.max(col.saturating_add(n));
                }
                col = col.saturating_add(n);
            }
            _ => {}
        }
        let spread = last_row.saturating_mul(last_col);
        if spread > MAX_CELLS {
            return Err(format!(
                "a sheet of the workbook spreads over {last_row} rows and {last_col} columns \
                 (repeated cells); a scores sheet is far smaller, so it is refused"
            ));
        }
        buf.clear();
    }
}

fn repeat(e: &BytesStart<'_>, name: &str) -> u64 {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}
