//! One cell as the text the CSV contract reads. Numbers come as numbers or as text,
//! dates as spreadsheet dates or as text; a formula cell gives its cached value; an
//! error value (`#N/A`) is refused, since it stands for a value nobody has.

use calamine::{Data, ExcelDateTime};

/// The text of a cell, or the error value it holds (such as `#N/A`).
pub fn text(cell: &Data) -> Result<String, String> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) => date_time(d),
        Data::Error(e) => return Err(e.to_string()),
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
            Err("#N/A".to_owned())
        );
    }
}
