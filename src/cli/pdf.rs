//! `report`: the workshop report, a ministry summary or the table sheets as a PDF,
//! written atomically; the generation date fixed by `--fixed-date` or
//! `CODI_REPORT_DATE` for byte-stable output.

use std::path::Path;

use super::REPORT_DATE_ENV;
use super::commands::refuse_same;
use super::text::terminal_safe;
use crate::report;
use crate::storage;
use anyhow::Context as _;

/// Which PDF `report` makes.
pub(super) enum Kind {
    Workshop,
    Ministry(String),
    /// Table sheets, for the app at this address (empty: this machine's).
    Sheets(String),
}

/// How `report` prints.
pub(super) struct Print {
    pub skip_unscored: bool,
    pub paper: super::PaperArg,
    pub fixed_date: Option<jiff::civil::Date>,
    pub language: Option<String>,
    pub latin_digits: bool,
    pub by_cluster: bool,
}

pub(super) fn report(
    file: &Path,
    output: &Path,
    round: &str,
    kind: Kind,
    print: Print,
) -> anyhow::Result<report::Report> {
    let opts = options(print)?;
    refuse_same(file, output, "the workspace")?;
    let ws = storage::load(file)?;
    let fail = |e: report::ReportError| anyhow::anyhow!("{e} (workspace {})", file.display());
    let made = match kind {
        Kind::Ministry(m) => report::ministry_summary(&ws, round, &m, &opts).map_err(fail)?,
        Kind::Sheets(address) => {
            let address = match address.trim() {
                "" => {
                    let ip = crate::server::local_addresses()
                        .first()
                        .copied()
                        .unwrap_or(std::net::Ipv4Addr::LOCALHOST.into());
                    format!("http://{ip}:{}", crate::server::DEFAULT_PORT)
                }
                a => a.to_owned(),
            };
            report::table_sheets(&ws, round, &address, &opts).map_err(fail)?
        }
        Kind::Workshop => {
            let laid = report::lay_out_workshop(&ws, round, &opts, &|_, _| true).map_err(fail)?;
            // The workspace is not needed to write the PDF: free it first.
            drop(ws);
            laid.finish().map_err(fail)?
        }
    };
    for w in &made.warnings {
        eprintln!("warning: {}", terminal_safe(w));
    }
    made.save(output)?;
    Ok(made)
}

/// The options `print` asks for, the language checked against the shipped ones.
pub(super) fn options(print: Print) -> anyhow::Result<report::ReportOptions> {
    let generated = match print.fixed_date {
        Some(d) => d,
        None => report_date_from_env()?,
    };
    if let Some(code) = &print.language {
        let catalog = codi_i18n::Catalog::shipped();
        let codes: Vec<&str> = catalog
            .languages()
            .iter()
            .map(|l| l.code.as_str())
            .collect();
        anyhow::ensure!(
            codes.contains(&code.as_str()),
            "--language {code}: not a language the reports are printed in; use one of {}",
            codes.join(", ")
        );
    }
    Ok(report::ReportOptions {
        paper: print.paper.into(),
        generated,
        skip_unscored: print.skip_unscored,
        language: print.language,
        latin_digits: print.latin_digits,
        by_cluster: print.by_cluster,
    })
}

/// The report date from `CODI_REPORT_DATE`, else today's date (UTC).
fn report_date_from_env() -> anyhow::Result<jiff::civil::Date> {
    match std::env::var(REPORT_DATE_ENV) {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse()
            .with_context(|| format!("{REPORT_DATE_ENV}=`{v}` is not a date; use YYYY-MM-DD")),
        // The workshop's local date, as in the app.
        _ => Ok(crate::session::Clock::system().today()),
    }
}
