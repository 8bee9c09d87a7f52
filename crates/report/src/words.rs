//! The reports' words: the language a report is printed in (the workspace's, unless the
//! caller asks for another), its numbers (Bangla digits unless Latin ones were chosen)
//! and its dates.

use std::sync::Arc;

use codi_i18n::{Catalog, Digits, Texts};
use jiff::civil::Date;

use crate::ReportOptions;
use crate::model::Workspace;

/// The texts a report of `ws` is printed with: the language asked for, else the
/// workspace's, when it is shipped; else English.
pub(crate) fn texts(ws: &Workspace, opts: &ReportOptions) -> Arc<Texts> {
    texts_for(ws, opts.language.as_deref(), opts.latin_digits)
}

/// The texts for what is made of `ws` (reports, workbooks): `language` if shipped,
/// else the workspace's language, else English; Bangla with Bangla digits unless
/// `latin_digits`.
pub fn texts_for(ws: &Workspace, language: Option<&str>, latin_digits: bool) -> Arc<Texts> {
    let catalog = Catalog::shipped();
    let shipped = |code: &&str| catalog.languages().iter().any(|l| l.code == *code);
    let code = language
        .filter(shipped)
        .or_else(|| ws.language().map(|l| l.as_str()).filter(shipped))
        .unwrap_or(codi_i18n::ENGLISH);
    let digits = if code == "bn" && !latin_digits {
        Digits::Bangla
    } else {
        Digits::Latin
    };
    catalog.texts(code, digits)
}

/// A date the short way: ISO (`2024-08-04`), or `৪ আগস্ট ২০২৪` with Bangla digits.
pub(crate) fn day(t: &Texts, d: Date) -> String {
    let (m, dd) = (
        u8::try_from(d.month()).unwrap_or(1),
        u8::try_from(d.day()).unwrap_or(1),
    );
    codi_i18n::date(t.digits(), i32::from(d.year()), m, dd)
}

const MONTHS: [&str; 12] = [
    "report-month-1",
    "report-month-2",
    "report-month-3",
    "report-month-4",
    "report-month-5",
    "report-month-6",
    "report-month-7",
    "report-month-8",
    "report-month-9",
    "report-month-10",
    "report-month-11",
    "report-month-12",
];

/// A date written out, e.g. `4 August 2022`.
pub(crate) fn long_date(t: &Texts, d: Date) -> String {
    let m = usize::try_from(d.month() - 1).unwrap_or(0).min(11);
    t.with(
        "report-long-date",
        &[
            ("day", t.number(&d.day().to_string()).into()),
            ("month", t.get(MONTHS[m]).into()),
            ("year", t.number(&d.year().to_string()).into()),
        ],
    )
}

/// A number or figure written with the language's digits.
pub(crate) fn num(t: &Texts, value: impl std::fmt::Display) -> String {
    t.number(&value.to_string())
}
