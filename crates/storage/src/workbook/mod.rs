//! Excel (`.xlsx`) and OpenDocument (`.ods`) workbooks. Reading turns a sheet into the
//! numbered rows of the CSV contract and hands them to the same row reader as a CSV
//! (`csv::rows`), so the columns and rules are the same and every problem is named as a
//! spreadsheet shows it (`Scores!F12`). Writing makes an `.xlsx` with the scores and five
//! more sheets (`review.rs`: the rounds' review and the comments matrix), and the empty
//! template that tables fill in. `guard` bounds what an archive may unpack to before anything reads it, `ods_spread` what an `.ods` sheet
//! would cost once laid out (cells, characters per cell and in all, counted before
//! anything is expanded), and `formulas` finds an `.xlsx` formula with no computed
//! value.

mod cells;
mod formulas;
mod guard;
mod ods_spread;
mod read;
mod review;
mod sheets;
mod template;
mod write;

pub use guard::MAX_UNPACKED_BYTES;

/// Check an archive before anything reads it (see `guard`).
pub fn check_archive(bytes: &[u8]) -> Result<(), String> {
    guard::check(bytes).map(|_| ())
}
pub use read::{MAX_SHEET_ROWS, is_workbook_path, read_bytes, read_bytes_with};
pub use template::{TemplateError, template};
pub use write::export_xlsx;

/// Spreadsheet column letters of a 1-based column number: 1 → A, 27 → AA.
pub fn column_letters(mut n: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A sheet name as a formula would write it: quoted when it holds anything but
/// letters, digits and underscores.
pub fn sheet_ref(name: &str) -> String {
    if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_owned()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_follow_the_spreadsheet() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(6), "F");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(52), "AZ");
        assert_eq!(column_letters(703), "AAA");
        assert_eq!(column_letters(16_384), "XFD");
    }

    #[test]
    fn sheet_names_are_quoted_when_needed() {
        assert_eq!(sheet_ref("Scores"), "Scores");
        assert_eq!(sheet_ref("My scores"), "'My scores'");
        assert_eq!(sheet_ref("Bob's"), "'Bob''s'");
    }
}
