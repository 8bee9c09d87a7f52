//! Raw text checks before parsing: the delimiter, quoted fields that never close (or
//! run on for too long, which swallows the rows after them), and the neutralising of
//! spreadsheet formulas (OWASP's advice: a leading apostrophe).

/// A quoted field may span at most this many lines; more means a stray quote.
pub const MAX_QUOTED_LINES: usize = 100;

/// Pick `;` or `,` from the header line (whichever appears more outside quotes).
pub fn detect_delimiter(text: &str) -> u8 {
    let (mut commas, mut semis, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas { b';' } else { b',' }
}

/// A quoted field that never closes or runs on too long: the line where it opened.
#[derive(Debug, PartialEq, Eq)]
pub struct StrayQuote {
    pub line: u64,
    pub column: usize,
    pub reached_end: bool,
}

/// Scan quoting like a CSV reader does (a quote only opens a field at its start; `""`
/// inside is a quote) and report the first quoted field that reaches the end of the
/// file or spans more than [`MAX_QUOTED_LINES`] lines.
pub fn check_quotes(text: &str, delimiter: u8) -> Result<(), StrayQuote> {
    let delimiter = char::from(delimiter);
    let mut line: u64 = 1;
    let mut column = 1usize;
    let mut at_field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if at_field_start && c == '"' {
            let (open_line, open_column) = (line, column);
            let mut lines_inside = 0usize;
            let mut closed = false;
            while let Some(q) = chars.next() {
                match q {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                    }
                    '"' => {
                        closed = true;
                        break;
                    }
                    '\n' => {
                        line += 1;
                        lines_inside += 1;
                        if lines_inside > MAX_QUOTED_LINES {
                            return Err(StrayQuote {
                                line: open_line,
                                column: open_column,
                                reached_end: false,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if !closed {
                return Err(StrayQuote {
                    line: open_line,
                    column: open_column,
                    reached_end: true,
                });
            }
            at_field_start = false;
            column += 1;
            continue;
        }
        match c {
            '\n' => {
                line += 1;
                column = 1;
                at_field_start = true;
            }
            c if c == delimiter => {
                column += 1;
                at_field_start = true;
            }
            _ => at_field_start = false,
        }
    }
    Ok(())
}

/// Characters that make a spreadsheet read a cell as a formula.
fn dangerous_start(s: &str) -> bool {
    matches!(s.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'))
}

/// Whether a value needs the protective apostrophe: it starts like a formula, or it is
/// an apostrophe followed by something that does (so the mapping stays reversible).
fn needs_guard(s: &str) -> bool {
    dangerous_start(s) || s.strip_prefix('\'').is_some_and(needs_guard)
}

/// Neutralise a cell for spreadsheets: a leading apostrophe before formula starts.
pub fn guard(s: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(s) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// Undo [`guard`]: exactly the original of the app's own export.
pub fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_delimiters() {
        assert_eq!(detect_delimiter("a,b,c\n1;2;3"), b',');
        assert_eq!(detect_delimiter("a;b;c\n"), b';');
        assert_eq!(detect_delimiter("\"x,y,z\";b;c"), b';');
    }

    #[test]
    fn stray_quotes_are_found_where_they_open() {
        let q = "round,date\nR,\"oops\nR,x\nR,y\n";
        assert_eq!(
            check_quotes(q, b','),
            Err(StrayQuote {
                line: 2,
                column: 2,
                reached_end: true
            })
        );
        let ok = "a,b\n\"multi\nline, \"\"quoted\"\"\",x\nmid\"quote,y\n";
        assert_eq!(check_quotes(ok, b','), Ok(()));
        let long = format!("a,b\n1,\"{}\"\n", "x\n".repeat(MAX_QUOTED_LINES + 1));
        assert_eq!(check_quotes(&long, b',').unwrap_err().line, 2);
    }

    #[test]
    fn guard_is_reversible_and_neutral() {
        for s in [
            "=SUM(A1)", "+1", "-x", "@cmd", "\tx", "\rx", "'=x", "''=x", "'plain", "plain", "",
            "'", "3",
        ] {
            let g = guard(s);
            assert!(!dangerous_start(&g), "{s:?} -> {g:?}");
            assert_eq!(unguard(&g), s, "{s:?}");
        }
        assert_eq!(guard("=1"), "'=1");
        assert_eq!(guard("plain"), "plain");
    }
}
