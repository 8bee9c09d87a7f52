//! The command line: opens the app, or runs one command without a display.
//!
//! Exit codes: 0 success, 1 a data or I/O error (message on stderr), 2 a usage error.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::model::stats::{self, fmt2};
use crate::model::{Workspace, demo::demo_workspace};
use crate::report;
use crate::storage::{self, csv, json};

#[derive(Parser, Debug)]
#[command(
    name = "codi-workshop",
    version,
    about = "Run CODI scoring workshops: guided scoring of the ten performance areas, results and reports.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Workspace file to open (default: the last one, or the built-in demo).
    pub file: Option<PathBuf>,
    /// Close the window by itself after this many frames (smoke tests).
    #[arg(long, value_name = "N")]
    pub quit_after_frames: Option<u64>,
    /// Start on a screen: `workspace`, `scoring[:ROUND:MINISTRY:AREA]` or
    /// `summary[:ROUND:MINISTRY]` (AREA counts from 1).
    #[arg(long, value_name = "SCREEN")]
    pub screen: Option<String>,
    /// Window size in pixels, e.g. 1024x768.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub window_size: Option<(f32, f32)>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Write the built-in demo workspace (illustrative Bangladesh data).
    Demo {
        /// Where to write it, e.g. demo.codi.json.
        out: PathBuf,
    },
    /// Create an empty workspace, scored with the built-in CODI instrument or another
    /// instrument file.
    New {
        out: PathBuf,
        #[arg(long, default_value = "New workspace")]
        title: String,
        /// An instrument definition (JSON, like scoring/codi.json).
        #[arg(long, value_name = "FILE")]
        instrument: Option<PathBuf>,
    },
    /// Validate a workspace file and print a one-screen summary.
    Check { file: PathBuf },
    /// Import a CSV file into a new workspace, or into an existing one with --into.
    ImportCsv {
        input: PathBuf,
        /// The workspace file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Add the rows to this existing workspace (it is only read).
        #[arg(long, value_name = "EXISTING")]
        into: Option<PathBuf>,
    },
    /// Export all scores of a workspace as CSV.
    ExportCsv {
        file: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Per ministry and round: the agreed answers, coverage, median and mean.
    Summary {
        file: PathBuf,
        /// Only this round (id or title).
        #[arg(long)]
        round: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write a PDF report: the workshop report for a round (all ministries), or with
    /// --ministry the summary of one ministry.
    Report {
        file: PathBuf,
        /// The PDF to write (replaced atomically).
        #[arg(short, long)]
        output: PathBuf,
        /// The round (id or title).
        #[arg(long)]
        round: String,
        /// Only this ministry (code): a ministry summary instead of the workshop report.
        #[arg(long)]
        ministry: Option<String>,
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
        /// Print this date as the generation date (YYYY-MM-DD) instead of today's; the
        /// output is then byte-for-byte the same for the same input. The environment
        /// variable CODI_REPORT_DATE does the same.
        #[arg(long, value_name = "DATE")]
        fixed_date: Option<jiff::civil::Date>,
    },
}

/// Page size of a PDF report.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum PaperArg {
    A4,
    Letter,
}

impl From<PaperArg> for report::Paper {
    fn from(p: PaperArg) -> Self {
        match p {
            PaperArg::A4 => report::Paper::A4,
            PaperArg::Letter => report::Paper::Letter,
        }
    }
}

/// Environment variable that fixes the report date (like `--fixed-date`).
pub const REPORT_DATE_ENV: &str = "CODI_REPORT_DATE";

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Text,
    Csv,
}

/// Parse the process arguments and run. Usage errors exit with 2 (clap's convention).
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => match crate::ui::run(crate::ui::AppConfig {
            file: cli.file,
            data_dir: crate::ui::data_dir(),
            quit_after_frames: cli.quit_after_frames,
            start_screen: cli.screen,
            window_size: cli.window_size,
        }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e:#}");
                ExitCode::from(1)
            }
        },
        Some(cmd) => {
            let mut out = std::io::stdout().lock();
            match run_command(cmd, &mut out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let _ = out.flush();
                    eprintln!("error: {e:#}");
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// Run one command, writing its normal output to `out`.
pub fn run_command(cmd: Command, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    match cmd {
        Command::Demo { out: path } => {
            json::check_overwritable(&path)?;
            storage::save(&path, &demo_workspace())?;
            writeln!(out, "Wrote the demo workspace to {}", path.display())?;
        }
        Command::New {
            out: path,
            title,
            instrument,
        } => {
            let instrument = match instrument {
                Some(p) => crate::model::Instrument::load(&p)?,
                None => crate::model::Instrument::codi(),
            };
            let areas = instrument.areas().len();
            let ws = Workspace::new(title, instrument);
            json::check_overwritable(&path)?;
            storage::save(&path, &ws)?;
            writeln!(
                out,
                "Wrote an empty workspace ({areas} areas) to {}",
                path.display()
            )?;
        }
        Command::Check { file } => {
            let ws = storage::load(&file)?;
            write_check(&ws, &file, out)?;
        }
        Command::ImportCsv {
            input,
            output,
            into,
        } => {
            let existing = into.as_deref().map(storage::load).transpose()?;
            let report = csv::import_file(&input, existing)?;
            for w in &report.warnings {
                eprintln!("warning: {w}");
            }
            json::check_overwritable(&output)?;
            storage::save(&output, &report.workspace)?;
            writeln!(
                out,
                "Imported {} rows ({} area records) from {} into {}",
                report.rows,
                report.scores,
                input.display(),
                output.display()
            )?;
            if !report.new_rounds.is_empty() {
                writeln!(out, "New rounds: {}", report.new_rounds.join(", "))?;
            }
            if !report.new_ministries.is_empty() {
                writeln!(out, "New ministries: {}", report.new_ministries.join(", "))?;
            }
        }
        Command::ExportCsv { file, output } => {
            let ws = storage::load(&file)?;
            json::write_atomic(&output, &csv::export(&ws))?;
            writeln!(out, "Wrote {}", output.display())?;
        }
        Command::Summary {
            file,
            round,
            format,
        } => {
            let ws = storage::load(&file)?;
            let rounds = match &round {
                Some(key) => match ws.find_round(key) {
                    Some(r) => vec![r.id.to_string()],
                    None => bail!(
                        "there is no round `{key}` in {}; rounds: {}",
                        file.display(),
                        round_list(&ws)
                    ),
                },
                None => ws.rounds().iter().map(|r| r.id.to_string()).collect(),
            };
            match format {
                Format::Text => write_summary_text(&ws, &rounds, out)?,
                Format::Csv => write_summary_csv(&ws, &rounds, out)?,
            }
        }
        Command::Report {
            file,
            output,
            round,
            ministry,
            paper,
            fixed_date,
        } => {
            let generated = match fixed_date {
                Some(d) => d,
                None => report_date_from_env()?,
            };
            let ws = storage::load(&file)?;
            if same_file(&file, &output) {
                bail!(
                    "the report would overwrite the workspace itself; choose another output file than {}",
                    output.display()
                );
            }
            let opts = report::ReportOptions {
                paper: paper.into(),
                generated,
            };
            let made = match &ministry {
                Some(m) => report::ministry_summary(&ws, &round, m, &opts),
                None => report::workshop_report(&ws, &round, &opts, &|_, _| {}),
            }
            .map_err(|e| anyhow::anyhow!("{e} (workspace {})", file.display()))?;
            for w in &made.warnings {
                eprintln!("warning: {w}");
            }
            made.save(&output)?;
            writeln!(
                out,
                "Wrote {} ({} pages, {:.0} KB)",
                output.display(),
                made.pages,
                made.bytes.len() as f64 / 1024.0
            )?;
        }
    }
    Ok(())
}

fn parse_size(text: &str) -> Result<(f32, f32), String> {
    let bad = || format!("`{text}` is not a size like 1024x768");
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
    let w: f32 = w.trim().parse().map_err(|_| bad())?;
    let h: f32 = h.trim().parse().map_err(|_| bad())?;
    if !(200.0..=10_000.0).contains(&w) || !(200.0..=10_000.0).contains(&h) {
        return Err(format!(
            "{text}: width and height must be 200 to 10000 pixels"
        ));
    }
    Ok((w, h))
}

/// The report date from `CODI_REPORT_DATE`, else today's date (UTC).
fn report_date_from_env() -> anyhow::Result<jiff::civil::Date> {
    match std::env::var(REPORT_DATE_ENV) {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse()
            .with_context(|| format!("{REPORT_DATE_ENV}=`{v}` is not a date; use YYYY-MM-DD")),
        // UTC: the app does not read the system time zone (jiff's `tz-system` is off).
        _ => Ok(jiff::Timestamp::now()
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date()),
    }
}

/// True when both paths name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn round_list(ws: &Workspace) -> String {
    if ws.rounds().is_empty() {
        return "none".into();
    }
    ws.rounds()
        .iter()
        .map(|r| format!("`{}` ({})", r.id, r.title))
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_check(ws: &Workspace, file: &Path, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let inst = ws.instrument();
    writeln!(out, "OK: {} is a valid workspace", file.display())?;
    writeln!(out, "Title:      {}", ws.title())?;
    writeln!(
        out,
        "Instrument: {} (version {}), {} areas, levels 1-{}",
        inst.title(),
        inst.version(),
        inst.areas().len(),
        inst.level_count()
    )?;
    let with_data = ws
        .ministries()
        .iter()
        .filter(|m| ws.has_data_for_ministry(m.id.as_str()))
        .count();
    writeln!(
        out,
        "Ministries: {} ({} with scores)",
        ws.ministries().len(),
        with_data
    )?;
    writeln!(out, "Rounds:     {}", ws.rounds().len())?;
    for r in ws.rounds() {
        let mut complete = 0;
        let mut started = 0;
        let mut answered = 0;
        for m in ws.ministries() {
            let s = stats::summary(ws, r.id.as_str(), m.id.as_str());
            answered += s.coverage.answered();
            if s.coverage.unscored() == 0 {
                complete += 1;
            } else if s.coverage.answered() > 0 {
                started += 1;
            }
        }
        let total = ws.ministries().len() * inst.areas().len();
        writeln!(
            out,
            "  {:<16} {}  {:<28} {} complete, {} in progress; {}/{} areas answered",
            r.id.as_str(),
            r.date,
            truncate(&r.title, 28),
            complete,
            started,
            answered,
            total
        )?;
        if r.instrument_version != inst.version() {
            writeln!(
                out,
                "    note: scored with instrument version {}, the workspace now uses {}",
                r.instrument_version,
                inst.version()
            )?;
        }
    }
    Ok(())
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn write_summary_text(
    ws: &Workspace,
    rounds: &[String],
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let areas = ws.instrument().areas();
    let code_w = ws
        .ministries()
        .iter()
        .map(|m| m.id.as_str().chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    writeln!(
        out,
        "Agreed answers per area (1-{} = level, NA, NI, . = not scored)",
        ws.instrument().level_count()
    )?;
    for (i, a) in areas.iter().enumerate() {
        writeln!(out, "  A{:<2} {}", i + 1, a.name)?;
    }
    for round_id in rounds {
        let Some(round) = ws.round(round_id) else {
            continue;
        };
        writeln!(out)?;
        writeln!(out, "Round {} ({}, {})", round.title, round.id, round.date)?;
        write!(out, "{:<code_w$}", "Ministry")?;
        for i in 0..areas.len() {
            write!(out, " {:>3}", format!("A{}", i + 1))?;
        }
        writeln!(out, "  Coverage  Median  Mean*")?;
        for m in ws.ministries() {
            let s = stats::summary(ws, round_id, m.id.as_str());
            write!(out, "{:<code_w$}", m.id.as_str())?;
            for a in &s.answers {
                write!(
                    out,
                    " {:>3}",
                    a.map_or_else(|| ".".to_owned(), |a| a.code())
                )?;
            }
            writeln!(
                out,
                "  {:>8}  {:>6}  {:>5}",
                format!("{}/{}", s.coverage.answered(), s.coverage.areas),
                fmt2(s.median),
                fmt2(s.mean)
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "* {}", stats::METHOD_NOTE)?;
    Ok(())
}

fn write_summary_csv(
    ws: &Workspace,
    rounds: &[String],
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    let mut header = vec!["round".to_owned(), "date".to_owned(), "ministry".to_owned()];
    header.extend(ws.instrument().areas().iter().map(|a| a.id.to_string()));
    header.extend(
        [
            "answered",
            "areas",
            "levels",
            "na",
            "ni",
            "median",
            "mean_indicative",
        ]
        .map(str::to_owned),
    );
    w.write_record(&header)?;
    for round_id in rounds {
        let Some(round) = ws.round(round_id) else {
            continue;
        };
        for m in ws.ministries() {
            let s = stats::summary(ws, round_id, m.id.as_str());
            let mut row = vec![
                round.id.to_string(),
                round.date.to_string(),
                m.id.to_string(),
            ];
            row.extend(
                s.answers
                    .iter()
                    .map(|a| a.map(|a| a.code()).unwrap_or_default()),
            );
            let c = s.coverage;
            row.extend([c.answered(), c.areas, c.levels, c.na, c.ni].map(|n| n.to_string()));
            row.push(s.median.map(|v| format!("{v:.2}")).unwrap_or_default());
            row.push(s.mean.map(|v| format!("{v:.2}")).unwrap_or_default());
            w.write_record(&row)?;
        }
    }
    w.flush().context("writing the summary")?;
    Ok(())
}
