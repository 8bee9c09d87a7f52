//! What an OpenDocument workbook would cost to read, counted from `content.xml` before
//! calamine lays a sheet out: how far each sheet spreads (calamine makes a dense grid
//! from its first to its last cell with anything in it), how many characters each cell
//! holds, and how many all cells hold together. A row or a cell may say "repeated a
//! million times" in a few bytes, and `<text:s text:c="N"/>` stands for N spaces, so a
//! small file can ask for gigabytes: every count here is made before anything is
//! expanded, and the first limit passed refuses the file, naming the sheet and cell. A
//! cell counts when it has a value type, a formula, or any text (a cell of LibreOffice's
//! formatting of empty rows has none of these and costs nothing).

use std::io::Read;

use quick_xml::events::{BytesStart, Event};

use super::column_letters;

/// Cells a sheet may spread over (rows × columns up to its last cell with content):
/// 4 million, as 200,000 rows of 20 columns.
pub const MAX_CELLS: u64 = 4_000_000;
/// Columns a sheet may spread over; a scores sheet has about 40.
pub const MAX_COLUMNS: u64 = 1_000;
/// Characters one cell may hold: a rationale is at most 4,000.
pub const MAX_CELL_CHARS: u64 = 10_000;
/// Characters all cells may hold together (repeats counted).
pub const MAX_TOTAL_CHARS: u64 = 50_000_000;
/// Bytes between two of `<` and `>`: the XML reader holds a whole text or tag in memory
/// before it can be counted, so one longer than any cell's limit is refused on the way.
const MAX_RUN_BYTES: u64 = 1024 * 1024;

/// The cell being read.
struct Cell {
    col: u64,
    repeat: u64,
    /// A value type or a formula.
    typed: bool,
    chars: u64,
}

/// Counts so far.
#[derive(Default)]
struct Budget {
    sheet: String,
    row: u64,
    row_repeat: u64,
    row_has_value: bool,
    col: u64,
    last_row: u64,
    last_col: u64,
    total_chars: u64,
}

/// Check every sheet of `content.xml` against the limits above.
pub fn check(content: impl Read) -> Result<(), String> {
    let runs = Runs {
        inner: content,
        run: 0,
        over: false,
    };
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(runs));
    let mut buf = Vec::new();
    let mut b = Budget {
        row_repeat: 1,
        ..Budget::default()
    };
    let mut cell: Option<Cell> = None;
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            Err(_) if reader.get_ref().get_ref().over => {
                let at = cell
                    .as_ref()
                    .map_or_else(|| format!("sheet `{}`", b.sheet), |c| b.place(c.col));
                return Err(format!(
                    "{at}: a text or tag longer than {} MB; a cell may hold at most \
                     {MAX_CELL_CHARS} characters, so the workbook is refused",
                    MAX_RUN_BYTES / (1024 * 1024)
                ));
            }
            Err(e) => return Err(format!("the sheet's XML is damaged: {e}")),
        };
        match event {
            Event::Eof => return Ok(()),
            Event::Start(e) | Event::Empty(e) if is(&e, "table") => {
                b = Budget {
                    sheet: attr(&e, "table:name").unwrap_or_default(),
                    row_repeat: 1,
                    total_chars: b.total_chars,
                    ..Budget::default()
                };
            }
            Event::Start(e) if is(&e, "table-row") => {
                b.row_repeat = repeat(&e, "table:number-rows-repeated");
                (b.col, b.row_has_value) = (0, false);
            }
            Event::Empty(e) if is(&e, "table-row") => {
                b.row = b
                    .row
                    .saturating_add(repeat(&e, "table:number-rows-repeated"));
            }
            Event::End(e) if e.local_name().as_ref() == "table-row" => {
                if b.row_has_value {
                    b.last_row = b.row.saturating_add(b.row_repeat);
                }
                b.row = b.row.saturating_add(b.row_repeat);
            }
            Event::Start(e) if is_cell(&e) => cell = Some(b.start_cell(&e)),
            Event::Empty(e) if is_cell(&e) => b.end_cell(b.start_cell(&e))?,
            Event::End(e) if e.local_name().as_ref().ends_with("table-cell") => {
                if let Some(c) = cell.take() {
                    b.end_cell(c)?;
                }
            }
            Event::Text(t) => {
                if let Some(c) = cell.as_mut() {
                    c.chars = c.chars.saturating_add(t.len() as u64);
                }
            }
            // `text:s` stands for N spaces; a tab or a line break for one character.
            Event::Start(e) | Event::Empty(e) if cell.is_some() => {
                let n = match e.local_name().as_ref() {
                    "s" => repeat(&e, "text:c"),
                    "tab" | "line-break" => 1,
                    _ => 0,
                };
                if let Some(c) = cell.as_mut() {
                    c.chars = c.chars.saturating_add(n);
                }
                b.cell_chars(cell.as_ref())?;
            }
            _ => {}
        }
        b.spread()?;
        buf.clear();
    }
}

impl Budget {
    fn start_cell(&self, e: &BytesStart<'_>) -> Cell {
        Cell {
            col: self.col,
            repeat: repeat(e, "table:number-columns-repeated"),
            typed: attr(e, "office:value-type").is_some() || attr(e, "table:formula").is_some(),
            chars: 0,
        }
    }

    /// Where a cell is, as a spreadsheet names it: `Scores!B3`.
    fn place(&self, col: u64) -> String {
        let letters = column_letters(usize::try_from(col + 1).unwrap_or(usize::MAX));
        format!("sheet `{}`, cell {letters}{}", self.sheet, self.row + 1)
    }

    /// A cell's text so far must stay within the limit (counted before expansion).
    fn cell_chars(&self, cell: Option<&Cell>) -> Result<(), String> {
        match cell {
            Some(c) if c.chars > MAX_CELL_CHARS => Err(format!(
                "{}: a text of at least {} characters (counting repeated spaces); a cell may \
                 hold at most {MAX_CELL_CHARS}, so the workbook is refused",
                self.place(c.col),
                c.chars
            )),
            _ => Ok(()),
        }
    }

    fn end_cell(&mut self, c: Cell) -> Result<(), String> {
        self.cell_chars(Some(&c))?;
        if c.typed || c.chars > 0 {
            self.row_has_value = true;
            self.last_col = self.last_col.max(c.col.saturating_add(c.repeat));
            let copies = c.repeat.saturating_mul(self.row_repeat);
            self.total_chars = self
                .total_chars
                .saturating_add(c.chars.saturating_mul(copies));
            if self.total_chars > MAX_TOTAL_CHARS {
                return Err(format!(
                    "{}: with its repeats, the workbook's cells hold more than {} million \
                     characters; a scores workbook holds far fewer, so it is refused",
                    self.place(c.col),
                    MAX_TOTAL_CHARS / 1_000_000
                ));
            }
        }
        self.col = self.col.saturating_add(c.repeat);
        Ok(())
    }

    fn spread(&self) -> Result<(), String> {
        if self.last_col > MAX_COLUMNS {
            return Err(format!(
                "sheet `{}` has cells in {} columns (repeated cells); a scores sheet has at \
                 most {MAX_COLUMNS}, so it is refused",
                self.sheet, self.last_col
            ));
        }
        let spread = self.last_row.saturating_mul(self.last_col);
        if spread > MAX_CELLS {
            return Err(format!(
                "sheet `{}` spreads over {} rows and {} columns (repeated cells): more than \
                 {} million cells; a scores sheet is far smaller, so it is refused",
                self.sheet,
                self.last_row,
                self.last_col,
                MAX_CELLS / 1_000_000
            ));
        }
        Ok(())
    }
}

fn is(e: &BytesStart<'_>, name: &str) -> bool {
    e.local_name().as_ref() == name
}

fn is_cell(e: &BytesStart<'_>) -> bool {
    e.local_name().as_ref().ends_with("table-cell")
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| a.value.to_string())
}

fn repeat(e: &BytesStart<'_>, name: &str) -> u64 {
    attr(e, name)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(1)
}

/// A reader that fails once more than [`MAX_RUN_BYTES`] pass without a `<` or `>`.
struct Runs<R> {
    inner: R,
    run: u64,
    over: bool,
}

impl<R: Read> Read for Runs<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &byte in &buf[..n] {
            self.run = if byte == b'<' || byte == b'>' {
                0
            } else {
                self.run + 1
            };
        }
        if self.run > MAX_RUN_BYTES {
            self.over = true;
            return Err(std::io::Error::other("a text or tag is too long"));
        }
        Ok(n)
    }
}
