//! The command line: opens the app, or runs one command without a display. This file
//! holds the arguments; `commands` runs them and `text` formats their output.
//!
//! Exit codes: 0 success, 1 a data or I/O error (message on stderr), 2 a usage error.

mod changes;
mod commands;
#[cfg(windows)]
pub mod console;
mod handout;
mod i18n;
mod merge;
mod pdf;
mod review;
mod text;
mod workbook;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use commands::run_command;

use crate::report;

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
    /// Start on a screen: `workspace`, `scoring[:ROUND:MINISTRY:AREA]`,
    /// `summary[:ROUND:MINISTRY]` (AREA counts from 1), `tables[:ROUND]` (opens table
    /// scoring and its dashboard), or `radar`, `trend`, `heatmap`, `changes`, `history`,
    /// `review`.
    #[arg(long, value_name = "SCREEN")]
    pub screen: Option<String>,
    /// Window size in pixels, e.g. 1024x768.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub window_size: Option<(f32, f32)>,
    /// Open room voting at once (on PORT, default 8765) and print the join address.
    #[arg(long, value_name = "PORT", num_args = 0..=1, default_missing_value = "8765")]
    pub room_voting: Option<u16>,
    /// Serve phones and tables on this address only, e.g. 127.0.0.1 for checks on this
    /// machine (default: every network address of this machine).
    #[arg(long, value_name = "IP")]
    pub listen: Option<std::net::IpAddr>,
    /// The window's language for this run, e.g. bn, es, fr, en, or en-XA (the
    /// pseudo-locale that shows untranslated and cut text); default: the one chosen in
    /// View › Language, else the system's.
    #[arg(long, value_name = "CODE")]
    pub language: Option<String>,
    /// Open the window and merge this workspace file into FILE, as File › Merge
    /// workspace... does (its conflicts are asked first).
    #[arg(long, value_name = "OTHER")]
    pub merge: Option<PathBuf>,
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
    /// Import scores from a CSV file or a workbook (.xlsx, .ods) into a new workspace,
    /// or into an existing one with --into. The kind is told from the content.
    #[command(visible_alias = "import-csv")]
    Import {
        input: PathBuf,
        /// The sheet of a workbook to read (the first by default).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
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
        /// Write every cell exactly as stored. By default a cell that a spreadsheet
        /// would run as a formula (starting with =, +, -, @, a tab or a line break)
        /// gets a leading apostrophe; `import-csv` takes it off again.
        #[arg(long)]
        raw: bool,
        /// Also write the agreed actions, one row per action with its follow-up, to
        /// this file (columns: docs/record.md).
        #[arg(long, value_name = "OUT.csv")]
        actions: Option<PathBuf>,
    },
    /// Export a workspace as an Excel workbook: Scores (the CSV columns; it imports
    /// back), Summary, Changes, Instrument and About.
    ExportXlsx {
        file: PathBuf,
        #[arg(short, long, value_name = "OUT.xlsx")]
        output: PathBuf,
    },
    /// Write a workbook for a table to fill in without the app: one row per ministry
    /// and area of a round, with a drop-down on the score column. It imports back.
    Template {
        file: PathBuf,
        /// The round (id or title); the latest by default.
        #[arg(long)]
        round: Option<String>,
        #[arg(short, long, value_name = "OUT.xlsx")]
        output: PathBuf,
    },
    /// Export the history (audit trail) as CSV: one row per change, oldest first.
    History {
        file: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        /// Only this round (id or title).
        #[arg(long)]
        round: Option<String>,
        /// Only this ministry (code).
        #[arg(long)]
        ministry: Option<String>,
        /// Write every cell exactly as stored (see export-csv --raw).
        #[arg(long)]
        raw: bool,
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
    /// What changed between two rounds, per ministry and area. Moves the room put
    /// down to something other than performance (new evidence, an earlier error, ...)
    /// are counted as re-rated, never as improved or declined.
    Changes {
        file: PathBuf,
        /// The earlier round (id or title); the one before --to by default.
        #[arg(long)]
        from: Option<String>,
        /// The later round (id or title); the newest by default.
        #[arg(long)]
        to: Option<String>,
        /// Only this ministry (code).
        #[arg(long)]
        ministry: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Merge workspaces scored on several laptops into one (each file into the ones
    /// before it). Fields only one file changed since they parted are taken; fields
    /// both changed are conflicts: settle them with --prefer, or fill in the conflicts
    /// file this writes and run again with --resolve. The inputs are never written.
    Merge {
        /// Two or more workspace files; the first is "a", each later one "b" in turn.
        #[arg(required = true, num_args = 2..)]
        files: Vec<PathBuf>,
        /// The merged workspace to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Settle every conflict the same way: a (the files before) or b (the file
        /// merged in).
        #[arg(long, value_name = "a|b")]
        prefer: Option<String>,
        /// A conflicts file with the `choose` column filled in (a, b or both).
        #[arg(long, value_name = "FILE")]
        resolve: Option<PathBuf>,
        /// Where to write the conflicts (.csv or .xlsx); OUTPUT.conflicts.csv by default.
        #[arg(long, value_name = "FILE")]
        conflicts: Option<PathBuf>,
        /// LATER=EARLIER: ministry LATER of a later file is ministry EARLIER (for codes
        /// that only look alike). May be given more than once.
        #[arg(long = "match", value_name = "LATER=EARLIER")]
        matches: Vec<String>,
        /// Where two rooms counted votes for the same area, add the counts instead of
        /// asking.
        #[arg(long)]
        add_votes: bool,
    },
    /// A round's review and sign-off. Without --to: print where the round stands, its
    /// steps and its reviewers' comments. With --to: move it (draft -> under-review ->
    /// validated; a validated round is read-only until reopened --to draft with
    /// --reason). The file is written in place; the old one is kept as .bak.
    Review {
        file: PathBuf,
        /// The round (id or title).
        #[arg(long)]
        round: String,
        /// The status to move to: draft, under-review or validated.
        #[arg(long, value_name = "STATUS")]
        to: Option<String>,
        /// Who takes the step (kept in the history).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// Why a validated round is reopened (required then).
        #[arg(long)]
        reason: Option<String>,
    },
    /// Add a reviewer's comment to one area record of a round, or with --respond N
    /// write the response to its comment N (and --resolved to close it).
    Comment {
        file: PathBuf,
        /// The round (id or title).
        #[arg(long)]
        round: String,
        /// The ministry (code).
        #[arg(long)]
        ministry: String,
        /// The area: its number (1-10) or its id.
        #[arg(long)]
        area: String,
        /// The comment, or with --respond the response.
        #[arg(long)]
        text: String,
        /// The reviewer (a name or an office).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// Answer comment N of this record (1 is the first) instead of adding one.
        #[arg(long, value_name = "N")]
        respond: Option<usize>,
        /// Mark the comment resolved.
        #[arg(long)]
        resolved: bool,
    },
    /// Check a translation before use: DIR is a language's folder of .ftl files (or a
    /// folder of such folders). Lists what is missing, unused, or malformed against
    /// English; exits with 1 when anything is.
    I18nCheck { dir: PathBuf },
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
        /// Leave out the pages of ministries with nothing scored (the heatmap and the
        /// completion list still show them).
        #[arg(long)]
        skip_unscored: bool,
        /// Table sheets for table scoring instead: a page per ministry with its table's
        /// address and QR code, and the areas to tick on paper. ADDRESS is where the app
        /// serves (default: this machine's first network address, port 8765).
        #[arg(long, value_name = "ADDRESS", num_args = 0..=1, default_missing_value = "")]
        table_sheets: Option<String>,
        /// Print in this language (en, bn, es, fr) instead of the workspace's.
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
        /// Write numbers with Latin digits in a Bangla report (Bangla digits otherwise).
        #[arg(long)]
        latin_digits: bool,
        /// The workshop report by cluster: the heatmap in a band per cluster with the
        /// cluster's median per area, and the ministry pages cluster by cluster.
        #[arg(long)]
        by_cluster: bool,
    },
    /// Print the handouts for the room into a folder, one page each: key-card.pdf (every
    /// key, for the facilitator), phone-voting.pdf (how to vote by phone, with the join
    /// address and its QR code when --address is given) and about-codi.pdf (what CODI is
    /// and how the day runs), in the workspace's language or --language.
    Handout {
        file: PathBuf,
        /// The folder to write the three PDFs into (made when missing).
        #[arg(short, long)]
        output: PathBuf,
        /// The join address the projector shows when room voting is open, e.g.
        /// http://192.168.1.20:8765/j/K7M2Q9; printed large with its QR code.
        #[arg(long, value_name = "URL")]
        address: Option<String>,
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
        /// Print in this language (en, bn, es, fr) instead of the workspace's.
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
        /// Print this date as the generation date (YYYY-MM-DD) instead of today's.
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
            room_voting: cli.room_voting,
            merge: cli.merge,
            voting_bind: cli.listen,
            language: cli.language,
            system_locale: crate::ui::lang::system_locale(),
            ..Default::default()
        }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {}", text::terminal_safe(&format!("{e:#}")));
                ExitCode::from(1)
            }
        },
        Some(cmd) => {
            let mut out = std::io::stdout().lock();
            match run_command(cmd, &mut out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let _ = out.flush();
                    eprintln!("error: {}", text::terminal_safe(&format!("{e:#}")));
                    ExitCode::from(1)
                }
            }
        }
    }
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
