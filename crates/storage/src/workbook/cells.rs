//! One cell as the text the CSV contract reads. Numbers come as numbers or as text,
//! dates as spreadsheet dates or as text; a formula cell gives its cached value; an
//! error value (`#N/A`) is refused, since it stands for a value nobody has.

use calamine::{Data, ExcelDateTime};

/// Why a cell gives no text.
#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    /// An error value such as `#N/A`.
    ErrorValue(String),
    /// A date serial outside 1900-01-01 to 9999-12-31 (it would be read as another day).
    DateOutOfRange(f64),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::ErrorValue(code) => write!(
                f,
                "the cell holds the error value {code}, not a value; fix the formula or type the value"
            ),
            Unreadable::DateOutOfRange(v) => write!(
                f,
                "the cell holds the date serial {v}, outside the dates a spreadsheet can show \
                 (1900-01-01 to 9999-12-31); type the date as YYYY-MM-DD"
            ),
        }
    }
}

/// The largest date serial (9999-12-31 in the 1900 date system).
const LAST_SERIAL: f64 = 2_958_466.0;

/// The text of a cell, or why it has none.
pub fn text(cell: &Data) -> Result<String, Unreadable> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) if !d.is_duration() && !(0.0..LAST_SERIAL).contains(&d.as_f64()) => {
            return Err(Unreadable::DateOutOfRange(d.as_f64()));
        }
        Data::DateTime(d) => date_time(d),
        Data::Error(e) => return Err(Unreadable::ErrorValue(e.to_string())),
    })
}

/// Whole numbers without a decimal point (a count typed in Excel is a float), others in
/// the shortest form that reads back the same.
fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// A date cell: `YYYY-MM-DD`, or a UTC timestamp when it has a time of day. A duration
/// cell keeps its number.
fn date_time(d: &ExcelDateTime) -> String {
    if d.is_duration() {
        return number(d.as_f64());
    }
    let (y, mo, day, h, mi, s, _ms) = d.to_ymd_hms_milli();
    if (h, mi, s) == (0, 0, 0) {
        format!("{y:04}-{mo:02}-{day:02}")
    } else {
        format!("{y:04}-{mo:02}-{day:02}T{h:02}:{mi:02}:{s:02}Z")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{CellErrorType, ExcelDateTimeType};

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(text(&Data::Float(3.0)).as_deref(), Ok("3"));
        assert_eq!(text(&Data::Float(2.5)).as_deref(), Ok("2.5"));
        assert_eq!(text(&Data::Int(12)).as_deref(), Ok("12"));
        assert_eq!(text(&Data::String(" 3 ".into())).as_deref(), Ok(" 3 "));
    }

    #[test]
    fn dates_read_in_both_date_systems() {
        // 45356 is 2024-03-05 counted from 1900; 43894 is the same day from 1904.
        let d1900 = ExcelDateTime::new(45356.0, ExcelDateTimeType::DateTime, false);
        let d1904 = ExcelDateTime::new(43894.0, ExcelDateTimeType::DateTime, true);
        assert_eq!(text(&Data::DateTime(d1900)).as_deref(), Ok("2024-03-05"));
        assert_eq!(text(&Data::DateTime(d1904)).as_deref(), Ok("2024-03-05"));
        let noon = ExcelDateTime::new(45356.5, ExcelDateTimeType::DateTime, false);
        assert_eq!(
            text(&Data::DateTime(noon)).as_deref(),
            Ok("2024-03-05T12:00:00Z")
        );
    }

    #[test]
    fn error_values_are_refused_by_name() {
        assert_eq!(
            text(&Data::Error(CellErrorType::NA)),
            Err(Unreadable::ErrorValue("#N/A".to_owned()))
        );
    }

    #[test]
    fn dates_out_of_range_are_refused_not_clamped() {
        for serial in [-5.0, 3_000_000.0, 1e12] {
            let d = ExcelDateTime::new(serial, ExcelDateTimeType::DateTime, false);
            assert_eq!(
                text(&Data::DateTime(d)),
                Err(Unreadable::DateOutOfRange(serial))
            );
        }
        let last = ExcelDateTime::new(2_958_465.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(text(&Data::DateTime(last)).as_deref(), Ok("9999-12-31"));
    }
}
