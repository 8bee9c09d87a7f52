//! What an archive may unpack to, checked before calamine reads it. A workbook is a zip
//! archive; a small file can claim or hold gigabytes (a zip bomb). Every entry is
//! inflated once into nothing, counting bytes, and reading stops at the limit, so the
//! check costs at most the limit in time and nothing in memory. Sizes declared in the
//! archive are not trusted.

use std::io::{Cursor, Read};

/// More than any real scores workbook: 1,000 ministries × 20 rounds × 10 areas with long
/// rationales is well under 200 MB of sheet XML.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
const MAX_ENTRIES: usize = 10_000;

/// Which kind of workbook an archive holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Ods,
}

/// Check the archive and say what it is; the error says what is wrong in words.
pub fn check(bytes: &[u8]) -> Result<Kind, String> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(if bytes.is_empty() {
            "the file is empty".to_owned()
        } else {
            "this is not an Excel (.xlsx) or OpenDocument (.ods) workbook; in the spreadsheet, \
             choose Save As and one of those two formats"
                .to_owned()
        });
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        format!("the workbook is damaged or incomplete (was it copied whole?): {e}")
    })?;
    if zip.len() > MAX_ENTRIES {
        return Err(format!(
            "the workbook holds {} parts, more than the {MAX_ENTRIES} a workbook can sensibly have",
            zip.len()
        ));
    }
    let mut kind = None;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut entry = zip
            .by_index(i)
            .map_err(|e| format!("part {} of the workbook cannot be read: {e}", i + 1))?;
        let name = entry
            .name()
            .map_or_else(|_| format!("number {}", i + 1), |n| n.into_owned());
        match name.as_str() {
            "xl/workbook.xml" => kind = Some(Kind::Xlsx),
            "content.xml" if kind.is_none() => kind = Some(Kind::Ods),
            _ => {}
        }
        let left = MAX_UNPACKED_BYTES - total;
        let mut part = Counting {
            inner: (&mut entry).take(left + 1),
            count: 0,
        };
        let too_big = || {
            format!(
                "the workbook unpacks to more than {} MB (part `{name}`); a scores workbook \
                 is far smaller, so it is refused",
                MAX_UNPACKED_BYTES / (1024 * 1024)
            )
        };
        if name == "content.xml" {
            // An OpenDocument sheet: what it would cost is counted on the way. XML cut
            // off at the size limit is a size problem, not damage.
            if let Err(e) = super::ods_spread::check(&mut part) {
                return Err(if part.count > left { too_big() } else { e });
            }
        }
        std::io::copy(&mut part, &mut std::io::sink())
            .map_err(|e| format!("part `{name}` of the workbook is damaged: {e}"))?;
        total += part.count;
        if total > MAX_UNPACKED_BYTES {
            return Err(too_big());
        }
    }
    kind.ok_or_else(|| {
        "this zip archive is not an Excel (.xlsx) or OpenDocument (.ods) workbook".to_owned()
    })
}

/// A reader that counts the bytes read through it.
struct Counting<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}
